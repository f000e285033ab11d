"""Persons across documents: every spelling of one official to one stable id. Pure.

Candidates come from blocking keys (each name word's phonetic key, and its first three
letters for near spellings), never from all pairs: the work is linear in the number of
local persons times the (small) block sizes. A pair merges when
  - the shorter name's words all match words of the longer one, in any order (exactly by
    phonetic key, or as near spellings), with at least two words matched, and nothing
    contradicts (a different represented country, a conflicting given name); or
  - the names are near spellings of each other and organisation and title agree
    (transliterations such as Ryabovolov / Rabavolau).
Merges are checked against every full name already in both clusters, so "Ali Yildiz" can
not chain "Mehmet Ali Yildiz" to "Ahmet Ali Yildiz". A one-word name (surname only,
"Commissioner Lee") joins a cluster only when exactly one cluster fits its word and its
organisation or country; otherwise it stays apart.

Ids: a cluster keeps the id most of its mentions had in the previous run (ids never
renumber when documents are added); ids it absorbs are reported as redirects. A new
cluster's id is a hash of its earliest mention, so reruns give the same ids.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz.distance import JaroWinkler

from transforms.names import latin, name_key

NEAR = 0.9  # Jaro-Winkler of two phonetic keys that count as one word spelled two ways


@dataclass(frozen=True)
class LocalRef:
    document_id: str
    index: int
    name: str  # longest surface in the document
    words: tuple[str, ...]  # phonetic keys
    country_iso3: str | None
    country_source: str | None
    org_key: str | None
    title: str | None
    published: dt.date | None
    mention_ids: tuple[str, ...]
    surfaces: tuple[tuple[str, int], ...] = ()  # each spelling written, with its count

    @property
    def ref(self) -> tuple[str, int]:
        return self.document_id, self.index


@dataclass
class Resolution:
    person_of: dict[tuple[str, int], str]
    persons: list[dict]
    aliases: list[dict]
    redirects: list[dict] = field(default_factory=list)


def _word_match(a: str, b: str) -> float:
    if a == b:
        return 1.0
    if min(len(a), len(b)) < 4:
        return 0.0
    return JaroWinkler.similarity(a, b)


def _covered(short: tuple[str, ...], long: tuple[str, ...]) -> float | None:
    """Score if every word of `short` matches a distinct word of `long`, else None."""
    used, total = set(), 0.0
    for w in short:
        best, best_j = 0.0, None
        for j, v in enumerate(long):
            if j in used:
                continue
            s = _word_match(w, v)
            if s > best:
                best, best_j = s, j
        if best < NEAR:
            return None
        used.add(best_j)
        total += best
    return total / len(short)


def compatible(a: LocalRef, b: LocalRef) -> float | None:
    """Similarity of two multi-word names, or None when they must not merge."""
    if a.country_iso3 and b.country_iso3 and a.country_source == b.country_source == "role" \
            and a.country_iso3 != b.country_iso3:
        return None
    short, long = (a.words, b.words) if len(a.words) <= len(b.words) else (b.words, a.words)
    score = _covered(short, long)
    if score is not None:
        return score
    # transliterations that drift further (Ryabovolov / Rabavolau, Gurry / Гарри / Qarri):
    # the same organisation, and both words close in spelling
    if a.org_key and a.org_key == b.org_key:
        same_title = a.title is not None and a.title == b.title
        return _loose_similarity(a, b, 0.75 if same_title else 0.8)
    return None


def _loose_similarity(a: LocalRef, b: LocalRef, top: float = 0.8,
                      low: float = 0.7) -> float | None:
    """Two two-word names whose words are close in key or Latin spelling, in either
    order (the closer word at least `top`, the other at least `low`); None otherwise."""
    if not len(a.words) == len(b.words) == 2:
        return None
    la, lb = _latin_words(a.name), _latin_words(b.name)
    if not len(la) == len(lb) == 2:
        return None

    def sim(x, y):
        return max(JaroWinkler.similarity(a.words[x], b.words[y]),
                   JaroWinkler.similarity(la[x], lb[y]))

    best = max((sim(0, 0), sim(1, 1)), (sim(0, 1), sim(1, 0)), key=sum)
    return sum(best) / 2 if max(best) >= top - 1e-9 and min(best) >= low else None


def contradicts(a: LocalRef, b: LocalRef) -> bool:
    """Evidence that two references are different people: checked for every pair when
    two clusters merge, so one good link cannot pull in a conflicting name."""
    if a.country_iso3 and b.country_iso3 and a.country_source == b.country_source == "role" \
            and a.country_iso3 != b.country_iso3:
        return True
    return compatible(a, b) is None and _loose_similarity(a, b, 0.75, 0.55) is None


@lru_cache(maxsize=100_000)
def _latin_words(name: str) -> list[str]:
    return [w for w in latin(name).lower().replace("-", "").split() if len(w) > 1]


class _Clusters:
    def __init__(self, n: int):
        self.parent = list(range(n))
        self.members = {i: [i] for i in range(n)}

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return
        if len(self.members[ra]) < len(self.members[rb]):
            ra, rb = rb, ra
        self.parent[rb] = ra
        self.members[ra] += self.members.pop(rb)


def _blocks(refs: list[LocalRef], indices: list[int]) -> dict[str, list[int]]:
    """Blocking keys: each word's key, its first three letters, and the consonant
    skeleton of the longest word (Francis / Frensis / Фрэнсис all give 'frns')."""
    blocks = defaultdict(list)
    for i in indices:
        for w in set(refs[i].words):
            blocks["w:" + w].append(i)
            if len(w) >= 4:
                blocks["p:" + w[:3]].append(i)
        longest = max(refs[i].words, key=len)
        skeleton = _SKELETON.sub("", longest.replace("c", "s"))[:4]
        if len(skeleton) >= 3:
            blocks["s:" + skeleton].append(i)
    return blocks


_SKELETON = re.compile(r"[aeiou]|(.)(?=\1)")


def resolve(refs: list[LocalRef], previous: dict[str, str],
            judgements: list | None = None, max_block: int = 2000) -> Resolution:
    full = [i for i, r in enumerate(refs) if len(r.words) >= 2]
    single = [i for i, r in enumerate(refs) if len(r.words) < 2]
    clusters = _Clusters(len(refs))

    pairs = {}
    for block in _blocks(refs, full).values():
        if len(block) > max_block:
            continue  # a key shared by thousands says nothing; other keys still link
        for x in range(len(block)):
            for y in range(x + 1, len(block)):
                a, b = block[x], block[y]
                if (a, b) in pairs or refs[a].document_id == refs[b].document_id:
                    continue
                score = compatible(refs[a], refs[b])
                if score is not None:
                    pairs[(a, b)] = score
    for (a, b), _ in sorted(pairs.items(), key=lambda kv: (-kv[1], kv[0])):
        ra, rb = clusters.find(a), clusters.find(b)
        if ra != rb and not any(contradicts(refs[x], refs[y])
                                for x in clusters.members[ra] for y in clusters.members[rb]):
            clusters.union(a, b)

    # one-word names join the only cluster that fits word and organisation/country
    by_word = defaultdict(set)
    for i in full:
        for w in refs[i].words:
            by_word[w].add(clusters.find(i))
    for i in single:
        r = refs[i]
        if not r.words:
            continue
        fits = [c for c in by_word.get(r.words[0], ())
                if any(_same_affiliation(r, refs[m]) for m in clusters.members[c])]
        if len(fits) == 1:
            clusters.union(fits[0], i)

    return _finish(refs, clusters, previous)


def _same_affiliation(a: LocalRef, b: LocalRef) -> bool:
    if a.org_key and a.org_key == b.org_key:
        return True
    return bool(a.country_iso3 and a.country_iso3 == b.country_iso3)


def _finish(refs, clusters, previous) -> Resolution:
    person_of, persons, aliases, redirects = {}, [], [], []
    roots = sorted({clusters.find(i) for i in range(len(refs))},
                   key=lambda c: min(refs[m].mention_ids[0] if refs[m].mention_ids else ""
                                     for m in clusters.members[c]))
    for root in roots:
        members = [refs[m] for m in clusters.members[root]]
        pid, absorbed = _stable_id(members, previous)
        redirects += [{"old_person_id": old, "person_id": pid} for old in absorbed]
        for r in members:
            person_of[r.ref] = pid
        persons.append(_person_row(pid, members))
        aliases += _alias_rows(pid, members)
    return Resolution(person_of, persons, aliases, redirects)


def _stable_id(members: list[LocalRef], previous: dict[str, str]) -> tuple[str, list[str]]:
    votes = Counter(previous[m] for r in members for m in r.mention_ids if m in previous)
    if votes:
        ranked = sorted(votes.items(), key=lambda kv: (-kv[1], kv[0]))
        return ranked[0][0], [pid for pid, _ in ranked[1:]]
    first = min(m for r in members for m in r.mention_ids) if any(
        r.mention_ids for r in members) else f"{members[0].document_id}:{members[0].index}"
    return "p" + hashlib.sha1(first.encode("utf-8")).hexdigest()[:12], []


def _display_name(members: list[LocalRef]) -> str:
    """Most frequent Latin-script full name; the longest, then alphabetical, on ties."""
    forms = Counter()
    for r in members:
        words = r.name.split()
        if not words:
            continue
        form = r.name if _is_latin(r.name) else latin(r.name)
        forms[form] += 1
    if not forms:
        return members[0].name
    return min(forms, key=lambda f: (-len(f.split()), -forms[f], f))


def _is_latin(text: str) -> bool:
    return all(ord(ch) < 0x0250 or not ch.isalpha() for ch in text)


def _person_row(pid: str, members: list[LocalRef]) -> dict:
    role = Counter(r.country_iso3 for r in members
                   if r.country_iso3 and r.country_source == "role")
    doc = Counter(r.country_iso3 for r in members if r.country_iso3)
    igo = sum(1 for r in members if r.country_iso3 is None and r.org_key)
    country = None
    if role:
        country = min(role.items(), key=lambda kv: (-kv[1], kv[0]))[0]
    elif doc and igo * 2 < len(members):
        country = min(doc.items(), key=lambda kv: (-kv[1], kv[0]))[0]
    dates = [r.published for r in members if r.published]
    return {"person_id": pid, "name": _display_name(members), "country_iso3": country,
            "n_mentions": sum(len(r.mention_ids) for r in members),
            "n_documents": len({r.document_id for r in members}),
            "first_seen": min(dates) if dates else None,
            "last_seen": max(dates) if dates else None}


def _alias_rows(pid: str, members: list[LocalRef]) -> list[dict]:
    counts = Counter()
    for r in members:
        for surface, n in r.surfaces or ((r.name, len(r.mention_ids)),):
            counts[surface] += n
    display = _display_name(members)
    display_keys = sorted(name_key(w) for w in display.split())
    rows = []
    for alias, n in sorted(counts.items()):
        keys = [name_key(w) for w in alias.split()]
        if alias == display:
            method = "exact"
        elif sorted(keys) == display_keys:
            method = "order" if keys != [name_key(w) for w in display.split()] else \
                "transliteration"
        elif len(keys) < len(display_keys):
            method = "initials" if "." in alias else "surname"
        else:
            method = "fuzzy"
        rows.append({"person_id": pid, "alias": alias, "alias_key": " ".join(sorted(keys)),
                     "n_mentions": n, "method": method})
    return rows

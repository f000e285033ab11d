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
from typing import NamedTuple

from rapidfuzz.distance import JaroWinkler

from transforms.judgements import Judgement, is_person_id, normalise_ref
from transforms.names import latin, latin_display, name_key

NEAR = 0.9  # Jaro-Winkler of two phonetic keys that count as one word spelled two ways


class LocalRef(NamedTuple):  # a tuple, not a dataclass: 600k are built per 100k documents
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
    redirects: list[dict] = field(default_factory=list)  # ids absorbed in this run
    unmatched: list = field(default_factory=list)  # judgements naming nobody present
    unchanged: set[str] = field(default_factory=set)  # persons whose rows the caller keeps


def _word_match(a: str, b: str) -> float:
    if a == b:
        return 1.0
    if min(len(a), len(b)) < 4:
        return 0.0
    return JaroWinkler.similarity(a, b)


@lru_cache(maxsize=1_000_000)
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
    """Union-find that also keeps one representative reference per distinct
    (name words, role country, organisation) in each cluster, so checking a merge costs
    distinct spellings squared, not references squared. Members and representatives are
    kept only for clusters of two or more (most references never merge)."""

    def __init__(self, refs: list[LocalRef]):
        self.refs = refs
        self.parent = list(range(len(refs)))
        self._members: dict[int, list[int]] = {}
        self._reps: dict[int, dict[tuple, int]] = {}

    def find(self, i: int) -> int:
        parent = self.parent
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def members(self, root: int) -> list[int]:
        return self._members.get(root) or [root]

    def reps(self, root: int) -> dict[tuple, int]:
        reps = self._reps.get(root)
        if reps is None:
            reps = {}
            for i in self.members(root):  # an adopted cluster's, built on first use
                reps.setdefault(_signature(self.refs[i]), i)
            if len(reps) > 1 or root in self._members:
                self._reps[root] = reps
        return reps

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return
        if len(self.members(ra)) < len(self.members(rb)):
            ra, rb = rb, ra
        self.parent[rb] = ra
        reps, other = self.reps(ra), self.reps(rb)
        self._reps.pop(rb, None)
        members = self._members.setdefault(ra, [ra])
        members += self._members.pop(rb, None) or [rb]
        self._reps[ra] = reps
        for sig, i in other.items():
            reps.setdefault(sig, i)

    def adopt(self, members: list[int]) -> None:
        """Make singletons `members` one cluster rooted at the first."""
        root = members[0]
        for i in members:
            self.parent[i] = root
        self._members[root] = list(members)

    def groups(self) -> dict[int, list[int]]:
        """root -> members, for every cluster."""
        out = defaultdict(list)
        for i in range(len(self.parent)):
            out[self.find(i)].append(i)
        return out


def _signature(r: LocalRef) -> tuple:
    return (r.words, r.country_iso3 if r.country_source == "role" else None, r.org_key)


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
            judgements: list[Judgement] | None = None, redirects: dict[str, str] | None = None,
            max_block: int = 2000, incremental: bool = False) -> Resolution:
    """previous: mention_id -> person_id of the last run; redirects: old -> current id.

    incremental: references the last run resolved (their mentions are in `previous`) keep
    its grouping, and only pairs with a new reference are scored, so adding documents
    costs their references times block size, not the whole archive again. Persons with no
    new reference are listed in Resolution.unchanged instead of being recomputed."""
    judgements = judgements or []
    full = [i for i, r in enumerate(refs) if len(r.words) >= 2]
    single = [i for i, r in enumerate(refs) if len(r.words) < 2]
    clusters = _Clusters(refs)
    settled = _settle(refs, previous, clusters) if incremental else {}
    lookup = _RefLookup(refs, previous, redirects or {}) if judgements else None
    forbidden, unmatched = _forbidden_pairs(judgements, lookup)

    # identical references (same name words, country, organisation, title) are one node:
    # pairs are scored between nodes, so a person met in 500 articles costs one node
    node_of: dict[tuple, int] = {}
    known = set()  # nodes holding a settled reference: their pairs were scored before
    for i in full:
        sig = _signature(refs[i]) + (refs[i].title, i if i in forbidden else None)
        if sig not in node_of:
            node_of[sig] = i
        elif not (i in settled and node_of[sig] in settled):  # else grouped as last run
            clusters.union(node_of[sig], i)
        if i in settled:
            known.add(node_of[sig])
    nodes = sorted(node_of.values())

    scored, seen = [], set()
    for key, block in _blocks(refs, nodes).items():
        if len(block) > (max_block if key.startswith("w:") else max_block // 8):
            continue  # a key shared by thousands says nothing; other keys still link
        for a, b in _block_pairs(block, known):
            if (a, b) in seen:
                continue
            seen.add((a, b))
            score = compatible(refs[a], refs[b])
            if score is not None:
                scored.append((-score, a, b))

    def can_merge(ra: int, rb: int) -> bool:
        if forbidden and any(forbidden.get(x, _EMPTY).intersection(clusters.members(rb))
                             for x in clusters.members(ra)):
            return False
        return not any(contradicts(refs[x], refs[y]) for x in clusters.reps(ra).values()
                       for y in clusters.reps(rb).values())

    for _, a, b in sorted(scored):
        ra, rb = clusters.find(a), clusters.find(b)
        if ra != rb and can_merge(ra, rb):
            clusters.union(a, b)

    # one-word names join the only cluster that fits word and organisation/country,
    # looked up by (word, affiliation) rather than tried against every cluster
    affiliated = defaultdict(set)
    for i in nodes:
        for w in refs[i].words:
            for tag in _affiliations(refs[i]):
                affiliated[(w, tag)].add(i)
    for i in single:
        r = refs[i]
        if not r.words or i in settled:
            continue
        fits = sorted({clusters.find(c) for tag in _affiliations(r)
                       for c in affiliated.get((r.words[0], tag), ())})
        if len(fits) == 1 and not forbidden.get(i, _EMPTY).intersection(
                clusters.members(fits[0])):
            clusters.union(fits[0], i)

    judged = set()
    for j in judgements:  # 'same' decisions win over everything but 'different'
        if j.decision != "same":
            continue
        a_refs, b_refs = lookup.refs(j.a), lookup.refs(j.b)
        if not a_refs or not b_refs:
            unmatched.append(j)
            continue
        for x in a_refs + b_refs:
            home = clusters.find(a_refs[0])
            if clusters.find(x) != home and \
                    not forbidden.get(x, _EMPTY).intersection(clusters.members(home)):
                judged.add(x)
                clusters.union(home, x)
    return _finish(refs, clusters, previous, judged, unmatched, settled)


_EMPTY: frozenset = frozenset()


def _settle(refs, previous, clusters) -> dict[int, str]:
    """Group the references the last run resolved as it did (built directly, not by
    hundreds of thousands of unions); index -> previous person id."""
    settled, groups = {}, defaultdict(list)
    for i, r in enumerate(refs):
        pid = previous.get(r.mention_ids[0]) if r.mention_ids else None
        if pid is not None:
            settled[i] = pid
            groups[pid].append(i)
    for members in groups.values():
        if len(members) > 1:
            clusters.adopt(members)
    return settled


def _block_pairs(block: list[int], known: set[int]):
    """Pairs (a < b) of a block, leaving out those of two known nodes."""
    if not known:
        for x in range(len(block)):
            for y in range(x + 1, len(block)):
                yield block[x], block[y]
        return
    for a in block:
        if a in known:
            continue
        for b in block:
            if b != a and not (b < a and b not in known):  # two new nodes: once
                yield (a, b) if a < b else (b, a)


class _RefLookup:
    """Which references a judgement names: by person id (as the last run assigned it,
    following redirects) or by a spelling."""

    def __init__(self, refs, previous, redirects):
        self.by_id, self.by_name = defaultdict(list), defaultdict(list)
        for i, r in enumerate(refs):
            votes = Counter(previous[m] for m in r.mention_ids if m in previous)
            if votes:
                self.by_id[votes.most_common(1)[0][0]].append(i)
            for surface, _ in r.surfaces or ((r.name, 1),):
                self.by_name[normalise_ref(surface)].append(i)
        self.redirects = redirects

    def refs(self, ref: str) -> list[int]:
        if is_person_id(ref):
            seen = set()
            while ref in self.redirects and ref not in seen:
                seen.add(ref)
                ref = self.redirects[ref]
            return self.by_id.get(ref, [])
        return self.by_name.get(normalise_ref(ref), [])


def _forbidden_pairs(judgements, lookup) -> tuple[dict[int, set[int]], list]:
    forbidden, unmatched = defaultdict(set), []
    for j in judgements:
        if j.decision == "different":
            a, b = lookup.refs(j.a), lookup.refs(j.b)
        elif j.decision == "split":
            b = lookup.refs(j.b)
            a = [x for x in lookup.refs(j.a) if x not in set(b)]
        else:
            continue
        if not a or not b:
            unmatched.append(j)
            continue
        for x in a:
            forbidden[x].update(b)
        for y in b:
            forbidden[y].update(a)
    return dict(forbidden), unmatched


def _affiliations(r: LocalRef) -> list[str]:
    """What a one-word name must share with a full name: organisation or country."""
    return ([f"o:{r.org_key}"] if r.org_key else []) + \
        ([f"c:{r.country_iso3}"] if r.country_iso3 else [])


def _finish(refs, clusters, previous, judged, unmatched, settled) -> Resolution:
    person_of, persons, aliases, unchanged = {}, [], [], set()
    groups = clusters.groups()
    kept = {root: settled[root] for root in groups
            if root in settled and all(m in settled for m in groups[root])}
    # the others in order of their earliest mention: what new ids are derived from
    earliest = {root: _earliest(refs[m] for m in members) for root, members in groups.items()
                if root not in kept}
    roots = sorted(earliest, key=earliest.__getitem__)
    ids, redirects = _stable_ids(refs, groups, roots, previous, earliest, kept)
    for root in [*kept, *roots]:
        pid = ids[root]
        for m in groups[root]:
            person_of[refs[m].ref] = pid
        if root in kept:
            unchanged.add(pid)  # the same references as last run: the same rows
            continue
        members = [refs[m] for m in groups[root]]
        persons.append(_person_row(pid, members))
        aliases += _alias_rows(pid, members, {refs[m].ref for m in groups[root]
                                              if m in judged})
    return Resolution(person_of, persons, aliases, redirects, unmatched, unchanged)


def _earliest(members) -> str:
    return min((m for r in members for m in r.mention_ids), default="")


def _stable_ids(refs, groups, roots, previous, earliest,
                kept: dict[int, str]) -> tuple[dict[int, str], list[dict]]:
    """Each cluster keeps the previous id most of its mentions had; an id goes to the
    cluster holding most of its mentions (so a split cannot duplicate it); ids a cluster
    absorbed become redirects; clusters left without one get a hash of their earliest
    mention. kept: clusters exactly as last run (incremental), not in roots, which keep
    their id."""
    votes = []
    for root in roots:  # kept clusters are not among them
        count: dict[str, int] = {}
        for i in groups[root]:
            for m in refs[i].mention_ids:
                pid = previous.get(m)
                if pid is not None:
                    count[pid] = count.get(pid, 0) + 1
        votes += [(-n, pid, root) for pid, n in count.items()]
    votes.sort()
    ids, taken, redirects = dict(kept), set(kept.values()), []
    for _, pid, root in votes:
        if root not in ids and pid not in taken:
            ids[root] = pid
            taken.add(pid)
    for _, pid, root in votes:
        if pid not in taken:  # absorbed into a cluster that kept another id
            redirects.append({"old_person_id": pid, "person_id": ids[root]})
            taken.add(pid)
    for root in roots:
        if root not in ids:
            seed = earliest[root] or str(root)
            pid, n = _hash_id(seed), 1
            while pid in taken:
                n += 1
                pid = _hash_id(f"{seed}#{n}")
            ids[root] = pid
            taken.add(pid)
    return ids, sorted(redirects, key=lambda r: r["old_person_id"])


def _hash_id(seed: str) -> str:
    return "p" + hashlib.sha1(seed.encode("utf-8")).hexdigest()[:12]


def _surface_counts(members: list[LocalRef]) -> Counter:
    counts = Counter()
    for r in members:
        for surface, n in r.surfaces or ((r.name, len(r.mention_ids)),):
            counts[surface] += n
    return counts


def _name_words(surface: str) -> list[str]:
    return [w for w in surface.replace(".", ". ").split() if len(w.rstrip(".")) > 2
            or (len(w) == 2 and not w.endswith("."))]


def _display_name(members: list[LocalRef]) -> str:
    """The most frequent full (two or more words) Latin-script spelling; more words,
    then alphabetical order break ties. With no Latin spelling, the most frequent full
    spelling put in the nominative and transliterated (Курбановой Р.А. -> Kurbanova R.A.)."""
    counts = _surface_counts(members)
    full = {s: n for s, n in counts.items() if len(_name_words(s)) >= 2} or counts
    latin_forms = {s: n for s, n in full.items() if _is_latin(s)}
    pool = latin_forms or full
    best = min(pool, key=lambda s: (-pool[s], -len(_name_words(s)), s))
    if latin_forms:
        return best
    return latin_display(" ".join(nominative(w) for w in best.split()))


# Feminine surnames in -ой are oblique cases of -а; masculine -ым/-ом/-е/-у of -ов/-ев/-ин.
_RU_FEMININE_CASE = re.compile(r"(ов|ев|ёв|ин|ын)(ой|ою)$")
_RU_MASCULINE_CASE = re.compile(r"(ов|ев|ёв|ин|ын)(ым|ом|е|у)$")
_RU_GIVEN_CASE = re.compile(r"([бвгджзклмнпрстфхцчшщ])(ом|ем|а|у|е)$")


def nominative(word: str) -> str:
    """A best guess at the nominative of a Russian name word; other words unchanged."""
    if not re.search(r"[а-яё]", word):
        return word
    if _RU_FEMININE_CASE.search(word):
        return _RU_FEMININE_CASE.sub(r"\1а", word)
    if _RU_MASCULINE_CASE.search(word):
        return _RU_MASCULINE_CASE.sub(r"\1", word)
    if word[:1].isupper() and _RU_GIVEN_CASE.search(word) and len(word) > 4 and \
            not re.search(r"(ов|ев|ин|ын)а$", word):  # Ивлиева: a woman, or a genitive
        return _RU_GIVEN_CASE.sub(r"\1", word)  # Владимиром -> Владимир
    return word


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


def _alias_rows(pid: str, members: list[LocalRef], judged: set) -> list[dict]:
    counts = _surface_counts(members)
    by_judgement = {surface for r in members if r.ref in judged
                    for surface, _ in (r.surfaces or ((r.name, 1),))}
    display = _display_name(members)
    shown = [name_key(w) for w in _name_words(display)]
    rows = []
    for alias, n in sorted(counts.items()):
        keys = [name_key(w) for w in _name_words(alias)]
        rows.append({"person_id": pid, "alias": alias, "alias_key": " ".join(sorted(keys)),
                     "n_mentions": n,
                     "method": _method(alias, keys, display, shown, alias in by_judgement)})
    return rows


def _method(alias, keys, display, shown, judged) -> str:
    """Why a spelling belongs to its person, in the words person_aliases.method uses."""
    if alias == display:
        return "exact"
    if judged:
        return "judgement"
    if any(len(w.rstrip(".")) <= 2 and w.endswith(".") for w in alias.split()) or \
            re.search(r"\b\w{1,2}\.\w", alias):
        return "initials"
    if len(keys) == 1:
        return "surname"
    if sorted(keys) == sorted(shown):
        if keys != shown:
            return "order"
        if re.search(r"[а-яё]", alias) and any(nominative(w) != w for w in alias.split()):
            return "inflection"
        return "transliteration"
    if set(keys) <= set(shown) or set(shown) <= set(keys):
        return "transliteration"  # extra or missing given name / patronymic
    score = JaroWinkler.similarity(" ".join(sorted(keys)), " ".join(sorted(shown)))
    return f"fuzzy:{score:.2f}"

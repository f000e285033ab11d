"""The vocabularies under transforms/vocab/, loaded once, matched against token sequences.

Every entry is tokenised and keyed with the same functions as the text (transforms.text),
so "Республики Казахстан", "Kazakhstan's" and "Türkiye'nin" meet their entries whatever
the grammatical case. Matching is longest-first from each token.
"""
from __future__ import annotations

import csv
from collections import defaultdict, namedtuple
from dataclasses import dataclass
from functools import cache, lru_cache, partial
from itertools import compress
from importlib import resources

from transforms.text import (Token, fold_latin, is_cyrillic, raw_key, tokenize, tr_stems,
                             word_key)

TURKIC_LATIN = {"tr", "az", "uz", "kk", "ky", "tk"}
# Which vocabulary languages a text in a language may use: its own, English (names of
# organisations and places are often left in English) and language-neutral entries.
# "Iraklı" (Turkish for Iraqi) must not fire on the Georgian name Irakli in English.
_SHARED_LANGS = {"en", "any", None}


@dataclass(frozen=True, slots=True)
class Entry:
    kind: str  # country, city, title, honorific, stopword, org
    value: str  # iso3, city name, canonical title, org key, the word itself
    alias: str
    iso3: str | None = None
    sub: str | None = None  # country: name/official/adjective/abbrev; org: org kind
    lang: str | None = None
    needs_capital: bool = False


class Match(namedtuple("_Match", "start end entries kinds", defaults=(frozenset(),))):
    """start, end: token indices (end exclusive); the entries found there and their kinds.
    A named tuple: a text has a match for every other token (stop words included)."""
    __slots__ = ()

    def of_kind(self, *kinds: str) -> list[Entry]:
        return [e for e in self.entries if e.kind in kinds]

    def has(self, *kinds: str) -> bool:
        return not self.kinds.isdisjoint(kinds)


_new_match = partial(tuple.__new__, Match)


class TokenMatches(list):
    """Per token index, the match covering the token or None. get(i) is [i], the same as
    a dict of the covered tokens would give for an index in range."""
    __slots__ = ()
    get = list.__getitem__


def token_matches(matches: list[Match], n: int) -> TokenMatches:
    """The TokenMatches of n tokens."""
    out = TokenMatches([None] * n)
    for m in matches:
        if m.end - m.start == 1:
            out[m.start] = m
        else:
            for i in range(m.start, m.end):
                out[i] = m
    return out


def _rows(name: str) -> list[dict]:
    path = resources.files("transforms") / "vocab" / name
    if not path.is_file():
        return []
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def _keys(alias: str) -> tuple[str, ...]:
    return tuple(raw_key(t.text) for t in tokenize(alias))


_END = "\x00"  # marks a trie node where entries end


class Gazetteer:
    """A trie over entry keys: matching walks it token by token (each token offering its
    key variants), so the cost per position is the depth of the longest entry, not the
    number of entries sharing a first word ("Republic of ..." has hundreds)."""

    def __init__(self, entries: list[Entry]):
        self.trie: dict = {}
        self._allowed_cache: dict = {}
        self._firsts: dict[str, dict] = {}  # lang -> word -> first step of a walk
        self.singles: dict[str, list[Entry]] = defaultdict(list)
        for e in entries:
            keys = _keys(e.alias)
            if not keys:
                continue
            node = self.trie
            for k in keys:
                node = node.setdefault(k, {})
            node.setdefault(_END, []).append(e)
            if len(keys) == 1:
                self.singles[keys[0]].append(e)

    def single_word(self, word: str) -> tuple[Entry, ...]:
        """Entries that are exactly this one word (organisation, country, place words)."""
        return tuple(e for e in self.singles.get(word_key(word), ())
                     if e.kind in ("org", "country", "city", "stopword"))

    def match(self, tokens: list[Token], lang: str = "en") -> list[Match]:
        """Non-overlapping matches, longest first at each position, left to right."""
        return self.match_texts([t.text for t in tokens], lang)

    def match_texts(self, texts, lang: str = "en") -> list[Match]:
        """match() over the tokens' texts."""
        turkic = lang in TURKIC_LATIN
        known = _KEYS_TURKIC if turkic else _KEYS
        firsts = self._firsts.get(lang)
        if firsts is None:
            firsts = self._firsts[lang] = {}
        get = firsts.get
        # per distinct word: 0 (no entry starts with it) or what a walk from it finds at
        # its first step
        steps = list(map(get, texts))
        if None in steps:  # words not seen before in this language
            steps = [s if s is not None else self._first_step(t, lang, turkic, known, firsts)
                     for t, s in zip(texts, steps)]
        out, i, n = [], 0, len(texts)
        for k in compress(range(n), steps):  # the words an entry starts with
            if k < i:
                continue
            found, frontier, follow = steps[k]
            best = _new_match((k, k + 1) + found) if found else None
            if frontier and k + 1 < n:
                after = texts[k + 1]
                if not follow.isdisjoint(known.get(after) or
                                         _remember_keys(known, after, turkic)):
                    best = self._walk(texts, k, frontier, k + 1, lang, known, turkic, best)
            if best is not None:
                out.append(best)
                i = best.end
        return out

    def _first_step(self, text, lang, turkic, known, firsts):
        """(entries and kinds ending after this one word or None, the trie nodes going on
        from it, the keys those nodes go on with), or 0 when no entry starts with the
        word."""
        if len(firsts) > 500_000:
            firsts.clear()
        keys = known.get(text) or _remember_keys(known, text, turkic)
        capital = text[0].isupper()
        found, frontier, any_child = None, [], False
        for k in keys:
            child = self.trie.get(k)
            if child is None:
                continue
            any_child = True
            ends = child.get(_END)
            if ends and found is None:
                found = self._allowed(ends, capital, lang)
            if len(child) > (1 if ends else 0):
                frontier.append(child)
        step = (found, tuple(frontier), frozenset().union(*frontier)) if any_child else 0
        firsts[text] = step
        return step

    def _walk(self, texts, i, frontier, pos, lang, known, turkic, best) -> Match | None:
        """A longest-match walk of the trie from the second word of a match on."""
        capital = texts[i][0].isupper()
        n = len(texts)
        while frontier and pos < n:
            t = texts[pos]
            keys = known.get(t) or _remember_keys(known, t, turkic)
            deeper = []
            for node in frontier:
                for k in keys:
                    child = node.get(k)
                    if child is None:
                        continue
                    ends = child.get(_END)
                    if ends and (best is None or best.end < pos + 1):
                        ok = self._allowed(ends, capital, lang)
                        if ok:
                            best = _new_match((i, pos + 1) + ok)
                    if len(child) > (1 if ends else 0):
                        deeper.append(child)
            frontier = deeper
            pos += 1
        return best


    def _allowed(self, ends: list[Entry], capital: bool, lang: str):
        """(entries, kinds) of those ending here that a word so written in a text in this
        language may be; None if none. Remembered per trie node."""
        key = (id(ends), capital, lang)
        try:
            return self._allowed_cache[key]
        except KeyError:
            pass
        langs = _language_family(lang)
        ok = tuple(e for e in ends if (capital or not e.needs_capital)
                   and (e.lang in langs or e.lang in _SHARED_LANGS))
        found = (ok, frozenset(e.kind for e in ok)) if ok else None
        self._allowed_cache[key] = found
        return found


def _opens(root: dict, keys: tuple[str, ...]) -> bool:
    for k in keys:
        if k in root:
            return True
    return False


_KEYS: dict[str, tuple[str, ...]] = {}
_KEYS_TURKIC: dict[str, tuple[str, ...]] = {}


def _remember_keys(known: dict, text: str, turkic: bool) -> tuple[str, ...]:
    if len(known) > 500_000:
        known.clear()
    found = known[text] = _keys_of(text, turkic)
    return found


@lru_cache(maxsize=500_000)
def _keys_of(text: str, turkic: bool) -> tuple[str, ...]:
    keys = [word_key(text)]
    whole = raw_key(text)
    if whole != keys[0]:
        keys.append(whole)  # "Xi'an", "People's"
    if turkic and text[0].isalpha() and not is_cyrillic(text):
        keys += [s for s in tr_stems(text)[1:] if s not in keys]
    return tuple(keys)


def _language_family(lang: str) -> set[str]:
    if lang in ("tr", "az"):
        return {"tr", "az"}
    if lang in ("ru", "kk", "ky", "uk", "be"):
        return {"ru", lang}
    return {lang}


@cache
def gazetteer() -> Gazetteer:
    entries: list[Entry] = []
    for r in _rows("countries.csv"):
        entries.append(Entry("country", r["iso3"], r["alias"], r["iso3"], r["kind"], r["lang"],
                             r["alias"][:1].isupper()))
    for r in _rows("cities.csv"):
        entries.append(Entry("city", r["city"], r["alias"], r["iso3"],
                             "capital" if r["is_capital"] == "1" else None, r["lang"], True))
    for r in _rows("titles.csv"):
        entries.append(Entry("title", r["canonical"], r["title"], lang=r["lang"]))
    for r in _rows("honorifics.csv"):
        entries.append(Entry("honorific", r["honorific"], r["honorific"], lang=r["lang"]))
    for r in _rows("name_stopwords.csv"):
        entries.append(Entry("stopword", fold_latin(r["word"]), r["word"], lang=r["lang"]))
    for r in _rows("organizations.csv"):
        entries.append(Entry("org", r["org_key"], r["alias"], r["country_iso3"] or None,
                             r["kind"], r["lang"], r["alias"][:1].isupper()))
    return Gazetteer(entries)


@cache
def organization_names() -> dict[str, tuple[str, str, str | None]]:
    """org_key -> (canonical English name, kind, country)."""
    return {r["org_key"]: (r["name"], r["kind"], r["country_iso3"] or None)
            for r in _rows("organizations.csv")}


@cache
def iso3_codes() -> frozenset[str]:
    return frozenset(r["iso3"] for r in _rows("countries.csv"))

"""The vocabularies under transforms/vocab/, loaded once, matched against token sequences.

Every entry is tokenised and keyed with the same functions as the text (transforms.text),
so "Республики Казахстан", "Kazakhstan's" and "Türkiye'nin" meet their entries whatever
the grammatical case. Matching is longest-first from each token.
"""
from __future__ import annotations

import csv
from collections import defaultdict
from dataclasses import dataclass
from functools import cache, lru_cache
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


@dataclass(frozen=True, slots=True)
class Match:
    start: int  # token index
    end: int  # token index, exclusive
    entries: tuple[Entry, ...]
    kinds: frozenset = frozenset()

    def of_kind(self, *kinds: str) -> list[Entry]:
        return [e for e in self.entries if e.kind in kinds]

    def has(self, *kinds: str) -> bool:
        return not self.kinds.isdisjoint(kinds)


def _rows(name: str) -> list[dict]:
    path = resources.files("transforms") / "vocab" / name
    if not path.is_file():
        return []
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def _keys(alias: str) -> tuple[str, ...]:
    return tuple(raw_key(t.text) for t in tokenize(alias))


class Gazetteer:
    def __init__(self, entries: list[Entry]):
        by_first: dict[str, dict[tuple, list[Entry]]] = defaultdict(lambda: defaultdict(list))
        for e in entries:
            keys = _keys(e.alias)
            if keys:
                by_first[keys[0]][keys].append(e)
        # first key -> [(keys, entries)] longest first
        self.index = {k: sorted(((ks, tuple(es)) for ks, es in v.items()),
                                key=lambda kv: -len(kv[0]))
                      for k, v in by_first.items()}
        self.max_len = max((len(ks) for v in self.index.values() for ks, _ in v), default=1)

    def single_word(self, word: str) -> tuple[Entry, ...]:
        """Entries that are exactly this one word (organisation, country, place words)."""
        key = word_key(word)
        for ks, entries in self.index.get(key, ()):
            if len(ks) == 1:
                return tuple(e for e in entries if e.kind in ("org", "country", "city",
                                                              "stopword"))
        return ()

    def token_keys(self, tokens: list[Token], lang: str) -> list[list[str]]:
        """Per token: its key, then (Turkic-language Latin words) suffix-stripped forms."""
        turkic = lang in TURKIC_LATIN
        return [_keys_of(t.text, turkic) for t in tokens]

    def match(self, tokens: list[Token], lang: str = "en",
              keys: list[list[str]] | None = None) -> list[Match]:
        """Non-overlapping matches, longest first at each position, left to right."""
        keys = keys if keys is not None else self.token_keys(tokens, lang)
        langs = _language_family(lang)
        out, i, n = [], 0, len(tokens)
        while i < n:
            found = self._longest_at(tokens, keys, i, langs)
            if found:
                out.append(found)
                i = found.end
            else:
                i += 1
        return out

    def _longest_at(self, tokens, keys, i, langs) -> Match | None:
        for first in keys[i]:
            candidates = self.index.get(first)
            if not candidates:
                continue
            for ks, entries in candidates:
                j = i + len(ks)
                if j > len(tokens):
                    continue
                if all(ks[m] in keys[i + m] for m in range(1, len(ks))):
                    ok = tuple(e for e in entries
                               if (not e.needs_capital or tokens[i].text[0].isupper())
                               and (e.lang in langs or e.lang in _SHARED_LANGS))
                    if ok:
                        return Match(i, j, ok, frozenset(e.kind for e in ok))
        return None


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

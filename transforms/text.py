"""Tokens with offsets, sentence bounds and comparison keys for words in Latin and Cyrillic
script. Pure and idempotent; the vocabularies and the extractors share these keys, so a
vocabulary entry and a word in a text meet in the same form."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

# A word: letters (with hyphen- or apostrophe-joined parts), a number, or one other
# non-space character. "Sung-ho", "Türkiye'nin", "Mishustin's" are one token each.
_TOKEN = re.compile(r"[^\W\d_]+(?:[-‐'’ʼ][^\W\d_]+)*|\d+|[^\w\s]|_")
_APOSTROPHES = "'’ʼ"
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LATIN_EXTRA = str.maketrans({"ı": "i", "İ": "i", "ə": "e", "Ə": "e", "ё": "е", "Ё": "е"})


@dataclass(frozen=True, slots=True)
class Token:
    text: str
    start: int
    end: int

    @property
    def is_word(self) -> bool:
        return self.text[0].isalpha()

    @property
    def is_capitalised(self) -> bool:
        t = self.text
        return t[0].isupper() and any(ch.islower() for ch in t)

    @property
    def is_all_caps(self) -> bool:
        t = self.text
        return t[0].isalpha() and t.isupper() and sum(ch.isalpha() for ch in t) >= 2


def tokenize(text: str) -> list[Token]:
    return [Token(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]


def strip_suffix_after_apostrophe(word: str) -> str:
    """'Türkiye'nin' -> 'Türkiye', "Mishustin's" -> 'Mishustin'; "O'Brien" stays."""
    for i, ch in enumerate(word):
        if ch in _APOSTROPHES and i >= 2:
            return word[:i]
    return word


def is_cyrillic(word: str) -> bool:
    return bool(_CYRILLIC.search(word))


# Russian surnames in -ов/-ев/-ин decline like possessive adjectives; strip the case
# ending back to the -ов base so Рябоволовым, Рябоволова, Рябоволов meet.
_RU_SURNAME = re.compile(r"(ов|ев|ин|ын)(ыми|ым|ом|ой|ою|ого|ому|ых|а|у|е|ы)$")
_RU_ENDINGS = sorted("""ями ами ыми ими ого его ому ему ая яя ое ее ые ие ый ий ой ей ую юю ым
им ом ем ых их ах ях ов ев ам ям ою ею ию ии ия ье ья а я у ю е ы и о ь й""".split(),
                     key=len, reverse=True)


@lru_cache(maxsize=200_000)
def ru_stem(word: str) -> str:
    """Light Russian stemmer for matching names and vocabulary across grammatical cases."""
    w = word.lower().replace("ё", "е")
    m = _RU_SURNAME.search(w)
    if m and len(w) - len(m.group(2)) >= 4:
        return w[: m.start(2)]
    if len(w) >= 5 and w.endswith(("ов", "ев", "ин", "ын")):
        return w  # a surname in the nominative: its -ов is not an ending
    for ending in _RU_ENDINGS:
        if w.endswith(ending) and len(w) - len(ending) >= 3:
            return w[: -len(ending)]
    return w


# Turkish case and possessive suffixes (after a proper noun they follow an apostrophe;
# on common nouns of organisation names they do not: Kurumu, Ajansının, Bakanlığı).
_TR_SUFFIXES = sorted("""nın nin nun nün ın in un ün na ne ya ye da de ta te dan den tan
ten ndan nden daki deki ndaki ndeki nda nde sı si su sü yı yi yu yü ı i u ü a e lar ler
ları leri nı ni nu nü""".split(), key=len, reverse=True)


@lru_cache(maxsize=200_000)
def tr_stems(word: str) -> tuple[str, ...]:
    """The word and its forms with one or two Turkish suffixes removed."""
    w = fold_latin(word)
    out = [w]
    for _ in range(2):
        for suffix in _TR_SUFFIXES:
            if w.endswith(suffix) and len(w) - len(suffix) >= 3:
                w = w[: -len(suffix)]
                out.append(w)
                break
        else:
            break
    return tuple(out)


def fold_latin(word: str) -> str:
    return word.translate(_LATIN_EXTRA).casefold()


@lru_cache(maxsize=500_000)
def raw_key(word: str) -> str:
    """Comparison key of one word as written: case folded; Cyrillic words stemmed."""
    w = unicodedata.normalize("NFC", word)
    return ru_stem(w) if is_cyrillic(w) else fold_latin(w)


@lru_cache(maxsize=500_000)
def word_key(word: str) -> str:
    """raw_key without a suffix after an apostrophe ("Türkiye'nin" -> "türkiye").
    Idempotent."""
    return raw_key(strip_suffix_after_apostrophe(word))


_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"»”')]*\s+(?=[\"«“(]?[A-ZА-ЯЁÇĞİÖŞÜƏ0-9])|\n+")
# A period after these does not end a sentence (initials are handled by length).
_ABBREVIATIONS = {"mr", "mrs", "ms", "dr", "prof", "st", "no", "vs", "jr", "sr", "gen",
                  "г", "гг", "им", "ул", "т", "н", "e", "doç", "sn", "av", "inc", "ltd",
                  "co", "corp", "dept", "approx", "etc", "p.r.c", "u.s", "u.k"}


_INITIALS = re.compile(r"(?:[^\W\d_][^\W\d_A-ZА-ЯЁ]?\.)*[A-ZА-ЯЁ][a-zа-яё]?")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """[start, end) of each sentence; a line break always ends one (headlines)."""
    spans, start = [], 0
    for m in _SENTENCE_END.finditer(text):
        before = text[start:m.start()].rstrip()
        last_word = re.search(r"([\w.]+)\.$", before)
        if "\n" not in m.group() and last_word:
            w = last_word.group(1)
            if w.lower() in _ABBREVIATIONS or _INITIALS.fullmatch(w):
                continue  # "Mr. Tang", "Sh. Abdreeva", "A.V. Petrov"
        if before.strip():
            spans.append((start, start + len(before)))
        start = m.end()
    tail = text[start:].rstrip()
    if tail.strip():
        spans.append((start, start + len(tail)))
    return spans

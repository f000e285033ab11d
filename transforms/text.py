"""Tokens with offsets, sentence bounds and comparison keys for words in Latin and Cyrillic
script. Pure and idempotent; the vocabularies and the extractors share these keys, so a
vocabulary entry and a word in a text meet in the same form."""
from __future__ import annotations

import re
import unicodedata
from collections import namedtuple
from functools import lru_cache, partial
from itertools import accumulate
from operator import add, sub

# A word: letters (with hyphen- or apostrophe-joined parts), a number, or one other
# non-space character. "Sung-ho", "Türkiye'nin", "Mishustin's" are one token each.
_TOKEN = re.compile(r"[^\W\d_]+(?:[-‐'’ʼ][^\W\d_]+)*|\d+|[^\w\s]|_")
_APOSTROPHES = "'’ʼ"
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LATIN_EXTRA = str.maketrans({"ı": "i", "İ": "i", "ə": "e", "Ə": "e", "ё": "е", "Ё": "е"})


class Token(namedtuple("_Token", "text start end")):
    """A token with its [start, end) character offsets. A named tuple: built by the
    thousand per text, it is built from C (tokenize) rather than by an __init__."""
    __slots__ = ()

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


# The same tokens with the whitespace before each: every character that is not
# whitespace belongs to a token, so the lengths give the offsets. Possessive: no
# backtracking is ever needed (a token never starts with whitespace; what follows a run
# of letters or digits may match empty), and the engine keeps no backtracking points.
_SPACED_TOKEN = re.compile(r"(\s*+)([^\W\d_]++(?:[-‐'’ʼ][^\W\d_]++)*+|\d++|[^\w\s]|_)")
_new_token = partial(tuple.__new__, Token)


def token_arrays(text: str) -> tuple[tuple[str, ...], list[int], list[int]]:
    """Texts, start offsets and end offsets of the tokens: tokenize without objects."""
    pairs = _SPACED_TOKEN.findall(text)
    if not pairs:
        return (), [], []
    spaces, texts = zip(*pairs)
    lengths = list(map(len, texts))
    ends = list(accumulate(map(add, map(len, spaces), lengths)))
    return texts, list(map(sub, ends, lengths)), ends


def tokens_of(texts, starts, ends) -> list[Token]:
    return list(map(_new_token, zip(texts, starts, ends)))


def tokenize(text: str) -> list[Token]:
    return tokens_of(*token_arrays(text))


def strip_suffix_after_apostrophe(word: str) -> str:
    """'Türkiye'nin' -> 'Türkiye', "Mishustin's" -> 'Mishustin'; "O'Brien" stays."""
    if "'" not in word and "’" not in word and "ʼ" not in word:
        return word
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


# _SENTENCE_END for speed: the same matches, found from the character before each (the
# final punctuation, or the first line break), so that every match opens with a character
# of one class and the regex engine skips to those. A match here that starts with
# punctuation is _SENTENCE_END's match one character later.
_SENTENCE_END_FROM = re.compile(r"[\n.!?…](?:(?<=[.!?…])[\"»”')]*\s+"
                                r"(?=[\"«“(]?[A-ZА-ЯЁÇĞİÖŞÜƏ0-9])|(?<=\n)\n*)")


def _last_word(before: str) -> str | None:
    r"""group(1) of re.search(r"([\w.]+)\.$", before): the word (with its inner periods)
    before a final period, read from the end."""
    n = len(before)
    if n < 2 or before[-1] != ".":
        return None
    q = n - 1
    while q > 0:
        c = before[q - 1]
        if c == "." or c.isalnum() or c == "_":
            q -= 1
        else:
            break
    return before[q:n - 1] if q < n - 1 else None


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """[start, end) of each sentence; a line break always ends one (headlines)."""
    spans, start = [], 0
    for m in _SENTENCE_END_FROM.finditer(text):
        at = m.start()
        if text[at] != "\n":
            at += 1  # the punctuation is not part of the break
        before = text[start:at].rstrip()
        if "\n" not in text[at:m.end()]:
            w = _last_word(before)
            if w is not None and (w.lower() in _ABBREVIATIONS or _INITIALS.fullmatch(w)):
                continue  # "Mr. Tang", "Sh. Abdreeva", "A.V. Petrov"
        if before.strip():
            spans.append((start, start + len(before)))
        start = m.end()
    tail = text[start:].rstrip()
    if tail.strip():
        spans.append((start, start + len(tail)))
    return spans

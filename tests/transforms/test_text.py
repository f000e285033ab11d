"""transforms.text's tokens and sentences, and the gazetteer's matching, are written for
speed; here they are checked against their plain first forms on the invented texts and
on edge cases."""
import re
from pathlib import Path

import pytest

from transforms.text import (_ABBREVIATIONS, _INITIALS, _SENTENCE_END, _TOKEN, sentence_spans,
                             token_arrays, tokenize)
from transforms.vocab import _END, TURKIC_LATIN, Match, _keys_of, gazetteer

_EDGES = ["", " ", "\n\n", "Mr. Tang met Dr. X. Then.\n\nA. B.\nC", "End.\"  Next", "x.) (Y",
          "a?!  B", "…\n\n Q", ". A", "\n\n\nA.\n B.  \n", "U.S. President", "(Ltd.) Co. A",
          "_. A", "a . B", "A.V. Petrov. Ok", "x.\n\nY. \n Z", "Sung-ho Türkiye'nin ‐x ʼy",
          "²½ 12ab_c __ \u00a0 \u2003x\u2028y", "Рябоволовым, «Роспатент» — 2019 г. Иванов",
          "Kurum Başkanı Prof. Dr. M. Ahmet YAVUZ İstanbul’da.", "a\tb\x0bc\x1cd"]


def _texts():
    root = Path(__file__).resolve().parents[1] / "corpus" / "invented"
    return [p.read_text(encoding="utf-8") for p in sorted(root.rglob("*.txt"))] + _EDGES


def _reference_sentence_spans(text):
    spans, start = [], 0
    for m in _SENTENCE_END.finditer(text):
        before = text[start:m.start()].rstrip()
        last_word = re.search(r"([\w.]+)\.$", before)
        if "\n" not in m.group() and last_word:
            w = last_word.group(1)
            if w.lower() in _ABBREVIATIONS or _INITIALS.fullmatch(w):
                continue
        if before.strip():
            spans.append((start, start + len(before)))
        start = m.end()
    tail = text[start:].rstrip()
    if tail.strip():
        spans.append((start, start + len(tail)))
    return spans


@pytest.mark.parametrize("text", _texts())
def test_tokens_are_the_token_pattern_matches(text):
    expected = [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]
    assert [(t.text, t.start, t.end) for t in tokenize(text)] == expected
    texts, starts, ends = token_arrays(text)
    assert list(zip(texts, starts, ends)) == expected


@pytest.mark.parametrize("text", _texts())
def test_sentence_spans_are_the_reference(text):
    assert sentence_spans(text) == _reference_sentence_spans(text)


def _reference_matches(g, texts, lang):
    """The plain longest-match trie walk the gazetteer's cached one must agree with."""
    keys = [_keys_of(t, lang in TURKIC_LATIN) for t in texts]
    out, i = [], 0
    while i < len(texts):
        best, frontier, pos = None, [g.trie], i
        while frontier and pos < len(texts):
            deeper = []
            for node in frontier:
                for child in filter(None, map(node.get, keys[pos])):
                    ends = child.get(_END)
                    if ends and (best is None or best.end < pos + 1):
                        ok = g._allowed(ends, texts[i][0].isupper(), lang)
                        if ok:
                            best = Match(i, pos + 1, *ok)
                    if len(child) > (1 if ends else 0):
                        deeper.append(child)
            frontier, pos = deeper, pos + 1
        if best:
            out.append(best)
        i = best.end if best else i + 1
    return out


@pytest.mark.parametrize("lang", ["en", "ru", "tr", "kk", "az"])
def test_gazetteer_matches_are_the_reference_walk(lang):
    g = gazetteer()
    for text in _texts():
        texts = [t.text for t in tokenize(text)]
        assert g.match_texts(texts, lang) == _reference_matches(g, texts, lang)


@pytest.mark.parametrize("text", _texts() + ["Kazakhstan xKazakhstan _Tajikistan Ölstan "
                                             "Казахстан 9Uzbekistan Abcston. Бстаном Q"])
def test_unknown_country_pattern_is_the_readable_one(text):
    from transforms.extract import _UNKNOWN_COUNTRY, _UNKNOWN_COUNTRY_READABLE
    assert [m.span() for m in _UNKNOWN_COUNTRY.finditer(text)] == \
        [m.span() for m in re.finditer(_UNKNOWN_COUNTRY_READABLE, text)]

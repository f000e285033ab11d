"""Person-name mentions in one document, with exact spans. Pure.

How a name is found:
1. Runs of name-shaped tokens (capitalised, all-capitals, initials with their period) are
   cut wherever a vocabulary word stands (titles, honorifics, organisation and place
   words, countries, cities) or a word the same text also writes in lower case (a
   common word, not a name).
2. A piece of two or more words, or a word with initials ("Sh. Abdreeva", "Курбановой
   Р.А."), is a name unless it is glued to an organisation or place word ("Victoria Olimp
   Hotel") or sits inside quotation marks.
3. A single word is a name when a title or honorific stands right before it
   ("Commissioner Lee", "Prof. Durak") or in apposition ("Minister, Kamilov").
4. Then every other occurrence of a word of a name found in the text (surname-only
   references, other grammatical cases) is a mention too.
The span is the name only: no honorific, no title, no possessive or Turkish case suffix.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from itertools import compress, repeat
from operator import and_

from transforms.text import Token, is_cyrillic, strip_suffix_after_apostrophe, word_key
from transforms.vocab import Match, gazetteer, token_matches

# Vocabulary kinds that end a name when glued to it: "Victoria Olimp Hotel".
_PLACE_OR_ORG = ("stopword", "org", "city", "country")
_OPEN_QUOTES = "«\"“„'"
_CLOSE_QUOTES = "»\"”'"


@dataclass(frozen=True, slots=True)
class Mention:
    start: int
    end: int
    surface: str
    cue: str  # shape, initials, title, apposition, known
    token_start: int  # index of the first token
    token_end: int  # index after the last token
    words: tuple[str, ...]  # the words of the name, initials left out
    initials: tuple[str, ...]  # "Sh", "A", "V"


def _initial_at(tokens: list[Token], i: int) -> bool:
    """'Sh' in 'Sh. Abdreeva', 'A' in 'A.V.': short capital word followed by a period."""
    t = tokens[i]
    return (i + 1 < len(tokens) and tokens[i + 1].text == "." and tokens[i + 1].start == t.end
            and t.is_word and len(t.text) <= 2 and t.text[0].isupper()
            and (len(t.text) == 1 or t.text[1:].islower()))


# Shape of a token's text, remembered per distinct text (bits).
_WORD, _NAME_SHAPED, _INITIAL_SHAPED, _CAP_OR_CAPS, _LOWER_WORD = 1, 2, 4, 8, 16
_SHAPES: dict[str, int] = {}


def _shape(text: str) -> int:
    t = Token(text, 0, len(text))
    bits = 0
    if t.is_word:
        bits |= _WORD
        if t.is_capitalised or t.is_all_caps:
            bits |= _CAP_OR_CAPS | _NAME_SHAPED
        elif len(text) == 1 and text.isupper():
            bits |= _NAME_SHAPED
        if len(text) <= 2 and text[0].isupper() and (len(text) == 1 or text[1:].islower()):
            bits |= _INITIAL_SHAPED
        if text[0].islower():
            bits |= _LOWER_WORD
    if len(_SHAPES) > 500_000:
        _SHAPES.clear()
    _SHAPES[text] = bits
    return bits


def _having(shapes: list[int], bit: int) -> list[int]:
    """Indices of the tokens whose shape has this bit."""
    return list(compress(range(len(shapes)), map(and_, shapes, repeat(bit))))


@lru_cache(maxsize=100_000)
def _lower_forms(word: str) -> tuple[str, str]:
    return word.lower(), strip_suffix_after_apostrophe(word).lower()


def find_mentions(text: str, tokens: list[Token], matches: list[Match],
                  arrays: tuple | None = None, vocab: list | None = None) -> list[Mention]:
    """`arrays`: the tokens' texts, starts and ends (transforms.text.token_arrays), and
    `vocab`: token_matches(matches, len(tokens)), if the caller has them."""
    n = len(tokens)
    if not n:
        return []
    texts, starts, ends = arrays if arrays is not None else zip(*tokens)
    shapes = list(map(_SHAPES.get, texts))
    if None in shapes:
        shapes = [b if b is not None else _shape(w) for w, b in zip(texts, shapes)]
    # initial[i]: _initial_at(tokens, i)
    initial = [False] * n
    for i in _having(shapes, _INITIAL_SHAPED):
        if i + 1 < n and texts[i + 1] == "." and starts[i + 1] == ends[i]:
            initial[i] = True
    if vocab is None:
        vocab = token_matches(matches, n)
    lower_words = set(compress(texts, map(and_, shapes, repeat(_LOWER_WORD))))

    def common_word(t: Token) -> bool:
        lowered, stripped = _lower_forms(t.text)
        return lowered in lower_words or stripped in lower_words

    found: list[Mention] = []
    for run in _name_runs(text, texts, starts, ends, shapes, initial):
        if len(run) == 1 and vocab[run[0]] is not None:
            continue  # one vocabulary word (not an initial: that brings its period) breaks
            # the run into no piece at all
        for piece, before, after in _pieces(run, tokens, vocab, common_word, initial):
            mention = _judge(text, tokens, vocab, piece, before, after, initial)
            if mention:
                found.append(mention)
    found += _known_words(text, tokens, vocab, found, shapes, initial)
    return sorted(found, key=lambda m: m.start)


def _name_runs(text, texts, starts, ends, shapes, initial) -> list[list[int]]:
    """Maximal runs of name-shaped token indices, not crossing a line break (an initial
    brings its period along)."""
    runs, current, last = [], [], -2
    for i in _having(shapes, _NAME_SHAPED):  # an initial is name-shaped too
        if current and (i != last + 1 or "\n" in text[ends[last]:starts[i]]):
            runs.append(current)
            current = []
        current.append(i)
        last = i
        if initial[i]:
            current.append(i + 1)  # the period belongs to the initial
            last = i + 1
    if current:
        runs.append(current)
    return runs


def _pieces(run, tokens, vocab, common_word, initial):
    """Split a run at vocabulary and common words: (piece, index before, index after)."""
    pieces, current = [], []
    for idx in run:
        t = tokens[idx]
        if len(t.text) == 1 and initial[idx] and \
                (vocab[idx] is None or vocab[idx].end - vocab[idx].start == 1):
            breaker = False  # "К." and "А." are initials here, not prepositions; "H.E." is
            # an honorific as a whole
        else:
            breaker = t.is_word and (vocab[idx] is not None or _compound_vocab(t.text)
                                     or t.is_all_caps and is_cyrillic(t.text)
                                     or (common_word(t) and not initial[idx]))
        if breaker:
            if current:
                pieces.append(current)
            current = []
        else:
            current.append(idx)
    if current:
        pieces.append(current)
    out = []
    for piece in pieces:
        while piece and not tokens[piece[0]].is_word:
            piece = piece[1:]  # the period of an honorific: "Mr. Tang"
        piece = _drop_leading_acronyms(piece, tokens)
        if piece:
            out.append((piece, piece[0] - 1, piece[-1] + 1))
    return out


@lru_cache(maxsize=100_000)
def _compound_vocab(text: str) -> bool:
    """'WIPO-Korea', 'China-Mongolia-Russia': a hyphenated word built of vocabulary."""
    if "-" not in text:
        return False
    g = gazetteer()
    return any(g.single_word(part) for part in text.split("-") if len(part) > 1)


def _drop_leading_acronyms(piece: list[int], tokens: list[Token]) -> list[int]:
    """'НЦИС Владимиром Рябоволовым' -> the name; 'LEE Insil' (two words) keeps LEE."""
    words = [i for i in piece if tokens[i].is_word]
    while len(words) > 2 and tokens[words[0]].is_all_caps:
        piece = [i for i in piece if i > words[0]]
        words = words[1:]
    return piece


def _judge(text, tokens, vocab, piece, before, after, initial) -> Mention | None:
    words = [i for i in piece if tokens[i].is_word and not initial[i]]
    initials = [i for i in piece if initial[i]]
    if not words:
        return None
    nxt = tokens[after] if after < len(tokens) else None
    if nxt is not None and vocab[after] is not None and vocab[after].has(*_PLACE_OR_ORG) \
            and (nxt.is_capitalised or nxt.is_all_caps) and _touching(tokens, piece[-1], after):
        return None  # "Victoria Olimp Hotel", "Kutaisi International University"
    if before >= 0 and tokens[before].text in _OPEN_QUOTES:
        return None  # «Doing Business», "Golden Age"
    if any(len(tokens[i].text) < 2 for i in words):
        return None
    caps = [k for k, i in enumerate(words) if tokens[i].is_all_caps]
    if caps and (len(caps) == len(words) or any(0 < k < len(words) - 1 for k in caps)
                 or (caps == [0] and len(words) > 2)):
        return None  # acronyms; an all-caps surname stands first or last: "Insil LEE"
    if len(words) >= 2:
        cue = "shape"
    elif initials:
        cue = "initials"
    elif _titled(tokens, vocab, before):
        cue = "title"
    elif _apposition(tokens, vocab, before, after):
        cue = "apposition"
    else:
        return None
    if cue in ("title", "apposition") and tokens[words[0]].is_all_caps:
        return None  # "Commissioner WIPO": an acronym, not a name
    return _mention(text, tokens, piece, cue, initial)


def _touching(tokens, i, j) -> bool:
    return tokens[j].start - tokens[i].end <= 1


def _titled(tokens, vocab, before) -> bool:
    """A title or honorific ends right before the word ("Commissioner Lee", "Dr. Imanov")."""
    if before >= 0 and tokens[before].text == ".":
        before -= 1  # "Prof. Durak", "Mr. Tang"
    return before >= 0 and vocab[before] is not None and vocab[before].has("title",
                                                                             "honorific")


def _apposition(tokens, vocab, before, after) -> bool:
    """"Foreign Affairs Minister, Kamilov" or "Kamilov, Minister of ...". """
    if before >= 1 and tokens[before].text == "," and vocab[before - 1] is not None \
            and vocab[before - 1].has("title"):
        return True
    return (after + 1 < len(tokens) and tokens[after].text == ","
            and vocab[after + 1] is not None and vocab[after + 1].has("title"))


def _mention(text, tokens, piece, cue, initial) -> Mention:
    first, last = tokens[piece[0]], tokens[piece[-1]]
    end = last.start + len(strip_suffix_after_apostrophe(last.text)) if last.is_word \
        else last.end
    words = tuple(strip_suffix_after_apostrophe(tokens[i].text) for i in piece
                  if tokens[i].is_word and not initial[i])
    initials = tuple(tokens[i].text for i in piece if initial[i])
    return Mention(first.start, end, text[first.start:end], cue, piece[0], piece[-1] + 1,
                   words, initials)


def _known_words(text, tokens, vocab, found: list[Mention], shapes, initial
                 ) -> list[Mention]:
    """Other occurrences of the words of names already found: "Tang", "Ивлиева"."""
    known = {word_key(w) for m in found for w in m.words if len(w) >= 2}
    if not known:
        return []
    taken = set()
    for m in found:
        taken.update(range(m.token_start, m.token_end))
    out = []
    for i in _having(shapes, _CAP_OR_CAPS):
        if i in taken or vocab[i] is not None:
            continue
        t = tokens[i]
        if len(t.text) < 2:
            continue
        if word_key(t.text) in known:
            out.append(_mention(text, tokens, [i], "known", initial))
    return out

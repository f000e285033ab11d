"""Organisation mentions in one document. Pure.

Known organisations come from the gazetteer (vocab/organizations.csv) in any language.
Others are found by shape: a run of capitalised words around a head noun of an
institution ("Ministry", "Office", "Agency", "Committee", ...; Russian and Turkish head
nouns too), extended by "of/on/for (the) ..." and a trailing country ("of the Republic of
Kazakhstan") or acronym in brackets. Spelling variants of one organisation share a key.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import compress

from transforms.text import Token, is_cyrillic, raw_key, tr_stems
from transforms.vocab import Match, gazetteer, organization_names, token_matches

# head noun key -> kind (keys as transforms.text.raw_key gives them)
_HEADS = {
    "ministry": "ministry", "министерств": "ministry", "bakanlığı": "ministry",
    "bakanlık": "ministry", "ministries": "ministry",
    "office": "other", "agency": "other", "committee": "other", "service": "other",
    "center": "other", "centre": "other", "administration": "other", "institute": "other",
    "organization": "other", "organisation": "other", "directorate": "other",
    "department": "other", "commission": "other", "council": "other", "board": "other",
    "authority": "other", "bureau": "other", "secretariat": "other",
    "embassy": "embassy", "посольств": "embassy", "büyükelçiliği": "embassy",
    "senate": "parliament", "parliament": "parliament", "majlis": "parliament",
    "сенат": "parliament", "парламент": "parliament", "meclisi": "parliament",
    "government": "government", "правительств": "government", "hükümeti": "government",
    "ведомств": "other", "агентств": "other", "комитет": "other", "служб": "other",
    "центр": "other", "институт": "other", "организаци": "other", "управлени": "other",
    "департамент": "other", "совет": "other", "палат": "other",
    "kurumu": "other", "kurum": "other", "ajansı": "other", "ajans": "other",
    "örgütü": "other", "teşkilatı": "other", "ofisi": "other", "merkezi": "other",
    "müdürlüğü": "other", "komitesi": "other", "kurulu": "other", "enstitüsü": "other",
    "hizmeti": "other", "dairesi": "other", "başkanlığı": "other", "ajansi": "other",
}
_IP_WORDS = ("patent", "intellectual", "trademark", "copyright", "патент", "интеллектуальн",
             "fikri", "mülkiyet", "marka", "sınai", "ip")
_CONNECTORS = {"of", "on", "for", "and", "the", "in", "по", "и", "при", "ve", "de", "des",
               "la", "du", "für"}


@dataclass(frozen=True, slots=True)
class Organization:
    start: int  # char offsets of the mention
    end: int
    token_start: int
    token_end: int
    key: str  # stable identity: gazetteer key or normalised name
    name: str
    kind: str
    country_iso3: str | None
    words_key: str = ""  # the written name's words without its country: finds repeats


def org_key_of(words: list[str], country: str | None) -> str:
    """'Committee of IP Rights ...' and 'Committee on IP Rights ...' share a key."""
    kept = [raw_key(w) for w in words if raw_key(w) not in _CONNECTORS]
    return (country or "xx").lower() + ":" + " ".join(kept)


def find_organizations(text: str, tokens: list[Token], matches: list[Match],
                       texts=None, vocab=None) -> list[Organization]:
    """`texts`: the tokens' texts, and `vocab`: token_matches(matches, len(tokens)), if
    the caller has them."""
    known = organization_names()
    out: list[Organization] = []
    taken: set[int] = set()
    if vocab is None:
        vocab = token_matches(matches, len(tokens))  # vocab.get(i) for i in range only
    for m in matches:
        if "org" not in m.kinds:
            continue
        for e in m.of_kind("org"):
            name, kind, country = known.get(e.value, (e.alias, e.sub or "other", e.iso3))
            stated = _country_stated_with(tokens, vocab, m.start, m.end)
            if country and stated and stated != country:
                break  # a generic name ("Intellectual Property Agency") of another state
            out.append(Organization(tokens[m.start].start, tokens[m.end - 1].end, m.start,
                                    m.end, e.value, name, kind, country,
                                    _words_key(tokens, vocab, m.start, m.end)))
            taken.update(range(m.start, m.end))
            break
    roles = list(map(_WORD_ROLES.get, texts if texts is not None else
                     (t.text for t in tokens)))
    if None in roles:
        roles = [r if r is not None else _word_role(t.text) for t, r in zip(tokens, roles)]
    candidates = list(compress(range(len(roles)), roles))  # capitalised head nouns
    for i in candidates:
        kind = roles[i][0]
        if kind is None or i in taken:
            continue
        org = _phrase_around(text, tokens, vocab, i, kind)
        if org and not taken.intersection(range(org.token_start, org.token_end)):
            out.append(org)
            taken.update(range(org.token_start, org.token_end))
    out.sort(key=lambda o: o.start)
    return sorted(out + _back_references(text, tokens, vocab, out, taken,
                                         [i for i in candidates if roles[i][1]]),
                  key=lambda o: o.start)


# Per distinct word: 0 when it is no capitalised head noun, else (the kind _head_kind
# gives it, or None; whether its key is a head noun itself, for back-references).
_WORD_ROLES: dict[str, tuple | int] = {}


def _word_role(word: str) -> tuple | int:
    role = 0
    if word[0].isupper():
        kind = _head_kind(word)
        own = word[0].isalpha() and raw_key(word) in _HEADS
        if kind is not None or own:
            role = (kind, own)
    if len(_WORD_ROLES) > 500_000:
        _WORD_ROLES.clear()
    _WORD_ROLES[word] = role
    return role


@lru_cache(maxsize=100_000)
def _head_kind(word: str) -> str | None:
    kind = _HEADS.get(raw_key(word))
    if kind is None and word[0].isalpha() and not is_cyrillic(word):
        kind = next((_HEADS[s] for s in tr_stems(word)[1:] if s in _HEADS), None)
    return kind


def _back_references(text, tokens, vocab, orgs: list[Organization], taken, heads
                     ) -> list[Organization]:
    """'the Committee', 'of the Agency': the last organisation named before with that
    head noun. `heads`: the indices of capitalised words that are head nouns."""
    out = []
    for i in heads:
        t = tokens[i]
        if i < 1 or i in taken or tokens[i - 1].text.lower() != "the":
            continue
        if i + 1 < len(tokens) and tokens[i + 1].is_word and \
                tokens[i + 1].text[0].isupper() and vocab.get(i + 1) is not None:
            continue  # "the Committee Secretariat" is a longer name, not a back-reference
        head = raw_key(t.text)
        earlier = [o for o in orgs if o.end <= t.start and
                   head in {raw_key(w) for w in text[o.start:o.end].split()}]
        if earlier:
            o = earlier[-1]
            out.append(replace(o, start=t.start, end=t.end, token_start=i, token_end=i + 1))
    return out


def _capitalised(t: Token) -> bool:
    return t.is_word and (t.text[0].isupper())


def _country_of(m: Match | None) -> str | None:
    if m is None:
        return None
    found = m.of_kind("country")
    return found[0].iso3 if found else None


def _country_stated_with(tokens, vocab, start, end) -> str | None:
    """A country written right after an organisation's name ("... of the Republic of
    Azerbaijan", "... Азербайджанской Республики") or right before it ("Azerbaijani",
    "Kazakhstan's")."""
    k = end
    while k < len(tokens) and k - end < 3 and raw_key(tokens[k].text) in _CONNECTORS:
        k += 1
    if k < len(tokens) and _country_of(vocab.get(k)):
        return _country_of(vocab.get(k))
    if start > 0 and _country_of(vocab.get(start - 1)):
        return _country_of(vocab.get(start - 1))
    return None


# Russian organisation names go on in lower case after the head noun:
# "Агентством по интеллектуальной собственности Азербайджанской Республики".
_RU_GENITIVE = re.compile(r"^[а-яё]+(?:ой|ей|ого|его|ых|их|ии|ия|ости|ства|ения|ания|ции|"
                          r"ки|ги|ы|а|я|и)$")

def _phrase_around(text, tokens, vocab, head, kind) -> Organization | None:
    # left: capitalised words (and adjectives in any case for Russian) glued before
    start = head
    while start > 0 and _capitalised(tokens[start - 1]) and \
            tokens[start].start - tokens[start - 1].end <= 1:
        start -= 1
    # right: "of/on/for (the) Capitalised ..." chains, a country, "(ACRONYM)"
    end = head + 1
    cyrillic = is_cyrillic(tokens[head].text)
    while end < len(tokens):
        t = tokens[end]
        if cyrillic:
            if end - head > 8:
                break
            if _RU_GENITIVE.match(t.text) or raw_key(t.text) in _CONNECTORS or (
                    _capitalised(t) and vocab.get(end) is not None):
                end += 1
                continue
            break
        if _capitalised(t) or (t.is_word and raw_key(t.text) in _CONNECTORS
                               and end + 1 < len(tokens)
                               and (_capitalised(tokens[end + 1])
                                    or raw_key(tokens[end + 1].text) in _CONNECTORS)):
            end += 1
            continue
        break
    while end > head + 1 and raw_key(tokens[end - 1].text) in _CONNECTORS:
        end -= 1
    country = None
    for i in range(start, end):
        m = vocab.get(i)
        if m is not None:
            for e in m.of_kind("country"):
                country = e.iso3
                break
    words = [tokens[i].text for i in range(start, end) if tokens[i].is_word]
    if len(words) < 2:
        return None
    joined = " ".join(raw_key(w) for w in words)
    if kind == "other" and any(w in joined for w in _IP_WORDS):
        kind = "ip_office"
    name = re.sub(r"\s+", " ", text[tokens[start].start:tokens[end - 1].end])
    name = re.sub(r"^(the|The)\s+", "", name)
    return Organization(tokens[start].start, tokens[end - 1].end, start, end,
                        org_key_of(words, country), name, kind, country,
                        _words_key(tokens, vocab, start, end))


_STATE_WORDS = {"republic", "республик", "cumhuriyeti", "cumhuriyet", "federation",
                "федераци", "kingdom", "state", "states"}


@lru_cache(maxsize=100_000)
def _country_word(word: str) -> bool:
    return any(e.kind == "country" for e in gazetteer().single_word(word))


def _words_key(tokens, vocab, start, end) -> str:
    """Content words of an organisation's name up to where its country begins."""
    words = []
    for i in range(start, end):
        t = tokens[i]
        if not t.is_word:
            continue
        k = raw_key(t.text)
        if k in _STATE_WORDS or _country_of(vocab.get(i)) or _country_word(t.text):
            break
        if k not in _CONNECTORS:
            words.append(k)
    return " ".join(words)

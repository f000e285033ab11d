"""Title, organisation and represented country of a person mention, from the clause around
it. Pure.

Patterns covered (title, organisation and country are all looked for in the same clause):
  "Zeki Durak, President of the Turkish Patent and Trademark Office"     apposition after
  "the Vice Minister of Intellectual Property of the Republic of Korea, Mok Sung-ho"
  "KIPO Commissioner Lee", "Chinese President Xi Jinping", "Kazakhstan's Ambassador to
  the Republic of Korea, Nurgali Arystanov" (KAZ: a country after "to" is the host)
  "руководителя Роспатента Григория Ивлиева", "Kurum Başkanı Prof. Dr. M. Zeki DURAK"
Staff of intergovernmental organisations represent no country.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from transforms.orgs import Organization
from transforms.text import Token, raw_key
from transforms.vocab import Match

_CLAUSE_BREAKS = {";", "\n", "—"}
_HOST_MARKERS = {"to", "in", "at", "при", "в", "во", "nezdindeki"}
_APPOSITION_GLUE = {",", "the", "a", "an"}
_OF = {"of", "the"}
# a genitive after an apostrophe (Turkish) or an English possessive marks the sender:
# "Türkmenistan'ın ... Daimi Temsilcisi", "Kazakhstan's Ambassador to Korea"
_POSSESSIVE = re.compile(r"['’](?:s|ın|in|un|ün|nın|nin|nun|nün)$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Role:
    title: str | None
    title_start: int | None  # char offset, for the audit of titles without names
    organization: Organization | None
    country_iso3: str | None
    intergovernmental: bool


def clause_bounds(tokens: list[Token], sentence: tuple[int, int], i: int, j: int,
                  others: list[tuple[int, int]]) -> tuple[int, int]:
    """Token range around [i, j) inside the sentence, not crossing another mention or a
    clause break."""
    s0, s1 = sentence
    lo = i
    while lo > s0 and tokens[lo - 1].text not in _CLAUSE_BREAKS and \
            not any(a <= lo - 1 < b for a, b in others):
        lo -= 1
    hi = j
    while hi < s1 and tokens[hi].text not in _CLAUSE_BREAKS and \
            not any(a <= hi < b for a, b in others):
        hi += 1
    return lo, hi


def clause_stops(texts, mentions: list[tuple[int, int]]) -> list[bool]:
    """Per token: a clause break, or inside a mention. For clause_bounds_at."""
    stops = [t in _CLAUSE_BREAKS for t in texts]
    for a, b in mentions:
        for k in range(a, b):
            stops[k] = True
    return stops


def clause_bounds_at(stops: list[bool], sentence: tuple[int, int], i: int, j: int
                     ) -> tuple[int, int]:
    """clause_bounds for the mention [i, j) of the mentions clause_stops was given:
    the others' tokens stop the clause; its own (or an equal span's) lie outside the
    walk."""
    s0, s1 = sentence
    lo = i
    while lo > s0 and not stops[lo - 1]:
        lo -= 1
    hi = j
    while hi < s1 and not stops[hi]:
        hi += 1
    return lo, hi


def role_of(tokens: list[Token], titles: list[Match], countries: list[Match],
            orgs: list[Organization], i: int, j: int, lo: int, hi: int,
            sentence_start: int | None = None, mentions: list[tuple[int, int]] = ()) -> Role:
    """Role of the mention at tokens [i, j), looked for in the clause [lo, hi). Without a
    title there is no role: an organisation or country merely near a name says nothing
    about whom the person represents. `titles` and `countries` are the document's
    vocabulary matches of those kinds."""
    titles = [m for m in titles if lo <= m.start and m.end <= hi]
    after = [m for m in titles if m.start >= j and m.start - j <= 3 and
             tokens[j].text == "," and
             all(tokens[k].text.lower() in _APPOSITION_GLUE for k in range(j, m.start))]
    before = [m for m in titles if m.end <= i]
    # "Title Organisation Name, Title Organisation Name, ..." lists: a title with words
    # between it and the name governs the name; the title after the comma is the next
    # item's. A title right before the name ("Ambassador N, Secretary General of the
    # OTS") gives way to the fuller apposition.
    if after and before and before[-1].end < i and i - before[-1].end <= 12 and \
            not any(tokens[k].text in (",", ";") for k in range(before[-1].end, i)):
        after = []
    if after:
        title, span = after[0], (j, hi)  # "N, President of the X Office"
    elif before:
        title = before[-1]  # "Kazakhstan's Ambassador to ..., N", "руководителя Роспатента N"
        span = (max(lo, title.start - 3), i)
    else:
        return Role(None, None, None, None, False)
    own_orgs = [o for o in orgs if not _hosted(tokens, o)]
    if after:
        org = _nearest_org(own_orgs, span[0], span[1], i, j)
    else:  # "KIPO Commissioner N" (glued before the title) or between title and name
        org = _nearest_org([o for o in own_orgs if o.token_end == title.start
                            or o.token_start >= title.end], title.start, i, i, j)
    if org is None and not after:  # "Commissioner Insil LEE of the KIPO"
        org = next((o for o in own_orgs if j < o.token_start <= j + 2 and
                    all(tokens[k].text.lower() in _OF for k in range(j, o.token_start))),
                   None)
    stated = (_country_in(tokens, countries, span[0], span[1])
              or _possessive_country(tokens, countries, lo, title.start))
    if org is None and stated is None and not after:
        # "Türkmenistan Maliye Bakanlığına bağlı ... Hizmeti Başkanı N": a list item
        # opening with its country
        stated = _country_in(tokens, countries, lo, title.start)
    if org is None and stated is None and sentence_start is not None:
        # "The Eurasian Patent Office was represented by President A and Vice-President B":
        # the sentence's organisation, unless another person's item stands in between
        earlier = [o for o in own_orgs if sentence_start <= o.token_start and
                   o.token_end <= title.start and
                   not any(tokens[k].text == ";" for k in range(o.token_end, title.start))
                   and all(_coordinated(tokens, b, title.start) for a, b in mentions
                           if o.token_end <= a and b <= title.start)]
        org = earlier[-1] if earlier else None
    igo = org is not None and org.kind == "intergovernmental"
    country = None
    if not igo:
        country = (org.country_iso3 if org is not None else None) or stated
    canonical = title.of_kind("title")[0].value
    return Role(canonical, tokens[title.start].start, org, country, igo)


def _coordinated(tokens, after_mention: int, title_start: int) -> bool:
    """Only 'and' stands between a person's name and the next title: one list."""
    between = [tokens[k].text.lower() for k in range(after_mention, title_start)]
    return between in (["and"], ["и"], ["ve"], ["ile"])


def _hosted(tokens, org: Organization) -> bool:
    """'representative to the UN Office', 'Cenevre Ofisi nezdindeki': the host."""
    k = org.token_start - 1
    if k >= 0 and tokens[k].text.lower() == "the":
        k -= 1
    before = k >= 0 and raw_key(tokens[k].text) in _HOST_MARKERS
    after = org.token_end < len(tokens) and raw_key(tokens[org.token_end].text) == \
        "nezdindeki"
    return before or after


def _possessive_country(tokens, countries, lo, hi) -> str | None:
    for m in reversed(countries):
        if lo <= m.start and m.end <= hi and _POSSESSIVE.search(tokens[m.end - 1].text):
            return m.of_kind("country")[0].iso3
    return None


def _nearest_org(orgs, lo, hi, i, j):
    inside = [o for o in orgs if lo <= o.token_start and o.token_end <= hi]
    if not inside:
        return None
    return min(inside, key=lambda o: min(abs(o.token_start - j), abs(i - o.token_end)))


def _country_in(tokens, countries, lo, hi) -> str | None:
    best = None
    for m in countries:
        if not (lo <= m.start and m.end <= hi):
            continue
        if m.start > 0 and raw_key(tokens[m.start - 1].text) in _HOST_MARKERS:
            continue  # "Ambassador to the Republic of Korea": the host, not the sender
        if m.start > 1 and tokens[m.start - 1].text.lower() in ("the",) and \
                raw_key(tokens[m.start - 2].text) in _HOST_MARKERS:
            continue
        best = best or m
    return best.of_kind("country")[0].iso3 if best else None

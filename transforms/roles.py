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

from dataclasses import dataclass

from transforms.orgs import Organization
from transforms.text import Token, raw_key
from transforms.vocab import Match

_CLAUSE_BREAKS = {";", "\n", "(", ")", "—"}
_HOST_MARKERS = {"to", "in", "at", "при", "в", "во", "nezdindeki"}


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


def role_of(tokens: list[Token], matches: list[Match], orgs: list[Organization],
            i: int, j: int, lo: int, hi: int) -> Role:
    """Role of the mention at tokens [i, j), looked for in the clause [lo, hi)."""
    titles = [m for m in matches if m.has("title") and lo <= m.start and m.end <= hi]
    countries = [m for m in matches if m.has("country") and lo <= m.start and m.end <= hi]
    in_clause = [o for o in orgs if lo <= o.token_start and o.token_end <= hi]

    title, right_side = None, False
    after = [m for m in titles if m.start >= j and m.start - j <= 3
             and any(tokens[k].text == "," for k in range(j, m.start))]
    before = [m for m in titles if m.end <= i]
    if after:
        title, right_side = after[0], True
    elif before:
        title = before[-1]
    # where the organisation and country of this role are written: the title phrase
    # ("..., President of the X Office"), or what stands before a title and between it
    # and the name ("Kazakhstan's Ambassador to ..., N", "руководителя Роспатента N")
    if right_side:
        span_lo, span_hi = j, hi
    elif title is not None:
        span_lo, span_hi = max(lo, title.start - 3), i
    else:
        span_lo, span_hi = lo, i
    org = _nearest_org(in_clause, span_lo, span_hi, i, j)
    if org is None and not right_side:  # "Commissioner Insil LEE of the KIPO"
        org = next((o for o in in_clause if o.token_start >= j and o.token_start - j <= 3),
                   None)
    igo = org is not None and org.kind == "intergovernmental"
    country = None
    if not igo:
        country = org.country_iso3 if org is not None else None
        if country is None:
            country = _country_in(tokens, countries, span_lo, span_hi)
    canonical = title.of_kind("title")[0].value if title else None
    return Role(canonical, tokens[title.start].start if title else None, org, country, igo)


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

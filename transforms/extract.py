"""Everything one document says: persons (mentions grouped into the people of this text,
each with a role), organisations, events with participants and place, agreements, and
what was not understood. Pure: text in, a DocExtraction out.

Resolution across documents happens later (transforms/resolve.py); here a "local person"
is one person within one text.
"""
from __future__ import annotations

import bisect
import datetime as dt
import re
from collections import Counter
from dataclasses import asdict, dataclass, field, replace

from transforms.events import find_events
from transforms.names import initial_key, latin, name_key
from transforms.orgs import Organization, find_organizations
from transforms.persons import Mention, find_mentions
from transforms.roles import clause_bounds_at, clause_stops, role_of
from transforms.text import Token, sentence_spans, token_arrays, tokens_of
from transforms.vocab import Match, gazetteer, token_matches

_UNKNOWN_COUNTRY_READABLE = (r"\b[A-Z][a-z]+(?:stan|istan|ston)\b|"
                             r"\b[А-Я][а-я]+(?:стан|стана|стане|станом)\b")
# The same, opening with one character class so the regex engine skips to capitals;
# "c(?<!\w.)" is "\bc" for a word character c (tests/transforms/test_text.py compares).
_UNKNOWN_COUNTRY = re.compile(r"[A-ZА-Я](?<!\w.)(?:(?<=[A-Z])[a-z]+(?:stan|istan|ston)\b|"
                              r"(?<=[А-Я])[а-я]+(?:стан|стана|стане|станом)\b)")


@dataclass
class LocalPerson:
    index: int
    name: str  # the longest surface written in the text
    words: list[str]  # name keys of its words
    title: str | None = None
    organization: int | None = None  # index into DocExtraction.organizations
    country_iso3: str | None = None
    intergovernmental: bool = False
    country_source: str | None = None  # role | document


@dataclass
class DocExtraction:
    document_id: str
    mentions: list[dict] = field(default_factory=list)
    persons: list[dict] = field(default_factory=list)
    organizations: list[dict] = field(default_factory=list)
    events: list[dict] = field(default_factory=list)
    gaps: list[dict] = field(default_factory=list)

    def as_dict(self) -> dict:
        return asdict(self)


def extract_document(document_id: str, text: str, language: str,
                     published: dt.date | None) -> DocExtraction:
    words, starts, ends = token_arrays(text)
    tokens = tokens_of(words, starts, ends)
    matches = gazetteer().match_texts(words, language)
    sentences = _sentence_token_ranges(text, tokens, starts)
    vocab = token_matches(matches, len(words))
    mentions = find_mentions(text, tokens, matches, (words, starts, ends), vocab)
    orgs = unify_organizations(find_organizations(text, tokens, matches, words, vocab))
    people, person_of = group_mentions(mentions)
    out = DocExtraction(document_id)
    org_index = _org_index(orgs)
    out.organizations = [{"key": o.key, "name": o.name, "kind": o.kind,
                          "country_iso3": o.country_iso3} for o in org_index.values()]
    org_pos = {key: n for n, key in enumerate(org_index)}
    spans = [(m.token_start, m.token_end) for m in mentions]
    titles = [m for m in matches if "title" in m.kinds]
    countries = [m for m in matches if "country" in m.kinds]
    titled_at: set[int] = set()
    stops = clause_stops(words, spans)
    for k, m in enumerate(mentions):
        lp = people[person_of[k]]
        sent = _sentence_of(sentences, m.token_start)
        lo, hi = clause_bounds_at(stops, sent, m.token_start, m.token_end)
        role = role_of(tokens, titles, countries, orgs, m.token_start, m.token_end, lo, hi,
                       sent[0], spans)
        if role.title_start is not None:
            titled_at.add(role.title_start)
        _merge_role(lp, role, org_pos)
    doc_country = _dominant_country(countries)
    for lp in people:
        if lp.country_iso3 is None and not lp.intergovernmental and doc_country:
            lp.country_iso3, lp.country_source = doc_country, "document"
    out.mentions = [{"start": m.start, "end": m.end, "surface": m.surface, "cue": m.cue,
                     "person": person_of[k]} for k, m in enumerate(mentions)]
    out.persons = [_person_dict(lp) for lp in people]
    participants = _participants(people, orgs, countries, tokens)
    if not participants and doc_country:
        participants = {doc_country}  # the only state the text is about
    city, location_country = _location(matches)
    for ev in find_events(text, [(starts[a], ends[b - 1]) for a, b in sentences],
                          published, len(participants)):
        out.events.append({
            "event_type": ev.event_type, "status": ev.status, "event_date": ev.event_date,
            "parent": ev.parent,
            "date_source": ev.date_source, "location_city": city,
            "location_country_iso3": location_country,
            "participant_countries": sorted(participants),
            "participant_persons": [lp.index for lp in people if lp.country_iso3
                                    or lp.intergovernmental],
            "participant_organizations": sorted({org_pos[o.key] for o in orgs}),
            "agreements": ev.agreements})
    out.gaps = _gaps(text, tokens, matches, titled_at, people, starts)
    return out


def _sentence_token_ranges(text: str, tokens: list[Token], starts: list[int] | None = None
                           ) -> list[tuple[int, int]]:
    if starts is None:
        starts = [t.start for t in tokens]
    out = []
    left = bisect.bisect_left
    for s, e in sentence_spans(text):
        a = left(starts, s)
        b = left(starts, e, a)
        if a < b:
            out.append((a, b))
    return out


def _sentence_of(sentences, i):
    for a, b in sentences:
        if a <= i < b:
            return a, b
    return i, i + 1


def group_mentions(mentions: list[Mention]) -> tuple[list[LocalPerson], list[int]]:
    """Mentions -> the people of this text. Full names first (one person per distinct set
    of name words, a subset joining its superset: "Islam Karimov" and "Islam Abduganiyevich
    Karimov"); then one-word and initial forms join the only person they fit; a form that
    fits two people stays its own person rather than joining the wrong one."""
    people: list[LocalPerson] = []
    person_of = [-1] * len(mentions)
    order = sorted(range(len(mentions)), key=lambda k: -len(mentions[k].words))
    for k in order:
        m = mentions[k]
        keys = [name_key(w) for w in m.words]
        if len(keys) >= 2:
            home = [p for p in people if set(keys) <= set(p.words) or set(p.words) <= set(keys)]
        else:
            home = [p for p in people if keys and keys[0] in p.words
                    and _initials_fit(m.initials, p, keys[0])]
        if len(home) == 1:
            p = home[0]
            if len(keys) > len(p.words):
                p.words, p.name = keys, m.surface
        else:
            p = LocalPerson(len(people), m.surface, keys)
            people.append(p)
        person_of[k] = p.index
    return people, person_of


def _initials_fit(initials: tuple[str, ...], person: LocalPerson, surname_key: str) -> bool:
    if not initials:
        return True
    others = [w for w in person.words if w != surname_key]
    return any(w.startswith(initial_key(initials[0])) for w in others) if others else True


def _org_index(orgs: list[Organization]) -> dict[str, Organization]:
    out: dict[str, Organization] = {}
    for o in orgs:
        out.setdefault(o.key, o)
    return out


def unify_organizations(orgs: list[Organization]) -> list[Organization]:
    """A later "Agency for Intellectual Property" is the "Agency for Intellectual Property
    of the Republic of X" the same text named before: take its country and key."""
    stated = {}
    for o in orgs:
        if o.country_iso3:
            stated.setdefault(o.words_key, o)
    out = []
    for o in orgs:
        full = stated.get(o.words_key) if o.country_iso3 is None else None
        out.append(replace(o, key=full.key, name=full.name, kind=full.kind,
                           country_iso3=full.country_iso3) if full else o)
    return out


def _merge_role(lp: LocalPerson, role, org_pos) -> None:
    if lp.title is None and role.title:
        lp.title = role.title
    if lp.organization is None and role.organization is not None:
        lp.organization = org_pos[role.organization.key]
        lp.intergovernmental = lp.intergovernmental or role.intergovernmental
    if lp.country_iso3 is None and role.country_iso3 and not lp.intergovernmental:
        lp.country_iso3, lp.country_source = role.country_iso3, "role"


def _person_dict(lp: LocalPerson) -> dict:
    """dataclasses.asdict(lp), without its generic recursion."""
    return {"index": lp.index, "name": lp.name, "words": list(lp.words), "title": lp.title,
            "organization": lp.organization, "country_iso3": lp.country_iso3,
            "intergovernmental": lp.intergovernmental, "country_source": lp.country_source}


def _dominant_country(countries: list[Match]) -> str | None:
    """The country named most often, if one is; `countries` are the country matches."""
    counts = Counter(m.of_kind("country")[0].iso3 for m in countries)
    if not counts:
        return None
    (top, n), *rest = counts.most_common(2) + [(None, 0)]
    return top if n > rest[0][1] else None


def _participants(people, orgs, countries, tokens) -> set[str]:
    """`countries`: the country matches."""
    found = {p.country_iso3 for p in people if p.country_iso3 and p.country_source == "role"}
    found |= {o.country_iso3 for o in orgs if o.country_iso3}
    # enumerations of three or more states: "Mexico, Singapore, Australia and France"
    run: list[Match] = []
    for m in countries:
        if run and _only_list_glue(tokens, run[-1].end, m.start):
            run.append(m)
        else:
            if len(run) >= 3:
                found |= {x.of_kind("country")[0].iso3 for x in run}
            run = [m]
    if len(run) >= 3:
        found |= {x.of_kind("country")[0].iso3 for x in run}
    return found


def _only_list_glue(tokens, a, b) -> bool:
    glue = {",", "and", "the", "и", "ve", "ile", "as", "well"}
    return b - a <= 3 and all(tokens[k].text.lower() in glue for k in range(a, b))


def _location(matches: list[Match]) -> tuple[str | None, str | None]:
    """The first city the text names: the place of its events."""
    for m in matches:
        if "city" not in m.kinds:
            continue
        cities = m.of_kind("city")
        if cities:
            return cities[0].value, cities[0].iso3
    return None, None


def _gaps(text, tokens, matches, titled_at, people, starts) -> list[dict]:
    gaps = []
    for m in matches:
        if "title" in m.kinds and tokens[m.start].text[0].isupper() and \
                tokens[m.start].start not in titled_at:
            gaps.append({"kind": "title_without_name", "text": text[tokens[m.start].start:
                                                                    tokens[m.end - 1].end],
                         "char_start": tokens[m.start].start})
    match_starts = None
    for hit in _UNKNOWN_COUNTRY.finditer(text):
        if match_starts is None:
            match_starts = [m.start for m in matches]
        k = bisect.bisect_left(starts, hit.start())  # the token starting there, if one does
        m = bisect.bisect_right(match_starts, k) - 1  # the match that may cover it
        if not (k < len(starts) and starts[k] == hit.start() and m >= 0
                and k < matches[m].end):
            gaps.append({"kind": "country_phrase_unknown", "text": hit.group(),
                         "char_start": hit.start()})
    for p in people:
        if p.title is None and p.organization is None and p.country_iso3 is None:
            gaps.append({"kind": "name_without_role", "text": latin(p.name) or p.name,
                         "char_start": None})
    return gaps

"""All documents' extractions in, the warehouse's analytic tables out. Pure.

Identity: organisations are keyed by their gazetteer key or normalised name; events and
mentions by document and position; persons come from transforms.resolve, which keeps
their ids stable across runs.
"""
from __future__ import annotations

import datetime as dt
import hashlib
from collections import Counter, defaultdict
from dataclasses import dataclass

from transforms.resolve import LocalRef, resolve


def short_hash(*parts: str, n: int = 16) -> str:
    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:n]


def organization_id(key: str) -> str:
    return "o" + short_hash(key, n=12)


def mention_id(document_id: str, start: int, end: int) -> str:
    return f"{document_id}:{start}-{end}"


def _date(value) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


@dataclass(frozen=True)
class DocInput:
    document_id: str
    published_date: dt.date | None
    extraction: dict  # DocExtraction.as_dict(), possibly read back from JSON


def assemble(docs: list[DocInput], previous_assignment: dict[str, str],
             judgements: list | None = None,
             previous_redirects: dict[str, str] | None = None
             ) -> tuple[dict[str, list[dict]], list]:
    """previous_assignment: mention_id -> person_id of the last run (keeps ids stable);
    previous_redirects: old -> person id, as the last run published them. Returns the
    tables and the judgements that named nobody."""
    previous_redirects = previous_redirects or {}
    docs = sorted(docs, key=lambda d: d.document_id)
    orgs = _organizations(docs)
    refs, mention_rows = [], []
    for d in docs:
        x = d.extraction
        for k, p in enumerate(x["persons"]):
            own = [m for m in x["mentions"] if m["person"] == k]
            mids = [mention_id(d.document_id, m["start"], m["end"]) for m in own]
            surfaces = tuple(sorted(Counter(m["surface"] for m in own).items()))
            org = x["organizations"][p["organization"]] if p["organization"] is not None \
                else None
            refs.append(LocalRef(d.document_id, k, p["name"], tuple(p["words"]),
                                 p["country_iso3"], p["country_source"],
                                 org["key"] if org else None, p["title"],
                                 d.published_date, tuple(mids), surfaces))
    resolved = resolve(refs, previous_assignment, judgements or [], previous_redirects)
    person_of = resolved.person_of  # (document_id, local index) -> person_id

    for d in docs:
        for m in d.extraction["mentions"]:
            mention_rows.append({
                "mention_id": mention_id(d.document_id, m["start"], m["end"]),
                "document_id": d.document_id,
                "person_id": person_of.get((d.document_id, m["person"])),
                "surface": m["surface"], "char_start": m["start"], "char_end": m["end"]})

    roles, events, participants, agreements, gaps = [], [], [], [], []
    for d in docs:
        x = d.extraction
        held = [e for e in x["events"] if e["status"] == "held"]
        as_of = _date(held[0]["event_date"]) if held else d.published_date
        for k, p in enumerate(x["persons"]):
            pid = person_of.get((d.document_id, k))
            if pid is None or not (p["title"] or p["organization"] is not None
                                   or p["country_source"] == "role"):
                continue
            org = x["organizations"][p["organization"]] if p["organization"] is not None \
                else None
            roles.append({"person_id": pid, "document_id": d.document_id,
                          "title": p["title"],
                          "organization_id": organization_id(org["key"]) if org else None,
                          "country_iso3": p["country_iso3"] if p["country_source"] == "role"
                          else None, "as_of": as_of})
        for n, e in enumerate(x["events"]):
            eid = f"{d.document_id}-e{n}"
            parent = e.get("parent")
            events.append({"event_id": eid, "document_id": d.document_id,
                           "parent_event_id": None if parent is None
                           else f"{d.document_id}-e{parent}",
                           "event_type": e["event_type"], "event_date": _date(e["event_date"]),
                           "location_city": e["location_city"],
                           "location_country_iso3": e["location_country_iso3"],
                           "status": e["status"], "date_source": e["date_source"]})
            participants += _participants(eid, d, e, person_of)
            for a in e["agreements"]:
                agreements.append({"agreement_id": short_hash(eid, str(a["char_start"])),
                                   "event_id": eid, "document_id": d.document_id, **a})
        for g in x["gaps"]:
            gaps.append({"document_id": d.document_id, **g})
    return {
        "persons": resolved.persons,
        "person_aliases": resolved.aliases,
        "person_redirects": _redirects(previous_redirects, resolved),
        "person_mentions": mention_rows,
        "organizations": orgs,
        "person_roles": _dedupe(roles, ("person_id", "document_id")),
        "events": events,
        "event_participants": _dedupe(participants, ("event_id", "country_iso3",
                                                     "person_id", "organization_id")),
        "agreements": _dedupe(agreements, ("agreement_id",)),
        "extraction_gaps": _dedupe(gaps, ("document_id", "kind", "text", "char_start")),
    }, resolved.unmatched


def _redirects(previous: dict[str, str], resolved) -> list[dict]:
    """Old ids point at the person that holds them now, following chains; a redirect to a
    person who is gone (every document deleted) is dropped."""
    step = dict(previous)
    step.update({r["old_person_id"]: r["person_id"] for r in resolved.redirects})
    alive = {p["person_id"] for p in resolved.persons}
    out = []
    for old in sorted(step):
        target, seen = step[old], {old}
        while target in step and target not in seen:
            seen.add(target)
            target = step[target]
        if target in alive and old not in alive:
            out.append({"old_person_id": old, "person_id": target})
    return out


def _participants(eid, d, e, person_of) -> list[dict]:
    x = d.extraction
    rows, covered = [], set()
    for k in e["participant_persons"]:
        p = x["persons"][k]
        pid = person_of.get((d.document_id, k))
        org = x["organizations"][p["organization"]] if p["organization"] is not None else None
        country = p["country_iso3"] if p["country_source"] == "role" else None
        if country in e["participant_countries"] or country is None:
            rows.append({"event_id": eid, "country_iso3": country, "person_id": pid,
                         "organization_id": organization_id(org["key"]) if org else None})
            covered.add(country)
    for c in e["participant_countries"]:
        if c not in covered:
            rows.append({"event_id": eid, "country_iso3": c, "person_id": None,
                         "organization_id": None})
    return rows


def _organizations(docs: list[DocInput]) -> list[dict]:
    names, kinds, countries = defaultdict(Counter), defaultdict(Counter), defaultdict(Counter)
    for d in docs:
        for o in d.extraction["organizations"]:
            names[o["key"]][o["name"]] += 1
            kinds[o["key"]][o["kind"]] += 1
            if o["country_iso3"]:
                countries[o["key"]][o["country_iso3"]] += 1
    return [{"organization_id": organization_id(key),
             "name": _top(names[key]), "kind": _top(kinds[key]),
             "country_iso3": _top(countries[key]) if countries[key] else None}
            for key in sorted(names)]


def _top(counter: Counter):
    """Most common value; ties broken by the value itself, so reruns agree."""
    return min(counter.items(), key=lambda kv: (-kv[1], kv[0]))[0]


def _dedupe(rows: list[dict], key: tuple[str, ...]) -> list[dict]:
    seen, out = set(), []
    for r in rows:
        k = tuple(r[c] for c in key)
        if k not in seen:
            seen.add(k)
            out.append(r)
    return out

"""Extractions in, the warehouse's analytic tables out. Pure.

Two steps, so that a run only redoes what depends on every document:
  - document_rows: one document's extraction as rows of the per-document tables. Events,
    agreements and gaps are final; mentions, roles and participants carry the document's
    local person index, and organisations are per-document sightings. These rows are
    stored once per document and kept across runs.
  - link_persons: after resolution (transforms.resolve) maps (document, local index) to a
    person id, joins that map into mentions, roles and participants and folds the
    organisation sightings into one row per organisation. Columnar (DuckDB over Arrow),
    so a run over 100k documents never holds them as Python objects.
"""
from __future__ import annotations

import datetime as dt
import hashlib
from collections import Counter

import duckdb
import pyarrow as pa

from transforms.resolve import LocalRef

# tables with one document's rows each, written by extraction and kept across runs
DOCUMENT_TABLES = ("events", "agreements", "extraction_gaps", "_person_refs",
                   "_mention_spans", "_role_statements", "_event_parties", "_org_sightings")


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


def document_rows(document_id: str, published: dt.date | None,
                  x: dict) -> dict[str, list[dict]]:
    """x: DocExtraction.as_dict(). Rows of each of DOCUMENT_TABLES for this document."""
    out = {name: [] for name in DOCUMENT_TABLES}
    orgs = x["organizations"]

    def org_of(p):
        return orgs[p["organization"]] if p["organization"] is not None else None

    held = [e for e in x["events"] if e["status"] == "held"]
    as_of = _date(held[0]["event_date"]) if held else published
    for k, p in enumerate(x["persons"]):
        own = [m for m in x["mentions"] if m["person"] == k]
        org = org_of(p)
        surfaces = sorted(Counter(m["surface"] for m in own).items())
        out["_person_refs"].append({
            "document_id": document_id, "local_person": k, "name": p["name"],
            "words": list(p["words"]), "country_iso3": p["country_iso3"],
            "country_source": p["country_source"], "org_key": org["key"] if org else None,
            "title": p["title"], "published_date": published,
            "mention_ids": [mention_id(document_id, m["start"], m["end"]) for m in own],
            "surfaces": [s for s, _ in surfaces], "surface_counts": [n for _, n in surfaces]})
        if p["title"] or org is not None or p["country_source"] == "role":
            out["_role_statements"].append({
                "document_id": document_id, "local_person": k, "title": p["title"],
                "organization_id": organization_id(org["key"]) if org else None,
                "country_iso3": p["country_iso3"] if p["country_source"] == "role" else None,
                "as_of": as_of})
    for m in x["mentions"]:
        out["_mention_spans"].append({
            "mention_id": mention_id(document_id, m["start"], m["end"]),
            "document_id": document_id, "local_person": m["person"],
            "surface": m["surface"], "char_start": m["start"], "char_end": m["end"]})
    for o in orgs:
        out["_org_sightings"].append({"document_id": document_id,
                                      "organization_id": organization_id(o["key"]),
                                      "name": o["name"], "kind": o["kind"],
                                      "country_iso3": o["country_iso3"]})
    seen_agreements = set()
    for n, e in enumerate(x["events"]):
        eid = f"{document_id}-e{n}"
        parent = e.get("parent")
        out["events"].append({
            "event_id": eid, "document_id": document_id,
            "parent_event_id": None if parent is None else f"{document_id}-e{parent}",
            "event_type": e["event_type"], "event_date": _date(e["event_date"]),
            "location_city": e["location_city"],
            "location_country_iso3": e["location_country_iso3"],
            "status": e["status"], "date_source": e["date_source"]})
        out["_event_parties"] += _parties(eid, document_id, e, x["persons"], org_of)
        for a in e["agreements"]:
            aid = short_hash(eid, str(a["char_start"]))
            if aid not in seen_agreements:
                seen_agreements.add(aid)
                out["agreements"].append({"agreement_id": aid, "event_id": eid,
                                          "document_id": document_id, **a})
    seen_gaps = set()
    for g in x["gaps"]:
        key = (g["kind"], g["text"], g["char_start"])
        if key not in seen_gaps:
            seen_gaps.add(key)
            out["extraction_gaps"].append({"document_id": document_id, **g})
    return out


def _parties(eid, document_id, e, persons, org_of) -> list[dict]:
    """An event's participating states, with the persons (by local index) who took part
    for them; a state nobody is named for gets a row of its own."""
    rows, covered = [], set()
    for k in e["participant_persons"]:
        p = persons[k]
        org = org_of(p)
        country = p["country_iso3"] if p["country_source"] == "role" else None
        if country in e["participant_countries"] or country is None:
            rows.append({"event_id": eid, "document_id": document_id,
                         "country_iso3": country, "local_person": k,
                         "organization_id": organization_id(org["key"]) if org else None})
            covered.add(country)
    for c in e["participant_countries"]:
        if c not in covered:
            rows.append({"event_id": eid, "document_id": document_id, "country_iso3": c,
                         "local_person": None, "organization_id": None})
    return rows


def local_refs(person_refs: pa.Table) -> list[LocalRef]:
    """The _person_refs table as resolve's input, in document order."""
    t = person_refs.sort_by([("document_id", "ascending"),
                             ("local_person", "ascending")]).combine_chunks()
    scalars = {c: t[c].to_pylist() for c in (
        "document_id", "local_person", "name", "country_iso3", "country_source", "org_key",
        "title", "published_date")}
    lists = {c: _tuples(t[c]) for c in ("words", "mention_ids", "surfaces",
                                        "surface_counts")}
    return [LocalRef(d, k, name, words, country, source, org, title, published, mids,
                     tuple(zip(surfaces, counts)))
            for d, k, name, country, source, org, title, published, words, mids, surfaces,
            counts in zip(*scalars.values(), *lists.values())]


def _tuples(column: pa.ChunkedArray) -> list[tuple]:
    """A list column as Python tuples: one flat conversion, then slices (to_pylist on a
    list column builds every row's list one by one, several times slower)."""
    array = column.combine_chunks() if isinstance(column, pa.ChunkedArray) else column
    values = array.values.to_pylist()
    offsets = array.offsets.to_pylist()
    return [tuple(values[offsets[i]:offsets[i + 1]]) for i in range(len(array))]


def person_map(person_of: dict[tuple[str, int], str]) -> pa.Table:
    """(document_id, local_person) -> person_id as a table, for the joins."""
    keys = list(person_of)
    return pa.table({"document_id": pa.array([d for d, _ in keys], pa.string()),
                     "local_person": pa.array([k for _, k in keys], pa.int32()),
                     "person_id": pa.array(list(person_of.values()), pa.string())})


_LINK_SQL = {
    "person_mentions": """
        select s.mention_id, s.document_id, m.person_id, s.surface, s.char_start, s.char_end
        from _mention_spans s left join person_map m using (document_id, local_person)
        order by s.document_id, s.char_start, s.char_end""",
    # one role per person and document: the first local person the document states it for
    "person_roles": """
        select m.person_id, r.document_id, r.title, r.organization_id, r.country_iso3,
               r.as_of
        from _role_statements r join person_map m using (document_id, local_person)
        qualify row_number() over (partition by m.person_id, r.document_id
                                   order by r.local_person) = 1
        order by r.document_id, m.person_id""",
    "event_participants": """
        select distinct p.event_id, p.country_iso3, m.person_id, p.organization_id
        from _event_parties p left join person_map m using (document_id, local_person)
        order by all""",
}

# the most frequent name, kind and (non-null) country; ties go to the smallest value
_ORGANIZATIONS_SQL = """
        with names as (select organization_id, name, count(*) n from _org_sightings
                       group by all),
             kinds as (select organization_id, kind, count(*) n from _org_sightings
                       group by all),
             countries as (select organization_id, country_iso3, count(*) n
                           from _org_sightings where country_iso3 is not null group by all)
        select organization_id,
               (select first(name order by n desc, name) from names x
                where x.organization_id = o.organization_id) as name,
               (select first(kind order by n desc, kind) from kinds x
                where x.organization_id = o.organization_id) as kind,
               (select first(country_iso3 order by n desc, country_iso3) from countries x
                where x.organization_id = o.organization_id) as country_iso3
        from (select distinct organization_id from _org_sightings) o
        order by organization_id"""


# the per-document tables link_persons reads
LINK_INPUTS = ("_mention_spans", "_role_statements", "_event_parties")


def link_persons(tables: dict[str, pa.Table], persons: pa.Table) -> dict[str, pa.Table]:
    """tables: LINK_INPUTS of some documents; persons: person_map() covering them. Their
    person_mentions, person_roles and event_participants rows."""
    con = duckdb.connect()
    try:
        for name in LINK_INPUTS:
            con.register(name, tables[name])
        con.register("person_map", persons)
        return {name: con.sql(sql).to_arrow_table() for name, sql in _LINK_SQL.items()}
    finally:
        con.close()


def organizations(org_sightings: pa.Table) -> pa.Table:
    """One row per organisation from every document's sightings of it."""
    con = duckdb.connect()
    try:
        con.register("_org_sightings", org_sightings)
        return con.sql(_ORGANIZATIONS_SQL).to_arrow_table()
    finally:
        con.close()


def redirects(previous: dict[str, str], absorbed: list[dict],
              alive: set[str]) -> list[dict]:
    """Old ids point at the person that holds them now, following chains; a redirect to a
    person who is gone (every document deleted) is dropped."""
    step = dict(previous)
    step.update({r["old_person_id"]: r["person_id"] for r in absorbed})
    out = []
    for old in sorted(step):
        target, seen = step[old], {old}
        while target in step and target not in seen:
            seen.add(target)
            target = step[target]
        if target in alive and old not in alive:
            out.append({"old_person_id": old, "person_id": target})
    return out

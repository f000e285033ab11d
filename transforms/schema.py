"""Every warehouse table, declared once.

Writers cast to these schemas, tests check against them, the DuckDB views carry their
column comments and the data dictionary (docs/data_dictionary.md) is generated from them.
"""
from __future__ import annotations

from dataclasses import dataclass

import pyarrow as pa

UTC_TS = pa.timestamp("us", tz="UTC")


def col(name: str, type_: pa.DataType, doc: str, nullable: bool = True) -> pa.Field:
    return pa.field(name, type_, nullable=nullable, metadata={"description": doc})


@dataclass(frozen=True)
class TableSpec:
    name: str
    grain: str  # "one row per ..."
    schema: pa.Schema
    key: tuple[str, ...]  # columns that identify a row (checked for duplicates)
    incremental: bool = False  # rows belong to one document and are kept across runs
    internal: bool = False  # kept in the snapshot for the next run, not published
    mart: bool = False  # built by transforms/sql/marts/<name>.sql from the other tables
    # hive partition: (column readers see, date column whose year it is); the partition
    # column is not in the files, readers with hive partitioning get it from the path
    partition_by: tuple[str, str] | None = None

    @property
    def columns(self) -> list[str]:
        return self.schema.names

    def empty(self) -> pa.Table:
        return self.schema.empty_table()

    def from_rows(self, rows: list[dict]) -> pa.Table:
        return pa.Table.from_pylist(rows, schema=self.schema)


def _spec(name, grain, key, fields, incremental=False, internal=False,
          mart=False, partition_by=None) -> TableSpec:
    return TableSpec(name, grain, pa.schema(fields), tuple(key), incremental, internal, mart,
                     partition_by)


def _counts(*names_and_docs: tuple[str, str]) -> list[pa.Field]:
    return [col(n, pa.int32(), d, nullable=False) for n, d in names_and_docs]


_BY_TYPE = [("bilateral_meetings", "Held bilateral meetings (also those within a visit or "
                                     "conference)."),
            ("multilateral_meetings", "Held multilateral meetings."),
            ("signings", "Signings."), ("visits", "Visits."), ("conferences", "Conferences."),
            ("other_events", "Other events.")]


DOCUMENTS = _spec(
    "documents", "one row per distinct article text", ["document_id"], [
        col("document_id", pa.string(), "Stable id: first 16 hex digits of the SHA-256 of the "
            "normalised text (header included), so the same article under two file names or "
            "encodings is one document.", nullable=False),
        col("source_path", pa.string(), "Path relative to the raw folder; when several files hold "
            "this text, the first in sort order (all of them are in source_files).",
            nullable=False),
        col("sha256", pa.string(), "SHA-256 of the bytes of source_path.", nullable=False),
        col("language", pa.string(), "ISO 639-1 code of the text's language, 'und' if unknown.",
            nullable=False),
        col("published_date", pa.date32(), "Date from the leading ' date YYYY-MM-DD ' header; "
            "null when the file has none or it is malformed."),
        col("text", pa.string(), "Normalised text (BOM stripped, CRLF/CR to LF, Unicode NFC, "
            "date header removed). Every character offset in the warehouse refers to it.",
            nullable=False),
        col("encoding", pa.string(), "Encoding the bytes were decoded with (utf-8, utf-8-sig, "
            "utf-16, cp1251).", nullable=False),
        col("ingested_at", UTC_TS, "When this document first entered the warehouse.",
            nullable=False),
    ], incremental=True, partition_by=("year", "published_date"))

SOURCE_FILES = _spec(
    "source_files", "one row per file currently in the raw folder", ["source_path"], [
        col("source_path", pa.string(), "Path relative to the raw folder.", nullable=False),
        col("size_bytes", pa.int64(), "File size when last read.", nullable=False),
        col("modified_ns", pa.int64(), "File modification time (ns since epoch) when last "
            "read; with size_bytes it lets a rerun skip unchanged files unread.", nullable=False),
        col("sha256", pa.string(), "SHA-256 of the file's bytes."),
        col("status", pa.string(), "document (its text is a document), duplicate (same text "
            "as another file's document) or error (see ingest_errors).", nullable=False),
        col("encoding", pa.string(), "Encoding the bytes were decoded with; null on error."),
        col("document_id", pa.string(), "The document holding this file's text; null on error."),
        col("first_seen_at", UTC_TS, "When a run first saw this path.", nullable=False),
    ])

INGEST_ERRORS = _spec(
    "ingest_errors", "one row per problem with a file currently in the raw folder",
    ["source_path", "code"], [
        col("source_path", pa.string(), "Path relative to the raw folder.", nullable=False),
        col("sha256", pa.string(), "SHA-256 of the file's bytes (null if unreadable)."),
        col("code", pa.string(), "Kind of problem: empty, binary, undecodable, too_large, "
            "unreadable or bad_header.", nullable=False),
        col("error", pa.string(), "What is wrong, in words a user can act on.", nullable=False),
        col("severity", pa.string(), "error: the file was skipped; warning: the file was "
            "ingested but part of it was ignored (e.g. a malformed date header).",
            nullable=False),
        col("detected_at", UTC_TS, "When a run first found this problem in this file.",
            nullable=False),
    ])

PERSONS = _spec(
    "persons", "one row per resolved person", ["person_id"], [
        col("person_id", pa.string(), "Stable person id.", nullable=False),
        col("name", pa.string(), "Latin-script display name.", nullable=False),
        col("country_iso3", pa.string(), "ISO 3166-1 alpha-3 of the state the person "
            "represents; null for staff of intergovernmental organisations."),
        col("n_mentions", pa.int32(), "Mentions across all documents.", nullable=False),
        col("n_documents", pa.int32(), "Documents mentioning the person.", nullable=False),
        col("first_seen", pa.date32(), "Earliest published_date of a mentioning document."),
        col("last_seen", pa.date32(), "Latest published_date of a mentioning document."),
    ])

PERSON_ALIASES = _spec(
    "person_aliases", "one row per person and spelling", ["person_id", "alias"], [
        col("person_id", pa.string(), "Person the spelling belongs to.", nullable=False),
        col("alias", pa.string(), "The name as written in a text.", nullable=False),
        col("alias_key", pa.string(), "Normalised comparison key of the alias.",
            nullable=False),
        col("n_mentions", pa.int32(), "Mentions written this way.", nullable=False),
        col("method", pa.string(), "Why the alias joined the person (exact, "
            "transliteration, initials, order, inflection, fuzzy:<score>, judgement).",
            nullable=False),
    ])

PERSON_MENTIONS = _spec(
    "person_mentions", "one row per occurrence of a person's name in a document",
    ["mention_id"], [
        col("mention_id", pa.string(), "Stable id of the mention.", nullable=False),
        col("document_id", pa.string(), "Document the mention is in.", nullable=False),
        col("person_id", pa.string(), "Resolved person; null when unresolved."),
        col("surface", pa.string(), "The name exactly as written (no honorific or title).",
            nullable=False),
        col("char_start", pa.int32(), "Start offset into documents.text.", nullable=False),
        col("char_end", pa.int32(), "End offset (exclusive) into documents.text.",
            nullable=False),
    ])

ORGANIZATIONS = _spec(
    "organizations", "one row per organisation", ["organization_id"], [
        col("organization_id", pa.string(), "Stable organisation id.", nullable=False),
        col("name", pa.string(), "Canonical name.", nullable=False),
        col("kind", pa.string(), "ip_office, ministry, intergovernmental, embassy, company, "
            "parliament, government or other.", nullable=False),
        col("country_iso3", pa.string(), "Country; null for intergovernmental bodies."),
    ])

PERSON_ROLES = _spec(
    "person_roles", "one row per person and document stating a role",
    ["person_id", "document_id"], [
        col("person_id", pa.string(), "Person holding the role.", nullable=False),
        col("document_id", pa.string(), "Document stating it.", nullable=False),
        col("title", pa.string(), "Title as stated (English canonical form)."),
        col("organization_id", pa.string(), "Organisation the person acts for."),
        col("country_iso3", pa.string(), "Country the person represents in this document."),
        col("as_of", pa.date32(), "Date the role is stated for (event or publication date)."),
    ])

EVENTS = _spec(
    "events", "one row per reported meeting, visit, signing or conference", ["event_id"], [
        col("event_id", pa.string(), "Stable event id.", nullable=False),
        col("document_id", pa.string(), "Document reporting the event.", nullable=False),
        col("parent_event_id", pa.string(), "The occurrence this activity was part of (talks "
            "and signings during a visit); null for the occurrence itself. Count "
            "occurrences with parent_event_id is null."),
        col("event_type", pa.string(), "bilateral_meeting, multilateral_meeting, signing, "
            "visit, conference or other.", nullable=False),
        col("event_date", pa.date32(), "Date of the event."),
        col("location_city", pa.string(), "City where it took place."),
        col("location_country_iso3", pa.string(), "Country where it took place."),
        col("status", pa.string(), "held or planned (announced for the future).",
            nullable=False),
        col("date_source", pa.string(), "Where event_date comes from: text (a date written "
            "in the article) or published (the publication date, a fallback)."),
    ], incremental=True)

EVENT_PARTICIPANTS = _spec(
    "event_participants", "one row per event and participating state (and person)",
    ["event_id", "country_iso3", "person_id", "organization_id"], [
        col("event_id", pa.string(), "Event.", nullable=False),
        col("country_iso3", pa.string(), "Participating state."),
        col("person_id", pa.string(), "Participating person, when known."),
        col("organization_id", pa.string(), "Participating organisation, when known."),
    ])

INGEST_RUNS = _spec(
    "ingest_runs", "one row per run that changed the warehouse", ["run_id"], [
        col("run_id", pa.string(), "Run id (also the snapshot id).", nullable=False),
        col("started_at", UTC_TS, "Run start.", nullable=False),
        col("finished_at", UTC_TS, "Run end.", nullable=False),
        col("files_seen", pa.int32(), "Files in the raw folder.", nullable=False),
        col("files_new", pa.int32(), "Files not seen before.", nullable=False),
        col("files_changed", pa.int32(), "Files whose content changed.", nullable=False),
        col("files_deleted", pa.int32(), "Files gone since the last run.", nullable=False),
        col("files_errored", pa.int32(), "Files that could not be ingested.", nullable=False),
        col("documents_added", pa.int32(), "Documents added.", nullable=False),
        col("documents_removed", pa.int32(), "Documents removed.", nullable=False),
    ], incremental=True)

PERSON_REDIRECTS = _spec(
    "person_redirects", "one row per person id that was merged into another",
    ["old_person_id"], [
        col("old_person_id", pa.string(), "An id persons no longer has.", nullable=False),
        col("person_id", pa.string(), "The person it now belongs to.", nullable=False),
    ])

AGREEMENTS = _spec(
    "agreements", "one row per agreement, memorandum or declaration named in a document",
    ["agreement_id"], [
        col("agreement_id", pa.string(), "Stable id.", nullable=False),
        col("event_id", pa.string(), "Event at which it was signed, adopted or discussed."),
        col("document_id", pa.string(), "Document naming it.", nullable=False),
        col("kind", pa.string(), "memorandum, agreement, declaration, protocol, "
            "letter_of_intent, programme, plan, roadmap or other.", nullable=False),
        col("name", pa.string(), "The name as written.", nullable=False),
        col("char_start", pa.int32(), "Start offset into documents.text.", nullable=False),
        col("char_end", pa.int32(), "End offset into documents.text.", nullable=False),
    ], incremental=True)

EXTRACTION_GAPS = _spec(
    "extraction_gaps", "one row per thing a document says that extraction did not use",
    ["document_id", "kind", "text", "char_start"], [
        col("document_id", pa.string(), "Document.", nullable=False),
        col("kind", pa.string(), "title_without_name (a title with no name next to it), "
            "country_phrase_unknown (looks like a country, not in the vocabulary), "
            "name_without_role (a person with no title, organisation or country).",
            nullable=False),
        col("text", pa.string(), "What was found.", nullable=False),
        col("char_start", pa.int32(), "Offset into documents.text, when it has one."),
    ], incremental=True)

# Per-document rows kept between runs (transforms.assemble.document_rows); person columns
# are the document's local person index until a run's resolution maps them to ids.
_LOCAL_PERSON = "Index of the person within the document (0, 1, ...)."

PERSON_REFS = _spec(
    "_person_refs", "one row per person within a document: resolution's input",
    ["document_id", "local_person"], [
        col("document_id", pa.string(), "Document.", nullable=False),
        col("local_person", pa.int32(), _LOCAL_PERSON, nullable=False),
        col("name", pa.string(), "Longest spelling in the document.", nullable=False),
        col("words", pa.list_(pa.string()), "Phonetic keys of the name's words.",
            nullable=False),
        col("country_iso3", pa.string(), "Country found for the person."),
        col("country_source", pa.string(), "role (represents it) or document."),
        col("org_key", pa.string(), "Gazetteer key of the person's organisation."),
        col("title", pa.string(), "Title (English canonical form)."),
        col("published_date", pa.date32(), "The document's publication date."),
        col("mention_ids", pa.list_(pa.string()), "The person's mentions.", nullable=False),
        col("surfaces", pa.list_(pa.string()), "Each spelling written.", nullable=False),
        col("surface_counts", pa.list_(pa.int32()), "Times each spelling is written.",
            nullable=False),
    ], incremental=True, internal=True)

MENTION_SPANS = _spec(
    "_mention_spans", "one row per mention, before resolution", ["mention_id"], [
        col("mention_id", pa.string(), "Stable id of the mention.", nullable=False),
        col("document_id", pa.string(), "Document.", nullable=False),
        col("local_person", pa.int32(), _LOCAL_PERSON),
        col("surface", pa.string(), "The name as written.", nullable=False),
        col("char_start", pa.int32(), "Start offset.", nullable=False),
        col("char_end", pa.int32(), "End offset.", nullable=False),
    ], incremental=True, internal=True)

ROLE_STATEMENTS = _spec(
    "_role_statements", "one row per local person with a stated role",
    ["document_id", "local_person"], [
        col("document_id", pa.string(), "Document.", nullable=False),
        col("local_person", pa.int32(), _LOCAL_PERSON, nullable=False),
        col("title", pa.string(), "Title."),
        col("organization_id", pa.string(), "Organisation."),
        col("country_iso3", pa.string(), "Country represented."),
        col("as_of", pa.date32(), "Date the role is stated for."),
    ], incremental=True, internal=True)

EVENT_PARTIES = _spec(
    "_event_parties", "one row per event, state and local person taking part",
    ["event_id", "country_iso3", "local_person", "organization_id"], [
        col("event_id", pa.string(), "Event.", nullable=False),
        col("document_id", pa.string(), "Document.", nullable=False),
        col("country_iso3", pa.string(), "Participating state."),
        col("local_person", pa.int32(), _LOCAL_PERSON),
        col("organization_id", pa.string(), "Participating organisation."),
    ], incremental=True, internal=True)

ORG_SIGHTINGS = _spec(
    "_org_sightings", "one row per organisation named in a document",
    ["document_id", "organization_id"], [
        col("document_id", pa.string(), "Document.", nullable=False),
        col("organization_id", pa.string(), "Organisation.", nullable=False),
        col("name", pa.string(), "Name as the document gives it.", nullable=False),
        col("kind", pa.string(), "Kind.", nullable=False),
        col("country_iso3", pa.string(), "Country."),
    ], incremental=True, internal=True)

COUNTRY_STATS = _spec(
    "country_stats", "one row per country taking part in a held event or represented by "
    "a person", ["country_iso3"], [
        col("country_iso3", pa.string(), "Country.", nullable=False),
        *_counts(("documents", "Documents reporting its held events."),
                 ("events", "Held occurrences it took part in (a visit with talks and a "
                            "signing is one)."), *_BY_TYPE,
                 ("partner_countries", "Other countries met at those events."),
                 ("officials", "Persons representing it.")),
        col("first_event_date", pa.date32(), "Date of its first held event."),
        col("last_event_date", pa.date32(), "Date of its last held event."),
    ], mart=True)

COUNTRY_PAIR_STATS = _spec(
    "country_pair_stats", "one row per unordered pair of countries (country_a < "
    "country_b) at the same held event", ["country_a", "country_b"], [
        col("country_a", pa.string(), "First country (alphabetically).", nullable=False),
        col("country_b", pa.string(), "Second country.", nullable=False),
        *_counts(("events", "Held occurrences both took part in."), *_BY_TYPE,
                 ("documents", "Documents reporting them.")),
        col("first_event_date", pa.date32(), "First joint event."),
        col("last_event_date", pa.date32(), "Last joint event."),
    ], mart=True)

COUNTRY_ACTIVITY_MONTHLY = _spec(
    "country_activity_monthly", "one row per country and month with a held event",
    ["country_iso3", "month"], [
        col("country_iso3", pa.string(), "Country.", nullable=False),
        col("month", pa.date32(), "First day of the month.", nullable=False),
        *_counts(("events", "Held occurrences that month."),
                 ("documents", "Documents reporting them.")),
    ], mart=True)

PERSON_CURRENT_ROLES = _spec(
    "person_current_roles", "one row per person with a stated role: the latest one",
    ["person_id"], [
        col("person_id", pa.string(), "Person.", nullable=False),
        col("name", pa.string(), "Display name.", nullable=False),
        col("title", pa.string(), "Latest title."),
        col("organization_id", pa.string(), "Latest organisation."),
        col("organization_name", pa.string(), "Its name."),
        col("country_iso3", pa.string(), "Country represented in that role (else the "
            "person's)."),
        col("as_of", pa.date32(), "Date the role was stated for."),
        col("document_id", pa.string(), "Document stating it.", nullable=False),
        col("earlier_roles", pa.int32(), "Roles stated before it (history in "
            "person_roles).", nullable=False),
    ], mart=True)

ORGANIZATION_STATS = _spec(
    "organization_stats", "one row per organisation", ["organization_id"], [
        col("organization_id", pa.string(), "Organisation.", nullable=False),
        col("name", pa.string(), "Name.", nullable=False),
        col("kind", pa.string(), "Kind.", nullable=False),
        col("country_iso3", pa.string(), "Country."),
        *_counts(("events", "Held events it took part in through its officials."),
                 ("officials", "Persons with a role at it."),
                 ("partner_countries", "Other countries at those events.")),
    ], mart=True)

TABLES: dict[str, TableSpec] = {t.name: t for t in [
    DOCUMENTS, SOURCE_FILES, INGEST_ERRORS, PERSONS, PERSON_ALIASES, PERSON_MENTIONS,
    PERSON_REDIRECTS, ORGANIZATIONS, PERSON_ROLES, EVENTS, EVENT_PARTICIPANTS, AGREEMENTS,
    EXTRACTION_GAPS,
    INGEST_RUNS, PERSON_REFS, MENTION_SPANS, ROLE_STATEMENTS, EVENT_PARTIES,
    ORG_SIGHTINGS, COUNTRY_STATS, COUNTRY_PAIR_STATS, COUNTRY_ACTIVITY_MONTHLY,
    PERSON_CURRENT_ROLES, ORGANIZATION_STATS,
]}
MARTS = {name: spec for name, spec in TABLES.items() if spec.mart}
PUBLISHED = {name: spec for name, spec in TABLES.items() if not spec.internal}


def conform(table: pa.Table, spec: TableSpec) -> pa.Table:
    """Cast a table to its declared schema; fails loudly on a missing or extra column."""
    if set(table.column_names) != set(spec.columns):
        missing = set(spec.columns) - set(table.column_names)
        extra = set(table.column_names) - set(spec.columns)
        raise ValueError(f"{spec.name}: missing columns {sorted(missing)}, "
                         f"unexpected {sorted(extra)}")
    return table.select(spec.columns).cast(spec.schema)

"""The Prefect flow `build_warehouse`: scan raw/ -> ingest new files -> write a snapshot.

Tasks work on batches of files (Prefect costs a few ms per task run, so one task per file
would dominate at 100k files); only tasks that touch the file system retry.
"""
from __future__ import annotations

import datetime as dt
import gc
import time
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
from prefect import flow, get_run_logger, task, unmapped
from prefect.artifacts import create_markdown_artifact
from prefect.cache_policies import NO_CACHE
from prefect.futures import as_completed
from prefect.utilities.annotations import quote

from flows import progress
from flows.config import Settings
from flows.store import Warehouse, new_run_id
from transforms.checks import check_queries, mart_queries
from flows.sources import (Judgements, list_raw_files, load_judgements, needs_run,
                           previous_files, read_and_ingest)
from transforms.assemble import (DOCUMENT_TABLES, LINK_INPUTS, document_rows, link_persons,
                                 local_refs, organizations, person_map, redirects)
from transforms.extract import extract_document
from transforms.versions import extractor_version, resolver_version
from transforms.incremental import FileOutcome, FileStat, Reconciled, plan_reads, reconcile
from transforms.resolve import resolve
from transforms.schema import (DOCUMENTS, INGEST_ERRORS, INGEST_RUNS, PERSON_MENTIONS,
                               PERSON_REDIRECTS, SOURCE_FILES, TABLES)

@dataclass
class RunSummary:
    run_id: str | None
    warehouse: str
    files_seen: int = 0
    files_new: int = 0
    files_changed: int = 0
    files_unchanged: int = 0
    files_deleted: int = 0
    files_errored: int = 0
    documents_added: int = 0
    documents_removed: int = 0
    documents_extracted: int = 0
    rows: dict[str, int] = field(default_factory=dict)
    resolution: str | None = None  # full, or incremental (new references only)
    wrote_snapshot: bool = False
    seconds: dict[str, float] = field(default_factory=dict)  # wall time per stage
    cpu_seconds: dict[str, float] = field(default_factory=dict)  # summed over workers
    warnings: list[str] = field(default_factory=list)

    @contextmanager
    def timed(self, stage: str):
        t0 = time.perf_counter()
        try:
            yield
        finally:
            self.seconds[stage] = round(self.seconds.get(stage, 0.0)
                                        + time.perf_counter() - t0, 3)

    def as_markdown(self) -> str:
        if not self.wrote_snapshot:
            return (f"### ipcoop: nothing new\n\n{self.files_seen} files in the raw folder, "
                    f"none new, changed or deleted; the warehouse was not touched.")
        lines = [f"### ipcoop run {self.run_id}", "", "| files | count |", "|---|---:|"]
        for key in ("seen", "new", "changed", "unchanged", "deleted", "errored"):
            lines.append(f"| {key} | {getattr(self, 'files_' + key)} |")
        lines += ["", f"documents added: {self.documents_added}, removed: "
                      f"{self.documents_removed}, extracted: {self.documents_extracted}; "
                      f"persons resolved: {self.resolution}",
                  "", "| table | rows |", "|---|---:|"]
        lines += [f"| {name} | {n} |" for name, n in sorted(self.rows.items())]
        lines += ["", "| stage | seconds |", "|---|---:|"]
        lines += [f"| {stage} | {sec:.2f} |" for stage, sec in self.seconds.items()]
        return "\n".join(lines)


def scan_raw(raw_dir: Path) -> list[FileStat]:
    """Not a task: Prefect would walk the 100k-item result it returns (a second a run),
    and a listing has nothing worth retrying."""
    if not raw_dir.is_dir():
        raise FileNotFoundError(f"raw folder {raw_dir} does not exist")
    return list_raw_files(raw_dir)


@dataclass
class Batch:
    """What a batch task sends back: the files' outcomes and, as Arrow tables, the rows of
    the documents it extracted (compact to pickle, and never Python objects per row)."""
    count: int  # items processed, for progress
    outcomes: list[FileOutcome]
    document_ids: list[str]  # extracted, in order
    tables: dict[str, pa.Table]
    ingest_s: float = 0.0
    extract_s: float = 0.0


def _extract(docs) -> tuple[list[str], dict[str, pa.Table], float]:
    """(document id, text, language, published date) tuples -> ids, tables, seconds."""
    t0 = time.perf_counter()
    ids, rows = [], {name: [] for name in DOCUMENT_TABLES}
    for document_id, text, language, published in docs:
        # the extraction's own lists, not as_dict(): asdict deep-copies every row
        x = vars(extract_document(document_id, text, language, published))
        for name, table_rows in document_rows(document_id, published, x).items():
            rows[name] += table_rows
        ids.append(document_id)
    tables = {name: TABLES[name].from_rows(r) for name, r in rows.items()}
    return ids, tables, time.perf_counter() - t0


@task(retries=2, retry_delay_seconds=1, cache_policy=NO_CACHE)
def ingest_batch(files: Chunk, raw_dir: Path, max_bytes: int) -> Batch:
    """Read, ingest and extract each file (FileStat) in one pass (the text crosses from a
    worker once)."""
    t0 = time.perf_counter()
    outcomes = [read_and_ingest(raw_dir, st, max_bytes) for st in files.items]
    ingest_s = time.perf_counter() - t0
    docs = {}
    for o in outcomes:
        d = o.result.document
        if d is not None and d.document_id not in docs:
            docs[d.document_id] = (d.document_id, d.text, d.language, d.published_date)
    ids, tables, extract_s = _extract(docs.values())
    return Batch(len(files.items), outcomes, ids, tables, ingest_s, extract_s)


@task(cache_policy=NO_CACHE)
def extract_batch(docs: Chunk) -> Batch:
    """Extract documents (dicts with document_id, text, language, published_date)."""
    ids, tables, extract_s = _extract((d["document_id"], d["text"], d["language"],
                                       d["published_date"]) for d in docs.items)
    return Batch(len(docs.items), [], ids, tables, 0.0, extract_s)


@dataclass
class Extracted:
    """The rows of the documents this run extracted, one table per DOCUMENT_TABLES."""
    document_ids: set[str]
    tables: dict[str, pa.Table]


def gather(done: list[Batch], wanted) -> Extracted:
    """Each wanted document's rows once (a text in two batches was extracted twice)."""
    taken, parts = set(), {name: [] for name in DOCUMENT_TABLES}
    for batch in done:
        take = [d for d in batch.document_ids if d in wanted and d not in taken]
        taken.update(take)
        for name, table in batch.tables.items():
            if len(take) != len(batch.document_ids):
                table = table.filter(pc.is_in(table["document_id"],
                                              pa.array(take, pa.string())))
            parts[name].append(table)
    return Extracted(taken, {name: pa.concat_tables(ts) if ts else TABLES[name].empty()
                             for name, ts in parts.items()})


class Chunk:
    """A batch's items, passed to a task as one opaque value: Prefect walks lists and
    dataclasses given as task parameters element by element (seconds per 100k files),
    but not arbitrary objects. (prefect's quote() does the same in-process, but reaches
    Dask workers as a bare tuple.)"""
    __slots__ = ("items",)

    def __init__(self, items: list):
        self.items = items


def batches(items: list, size: int) -> list[list]:
    return [items[i:i + size] for i in range(0, len(items), size)]


def _run_mapped(stage: str, task_fn, items: list, size: int, **fixed) -> list:
    """Map a batch task over `items`, reporting progress as batches complete."""
    chunks = batches(items, size)
    progress.current().stage(stage, len(items))
    futures = task_fn.map([Chunk(c) for c in chunks],
                          **{k: unmapped(v) for k, v in fixed.items()})
    out = []
    for fut in as_completed(futures):
        batch = fut.result()
        out.append(batch)
        progress.current().advance(stage, batch.count)
    return out


@flow(name="build_warehouse")
def build_warehouse(raw_dir: Path = Path("raw"), warehouse_dir: Path = Path("warehouse"),
                    max_file_bytes: int = Settings.max_file_bytes,
                    batch_size: int = Settings.batch_size,
                    judgements_path: Path = Settings.judgements_path,
                    full_resolution: bool = False) -> dict:
    """full_resolution: resolve every person reference again, as a fresh build would,
    instead of resolving only the new documents' references against the last run's
    persons (what a run that only adds documents does)."""
    logger = get_run_logger()
    started = dt.datetime.now(dt.timezone.utc)
    warehouse = Warehouse(warehouse_dir)
    version = extractor_version()
    judgements = load_judgements(judgements_path)  # a bad line stops the run here
    with warehouse.lock():
        previous = warehouse.current()
        prev_files = previous_files(previous)
        listing = scan_raw(raw_dir)
        plan = plan_reads(listing, prev_files)
        stale = previous is not None and previous.meta.get("extractor_version") != version
        summary = RunSummary(None, str(warehouse_dir), files_seen=len(listing),
                             files_new=len(plan.new), files_unchanged=len(plan.unchanged),
                             files_deleted=len(plan.deleted))
        if not needs_run(plan, previous, judgements.sha256) and not full_resolution:
            summary.files_errored = sum(1 for r in prev_files.values()
                                        if r["status"] == "error")
        else:
            with summary.timed("ingest_extract"):
                done = _run_mapped("ingest", ingest_batch, plan.to_read, batch_size,
                                   raw_dir=raw_dir, max_bytes=max_file_bytes)
                state = reconcile(plan, [o for b in done for o in b.outcomes], prev_files,
                                  _rows(previous, "ingest_errors"),
                                  _document_paths(previous), started)
                if stale:  # new code or vocabularies: every kept document once more
                    done += _run_mapped("extract", extract_batch,
                                        kept_documents(state, previous), batch_size)
            summary.cpu_seconds = {"ingest": round(sum(b.ingest_s for b in done), 2),
                                   "extract": round(sum(b.extract_s for b in done), 2)}
            added = {d.document_id for d, _, _ in state.documents_added}
            extracted = gather(done, _Everything() if stale else added)
            del done
            # quoted: Prefect would otherwise walk every row of these looking for futures
            write_snapshot(warehouse, quote(previous), quote(state), quote(extracted),
                           version, quote(judgements), started, quote(summary), raw_dir,
                           full_resolution)
            for warning in summary.warnings:
                logger.warning(warning)
    logger.info(summary.as_markdown())
    create_markdown_artifact(key="ipcoop-run-summary", markdown=summary.as_markdown(),
                             description="files and rows of this ipcoop run")
    return asdict(summary)


class _Everything:
    def __contains__(self, item) -> bool:
        return True


def _rows(snapshot, table: str, columns: list[str] | None = None) -> list[dict]:
    return snapshot.read(table, columns).to_pylist() if snapshot else []


def _document_paths(snapshot) -> dict[str, str]:
    return {r["document_id"]: r["source_path"]
            for r in _rows(snapshot, "documents", ["document_id", "source_path"])}


def kept_documents(state: Reconciled, previous) -> list[dict]:
    """Documents of the last run still present (extracted again under new code)."""
    gone = state.documents_removed
    return [r for r in _rows(previous, "documents", ["document_id", "text", "language",
                                                     "published_date"])
            if r["document_id"] not in gone]


@task(retries=1, retry_delay_seconds=1, cache_policy=NO_CACHE)
def write_snapshot(warehouse: Warehouse, previous, state: Reconciled, extracted: Extracted,
                   version: str, judgements: Judgements, started, summary: RunSummary,
                   raw_dir: Path, full_resolution: bool = False) -> None:
    """Store the new documents' rows, resolve persons over every kept document, link them
    in, build the marts and commit everything as a new snapshot (safe to retry: the
    snapshot folder is rebuilt from scratch)."""
    run_id = new_run_id(started)
    summary.run_id = run_id
    summary.files_changed = len(state.changed)
    summary.files_errored = state.errored
    summary.documents_added = len(state.documents_added)
    summary.documents_removed = len(state.documents_removed)
    summary.documents_extracted = len(extracted.document_ids)
    with summary.timed("write"):
        writer = warehouse.begin(run_id)
        _write_sources(writer, previous, state, started)
        replaced = state.documents_removed | extracted.document_ids
        for name in DOCUMENT_TABLES:
            writer.update(name, extracted.tables[name], "document_id", replaced)
    with summary.timed("resolve"), _gc_paused():
        old_redirects = {r["old_person_id"]: r["person_id"]
                         for r in _rows(previous, "person_redirects")}
        incremental = _can_resolve_incrementally(previous, state, extracted, version,
                                                 judgements, full_resolution)
        old_mentions = _previous_mentions(previous)
        resolved = resolve(local_refs(writer.read("_person_refs")),
                           dict(zip(old_mentions["mention_id"].to_pylist(),
                                    old_mentions["person_id"].to_pylist())),
                           judgements.items, old_redirects, incremental=incremental)
        summary.resolution = "incremental" if incremental else "full"
        # incremental: earlier mentions, roles and participants keep their person unless
        # it was merged into another; only the new documents and those naming a merged
        # person are linked again
        relink = _documents_to_relink(old_mentions, resolved, extracted) if incremental \
            else None
        inputs = _link_inputs(writer, extracted, relink)
        linked = link_persons(inputs, person_map(
            {ref: pid for ref, pid in resolved.person_of.items()
             if relink is None or ref[0] in relink}))
    summary.warnings += [f"{judgements.path} line {j.line}: '{j.decision}' names no person "
                         f"in the warehouse ({j.a!r}, {j.b!r}); not applied"
                         for j in resolved.unmatched]
    with summary.timed("write"):
        writer.replace("persons", _with_unchanged(previous, "persons", resolved.persons,
                                                  resolved.unchanged))
        writer.replace("person_aliases", _with_unchanged(
            previous, "person_aliases", resolved.aliases, resolved.unchanged))
        writer.replace("person_redirects", PERSON_REDIRECTS.from_rows(redirects(
            old_redirects, resolved.redirects, set(resolved.person_of.values()))))
        for name, table in linked.items():
            if relink is None:
                writer.replace(name, table)
            elif name == "event_participants":  # keyed by event: the relinked documents'
                events = inputs["_event_parties"].filter(_among(
                    "document_id", relink - extracted.document_ids))
                writer.update(name, table, "event_id", set(events["event_id"].to_pylist()))
            else:
                writer.update(name, table, "document_id", relink - extracted.document_ids)
        writer.replace("organizations", organizations(writer.read("_org_sightings")))
        writer.update("ingest_runs", INGEST_RUNS.from_rows([{
            "run_id": run_id, "started_at": started,
            "finished_at": dt.datetime.now(dt.timezone.utc),
            **{k: getattr(summary, k) for k in (
                "files_seen", "files_new", "files_changed", "files_deleted", "files_errored",
                "documents_added", "documents_removed")}}]))
    with summary.timed("marts"):
        writer.build_marts(mart_queries())
    with summary.timed("write"):
        snapshot = writer.commit(meta={"raw_dir": str(Path(raw_dir).resolve()),
                                       "extractor_version": version,
                                       "resolver_version": resolver_version(),
                                       "judgements_sha256": judgements.sha256},
                                 checks=check_queries())
    summary.rows = {name: entry["rows"] for name, entry in snapshot.manifest["tables"].items()
                    if not TABLES[name].internal}
    summary.wrote_snapshot = True


def _documents_to_relink(old_mentions: pa.Table, resolved,
                         extracted: Extracted) -> set[str]:
    """The new documents, and those mentioning a person this run merged into another."""
    absorbed = {r["old_person_id"] for r in resolved.redirects}
    relink = set(extracted.document_ids)
    if absorbed:
        relink.update(old_mentions.filter(_among("person_id", absorbed))["document_id"]
                      .to_pylist())
    return relink


def _link_inputs(writer, extracted: Extracted, relink: set[str] | None) -> dict:
    """LINK_INPUTS of the documents to link (None: every document)."""
    if relink is not None and relink == extracted.document_ids:
        return extracted.tables
    tables = {name: writer.read(name) for name in LINK_INPUTS}
    if relink is None:
        return tables
    return {name: t.filter(_among("document_id", relink)) for name, t in tables.items()}


def _among(column: str, values) -> pc.Expression:
    return pc.field(column).isin(pa.array(sorted(values), pa.string()))


@contextmanager
def _gc_paused():
    """Resolution builds a million small tuples that all live to the end of the stage;
    the cyclic collector would rescan them over and over (a third of the stage's time)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _can_resolve_incrementally(previous, state: Reconciled, extracted: Extracted,
                               version: str, judgements: Judgements,
                               full_resolution: bool) -> bool:
    """Only added documents, under the same code and judgements: the last run's persons
    stand and the new references are resolved against them. Anything else (a removed or
    re-extracted document, new judgements or resolution code, --full-resolution)
    resolves every reference again."""
    if previous is None or full_resolution:
        return False
    meta = previous.meta
    return (meta.get("extractor_version") == version
            and meta.get("resolver_version") == resolver_version()
            and meta.get("judgements_sha256") == judgements.sha256
            and not state.documents_removed
            and extracted.document_ids <= {d.document_id for d, _, _ in
                                           state.documents_added})


def _with_unchanged(previous, name: str, rows: list[dict], unchanged: set[str]) -> pa.Table:
    """This run's rows plus the previous run's rows of persons it left unchanged."""
    table = TABLES[name].from_rows(rows)
    if not unchanged:
        return table
    kept = previous.read(name)
    kept = kept.filter(pc.is_in(kept["person_id"], pa.array(sorted(unchanged), pa.string())))
    return pa.concat_tables([kept, table]).sort_by("person_id")


def _write_sources(writer, previous, state: Reconciled, started):
    """documents, source_files and ingest_errors."""
    doc_rows = [{"document_id": d.document_id, "source_path": path, "sha256": sha,
                 "language": d.language, "published_date": d.published_date, "text": d.text,
                 "encoding": d.encoding, "ingested_at": started}
                for d, path, sha in state.documents_added]
    if state.documents_moved:
        docs = previous.read("documents")
        moved = docs.filter(pc.is_in(docs["document_id"],
                                     pa.array(sorted(state.documents_moved))))
        for row in moved.to_pylist():
            row.update(state.documents_moved[row["document_id"]])
            doc_rows.append(row)
    writer.update("documents", DOCUMENTS.from_rows(doc_rows), "document_id",
                  state.documents_removed | set(state.documents_moved))
    writer.replace("source_files", SOURCE_FILES.from_rows(state.source_files))
    writer.replace("ingest_errors", INGEST_ERRORS.from_rows(state.ingest_errors))


def _previous_mentions(previous) -> pa.Table:
    """The last run's resolved mentions (mention_id, document_id, person_id): what keeps
    person ids stable, and where a merged person was named."""
    columns = ["mention_id", "document_id", "person_id"]
    if previous is None:
        return PERSON_MENTIONS.schema.empty_table().select(columns)
    table = previous.read("person_mentions", columns)
    return table.filter(pc.is_valid(table["person_id"]))

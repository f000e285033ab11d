"""What changed in the raw folder since the last run, and the new file/error state. Pure.

Rules:
- A file whose size and modification time match the last run is not read again.
- Documents are texts, not files: the same text under several paths is one document whose
  source_path is the first of those paths in sort order (the others are `duplicate` rows
  in source_files).
- A document whose every file is gone (deleted, or changed to other content) leaves the
  warehouse with all rows derived from it.
- ingest_errors describes the files present now; a problem keeps the time it was first
  detected for as long as the file keeps it.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from transforms.ingest import Document, IngestResult


@dataclass(frozen=True)
class FileStat:
    path: str  # relative to the raw folder, '/'-separated
    size: int
    modified_ns: int


@dataclass(frozen=True)
class FileOutcome:
    stat: FileStat
    result: IngestResult


@dataclass
class Plan:
    to_read: list[FileStat]
    unchanged: list[str]
    deleted: list[str]
    new: list[str]

    @property
    def nothing_to_do(self) -> bool:
        return not self.to_read and not self.deleted


def plan_reads(listing: list[FileStat], previous_files: dict[str, dict]) -> Plan:
    to_read, unchanged, new = [], [], []
    for st in sorted(listing, key=lambda s: s.path):
        prev = previous_files.get(st.path)
        if prev is None:
            new.append(st.path)
            to_read.append(st)
        elif prev["size_bytes"] == st.size and prev["modified_ns"] == st.modified_ns:
            unchanged.append(st.path)
        else:
            to_read.append(st)
    listed = {st.path for st in listing}
    deleted = sorted(set(previous_files) - listed)
    return Plan(to_read, unchanged, deleted, new)


@dataclass
class Reconciled:
    source_files: list[dict]
    ingest_errors: list[dict]
    documents_added: list[tuple[Document, str, str]]  # (document, source_path, sha256)
    documents_removed: set[str]
    documents_moved: dict[str, dict]  # id -> new source_path, sha256, encoding
    changed: list[str] = field(default_factory=list)  # paths whose content changed

    @property
    def errored(self) -> int:
        return sum(1 for r in self.source_files if r["status"] == "error")


def reconcile(plan: Plan, outcomes: list[FileOutcome], previous_files: dict[str, dict],
              previous_errors: list[dict], previous_documents: dict[str, str],
              now: dt.datetime) -> Reconciled:
    """previous_documents maps document_id -> its current source_path."""
    rows: dict[str, dict] = {p: dict(previous_files[p]) for p in plan.unchanged}
    docs_read: dict[str, Document] = {}  # path -> document read from it this run
    problems: dict[str, list] = {}
    changed = []
    for out in outcomes:
        st, res = out.stat, out.result
        prev = previous_files.get(st.path)
        if prev is not None and prev.get("sha256") != res.sha256:
            changed.append(st.path)
        doc = res.document
        rows[st.path] = {
            "source_path": st.path, "size_bytes": st.size, "modified_ns": st.modified_ns,
            "sha256": res.sha256, "status": "error" if doc is None else "document",
            "encoding": doc.encoding if doc else None,
            "document_id": doc.document_id if doc else None,
            "first_seen_at": prev["first_seen_at"] if prev else now,
        }
        if doc is not None:
            docs_read[st.path] = doc
        problems[st.path] = list(res.problems)

    # canonical path of each document = first path (sort order) holding its text
    canonical: dict[str, str] = {}
    for path in sorted(rows):
        did = rows[path]["document_id"]
        if did is not None:
            canonical.setdefault(did, path)
    for path, row in rows.items():
        if row["document_id"] is not None:
            row["status"] = "document" if canonical[row["document_id"]] == path else "duplicate"

    added = [(docs_read[path], path, rows[path]["sha256"])
             for did, path in sorted(canonical.items()) if did not in previous_documents]
    removed = set(previous_documents) - set(canonical)
    moved = {did: {k: rows[path][k] for k in ("source_path", "sha256", "encoding")}
             for did, path in canonical.items()
             if did in previous_documents and previous_documents[did] != path}

    errors = _errors(rows, problems, previous_errors, now)
    return Reconciled([rows[p] for p in sorted(rows)], errors, added, removed, moved, changed)


def _errors(rows, problems, previous_errors, now) -> list[dict]:
    first_seen = {(e["source_path"], e["code"]): e["detected_at"] for e in previous_errors}
    out = [e for e in previous_errors
           if e["source_path"] in rows and e["source_path"] not in problems]
    for path, found in problems.items():
        for p in found:
            out.append({"source_path": path, "sha256": rows[path]["sha256"], "code": p.code,
                        "error": p.error, "severity": p.severity,
                        "detected_at": first_seen.get((path, p.code), now)})
    return sorted(out, key=lambda e: (e["source_path"], e["code"]))

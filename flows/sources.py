"""The raw folder and the last run's view of it. No Prefect here: the CLI uses this to
decide, in a fraction of a second, whether a run has anything to do."""
from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from flows.store import Snapshot, Warehouse
from transforms.versions import extractor_version
from transforms.incremental import FileOutcome, FileStat, Plan, plan_reads
from transforms.ingest import IngestResult, Problem, ingest_bytes, too_large_problem
from transforms.judgements import Judgement
from transforms.judgements import parse as parse_judgements

_HASH_CHUNK = 1 << 20


def list_raw_files(raw_dir: Path) -> list[FileStat]:
    """Regular files under raw_dir, hidden ones (.*) excepted, paths '/'-separated.
    Plain strings and scandir, not pathlib: at 100k files pathlib costs seconds."""
    out, stack = [], [(os.fspath(raw_dir), "")]
    while stack:
        folder, prefix = stack.pop()
        try:
            entries = list(os.scandir(folder))
        except OSError:
            continue  # vanished or unreadable folder
        for entry in entries:
            if entry.name.startswith("."):
                continue
            try:
                if entry.is_dir():  # follows links, as os.walk(followlinks=True) did
                    stack.append((entry.path, f"{prefix}{entry.name}/"))
                    continue
                st = entry.stat()
            except OSError:
                continue  # vanished between listing and stat
            out.append(FileStat(prefix + entry.name, st.st_size, st.st_mtime_ns))
    return sorted(out, key=lambda s: s.path)


def read_and_ingest(raw_dir: Path, stat: FileStat, max_bytes: int) -> FileOutcome:
    path = raw_dir / stat.path
    try:
        if stat.size > max_bytes:  # hash it without holding it in memory
            digest = hashlib.sha256()
            with open(path, "rb") as fh:
                while chunk := fh.read(_HASH_CHUNK):
                    digest.update(chunk)
            return FileOutcome(stat, IngestResult(digest.hexdigest(), None,
                                                  (too_large_problem(stat.size, max_bytes),)))
        data = path.read_bytes()
    except OSError as exc:
        return FileOutcome(stat, IngestResult(None, None, (
            Problem("unreadable", f"cannot read file: {exc.strerror or exc}"),)))
    return FileOutcome(stat, ingest_bytes(data, max_bytes))


def previous_files(snapshot: Snapshot | None) -> dict[str, dict]:
    if snapshot is None:
        return {}
    columns = snapshot.read("source_files").to_pydict()  # to_pylist is slower per row
    names = list(columns)
    return {row[0]: dict(zip(names, row)) for row in zip(*columns.values())}


def _previous_stats(snapshot: Snapshot | None) -> dict[str, dict]:
    """previous_files with just what plan_reads compares (a third of the cost)."""
    if snapshot is None:
        return {}
    t = snapshot.read("source_files", ["source_path", "size_bytes", "modified_ns"])
    return {path: {"size_bytes": size, "modified_ns": mtime} for path, size, mtime in
            zip(*(t[c].to_pylist() for c in ("source_path", "size_bytes", "modified_ns")))}


@dataclass(frozen=True)
class Judgements:
    path: Path
    items: list[Judgement]
    sha256: str


def load_judgements(path: Path) -> Judgements:
    """The judgements file (missing means none). Raises JudgementError naming the line."""
    text = path.read_text(encoding="utf-8") if path.is_file() else ""
    return Judgements(path, parse_judgements(text, source=str(path)),
                      hashlib.sha256(text.encode("utf-8")).hexdigest())


def needs_run(plan: Plan, current: Snapshot | None, judgements_sha: str) -> bool:
    """False when files, extraction code and judgements are all as the warehouse has them."""
    return not (plan.nothing_to_do and current is not None
                and current.meta.get("extractor_version") == extractor_version()
                and current.meta.get("judgements_sha256") == judgements_sha)


def pending_changes(raw_dir: Path, warehouse_dir: Path, judgements: Judgements) -> Plan | None:
    """What a run would do, found without Prefect (None: nothing): lets the CLI skip
    starting Prefect's server (several seconds). The flow decides again, under the
    lock."""
    current = Warehouse(warehouse_dir).current()
    plan = plan_reads(list_raw_files(raw_dir), _previous_stats(current))
    return plan if needs_run(plan, current, judgements.sha256) else None

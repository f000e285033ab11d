"""The warehouse on disk: immutable snapshots swapped atomically, one writer at a time.

Layout (everything a user reads is at the top; internals live in .ipcoop/):

    warehouse/
      documents -> .ipcoop/current/documents        one relative link per table
      warehouse.duckdb -> .ipcoop/current/warehouse.duckdb
      .ipcoop/current -> snapshots/<run_id>         the only pointer a run ever changes
      .ipcoop/snapshots/<run_id>/<table>/part-*.parquet, warehouse.duckdb, manifest.json
      .ipcoop/lock

A run writes a complete new snapshot (hard-linking the unchanged Parquet parts of the
previous one), then replaces the `current` link with os.replace, which is atomic: a run
killed at any moment leaves the previous snapshot, whole, as what every reader sees. The
links are relative, so the folder can be moved or copied. The previous snapshot is kept
for readers still inside it; older ones are deleted.
"""
from __future__ import annotations

import datetime as dt
import fcntl
import hashlib
import json
import os
import secrets
import shutil
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from transforms.schema import TABLES, TableSpec, conform

INTERNAL = ".ipcoop"
DUCKDB_FILE = "warehouse.duckdb"
MANIFEST = "manifest.json"
MAX_PARTS = 8  # an incremental table is compacted beyond this many parts per partition
HIVE_NULL = "__HIVE_DEFAULT_PARTITION__"  # how Hive, Spark, pyarrow and DuckDB write null
# Readable by the DuckDB CLI on PyPI (1.5.x) as well as by duckdb 2.x.
DUCKDB_STORAGE_VERSION = "v1.5.0"
# an edited copy of the parent's DuckDB file is rebuilt once this share of it is free
# blocks (DuckDB reuses them but never gives them back)
MAX_FREE_SHARE = 0.25


class WarehouseBusy(RuntimeError):
    pass


class DataCheckFailed(RuntimeError):
    """A data test returned rows: the new snapshot is not published."""

    def __init__(self, failures: dict[str, list[tuple]]):
        self.failures = failures
        lines = [f"{name}: {len(rows)} row(s), e.g. {rows[0]}" for name, rows in
                 sorted(failures.items())]
        super().__init__("data checks failed; the previous warehouse is kept:\n  "
                         + "\n  ".join(lines))


def new_run_id(now: dt.datetime | None = None) -> str:
    now = now or dt.datetime.now(dt.timezone.utc)
    return now.strftime("%Y%m%dT%H%M%S%fZ") + "-" + secrets.token_hex(2)


@dataclass
class Snapshot:
    path: Path
    manifest: dict

    @property
    def snapshot_id(self) -> str:
        return self.manifest["snapshot_id"]

    @property
    def meta(self) -> dict:
        return self.manifest.get("meta", {})

    def parts(self, table: str) -> list[Path]:
        entry = self.manifest["tables"].get(table)
        return [self.path / table / p for p in entry["parts"]] if entry else []

    def read(self, table: str, columns: list[str] | None = None) -> pa.Table:
        return _read_parts(TABLES[table], self.parts(table), columns)


def _read_parts(spec: TableSpec, parts: list[Path],
                columns: list[str] | None = None) -> pa.Table:
    schema = spec.schema if columns is None else \
        pa.schema([spec.schema.field(c) for c in columns])
    if not parts:
        return schema.empty_table()
    return pa.concat_tables([pq.read_table(p, columns=columns, schema=schema)
                             for p in parts])


class Warehouse:
    def __init__(self, root: Path):
        self.root = Path(root)
        self.internal = self.root / INTERNAL
        self.snapshots = self.internal / "snapshots"
        self.current_link = self.internal / "current"

    @contextmanager
    def lock(self):
        """Exclusive for the duration of a run; refuses at once if another run holds it."""
        self.snapshots.mkdir(parents=True, exist_ok=True)
        lock_path = self.internal / "lock"
        fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                holder = lock_path.read_text(encoding="utf-8").strip() or "another process"
                raise WarehouseBusy(
                    f"another ipcoop run ({holder}) is writing the warehouse {self.root}; "
                    f"wait for it to finish") from None
            os.ftruncate(fd, 0)
            os.write(fd, f"pid {os.getpid()}, started "
                         f"{dt.datetime.now(dt.timezone.utc):%Y-%m-%dT%H:%M:%SZ}".encode())
            yield self
        finally:
            os.close(fd)  # closing releases the flock; a killed process releases it too

    def current(self) -> Snapshot | None:
        if not self.current_link.exists():
            return None
        path = self.current_link.resolve()
        return Snapshot(path, json.loads((path / MANIFEST).read_text(encoding="utf-8")))

    def begin(self, run_id: str) -> "SnapshotWriter":
        return SnapshotWriter(self, run_id, self.current())


@dataclass
class SnapshotWriter:
    warehouse: Warehouse
    run_id: str
    parent: Snapshot | None
    tables: dict[str, dict] = field(default_factory=dict)
    # table -> (drop_key, dropped values, parts holding the added rows) for tables
    # updated in place; None: rewritten whole. Lets the DuckDB file be edited, not rebuilt.
    edits: dict[str, tuple | None] = field(default_factory=dict)

    def __post_init__(self):
        self.path = self.warehouse.snapshots / self.run_id
        if self.path.exists():  # left by a killed attempt of this very run
            shutil.rmtree(self.path)
        self.path.mkdir(parents=True)

    def replace(self, name: str, table: pa.Table) -> None:
        spec = TABLES[name]
        table = conform(table, spec)
        self._start(name)
        self._write_part(name, table)
        self.edits[name] = None

    def update(self, name: str, added: pa.Table, drop_key: str | None = None,
               drop_values: set[str] | frozenset[str] = frozenset()) -> None:
        """Keep the parent's rows (hard-linked parts) minus those whose drop_key is in
        drop_values, plus `added`."""
        spec = TABLES[name]
        added = conform(added, spec)
        self._start(name)
        old_parts = self.parent.parts(name) if self.parent else []
        if len(old_parts) + 1 > MAX_PARTS * max(1, len({p.parent for p in old_parts})):
            kept = _drop(pa.concat_tables([pq.read_table(p, schema=spec.schema)
                                           for p in old_parts]), drop_key, drop_values)
            self._write_part(name, pa.concat_tables([kept, added]))
            self.edits[name] = None
            return
        for part in old_parts:
            if drop_values and _has_any(part, drop_key, drop_values):
                kept = _drop(pq.read_table(part, schema=spec.schema), drop_key, drop_values)
                if kept.num_rows:
                    self._write_part(name, kept)
            else:
                self._link_part(name, part)
        before = len(self.tables[name]["parts"])
        if added.num_rows or not self.tables[name]["parts"]:
            self._write_part(name, added)
        self.edits[name] = (drop_key, frozenset(drop_values),
                            self.tables[name]["parts"][before:])

    def read(self, name: str) -> pa.Table:
        """A table as this snapshot has it so far (after replace or update)."""
        return _read_parts(TABLES[name], [self.path / name / p
                                          for p in self.tables[name]["parts"]])

    def build_marts(self, queries: dict[str, str]) -> None:
        """Run each mart's SQL over this snapshot's tables and store its result."""
        self._carry_untouched(skip_marts=True)
        con = duckdb.connect()
        try:
            for name, entry in self.tables.items():
                if TABLES[name].internal or TABLES[name].mart:
                    continue
                files = ", ".join(_sql_str(str(self.path / name / p)) for p in entry["parts"])
                con.execute(f'create view "{name}" as select * from read_parquet([{files}])')
            for name, sql in queries.items():
                self.replace(name, con.sql(sql).to_arrow_table())
        finally:
            con.close()

    def _carry_untouched(self, skip_marts: bool = False) -> None:
        """Tables the run did not write keep the parent's parts (or start empty)."""
        for name in sorted(set(TABLES) - set(self.tables)):
            if skip_marts and TABLES[name].mart:
                continue
            self._start(name)
            parts = self.parent.parts(name) if self.parent else []
            for part in parts:
                self._link_part(name, part)
            if not parts:
                self._write_part(name, TABLES[name].empty())

    def commit(self, meta: dict, checks: dict[str, str] | None = None) -> Snapshot:
        """Build the DuckDB file, run the data checks, write the manifest, swap `current`,
        clean up. A failed check raises DataCheckFailed and nothing is published."""
        self._carry_untouched()
        _build_duckdb(self.path, self.tables, self.parent, self.edits)
        failures = run_checks(self.path / DUCKDB_FILE, checks or {})
        if failures:
            shutil.rmtree(self.path, ignore_errors=True)
            raise DataCheckFailed(failures)
        manifest = {
            "snapshot_id": self.run_id,
            "parent": self.parent.snapshot_id if self.parent else None,
            "created_at": dt.datetime.now(dt.timezone.utc).isoformat(),
            "tables": self.tables,
            "duckdb_layout": duckdb_layout(),
            "meta": meta,
        }
        _write_durably(self.path / MANIFEST, json.dumps(manifest, indent=1).encode())
        self._swap()
        return Snapshot(self.path, manifest)

    # -- internals -------------------------------------------------------------------
    def _start(self, name: str) -> None:
        (self.path / name).mkdir(exist_ok=True)
        self.tables[name] = {"parts": [], "rows": 0}

    def _write_part(self, name: str, table: pa.Table) -> None:
        spec = TABLES[name]
        if spec.partition_by is None:
            self._write_file(name, "", table)
            return
        column, source = spec.partition_by
        years = pc.year(table.column(source)) if table.num_rows else pa.array([], pa.int64())
        values = sorted(set(years.to_pylist()), key=lambda v: (v is None, v)) or [None]
        for value in values:
            mask = pc.is_null(years) if value is None else pc.equal(years, value)
            part = table.filter(mask) if table.num_rows else table
            folder = f"{column}={HIVE_NULL if value is None else value}/"
            self._write_file(name, folder, part)

    def _write_file(self, name: str, folder: str, table: pa.Table) -> None:
        entry = self.tables[name]
        rel = f"{folder}part-{self.run_id}-{len(entry['parts']):04d}.parquet"
        target = self.path / name / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        pq.write_table(table, target, compression="zstd")
        _fsync(target)
        entry["parts"].append(rel)
        entry["rows"] += table.num_rows

    def _link_part(self, name: str, part: Path) -> None:
        entry = self.tables[name]
        rel = part.relative_to(self.parent.path / name).as_posix()
        target = self.path / name / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        os.link(part, target)
        entry["parts"].append(rel)
        entry["rows"] += pq.ParquetFile(part).metadata.num_rows

    def _swap(self) -> None:
        wh = self.warehouse
        tmp = wh.internal / f"current.{self.run_id}.tmp"
        if tmp.is_symlink():
            tmp.unlink()
        os.symlink(Path("snapshots") / self.run_id, tmp)
        os.replace(tmp, wh.current_link)  # the commit point
        _fsync(wh.internal)  # the new link survives a crash
        for name in [*(t for t in self.tables if not TABLES[t].internal), DUCKDB_FILE]:
            _ensure_link(wh.root / name, Path(INTERNAL) / "current" / name)
        keep = {self.run_id, self.parent.snapshot_id if self.parent else None}
        for old in wh.snapshots.iterdir():
            if old.name not in keep:
                shutil.rmtree(old, ignore_errors=True)


def _has_any(part: Path, key: str, values) -> bool:
    ids = pq.read_table(part, columns=[key]).column(key)
    return bool(pc.any(pc.is_in(ids, value_set=pa.array(sorted(values), pa.string()))).as_py())


def _drop(table: pa.Table, key: str | None, values) -> pa.Table:
    if not values or key is None:
        return table
    mask = pc.is_in(table.column(key), value_set=pa.array(sorted(values), pa.string()))
    return table.filter(pc.invert(pc.fill_null(mask, False)))


def _ensure_link(link: Path, target: Path) -> None:
    if link.is_symlink():
        if Path(os.readlink(link)) == target:
            return
        link.unlink()
    elif link.exists():
        raise RuntimeError(f"{link} exists and is not an ipcoop link; move it away")
    os.symlink(target, link)


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _write_durably(path: Path, data: bytes) -> None:
    with open(path, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())


def _sql_str(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def duckdb_layout() -> str:
    """Fingerprint of the published tables' declarations: a DuckDB file built under
    another layout is rebuilt from scratch rather than updated."""
    text = "\n".join(f"{name}|{spec.grain}|{spec.partition_by}|"
                     f"{spec.schema.to_string(show_field_metadata=True)}"
                     for name, spec in sorted(TABLES.items()) if not spec.internal)
    return hashlib.sha256(text.encode()).hexdigest()[:12]


def _build_duckdb(snapshot: Path, tables: dict[str, dict], parent: Snapshot | None,
                  edits: dict[str, tuple | None]) -> None:
    """A self-contained DuckDB file: each table's rows copied in (schema `store`) behind a
    view of the same name. Self-contained because DuckDB resolves a view's relative
    Parquet paths against the reader's working directory, so views over files break
    when the folder moves or the reader runs elsewhere.

    Starts from a copy of the parent's file when it has the same layout, and applies this
    run's edits: a table carried over is left alone, an updated one gets the same
    deletes and inserts as its Parquet parts, a rewritten one is replaced (at 100k
    documents an incremental run copies ~200 MB instead of re-inserting every table)."""
    target = snapshot / DUCKDB_FILE
    reuse = parent is not None and parent.manifest.get("duckdb_layout") == duckdb_layout() \
        and (parent.path / DUCKDB_FILE).exists()
    if reuse:
        shutil.copyfile(parent.path / DUCKDB_FILE, target)
    con = _connect(target)
    if reuse and _free_share(con) > MAX_FREE_SHARE:  # DuckDB files never shrink
        con.close()
        target.unlink()
        reuse = False
        con = _connect(target)
    try:
        if not reuse:
            con.execute("create schema store")
        for name, entry in tables.items():
            spec = TABLES[name]
            if spec.internal:
                continue
            known = reuse and name in parent.manifest["tables"]
            if known and name not in edits:
                continue  # carried over: the parent's rows are already there
            edit = edits.get(name)
            if known and edit is not None:
                key, dropped, added_parts = edit
                if dropped:
                    con.execute(f'delete from store."{name}" where "{key}" in '
                                f"(select unnest($1::varchar[]))", [sorted(dropped)])
                if added_parts:
                    con.execute(f'insert into store."{name}" by name select * from '
                                f"{_parquet_scan(snapshot, name, added_parts)}")
                continue
            con.execute(f'create or replace table store."{name}" as select * from '
                        f"{_parquet_scan(snapshot, name, entry['parts'])}")
            if not known:
                _create_view(con, name, spec)
        con.execute("checkpoint")
    finally:
        con.close()
    _fsync(target)


def _connect(path: Path):
    return duckdb.connect(str(path), config={
        "storage_compatibility_version": DUCKDB_STORAGE_VERSION})


def _free_share(con) -> float:
    """Share of the file's blocks that deletes and replaced tables left free."""
    total, free = con.execute("select total_blocks, free_blocks "
                              "from pragma_database_size()").fetchone()
    return free / total if total else 0.0


def _parquet_scan(snapshot: Path, name: str, parts: list[str]) -> str:
    files = ", ".join(_sql_str(str(snapshot / name / p)) for p in parts)
    hive = "true" if TABLES[name].partition_by else "false"
    return f"read_parquet([{files}], hive_partitioning = {hive})"


def _create_view(con, name: str, spec: TableSpec) -> None:
    con.execute(f'create or replace view main."{name}" as select * from store."{name}"')
    con.execute(f'comment on view main."{name}" is {_sql_str(spec.grain)}')
    for f in spec.schema:
        doc = (f.metadata or {}).get(b"description", b"").decode()
        con.execute(f'comment on column main."{name}"."{f.name}" is {_sql_str(doc)}')


def run_checks(db_path: Path, checks: dict[str, str], sample: int = 3) -> dict[str, list]:
    """name -> first rows of every check that returned rows."""
    con = duckdb.connect(str(db_path), read_only=True)
    try:
        failures = {}
        for name, sql in checks.items():
            rows = con.execute(sql).fetchmany(sample)
            if rows:
                failures[name] = rows
        return failures
    finally:
        con.close()

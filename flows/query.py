"""Read-only SQL against warehouse.duckdb, rendered as an aligned table, CSV or JSON."""
from __future__ import annotations

import csv
import datetime as dt
import decimal
import io
import json
from pathlib import Path

import duckdb

from flows.store import DUCKDB_FILE

MAX_CELL = 60


class NoWarehouse(RuntimeError):
    pass


def connect_read_only(warehouse_dir: Path) -> duckdb.DuckDBPyConnection:
    """The views read tables stored inside the file, so the connection needs no access to
    any other file: external access is off, which also stops COPY ... TO and friends."""
    path = Path(warehouse_dir) / DUCKDB_FILE
    if not path.exists():
        raise NoWarehouse(f"no warehouse at {path}; build one with `ipcoop run`")
    return duckdb.connect(str(path), read_only=True,
                          config={"enable_external_access": False})


def run_query(warehouse_dir: Path, sql: str) -> tuple[list[str], list[tuple]]:
    con = connect_read_only(warehouse_dir)
    try:
        cur = con.execute(sql)
        if cur.description is None:
            return [], []
        return [d[0] for d in cur.description], cur.fetchall()
    finally:
        con.close()


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return str(value)


def _jsonable(value):
    if isinstance(value, (dt.date, dt.datetime, dt.time)):
        return value.isoformat()
    if isinstance(value, decimal.Decimal):
        return float(value)
    if isinstance(value, (bytes, bytearray)):
        return value.hex()
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    return value


def render_table(columns: list[str], rows: list[tuple]) -> str:
    """Aligned plain text: numbers right, everything else left, long cells cut with '…'."""
    cells = [[_cell(v).replace("\n", " ") for v in row] for row in rows]
    cells = [[c if len(c) <= MAX_CELL else c[:MAX_CELL - 1] + "…" for c in row]
             for row in cells]
    numeric = [all(isinstance(r[i], (int, float, decimal.Decimal)) or r[i] is None
                   for r in rows) and bool(rows) for i in range(len(columns))]
    widths = [max([len(c)] + [len(r[i]) for r in cells]) for i, c in enumerate(columns)]

    def line(values):
        return "  ".join(v.rjust(w) if num else v.ljust(w)
                         for v, w, num in zip(values, widths, numeric)).rstrip()

    out = [line(columns), "  ".join("-" * w for w in widths)]
    out += [line(r) for r in cells]
    out.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(out)


def render_csv(columns: list[str], rows: list[tuple]) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(columns)
    writer.writerows([[_cell(v) for v in row] for row in rows])
    return buf.getvalue()


def render_json(columns: list[str], rows: list[tuple]) -> str:
    return json.dumps([dict(zip(columns, map(_jsonable, row))) for row in rows],
                      ensure_ascii=False, indent=1)

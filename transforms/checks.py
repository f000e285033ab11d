"""Data tests: SQL queries over the warehouse views that must return zero rows. Pure: these
functions only build SQL text; flows/store.py runs them on every new snapshot."""
from __future__ import annotations

from functools import cache
from importlib import resources

from transforms.schema import PUBLISHED, TableSpec


def duplicate_key_sql(spec: TableSpec) -> str:
    keys = ", ".join(f'"{k}"' for k in spec.key)
    return (f'select {keys}, count(*) as n from "{spec.name}" '
            f"group by all having count(*) > 1")


@cache
def check_queries() -> dict[str, str]:
    """name -> SQL; generated duplicate-key checks plus transforms/sql/checks/*.sql."""
    checks = {f"duplicate_key_{name}": duplicate_key_sql(spec) for name, spec in PUBLISHED.items()}
    folder = resources.files("transforms") / "sql" / "checks"
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".sql"):
            checks[entry.name[:-4]] = entry.read_text(encoding="utf-8")
    return checks

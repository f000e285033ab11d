"""Data tests: SQL queries over the warehouse views that must return zero rows. Pure: these
functions only build SQL text; flows/store.py runs them on every new snapshot."""
from __future__ import annotations

from functools import cache
from importlib import resources

from transforms.schema import MARTS, PUBLISHED, TableSpec
from transforms.vocab import iso3_codes


def duplicate_key_sql(spec: TableSpec) -> str:
    keys = ", ".join(f'"{k}"' for k in spec.key)
    return (f'select {keys}, count(*) as n from "{spec.name}" '
            f"group by all having count(*) > 1")


def valid_country_sql(codes: set[str]) -> str:
    """Every country column of every published table holds a known ISO alpha-3 code."""
    values = ", ".join(f"('{c}')" for c in sorted(codes))
    parts = [f"select '{name}.{f.name}' as source, \"{f.name}\" as code from \"{name}\""
             for name, spec in PUBLISHED.items() for f in spec.schema
             if f.name.endswith("iso3") or f.name in ("country_a", "country_b")]
    return (f"with known(code) as (values {values})\n"
            f"select * from ({' union all '.join(parts)}) "
            f"where code is not null and code not in (select code from known)")


def sql_files(folder: str) -> dict[str, str]:
    """name -> SQL text of transforms/sql/<folder>/*.sql."""
    root = resources.files("transforms") / "sql" / folder
    return {e.name[:-4]: e.read_text(encoding="utf-8")
            for e in sorted(root.iterdir(), key=lambda e: e.name) if e.name.endswith(".sql")}


@cache
def check_queries() -> dict[str, str]:
    """name -> SQL; generated duplicate-key and country-code checks plus
    transforms/sql/checks/*.sql."""
    checks = {f"duplicate_key_{name}": duplicate_key_sql(spec)
              for name, spec in PUBLISHED.items()}
    checks["valid_country_codes"] = valid_country_sql(iso3_codes())
    checks.update(sql_files("checks"))
    return checks


@cache
def mart_queries() -> dict[str, str]:
    """name -> SQL of each mart (transforms/sql/marts/*.sql), one per declared mart."""
    marts = sql_files("marts")
    missing = set(MARTS) ^ set(marts)
    if missing:
        raise RuntimeError(f"marts declared in schema.py and SQL files differ: {missing}")
    return marts

"""The data dictionary, generated from the declared schemas (docs/data_dictionary.md).
Pure; `ipcoop dictionary` writes it and a test keeps the committed copy current."""
from __future__ import annotations

import pyarrow as pa

from transforms.schema import PUBLISHED

_TYPES = {pa.string(): "VARCHAR", pa.int32(): "INTEGER", pa.int64(): "BIGINT",
          pa.date32(): "DATE", pa.timestamp("us", tz="UTC"): "TIMESTAMP WITH TIME ZONE"}


def sql_type(t: pa.DataType) -> str:
    return _TYPES.get(t, str(t).upper())


def data_dictionary() -> str:
    lines = ["# Data dictionary", "",
             "Generated from `transforms/schema.py` by `ipcoop dictionary`; do not edit by "
             "hand.", "",
             "Every table is `warehouse/<table>/**/*.parquet` and a view of the same name in "
             "`warehouse/warehouse.duckdb`. Marts are built by `transforms/sql/marts/"
             "<table>.sql`.", ""]
    for name, spec in PUBLISHED.items():
        kind = "mart" if spec.mart else "table"
        partition = ""
        if spec.partition_by:
            column, source = spec.partition_by
            partition = (f" Hive-partitioned by `{column}` (the year of `{source}`; null "
                         f"years under `{column}=__HIVE_DEFAULT_PARTITION__`): readers with "
                         f"hive partitioning, and the DuckDB view, get a `{column}` BIGINT "
                         f"column.")
        lines += [f"## {name}", "", f"{kind}: {spec.grain}. Key: "
                  + ", ".join(f"`{k}`" for k in spec.key) + "." + partition, "",
                  "| column | type | null | description |", "|---|---|---|---|"]
        for f in spec.schema:
            doc = (f.metadata or {}).get(b"description", b"").decode().replace("|", "\\|")
            lines.append(f"| `{f.name}` | {sql_type(f.type)} | "
                         f"{'yes' if f.nullable else 'no'} | {doc} |")
        lines.append("")
    return "\n".join(lines)

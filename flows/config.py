"""One place for configuration: every setting has a default, an IPCOOP_* variable overrides it,
and command-line options override both."""
from __future__ import annotations

import os
from dataclasses import dataclass, replace
from pathlib import Path

from transforms.ingest import DEFAULT_MAX_BYTES

ENV_PREFIX = "IPCOOP_"

# Quiet, offline-friendly Prefect defaults (see shared/STACK.md); a user's own values win.
PREFECT_DEFAULTS = {
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    "DO_NOT_TRACK": "1",
    "PREFECT_SERVER_LOGGING_LEVEL": "CRITICAL",
    "PREFECT_LOGGING_TO_API_WHEN_MISSING_FLOW": "ignore",
    "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "90",
}


def apply_prefect_defaults() -> None:
    for key, value in PREFECT_DEFAULTS.items():
        os.environ.setdefault(key, value)


@dataclass(frozen=True)
class Settings:
    raw_dir: Path = Path("raw")
    warehouse_dir: Path = Path("warehouse")
    judgements_path: Path = Path("judgements.txt")  # kept in git, replayed by every run
    max_file_bytes: int = DEFAULT_MAX_BYTES
    batch_size: int = 500  # files or documents per Prefect task: task overhead stays <1%

    @classmethod
    def from_env(cls, env: dict[str, str] | None = None) -> "Settings":
        env = os.environ if env is None else env
        base = cls()
        get = lambda name, default: env.get(ENV_PREFIX + name, default)  # noqa: E731
        return cls(
            raw_dir=Path(get("RAW_DIR", base.raw_dir)),
            warehouse_dir=Path(get("WAREHOUSE_DIR", base.warehouse_dir)),
            judgements_path=Path(get("JUDGEMENTS", base.judgements_path)),
            max_file_bytes=int(get("MAX_FILE_BYTES", base.max_file_bytes)),
            batch_size=int(get("BATCH_SIZE", base.batch_size)),
        )

    def with_overrides(self, **overrides) -> "Settings":
        return replace(self, **{k: v for k, v in overrides.items() if v is not None})

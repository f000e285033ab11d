import os

from flows.config import apply_prefect_defaults

# Quiet Prefect before anything imports it.
apply_prefect_defaults()
os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")

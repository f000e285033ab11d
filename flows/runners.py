"""Which Prefect task runner executes the batch tasks.

thread: Prefect's default thread pool; no start-up cost, one core for Python work.
process: a pool of worker processes, one per core; a few seconds to start, then the
    batches run in parallel (the choice for large first builds on one machine).
dask: prefect-dask; a LocalCluster (one single-threaded worker process per core) or the
    cluster at --dask-address. About 8 s to start and 100 ms a task here: batches are large.
auto: process when a run has at least AUTO_PROCESS_FILES files to read, else thread.
"""
from __future__ import annotations

import os

KINDS = ("auto", "thread", "process", "dask")
AUTO_PROCESS_FILES = 5000


def choose(kind: str, files_to_read: int) -> str:
    if kind == "auto":
        return "process" if files_to_read >= AUTO_PROCESS_FILES else "thread"
    return kind


def make_task_runner(kind: str, dask_address: str | None = None, workers: int | None = None):
    workers = workers or os.cpu_count() or 2
    if kind == "thread":
        from prefect.task_runners import ThreadPoolTaskRunner

        return ThreadPoolTaskRunner(max_workers=workers)
    if kind == "process":
        from prefect.task_runners import ProcessPoolTaskRunner

        return ProcessPoolTaskRunner(max_workers=workers)
    if kind == "dask":
        try:
            from prefect_dask import DaskTaskRunner
        except ImportError:
            raise RuntimeError("the dask task runner needs the dask extra: "
                               "pip install -e '.[dask]'") from None
        if dask_address:
            return DaskTaskRunner(address=dask_address)
        return DaskTaskRunner(cluster_kwargs={"n_workers": workers, "threads_per_worker": 1,
                                              "processes": True, "dashboard_address": None})
    raise ValueError(f"unknown task runner {kind!r}; expected one of {', '.join(KINDS)}")

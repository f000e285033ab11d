"""Against a real Prefect server on 127.0.0.1 (started and stopped here), and on a
2-worker Dask LocalCluster."""
import os
import subprocess
import sys
from pathlib import Path

import pyarrow.dataset as ds
from prefect.settings import PREFECT_API_URL, temporary_settings

from flows.build import build_warehouse
from flows.server import local_server


def test_flow_runs_against_a_real_server_and_leaves_its_summary(raw_dir, tmp_path):
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterKey

    with local_server(home=tmp_path / "prefect-home") as api_url:
        with temporary_settings({PREFECT_API_URL: api_url}):
            summary = build_warehouse(raw_dir=raw_dir, warehouse_dir=tmp_path / "wh",
                                      judgements_path=tmp_path / "none.txt")
            with get_client(sync_client=True) as client:
                runs = client.read_flow_runs()
                artifacts = client.read_artifacts(artifact_filter=ArtifactFilter(
                    key=ArtifactFilterKey(any_=["ipcoop-run-summary"])))
    assert summary["wrote_snapshot"]
    assert [r.state.type.value for r in runs] == ["COMPLETED"]
    assert artifacts and summary["run_id"] in artifacts[0].data
    assert artifacts[0].flow_run_id == runs[0].id


def _tables(wh):
    names = ["documents", "person_mentions", "persons", "events", "event_participants",
             "country_pair_stats"]
    return {n: sorted(ds.dataset(wh / n, partitioning="hive").to_table().to_pylist(),
                      key=repr) for n in names}


def _ipcoop(*args, cwd):
    """The real command in its own process: the Dask cluster lives and dies with it."""
    ipcoop = Path(sys.executable).with_name("ipcoop")
    env = dict(os.environ, IPCOOP_JUDGEMENTS=str(Path(cwd) / "none.txt"))
    env.pop("PREFECT_API_URL", None)
    return subprocess.run([str(ipcoop), "run", "--no-progress", *args], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=400)


def test_dask_runner_gives_the_same_tables_as_the_default(raw_dir, tmp_path):
    (raw_dir / "005_extra.txt").write_text(
        " date 2024-02-02 The Minister of Justice of the Republic of Uzbekistan, Aziz "
        "Karimov, met the Ambassador of Japan, Kenji Sato, in Tashkent.", encoding="utf-8")
    common = ["--raw", str(raw_dir)]
    plain = _ipcoop(*common, "--warehouse", str(tmp_path / "a"), "--task-runner", "thread",
                    cwd=tmp_path)
    assert plain.returncode == 0, plain.stderr[-2000:]
    dasked = _ipcoop(*common, "--warehouse", str(tmp_path / "b"), "--task-runner", "dask",
                     cwd=tmp_path)
    assert dasked.returncode == 0, dasked.stderr[-2000:]
    a, b = _tables(tmp_path / "a"), _tables(tmp_path / "b")
    assert a["documents"] and a["persons"]
    for name in a:  # ingested_at differs by design: compare everything else
        strip = lambda rows: [{k: v for k, v in r.items() if k != "ingested_at"}  # noqa: E731
                              for r in rows]
        assert strip(a[name]) == strip(b[name]), name

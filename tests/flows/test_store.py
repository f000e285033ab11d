"""The snapshot store: atomic publication, hard-linked reuse, locking, checks, moves."""
import os
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pyarrow.dataset as ds
import pytest

from flows import store
from flows.query import run_query
from flows.store import (DUCKDB_FILE, MAX_PARTS, DataCheckFailed, Warehouse, WarehouseBusy,
                         new_run_id)
from transforms.schema import DOCUMENTS, PUBLISHED, TABLES


def doc_rows(*ids):
    import datetime as dt

    now = dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc)
    return DOCUMENTS.from_rows([
        {"document_id": i, "source_path": f"{i}.txt", "sha256": "0" * 64, "language": "en",
         "published_date": None, "text": f"text of {i}", "encoding": "utf-8",
         "ingested_at": now} for i in ids])


def publish(wh, added, drop=frozenset(), checks=None):
    writer = wh.begin(new_run_id())
    writer.update("documents", added, "document_id", set(drop))
    return writer.commit(meta={}, checks=checks)


def ids(wh):
    return sorted(wh.current().read("documents", ["document_id"]).column(0).to_pylist())


def test_first_commit_publishes_every_table_through_relative_links(tmp_path):
    wh = Warehouse(tmp_path / "wh")
    with wh.lock():
        publish(wh, doc_rows("a", "b"))
    for name in PUBLISHED:
        link = wh.root / name
        assert link.is_symlink() and not os.path.isabs(os.readlink(link))
        assert list(link.rglob("*.parquet")), f"{name} has no Parquet file"
    con = duckdb.connect()
    n = con.execute("select count(*) from read_parquet(?)",
                    [str(wh.root / "documents" / "**" / "*.parquet")]).fetchone()[0]
    assert n == 2
    assert not (wh.root / "_extractions").exists()  # internal tables are not published


def test_unfinished_run_leaves_previous_snapshot_visible(tmp_path):
    wh = Warehouse(tmp_path / "wh")
    with wh.lock():
        publish(wh, doc_rows("a"))
        before = wh.current().snapshot_id
        writer = wh.begin(new_run_id())  # a run that dies before commit
        writer.update("documents", doc_rows("b"), "document_id", {"a"})
    assert wh.current().snapshot_id == before
    assert ids(wh) == ["a"]
    with wh.lock():
        publish(wh, doc_rows("c"))  # the next run cleans the leftover up
    assert ids(wh) == ["a", "c"]
    assert len(list(wh.snapshots.iterdir())) == 2  # current + the one before it


def test_update_hard_links_untouched_parts_and_rewrites_dropped(tmp_path):
    wh = Warehouse(tmp_path / "wh")
    with wh.lock():
        first = publish(wh, doc_rows("a", "b"))
        second = publish(wh, doc_rows("c"))
        assert os.path.samefile(first.parts("documents")[0], second.parts("documents")[0])
        third = publish(wh, doc_rows(), drop={"c"})
    assert ids(wh) == ["a", "b"]
    assert all(not p.name.startswith(f"part-{second.snapshot_id}")
               for p in third.parts("documents"))


def test_many_small_runs_are_compacted(tmp_path):
    wh = Warehouse(tmp_path / "wh")
    with wh.lock():
        for i in range(MAX_PARTS + 2):
            snap = publish(wh, doc_rows(f"d{i}"))
    assert len(snap.parts("documents")) <= MAX_PARTS
    assert ids(wh) == sorted(f"d{i}" for i in range(MAX_PARTS + 2))


def test_second_writer_is_refused_with_a_message(tmp_path):
    wh = Warehouse(tmp_path / "wh")
    with wh.lock():
        with pytest.raises(WarehouseBusy, match=r"another ipcoop run \(pid \d+"):
            with Warehouse(tmp_path / "wh").lock():
                pass
    with Warehouse(tmp_path / "wh").lock():  # released afterwards
        pass


def test_failed_data_check_publishes_nothing(tmp_path):
    wh = Warehouse(tmp_path / "wh")
    with wh.lock():
        publish(wh, doc_rows("a"))
        before = wh.current().snapshot_id
        with pytest.raises(DataCheckFailed, match="no_b_allowed"):
            publish(wh, doc_rows("b"), checks={
                "no_b_allowed": "select * from documents where document_id = 'b'"})
    assert wh.current().snapshot_id == before and ids(wh) == ["a"]


def test_duckdb_file_works_after_the_folder_moves(tmp_path, monkeypatch):
    wh = Warehouse(tmp_path / "wh")
    with wh.lock():
        publish(wh, doc_rows("a", "b"))
    moved = tmp_path / "elsewhere" / "copy"
    shutil.copytree(wh.root, moved, symlinks=True)
    shutil.rmtree(wh.root)
    monkeypatch.chdir(tmp_path)
    assert run_query(moved, "select count(*) from documents")[1] == [(2,)]
    comments = run_query(moved, "select comment from duckdb_columns() "
                                "where table_name = 'documents' and column_name = 'text'")[1]
    assert "offset" in comments[0][0]


def test_pypi_duckdb_cli_opens_the_file(tmp_path):
    beside_python = Path(sys.executable).parent / "duckdb"
    cli = str(beside_python) if beside_python.exists() else shutil.which("duckdb")
    if cli is None:
        pytest.skip("duckdb-cli (dev extra) not installed")
    wh = Warehouse(tmp_path / "wh")
    with wh.lock():
        publish(wh, doc_rows("a"))
    out = subprocess.run([cli, "-csv", "-noheader", str(wh.root / DUCKDB_FILE), "-c",
                          "select count(*) from documents"], capture_output=True, text=True,
                         cwd="/")
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "1"


@pytest.mark.parametrize("sql", [
    "create table x as select 1",
    "drop view documents",
    "insert into store.documents select * from store.documents",
])
def test_sql_cannot_modify_the_warehouse(tmp_path, sql):
    wh = Warehouse(tmp_path / "wh")
    with wh.lock():
        publish(wh, doc_rows("a"))
    with pytest.raises(duckdb.Error, match="read-only"):
        run_query(wh.root, sql)
    assert run_query(wh.root, "select count(*) from documents")[1] == [(1,)]


def test_sql_cannot_write_files(tmp_path):
    wh = Warehouse(tmp_path / "wh")
    with wh.lock():
        publish(wh, doc_rows("a"))
    with pytest.raises(duckdb.Error):
        run_query(wh.root, f"copy documents to '{tmp_path / 'out.csv'}'")
    assert not (tmp_path / "out.csv").exists()


def test_empty_table_still_has_a_readable_parquet_file(tmp_path):
    wh = Warehouse(tmp_path / "wh")
    with wh.lock():
        publish(wh, doc_rows("a"))
    t = ds.dataset(wh.root / "persons").to_table()
    assert t.num_rows == 0 and t.schema.names == TABLES["persons"].schema.names


def duckdb_rows(wh, name):
    with duckdb.connect(str(wh.root / DUCKDB_FILE), read_only=True) as con:
        return sorted(con.execute(f'select document_id, text from "{name}"').fetchall())


def test_duckdb_file_updated_from_the_parent_matches_the_parquet(tmp_path):
    wh = Warehouse(tmp_path / "wh")
    with wh.lock():
        publish(wh, doc_rows("a", "b"))
        publish(wh, doc_rows("c"))  # parts added: rows inserted into the parent's copy
        publish(wh, doc_rows("d"), drop={"a"})  # a part rewritten: table replaced
        publish(wh, doc_rows())  # nothing changed
    parquet = sorted((r["document_id"], r["text"]) for r in
                     wh.current().read("documents", ["document_id", "text"]).to_pylist())
    assert duckdb_rows(wh, "documents") == parquet
    assert [d for d, _ in parquet] == ["b", "c", "d"]
    with duckdb.connect(str(wh.root / DUCKDB_FILE), read_only=True) as con:
        comment = con.execute("select comment from duckdb_views() "
                              "where view_name = 'documents'").fetchone()[0]
    assert comment == DOCUMENTS.grain


def test_duckdb_file_is_rebuilt_when_the_layout_changes(tmp_path, monkeypatch):
    wh = Warehouse(tmp_path / "wh")
    with wh.lock():
        publish(wh, doc_rows("a"))
        monkeypatch.setattr("flows.store.duckdb_layout", lambda: "another")

        def no_copy(*_):
            raise AssertionError("a file of another layout was copied")
        monkeypatch.setattr("flows.store.shutil.copyfile", no_copy)
        publish(wh, doc_rows("b"))
    assert wh.current().manifest["duckdb_layout"] == "another"
    assert [d for d, _ in duckdb_rows(wh, "documents")] == ["a", "b"]


def test_compaction_keeps_rows_that_replace_dropped_ones(tmp_path):
    # a re-extracted document's rows are dropped and added in one update: compaction
    # must drop the old rows only, not the new ones
    wh = Warehouse(tmp_path / "wh")
    with wh.lock():
        for i in range(MAX_PARTS):
            publish(wh, doc_rows(f"d{i}"))
        snap = publish(wh, doc_rows("d0"), drop={"d0"})
    assert len(snap.parts("documents")) == 1  # compacted
    assert ids(wh) == sorted(f"d{i}" for i in range(MAX_PARTS))
    assert duckdb_rows(wh, "documents") == [(f"d{i}", f"text of d{i}")
                                            for i in range(MAX_PARTS)]


def test_duckdb_file_is_rebuilt_when_mostly_free_blocks(tmp_path, monkeypatch):
    wh = Warehouse(tmp_path / "wh")
    views = []
    real = store._create_view
    monkeypatch.setattr(store, "_create_view", lambda con, name, spec: (
        views.append(name), real(con, name, spec)))
    with wh.lock():
        publish(wh, doc_rows("a"))
        created = len(views)
        publish(wh, doc_rows("b"))  # an edited copy: no view created again
        assert len(views) == created
        monkeypatch.setattr(store, "MAX_FREE_SHARE", -1.0)
        publish(wh, doc_rows("c"))  # rebuilt from scratch
    assert len(views) == 2 * created
    assert [d for d, _ in duckdb_rows(wh, "documents")] == ["a", "b", "c"]

"""End to end: the Prefect flow on temporary raw folders, then the CLI on its output."""
import os
import shutil

import duckdb
import pytest
from typer.testing import CliRunner

from flows.build import build_warehouse
from flows.cli import app
from flows.query import run_query
from flows.store import Warehouse
from transforms.checks import check_queries

pytestmark = pytest.mark.usefixtures("prefect_server")


def build(raw, wh, **kw):
    return build_warehouse(raw_dir=raw, warehouse_dir=wh, **kw)


def q(wh, sql):
    return run_query(wh, sql)[1]


def add_bad_and_cp1251_files(raw, russian_article):
    (raw / "empty.txt").write_bytes(b"")
    (raw / "scan.pdf").write_bytes(b"%PDF-1.4\n\x00\x01\x02binary\x00payload" * 20)
    (raw / "100_ru.txt").write_bytes(russian_article.encode("cp1251"))


def test_examples_with_bad_files_give_three_documents_and_two_errors(raw_dir, tmp_path,
                                                                     russian_article):
    add_bad_and_cp1251_files(raw_dir, russian_article)
    wh = tmp_path / "wh"
    summary = build(raw_dir, wh)
    assert summary["files_seen"] == 5 and summary["files_errored"] == 2
    assert q(wh, "select count(*) from documents") == [(3,)]
    errors = dict(q(wh, "select source_path, error from ingest_errors"))
    assert set(errors) == {"empty.txt", "scan.pdf"}
    assert "empty" in errors["empty.txt"] and "binary" in errors["scan.pdf"]
    ru = q(wh, "select encoding, language, text from documents where source_path = '100_ru.txt'")
    assert ru == [("cp1251", "ru", russian_article.replace("\r\n", "\n"))]
    dated = q(wh, "select published_date::varchar, left(text, 9) from documents "
                  "where published_date is not null")
    assert dated == [("2025-08-21", "The event")]  # header parsed and removed

    result = CliRunner().invoke(app, ["sql", "select count(*) from documents",
                                      "--warehouse", str(wh)])
    assert result.exit_code == 0
    assert result.output.splitlines()[2].strip() == "3"


def test_rerun_with_nothing_new_writes_nothing(raw_dir, tmp_path):
    wh = tmp_path / "wh"
    build(raw_dir, wh)
    snapshot = Warehouse(wh).current().snapshot_id
    again = build(raw_dir, wh)
    assert again["wrote_snapshot"] is False and again["files_unchanged"] == 2
    assert Warehouse(wh).current().snapshot_id == snapshot


def test_added_file_is_processed_alone(raw_dir, tmp_path):
    wh = tmp_path / "wh"
    build(raw_dir, wh)
    before = dict(q(wh, "select document_id, ingested_at from documents"))
    old_part = Warehouse(wh).current().parts("documents")[0]
    (raw_dir / "200_new.txt").write_text(" date 2026-01-02 A new article about a visit.",
                                         encoding="utf-8")
    summary = build(raw_dir, wh)
    assert (summary["files_new"], summary["files_unchanged"]) == (1, 2)
    assert summary["documents_added"] == 1
    after = dict(q(wh, "select document_id, ingested_at from documents"))
    assert {k: after[k] for k in before} == before  # old rows untouched
    assert os.path.samefile(old_part, Warehouse(wh).current().parts("documents")[0])


def test_deleted_and_changed_files_leave_the_warehouse(raw_dir, tmp_path):
    wh = tmp_path / "wh"
    (raw_dir / "x.txt").write_text("First version of an article.", encoding="utf-8")
    build(raw_dir, wh)
    old_id = q(wh, "select document_id from documents where source_path = 'x.txt'")[0][0]
    (raw_dir / "x.txt").write_text("Second, longer version of the article.", encoding="utf-8")
    (raw_dir / "000_d0c9c4210aef86e5.txt").unlink()
    summary = build(raw_dir, wh)
    assert summary["files_changed"] == 1 and summary["files_deleted"] == 1
    assert summary["documents_removed"] == 2 and summary["documents_added"] == 1
    paths = q(wh, "select source_path from documents order by 1")
    assert paths == [("003_20cb63724b8c3068.txt",), ("x.txt",)]
    assert q(wh, f"select count(*) from documents where document_id = '{old_id}'") == [(0,)]


def test_same_text_under_two_names_is_one_document(raw_dir, tmp_path):
    wh = tmp_path / "wh"
    shutil.copy(raw_dir / "003_20cb63724b8c3068.txt", raw_dir / "999_copy.txt")
    build(raw_dir, wh)
    assert q(wh, "select count(*) from documents") == [(2,)]
    rows = q(wh, "select source_path, status from source_files order by 1")
    assert rows[-1] == ("999_copy.txt", "duplicate")
    # deleting the canonical path moves the document to the remaining copy
    (raw_dir / "003_20cb63724b8c3068.txt").unlink()
    build(raw_dir, wh)
    assert q(wh, "select source_path from documents order by 1")[-1] == ("999_copy.txt",)


def test_malformed_header_and_oversized_file(raw_dir, tmp_path):
    wh = tmp_path / "wh"
    (raw_dir / "bad_date.txt").write_text(" date 2025-13-45 Ministers met in the capital.",
                                          encoding="utf-8")
    (raw_dir / "huge.txt").write_text("word " * 4000, encoding="utf-8")
    build(raw_dir, wh, max_file_bytes=10_000)
    errors = q(wh, "select source_path, severity, error from ingest_errors order by 1")
    assert [(p, s) for p, s, _ in errors] == [("bad_date.txt", "warning"), ("huge.txt", "error")]
    assert "2025-13-45" in errors[0][2] and "10,000" in errors[1][2]
    assert q(wh, "select published_date, text from documents where source_path = "
                 "'bad_date.txt'") == [(None, "Ministers met in the capital.")]


def test_data_checks_return_no_rows(raw_dir, tmp_path, russian_article):
    add_bad_and_cp1251_files(raw_dir, russian_article)
    wh = tmp_path / "wh"
    build(raw_dir, wh)
    con = duckdb.connect(str(wh / "warehouse.duckdb"), read_only=True)
    for name, sql in check_queries().items():
        assert con.execute(sql).fetchall() == [], name


def test_cli_run_refuses_while_another_run_holds_the_warehouse(raw_dir, tmp_path):
    wh = tmp_path / "wh"
    with Warehouse(wh).lock():
        result = CliRunner().invoke(app, ["run", "--raw", str(raw_dir), "--warehouse", str(wh)])
    assert result.exit_code == 3
    assert "another ipcoop run" in result.output


def test_cli_run_builds_and_reports(raw_dir, tmp_path):
    wh = tmp_path / "wh"
    result = CliRunner().invoke(app, ["run", "--raw", str(raw_dir), "--warehouse", str(wh)])
    assert result.exit_code == 0, result.output
    assert "2 new" in result.output and "documents +2" in result.output
    again = CliRunner().invoke(app, ["run", "--raw", str(raw_dir), "--warehouse", str(wh)])
    assert "nothing new" in again.output and "Prefect not started" in again.output
    forced = CliRunner().invoke(app, ["run", "--raw", str(raw_dir), "--warehouse", str(wh),
                                      "--force"])
    assert forced.exit_code == 0 and "nothing new" in forced.output
    assert "Prefect not started" not in forced.output
    snapshot_before_full = Warehouse(wh).current().snapshot_id
    full = CliRunner().invoke(app, ["run", "--raw", str(raw_dir), "--warehouse", str(wh),
                                    "--full-resolution"])
    assert full.exit_code == 0, full.output
    assert "persons resolved: full" in full.output
    assert Warehouse(wh).current().snapshot_id != snapshot_before_full

import datetime as dt

import pytest

from transforms.incremental import FileOutcome, FileStat, plan_reads, reconcile
from transforms.ingest import Document, IngestResult, Problem

EARLIER = dt.datetime(2025, 8, 1, 9, 0, tzinfo=dt.timezone.utc)
NOW = dt.datetime(2025, 9, 1, 9, 0, tzinfo=dt.timezone.utc)

DOC_A = "aaaaaaaaaaaaaaaa"
DOC_B = "bbbbbbbbbbbbbbbb"
DECODE_ERROR = "cannot decode: not valid UTF-8 (byte 0xe9 at offset 3)"
BAD_HEADER = "bad_header"


def document(did, encoding="utf-8"):
    return Document(did, f"Article {did}.", "en", None, encoding)


def stat(path, size=100, mtime=1_000):
    return FileStat(path, size, mtime)


def ok(path, did, sha=None, size=100, mtime=1_000, problems=(), encoding="utf-8"):
    return FileOutcome(stat(path, size, mtime),
                       IngestResult(sha or f"sha-{path}", document(did, encoding), problems))


def code_of(error):
    return "undecodable" if error.startswith("cannot decode") else error.split(":")[0]


def failed(path, error=DECODE_ERROR, sha=None, size=100, mtime=1_000):
    return FileOutcome(stat(path, size, mtime),
                       IngestResult(sha or f"sha-{path}", None,
                                    (Problem(code_of(error), error),)))


def prev_row(path, did, status="document", sha=None, size=100, mtime=1_000):
    return {"source_path": path, "size_bytes": size, "modified_ns": mtime,
            "sha256": sha or f"sha-{path}", "status": status, "document_id": did,
            "encoding": None if status == "error" else "utf-8", "first_seen_at": EARLIER}


def prev_error(path, error=DECODE_ERROR, severity="error"):
    code = BAD_HEADER if severity == "warning" else code_of(error)
    return {"source_path": path, "sha256": f"sha-{path}", "code": code, "error": error,
            "severity": severity, "detected_at": EARLIER}


def run(listing, outcomes, previous_files=(), previous_errors=(), previous_documents=None):
    """plan_reads + reconcile, with the outcomes the caller says were read."""
    prev = {r["source_path"]: r for r in previous_files}
    plan = plan_reads(listing, prev)
    assert sorted(o.stat.path for o in outcomes) == [s.path for s in plan.to_read]
    return reconcile(plan, outcomes, prev, list(previous_errors),
                     previous_documents or {}, NOW)


def by_path(rows):
    return {r["source_path"]: r for r in rows}


# --- plan_reads -------------------------------------------------------------------------

def test_plan_unchanged_file_is_not_read():
    plan = plan_reads([stat("a.txt")], {"a.txt": prev_row("a.txt", DOC_A)})
    assert plan.to_read == []
    assert plan.unchanged == ["a.txt"]
    assert plan.nothing_to_do


@pytest.mark.parametrize("size, mtime", [(100, 2_000), (101, 1_000), (99, 999)])
def test_plan_changed_size_or_mtime_is_read(size, mtime):
    st = stat("a.txt", size, mtime)
    plan = plan_reads([st], {"a.txt": prev_row("a.txt", DOC_A)})
    assert plan.to_read == [st]
    assert plan.unchanged == [] and plan.new == []


def test_plan_new_file_is_read_and_listed_new():
    plan = plan_reads([stat("a.txt"), stat("b.txt")], {"a.txt": prev_row("a.txt", DOC_A)})
    assert [s.path for s in plan.to_read] == ["b.txt"]
    assert plan.new == ["b.txt"]


def test_plan_deleted_paths_listed_sorted():
    previous = {p: prev_row(p, DOC_A) for p in ["z.txt", "a.txt", "m/b.txt"]}
    plan = plan_reads([stat("m/b.txt")], previous)
    assert plan.deleted == ["a.txt", "z.txt"]
    assert not plan.nothing_to_do


def test_plan_to_read_is_in_path_order():
    plan = plan_reads([stat("c.txt"), stat("a.txt"), stat("b/x.txt")], {})
    assert [s.path for s in plan.to_read] == ["a.txt", "b/x.txt", "c.txt"]


# --- reconcile: documents ---------------------------------------------------------------

@pytest.mark.parametrize("order", [["a.txt", "b.txt"], ["b.txt", "a.txt"]])
def test_same_text_in_two_files_is_one_document_at_first_path(order):
    outcomes = [ok(p, DOC_A) for p in order]
    state = reconcile(plan_reads([o.stat for o in outcomes], {}), outcomes, {}, [], {}, NOW)
    assert [(d.document_id, path, sha) for d, path, sha in state.documents_added] == \
        [(DOC_A, "a.txt", "sha-a.txt")]
    rows = by_path(state.source_files)
    assert rows["a.txt"]["status"] == "document"
    assert rows["b.txt"]["status"] == "duplicate"
    assert rows["b.txt"]["document_id"] == DOC_A


def test_added_document_comes_from_its_source_path_file():
    outcomes = [ok("b.txt", DOC_A, encoding="utf-8"), ok("a.txt", DOC_A, encoding="cp1251")]
    state = reconcile(plan_reads([o.stat for o in outcomes], {}), outcomes, {}, [], {}, NOW)
    ((doc, path, _),) = state.documents_added
    assert (path, doc.encoding) == ("a.txt", "cp1251")


def test_new_duplicate_of_known_document_adds_nothing():
    previous = [prev_row("b.txt", DOC_A)]
    state = run([stat("b.txt"), stat("c.txt")], [ok("c.txt", DOC_A)], previous,
                previous_documents={DOC_A: "b.txt"})
    assert state.documents_added == []
    assert state.documents_removed == set()
    assert by_path(state.source_files)["c.txt"]["status"] == "duplicate"


def test_new_file_earlier_in_sort_order_takes_over_document():
    previous = [prev_row("b.txt", DOC_A)]
    state = run([stat("a.txt"), stat("b.txt")], [ok("a.txt", DOC_A)], previous,
                previous_documents={DOC_A: "b.txt"})
    assert state.documents_moved == {DOC_A: {"source_path": "a.txt", "sha256": "sha-a.txt", "encoding": "utf-8"}}
    assert by_path(state.source_files)["b.txt"]["status"] == "duplicate"


def test_changed_content_removes_old_document_and_adds_new():
    previous = [prev_row("x.txt", DOC_A, sha="old")]
    state = run([stat("x.txt", mtime=2_000)], [ok("x.txt", DOC_B, sha="new", mtime=2_000)],
                previous, previous_documents={DOC_A: "x.txt"})
    assert state.documents_removed == {DOC_A}
    assert [d.document_id for d, _, _ in state.documents_added] == [DOC_B]
    assert state.changed == ["x.txt"]
    assert by_path(state.source_files)["x.txt"]["document_id"] == DOC_B


def test_changed_file_keeps_document_still_held_by_a_duplicate():
    previous = [prev_row("a.txt", DOC_A), prev_row("b.txt", DOC_A, status="duplicate")]
    state = run([stat("a.txt", mtime=2_000), stat("b.txt")],
                [ok("a.txt", DOC_B, sha="new", mtime=2_000)], previous,
                previous_documents={DOC_A: "a.txt"})
    assert state.documents_removed == set()
    assert state.documents_moved == {DOC_A: {"source_path": "b.txt", "sha256": "sha-b.txt", "encoding": "utf-8"}}
    assert state.changed == ["a.txt"]


def test_touched_file_with_same_bytes_is_not_changed():
    previous = [prev_row("x.txt", DOC_A)]
    state = run([stat("x.txt", mtime=2_000)], [ok("x.txt", DOC_A, mtime=2_000)], previous,
                previous_documents={DOC_A: "x.txt"})
    assert state.changed == []
    assert state.documents_added == [] and state.documents_removed == set()
    assert state.documents_moved == {}
    assert by_path(state.source_files)["x.txt"]["modified_ns"] == 2_000


def test_deleting_canonical_path_moves_document_to_remaining_copy():
    previous = [prev_row("a.txt", DOC_A), prev_row("b.txt", DOC_A, status="duplicate")]
    state = run([stat("b.txt")], [], previous, previous_documents={DOC_A: "a.txt"})
    assert state.documents_moved == {DOC_A: {"source_path": "b.txt", "sha256": "sha-b.txt", "encoding": "utf-8"}}
    assert state.documents_removed == set()
    assert [(r["source_path"], r["status"]) for r in state.source_files] == \
        [("b.txt", "document")]


def test_deleting_every_copy_removes_document():
    previous = [prev_row("a.txt", DOC_A), prev_row("b.txt", DOC_A, status="duplicate"),
                prev_row("c.txt", DOC_B)]
    state = run([stat("c.txt")], [], previous,
                previous_documents={DOC_A: "a.txt", DOC_B: "c.txt"})
    assert state.documents_removed == {DOC_A}
    assert [r["source_path"] for r in state.source_files] == ["c.txt"]


def test_first_seen_at_kept_for_known_path_and_now_for_new():
    previous = [prev_row("a.txt", DOC_A)]
    state = run([stat("a.txt", mtime=2_000), stat("b.txt")],
                [ok("a.txt", DOC_A, mtime=2_000), ok("b.txt", DOC_B)], previous,
                previous_documents={DOC_A: "a.txt"})
    rows = by_path(state.source_files)
    assert rows["a.txt"]["first_seen_at"] == EARLIER
    assert rows["b.txt"]["first_seen_at"] == NOW


# --- reconcile: errors and warnings -----------------------------------------------------

def test_error_file_gets_error_status_and_error_row():
    state = run([stat("bad.txt")], [failed("bad.txt")])
    (row,) = state.source_files
    assert (row["status"], row["document_id"]) == ("error", None)
    assert state.ingest_errors == [{"source_path": "bad.txt", "sha256": "sha-bad.txt",
                                    "code": "undecodable", "error": DECODE_ERROR,
                                    "severity": "error",
                                    "detected_at": NOW}]
    assert state.documents_added == []
    assert state.errored == 1


def test_error_row_kept_unread_when_file_unchanged():
    previous = [prev_row("bad.txt", None, status="error")]
    state = run([stat("bad.txt")], [], previous, [prev_error("bad.txt")])
    assert state.ingest_errors == [prev_error("bad.txt")]
    assert state.errored == 1


def test_persisting_error_keeps_detected_at_when_reread():
    previous = [prev_row("bad.txt", None, status="error")]
    state = run([stat("bad.txt", mtime=2_000)], [failed("bad.txt", mtime=2_000)], previous,
                [prev_error("bad.txt")])
    assert [e["detected_at"] for e in state.ingest_errors] == [EARLIER]


def test_different_error_on_reread_gets_new_detected_at():
    previous = [prev_row("bad.txt", None, status="error")]
    state = run([stat("bad.txt", mtime=2_000)],
                [failed("bad.txt", "binary file: it contains NUL bytes", mtime=2_000)],
                previous, [prev_error("bad.txt")])
    assert [(e["error"], e["detected_at"]) for e in state.ingest_errors] == \
        [("binary file: it contains NUL bytes", NOW)]


def test_error_disappears_when_file_fixed():
    previous = [prev_row("bad.txt", None, status="error")]
    state = run([stat("bad.txt", mtime=2_000)], [ok("bad.txt", DOC_A, mtime=2_000)], previous,
                [prev_error("bad.txt")])
    assert state.ingest_errors == []
    assert by_path(state.source_files)["bad.txt"]["status"] == "document"
    assert [d.document_id for d, _, _ in state.documents_added] == [DOC_A]


def test_error_disappears_when_file_deleted():
    previous = [prev_row("bad.txt", None, status="error"), prev_row("a.txt", DOC_A)]
    state = run([stat("a.txt")], [], previous, [prev_error("bad.txt")],
                previous_documents={DOC_A: "a.txt"})
    assert state.ingest_errors == []
    assert state.errored == 0


def test_warning_keeps_document():
    warning = Problem(BAD_HEADER, "malformed date header 'date 2025-02-30'", severity="warning")
    state = run([stat("w.txt")], [ok("w.txt", DOC_A, problems=(warning,))])
    assert by_path(state.source_files)["w.txt"]["status"] == "document"
    assert [d.document_id for d, _, _ in state.documents_added] == [DOC_A]
    assert [(e["source_path"], e["severity"], e["error"]) for e in state.ingest_errors] == \
        [("w.txt", "warning", warning.error)]
    assert state.errored == 0


def test_warning_disappears_when_header_fixed():
    previous = [prev_row("w.txt", DOC_A)]
    state = run([stat("w.txt", mtime=2_000)], [ok("w.txt", DOC_B, mtime=2_000)], previous,
                [prev_error("w.txt", "malformed date header", "warning")],
                previous_documents={DOC_A: "w.txt"})
    assert state.ingest_errors == []

"""Resolution through the flow: stable ids across runs, judgements replayed, the CLI."""
import pytest
from typer.testing import CliRunner

from flows.build import build_warehouse
from flows.cli import app
from flows.query import run_query

pytestmark = pytest.mark.usefixtures("prefect_server")

ARTICLES = {
    "101_a.txt": " date 2024-03-01 The Chairperson of the National Patent Office of the "
                 "Republic of Kazakhstan, Aigerim Sadykova, met the Vice Minister of Justice "
                 "of the Republic of Korea, Choi Min-jae, in Seoul. Sadykova thanked the Korean "
                 "side for the invitation.",
    "102_b.txt": " date 2024-05-10 Председатель Национального патентного ведомства Республики "
                 "Казахстан Айгерим Садыкова провела встречу с делегацией Кыргызской "
                 "Республики. Садыкова отметила рост числа заявок.",
    "103_c.txt": " date 2024-06-02 Vice Minister Choi Minjae of the Republic of Korea received "
                 "Ambassador Timur Akbulatov of Kyrgyzstan. Mr. Akbulatov said the talks "
                 "were useful.",
}


def write(raw, files):
    raw.mkdir(exist_ok=True)
    for name, text in files.items():
        (raw / name).write_text(text, encoding="utf-8")


def persons(wh):
    return dict(run_query(wh, "select name, person_id from persons")[1])


def build(raw, wh, judgements):
    return build_warehouse(raw_dir=raw, warehouse_dir=wh, judgements_path=judgements)


def test_spellings_across_documents_and_scripts_are_one_stable_person(tmp_path):
    raw, wh, judge = tmp_path / "raw", tmp_path / "wh", tmp_path / "judgements.txt"
    write(raw, dict(list(ARTICLES.items())[:2]))
    build(raw, wh, judge)
    first = persons(wh)
    sadykova = first["Aigerim Sadykova"]
    spellings = {a for (a,) in run_query(wh, f"select alias from person_aliases "
                                             f"where person_id = '{sadykova}'")[1]}
    assert {"Aigerim Sadykova", "Айгерим Садыкова", "Sadykova", "Садыкова"} <= spellings
    write(raw, ARTICLES)  # one more document
    build(raw, wh, judge)
    later = persons(wh)
    assert {k: later[k] for k in first} == first  # no id renumbered
    choi = run_query(wh, "select count(distinct person_id) from person_mentions "
                         "where surface like 'Choi%'")[1]
    assert choi == [(1,)]


def test_judgements_are_replayed_and_merges_redirect(tmp_path):
    raw, wh, judge = tmp_path / "raw", tmp_path / "wh", tmp_path / "judgements.txt"
    write(raw, ARTICLES)
    build(raw, wh, judge)
    before = persons(wh)
    runner = CliRunner()
    out = runner.invoke(app, ["persons", "merge", "Timur Akbulatov", "Aigerim Sadykova",
                              "--warehouse", str(wh), "--judgements", str(judge)])
    assert out.exit_code == 0, out.output
    assert "same" in judge.read_text()
    summary = build(raw, wh, judge)  # the judgements file changed: the run re-resolves
    assert summary["wrote_snapshot"]
    after = persons(wh)
    assert len(after) == len(before) - 1
    kept = after[next(n for n in after if n in ("Aigerim Sadykova", "Timur Akbulatov"))]
    redirects = run_query(wh, "select old_person_id, person_id from person_redirects")[1]
    assert len(redirects) == 1 and redirects[0][1] == kept
    shown = runner.invoke(app, ["persons", "show", redirects[0][0], "--warehouse", str(wh)])
    assert "judgement" in shown.output and kept in shown.output

    out = runner.invoke(app, ["persons", "split", kept, "Timur Akbulatov",
                              "--warehouse", str(wh), "--judgements", str(judge)])
    assert out.exit_code == 0, out.output
    build(raw, wh, judge)
    ids = run_query(wh, "select count(distinct person_id) from person_mentions "
                        "where surface in ('Timur Akbulatov', 'Aigerim Sadykova')")[1]
    assert ids == [(2,)]


def test_a_bad_judgement_line_stops_the_run_naming_the_line(tmp_path):
    raw, wh, judge = tmp_path / "raw", tmp_path / "wh", tmp_path / "judgements.txt"
    write(raw, ARTICLES)
    judge.write_text("# mine\nmerge\tA\tB\n", encoding="utf-8")
    out = CliRunner().invoke(app, ["run", "--raw", str(raw), "--warehouse", str(wh)],
                             env={"IPCOOP_JUDGEMENTS": str(judge)})
    assert out.exit_code == 2
    assert "line 2" in out.output and "merge" in out.output
    assert not (wh / "warehouse.duckdb").exists()

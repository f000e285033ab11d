"""What users read: README's SQL examples and commands, the data dictionary, the report."""
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from typer.testing import CliRunner

from flows.build import build_warehouse
from flows.cli import app
from flows.query import run_query
from transforms.dictionary import data_dictionary

REPO = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.usefixtures("prefect_server")


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory, prefect_server):
    wh = tmp_path_factory.mktemp("wh") / "warehouse"
    build_warehouse(raw_dir=REPO / "raw", warehouse_dir=wh,
                    judgements_path=wh.parent / "none.txt")
    return wh


def readme_blocks(lang):
    return re.findall(rf"```{lang}\n(.*?)```", (REPO / "README.md").read_text(), re.S)


@pytest.mark.parametrize("sql", readme_blocks("sql"))
def test_readme_sql_examples_run(warehouse, sql):
    columns, rows = run_query(warehouse, sql)
    assert columns


def test_readme_cli_query_examples_run(warehouse):
    runner = CliRunner()
    block = readme_blocks("bash")[2]
    for line in block.splitlines():
        cmd = line.split("#")[0].strip()
        if not cmd.startswith("ipcoop ") or " --out " in cmd:
            continue
        args = re.findall(r'"[^"]*"|\S+', cmd)[1:]
        args = [a.strip('"') for a in args] + ["--warehouse", str(warehouse)]
        out = runner.invoke(app, args)
        assert out.exit_code == 0, (cmd, out.output)


def test_data_dictionary_is_current():
    committed = (REPO / "docs" / "data_dictionary.md").read_text(encoding="utf-8")
    assert committed == data_dictionary(), "run `ipcoop dictionary` and commit the result"


def test_stats_for_a_country_lists_partners(warehouse):
    out = CliRunner().invoke(app, ["stats", "--country", "KAZ", "--warehouse", str(warehouse)])
    assert out.exit_code == 0
    partners = run_query(warehouse, "select count(*) from country_pair_stats "
                                    "where 'KAZ' in (country_a, country_b)")[1][0][0]
    assert partners > 0 and "Partners" in out.output


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed")
def test_report_renders_every_chart_in_a_browser(warehouse, tmp_path):
    out = tmp_path / "report.html"
    result = CliRunner().invoke(app, ["report", "--out", str(out), "--warehouse",
                                      str(warehouse)])
    assert result.exit_code == 0, result.output
    html = out.read_text(encoding="utf-8")
    assert "http://" not in html and "https://" not in html  # nothing fetched: offline
    dom = subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
         "--no-first-run", "--disable-background-networking", "--disable-component-update",
         "--disable-sync", f"--user-data-dir={tmp_path / 'profile'}",
         "--virtual-time-budget=3000", "--dump-dom", out.as_uri()],
        capture_output=True, text=True, timeout=120).stdout
    charts = re.search(r'data-charts="(\d+)"', dom)
    drawn = re.search(r'data-charts-drawn="(\d+)"', dom)
    assert charts and drawn, dom[:500]
    assert int(charts.group(1)) == 3 and drawn.group(1) == charts.group(1)
    assert "table-officials" in dom

"""`ipcoop` command line."""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Optional

import typer

from flows.config import Settings, apply_prefect_defaults

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Turn news about international IP cooperation into analytic tables.")


def _persons_app():
    from flows.persons_cli import app as persons

    return persons


app.add_typer(_persons_app(), name="persons")


class RichProgress:
    """Progress bars on stderr, one per stage."""

    def __init__(self):
        from rich.progress import (BarColumn, MofNCompleteColumn, Progress, TextColumn,
                                   TimeElapsedColumn)

        self.bars = Progress(TextColumn("{task.description:>8}"), BarColumn(),
                             MofNCompleteColumn(), TimeElapsedColumn(), transient=False)
        self.tasks = {}

    def stage(self, name: str, total: int) -> None:
        self.tasks[name] = self.bars.add_task(name, total=total)

    def advance(self, name: str, n: int) -> None:
        self.bars.advance(self.tasks[name], n)


@app.command()
def run(raw: Optional[Path] = typer.Option(None, help="Raw folder [env IPCOOP_RAW_DIR; "
                                                      "default ./raw]"),
        warehouse: Optional[Path] = typer.Option(None, help="Warehouse folder "
                                                 "[env IPCOOP_WAREHOUSE_DIR; default "
                                                 "./warehouse]"),
        max_file_bytes: Optional[int] = typer.Option(None, help="Skip larger files "
                                                     "[env IPCOOP_MAX_FILE_BYTES]"),
        progress_bar: bool = typer.Option(True, "--progress/--no-progress",
                                          help="Show progress bars on stderr"),
        force: bool = typer.Option(False, "--force", help="Run the Prefect flow even when "
                                   "no file is new, changed or deleted"),
        full_resolution: bool = typer.Option(
            False, "--full-resolution", help="Resolve every person reference again, as a "
            "fresh build would (a run that only adds documents resolves just their "
            "references against the existing persons)"),
        task_runner: str = typer.Option("auto", help="thread, process, dask or auto "
                                        "(process for 5,000+ files to read)"),
        dask_address: Optional[str] = typer.Option(None, help="tcp://host:port of a Dask "
                                                   "scheduler (with --task-runner dask; "
                                                   "default: a local cluster)"),
        summary_json: Optional[Path] = typer.Option(None, help="Also write the run "
                                                    "summary (counts, rows, seconds per "
                                                    "stage) to this JSON file")):
    """Build or update the warehouse from the raw folder (Prefect flow build_warehouse).

    Runs in Prefect's ephemeral mode unless PREFECT_API_URL points at a server."""
    settings = Settings.from_env().with_overrides(raw_dir=raw, warehouse_dir=warehouse,
                                                  max_file_bytes=max_file_bytes)
    from flows.sources import load_judgements, pending_changes
    from transforms.judgements import JudgementError

    try:
        judgements = load_judgements(settings.judgements_path)
    except JudgementError as exc:
        typer.echo(f"ipcoop: {exc}", err=True)
        raise typer.Exit(2)
    from flows.runners import KINDS, choose, make_task_runner

    if task_runner not in KINDS:
        raise typer.BadParameter(f"--task-runner must be one of {', '.join(KINDS)}")
    plan = None
    if settings.raw_dir.is_dir():
        plan = pending_changes(settings.raw_dir, settings.warehouse_dir, judgements)
        if plan is None and not (force or full_resolution):
            typer.echo(f"nothing new: no file new, changed or deleted; the warehouse "
                       f"{settings.warehouse_dir} was not touched (Prefect not started; "
                       f"--force runs the flow anyway)")
            return
    runner_kind = choose(task_runner, len(plan.to_read) if plan else 0)
    apply_prefect_defaults()
    from flows.server import warm_ephemeral_server

    server_ready = warm_ephemeral_server()
    from flows import progress
    from flows.build import build_warehouse
    from flows.store import WarehouseBusy

    server_ready()  # two starts of the singleton at once would race

    display = RichProgress() if progress_bar and sys.stderr.isatty() else None
    progress.install(display)
    try:
        if display:
            display.bars.start()
        flow = build_warehouse.with_options(
            task_runner=make_task_runner(runner_kind, dask_address))
        summary = flow(raw_dir=settings.raw_dir,
                                  warehouse_dir=settings.warehouse_dir,
                                  max_file_bytes=settings.max_file_bytes,
                                  batch_size=settings.batch_size,
                                  judgements_path=settings.judgements_path,
                                  full_resolution=full_resolution)
    except WarehouseBusy as exc:
        typer.echo(f"ipcoop: {exc}", err=True)
        raise typer.Exit(3)
    except FileNotFoundError as exc:
        typer.echo(f"ipcoop: {exc}", err=True)
        raise typer.Exit(2)
    finally:
        if display:
            display.bars.stop()
        progress.install(None)
    typer.echo(_summary_text(summary))
    if summary_json:
        import json

        summary_json.write_text(json.dumps(summary, indent=1), encoding="utf-8")
    for warning in summary["warnings"]:
        typer.echo(f"warning: {warning}", err=True)


def _summary_text(s: dict) -> str:
    if not s["wrote_snapshot"]:
        return (f"nothing new: {s['files_seen']} files, none new, changed or deleted "
                f"({s['files_errored']} with errors); the warehouse {s['warehouse']} "
                f"was not touched")
    rows = ", ".join(f"{k} {v}" for k, v in sorted(s["rows"].items()))
    return (f"run {s['run_id']}: {s['files_seen']} files seen, {s['files_new']} new, "
            f"{s['files_changed']} changed, {s['files_deleted']} deleted, "
            f"{s['files_errored']} with errors; documents +{s['documents_added']} "
            f"-{s['documents_removed']}, {s['documents_extracted']} extracted; persons "
            f"resolved: {s['resolution']}\nrows: {rows}")


@app.command()
def serve(cron: str = typer.Option("0 6 * * *", help="When to run (cron, server time)"),
          raw: Optional[Path] = typer.Option(None, help="Raw folder"),
          warehouse: Optional[Path] = typer.Option(None, help="Warehouse folder"),
          start_server: bool = typer.Option(True, "--start-server/--no-start-server",
                                            help="Without PREFECT_API_URL, start a local "
                                                 "Prefect server on 127.0.0.1 for as long "
                                                 "as this command runs")):
    """Serve build_warehouse on a schedule (Prefect flow.serve); Ctrl-C stops it."""
    import os
    from contextlib import nullcontext

    settings = Settings.from_env().with_overrides(raw_dir=raw, warehouse_dir=warehouse)
    apply_prefect_defaults()
    if os.environ.get("PREFECT_API_URL"):
        server = nullcontext(os.environ["PREFECT_API_URL"])
    elif start_server:
        from flows.server import local_server

        server = local_server()
    else:
        typer.echo("ipcoop: schedules never fire on Prefect's ephemeral server. Start one "
                   "with `prefect server start --host 127.0.0.1` and set "
                   "PREFECT_API_URL=http://127.0.0.1:4200/api, or drop --no-start-server.",
                   err=True)
        raise typer.Exit(2)
    with server as api_url:
        os.environ["PREFECT_API_URL"] = api_url
        from flows.build import build_warehouse

        typer.echo(f"serving build_warehouse on '{cron}' against {api_url} "
                   f"(raw {settings.raw_dir.resolve()}, warehouse "
                   f"{settings.warehouse_dir.resolve()}); Ctrl-C stops")
        build_warehouse.serve(name="ipcoop-scheduled", cron=cron, parameters={
            "raw_dir": str(settings.raw_dir.resolve()),
            "warehouse_dir": str(settings.warehouse_dir.resolve()),
            "judgements_path": str(settings.judgements_path.resolve()),
            "max_file_bytes": settings.max_file_bytes, "batch_size": settings.batch_size})


@app.command()
def sql(query: str = typer.Argument(..., help="A read-only SQL query"),
        warehouse: Optional[Path] = typer.Option(None, help="Warehouse folder"),
        as_csv: bool = typer.Option(False, "--csv", help="Print CSV"),
        as_json: bool = typer.Option(False, "--json", help="Print JSON")):
    """Run read-only SQL against warehouse.duckdb (one view per table)."""
    import duckdb

    from flows.query import NoWarehouse, render_csv, render_json, render_table, run_query

    settings = Settings.from_env().with_overrides(warehouse_dir=warehouse)
    try:
        columns, rows = run_query(settings.warehouse_dir, query)
    except NoWarehouse as exc:
        typer.echo(f"ipcoop: {exc}", err=True)
        raise typer.Exit(2)
    except duckdb.Error as exc:
        typer.echo(f"ipcoop: {exc}", err=True)
        raise typer.Exit(1)
    if as_json:
        typer.echo(render_json(columns, rows))
    elif as_csv:
        typer.echo(render_csv(columns, rows), nl=False)
    else:
        typer.echo(render_table(columns, rows))


@app.command()
def stats(country: Optional[str] = typer.Option(None, help="ISO alpha-3 code: that "
                                                "country's partners and officials"),
          since: Optional[str] = typer.Option(None, help="Only events from this date "
                                              "(YYYY-MM-DD)"),
          warehouse: Optional[Path] = typer.Option(None, help="Warehouse folder")):
    """Cross-country statistics as tables."""
    import datetime as dt

    from rich.console import Console
    from rich.table import Table

    from flows.query import NoWarehouse
    from flows.stats import country_view, open_marts, overview

    settings = Settings.from_env().with_overrides(warehouse_dir=warehouse)
    try:
        start = dt.date.fromisoformat(since) if since else None
    except ValueError:
        raise typer.BadParameter(f"--since {since!r} is not a date like 2024-01-31")
    try:
        con = open_marts(settings.warehouse_dir, start)
    except NoWarehouse as exc:
        typer.echo(f"ipcoop: {exc}", err=True)
        raise typer.Exit(2)
    console = Console(width=None if sys.stdout.isatty() else 200)
    try:
        blocks = country_view(con, country) if country else overview(con)
    finally:
        con.close()
    for heading, columns, rows in blocks:
        t = Table(title=heading + (f" (since {start})" if start else ""),
                  title_justify="left")
        for c in columns:
            t.add_column(c, justify="right" if rows and isinstance(
                rows[0][columns.index(c)], (int, float)) else "left")
        for row in rows:
            t.add_row(*["" if v is None else str(v) for v in row])
        if not rows:
            t.add_row(*(["—"] + [""] * (len(columns) - 1)))
        console.print(t)


@app.command()
def report(out: Path = typer.Option(Path("ipcoop-report.html"), help="HTML file to write"),
           since: Optional[str] = typer.Option(None, help="Only events from this date"),
           warehouse: Optional[Path] = typer.Option(None, help="Warehouse folder")):
    """Write a self-contained HTML report with charts (opens offline)."""
    import datetime as dt

    from flows.query import NoWarehouse
    from flows.stats import open_marts, report_html

    settings = Settings.from_env().with_overrides(warehouse_dir=warehouse)
    try:
        con = open_marts(settings.warehouse_dir,
                         dt.date.fromisoformat(since) if since else None)
    except NoWarehouse as exc:
        typer.echo(f"ipcoop: {exc}", err=True)
        raise typer.Exit(2)
    try:
        html = report_html(con)
    finally:
        con.close()
    tmp = out.with_name(out.name + ".tmp")
    tmp.write_text(html, encoding="utf-8")
    tmp.replace(out)
    typer.echo(f"wrote {out} ({len(html) // 1024} KB)")


@app.command()
def dictionary(out: Path = typer.Option(Path("docs/data_dictionary.md"),
                                        help="Markdown file to write")):
    """Write the data dictionary of every table and column, from the declared schemas."""
    from transforms.dictionary import data_dictionary

    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(data_dictionary(), encoding="utf-8")
    typer.echo(f"wrote {out}")


if __name__ == "__main__":
    app()

"""`ipcoop persons show|merge|split`: look at a resolved person and record human
judgements in the judgements file (replayed by every run)."""
from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from flows.config import Settings
from transforms.judgements import (HEADER, JudgementError, format_line, is_person_id,
                                   parse_line)

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Inspect resolved persons; record same/different/split decisions.")

_FIND = """
with hits as (
    select person_id from persons
    where person_id = $q or name ilike '%' || $q || '%'
    union select person_id from person_aliases where alias ilike '%' || $q || '%'
    union select person_id from person_redirects where old_person_id = $q
)
select p.person_id, p.name, p.country_iso3, p.n_mentions, p.n_documents, p.first_seen,
       p.last_seen
from persons p join hits using (person_id)
order by p.n_mentions desc, p.person_id
"""
_ALIASES = """select alias, method, n_mentions from person_aliases where person_id = $p
              order by n_mentions desc, alias"""
_ROLES = """select r.as_of, r.title, o.name, r.country_iso3, d.source_path
            from person_roles r join documents d using (document_id)
            left join organizations o using (organization_id)
            where r.person_id = $p order by r.as_of nulls last, d.source_path"""
_REDIRECTS = "select old_person_id from person_redirects where person_id = $p order by 1"


def _settings(warehouse: Optional[Path], judgements: Optional[Path]) -> Settings:
    return Settings.from_env().with_overrides(warehouse_dir=warehouse,
                                              judgements_path=judgements)


def find_persons(warehouse_dir: Path, query: str) -> list[tuple]:
    from flows.query import connect_read_only

    con = connect_read_only(warehouse_dir)
    try:
        return con.execute(_FIND, {"q": query}).fetchall()
    finally:
        con.close()


def describe(warehouse_dir: Path, person_id: str) -> str:
    from flows.query import connect_read_only, render_table

    con = connect_read_only(warehouse_dir)
    try:
        (pid, name, country, n, docs, first, last), = con.execute(
            "select * from persons where person_id = $p", {"p": person_id}).fetchall()
        lines = [f"{pid}  {name}  country {country or '— (intergovernmental or unknown)'}",
                 f"  {n} mentions in {docs} documents, seen {first or '?'} .. {last or '?'}",
                 "", "spellings (method: why each joined this person)"]
        lines.append(render_table(["alias", "method", "mentions"],
                                  con.execute(_ALIASES, {"p": pid}).fetchall()))
        roles = con.execute(_ROLES, {"p": pid}).fetchall()
        if roles:
            lines += ["", "roles"]
            lines.append(render_table(["as_of", "title", "organisation", "country",
                                       "document"], roles))
        old = [r[0] for r in con.execute(_REDIRECTS, {"p": pid}).fetchall()]
        if old:
            lines += ["", "merged ids that now point here: " + ", ".join(old)]
        return "\n".join(lines)
    finally:
        con.close()


def _one(warehouse_dir: Path, ref: str) -> tuple:
    found = find_persons(warehouse_dir, ref)
    exact = [p for p in found if p[0] == ref or p[1].casefold() == ref.casefold()]
    if len(exact) == 1 or len(found) == 1:
        return (exact or found)[0]
    if not found:
        raise typer.BadParameter(f"no person matches {ref!r}")
    names = "; ".join(f"{p[0]} {p[1]}" for p in found[:10])
    raise typer.BadParameter(f"{ref!r} matches {len(found)} persons ({names}); "
                             f"use a person id")


def _append(path: Path, decision: str, a: str, b: str, note: str) -> None:
    line = format_line(decision, a, b, note)
    try:
        parse_line(line.rstrip("\n"), 1, str(path))
    except JudgementError as exc:
        raise typer.BadParameter(str(exc)) from None
    new_file = not path.exists()
    with open(path, "a", encoding="utf-8") as fh:
        if new_file:
            fh.write(HEADER)
        fh.write(line)


@app.command()
def show(name: str = typer.Argument(..., help="A person id, or part of a name or spelling"),
         warehouse: Optional[Path] = typer.Option(None, help="Warehouse folder")):
    """Print matching persons: spellings and why they joined, roles over time."""
    settings = _settings(warehouse, None)
    found = find_persons(settings.warehouse_dir, name)
    if not found:
        typer.echo(f"no person matches {name!r}")
        raise typer.Exit(1)
    typer.echo("\n\n".join(describe(settings.warehouse_dir, p[0]) for p in found[:5]))
    if len(found) > 5:
        typer.echo(f"\n… and {len(found) - 5} more; narrow the search")


@app.command()
def merge(a: str = typer.Argument(..., help="Person id or spelling"),
          b: str = typer.Argument(..., help="Person id or spelling"),
          note: str = typer.Option("", help="Why (kept in the judgements file)"),
          warehouse: Optional[Path] = typer.Option(None, help="Warehouse folder"),
          judgements: Optional[Path] = typer.Option(None, help="Judgements file "
                                                    "[env IPCOOP_JUDGEMENTS]")):
    """Record that A and B are the same person (applied by the next `ipcoop run`)."""
    settings = _settings(warehouse, judgements)
    pa, pb = _one(settings.warehouse_dir, a), _one(settings.warehouse_dir, b)
    if pa[0] == pb[0]:
        typer.echo(f"{a!r} and {b!r} are already one person: {pa[0]} {pa[1]}")
        return
    _append(settings.judgements_path, "same", pa[0], pb[0], note)
    typer.echo(f"recorded in {settings.judgements_path}: {pa[0]} ({pa[1]}, {pa[3]} mentions) "
               f"and {pb[0]} ({pb[1]}, {pb[3]} mentions) are one person.\n"
               f"The next `ipcoop run` merges them; the id with more mentions stays and "
               f"the other is kept in person_redirects.")


@app.command()
def split(person: str = typer.Argument(..., help="Person id"),
          alias: str = typer.Argument(..., help="A spelling of that person that is "
                                                "someone else"),
          note: str = typer.Option("", help="Why (kept in the judgements file)"),
          warehouse: Optional[Path] = typer.Option(None, help="Warehouse folder"),
          judgements: Optional[Path] = typer.Option(None, help="Judgements file "
                                                    "[env IPCOOP_JUDGEMENTS]")):
    """Record that a spelling of a person belongs to someone else (applied by the next
    `ipcoop run`)."""
    settings = _settings(warehouse, judgements)
    if not is_person_id(person):
        raise typer.BadParameter(f"{person!r} is not a person id (like p3f2a9c01b7de); "
                                 f"find it with `ipcoop persons show`")
    from flows.query import connect_read_only

    con = connect_read_only(settings.warehouse_dir)
    try:
        spellings = [r[0] for r in con.execute(
            "select alias from person_aliases where person_id = $p", {"p": person})
            .fetchall()]
    finally:
        con.close()
    if alias not in spellings:
        raise typer.BadParameter(f"{person} has no spelling {alias!r}; it has: "
                                 + ", ".join(sorted(spellings)[:20]))
    if len(spellings) == 1:
        raise typer.BadParameter(f"{alias!r} is the only spelling of {person}")
    _append(settings.judgements_path, "split", person, alias, note)
    typer.echo(f"recorded in {settings.judgements_path}: mentions written {alias!r} are not "
               f"{person}. The next `ipcoop run` makes them a person of their own and "
               f"never merges them back.")

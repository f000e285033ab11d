"""`ipcoop stats` and `ipcoop report`: the marts, read-only, for a person or a browser.

With --since the marts' own SQL (transforms/sql/marts) is re-run over events from that
date on, so the figures mean exactly what the stored marts mean."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from flows.query import connect_read_only
from transforms import charts
from transforms.checks import mart_queries

_FILTERED = ("events", "event_participants")


def open_marts(warehouse_dir: Path, since: dt.date | None = None):
    """A read-only connection whose mart names answer for events since `since`."""
    con = connect_read_only(warehouse_dir)
    if since is not None:
        db = con.execute("select current_database()").fetchone()[0]
        con.execute(f'create temp view events as select * from "{db}".main.events '
                    f"where event_date >= date '{since.isoformat()}'")
        con.execute(f'create temp view event_participants as select p.* from '
                    f'"{db}".main.event_participants p join temp.events using (event_id)')
        for name, sql in mart_queries().items():
            con.execute(f'create temp view "{name}" as {sql}')
    return con


def overview(con, limit: int = 15) -> list[tuple[str, list[str], list[tuple]]]:
    """(heading, columns, rows) blocks of the overall picture."""
    return [
        _block(con, "Countries by held events",
               "select country_iso3, events, bilateral_meetings, multilateral_meetings, "
               "signings, visits, conferences, partner_countries, officials "
               f"from country_stats order by events desc, country_iso3 limit {limit}"),
        _block(con, "Country pairs by joint events",
               "select country_a, country_b, events, bilateral_meetings, signings, "
               "first_event_date, last_event_date from country_pair_stats "
               f"order by events desc, country_a, country_b limit {limit}"),
        _block(con, "Held events by type",
               "select event_type, count(*) as events from events where status = 'held' "
               "group by 1 order by 2 desc"),
    ]


def country_view(con, iso3: str, limit: int = 20) -> list[tuple[str, list[str], list[tuple]]]:
    p = {"c": iso3.upper()}
    return [
        _block(con, f"{iso3.upper()}", "select * from country_stats where country_iso3 = $c", p),
        _block(con, "Partners", "select case when country_a = $c then country_b "
               "else country_a end as partner, events, bilateral_meetings, signings, "
               "last_event_date from country_pair_stats where $c in (country_a, country_b) "
               f"order by events desc, partner limit {limit}", p),
        _block(con, "Officials", "select name, title, organization_name, as_of from "
               "person_current_roles where country_iso3 = $c order by as_of desc nulls last, "
               f"name limit {limit}", p),
    ]


def _block(con, heading, sql, params=None):
    cur = con.execute(sql, params or {})
    return heading, [d[0] for d in cur.description], cur.fetchall()


def report_html(con, title: str = "ipcoop: international IP cooperation") -> str:
    per_country = con.execute(
        "select country_iso3, events from country_stats where events > 0 "
        "order by events desc, country_iso3 limit 25").fetchall()
    top = [c for c, _ in per_country[:15]]
    pairs = {(a, b): n for a, b, n in con.execute(
        "select country_a, country_b, events from country_pair_stats").fetchall()}
    months = con.execute(
        "select date_trunc('month', event_date)::date, count(*)::integer from events "
        "where status = 'held' and parent_event_id is null and event_date is not null "
        "group by 1 order by 1").fetchall()
    officials = con.execute(
        "select r.name, r.title, r.organization_name, r.country_iso3, p.n_mentions, r.as_of "
        "from person_current_roles r join persons p using (person_id) "
        "order by p.n_mentions desc, r.name limit 30").fetchall()
    docs, events = con.execute(
        "select (select count(*) from documents), (select count(*) from events "
        "where status = 'held' and parent_event_id is null)").fetchone()
    return charts.page(title, [
        ("Held events per country", charts.bar_chart(per_country, "Held events per country",
                                                     "chart-events-per-country")),
        ("Joint events between countries", charts.heatmap(pairs, top, "Joint events",
                                                          "chart-country-pairs")),
        ("Held events per month", charts.timeline(months, "Held events per month",
                                                  "chart-activity")),
        ("Most mentioned officials and their latest roles",
         charts.table(["name", "title", "organisation", "country", "mentions", "as of"],
                      officials, "table-officials")),
    ], note=f"{docs} documents, {events} held events; generated "
            f"{dt.datetime.now(dt.timezone.utc):%Y-%m-%d %H:%M} UTC")

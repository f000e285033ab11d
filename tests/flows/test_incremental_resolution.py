"""A run that only adds documents resolves just their references against the persons of
the last run; the persons it gives must be those a fresh build gives."""
import shutil
from pathlib import Path

import pytest

from flows.build import build_warehouse
from flows.query import run_query

pytestmark = pytest.mark.usefixtures("prefect_server")

INVENTED = Path(__file__).parents[1] / "corpus" / "invented" / "raw"


def partition(wh) -> set[frozenset]:
    """Mentions grouped by person, ids left out: what resolution decided."""
    groups = {}
    for mention, person in run_query(wh, "select mention_id, person_id "
                                         "from person_mentions")[1]:
        groups.setdefault(person, set()).add(mention)
    return {frozenset(g) for g in groups.values()}


def table(wh, sql):
    return sorted(run_query(wh, sql)[1], key=repr)


def test_adding_documents_in_steps_gives_the_persons_of_a_fresh_build(tmp_path):
    files = sorted(INVENTED.glob("*.txt"))
    assert len(files) >= 20
    raw = tmp_path / "raw"
    raw.mkdir()
    for f in files[: len(files) // 2]:
        shutil.copy(f, raw)
    build_warehouse(raw_dir=raw, warehouse_dir=tmp_path / "steps")
    before = dict(run_query(tmp_path / "steps",
                            "select mention_id, person_id from person_mentions")[1])
    for f in files[len(files) // 2:]:
        shutil.copy(f, raw)
    second = build_warehouse(raw_dir=raw, warehouse_dir=tmp_path / "steps")
    assert second["resolution"] == "incremental"
    assert build_warehouse(raw_dir=raw, warehouse_dir=tmp_path / "fresh")["resolution"] == "full"
    steps, fresh = tmp_path / "steps", tmp_path / "fresh"

    assert partition(steps) == partition(fresh)
    # the same persons' rows (their ids may differ: ids are kept from the first run)
    persons = ("select name, country_iso3, n_mentions, n_documents, first_seen, last_seen "
               "from persons")
    assert table(steps, persons) == table(fresh, persons)
    aliases = ("select p.name, alias, alias_key, a.n_mentions, method from person_aliases a "
               "join persons p using (person_id)")
    assert table(steps, aliases) == table(fresh, aliases)
    linked = {
        "roles": "select p.name, r.document_id, title, organization_id, r.country_iso3, "
                 "as_of from person_roles r join persons p using (person_id)",
        "participants": "select event_id, e.country_iso3, p.name, organization_id from "
                        "event_participants e left join persons p using (person_id)",
        "organizations": "select * from organizations",
        "mentions": "select mention_id, p.name from person_mentions join persons p "
                    "using (person_id)",
    }
    for name, sql in linked.items():
        assert table(steps, sql) == table(fresh, sql), name
    # and nobody resolved in the first run changed id
    after = dict(run_query(steps, "select mention_id, person_id from person_mentions")[1])
    assert {m: after[m] for m in before} == before


def test_full_resolution_reclusters_and_keeps_ids(tmp_path):
    raw = tmp_path / "raw"
    shutil.copytree(INVENTED, raw)
    wh = tmp_path / "wh"
    build_warehouse(raw_dir=raw, warehouse_dir=wh)
    ids = dict(run_query(wh, "select mention_id, person_id from person_mentions")[1])
    again = build_warehouse(raw_dir=raw, warehouse_dir=wh, full_resolution=True)
    assert again["wrote_snapshot"] is True and again["resolution"] == "full"
    assert dict(run_query(wh, "select mention_id, person_id from person_mentions")[1]) == ids


ARTICLES = {
    # two spellings the first run keeps apart (different organisation evidence) ...
    "a.txt": " date 2025-03-01 \nSergei Ryabovolov, Head of Rospatent, met the Kazakh "
             "delegation in Moscow on 1 March 2025.\n",
    "b.txt": " date 2025-03-02 \nSiarhei Rabavolau visited Minsk on 2 March 2025 and "
             "held talks with officials of Belarus.\n",
    # ... and a later article that ties them together: the same spelling as b.txt, with
    # the organisation of a.txt
    "c.txt": " date 2025-03-03 \nSiarhei Rabavolau, Head of Rospatent, signed a "
             "memorandum with Uzbekistan in Tashkent on 3 March 2025.\n",
}


def test_a_new_document_merging_two_persons_relinks_their_documents(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    for name in ("a.txt", "b.txt"):
        (raw / name).write_text(ARTICLES[name], encoding="utf-8")
    steps, fresh = tmp_path / "steps", tmp_path / "fresh"
    build_warehouse(raw_dir=raw, warehouse_dir=steps)
    assert len(partition(steps)) == 2
    (raw / "c.txt").write_text(ARTICLES["c.txt"], encoding="utf-8")
    second = build_warehouse(raw_dir=raw, warehouse_dir=steps)
    assert second["resolution"] == "incremental"
    assert second["rows"]["person_redirects"] == 1
    build_warehouse(raw_dir=raw, warehouse_dir=fresh)
    assert partition(steps) == partition(fresh) and len(partition(steps)) == 1
    for sql in ("select count(*), count(distinct person_id) from person_mentions",
                "select document_id, title from person_roles",
                "select event_id, country_iso3, person_id is null from event_participants"):
        assert table(steps, sql) == table(fresh, sql), sql

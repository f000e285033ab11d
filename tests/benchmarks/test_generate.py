"""Smoke test of the synthetic-article generator (50 articles, well under 2 s)."""
import collections
import difflib
import json
import os
import re

import pytest

from tests.benchmarks.generate import generate

N = 50
SEED = 7
HEADER = re.compile(r"\A date \d{4}-\d{2}-\d{2} \S")
CYRILLIC = re.compile(r"[а-яё]", re.I)
TURKISH = re.compile(r"[ığşİ]")


@pytest.fixture(scope="module")
def runs(tmp_path_factory):
    a, b = tmp_path_factory.mktemp("gen_a"), tmp_path_factory.mktemp("gen_b")
    generate(N, a, seed=SEED, truth=True)
    generate(N, b, seed=SEED, truth=True)
    truth = [json.loads(line) for line in (a / "truth.jsonl").read_text("utf-8").splitlines()]
    persons = [json.loads(line)
               for line in (a / "truth_persons.jsonl").read_text("utf-8").splitlines()]
    return a, b, truth, persons


def _articles(truth):
    """Truth rows of the ordinary articles (not the deliberate bad files or duplicates)."""
    return [t for t in truth if "bad" not in t and "dup_of" not in t]


def test_same_seed_gives_byte_identical_files(runs):
    a, b, truth, _ = runs
    names = sorted(os.listdir(a))
    assert names == sorted(os.listdir(b))
    articles = [n for n in names if n.endswith(".txt")]
    assert len(articles) == N
    assert [t["file"] for t in truth] == articles
    for name in names:
        assert (a / name).read_bytes() == (b / name).read_bytes(), name


def test_file_names_and_header(runs):
    a, _, truth, _ = runs
    with_header = 0
    for t in _articles(truth):
        assert re.fullmatch(r"\d{3}_[0-9a-f]{16}\.txt", t["file"])
        text = (a / t["file"]).read_text("utf-8")
        if text.startswith(" date "):
            assert HEADER.match(text), text[:40]
            with_header += 1
    assert 0.45 <= with_header / len(_articles(truth)) <= 0.9


def test_language_mix(runs):
    a, _, truth, _ = runs
    arts = _articles(truth)
    share = collections.Counter(t["lang"] for t in arts)
    n = len(arts)
    # expected 60 / 25 / 15 %; tolerance for a sample of 50
    assert abs(share["en"] / n - 0.60) <= 0.15, share
    assert abs(share["ru"] / n - 0.25) <= 0.13, share
    assert abs(share["tr"] / n - 0.15) <= 0.12, share
    for t in arts:  # the label matches the text
        text = (a / t["file"]).read_text("utf-8")
        cyr = len(CYRILLIC.findall(text)) / len(text)
        if t["lang"] == "ru":
            assert cyr > 0.5, t["file"]
        else:
            assert cyr < 0.2, t["file"]
        if t["lang"] == "tr":
            assert TURKISH.search(text), t["file"]


def test_sizes_between_1_and_3_kb(runs):
    a, _, truth, _ = runs
    for t in truth:
        if "bad" in t:
            continue
        size = (a / t["file"]).stat().st_size
        assert 1024 <= size <= 3072, (t["file"], size)


def test_truth_mentions_are_in_the_text(runs):
    a, _, truth, _ = runs
    for t in _articles(truth):
        text = (a / t["file"]).read_text("utf-8")
        assert t["persons"] and t["countries"] and 1 <= len(t["countries"]) <= 6
        for pid, surface in t["mentions"]:
            assert surface in text, (t["file"], pid, surface)


def _spelling_pairs(surfaces):
    """Latin-script transliteration variants of one name part (Aidar/Aydar, Sadykov/Sadyqov,
    Kılıç/Kilic); not case endings (Ахметов/Ахметова) and not a part and its extension."""
    tokens = sorted({w for s in surfaces for w in re.split(r"[\s.()]+", s)
                     if len(w) >= 3 and not CYRILLIC.search(w)})
    pairs = []
    for i, x in enumerate(tokens):
        for y in tokens[i + 1:]:
            xl, yl = x.lower(), y.lower()
            if (xl != yl and not xl.startswith(yl) and not yl.startswith(xl)
                    and difflib.SequenceMatcher(None, xl, yl).ratio() >= 0.75):
                pairs.append((x, y))
    return pairs


def test_persons_recur_under_several_spellings(runs):
    _, _, truth, _ = runs
    surfaces = collections.defaultdict(set)
    docs = collections.Counter()
    for t in _articles(truth):
        for pid in t["persons"]:
            docs[pid] += 1
        for pid, surface in t["mentions"]:
            surfaces[pid].add(surface)
    assert max(docs.values()) >= 3  # persons recur across articles
    varied = {pid: _spelling_pairs(s) for pid, s in surfaces.items()}
    varied = {pid: p for pid, p in varied.items() if p}
    assert varied, "no person is spelled two ways"


def test_namesakes_share_surnames(runs):
    _, _, _, persons = runs
    by_surname = collections.Counter(p["surname"] for p in persons)
    assert any(c >= 2 for c in by_surname.values())


def test_rerun_replaces_only_generated_files(tmp_path):
    (tmp_path / "notes.md").write_text("not generated")
    generate(20, tmp_path, seed=1, truth=True)
    first = {p.name: p.stat().st_mtime_ns for p in tmp_path.glob("*.txt")}
    generate(20, tmp_path, seed=1)  # same run: files kept as they are, truth files dropped
    assert {p.name: p.stat().st_mtime_ns for p in tmp_path.glob("*.txt")} == first
    assert not (tmp_path / "truth.jsonl").exists()
    generate(10, tmp_path, seed=2)  # another run: only its files remain
    assert len(list(tmp_path.glob("*.txt"))) == 10
    assert not set(p.name for p in tmp_path.glob("*.txt")) & set(first)
    assert (tmp_path / "notes.md").read_text() == "not generated"

"""Benchmark: build warehouses from generated articles and report rates per stage.

    python -m tests.benchmarks.run [--sizes 1000 10000 100000] [--workdir DIR]
                                   [--task-runner auto] [--no-spacy]

For each size: generate the articles (deterministic, cached in the workdir), then run
`ipcoop run` in a fresh process (Prefect's ephemeral server included, as a user gets it)
and read the run summary from the warehouse. Printed per size: wall time, documents per
second per stage (ingest, extract, resolve, write, marts), peak RSS of the run's
processes, and time(N)/time(previous N). Then two incremental runs, each adding 10
articles to the largest warehouse: one as `ipcoop run` gets it (Prefect's ephemeral
server starts with the run), one against a Prefect server already running (as scheduled
runs under `ipcoop serve` get it). Last, when spaCy is installed (extra `bench`), spaCy's
blank English tokenizer over the same texts compared with ipcoop's whole extraction per
document.

Not a test: a command whose figures go into notes. Results also go to
WORKDIR/results.json.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

from flows.server import local_server
from tests.benchmarks.generate import generate

STAGES = ("ingest_extract", "resolve", "marts", "write")


def _ipcoop(raw: Path, wh: Path, runner: str, log: Path, api_url: str | None = None) -> dict:
    ipcoop = Path(sys.executable).with_name("ipcoop")
    env = dict(os.environ, IPCOOP_JUDGEMENTS=str(wh.parent / "no-judgements.txt"),
               PREFECT_LOGGING_LEVEL="WARNING")
    if api_url:
        env["PREFECT_API_URL"] = api_url
    else:
        env.pop("PREFECT_API_URL", None)
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    t0 = time.perf_counter()
    with open(log, "w") as out:
        proc = subprocess.run([str(ipcoop), "run", "--raw", str(raw), "--warehouse", str(wh),
                               "--no-progress", "--task-runner", runner,
                               "--summary-json", str(log.with_suffix(".json"))],
                              stdout=out, stderr=subprocess.STDOUT, env=env)
    wall = time.perf_counter() - t0
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    if proc.returncode:
        raise SystemExit(f"ipcoop run failed, see {log}")
    summary = json.loads(log.with_suffix(".json").read_text())
    return {"wall_s": round(wall, 1), "peak_rss_mb": round(max(peak, before) / 1024),
            "summary": summary}


def _rates(n: int, seconds: dict) -> dict:
    return {s: (round(n / seconds[s]) if seconds.get(s) else None) for s in STAGES}


def spacy_comparison(raw: Path, limit: int = 10_000) -> dict | None:
    try:
        import spacy
    except ImportError:
        return None
    from transforms.ingest import ingest_bytes

    docs = []
    for path in sorted(raw.glob("*.txt"))[:limit]:
        doc = ingest_bytes(path.read_bytes()).document
        if doc is not None:
            docs.append(doc)
    texts = [d.text for d in docs]
    nlp = spacy.blank("en")
    t0 = time.perf_counter()
    for _ in nlp.tokenizer.pipe(texts, batch_size=256):
        pass
    spacy_s = time.perf_counter() - t0
    from transforms.extract import extract_document

    t0 = time.perf_counter()
    for d in docs:
        extract_document(d.document_id, d.text, d.language, d.published_date)
    ipcoop_s = time.perf_counter() - t0
    return {"documents": len(texts),
            "spacy_tokenizer_ms_per_doc": round(1000 * spacy_s / len(texts), 3),
            "ipcoop_extract_ms_per_doc": round(1000 * ipcoop_s / len(texts), 3)}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 100000])
    ap.add_argument("--workdir", type=Path, default=Path("/tmp/ipcoop-bench"))
    ap.add_argument("--task-runner", default="auto")
    ap.add_argument("--no-spacy", action="store_true")
    args = ap.parse_args(argv)
    work = args.workdir
    work.mkdir(parents=True, exist_ok=True)
    results, previous = {"machine": f"{os.cpu_count()} cores", "runs": []}, None
    print(f"{'N':>7} {'wall s':>7} {'ratio':>6} {'RSS MB':>7}  docs/s: "
          + " ".join(f"{s:>14}" for s in STAGES))
    for n in args.sizes:
        raw, wh = work / f"raw_{n}", work / f"wh_{n}"
        t0 = time.perf_counter()
        generate(n, raw, seed=7)
        gen_s = time.perf_counter() - t0
        if wh.exists():
            import shutil

            shutil.rmtree(wh)
        run = _ipcoop(raw, wh, args.task_runner, work / f"run_{n}.log")
        seconds = run["summary"].get("seconds", {})
        ratio = round(run["wall_s"] / previous, 2) if previous else None
        previous = run["wall_s"]
        rates = _rates(n, seconds)
        cpu = run["summary"].get("cpu_seconds", {})
        per_doc = {k: round(1000 * v / n, 2) for k, v in cpu.items()}
        results["runs"].append({"n": n, "generate_s": round(gen_s, 1), **run,
                                "docs_per_s": rates, "cpu_ms_per_doc": per_doc,
                                "ratio_to_previous": ratio})
        print(f"{n:>7} {run['wall_s']:>7} {ratio or '':>6} {run['peak_rss_mb']:>7}          "
              + " ".join(f"{rates[s] or '':>14}" for s in STAGES)
              + f"   cpu ms/doc {per_doc}", flush=True)
    largest = args.sizes[-1]
    raw, wh = work / f"raw_{largest}", work / f"wh_{largest}"
    full = results["runs"][-1]["wall_s"]
    added = []
    for label, seed, server in (("ephemeral Prefect server", 99, False),
                                ("Prefect server already running, as under ipcoop serve",
                                 98, True)):
        extra = work / f"raw_extra_{seed}"
        generate(10, extra, seed=seed)
        for k, path in enumerate(sorted(extra.glob("*.txt"))):
            target = raw / f"extra{seed}_{k:05d}_{path.name}"
            target.write_bytes(path.read_bytes())
            added.append(target)
        log = work / f"run_incremental_{seed}.log"
        if server:
            with local_server(home=work / "prefect-home") as api_url:
                inc = _ipcoop(raw, wh, "auto", log, api_url)
        else:
            inc = _ipcoop(raw, wh, "auto", log)
        key = "incremental_server" if server else "incremental"
        results[key] = {**inc, "fraction_of_full": round(inc["wall_s"] / full, 3)}
        print(f"incremental +10 articles on {largest} ({label}): {inc['wall_s']} s "
              f"({100 * inc['wall_s'] / full:.1f}% of the full build), resolution "
              f"{inc['summary'].get('resolution')}, stages {inc['summary'].get('seconds')}",
              flush=True)
    for path in added:
        path.unlink()
    if not args.no_spacy:
        cmp = spacy_comparison(work / f"raw_{args.sizes[0]}")
        results["spacy"] = cmp
        print("spaCy comparison:", cmp if cmp else "spaCy not installed "
              "(pip install -e '.[bench]')")
    (work / "results.json").write_text(json.dumps(results, indent=1, default=str))
    return 0


if __name__ == "__main__":
    sys.exit(main())

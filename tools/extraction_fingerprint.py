"""Fingerprint of the extractor's output, and its CPU cost per document.

Runs transforms.extract.extract_document over a fixed set of texts and writes one line per
document: json.dumps(extraction.as_dict(), default=str, sort_keys=True). Two runs of
unchanged extraction code give byte-identical files, so a speed-up can be checked against
a baseline with `cmp`/`diff`.

Texts (in this order):
  1. every file in /work/shared/corpus/dev/raw/ (sorted)
  2. every .txt under tests/corpus/invented/ (sorted)
  3. the first 3000 files (sorted) of /tmp/ipcoop-bench/raw_100000/ (synthetic)

Timing: time.process_time around extract_document only (reading and ingest excluded),
after one untimed warm-up pass over all documents; the best of --repeat timed passes is
reported (the machine is shared), with the first (cold) pass as well.

    python tools/extraction_fingerprint.py -o /tmp/extract_new.jsonl   # from the repo root
    cmp /tmp/extract_baseline.jsonl /tmp/extract_new.jsonl
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

from transforms.extract import extract_document
from transforms.ingest import ingest_bytes

ROOT = Path(__file__).resolve().parents[1]
DEV = Path("/work/shared/corpus/dev/raw")
INVENTED = ROOT / "tests" / "corpus" / "invented"
SYNTHETIC = Path("/tmp/ipcoop-bench/raw_100000")
N_SYNTHETIC = 3000


def source_files() -> list[Path]:
    files = sorted(p for p in DEV.iterdir() if p.is_file())
    files += sorted(INVENTED.rglob("*.txt"))
    files += sorted(p for p in SYNTHETIC.iterdir() if p.is_file())[:N_SYNTHETIC]
    return files


def load_documents(files: list[Path]) -> list:
    docs = []
    for path in files:
        doc = ingest_bytes(path.read_bytes()).document
        if doc is None:
            print(f"skipped (not ingested): {path}", file=sys.stderr)
            continue
        docs.append(doc)
    return docs


def run_pass(docs) -> tuple[float, list]:
    out = []
    t0 = time.process_time()
    for d in docs:
        out.append(extract_document(d.document_id, d.text, d.language, d.published_date))
    return time.process_time() - t0, out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-o", "--output", default="/tmp/extract_new.jsonl")
    ap.add_argument("--repeat", type=int, default=3, help="timed passes after warm-up")
    args = ap.parse_args()

    files = source_files()
    docs = load_documents(files)
    n = len(docs)
    cold, results = run_pass(docs)  # warm-up (caches, vocabularies)
    lines = [json.dumps(x.as_dict(), default=str, sort_keys=True) + "\n" for x in results]
    with open(args.output, "w", encoding="utf-8") as fh:
        fh.writelines(lines)
    timings = []
    for _ in range(max(1, args.repeat)):
        t, again = run_pass(docs)
        timings.append(t)
    # warm caches must not change a result
    if [json.dumps(x.as_dict(), default=str, sort_keys=True) + "\n" for x in again] != lines:
        sys.exit("the output of a warm pass differs from the cold pass")
    ms = [1000 * t / n for t in timings]
    print(f"{n} documents ({len(files)} files) -> {args.output}")
    print(f"cold pass (vocabulary load + empty caches): {1000 * cold / n:.3f} ms/doc")
    print(f"extraction CPU: best {min(ms):.3f} ms/doc, median {statistics.median(ms):.3f} "
          f"ms/doc over {len(ms)} passes")


if __name__ == "__main__":
    main()

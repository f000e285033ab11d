#!/usr/bin/env python3
# Dev-time generator of transforms/vocab/countries.csv (iso3,lang,kind,alias); not a runtime dependency, the CSV is committed.
# Sources: (a) pycountry ISO 3166-1 name/official_name/common_name; (b) babel/CLDR territory names in en ru tr kk ky uz az;
# (c) the hand-curated transforms/vocab/countries_extra.csv, which wins on kind and bypasses the library-form filters.
# Regenerate: python3 -m venv /tmp/vocabvenv && /tmp/vocabvenv/bin/pip install pycountry==26.2.16 babel==2.18.0
#   then /tmp/vocabvenv/bin/python tools/build_country_vocab.py [--check]; it exits non-zero if any alias maps to two codes.
"""Build the country-alias vocabulary.

Pipeline: collect candidate rows -> drop unusable library forms -> add spelling
variants (apostrophes, ё/е, English diacritics) -> drop deny-listed ambiguous
aliases -> resolve kinds -> fail on any alias (case-insensitive) that maps to
two ISO codes -> write rows sorted by (iso3, lang, kind, alias).
"""

from __future__ import annotations

import argparse
import csv
import io
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from importlib.metadata import version
from pathlib import Path

import pycountry
from babel import Locale

REPO = Path(__file__).resolve().parent.parent
VOCAB_DIR = REPO / "transforms" / "vocab"
EXTRA_CSV = VOCAB_DIR / "countries_extra.csv"
OUT_CSV = VOCAB_DIR / "countries.csv"

HEADER = ["iso3", "lang", "kind", "alias"]
LANGS = {"en", "ru", "tr", "kk", "ky", "uz", "az", "ko", "zh", "any"}
KINDS = {"name", "official", "adjective", "abbrev"}
BABEL_LANGS = ["en", "ru", "tr", "kk", "ky", "uz", "az"]
CYRILLIC_LANGS = {"ru", "kk", "ky", "uz"}  # uz is written in both scripts

# Codes outside pycountry that we still treat as countries.
EXTRA_CODES = {"XK": "XKX"}  # Kosovo (user-assigned code, used by EU/WIPO-style data)

# Versions the committed CSV was built with (a different version is allowed but reported).
EXPECTED_VERSIONS = {"pycountry": "26.2.16", "babel": "2.18.0"}

# Aliases that are ambiguous between countries (or with a very common word) and are therefore
# never emitted, whatever the source. Compared case-insensitively. A curated row hitting this
# list is an error.
DENY = {
    "congo": "COG vs COD",
    "конго": "COG vs COD",
    "kongo": "COG vs COD",
    "konqo": "COG vs COD",
    "congolese": "COG vs COD",
    "конголезский": "COG vs COD",
    "dominican": "demonym of both DOM and DMA",
    "того": "Russian pronoun 'того' (Togo)",
    "virgin islands": "VGB vs VIR",
    "виргинские острова": "VGB vs VIR",
}

# CLDR display-name artefacts that are not how a text names the territory (exact lang+alias).
LIBRARY_DROP = {
    ("en", "Hong Kong SAR China"),
    ("en", "Macao SAR China"),
    ("tr", "Çin Hong Kong ÖİB"),
    ("tr", "Çin Makao ÖİB"),
    ("kk", "Сянган АӘА"),
    ("kk", "Макао АӘА"),
    ("ky", "Гонконг Кытай ААА"),
    ("ky", "Макао Кытай ААА"),
    ("az", "Honq Konq Xüsusi İnzibati Rayonu Çin"),
    ("az", "Makao XİR Çin"),
}

# Library forms with these are catalogue/UI forms ("Korea, Republic of", "Myanmar (Burma)",
# "Congo - Kinshasa"), not running-text names.
BAD_LIBRARY_FORM = re.compile(r"[,()]| [-–] ")

# CLDR Russian abbreviates islands; expand so the alias matches running text.
RU_EXPANSIONS = [(re.compile(r"(?<!\w)о-ва(?!\w)"), "острова"),
                 (re.compile(r"(?<!\w)о-в(?!\w)"), "остров"),
                 (re.compile(r"(?<!\w)Св\."), "Святой")]

APOSTROPHES = "'’ʻʼ‘`"
APOS_RE = re.compile("[" + re.escape(APOSTROPHES) + "]")

# Source priority when the same (iso3, lang, alias) arrives more than once: lower wins.
PRIO_CURATED, PRIO_PYC_NAME, PRIO_PYC_OFFICIAL, PRIO_BABEL = 0, 1, 2, 3


class VocabError(Exception):
    pass


def valid_codes() -> dict[str, str]:
    """alpha-2 -> alpha-3 for every code we accept."""
    codes = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    codes.update(EXTRA_CODES)
    return codes


def read_extra(path: Path, iso3_ok: set[str]) -> list[tuple]:
    rows = []
    seen: dict[tuple[str, str], tuple[str, str]] = {}
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh)
        header = next(reader)
        if header != HEADER:
            raise VocabError(f"{path}: header must be {','.join(HEADER)}, got {header}")
        for lineno, rec in enumerate(reader, start=2):
            if not rec or all(not f.strip() for f in rec):
                continue
            if len(rec) != 4:
                raise VocabError(f"{path}:{lineno}: expected 4 fields, got {rec}")
            iso3, lang, kind, alias = (f.strip() for f in rec)
            if iso3 not in iso3_ok:
                raise VocabError(f"{path}:{lineno}: unknown iso3 {iso3!r}")
            if lang not in LANGS:
                raise VocabError(f"{path}:{lineno}: unknown lang {lang!r}")
            if kind not in KINDS:
                raise VocabError(f"{path}:{lineno}: unknown kind {kind!r}")
            if not alias or "  " in alias:
                raise VocabError(f"{path}:{lineno}: empty or badly spaced alias {alias!r}")
            key = (lang, alias)
            if key in seen and seen[key] != (iso3, kind):
                raise VocabError(f"{path}:{lineno}: {alias!r} ({lang}) already given as {seen[key]}")
            seen[key] = (iso3, kind)
            rows.append((iso3, lang, kind, alias, PRIO_CURATED, f"extra:{lineno}"))
    return rows


def library_rows(codes: dict[str, str]) -> list[tuple]:
    rows = []
    for c in pycountry.countries:
        f = c._fields
        for field, kind, prio in (("name", "name", PRIO_PYC_NAME),
                                  ("common_name", "name", PRIO_PYC_NAME),
                                  ("official_name", "official", PRIO_PYC_OFFICIAL)):
            if f.get(field):
                rows.append((c.alpha_3, "en", kind, f[field], prio, f"pycountry:{field}"))
    for lang in BABEL_LANGS:
        for a2, label in Locale.parse(lang).territories.items():
            if a2 in codes:  # skips regions (001, 150), EU, UN, AC, IC, ...
                rows.append((codes[a2], lang, "name", label, PRIO_BABEL, f"babel:{lang}"))
    return rows


def clean_library_alias(lang: str, alias: str) -> str | None:
    alias = " ".join(alias.split())
    if (lang, alias) in LIBRARY_DROP or BAD_LIBRARY_FORM.search(alias):
        return None
    if alias.startswith("the "):  # pycountry: "the State of Palestine"
        alias = alias[4:]
    if lang == "ru":
        for rx, repl in RU_EXPANSIONS:
            alias = rx.sub(repl, alias)
    return alias


def variants(lang: str, alias: str) -> set[str]:
    out = {alias}
    if APOS_RE.search(alias):
        marks = ["'", "’"] + (["ʻ", "‘"] if lang == "uz" else [])
        out |= {APOS_RE.sub(m, alias) for m in marks}
    if lang in CYRILLIC_LANGS and ("ё" in alias or "Ё" in alias):
        out |= {v.replace("ё", "е").replace("Ё", "Е") for v in out}
    if lang == "en":
        for v in list(out):
            folded = "".join(ch for ch in unicodedata.normalize("NFKD", v)
                             if not unicodedata.combining(ch))
            if folded != v and folded.isascii():
                out.add(folded)
    return out


def fold(alias: str) -> str:
    """Aggressive key used only for the near-collision warning."""
    s = unicodedata.normalize("NFKD", alias.casefold())
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    return re.sub(r"[\W_]+", "", APOS_RE.sub("", s.replace("ı", "i")))


def build(extra_path: Path = EXTRA_CSV) -> tuple[list[tuple[str, str, str, str]], list[str]]:
    codes = valid_codes()
    iso3_ok = set(codes.values())
    warnings: list[str] = []

    candidates = []
    for iso3, lang, kind, alias, prio, src in read_extra(extra_path, iso3_ok):
        if alias.casefold() in DENY:
            raise VocabError(f"curated alias {alias!r} is deny-listed: {DENY[alias.casefold()]}")
        candidates.append((iso3, lang, kind, alias, prio, src))
    for iso3, lang, kind, alias, prio, src in library_rows(codes):
        cleaned = clean_library_alias(lang, alias)
        if cleaned is None or cleaned.casefold() in DENY:
            continue
        candidates.append((iso3, lang, kind, cleaned, prio, src))

    # Expand spelling variants; variants inherit the source's priority.
    best: dict[tuple[str, str, str], tuple[int, str, str]] = {}
    for iso3, lang, kind, alias, prio, src in candidates:
        for v in variants(lang, alias):
            if v.casefold() in DENY:
                continue
            key = (iso3, lang, v)
            if key not in best or prio < best[key][0]:
                best[key] = (prio, kind, src)

    # One alias -> one country, case-insensitively, across all languages.
    by_alias: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for (iso3, lang, alias), (_prio, _kind, src) in best.items():
        by_alias[alias.casefold()].add((iso3, f"{lang}:{alias} <{src}>"))
    clashes = {a: s for a, s in by_alias.items() if len({i for i, _ in s}) > 1}
    if clashes:
        lines = [f"  {a!r}: " + "; ".join(f"{i} {d}" for i, d in sorted(s)) for a, s in sorted(clashes.items())]
        raise VocabError("aliases mapping to more than one iso3 (add to DENY or fix the curated row):\n"
                         + "\n".join(lines))

    # Near-collisions under aggressive folding are reported, not fatal.
    by_fold: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for (iso3, lang, alias) in best:
        by_fold[fold(alias)].add((iso3, alias))
    for k, s in sorted(by_fold.items()):
        if len({i for i, _ in s}) > 1:
            warnings.append(f"near-collision after folding {k!r}: {sorted(s)}")

    rows = sorted((iso3, lang, kind, alias) for (iso3, lang, alias), (_p, kind, _s) in best.items())

    have_en = {r[0] for r in rows if r[1] == "en"}
    missing = sorted(iso3_ok - have_en)
    if missing:
        warnings.append(f"codes without an English alias: {missing}")
    return rows, warnings


def render(rows) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(HEADER)
    w.writerows(rows)
    return buf.getvalue()


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=Path, default=OUT_CSV, help="output CSV (default: %(default)s)")
    ap.add_argument("--check", action="store_true", help="do not write; exit 1 if --out differs from a fresh build")
    ap.add_argument("--quiet", action="store_true", help="print only errors")
    args = ap.parse_args(argv)

    for name, want in EXPECTED_VERSIONS.items():
        got = version(name)
        if got != want:
            print(f"note: {name} {got} installed, CSV was built with {want}; output may differ", file=sys.stderr)

    try:
        rows, warnings = build()
    except VocabError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    text = render(rows)

    if not args.quiet:
        for w in warnings:
            print(f"warning: {w}", file=sys.stderr)
        by_lang = Counter(r[1] for r in rows)
        by_kind = Counter((r[1], r[2]) for r in rows)
        print(f"{len(rows)} rows, {len({r[0] for r in rows})} codes")
        for lang in sorted(by_lang):
            kinds = ", ".join(f"{k}={by_kind[(lang, k)]}" for k in sorted(KINDS) if by_kind[(lang, k)])
            print(f"  {lang}: {by_lang[lang]} ({kinds})")

    if args.check:
        current = args.out.read_text(encoding="utf-8") if args.out.exists() else ""
        if current != text:
            print(f"error: {args.out} is out of date; rerun without --check", file=sys.stderr)
            return 1
        return 0
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

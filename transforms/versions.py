"""Versions of the code behind stored results, so a run knows what it must redo.

extractor_version: the per-document rows (extraction and its vocabularies, and how
assemble turns an extraction into rows). A new version re-extracts every document once.
resolver_version: person resolution. A new version resolves every reference again
(instead of only the new documents' ones) but re-extracts nothing.
"""
from __future__ import annotations

import hashlib
from functools import cache
from importlib import resources

# transforms modules whose code decides what is stored per document; a test checks this
# covers everything transforms.extract imports
EXTRACTION_MODULES = ("assemble", "events", "extract", "names", "orgs", "persons", "roles",
                      "schema", "text", "vocab")
RESOLUTION_MODULES = ("judgements", "names", "resolve", "text")


def _digest(modules, with_vocabularies: bool) -> str:
    digest = hashlib.sha256()
    root = resources.files("transforms")
    for name in sorted(modules):
        digest.update((root / f"{name}.py").read_bytes())
    if with_vocabularies:
        for name in sorted(p.name for p in (root / "vocab").iterdir()
                           if p.name.endswith(".csv")):
            digest.update((root / "vocab" / name).read_bytes())
    return digest.hexdigest()[:12]


@cache
def extractor_version() -> str:
    return _digest(EXTRACTION_MODULES, with_vocabularies=True)


@cache
def resolver_version() -> str:
    return _digest(RESOLUTION_MODULES, with_vocabularies=False)

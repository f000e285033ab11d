"""The code versions stored with a snapshot cover every module their results depend on."""
import ast
from pathlib import Path

from transforms.versions import EXTRACTION_MODULES, RESOLUTION_MODULES

TRANSFORMS = Path(__file__).parents[2] / "transforms"


def transforms_imports(module: str, seen=None) -> set[str]:
    """transforms modules `module` imports, directly or through each other."""
    seen = set() if seen is None else seen
    tree = ast.parse((TRANSFORMS / f"{module}.py").read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        names = []
        if isinstance(node, ast.ImportFrom) and node.module:
            names = [node.module]
        elif isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        for name in names:
            if name.startswith("transforms.") and name.split(".")[1] not in seen:
                seen.add(name.split(".")[1])
                transforms_imports(name.split(".")[1], seen)
    return seen


def test_extraction_version_covers_what_extraction_imports():
    needed = transforms_imports("extract") | {"extract", "assemble", "schema"}
    needed -= {"resolve", "judgements"}  # assemble takes only the LocalRef type from resolve
    assert needed <= set(EXTRACTION_MODULES)


def test_resolution_version_covers_what_resolution_imports():
    assert transforms_imports("resolve") | {"resolve"} <= set(RESOLUTION_MODULES)

import shutil
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
EXAMPLES = REPO / "raw"


@pytest.fixture(scope="session")
def prefect_server():
    """One temporary Prefect API for the whole session (~7 s), shared by flow tests."""
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=90):
        yield


@pytest.fixture
def raw_dir(tmp_path) -> Path:
    """A raw folder holding the two example articles that ship in raw/."""
    raw = tmp_path / "raw"
    shutil.copytree(EXAMPLES, raw)
    return raw


@pytest.fixture
def russian_article() -> str:
    return RUSSIAN_ARTICLE


RUSSIAN_ARTICLE = (
    "Руководитель патентного ведомства провёл встречу с делегацией соседней страны.\r\n"
    "Стороны обсудили обмен опытом в сфере интеллектуальной собственности и подготовку "
    "меморандума о сотрудничестве.\r\n")

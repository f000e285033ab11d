"""Quality floor on the invented annotated set in tests/corpus (every name and fact in it
is made up): a regression guard, scored by the project's shared scorer."""
import json
import subprocess
import sys
from pathlib import Path

import pytest

from flows.build import build_warehouse

REPO = Path(__file__).resolve().parents[2]
SET = REPO / "tests" / "corpus" / "invented"
SCORER = REPO.parent / "shared" / "eval" / "score.py"

pytestmark = pytest.mark.usefixtures("prefect_server")

FLOORS = {"mention_f1": 0.95, "bcubed_precision": 0.98, "bcubed_f1": 0.90,
          "person_country_accuracy": 0.90, "participant_country_f1": 0.93,
          "event_type_accuracy": 0.90, "date_accuracy": 0.95}


@pytest.mark.skipif(not SCORER.exists(), reason="the shared scorer is not beside the repo")
def test_invented_set_stays_above_its_floors(tmp_path):
    build_warehouse(raw_dir=SET / "raw", warehouse_dir=tmp_path / "wh",
                    judgements_path=tmp_path / "none.txt")
    out = tmp_path / "score.json"
    subprocess.run([sys.executable, str(SCORER), str(SET), str(tmp_path / "wh"), "--json",
                    str(out)], check=True, capture_output=True)
    scores = json.loads(out.read_text())
    assert scores["problems"] == []
    low = {k: round(scores[k], 3) for k, floor in FLOORS.items() if scores[k] < floor}
    assert low == {}

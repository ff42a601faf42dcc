from pathlib import Path

from fou.domain.documents.years import decision_year
from fou.domain.text.ocr_repair import repair_text
from tests.domain.text.seeds import DECISION_002

FIXTURES = Path(__file__).parent / "fixtures"


def test_the_year_of_seed_002_is_2023():
    assert decision_year(repair_text(DECISION_002.read_text())) == 2023


def test_the_year_of_the_own_decision_is_2024():
    assert decision_year(repair_text((FIXTURES / "decision-2024.txt").read_text())) == 2024


def test_a_title_wrapped_over_lines_still_gives_its_year():
    assert decision_year("Fördelning av lokala\nutvecklingsmedel\n2019") == 2019


def test_a_text_without_such_a_heading_has_no_year():
    assert decision_year("Redovisning av lokala utvecklingsprojekt 2018") is None

import json
from pathlib import Path

import pytest

from fou.domain.documents.cells import join_lines
from fou.domain.documents.extract_allocation import (
    NoAllocationTableError,
    allocation_as_json,
    extract_allocation,
)
from tests.domain.text.seeds import ALLOCATION_2023, DECISION_002, KNOWN_ORGANISATIONS

FIXTURES = Path(__file__).resolve().parent / "fixtures"


def _extract(path: Path):
    return extract_allocation(path.read_text(), known_organisations=KNOWN_ORGANISATIONS)


def test_seed_002_gives_exactly_the_hand_checked_tables():
    expected = json.loads(ALLOCATION_2023.read_text())
    result = allocation_as_json(_extract(DECISION_002))
    assert result["LUM"] == expected["LUM"]
    assert result["MUL"] == expected["MUL"]
    assert result["issues"] == []


def test_seed_002_totals_are_checked_against_the_rows():
    extraction = _extract(DECISION_002)
    assert extraction.table("LUM").stated_total == extraction.table("LUM").rows_total == 3_850_000
    assert extraction.table("MUL").stated_total == extraction.table("MUL").rows_total == 188_500


def test_another_year_with_a_district_outside_the_registry():
    result = allocation_as_json(_extract(FIXTURES / "decision-2024.txt"))
    assert result["LUM"] == [
        {
            "organisation": "Järva",
            "project": "Tidiga insatser för barn och unga i samverkan med skola och polis",
            "granted": 500_000,
        },
        {
            "organisation": "Farsta",
            "project": "Stöd till föräldrar med barn i ekonomisk utsatthet",
            "granted": 400_000,
        },
        {
            "organisation": "Skarpnäck",
            "project": "Digitalt stöd för rehabiliteringsärenden på ekonomiskt bistånd",
            "granted": 375_000,
        },
    ]
    assert result["MUL"] == [
        {
            "organisation": "Järva",
            "trip": "Verksamhetsbesök hos familjecentraler, Göteborg.",
            "granted": 25_000,
        },
        {
            "organisation": "Södermalm",
            "trip": "Studiebesök om boendestöd, Oslo, Norge.",
            "granted": 25_000,
        },
    ]
    assert result["unknown_organisations"] == ["Järva"]
    assert {issue["code"] for issue in result["issues"]} == {"unknown_organisation"}


def test_unknown_rows_are_flagged_known_rows_are_not():
    rows = _extract(FIXTURES / "decision-2024.txt").table("LUM").rows
    assert [row.known_organisation for row in rows] == [False, True, True]


def test_a_total_that_does_not_match_its_rows_is_reported():
    extraction = _extract(FIXTURES / "decision-2024-wrong-total.txt")
    mismatches = [issue for issue in extraction.issues if issue.code == "total_mismatch"]
    assert len(mismatches) == 1
    assert mismatches[0].fund == "LUM"
    assert "1\u00a0275\u00a0000" in mismatches[0].message
    assert "1\u00a0300\u00a0000" in mismatches[0].message


def test_a_document_without_tables_is_refused():
    with pytest.raises(NoAllocationTableError, match="inga tabeller hittades"):
        _extract(FIXTURES / "no-table.txt")


@pytest.mark.parametrize(
    ("lines", "joined"),
    [
        (
            ["Ingen ska lämnas", "utanför -", "socialtjänstens"],
            "Ingen ska lämnas utanför - socialtjänstens",
        ),
        (
            ["Tidigt stöd till", "minderåriga EU-", "medborgare"],
            "Tidigt stöd till minderåriga EU-medborgare",
        ),
        (["bostadssökning-", "Civilsamhället"], "bostadssökning - Civilsamhället"),
        (["forsknings-", "och utveckling"], "forsknings- och utveckling"),
        (["rehabili-", "teringsärenden"], "rehabiliteringsärenden"),
        (["ABC 0-", "2 år"], "ABC 0-2 år"),
    ],
)
def test_line_end_hyphens(lines, joined):
    assert join_lines(lines) == joined

"""With the demo data and the 2023 rules, the proposal is the real decision."""

import io
import json
from pathlib import Path

import pytest
from django.core.management import call_command

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"
DECISION = json.loads((SHARED / "data" / "allocation-2023.json").read_text("utf-8"))


@pytest.fixture
def proposal(db):
    call_command("load_demo", "--quiet-logins")
    out = io.StringIO()
    call_command("allocate", "--call", "2023", "--json", stdout=out)
    return json.loads(out.getvalue())


def granted(proposal, fund):
    return sorted(
        (row["organisation"], row["project"], row["amount"])
        for row in proposal["granted"]
        if row["fund"] == fund
    )


def test_lum_equals_the_real_decision(proposal):
    expected = sorted((r["organisation"], r["project"], r["granted"]) for r in DECISION["LUM"])
    assert granted(proposal, "LUM") == expected
    assert len(expected) == 10


def test_mul_equals_the_real_decision(proposal):
    expected = sorted((r["organisation"], r["trip"], r["granted"]) for r in DECISION["MUL"])
    assert granted(proposal, "MUL") == expected
    assert len(expected) == 8


def test_totals_and_budgets(proposal):
    assert proposal["funds"]["LUM"] == {
        "budget": 3_850_000,
        "asked_total": 4_950_000,
        "granted_total": 3_850_000,
    }
    assert proposal["funds"]["MUL"]["granted_total"] == 188_500
    assert proposal["call"] == 2023


def test_signs_of_safety_is_refused_with_its_reason(proposal):
    (refused,) = proposal["refused"]
    assert refused["organisation"] == "Hägersten-Älvsjö"
    assert refused["project"].startswith("Signs of Safety")
    assert "Forte" in refused["reason"]


def test_continuing_projects_are_cut_by_twenty_percent(proposal):
    amounts = {row["project"]: row["amount"] for row in proposal["granted"]}
    assert amounts["Våga anmäla våga vittna"] == 400_000  # asked 500 000, year 2
    assert amounts["Agera tillsammans"] == 500_000  # new, granted what it asked

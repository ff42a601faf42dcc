"""The optimiser reproduces the real 2023 decision (tjänsteutlåtande 2023, 002).

Asked amounts follow the reconstruction in the data file: continuing projects
asked a quarter more than they got (the 20 % cut), the three new ones got what
they asked, Signs of Safety asked 450 000 kr, and every trip got what it asked.
Scores are made up but plausible; the decision must not depend on them.
"""

import json
from pathlib import Path

import pytest

from fou.domain.allocation import AllocationSettings, Candidate, Refuse, Status, explain, solve

DATA = Path(__file__).resolve().parents[3] / ".." / "shared" / "data" / "allocation-2023.json"
NEW_PROJECTS = {"Agera tillsammans", "ABC 0-2 år", "Prata om det – barn som anhöriga"}
SIGNS_OF_SAFETY_REASON = (
    "Ett externt fyraårigt forskningsprojekt (FoU i Väst, finansierat av Forte) utvärderar "
    "Signs of Safety; staden följer det och använder inte utvecklingsmedel för metoden 2023."
)
SETTINGS_2023 = AllocationSettings(
    budgets={"LUM": 3_850_000, "MUL": 188_500},
    cap_per_application={"LUM": 500_000, "MUL": 25_000},
    max_grants_per_organisation=2,
    continuation_cut_percent=20,
)


@pytest.fixture(scope="module")
def data():
    return json.loads(DATA.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def candidates(data):
    result = []
    for i, row in enumerate(data["LUM"]):
        new = row["project"] in NEW_PROJECTS
        result.append(
            Candidate(
                id=101 + i,
                fund="LUM",
                organisation_key=row["organisation"],
                organisation_name=row["organisation"],
                project=row["project"],
                score=round(3.1 + 0.17 * ((i * 7) % 11), 2),
                asked=row["granted"] if new else row["granted"] * 100 // 80,
                project_year=1 if new else 2,
            )
        )
    refused = data["LUM_refused"][0]
    result.append(
        Candidate(
            id=111,
            fund="LUM",
            organisation_key=refused["organisation"],
            organisation_name=refused["organisation"],
            project=refused["project"],
            score=4.6,
            asked=450_000,
            lock=Refuse(SIGNS_OF_SAFETY_REASON),
        )
    )
    for i, row in enumerate(data["MUL"]):
        result.append(
            Candidate(
                id=201 + i,
                fund="MUL",
                organisation_key=row["organisation"],
                organisation_name=row["organisation"],
                project=row["trip"],
                score=round(2.8 + 0.23 * ((i * 5) % 8), 2),
                asked=row["granted"],
            )
        )
    return result


def test_reconstructed_asked_amounts_match_the_totals_in_the_decision(data, candidates):
    for fund in ("LUM", "MUL"):
        asked = sum(c.asked for c in candidates if c.fund == fund)
        assert asked == data["asked_totals"][fund]


def test_proposal_equals_the_real_2023_decision(data, candidates):
    proposal = solve(candidates, SETTINGS_2023)

    granted = {
        (d.candidate.fund, d.candidate.organisation_name, d.candidate.project): d.amount
        for d in proposal.decisions
        if d.status == Status.GRANTED
    }
    expected = {("LUM", r["organisation"], r["project"]): r["granted"] for r in data["LUM"]} | {
        ("MUL", r["organisation"], r["trip"]): r["granted"] for r in data["MUL"]
    }
    assert granted == expected
    assert {t.fund: t.granted for t in proposal.fund_totals} == {"LUM": 3_850_000, "MUL": 188_500}
    assert proposal.optimal


def test_signs_of_safety_is_refused_with_its_reason(candidates):
    proposal = solve(candidates, SETTINGS_2023)

    assert proposal.decision(111).status == Status.REFUSED
    assert explain(proposal)[111].text == f"Avslås: låst av handläggare: {SIGNS_OF_SAFETY_REASON}"


def test_continuing_projects_are_explained_by_the_cut(candidates):
    proposal = solve(candidates, SETTINGS_2023)
    farsta = next(c for c in candidates if c.organisation_name == "Farsta" and c.fund == "LUM")

    text = explain(proposal)[farsta.id].text

    assert text.startswith("Beviljas 400\u00a0000\u00a0kr av sökta 500\u00a0000\u00a0kr.")
    assert "Sänkt med 20\u00a0% eftersom projektet är inne på sitt andra år." in text


def test_a_third_project_from_rinkeby_kista_does_not_fit_even_with_money_left(candidates):
    third = Candidate(
        id=120,
        fund="LUM",
        organisation_key="Rinkeby-Kista",
        organisation_name="Rinkeby-Kista",
        project="Ett tredje projekt",
        score=1.0,
        asked=100_000,
    )
    budgets = {"LUM": 4_000_000, "MUL": 188_500}
    proposal = solve(
        [*candidates, third], AllocationSettings(**{**vars(SETTINGS_2023), "budgets": budgets})
    )

    assert proposal.decision(120).status == Status.REFUSED
    assert explain(proposal)[120].text.startswith(
        "Ryms inte: Rinkeby-Kista har redan två projekt med högre poäng i LUM, "
        "och högst två får beviljas per förvaltning."
    )

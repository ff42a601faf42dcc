"""Explanations in Swedish: why each application got what it got."""

from fou.domain.allocation import AllocationSettings, GrantExactly, explain, greedy, solve
from tests.domain.allocation.helpers import candidate

NBSP = "\u00a0"


def kr(text: str) -> str:
    """Write amounts with ordinary spaces in the tests; they are non-breaking in the output."""
    return text.replace(" ", NBSP)


def lum(budget: int, **options) -> AllocationSettings:
    return AllocationSettings(budgets={"LUM": budget}, **options)


def test_a_refused_application_says_how_much_more_budget_would_grant_it():
    candidates = [
        candidate(1, score=5, asked=100_000),
        candidate(2, score=4, asked=120_000, organisation_key="skarpnack"),
    ]

    explanation = explain(solve(candidates, lum(100_000)))[2]

    assert explanation.budget_increase == 120_000
    assert explanation.text == (
        "Ryms inte i budgeten för LUM. "
        f"Skulle ha beviljats om budgeten för LUM vore {kr('120 000 kr')} större. "
        "Poäng 4,00, plats 2 av 2 i LUM."
    )


def test_the_budget_increase_can_be_less_than_the_amount_when_a_swap_pays():
    # With 150 000 kr the pair (2 + 3) is worth more than the single best one.
    candidates = [
        candidate(1, score=5, asked=100_000),
        candidate(2, score=4, asked=75_000, organisation_key="skarpnack"),
        candidate(3, score=4, asked=75_000, organisation_key="norrmalm"),
    ]
    proposal = solve(candidates, lum(100_000))

    increase = explain(proposal)[2].budget_increase

    assert increase == 50_000
    larger = solve(candidates, lum(100_000 + increase))
    assert larger.amounts[2] > 0
    assert solve(candidates, lum(100_000 + increase - 1)).amounts[2] == 0


def test_a_refused_application_names_the_organisation_limit():
    candidates = [candidate(i, score=s) for i, s in ((1, 5), (2, 4), (3, 3))]

    text = explain(solve(candidates, lum(1_000_000, max_grants_per_organisation=2)))[3].text

    assert text.startswith(
        "Ryms inte: Farsta har redan två projekt med högre poäng i LUM, "
        "och högst två får beviljas per förvaltning."
    )
    assert "Skulle ha beviljats" not in text


def test_a_full_grant_says_so():
    text = explain(solve([candidate(1)], lum(100_000)))[1].text

    assert (
        text
        == f"Beviljas hela det sökta beloppet, {kr('100 000 kr')}. Poäng 3,00, plats 1 av 1 i LUM."
    )


def test_the_continuation_cut_is_named_with_the_project_year():
    proposal = solve(
        [candidate(1, asked=500_000, project_year=3)], lum(500_000, continuation_cut_percent=20)
    )

    assert explain(proposal)[1].text.startswith(
        f"Beviljas {kr('400 000 kr')} av sökta {kr('500 000 kr')}. "
        f"Sänkt med 20{NBSP}% eftersom projektet är inne på sitt tredje år."
    )


def test_the_cap_is_named():
    proposal = solve(
        [candidate(1, asked=600_000)], lum(600_000, cap_per_application={"LUM": 500_000})
    )

    assert f"Högst {kr('500 000 kr')} får beviljas per ansökan i LUM." in explain(proposal)[1].text


def test_a_partial_grant_says_what_full_funding_would_need():
    candidates = [candidate(1, score=4), candidate(2, score=3, organisation_key="skarpnack")]
    proposal = solve(candidates, lum(180_000, mode="partial", min_share_percent=80))

    explanation = explain(proposal)[2]

    assert explanation.budget_increase == 20_000
    assert explanation.text.startswith(
        f"Beviljas {kr('80 000 kr')} av sökta {kr('100 000 kr')}. "
        f"Budgeten för LUM räcker till 80{NBSP}% av de {kr('100 000 kr')} som reglerna medger; "
        f"hela beloppet hade beviljats om budgeten för LUM vore {kr('20 000 kr')} större."
    )


def test_locked_and_excluded_applications_give_the_recorded_reason():
    candidates = [
        candidate(1, lock=GrantExactly(50_000, "Nämndens prioritering.")),
        candidate(2, eligible=False, exclusion_reason="Rapporten för 2022 är inte godkänd."),
        candidate(3, warning_unresolved=True),
    ]

    explanations = explain(solve(candidates, lum(100_000)))

    assert (
        explanations[1].text
        == f"Beviljas {kr('50 000 kr')}: låst av handläggare: Nämndens prioritering."
    )
    assert explanations[2].text == "Utesluten: Rapporten för 2022 är inte godkänd."
    assert explanations[3].text == (
        "Utesluten: en varning saknar registrerat skäl; "
        "registrera skälet för att ansökan ska kunna prövas."
    )


def test_a_greedy_proposal_is_explained_by_re_running_greedy():
    candidates = [
        candidate(1, score=5, asked=60_000),
        candidate(2, score=4, asked=50_000, organisation_key="skarpnack"),
    ]

    assert explain(greedy(candidates, lum(100_000)))[2].budget_increase == 10_000


def test_the_budget_increase_is_the_plain_shortfall_when_that_is_enough():
    # Somewhat more money would rather let the weak one in at its minimum
    # share than fill up the strong one; the plain shortfall still suffices.
    candidates = [candidate(1, score=3), candidate(2, score=1, organisation_key="skarpnack")]
    settings = lum(90_000, mode="partial", min_share_percent=80)

    assert (
        solve(candidates, lum(179_999, mode="partial", min_share_percent=80)).amounts[1] < 100_000
    )
    assert explain(solve(candidates, settings))[1].budget_increase == 10_000

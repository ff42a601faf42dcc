from dataclasses import replace
from datetime import timedelta

import pytest

from fou.domain.rules import (
    EarlierGrant,
    OrganisationHistory,
    Outcome,
    RuleCode,
    evaluate,
    evaluate_call,
)
from fou.domain.rules.presets import LUM_2023, MUL_2023
from tests.domain.rules.builders import (
    application,
    as_other,
    during_call,
    history,
    outcomes,
    results_for,
)


def test_a_complete_2023_application_lists_every_rule_and_passes_them_all():
    results = results_for(LUM_2023, application(LUM_2023))
    assert outcomes(results) == {Outcome.PASS}
    assert [each.code for each in results] == [
        RuleCode.DEADLINE,
        RuleCode.WORKSHOP,
        RuleCode.APPROVED_REPORT,
        RuleCode.APPLICATIONS_PER_ORGANISATION,
        *[RuleCode.REQUIRED_FIELD] * 4,
        RuleCode.AMOUNT_CAP,
        RuleCode.PROJECT_YEAR,
        RuleCode.GENDER_EQUALITY_ANALYSIS,
    ]
    assert all(each.source and each.message for each in results)


def test_several_problems_are_all_reported_at_once():
    facts = application(LUM_2023, title="", amount_asked=600_000, gender_equality_analysis="")
    results = results_for(LUM_2023, facts, history(workshop_attended=False))
    failed = {each.code for each in results if each.outcome == Outcome.FAIL}
    assert failed == {
        RuleCode.REQUIRED_FIELD,
        RuleCode.AMOUNT_CAP,
        RuleCode.GENDER_EQUALITY_ANALYSIS,
        RuleCode.WORKSHOP,
    }


def test_an_application_of_another_fund_is_refused():
    with pytest.raises(ValueError, match="MUL"):
        results_for(LUM_2023, application(MUL_2023))


def farsta_and_skarpnack_applications():
    start = during_call(LUM_2023) - timedelta(days=10)
    return [
        application(
            LUM_2023,
            application_id=number,
            organisation_key=key,
            organisation_name=name,
            submitted_at=start + timedelta(days=number),
        )
        for number, key, name in [
            (1, "farsta", "Farsta"),
            (2, "skarpnack", "Skarpnäck"),
            (3, "farsta", "Farsta"),
            (4, "farsta", "Farsta"),
        ]
    ]


def test_evaluate_call_fails_only_the_organisations_third_application():
    batch = farsta_and_skarpnack_applications()
    results = evaluate_call(
        LUM_2023,
        batch,
        {"farsta": history(), "skarpnack": history()},
        now=during_call(LUM_2023),
    )
    failed = {number for number, found in results.items() if Outcome.FAIL in outcomes(found)}
    assert failed == {4}


def test_an_organisation_missing_from_the_histories_has_none():
    (only,) = farsta_and_skarpnack_applications()[:1]
    results = evaluate_call(LUM_2023, [only], {}, now=during_call(LUM_2023))
    workshop = [each for each in results[1] if each.code == RuleCode.WORKSHOP]
    assert workshop[0].outcome == Outcome.FAIL


def test_evaluate_call_agrees_with_evaluate_given_the_same_facts():
    batch = farsta_and_skarpnack_applications()
    batch[2] = replace(batch[2], status="withdrawn")
    unapproved = EarlierGrant(1, "LUM", 2020, "Min ekonomi", "Slutrapport Min ekonomi", False)
    farsta = history(earlier_grants=(unapproved,))
    now = during_call(LUM_2023)
    together = evaluate_call(LUM_2023, batch, {"farsta": farsta}, now=now)
    for facts in batch:
        own = farsta if facts.organisation_key == "farsta" else OrganisationHistory()
        others = tuple(
            as_other(each) for each in batch if each.organisation_key == facts.organisation_key
        )
        alone = evaluate(LUM_2023, facts, replace(own, other_applications=others), now=now)
        assert together[facts.application_id] == alone


def test_rules_with_a_naive_closing_time_are_refused():
    with pytest.raises(ValueError, match="aware"):
        replace(LUM_2023, closes_at=LUM_2023.closes_at.replace(tzinfo=None))


def test_rules_with_only_one_project_year_bound_are_refused():
    with pytest.raises(ValueError, match="project year"):
        replace(LUM_2023, max_project_year=None)

from datetime import timedelta

from fou.domain.rules import OtherApplication, Outcome, RuleCode
from fou.domain.rules.presets import LUM_2015, LUM_2020, LUM_2023, MUL_2023
from tests.domain.rules.builders import (
    application,
    during_call,
    history,
    message,
    only,
    results_for,
)

CODE = RuleCode.APPLICATIONS_PER_ORGANISATION


def other(rules, application_id, *, days_before, fund=None, is_lead=True, status="submitted"):
    return OtherApplication(
        application_id=application_id,
        fund=fund or rules.fund,
        is_lead=is_lead,
        status=status,
        submitted_at=during_call(rules) - timedelta(days=days_before),
    )


def count_result(rules, others, **changes):
    facts = application(rules, application_id=100, **changes)
    return only(results_for(rules, facts, history(other_applications=tuple(others))), CODE)


def test_the_second_lum_application_of_2023_passes():
    found = count_result(LUM_2023, [other(LUM_2023, 1, days_before=3)])
    assert found.outcome == Outcome.PASS
    assert message(found) == (
        "Ansökan är nummer 2 av högst två LUM-ansökningar från Farsta i utlysningen."
    )


def test_the_third_lum_application_of_2023_fails():
    others = [other(LUM_2023, 1, days_before=3), other(LUM_2023, 2, days_before=2)]
    found = count_result(LUM_2023, others)
    assert found.outcome == Outcome.FAIL
    assert message(found).startswith(
        "Farsta har redan lämnat in två LUM-ansökningar i utlysningen, "
        "och varje förvaltning får lämna in högst två."
    )
    assert found.source == "Tjänsteutlåtande 2023, avsnitt Ärendet"


def test_the_same_limit_holds_in_2020():
    others = [other(LUM_2020, 1, days_before=3), other(LUM_2020, 2, days_before=2)]
    assert count_result(LUM_2020, others).outcome == Outcome.FAIL


def test_mul_trips_are_counted_apart_from_lum_projects():
    lum = [other(MUL_2023, n, days_before=n, fund="LUM") for n in (1, 2)]
    assert count_result(MUL_2023, lum).outcome == Outcome.PASS


def test_the_third_mul_trip_fails():
    trips = [other(MUL_2023, n, days_before=n) for n in (1, 2)]
    assert count_result(MUL_2023, trips).outcome == Outcome.FAIL


def test_an_application_submitted_before_the_other_two_keeps_its_place():
    later = [other(LUM_2023, 1, days_before=-1), other(LUM_2023, 2, days_before=-2)]
    assert count_result(LUM_2023, later).outcome == Outcome.PASS


def test_a_draft_is_placed_as_if_submitted_now():
    others = [other(LUM_2023, 1, days_before=3), other(LUM_2023, 2, days_before=2)]
    found = count_result(LUM_2023, others, status="draft", submitted_at=None)
    assert found.outcome == Outcome.FAIL


def test_equal_submission_times_are_settled_by_the_lower_id():
    others = [other(LUM_2023, 1, days_before=0), other(LUM_2023, 2, days_before=0)]
    assert count_result(LUM_2023, others).outcome == Outcome.FAIL
    found = count_result(LUM_2023, others[:1] + [other(LUM_2023, 101, days_before=0)])
    assert found.outcome == Outcome.PASS


def test_withdrawn_and_draft_applications_do_not_count():
    others = [
        other(LUM_2023, 1, days_before=3, status="withdrawn"),
        other(LUM_2023, 2, days_before=2, status="draft"),
        other(LUM_2023, 3, days_before=1),
    ]
    assert count_result(LUM_2023, others).outcome == Outcome.PASS


def test_a_joint_application_counts_only_for_its_lead_organisation():
    as_co_applicant = [other(LUM_2023, n, days_before=n, is_lead=False) for n in (1, 2)]
    assert count_result(LUM_2023, as_co_applicant).outcome == Outcome.PASS


def test_the_application_itself_in_its_history_is_not_counted_twice():
    others = [other(LUM_2023, 1, days_before=3), other(LUM_2023, 100, days_before=0)]
    assert count_result(LUM_2023, others).outcome == Outcome.PASS


def test_2015_sets_no_limit_so_the_rule_gives_no_result():
    results = results_for(LUM_2015, application(LUM_2015))
    assert not [each for each in results if each.code == CODE]

import dataclasses
import datetime

from fou.domain.rules import EarlierGrant, Outcome, RuleCode
from fou.domain.rules.presets import LUM_2020, LUM_2022, LUM_2023, MUL_2023
from tests.domain.rules.builders import application, history, message, only, results_for


def grant(grant_id, *, year, fund="LUM", approved, title="Min ekonomi", **terms):
    return EarlierGrant(
        grant_id=grant_id,
        fund=fund,
        year=year,
        project_title=title,
        report_name=f"Slutrapport {title}",
        report_approved=approved,
        **terms,
    )


def report_results(rules, *grants):
    results = results_for(rules, application(rules), history(earlier_grants=grants))
    return [each for each in results if each.code == RuleCode.APPROVED_REPORT]


def test_2023_lum_requires_the_workshop():
    results = results_for(LUM_2023, application(LUM_2023), history(workshop_attended=False))
    found = only(results, RuleCode.WORKSHOP)
    assert found.outcome == Outcome.FAIL
    assert message(found) == (
        "Farsta har inte deltagit i den obligatoriska workshoppen med forskarhandledaren. "
        "Den krävs för att söka LUM 2023."
    )
    assert found.source == "Tjänsteutlåtande 2023, avsnitt Bakgrund"


def test_a_workshop_attended_passes():
    found = only(results_for(LUM_2023, application(LUM_2023)), RuleCode.WORKSHOP)
    assert found.outcome == Outcome.PASS


def test_earlier_calls_and_study_trips_require_no_workshop():
    for rules in (LUM_2020, LUM_2022, MUL_2023):
        results = results_for(rules, application(rules), history(workshop_attended=False))
        assert RuleCode.WORKSHOP not in {each.code for each in results}


def test_an_unapproved_lum_report_fails_naming_the_report():
    (found,) = report_results(LUM_2023, grant(1, year=2020, approved=False))
    assert found.outcome == Outcome.FAIL
    assert message(found) == (
        "Rapporten ”Slutrapport Min ekonomi” för LUM 2020 är inte godkänd. "
        "En godkänd rapport krävs för att söka och beviljas nya medel."
    )


def test_an_unapproved_mul_report_also_stops_a_lum_application():
    (found,) = report_results(LUM_2023, grant(1, year=2021, fund="MUL", approved=False))
    assert found.outcome == Outcome.FAIL


def test_each_unapproved_report_is_named_oldest_first():
    found = report_results(
        MUL_2023,
        grant(2, year=2021, approved=False, title="En plats för dig"),
        grant(1, year=2020, approved=False, title="Min ekonomi"),
        grant(3, year=2020, approved=True, title="Intern-SIP"),
    )
    assert [each.outcome for each in found] == [Outcome.FAIL, Outcome.FAIL]
    assert "Min ekonomi" in found[0].message
    assert "En plats för dig" in found[1].message


def test_last_years_running_projects_are_not_yet_due():
    # The 2023 call closed in August 2022, while 2022's projects still ran.
    (found,) = report_results(LUM_2023, grant(1, year=2022, approved=False))
    assert found.outcome == Outcome.PASS


def test_funds_that_do_not_report_are_not_this_rules_business():
    unreported = grant(1, year=2020, fund="PPSS", approved=False, report_required=False)
    (found,) = report_results(LUM_2023, unreported)
    assert found.outcome == Outcome.PASS


def test_a_recorded_report_deadline_decides_whether_the_report_is_due():
    # The 2023 call was judged in August 2022 (a week before it closed).
    passed = grant(1, year=2022, approved=False, report_due_on=datetime.date(2022, 8, 1))
    (found,) = report_results(LUM_2023, passed)
    assert found.outcome == Outcome.FAIL
    ahead = grant(1, year=2021, approved=False, report_due_on=datetime.date(2022, 12, 31))
    (found,) = report_results(LUM_2023, ahead)
    assert found.outcome == Outcome.PASS


def test_approved_reports_pass():
    (found,) = report_results(LUM_2023, grant(1, year=2020, approved=True))
    assert found.outcome == Outcome.PASS


def test_before_2023_no_approved_report_was_required():
    assert report_results(LUM_2020, grant(1, year=2017, approved=False)) == []


def test_the_workshop_and_the_fund_are_named_as_the_call_says():
    kultur = dataclasses.replace(
        LUM_2023,
        fund="KULT",
        fund_name="Kulturstöd",
        workshop_name="informationsmötet med kulturkonsulenten",
    )
    results = results_for(kultur, application(kultur), history(workshop_attended=False))
    assert message(only(results, RuleCode.WORKSHOP)) == (
        "Farsta har inte deltagit i informationsmötet med kulturkonsulenten. "
        "Den krävs för att söka Kulturstöd 2023."
    )

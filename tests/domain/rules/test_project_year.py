from fou.domain.rules import Outcome, RuleCode
from fou.domain.rules.presets import LUM_2015, LUM_2020, LUM_2023, MUL_2023
from tests.domain.rules.builders import (
    application,
    earlier_grant,
    history,
    message,
    only,
    results_for,
)


def year_result(rules, **changes):
    return only(results_for(rules, application(rules, **changes)), RuleCode.PROJECT_YEAR)


def link_result(rules, past=None, **changes):
    results = results_for(rules, application(rules, **changes), past)
    return only(results, RuleCode.CONTINUATION)


def test_2015_allowed_only_one_project_year():
    assert year_result(LUM_2015, project_year=1).outcome == Outcome.PASS
    found = year_result(LUM_2015, project_year=2, continues_grant=earlier_grant(LUM_2015))
    assert found.outcome == Outcome.FAIL
    assert message(found) == "I LUM 2015 kan en ansökan bara gälla projektår 1."
    assert found.source == "FoU-plan 2015, avsnitt Utlysning av lokala utvecklingsmedel"


def test_year_three_passes_in_2020_and_2023():
    for rules in (LUM_2020, LUM_2023):
        found = year_result(rules, project_year=3, continues_grant=earlier_grant(rules))
        assert found.outcome == Outcome.PASS


def test_year_four_fails_in_2023():
    found = year_result(LUM_2023, project_year=4, continues_grant=earlier_grant(LUM_2023))
    assert message(found) == "Projektåret kan vara 1–3 i LUM 2023, inte 4."


def test_study_trips_have_no_project_years():
    results = results_for(MUL_2023, application(MUL_2023))
    assert not {RuleCode.PROJECT_YEAR, RuleCode.CONTINUATION} & {each.code for each in results}


def test_a_first_year_needs_no_earlier_grant():
    results = results_for(LUM_2023, application(LUM_2023, project_year=1))
    assert RuleCode.CONTINUATION not in {each.code for each in results}


def test_a_second_year_continuing_last_years_grant_passes():
    found = link_result(LUM_2023, project_year=2, continues_grant=earlier_grant(LUM_2023))
    assert found.outcome == Outcome.PASS
    assert message(found) == "Ansökan fortsätter ”Våga anmäla våga vittna” (LUM 2022)."


def test_a_second_year_without_a_link_fails_on_the_link_field():
    found = link_result(LUM_2023, project_year=2, continues_grant=None)
    assert (found.outcome, found.field) == (Outcome.FAIL, "continues_grant")


def test_a_link_to_an_unknown_grant_fails():
    missing = earlier_grant(LUM_2023, exists=False)
    found = link_result(LUM_2023, project_year=2, continues_grant=missing)
    assert found.outcome == Outcome.FAIL
    assert "finns inte bland de beviljade projekten" in found.message


def test_a_link_to_another_organisations_grant_fails():
    theirs = earlier_grant(LUM_2023, organisation_key="skarpnack")
    found = link_result(LUM_2023, project_year=2, continues_grant=theirs)
    assert found.outcome == Outcome.FAIL
    assert "beviljades en annan förvaltning" in found.message


def test_a_merged_district_continues_its_predecessors_project():
    # Hägersten-Älvsjö took over Hägersten-Liljeholmen's projects in 2020.
    old = earlier_grant(LUM_2020, organisation_key="hagersten-liljeholmen")
    merged = history(predecessor_keys=frozenset({"hagersten-liljeholmen"}))
    found = link_result(
        LUM_2020,
        merged,
        organisation_key="hagersten-alvsjo",
        organisation_name="Hägersten-Älvsjö",
        project_year=2,
        continues_grant=old,
    )
    assert found.outcome == Outcome.PASS


def test_a_link_to_a_mul_trip_or_a_grant_of_the_same_year_fails():
    for wrong in (earlier_grant(LUM_2023, fund="MUL"), earlier_grant(LUM_2023, year=2023)):
        found = link_result(LUM_2023, project_year=2, continues_grant=wrong)
        assert found.outcome == Outcome.FAIL


def test_a_gap_year_warns_for_the_officer_to_judge():
    found = link_result(
        LUM_2023, project_year=2, continues_grant=earlier_grant(LUM_2023, year=2020)
    )
    assert found.outcome == Outcome.WARN


def test_a_first_year_that_links_to_an_earlier_grant_warns():
    found = link_result(LUM_2023, project_year=1, continues_grant=earlier_grant(LUM_2023))
    assert (found.outcome, found.field) == (Outcome.WARN, "continues_grant")

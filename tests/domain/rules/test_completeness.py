from dataclasses import replace

import pytest

from fou.domain.rules import CallRules, Outcome, RuleCode
from fou.domain.rules.presets import LUM_2015, LUM_2020, LUM_2023, MUL_2023
from tests.domain.rules.builders import application, message, only, results_for


def field_results(rules, **changes):
    results = results_for(rules, application(rules, **changes))
    return {each.field: each for each in results if each.code == RuleCode.REQUIRED_FIELD}


@pytest.mark.parametrize("blank", ["", "   \n"])
def test_an_empty_title_fails_next_to_the_title(blank):
    found = field_results(LUM_2023, title=blank)["title"]
    assert (found.outcome, found.message) == (Outcome.FAIL, "Skriv en titel för ansökan.")
    assert found.source == "Utlysningen LUM 2023"


def test_every_required_field_gets_its_own_result():
    found = field_results(LUM_2023)
    assert list(found) == ["title", "purpose", "amount_asked", "project_year"]
    assert {each.outcome for each in found.values()} == {Outcome.PASS}


def test_a_study_trip_must_say_where_it_goes():
    found = field_results(MUL_2023, destination="")["destination"]
    assert found.outcome == Outcome.FAIL


def test_an_unknown_required_field_is_refused_when_the_rules_are_made():
    with pytest.raises(ValueError, match="budget"):
        replace(LUM_2023, required_fields=("title", "budget"))


def test_a_required_attachment_that_is_missing_fails():
    rules = replace(LUM_2023, required_attachments=("projektplan",))
    facts = application(rules, attachment_kinds=frozenset({"budget"}))
    found = only(results_for(rules, facts), RuleCode.REQUIRED_ATTACHMENT)
    assert (found.outcome, found.message, found.field) == (
        Outcome.FAIL,
        "Bifoga projektplan.",
        "attachments",
    )


def test_each_required_attachment_present_passes():
    rules = replace(LUM_2023, required_attachments=("projektplan", "budget"))
    results = results_for(rules, application(rules))
    attachments = [each for each in results if each.code == RuleCode.REQUIRED_ATTACHMENT]
    assert [each.outcome for each in attachments] == [Outcome.PASS, Outcome.PASS]


def test_the_real_calls_name_no_required_attachments():
    assert all(not rules.required_attachments for rules in (LUM_2015, LUM_2020, LUM_2023))


def test_a_missing_gender_equality_analysis_fails_since_2018():
    for rules in (LUM_2020, LUM_2023):
        found = only(
            results_for(rules, application(rules, gender_equality_analysis=" ")),
            RuleCode.GENDER_EQUALITY_ANALYSIS,
        )
        assert found.outcome == Outcome.FAIL
        assert message(found) == (
            "Skriv en jämställdhetsanalys. Sedan 2018 ska ansökningar om LUM innehålla en."
        )
        assert found.field == "gender_equality_analysis"


def test_2015_asked_for_no_gender_equality_analysis():
    results = results_for(LUM_2015, application(LUM_2015, gender_equality_analysis=""))
    assert RuleCode.GENDER_EQUALITY_ANALYSIS not in {each.code for each in results}


def test_study_trips_need_no_gender_equality_analysis():
    # The 2022 decision asks for the analysis in local development projects.
    assert not MUL_2023.gender_equality_analysis_required


def test_the_default_required_fields_are_known():
    rules = CallRules(fund="LUM", year=2030, max_amount=1, closes_at=None)
    assert rules.required_fields == ("title", "purpose", "amount_asked")

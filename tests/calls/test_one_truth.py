"""A call's data is mapped to the rules once, with one set of checks."""

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext

from fou.applications.eligibility import call_rules
from fou.applications.models import Status
from fou.calls.models import Call
from fou.calls.services import refresh_open_applications
from fou.domain.rules import RuleCode
from fou.domain.rules.presets import PRESETS
from tests import factories


def test_an_unknown_rule_source_key_is_refused(db):
    call = factories.call(2027, rule_sources={"per_organisation": "Tjänsteutlåtande"})
    with pytest.raises(ValidationError) as error:
        call.full_clean()
    assert "per_organisation" in str(error.value)


@pytest.mark.parametrize("percent", [100, 150])
def test_the_model_refuses_a_cut_of_100_or_more(db, percent):
    call = factories.call(2027)
    call.continuation_cut_percent = percent
    with pytest.raises(ValidationError) as error:
        call.full_clean()
    assert "mellan 0 och 99" in str(error.value)


@pytest.mark.django_db
def test_demo_calls_cite_the_section_each_rule_comes_from():
    from django.core.management import call_command

    call_command("load_demo", "--quiet-logins")
    lum_2023 = Call.objects.get(fund__code="LUM", year=2023)
    rules = call_rules(lum_2023)
    assert (
        rules.source_for(RuleCode.APPLICATIONS_PER_ORGANISATION)
        == "Tjänsteutlåtande 2023, avsnitt Ärendet"
    )
    # The demo's real calls are the presets, not a second description.
    for call in Call.objects.select_related("fund"):
        preset = PRESETS.get((call.fund.code, call.year)) or PRESETS.get(
            (call.local_fund_name.split(" ")[0], call.year)
        )
        if preset is None:
            continue
        mapped = call_rules(call)
        for code in RuleCode:
            if code in preset.sources:
                assert mapped.source_for(code) == preset.source_for(code), (call, code)
        for name in (
            "max_amount",
            "max_amount_per_organisation",
            "max_applications_per_organisation",
            "min_project_year",
            "max_project_year",
            "closes_at",
            "required_fields",
            "gender_equality_analysis_required",
            "workshop_required",
            "approved_report_required",
            "warn_for_courses_and_conferences",
        ):
            assert getattr(mapped, name) == getattr(preset, name), (call, name)


def _refresh_queries(n: int) -> int:
    call = Call.objects.get()
    for i in range(n - call.applications.count()):
        org = factories.organisation(f"Org {n}-{i}")
        factories.application(call, org, status=Status.SUBMITTED, amount_asked=100_000)
    with CaptureQueriesContext(connection) as queries:
        assert refresh_open_applications(call=call) == n
    return len(queries)


def test_rechecking_a_call_costs_the_same_queries_for_5_and_40_applications(db):
    factories.call(2027)
    few = _refresh_queries(5)
    many = _refresh_queries(40)
    assert many == few, (few, many)

"""A call's data is mapped to the rules once, with one set of checks."""

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext

from fou.applications.eligibility import call_rules
from fou.applications.models import Status
from fou.applications.services import refresh_open_applications
from fou.calls.models import Call
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


def test_the_batch_check_gives_what_each_application_gets_alone(db, farsta, skarpnack):
    import datetime

    from fou.applications.eligibility import check_application, serialise

    call = factories.call(2027, max_applications_per_organisation=2)
    when = datetime.datetime(2026, 10, 1, 12, tzinfo=factories.STOCKHOLM)
    for i, org in enumerate([farsta, farsta, farsta, skarpnack]):
        factories.application(
            call,
            org,
            status=Status.SUBMITTED,
            submitted_at=when + datetime.timedelta(hours=i),
            title=f"Projekt {i}",
            amount_asked=600_000 if i == 3 else 100_000,
        )
    factories.application(call, farsta, title="Utkast", amount_asked=100_000)
    refresh_open_applications(call=call)
    for application in call.applications.all():
        alone = serialise(check_application(application))
        stored = application.rule_results
        # The deadline message names the moment of checking; compare the rest.
        assert [r for r in stored if r["code"] != "deadline"] == [
            r for r in alone if r["code"] != "deadline"
        ], application.title
    assert "fail" in {r["outcome"] for r in call.applications.get(title="Projekt 2").rule_results}


def test_saving_rules_is_all_or_nothing(db, monkeypatch, officer):
    from fou.applications import services as application_services
    from fou.calls import services
    from fou.calls.forms import CallRulesForm

    call = factories.call(2027)
    data = {
        name: value
        for name, value in CallRulesForm(instance=call).initial.items()
        if name in CallRulesForm.base_fields and value is not None
    }
    data.update(max_amount=1, reason="Prov", required_attachments_text="")
    form = CallRulesForm(data, instance=call)
    assert form.is_valid(), form.errors

    def broken(**kwargs):
        raise RuntimeError("avbrott")

    monkeypatch.setattr(application_services, "refresh_open_applications", broken)
    with pytest.raises(RuntimeError):
        services.call_rules_update(form=form, user=officer, expected_version=1, reason="Prov")
    call.refresh_from_db()
    assert call.max_amount == 500_000


def test_the_admin_refuses_a_cut_of_100_and_an_unknown_source_key(db, rf):
    from django.contrib import admin
    from django.contrib.admin.utils import flatten_fieldsets

    superuser = factories.user("root", "officer", is_superuser=True, is_staff=True)
    call = factories.call(2027)
    request = rf.get("/")
    request.user = superuser
    call_admin = admin.site._registry[Call]
    # As the change page asks for it: the fields of its fieldsets.
    fields = flatten_fieldsets(call_admin.get_fieldsets(request, call))
    form_class = call_admin.get_form(request, call, change=True, fields=fields)
    initial = form_class(instance=call).initial
    data = {k: v for k, v in initial.items() if v is not None}
    data.update(
        continuation_cut_percent=100,
        rule_sources='{"per_organisation": "Tjänsteutlåtande"}',
        required_attachments="[]",
        loaded_version=call.version,
    )
    form = form_class(data, instance=call)
    assert not form.is_valid()
    assert "mellan 0 och 99" in str(form.errors["continuation_cut_percent"])
    assert "per_organisation" in str(form.errors["rule_sources"])

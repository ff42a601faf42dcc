"""The grants office sets a call's questions in the admin: as an ordered
inline on the call, types as plain text, and a new call starts from a copy
of an earlier call of the same fund or from the fund's default form."""

import importlib

import pytest
from django.apps import apps
from django.core.exceptions import ValidationError

from fou.calls.models import Call, Question
from fou.calls.questions import call_questions
from tests import factories

INLINES = {
    "questions-TOTAL_FORMS": "0",
    "questions-INITIAL_FORMS": "0",
    "focus_areas-TOTAL_FORMS": "0",
    "focus_areas-INITIAL_FORMS": "0",
}


def new_call(fund, year: int, **changes) -> dict:
    """The admin's add form for a call as a browser posts it."""
    data = {
        "fund": fund.pk,
        "year": year,
        "title": f"{fund.name} {year}",
        "decision_body": "Kulturnämnden",
        "workshop_name": "den obligatoriska workshoppen",
        "min_project_year": 1,
        "max_project_year": 1,
        "required_attachments": "[]",
        "rule_sources": "{}",
        "continuation_cut_percent": 0,
        "allocation_mode": "all_or_nothing",
        "min_share_percent": 80,
        "joint_applications_allowed": "on",
        **INLINES,
    }
    data.update(changes)
    return data


def question_row(index: int, **fields) -> dict:
    return {f"questions-{index}-{name}": value for name, value in fields.items()}


@pytest.fixture
def earlier(db):
    call = factories.call(2026, fund_code="KULT")
    Question.objects.create(
        call=call, position=10, key="title", label="Namn", kind="short_text", required=True
    )
    Question.objects.create(
        call=call, position=20, key="budget", label="Budget", kind="attachment",
        required=True, allowed_types=".xlsx",
    )  # fmt: skip
    return call


def test_a_new_call_starts_from_a_copy_of_an_earlier_calls_questions(admin_client, earlier):
    response = admin_client.post(
        "/admin/calls/call/add/", new_call(earlier.fund, 2027, copy_questions_from=earlier.pk)
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    copied = Call.objects.get(year=2027)
    specs = call_questions(copied)
    assert [(s.key, s.label, s.allowed_types) for s in specs] == [
        ("title", "Namn", ()),
        ("budget", "Budget", (".xlsx",)),
    ]
    # A copy: changing the new call's questions leaves the earlier call's alone.
    copied.questions.filter(key="budget").update(label="Budget (Excel)")
    assert earlier.questions.get(key="budget").label == "Budget"
    assert copied.questions.get(key="budget").history.count() == 1


def test_questions_are_copied_only_from_the_same_fund(admin_client, earlier):
    other = factories.fund("LUM")
    response = admin_client.post(
        "/admin/calls/call/add/", new_call(other, 2027, copy_questions_from=earlier.pk)
    )
    assert response.status_code == 200
    assert "Välj en utlysning i samma fond (LUM)." in response.content.decode()
    assert not Call.objects.filter(year=2027).exists()


def test_a_new_call_without_questions_gets_the_funds_default_form(admin_client, db):
    fund = factories.fund("KULT")
    assert admin_client.post("/admin/calls/call/add/", new_call(fund, 2027)).status_code == 302
    keys = list(Call.objects.get().questions.values_list("key", flat=True))
    assert keys == [
        "title",
        "purpose",
        "amount_asked",
        "project_year",
        "continues",
        "focus_areas",
        "gender_equality_analysis",
    ]


def test_questions_typed_in_the_inline_are_the_form(admin_client, db):
    fund = factories.fund("KULT")
    data = new_call(fund, 2027, **{"questions-TOTAL_FORMS": "2"})
    data |= question_row(0, position=1, key="title", label="Namn", kind="short_text", required="on")
    data |= question_row(
        1, position=2, key="budget", label="Budget", kind="attachment", allowed_types=".xlsx, .ods"
    )
    response = admin_client.post("/admin/calls/call/add/", data)
    assert response.status_code == 200
    assert "Filtypen .ods kan inte tas emot" in response.content.decode()
    data["questions-1-allowed_types"] = ".XLSX"
    assert admin_client.post("/admin/calls/call/add/", data).status_code == 302
    budget = Question.objects.get(key="budget")
    assert budget.allowed_types == ".XLSX"
    assert call_questions(budget.call)[1].allowed_types == (".xlsx",)


def test_the_change_page_lists_the_questions_in_order(admin_client, earlier):
    page = admin_client.get(f"/admin/calls/call/{earlier.pk}/change/").content.decode()
    assert "Ansökans frågor (i den ordning de visas)" in page
    assert page.index('value="Namn"') < page.index('value="Budget"')
    assert "Kopiera frågorna från" not in page


def test_the_migration_turns_listed_attachments_into_attachment_questions(db):
    call = factories.call(2027, required_attachments=["Projektplan"])
    migration = importlib.import_module("fou.calls.migrations.0007_questions_from_fixed_form")
    migration.forwards(apps, None)
    call.refresh_from_db()
    assert call.required_attachments == []
    stored = call.questions.order_by("position")
    assert [q.key for q in stored][-1] == "projektplan"
    assert stored.get(key="projektplan").kind == "attachment"
    assert stored.get(key="gender_equality_analysis").required


@pytest.mark.django_db
def test_the_demo_states_each_years_form_as_questions():
    from django.core.management import call_command

    call_command("load_demo", "--quiet-logins")

    def keys(fund: str, year: int) -> list[str]:
        call = Call.objects.get(fund__code=fund, year=year)
        return [f"{s.key}{'*' if s.required else ''}" for s in call_questions(call)]

    # 2015: one project year and no gender equality analysis yet (since 2018).
    assert keys("LUM", 2015) == [
        "title*",
        "purpose*",
        "amount_asked*",
        "project_year*",
        "focus_areas",
    ]
    assert keys("LUM", 2023) == [
        "title*",
        "purpose*",
        "amount_asked*",
        "project_year*",
        "continues",
        "focus_areas",
        "gender_equality_analysis*",
    ]
    assert keys("MUL", 2023) == [
        "title*",
        "destination*",
        "trip_start",
        "trip_end",
        "purpose*",
        "amount_asked*",
        "focus_areas",
    ]
    assert keys("LUM", 2027)[-1] == "projektplan*"
    # Loading again changes nothing.
    call_command("load_demo", "--quiet-logins")
    assert Question.objects.filter(call__year=2027, call__fund__code="LUM").count() == 8


def test_a_choice_list_longer_than_the_limit_is_refused_on_the_server(earlier):
    question = Question(
        call=earlier, position=30, key="val", label="Val", kind="choice",
        choices="\n".join(f"Alternativ {n}" for n in range(400)),
    )  # fmt: skip
    with pytest.raises(ValidationError) as refused:
        question.full_clean()
    assert "choices" in refused.value.message_dict

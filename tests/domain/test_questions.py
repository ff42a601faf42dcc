"""A call's questions as data: one answer against one question, no database."""

from dataclasses import replace

import pytest

from fou.domain.questions import (
    AnswerRefused,
    Kind,
    QuestionSpec,
    check_file_type,
    check_key,
    check_spec,
    display,
    parse_allowed_types,
    parse_answer,
    parse_choices,
    project_questions,
    trip_questions,
)
from fou.domain.rules import Outcome, RequiredAnswer, RuleCode
from fou.domain.rules.presets import LUM_2023
from tests.domain.rules.builders import application, results_for

BUDGET = QuestionSpec("budget", "Budget", Kind.ATTACHMENT, required=True, allowed_types=(".xlsx",))
TARGET = QuestionSpec("malgrupp", "Målgrupp", Kind.CHOICE, choices=("Barn", "Unga", "Vuxna"))


def test_every_kind_an_administrator_can_choose_exists():
    assert [k.value for k in Kind] == [
        "short_text",
        "long_text",
        "amount",
        "number",
        "choice",
        "yes_no",
        "date",
        "attachment",
    ]


@pytest.mark.parametrize(
    "kind, typed, stored",
    [
        (Kind.SHORT_TEXT, "  Kulturhuset  ", "Kulturhuset"),
        (Kind.LONG_TEXT, "Rad ett\nrad två", "Rad ett\nrad två"),
        (Kind.AMOUNT, "95 000 kr", 95_000),
        (Kind.NUMBER, "12", 12),
        (Kind.YES_NO, "Ja", True),
        (Kind.YES_NO, "nej", False),
        (Kind.DATE, "2027-03-31", "2027-03-31"),
        (Kind.SHORT_TEXT, "   ", None),
    ],
)
def test_a_typed_answer_is_stored_as_its_kind_reads_it(kind, typed, stored):
    assert parse_answer(QuestionSpec("svar", "Svar", kind), typed) == stored


@pytest.mark.parametrize(
    "spec, typed, message",
    [
        (TARGET, "Pensionärer", "Målgrupp: välj ett av alternativen."),
        (QuestionSpec("k", "Kostnad", Kind.AMOUNT), "95,50", "Kostnad: Ange beloppet"),
        (QuestionSpec("n", "Antal deltagare", Kind.NUMBER), "tolv", "Antal deltagare: skriv"),
        (QuestionSpec("d", "Startdag", Kind.DATE), "31/3", "Startdag: skriv ett datum"),
        (QuestionSpec("y", "Tidigare stöd", Kind.YES_NO), "kanske", "svara ja eller nej"),
        (
            QuestionSpec("t", "Samverkan", Kind.LONG_TEXT, max_length=10),
            "elva tecken",
            "Samverkan får vara högst 10 tecken; nu är det 11.",
        ),
    ],
)
def test_a_wrong_answer_is_refused_with_the_question_named(spec, typed, message):
    with pytest.raises(AnswerRefused, match=message):
        parse_answer(spec, typed)


def test_a_choice_is_one_of_its_options():
    assert parse_answer(TARGET, "Unga") == "Unga"


def test_a_pdf_is_refused_as_a_budget_that_takes_spreadsheets_only():
    with pytest.raises(AnswerRefused) as refused:
        check_file_type(BUDGET, "budget.pdf")
    assert str(refused.value) == (
        "Budget ska vara en fil av typen .xlsx; ”budget.pdf” är det inte. Ladda upp rätt fil."
    )
    check_file_type(BUDGET, "Budget 2027.XLSX")


def test_an_attachment_question_without_types_takes_every_type_the_system_reads():
    check_file_type(replace(BUDGET, allowed_types=()), "budget.pdf")


def test_allowed_types_are_typed_as_plain_text():
    assert parse_allowed_types(".XLSX, odt;pdf") == (".xlsx", ".odt", ".pdf")
    with pytest.raises(ValueError, match=r"Filtypen \.xls kan inte tas emot"):
        parse_allowed_types(".xlsx, .xls")


def test_choices_are_one_per_line():
    assert parse_choices("Barn\n\n Unga \nBarn") == ("Barn", "Unga")


@pytest.mark.parametrize("key", ["Budget", "1budget", "budget-plan", "version", "kind", ""])
def test_a_key_that_would_be_mistaken_for_something_else_is_refused(key):
    with pytest.raises(ValueError):
        check_key(key)


def test_a_built_in_key_keeps_the_kind_of_its_field():
    with pytest.raises(ValueError, match="belopp"):
        check_spec(QuestionSpec("amount_asked", "Sökt belopp", Kind.SHORT_TEXT))


def test_a_choice_of_its_own_needs_options_and_the_title_stays_required():
    with pytest.raises(ValueError, match="minst två alternativ"):
        check_spec(replace(TARGET, choices=("Barn",)))
    with pytest.raises(ValueError, match="alltid obligatoriskt"):
        check_spec(QuestionSpec("title", "Namn", Kind.SHORT_TEXT))


def test_the_default_forms_are_valid_questions():
    for spec in project_questions(gender_equality_analysis_required=True) + trip_questions():
        check_spec(spec)


def test_answers_are_shown_as_people_read_them():
    assert display(Kind.AMOUNT, 95_000) == "95\u00a0000\u00a0kr"
    assert display(Kind.YES_NO, False) == "Nej"
    assert display(Kind.DATE, "2027-03-31") == "31 mars 2027"


def test_a_required_question_left_empty_is_reported_by_its_label():
    rules = replace(LUM_2023, required_answers=(RequiredAnswer("malgrupp", "Målgrupp"),))
    results = [
        r
        for r in results_for(rules, application(rules, answers={"malgrupp": None}))
        if r.field == "malgrupp"
    ]
    assert [(r.code, r.outcome, r.message) for r in results] == [
        (RuleCode.REQUIRED_FIELD, Outcome.FAIL, "Svara på frågan ”Målgrupp”.")
    ]


def test_a_required_question_answered_passes():
    rules = replace(LUM_2023, required_answers=(RequiredAnswer("malgrupp", "Målgrupp"),))
    found = results_for(rules, application(rules, answers={"malgrupp": "Unga"}))
    assert [r.outcome for r in found if r.field == "malgrupp"] == [Outcome.PASS]


def test_a_built_in_field_is_named_as_the_calls_form_words_it():
    rules = replace(LUM_2023, field_labels={"purpose": "Vad vill ni göra?"})
    found = [r for r in results_for(rules, application(rules)) if r.field == "purpose"]
    assert [r.message for r in found] == ["Frågan ”Vad vill ni göra?” är besvarad."]

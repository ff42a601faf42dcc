"""What an application must contain: fields, attachments, gender equality analysis."""

from collections.abc import Iterator

from fou.domain.i18n import _
from fou.domain.rules.model import (
    ApplicationFacts,
    CallRules,
    EvaluationContext,
    OrganisationHistory,
    Outcome,
    RuleCode,
    RuleResult,
    result,
)
from fou.domain.rules.text import FIELDS


def _is_filled(value: object) -> bool:
    if isinstance(value, str):
        return bool(value.strip())
    if isinstance(value, (tuple, list, frozenset, set)):
        return bool(value)
    return value is not None


def check_required_fields(
    rules: CallRules,
    application: ApplicationFacts,
    history: OrganisationHistory,
    context: EvaluationContext,
) -> Iterator[RuleResult]:
    for name in rules.required_fields:
        label, request = FIELDS[name]
        if name in rules.field_labels:
            done = _("Frågan ”{label}” är besvarad.", label=rules.field_labels[name])
        else:
            done = _("{label} finns med.", label=label)
        if _is_filled(getattr(application, name)):
            yield result(rules, RuleCode.REQUIRED_FIELD, Outcome.PASS, done, name)
        else:
            yield result(rules, RuleCode.REQUIRED_FIELD, Outcome.FAIL, request, name)


def check_required_answers(
    rules: CallRules,
    application: ApplicationFacts,
    history: OrganisationHistory,
    context: EvaluationContext,
) -> Iterator[RuleResult]:
    for question in rules.required_answers:
        code, key = RuleCode.REQUIRED_FIELD, question.key
        if _is_filled(application.answers.get(key)):
            done = _("Frågan ”{label}” är besvarad.", label=question.label)
            yield result(rules, code, Outcome.PASS, done, key)
        else:
            request = _("Svara på frågan ”{label}”.", label=question.label)
            yield result(rules, code, Outcome.FAIL, request, key)


def check_required_attachments(
    rules: CallRules,
    application: ApplicationFacts,
    history: OrganisationHistory,
    context: EvaluationContext,
) -> Iterator[RuleResult]:
    for kind in rules.required_attachments:
        if kind in application.attachment_kinds:
            outcome, message = Outcome.PASS, _("Bilagan {kind} finns med.", kind=kind)
        else:
            outcome, message = Outcome.FAIL, _("Bifoga {kind}.", kind=kind)
        yield result(rules, RuleCode.REQUIRED_ATTACHMENT, outcome, message, "attachments")


def check_gender_equality_analysis(
    rules: CallRules,
    application: ApplicationFacts,
    history: OrganisationHistory,
    context: EvaluationContext,
) -> Iterator[RuleResult]:
    if not rules.gender_equality_analysis_required:
        return
    code = RuleCode.GENDER_EQUALITY_ANALYSIS
    field = "gender_equality_analysis"
    if _is_filled(application.gender_equality_analysis):
        yield result(rules, code, Outcome.PASS, _("Jämställdhetsanalysen finns med."), field)
    else:
        message = _(
            "Skriv en jämställdhetsanalys. Sedan 2018 ska ansökningar om {fund} innehålla en.",
            fund=rules.fund,
        )
        yield result(rules, code, Outcome.FAIL, message, field)

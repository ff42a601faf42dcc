"""From a call's and its fund's data to the domain, in one place.

``call_rules`` gives the rules engine's ``CallRules`` and ``fund_settings``
the optimiser's per-call ``FundSettings``; ``call_errors`` runs the same
checks for the admin, the rules page, the demo loader and the commands, so a
value that would break the rules or the allocation is refused where it is
typed.
"""

from django.core.exceptions import NON_FIELD_ERRORS, ValidationError

from fou.calls.questions import form_requirements
from fou.core.i18n import translated
from fou.domain.allocation import AllocationSettings, FundSettings
from fou.domain.programme import check_continuation_cut, check_min_share
from fou.domain.rules import CallRules, RuleCode
from fou.domain.rules.model import check_source_keys


def call_rules(call) -> CallRules:
    trips = call.fund.is_trip_fund
    form = form_requirements(call)
    return CallRules(
        fund=call.fund.code,
        year=call.year,
        max_amount=call.max_amount or 0,
        closes_at=call.closes_at,
        max_amount_per_organisation=call.max_amount_per_organisation,
        max_applications_per_organisation=call.max_applications_per_organisation,
        min_project_year=None if trips else call.min_project_year,
        max_project_year=None if trips else call.max_project_year,
        required_fields=form["required_fields"],
        required_answers=form["required_answers"],
        field_labels=form["field_labels"],
        required_attachments=form["required_attachments"],
        gender_equality_analysis_required=form["gender_equality_analysis_required"],
        workshop_required=call.workshop_required,
        approved_report_required=call.approved_report_required,
        warn_for_courses_and_conferences=call.warn_for_courses_and_conferences,
        sources=dict(call.rule_sources or {}),
        default_source=call.source,
        fund_name=call.local_fund_name or call.fund.name,
        workshop_name=call.workshop_name,
    )


def call_fields(rules: CallRules) -> dict:
    """A call's rule fields from ``CallRules``: how the demo stores the real
    calls described once in ``fou.domain.rules.presets``. Every rule's source
    is stated under its rule code, so none falls back to the call's source."""
    fields = {
        "max_amount": rules.max_amount,
        "closes_at": rules.closes_at,
        "max_amount_per_organisation": rules.max_amount_per_organisation,
        "max_applications_per_organisation": rules.max_applications_per_organisation,
        "required_attachments": list(rules.required_attachments),
        "gender_equality_analysis_required": rules.gender_equality_analysis_required,
        "workshop_required": rules.workshop_required,
        "workshop_name": rules.workshop_name,
        "approved_report_required": rules.approved_report_required,
        "warn_for_courses_and_conferences": rules.warn_for_courses_and_conferences,
        "rule_sources": {code.value: rules.source_for(code) for code in RuleCode},
    }
    if rules.min_project_year is not None:
        fields["min_project_year"] = rules.min_project_year
        fields["max_project_year"] = rules.max_project_year
    return fields


def fund_settings(call) -> FundSettings:
    """The call's own limit, cut, mode, minimum share and cap for its allocation."""
    return FundSettings(
        max_grants_per_organisation=call.max_applications_per_organisation,
        continuation_cut_percent=call.continuation_cut_percent,
        mode=call.allocation_mode,
        min_share_percent=call.min_share_percent,
        cap=call.max_amount or None,
        cap_per_organisation=call.max_amount_per_organisation,
    )


def settings_for_calls(calls, *, total_budget: int | None = None) -> AllocationSettings:
    """One run over ``calls``: each call's budget and own settings."""
    calls = list(calls)
    return AllocationSettings(
        # An unknown budget stays unknown: the officer gives it, never 0 by default.
        budgets={c.fund.code: c.budget for c in calls if c.budget is not None},
        total_budget=total_budget,
        per_fund={c.fund.code: fund_settings(c) for c in calls},
    )


def call_errors(call) -> dict[str, list[str]]:
    """Every reason the call's data cannot be used, by model field."""
    errors: dict[str, list[str]] = {}
    checks = [
        ("continuation_cut_percent", lambda: check_continuation_cut(call.continuation_cut_percent)),
        ("min_share_percent", lambda: check_min_share(call.min_share_percent)),
        ("rule_sources", lambda: check_source_keys(call.rule_sources or {})),
    ]
    for field, check in checks:
        try:
            check()
        except ValueError as error:
            errors.setdefault(field, []).append(translated(error))
    if not errors and getattr(call, "fund_id", None):
        for build in (call_rules, fund_settings):
            try:
                build(call)
            except ValueError as error:
                errors.setdefault(NON_FIELD_ERRORS, []).append(translated(error))
    return errors


def validate_call(call) -> None:
    """Raise Django's ValidationError, keyed by field, for ``call_errors``."""
    errors = call_errors(call)
    if errors:
        raise ValidationError(errors)

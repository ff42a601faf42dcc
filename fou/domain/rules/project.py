"""Project years: which year of a project may apply, and what a later year continues."""

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


def check_project_year(
    rules: CallRules,
    application: ApplicationFacts,
    history: OrganisationHistory,
    context: EvaluationContext,
) -> Iterator[RuleResult]:
    year = application.project_year
    if rules.min_project_year is None or year is None:
        return
    first, last = rules.min_project_year, rules.max_project_year
    code = RuleCode.PROJECT_YEAR
    if first <= year <= last:
        yield result(
            rules,
            code,
            Outcome.PASS,
            _("Projektår {year} är tillåtet i {call}.", year=year, call=rules.name),
            "project_year",
        )
    elif first == last:
        message = _(
            "I {call} kan en ansökan bara gälla projektår {first}.", call=rules.name, first=first
        )
        yield result(rules, code, Outcome.FAIL, message, "project_year")
    else:
        message = _(
            "Projektåret kan vara {first}–{last} i {call}, inte {year}.",
            first=first,
            last=last,
            call=rules.name,
            year=year,
        )
        yield result(rules, code, Outcome.FAIL, message, "project_year")


def check_continuation(
    rules: CallRules,
    application: ApplicationFacts,
    history: OrganisationHistory,
    context: EvaluationContext,
) -> Iterator[RuleResult]:
    year = application.project_year
    if rules.min_project_year is None or year is None:
        return
    link = application.continues_grant
    if year <= 1:
        if link is not None:
            # A restarted project may have a reason; the officer judges it.
            message = _(
                "Ansökan gäller projektår {year} men fortsätter ”{title}” ({fund} {grant_year}). "
                "Ange rätt projektår, eller ta bort hänvisningen om projektet är nytt.",
                year=year,
                title=link.project_title,
                fund=link.fund,
                grant_year=link.year,
            )
            yield result(rules, RuleCode.CONTINUATION, Outcome.WARN, message, "continues_grant")
        return
    outcome, message = _judge_link(rules, application, history, year)
    yield result(rules, RuleCode.CONTINUATION, outcome, message, "continues_grant")


def _judge_link(
    rules: CallRules, application: ApplicationFacts, history: OrganisationHistory, year: int
) -> tuple[Outcome, str]:
    link = application.continues_grant
    organisation = application.organisation_name
    if link is None:
        return Outcome.FAIL, _(
            "Ett projekt på år {year} ska fortsätta ett projekt som har beviljats medel "
            "tidigare. Välj vilket projekt ansökan fortsätter.",
            year=year,
        )
    title = link.project_title
    if not link.exists:
        return Outcome.FAIL, _(
            "Projektet ”{title}” finns inte bland de beviljade projekten. "
            "Välj ett projekt som {organisation} har beviljats medel för.",
            title=title,
            organisation=organisation,
        )
    owners = {application.organisation_key} | history.predecessor_keys
    if link.organisation_key not in owners:
        return Outcome.FAIL, _(
            "Projektet ”{title}” beviljades en annan förvaltning. Ansökan kan bara "
            "fortsätta ett projekt som {organisation} har beviljats medel för.",
            title=title,
            organisation=organisation,
        )
    if link.fund != rules.fund or link.year >= rules.year:
        return Outcome.FAIL, _(
            "Projektet ”{title}” beviljades {fund} {grant_year}. Ansökan kan bara "
            "fortsätta ett {call_fund}-projekt från ett tidigare år.",
            title=title,
            fund=link.fund,
            grant_year=link.year,
            call_fund=rules.fund,
        )
    if link.year != rules.year - 1:
        # A project runs its years in a row; a gap is for the officer to judge.
        return Outcome.WARN, _(
            "Projektet ”{title}” beviljades {fund} {grant_year}. Ett projekt på år "
            "{year} fortsätter normalt förra årets projekt ({call_fund} {last_year}).",
            title=title,
            fund=link.fund,
            grant_year=link.year,
            year=year,
            call_fund=rules.fund,
            last_year=rules.year - 1,
        )
    return Outcome.PASS, _(
        "Ansökan fortsätter ”{title}” ({fund} {grant_year}).",
        title=title,
        fund=link.fund,
        grant_year=link.year,
    )

"""Project years: which year of a project may apply, and what a later year continues."""

from collections.abc import Iterator

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
            f"Projektår {year} är tillåtet i {rules.name}.",
            "project_year",
        )
    elif first == last:
        message = f"I {rules.name} kan en ansökan bara gälla projektår {first}."
        yield result(rules, code, Outcome.FAIL, message, "project_year")
    else:
        message = f"Projektåret kan vara {first}–{last} i {rules.name}, inte {year}."
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
            message = (
                f"Ansökan gäller projektår {year} men fortsätter ”{link.project_title}” "
                f"({link.fund} {link.year}). Ange rätt projektår, eller ta bort "
                "hänvisningen om projektet är nytt."
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
        return Outcome.FAIL, (
            f"Ett projekt på år {year} ska fortsätta ett projekt som har beviljats medel "
            "tidigare. Välj vilket projekt ansökan fortsätter."
        )
    title = link.project_title
    if not link.exists:
        return Outcome.FAIL, (
            f"Projektet ”{title}” finns inte bland de beviljade projekten. "
            f"Välj ett projekt som {organisation} har beviljats medel för."
        )
    owners = {application.organisation_key} | history.predecessor_keys
    if link.organisation_key not in owners:
        return Outcome.FAIL, (
            f"Projektet ”{title}” beviljades en annan förvaltning. Ansökan kan bara "
            f"fortsätta ett projekt som {organisation} har beviljats medel för."
        )
    if link.fund != rules.fund or link.year >= rules.year:
        return Outcome.FAIL, (
            f"Projektet ”{title}” beviljades {link.fund} {link.year}. Ansökan kan bara "
            f"fortsätta ett {rules.fund}-projekt från ett tidigare år."
        )
    if link.year != rules.year - 1:
        # A project runs its years in a row; a gap is for the officer to judge.
        return Outcome.WARN, (
            f"Projektet ”{title}” beviljades {link.fund} {link.year}. Ett projekt på år "
            f"{year} fortsätter normalt förra årets projekt ({rules.fund} {rules.year - 1})."
        )
    return Outcome.PASS, f"Ansökan fortsätter ”{title}” ({link.fund} {link.year})."

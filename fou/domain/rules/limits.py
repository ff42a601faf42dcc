"""How much an application may ask for, and how many one organisation may file."""

from collections.abc import Iterator

from fou.domain.i18n import _
from fou.domain.money import format_kronor
from fou.domain.programme import application_cap
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
from fou.domain.rules.text import applications_phrase, number_word


def check_amount_cap(
    rules: CallRules,
    application: ApplicationFacts,
    history: OrganisationHistory,
    context: EvaluationContext,
) -> Iterator[RuleResult]:
    amount = application.amount_asked
    if amount is None:
        # Asked for by the required-field rule; a cap cannot judge nothing.
        return
    code = RuleCode.AMOUNT_CAP
    if amount <= 0:
        yield result(
            rules, code, Outcome.FAIL, _("Beloppet måste vara större än 0 kr."), "amount_asked"
        )
        return
    cap = application_cap(
        rules.max_amount,
        per_organisation=rules.max_amount_per_organisation,
        organisations=1 + len(application.co_applicant_keys),
    )
    basis = ""
    if rules.max_amount_per_organisation:
        basis = _(" ({amount} per deltagande förvaltning)", amount=format_kronor(rules.max_amount))
    if amount > cap:
        message = _(
            "Beloppet får vara högst {cap} för {call}{basis}.",
            cap=format_kronor(cap),
            call=rules.name,
            basis=basis,
        )
        yield result(rules, code, Outcome.FAIL, message, "amount_asked")
    else:
        message = _(
            "Beloppet {amount} ryms inom taket {cap} för {call}{basis}.",
            amount=format_kronor(amount),
            cap=format_kronor(cap),
            call=rules.name,
            basis=basis,
        )
        yield result(rules, code, Outcome.PASS, message, "amount_asked")


def check_applications_per_organisation(
    rules: CallRules,
    application: ApplicationFacts,
    history: OrganisationHistory,
    context: EvaluationContext,
) -> Iterator[RuleResult]:
    limit = rules.max_applications_per_organisation
    if limit is None:
        return
    code = RuleCode.APPLICATIONS_PER_ORGANISATION
    organisation = application.organisation_name
    position = context.earlier_applications + 1
    if position > limit:
        message = _(
            "{organisation} har redan lämnat in {applications} i utlysningen, och varje "
            "förvaltning får lämna in högst {limit}. Dra tillbaka en av dem om ni vill "
            "lämna in den här i stället.",
            organisation=organisation,
            applications=applications_phrase(limit, rules.fund),
            limit=number_word(limit),
        )
        yield result(rules, code, Outcome.FAIL, message)
    else:
        message = _(
            "Ansökan är nummer {position} av högst {applications} från {organisation} "
            "i utlysningen.",
            position=position,
            applications=applications_phrase(limit, rules.fund),
            organisation=organisation,
        )
        yield result(rules, code, Outcome.PASS, message)

"""Recording the committee's decision on the chosen proposal: every
application of the year decided, locked, and its applicants told by e-mail.
A later change is an amendment decision of its own, never an edit."""

import datetime
import hashlib
import json
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.mail import send_mail
from django.db import transaction
from django.utils.translation import gettext_lazy as _

from fou.accounts.models import User
from fou.accounts.permissions import require_officer
from fou.allocations.models import AllocationProposal
from fou.applications.models import Application, Grant, Status
from fou.core.versioning import save_audited
from fou.decisions.models import CommitteeDecision, DecidedApplication
from fou.domain.allocation.serialise import proposal_from_json
from fou.domain.money import format_kronor


class DecisionRefused(Exception):
    """Why a decision cannot be recorded, in Swedish."""


@dataclass(frozen=True)
class CommitteeChange:
    """The committee decided otherwise than proposed for one application."""

    application_id: int
    # None means refused.
    amount: int | None
    reason: str


def proposal_fingerprint(proposal: AllocationProposal) -> str:
    """Changes whenever the proposal a page showed is no longer the one chosen
    or its content changed; the form carries it from the page."""
    payload = json.dumps(
        [proposal.pk, proposal.number, proposal.is_chosen, proposal.data, proposal.explanations],
        sort_keys=True,
    )
    return hashlib.sha256(payload.encode()).hexdigest()[:32]


def _outcomes(proposal: AllocationProposal, changes: dict[int, CommitteeChange]):
    """(application id, amount or None, asked, reason, changed) for every candidate."""
    stored = proposal_from_json(proposal.data)
    unknown = set(changes) - {c.id for c in stored.candidates}
    if unknown:
        raise DecisionRefused(_("En ändring gäller en ansökan som inte finns i förslaget."))
    for d in stored.decisions:
        c = d.candidate
        change = changes.get(c.id)
        if change is not None:
            yield c.id, change.amount, c.asked, change.reason, True
            continue
        granted = d.status == "granted"
        explanation = proposal.explanations.get(str(c.id), "")
        reason = c.lock.reason if c.lock and not granted else explanation
        if granted and d.amount >= c.asked:
            reason = ""
        yield c.id, d.amount if granted else None, c.asked, reason, False


def _apply(*, decision: CommitteeDecision, application: Application, amount, asked, reason,
           changed: bool, user) -> DecidedApplication:  # fmt: skip
    outcome = "granted" if amount else "refused"
    row = DecidedApplication(
        decision=decision,
        application=application,
        outcome=outcome,
        amount=amount,
        asked=asked,
        reason=reason,
        changed_by_committee=changed,
    )
    why = f"{decision.get_kind_display()} {decision.minutes_paragraph} {decision.meeting_date}"
    save_audited(instance=row, user=user, reason=why)
    grant = Grant.objects.filter(application=application).first() or Grant(application=application)
    lead = application.lead
    grant.decision = outcome
    grant.amount = amount
    grant.reason = reason
    grant.decided_on = decision.meeting_date
    grant.decided_by = f"Socialnämnden {decision.minutes_paragraph}".strip()
    if lead is not None:
        grant.organisation = lead.organisation
        grant.organisation_name = lead.organisation_name
    save_audited(instance=grant, user=user, reason=why)
    application.status = Status.GRANTED if amount else Status.REFUSED
    save_audited(instance=application, user=user, reason=why)
    return row


def paragraph_sign(text: str) -> str:
    """ "12" and "§12" are written "§ 12", as minutes do."""
    number = text.strip().lstrip("§").strip()
    return f"§ {number}"


def _check_details(meeting_date, minutes_paragraph: str, reference: str) -> None:
    errors = {}
    if not isinstance(meeting_date, datetime.date):
        errors["meeting_date"] = _("Ange sammanträdets datum.")
    if not minutes_paragraph.strip():
        errors["minutes_paragraph"] = _("Ange paragrafen i protokollet, t.ex. § 12.")
    if not reference.strip():
        errors["reference"] = _("Ange ärendets diarienummer.")
    if errors:
        raise ValidationError(errors)


@transaction.atomic
def decision_record(
    *,
    year: int,
    fingerprint: str,
    meeting_date: datetime.date,
    minutes_paragraph: str,
    reference: str,
    changes: list[CommitteeChange],
    user,
) -> CommitteeDecision:
    require_officer(user, "registrera nämndens beslut")
    _check_details(meeting_date, minutes_paragraph, reference)
    proposal = (
        AllocationProposal.objects.select_for_update().filter(year=year, is_chosen=True).first()
    )
    if proposal is None:
        raise DecisionRefused(
            _("Det finns inget valt förslag till beslut för {year}.").format(year=year)
        )
    if CommitteeDecision.objects.filter(year=year, kind="decision").exists():
        raise DecisionRefused(
            _(
                "Beslutet för {year} är redan registrerat och låst. En ändring registreras "
                "som ett ändringsbeslut."
            ).format(year=year)
        )
    if fingerprint != proposal_fingerprint(proposal):
        raise DecisionRefused(
            _(
                "Förslaget har ändrats sedan sidan öppnades (en annan version har valts eller "
                "förslaget räknats om). Inget är registrerat; läs förslaget igen och "
                "registrera sedan."
            )
        )
    for change in changes:
        if not change.reason.strip():
            raise DecisionRefused(_("Varje ändring som nämnden gjort måste ha en motivering."))
    decision = CommitteeDecision(
        year=year,
        proposal=proposal,
        meeting_date=meeting_date,
        minutes_paragraph=paragraph_sign(minutes_paragraph),
        reference=reference.strip(),
        recorded_by=user,
    )
    save_audited(instance=decision, user=user, reason=f"Nämndens beslut {year} registrerat")
    by_id = {c.application_id: c for c in changes}
    outcomes = list(_outcomes(proposal, by_id))
    applications = Application.objects.in_bulk([o[0] for o in outcomes])
    for application_id, amount, asked, reason, changed in outcomes:
        _apply(decision=decision, application=applications[application_id], amount=amount,
               asked=asked, reason=reason, changed=changed, user=user)  # fmt: skip
    transaction.on_commit(lambda: notify_applicants(decision=decision))
    return decision


@transaction.atomic
def decision_amend(
    *,
    year: int,
    application: Application,
    amount: int | None,
    reason: str,
    meeting_date: datetime.date,
    minutes_paragraph: str,
    reference: str,
    user,
) -> CommitteeDecision:
    """A later decision changing one application; the original stays as it was."""
    require_officer(user, "registrera ändringsbeslut")
    _check_details(meeting_date, minutes_paragraph, reference)
    original = CommitteeDecision.objects.filter(year=year, kind="decision").first()
    if original is None:
        raise DecisionRefused(
            _("Det finns inget registrerat beslut för {year} att ändra.").format(year=year)
        )
    if not reason.strip():
        raise DecisionRefused(_("Ett ändringsbeslut måste ha en motivering."))
    if not original.rows.filter(application=application).exists():
        raise DecisionRefused(_("Ansökan ingår inte i beslutet."))
    amendment = CommitteeDecision(
        year=year,
        kind="amendment",
        proposal=original.proposal,
        meeting_date=meeting_date,
        minutes_paragraph=paragraph_sign(minutes_paragraph),
        reference=reference.strip(),
        reason=reason.strip(),
        recorded_by=user,
    )
    save_audited(instance=amendment, user=user, reason=f"Ändringsbeslut {year}: {reason}")
    _apply(
        decision=amendment,
        application=application,
        amount=amount,
        asked=application.amount_asked,
        reason=reason.strip(),
        changed=True,
        user=user,
    )
    transaction.on_commit(lambda: notify_applicants(decision=amendment))
    return amendment


def _recipients(rows) -> dict[str, list[DecidedApplication]]:
    """E-mail address → the decided applications of the person's organisations."""
    by_address: dict[str, list[DecidedApplication]] = {}
    for row in rows:
        organisations = [p.organisation_id for p in row.application.participants.all()]
        people = User.objects.filter(organisations__in=organisations, role="applicant")
        for person in people.exclude(email="").distinct():
            by_address.setdefault(person.email, []).append(row)
    return by_address


# Swedish: the notice of a committee decision is worded as the decision.
def _line(row: DecidedApplication) -> str:
    if row.outcome == "granted":
        text = f"– {row.application.title}: beviljas {format_kronor(row.amount)}"
    else:
        text = f"– {row.application.title}: avslås"
    return f"{text}. {row.reason}".rstrip() if row.reason else f"{text}."


# Swedish: the notice of a committee decision is worded as the decision.
def notify_applicants(*, decision: CommitteeDecision) -> int:
    """One e-mail per applicant with an address on record; returns how many."""
    rows = decision.rows.select_related("application").prefetch_related("application__participants")
    sent = 0
    for address, decided in _recipients(rows).items():
        body = "\n".join(
            [
                f"Socialnämnden har den {decision.meeting_date:%Y-%m-%d} "
                f"({decision.minutes_paragraph}, dnr {decision.reference}) "
                f"beslutat om FoU-medel för {decision.year}.",
                "",
                *[_line(row) for row in decided],
                "",
                "Beslutet och motiveringarna finns på era sidor i FoU-medel.",
            ]
        )
        subject = f"Beslut om FoU-medel {decision.year}"
        if decision.kind == "amendment":
            subject = f"Ändringsbeslut om FoU-medel {decision.year}"
        send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [address])
        sent += 1
    return sent

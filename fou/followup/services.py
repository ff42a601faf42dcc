"""Writes for follow-up: each checks who may act, asks the domain whether the
move is allowed, and saves with who, when and why (simple-history)."""

import datetime
from pathlib import Path

from django.core.files.base import ContentFile
from django.core.mail import send_mail
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from fou.accounts.models import Role, User
from fou.accounts.permissions import refuse, require_officer
from fou.applications.eligibility import refresh_rule_results
from fou.applications.models import Application, Status
from fou.core.site import mail_signature
from fou.core.versioning import save_audited, save_versioned
from fou.domain import files
from fou.domain.followup import repayments as repayment_rules
from fou.domain.followup import reports as report_rules
from fou.domain.followup.reports import ReportAction, ReportState
from fou.domain.followup.spending import spending
from fou.followup.models import Repayment, Report, Repurposing
from fou.followup.selectors import questions_for, report_kind_for, user_owns_grant
from fou.knowledge.publishing import report_publication_sync


def _as_domain(report: Report) -> report_rules.Report:
    return report_rules.Report(
        state=ReportState(report.state),
        return_comment=report.return_comment,
        times_submitted=report.times_submitted,
        publishable=report.publishable,
        is_final_report=report.kind == "final",
    )


def _store(report: Report, moved: report_rules.Report) -> None:
    report.state = moved.state.value
    report.return_comment = moved.return_comment
    report.times_submitted = moved.times_submitted
    report.publishable = moved.publishable


def _save(report: Report, *, expected_version: int | None, user, reason: str) -> None:
    if report.pk is None or expected_version is None:
        save_audited(instance=report, user=user, reason=reason)
    else:
        save_versioned(instance=report, expected_version=expected_version, user=user, reason=reason)


def _attach(report: Report, upload) -> None:
    """Store the file if its content is what a report may be (PDF, DOCX, XLSX, ODT)."""
    if upload.size > files.MAX_ATTACHMENT_BYTES:
        raise files.FileRefused(
            _("Filen är {megabytes:.1f} MB. En bilaga får vara högst 20 MB.").format(
                megabytes=upload.size / 1024 / 1024
            )
        )
    data = upload.read()
    found = files.identify(data, name=upload.name)
    name = f"{Path(upload.name).stem or 'rapport'}.{found.extension}"
    # A new name each time: the earlier versions keep pointing at their own file.
    report.attachment.save(name, ContentFile(data), save=False)
    report.attachment_name = name


class ReportIncomplete(ValueError):
    """Answers missing on submission: ``missing`` maps field names to messages."""

    def __init__(self, missing: dict[str, str]):
        super().__init__("; ".join(str(message) for message in missing.values()))
        self.missing = missing


def _missing_for_submission(report: Report, questions) -> dict[str, str]:
    answered = {a["key"]: a["answer"].strip() for a in report.answers}
    missing = {}
    for question in questions:
        if not question.required:
            continue
        if question.answer_type == "file":
            if not report.attachment:
                missing[f"q_{question.key}"] = "Bifoga filen innan du skickar in rapporten."
        elif not answered.get(question.key):
            missing[f"q_{question.key}"] = _("Svara på frågan innan du skickar in rapporten.")
    if report.spent is None:
        missing["spent"] = _("Ange hur mycket som har använts.")
    return missing


@transaction.atomic
def report_save(
    *,
    grant,
    user,
    answers: dict[str, str],
    spent: int | None,
    upload=None,
    submit: bool = False,
    expected_version: int | None = None,
) -> Report:
    """Save the owner's report as a draft or submit it. Nothing is saved when
    the figures are impossible, the file is refused or answers are missing."""
    if not user_owns_grant(user=user, grant=grant):
        refuse(user, f"rapport för beslut {grant.pk}")
    report = Report.objects.filter(grant=grant).first() or Report(
        grant=grant, kind=report_kind_for(grant)
    )
    # A change to a report the officer is about to read is a new submission:
    # it must be complete, and the officer's open page becomes stale.
    submit = submit or report.state == ReportState.SUBMITTED
    action = ReportAction.SUBMIT if submit else ReportAction.SAVE
    moved = report_rules.apply(_as_domain(report), action)
    if spent is not None:
        spending(granted=grant.amount, spent=spent)
    questions = questions_for(grant=grant)
    report.answers = [
        {"key": q.key, "question": q.question, "answer": answers.get(q.key, "")}
        for q in questions
        if q.answer_type == "text"
    ]
    report.spent = spent
    if upload is not None:
        _attach(report, upload)
    if submit:
        missing = _missing_for_submission(report, questions)
        if missing:
            raise ReportIncomplete(missing)
        report.submitted_at = timezone.now()
    _store(report, moved)
    reason = "Rapport inskickad" if submit else "Rapport sparad som utkast"
    _save(report, expected_version=expected_version, user=user, reason=reason)
    return report


@transaction.atomic
def report_decide(
    *, report: Report, user, approve: bool, comment: str = "", expected_version: int
) -> Report:
    """The officer approves or returns with a comment; refused if the report
    changed since the officer's page was opened (``EditConflict``)."""
    require_officer(user, f"granska rapport {report.pk}")
    action = ReportAction.APPROVE if approve else ReportAction.RETURN
    moved = report_rules.apply(_as_domain(report), action, comment=comment)
    _store(report, moved)
    report.decided_at = timezone.now()
    report.decided_by = user
    reason = "Rapport godkänd" if approve else f"Rapport returnerad: {comment.strip()}"
    save_versioned(instance=report, expected_version=expected_version, user=user, reason=reason)
    report_publication_sync(report=report, user=user)
    if approve:
        _refresh_open_applications(report.grant.organisation_id)
    else:
        transaction.on_commit(lambda: _tell_owners_returned(report))
    return report


def _tell_owners_returned(report: Report) -> None:
    grant = report.grant
    if grant.organisation_id is None:
        return
    owners = User.objects.filter(
        role=Role.APPLICANT, is_active=True, organisations=grant.organisation_id
    ).exclude(email="")
    recipients = list(owners.values_list("email", flat=True))
    if not recipients:
        return
    url = reverse("followup:grant", args=[grant.pk])
    send_mail(
        subject=f"Rapporten för {grant.application.title} behöver kompletteras",
        message=(
            f"Hej!\n\nHandläggaren har returnerat rapporten för {grant.application.title} "
            f"med kommentaren:\n\n{report.return_comment}\n\n"
            f"Rätta och skicka in igen på {url}\n\n{mail_signature()}"
        ),
        from_email=None,
        recipient_list=recipients,
    )


def _refresh_open_applications(organisation_id) -> None:
    """The approval changes the report rule for the organisation's open applications."""
    open_statuses = [Status.DRAFT, Status.SUBMITTED, Status.UNDER_REVIEW]
    for application in Application.objects.filter(
        status__in=open_statuses,
        participants__organisation_id=organisation_id,
        participants__is_lead=True,
    ):
        refresh_rule_results(application)


@transaction.atomic
def report_set_publishable(*, report: Report, user, publishable: bool) -> Report:
    require_officer(user, f"publicera rapport {report.pk}")
    action = ReportAction.PUBLISH if publishable else ReportAction.UNPUBLISH
    _store(report, report_rules.apply(_as_domain(report), action))
    reason = "Markerad för kunskapsbanken" if publishable else "Inte längre för kunskapsbanken"
    save_audited(instance=report, user=user, reason=reason)
    report_publication_sync(report=report, user=user)
    return report


def _repayment_domain(repayment: Repayment) -> repayment_rules.Repayment:
    return repayment_rules.Repayment(
        state=repayment_rules.RepaymentState(repayment.state),
        amount=repayment.amount,
        declared_on=repayment.declared_on,
        declared_late=repayment.declared_late,
    )


def _repayment_store(repayment: Repayment, moved: repayment_rules.Repayment) -> None:
    repayment.state = moved.state.value
    repayment.amount = moved.amount
    repayment.declared_on = moved.declared_on
    repayment.declared_late = moved.declared_late


@transaction.atomic
def repayment_declare(*, grant, user, amount: int, today: datetime.date) -> Repayment:
    """The owner declares unused funds; after the deadline it is accepted and
    flagged late."""
    if not user_owns_grant(user=user, grant=grant):
        refuse(user, f"anmäla återbetalning för beslut {grant.pk}")
    repayment = Repayment.objects.filter(grant=grant).first() or Repayment(grant=grant)
    moved = repayment_rules.declare(
        _repayment_domain(repayment),
        amount=amount,
        granted=grant.amount,
        on=today,
        deadline=grant.application.call.repayment_notice_deadline,
    )
    _repayment_store(repayment, moved)
    late = " (efter sista dag)" if moved.declared_late else ""
    save_audited(instance=repayment, user=user, reason=f"Outnyttjade medel anmälda{late}")
    return repayment


REPAYMENT_REASONS = {
    repayment_rules.RepaymentAction.INVOICE: "Återbetalning fakturerad",
    repayment_rules.RepaymentAction.MARK_REPAID: "Återbetalning mottagen",
    repayment_rules.RepaymentAction.WRITE_OFF: "Återbetalning avskriven",
}


@transaction.atomic
def repayment_advance(*, repayment: Repayment, user, action: str, note: str = "") -> Repayment:
    require_officer(user, f"ändra återbetalning {repayment.pk}")
    chosen = repayment_rules.RepaymentAction(action)
    moved = repayment_rules.apply(_repayment_domain(repayment), chosen)
    _repayment_store(repayment, moved)
    if note.strip():
        repayment.note = note.strip()
    reason = REPAYMENT_REASONS[chosen] + (f": {note.strip()}" if note.strip() else "")
    save_audited(instance=repayment, user=user, reason=reason)
    return repayment


class RepurposingRefused(ValueError):
    pass


@transaction.atomic
def repurposing_request(*, grant, user, new_use: str, reason: str) -> Repurposing:
    if not user_owns_grant(user=user, grant=grant):
        refuse(user, f"omdisponera beslut {grant.pk}")
    if grant.repurposings.filter(state=Repurposing.State.PENDING).exists():
        raise RepurposingRefused(
            _("Det finns redan en ansökan om omdisponering som väntar på beslut.")
        )
    request = Repurposing(grant=grant, new_use=new_use, reason=reason, requested_by=user)
    save_audited(instance=request, user=user, reason="Ansökan om omdisponering")
    return request


@transaction.atomic
def repurposing_decide(*, request: Repurposing, user, approve: bool, comment: str) -> Repurposing:
    require_officer(user, f"besluta om omdisponering {request.pk}")
    if request.state != Repurposing.State.PENDING:
        raise RepurposingRefused(_("Omdisponeringen är redan beslutad."))
    if not approve and not comment.strip():
        raise RepurposingRefused(_("Skriv en motivering till avslaget."))
    request.state = Repurposing.State.APPROVED if approve else Repurposing.State.REFUSED
    request.decided_by = user
    request.decided_at = timezone.now()
    request.decision_comment = comment.strip()
    verdict = "beviljad" if approve else "avslagen"
    save_audited(instance=request, user=user, reason=f"Omdisponering {verdict}")
    return request

"""Reminders before follow-up deadlines: which are due today, and sending them.

What is due comes from ``fou.domain.followup.deadlines``; what was sent is
recorded in ``ReminderSent``, which makes a second run on the same day (or a
run from a second server) send nothing. The e-mails go out from the task
queue (fou.jobs), which retries a failed send.
"""

import datetime
from collections import defaultdict
from dataclasses import dataclass

from django.db import transaction
from django.urls import reverse
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

from fou.accounts.models import Role, User
from fou.core.site import mail_signature
from fou.domain.followup.deadlines import (
    MISSED,
    DeadlineKind,
    days_left,
    reminder_due,
    repayment_awaits_owner,
    report_awaits_owner,
    when_phrase,
)
from fou.domain.followup.repayments import RepaymentState
from fou.domain.followup.reports import ReportState
from fou.followup.labels import DEADLINE_KIND
from fou.followup.models import ReminderSent
from fou.followup.selectors import grants_in_followup
from fou.jobs.models import Job
from fou.jobs.services import job_enqueue


@dataclass(frozen=True)
class Reminder:
    grant: object
    kind: DeadlineKind
    deadline: datetime.date
    days_before: int
    days_left: int
    recipients: tuple[str, ...]

    @property
    def subject(self) -> str:
        what = DEADLINE_KIND[self.kind]
        title = self.grant.application.title
        if self.days_before == MISSED:
            return _("Sista dag har passerat: {what} för {title}").format(what=what, title=title)
        return _("Påminnelse: {what} för {title} senast {day}").format(
            what=what, title=title, day=_day(self.deadline)
        )

    @property
    def body(self) -> str:
        what = DEADLINE_KIND[self.kind]
        grant = self.grant
        url = reverse("followup:grant", args=[grant.pk])
        if self.days_before == MISSED:
            lead = _(
                "Sista dag för {what} var {day} ({when_phrase}) och vi har inte fått in den. "
                "En godkänd rapport krävs för att söka nya medel."
            ).format(what=what, day=_day(self.deadline), when_phrase=when_phrase(self.days_left))
        else:
            lead = _("Sista dag för {what} är {day}, {when_phrase}.").format(
                what=what, day=_day(self.deadline), when_phrase=when_phrase(self.days_left)
            )
        return _(
            "Hej!\n\n{lead}\n\nGäller: {title} ({call}), {organisation_name}.\n\nLämna in på "
            "{url}\n\n{signature}"
        ).format(
            lead=lead,
            title=grant.application.title,
            call=grant.application.call,
            organisation_name=grant.organisation_name,
            url=url,
            signature=mail_signature(),
        )


def _day(day: datetime.date) -> str:
    return date_format(day, "j F Y")


def _recipients_by_organisation() -> dict[int, tuple[str, ...]]:
    found = defaultdict(list)
    applicants = User.objects.filter(role=Role.APPLICANT, is_active=True).exclude(email="")
    for user in applicants.prefetch_related("organisations").order_by("email"):
        for organisation in user.organisations.all():
            found[organisation.pk].append(user.email)
    return {key: tuple(emails) for key, emails in found.items()}


def _already_sent() -> dict[tuple, set[int]]:
    sent = defaultdict(set)
    rows = ReminderSent.objects.values_list("grant_id", "deadline_kind", "deadline", "days_before")
    for grant_id, kind, deadline, days_before in rows:
        sent[(grant_id, kind, deadline)].add(days_before)
    return sent


def _open_deadlines(grant):
    call = grant.application.call
    report = getattr(grant, "report", None)
    if call.report_deadline and report_awaits_owner(ReportState(report.state) if report else None):
        yield DeadlineKind.REPORT, call.report_deadline
    repayment = getattr(grant, "repayment", None)
    state = RepaymentState(repayment.state) if repayment else None
    handed_in = report is not None and report.state in (ReportState.SUBMITTED, ReportState.APPROVED)
    unused = None
    if handed_in and report.spent is not None and grant.amount is not None:
        unused = grant.amount - report.spent
    if call.repayment_notice_deadline and repayment_awaits_owner(state, reported_unused=unused):
        yield DeadlineKind.REPAYMENT, call.repayment_notice_deadline


def reminders_due(*, today: datetime.date) -> list[Reminder]:
    """Every reminder to send on ``today`` (a Stockholm date)."""
    recipients = _recipients_by_organisation()
    sent = _already_sent()
    due = []
    for grant in grants_in_followup().filter(organisation__isnull=False):
        to = recipients.get(grant.organisation_id)
        if not to:
            continue
        for kind, deadline in _open_deadlines(grant):
            days_before = reminder_due(
                deadline=deadline, today=today, sent=sent[(grant.pk, kind.value, deadline)]
            )
            if days_before is not None:
                left = days_left(deadline, today)
                due.append(Reminder(grant, kind, deadline, days_before, left, to))
    return due


def reminder_send(reminder: Reminder) -> None:
    """Record the reminder and put its e-mail on the task queue in one
    transaction: a second run sends nothing, and a failed send is retried
    with growing delays and then shown to the grants office (fou.jobs), as
    receipts are."""
    with transaction.atomic():
        for recipient in reminder.recipients:
            ReminderSent.objects.create(
                grant=reminder.grant,
                deadline_kind=reminder.kind.value,
                deadline=reminder.deadline,
                days_before=reminder.days_before,
                recipient=recipient,
            )
        job_enqueue(
            kind=Job.Kind.EMAIL,
            label=f"{reminder.subject} till {', '.join(reminder.recipients)}",
            application=reminder.grant.application,
            payload={
                "subject": reminder.subject,
                "message": reminder.body,
                "to": list(reminder.recipients),
            },
        )

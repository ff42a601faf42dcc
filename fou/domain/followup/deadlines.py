"""Deadlines of a grant's follow-up as calendar dates, and when to remind.

Deadlines are dates in Europe/Stockholm; callers pass "today" as a Stockholm
date, so summer time never shifts a day. Reminders go out 30, 7 and 1 days
before a deadline and once after a missed one. Each is sent at most once per
deadline: a run that finds a reminder already sent does nothing, and a run
after a missed day sends the most urgent reminder still unsent, not a pile.
"""

import datetime
from enum import StrEnum

from fou.domain.followup.repayments import RepaymentState
from fou.domain.followup.reports import ReportState
from fou.domain.i18n import _

REMINDER_DAYS_BEFORE = (30, 7, 1)
# Stored with the sent reminders: "-1" is the one after a missed deadline.
MISSED = -1
# A report is "due" (not just "not due") inside the first reminder's window.
DUE_WINDOW_DAYS = REMINDER_DAYS_BEFORE[0]


class DeadlineKind(StrEnum):
    REPORT = "report"
    REPAYMENT = "repayment"


class ReportStatus(StrEnum):
    """What the officer's overview shows for a grant's report."""

    NOT_DUE = "not_due"
    DUE = "due"
    LATE = "late"
    SUBMITTED = "submitted"
    RETURNED = "returned"
    APPROVED = "approved"


def days_left(deadline: datetime.date, today: datetime.date) -> int:
    """Positive before the deadline, 0 on the day, negative after it."""
    return (deadline - today).days


def report_status(
    state: ReportState | None, deadline: datetime.date | None, today: datetime.date
) -> ReportStatus:
    handled = {
        ReportState.SUBMITTED: ReportStatus.SUBMITTED,
        ReportState.RETURNED: ReportStatus.RETURNED,
        ReportState.APPROVED: ReportStatus.APPROVED,
    }
    if state in handled:
        return handled[state]
    if deadline is None:
        return ReportStatus.NOT_DUE
    left = days_left(deadline, today)
    if left < 0:
        return ReportStatus.LATE
    return ReportStatus.DUE if left <= DUE_WINDOW_DAYS else ReportStatus.NOT_DUE


def report_awaits_owner(state: ReportState | None) -> bool:
    """Reminders concern reports the owner still has to send (or send again)."""
    return state in (None, ReportState.DRAFT, ReportState.RETURNED)


def repayment_awaits_owner(state: RepaymentState | None, *, reported_unused: int | None) -> bool:
    """A declaration is awaited unless one was made or a handed-in spending
    report already shows that nothing is left (``reported_unused`` is 0)."""
    return state in (None, RepaymentState.NOT_DECLARED) and reported_unused != 0


def reminder_due(
    *, deadline: datetime.date, today: datetime.date, sent: frozenset[int] | set[int]
) -> int | None:
    """Which reminder to send today (days before, or ``MISSED``), or None."""
    left = days_left(deadline, today)
    if left < 0:
        return None if MISSED in sent else MISSED
    window = min((days for days in REMINDER_DAYS_BEFORE if days >= left), default=None)
    if window is None or window in sent:
        return None
    # A more urgent reminder already went out (the deadline was moved later):
    # do not send an earlier-stage one after it.
    if any(0 <= other < window for other in sent):
        return None
    return window


def when_phrase(left: int) -> str:
    """Swedish for how far away the deadline is: "om 30 dagar", "i morgon" …"""
    if left > 1:
        return _("om {days} dagar", days=left)
    if left == 1:
        return _("i morgon")
    if left == 0:
        return _("i dag")
    if left == -1:
        return _("i går")
    return _("för {days} dagar sedan", days=-left)

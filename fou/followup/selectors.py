"""Reading grants in follow-up, always through what the user may see."""

import datetime
from dataclasses import dataclass

from django.utils import timezone

from fou.accounts.permissions import refuse
from fou.applications.models import Grant
from fou.calls.models import Call
from fou.domain.followup.deadlines import ReportStatus, days_left, report_status
from fou.domain.followup.repayments import RepaymentState
from fou.domain.followup.reports import ReportState
from fou.followup.labels import NOTHING_UNUSED, REPAYMENT_STATE
from fou.followup.models import Report, ReportKind, ReportQuestion


def stockholm_today() -> datetime.date:
    """Deadlines are Stockholm dates (TIME_ZONE), whatever the server's clock."""
    return timezone.localdate()


def grants_in_followup():
    """Granted money from funds that report (fund data decides, not codes)."""
    return (
        Grant.objects.filter(
            decision=Grant.Decision.GRANTED, application__call__fund__requires_report=True
        )
        .select_related("application__call__fund", "organisation", "report", "repayment")
        .order_by("application__call__year", "organisation_name", "application__title")
    )


def user_owns_grant(*, user, grant: Grant) -> bool:
    if not (user.is_authenticated and user.is_applicant) or grant.organisation_id is None:
        return False
    return user.organisations.filter(pk=grant.organisation_id).exists()


def grant_for(*, user, pk: int) -> Grant:
    """The grant if the user is an officer or belongs to its organisation;
    refused (and logged) otherwise."""
    grant = grants_in_followup().filter(pk=pk).first()
    if grant is None or not (user.is_officer or user_owns_grant(user=user, grant=grant)):
        refuse(user, f"uppföljning av beslut {pk}")
    return grant


@dataclass(frozen=True)
class FollowUpRow:
    grant: Grant
    report: Report | None
    report_status: ReportStatus
    report_deadline: datetime.date | None
    report_days_left: int | None
    repayment_state: RepaymentState
    repayment_amount: int | None
    repayment_late: bool
    repayment_deadline: datetime.date | None
    repayment_days_left: int | None

    @property
    def unused(self) -> int | None:
        report = self.report
        if report is None or report.spent is None or self.grant.amount is None:
            return None
        return self.grant.amount - report.spent

    @property
    def repayment_label(self) -> str:
        """The repayment state; an undeclared one where the handed-in spending
        report shows nothing unused says so rather than looking overdue."""
        handed_in = self.report_status in (ReportStatus.SUBMITTED, ReportStatus.APPROVED)
        if self.repayment_state == RepaymentState.NOT_DECLARED and handed_in and self.unused == 0:
            return str(NOTHING_UNUSED)
        return str(REPAYMENT_STATE[self.repayment_state])


def _related(grant: Grant, name: str):
    return getattr(grant, name, None)


def follow_up_row(grant: Grant, today: datetime.date) -> FollowUpRow:
    call = grant.application.call
    report = _related(grant, "report")
    repayment = _related(grant, "repayment")
    state = ReportState(report.state) if report else None
    report_deadline = call.report_deadline
    repayment_deadline = call.repayment_notice_deadline
    return FollowUpRow(
        grant=grant,
        report=report,
        report_status=report_status(state, report_deadline, today),
        report_deadline=report_deadline,
        report_days_left=days_left(report_deadline, today) if report_deadline else None,
        repayment_state=RepaymentState(repayment.state)
        if repayment
        else RepaymentState.NOT_DECLARED,
        repayment_amount=repayment.amount if repayment else None,
        repayment_late=bool(repayment and repayment.declared_late),
        repayment_deadline=repayment_deadline,
        repayment_days_left=days_left(repayment_deadline, today) if repayment_deadline else None,
    )


def owner_rows(*, user, today: datetime.date) -> list[FollowUpRow]:
    grants = grants_in_followup().filter(organisation__in=user.organisations.all())
    return [follow_up_row(g, today) for g in grants.order_by("-application__call__year")]


def call_rows(
    *,
    call,
    today: datetime.date,
    report_status: str = "",
    repayment_state: str = "",
    organisation: str = "",
) -> list[FollowUpRow]:
    """One call's grants for the officer's overview, filtered."""
    grants = grants_in_followup().filter(application__call=call)
    if organisation:
        grants = grants.filter(organisation_name__icontains=organisation)
    rows = [follow_up_row(g, today) for g in grants]
    if report_status:
        rows = [r for r in rows if r.report_status == report_status]
    if repayment_state:
        rows = [r for r in rows if r.repayment_state == repayment_state]
    return rows


def calls_in_followup():
    return (
        Call.objects.filter(
            fund__requires_report=True,
            applications__grant__decision=Grant.Decision.GRANTED,
        )
        .select_related("fund")
        .distinct()
        .order_by("-year", "fund__code")
    )


def report_kind_for(grant: Grant) -> str:
    return ReportKind.TRAVEL if grant.application.call.fund.is_trip_fund else ReportKind.FINAL


def questions_for(*, grant: Grant) -> list[ReportQuestion]:
    """The fund's own questions for its kind of report, else the general ones."""
    kind = report_kind_for(grant)
    fund = grant.application.call.fund
    own = list(ReportQuestion.objects.filter(kind=kind, fund=fund))
    return own or list(ReportQuestion.objects.filter(kind=kind, fund=None))


def approved_report_grant_ids(*, grant_ids) -> set[int]:
    """Which of these grants have an approved report: what the "earlier report
    approved" rule reads."""
    return set(
        Report.objects.filter(grant_id__in=grant_ids, state=ReportState.APPROVED).values_list(
            "grant_id", flat=True
        )
    )


def reports_publishable():
    """Approved final reports the office has marked for the knowledge bank."""
    return Report.objects.filter(
        state=ReportState.APPROVED, publishable=True, kind=ReportKind.FINAL
    ).select_related("grant__application__call__fund", "grant__organisation")


def report_versions(*, report: Report):
    """Every saved version, newest first, with who saved it and why."""
    return report.history.select_related("history_user").all()

"""Swedish names of the follow-up states, shown in pages, e-mails and exports."""

from django.utils.translation import gettext_lazy as _

from fou.domain.followup.deadlines import DeadlineKind, ReportStatus
from fou.domain.followup.repayments import RepaymentState

REPORT_STATUS = {
    ReportStatus.NOT_DUE: _("Inte aktuell än"),
    ReportStatus.DUE: _("Ska lämnas"),
    ReportStatus.LATE: _("Försenad"),
    ReportStatus.SUBMITTED: _("Inskickad"),
    ReportStatus.RETURNED: _("Returnerad"),
    ReportStatus.APPROVED: _("Godkänd"),
}
REPAYMENT_STATE = {
    RepaymentState.NOT_DECLARED: _("Inte anmäld"),
    RepaymentState.NOTHING_TO_REPAY: _("Inget att återbetala"),
    RepaymentState.DECLARED: _("Anmäld"),
    RepaymentState.INVOICED: _("Fakturerad"),
    RepaymentState.REPAID: _("Återbetald"),
    RepaymentState.WRITTEN_OFF: _("Avskriven"),
}
NOTHING_UNUSED = _("Inget outnyttjat enligt rapporten")
DEADLINE_KIND = {
    DeadlineKind.REPORT: _("rapport och ekonomisk redovisning"),
    DeadlineKind.REPAYMENT: _("anmälan om outnyttjade medel"),
}
# Tag colours of the shared stylesheet.
REPORT_TAG = {
    ReportStatus.LATE: "tag-fail",
    ReportStatus.RETURNED: "tag-warn",
    ReportStatus.DUE: "tag-warn",
    ReportStatus.APPROVED: "tag-pass",
}

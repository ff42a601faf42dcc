"""The officer's follow-up overview as Excel, through the shared table layout."""

from django.utils.translation import gettext_lazy as _

from fou.core.xlsx import table_workbook
from fou.followup.labels import REPORT_STATUS

COLUMNS = [
    (_("Organisation"), 28),
    (_("Projekt eller resa"), 50),
    (_("Beviljat (kr)"), 14),
    (_("Använt (kr)"), 14),
    (_("Outnyttjat (kr)"), 14),
    (_("Rapport"), 16),
    (_("Sista dag rapport"), 16),
    (_("Dagar kvar (minus = försenad)"), 16),
    (_("Återbetalning"), 18),
    (_("Anmält belopp (kr)"), 16),
    (_("Anmäld för sent"), 14),
    (_("Sista dag anmälan"), 16),
]


def overview_workbook(*, call, rows) -> bytes:
    def cells(row):
        return [
            row.grant.organisation_name,
            row.grant.application.title,
            row.grant.amount,
            row.report.spent if row.report else None,
            row.unused,
            str(REPORT_STATUS[row.report_status]),
            row.report_deadline,
            row.report_days_left,
            row.repayment_label,
            row.repayment_amount,
            "ja" if row.repayment_late else "",
            row.repayment_deadline,
        ]

    return table_workbook(
        title=_("Uppföljning {code} {year}").format(code=call.fund.code, year=call.year),
        columns=COLUMNS,
        rows=(cells(row) for row in rows),
        number_formats={
            "C": "# ##0",
            "D": "# ##0",
            "E": "# ##0",
            "G": "yyyy-mm-dd",
            "J": "# ##0",
            "L": "yyyy-mm-dd",
        },
    )

"""The officer's follow-up overview as Excel, through the shared table layout."""

from fou.core.xlsx import table_workbook
from fou.followup.labels import REPORT_STATUS

COLUMNS = [
    ("Organisation", 28),
    ("Projekt eller resa", 50),
    ("Beviljat (kr)", 14),
    ("Använt (kr)", 14),
    ("Outnyttjat (kr)", 14),
    ("Rapport", 16),
    ("Sista dag rapport", 16),
    ("Dagar kvar (minus = försenad)", 16),
    ("Återbetalning", 18),
    ("Anmält belopp (kr)", 16),
    ("Anmäld för sent", 14),
    ("Sista dag anmälan", 16),
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
        title=f"Uppföljning {call.fund.code} {call.year}",
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

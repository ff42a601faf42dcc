"""The jäv list as an Excel workbook for the minutes."""

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from fou.core.xlsx import table_workbook

COLUMNS = [
    (_("Ansökan"), 50),
    ("Diarienummer", 16),
    ("Organisation", 30),
    ("Ledamot", 24),
    (_("Skäl"), 60),
    (_("Automatiskt/Anmält"), 20),
    ("Datum", 12),
]


def conflict_kind(row) -> str:
    return "Automatiskt" if row.automatic else _("Anmält")


def conflicts_workbook(rows) -> bytes:
    return table_workbook(
        title=_("Jäv"),
        columns=COLUMNS,
        rows=(
            [
                row.application.title,
                row.application.reference or "",
                row.application.organisation_names,
                row.reviewer.display_name,
                row.reason,
                conflict_kind(row),
                timezone.localtime(row.declared_at).date() if row.declared_at else None,
            ]
            for row in rows
        ),
        number_formats={"G": "yyyy-mm-dd"},
    )

"""The officer's list as an Excel workbook."""

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from fou.core.xlsx import table_workbook

COLUMNS = [
    ("Diarienummer", 16),
    ("Utlysning", 22),
    ("Fond", 8),
    ("Organisation", 28),
    (_("Projekt / studiebesök"), 60),
    (_("Sökt belopp (kr)"), 16),
    ("Status", 16),
    ("Regelkontroll", 14),
    ("Inskickad", 18),
]
OUTCOMES = {"pass": _("Godkänd"), "warn": "Varning", "fail": "Fel", "": "Ej kontrollerad"}


def _row(application) -> list:
    submitted = application.submitted_at
    return [
        application.reference or "",
        str(application.call),
        application.call.fund.code,
        application.organisation_names,
        application.title,
        application.amount_asked,
        application.get_status_display(),
        OUTCOMES.get(application.rule_outcome, application.rule_outcome),
        timezone.localtime(submitted).replace(tzinfo=None) if submitted else None,
    ]


def applications_workbook(applications) -> bytes:
    return table_workbook(
        title=_("Ansökningar"),
        columns=COLUMNS,
        rows=(_row(a) for a in applications),
        number_formats={"F": "# ##0", "I": "yyyy-mm-dd hh:mm"},
    )

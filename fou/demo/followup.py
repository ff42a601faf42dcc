"""Follow-up states for the 2022 and 2023 grants.

The seeds say that every project and trip reports and that unused money is
declared by 7 June 2022 and 31 May 2023, but not how any report went. Every
state here is therefore a demo state, and says so where it is shown: report
texts and notes begin with "Demoläge" (the demo report deadlines are in
``calls.py`` with a demo source).
"""

import datetime

from fou.accounts.models import User
from fou.applications.models import Grant
from fou.demo.loader import Loader
from fou.demo.users import email_for
from fou.followup.models import Repayment, Report

LABEL = "Demoläge – källorna säger inget om rapporten."
YEARS = (2022, 2023)

# (year, fund, organisation key) → state; every other 2022/2023 grant is approved.
STATES = {
    (2023, "LUM", "skarpnack"): None,  # late: nothing submitted
    (2023, "LUM", "sodermalm"): "returned",
    (2023, "LUM", "rinkeby-kista"): "submitted",
}
RETURN_COMMENT = (
    f"{LABEL} Beskriv effekterna för barnen och bifoga den ekonomiska sammanställningen."
)
# A declared repayment: organisation key and trip, unused kronor, declared on.
REPAYMENT = ("spanga-tensta", "Malmö", 6_000, datetime.date(2023, 5, 24))


def load_followup(loader: Loader) -> None:
    grants = Grant.objects.filter(
        application__call__year__in=YEARS,
        decision=Grant.Decision.GRANTED,
        organisation__isnull=False,
    ).select_related("application__call__fund", "organisation")
    for grant in grants:
        call = grant.application.call
        key = (call.year, call.fund.code, grant.organisation.key)
        state = STATES.get(key, "approved")
        if state is not None:
            _report(loader, grant, state)
    _repayment(loader)
    _emails()


def _report(loader: Loader, grant: Grant, state: str) -> None:
    trip = grant.application.call.fund.is_trip_fund
    declared = REPAYMENT[2] if _is_repayment_trip(grant) else 0
    loader.ensure(
        Report,
        {"grant": grant},
        {
            "kind": "travel" if trip else "final",
            "state": state,
            "answers": [{"key": "demo", "question": "Rapport", "answer": LABEL}],
            "spent": None if grant.amount is None else grant.amount - declared,
            "return_comment": RETURN_COMMENT if state == "returned" else "",
            "times_submitted": 1,
            "publishable": state == "approved" and not trip and grant.amount is not None,
        },
    )


def _is_repayment_trip(grant: Grant) -> bool:
    key, place, _amount, _on = REPAYMENT
    return grant.organisation.key == key and place in grant.application.title


def _repayment(loader: Loader) -> None:
    key, place, amount, declared_on = REPAYMENT
    grant = Grant.objects.get(
        application__call__year=2023,
        application__call__fund__code="MUL",
        organisation__key=key,
        application__title__contains=place,
    )
    loader.ensure(
        Repayment,
        {"grant": grant},
        {
            "state": "declared",
            "amount": amount,
            "declared_on": declared_on,
            "declared_late": False,
            "note": "Demoläge – källorna säger inget om återbetalningen.",
        },
    )


def _emails() -> None:
    """Reminders need addresses; only missing ones are filled in."""
    for user in User.objects.filter(email=""):
        user.email = email_for(user.username)
        user.save(update_fields=["email"])

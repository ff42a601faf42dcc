"""Kulturstöd 2027: a culture fund's call with questions of its own, as an
administrator sets it up (budget 1 000 000 kr, at most 100 000 kr, one
application per organisation, a Budget spreadsheet and a target group)."""

import datetime

from fou.calls.models import Call, Fund, Question
from fou.domain.rules.text import STOCKHOLM


def _question(call, position, key, label, kind, **details):
    return Question.objects.create(
        call=call, position=position, key=key, label=label, kind=kind, **details
    )


def kulturstod_call() -> Call:
    fund = Fund.objects.create(code="KULT", name="Kulturstöd")
    call = Call.objects.create(
        fund=fund,
        year=2027,
        title="Kulturstöd 2027",
        opens_at=datetime.datetime(2026, 9, 1, tzinfo=STOCKHOLM),
        closes_at=datetime.datetime(2099, 3, 31, 23, 59, tzinfo=STOCKHOLM),
        budget=1_000_000,
        max_amount=100_000,
        max_applications_per_organisation=1,
    )
    _question(call, 10, "title", "Projektets namn", "short_text", required=True)
    _question(
        call, 20, "malgrupp", "Målgrupp", "choice", required=True, choices="Barn\nUnga\nVuxna"
    )
    _question(call, 30, "purpose", "Vad vill ni göra?", "long_text", required=True)
    _question(call, 40, "amount_asked", "Sökt belopp", "amount", required=True)
    _question(
        call,
        50,
        "samverkan",
        "Samverkan",
        "long_text",
        max_length=200,
        help_text="Vilka föreningar gör ni det tillsammans med?",
    )
    _question(call, 60, "tidigare_stod", "Har ni fått kulturstöd förut?", "yes_no")
    _question(call, 70, "budget", "Budget", "attachment", required=True, allowed_types=".xlsx")
    return call

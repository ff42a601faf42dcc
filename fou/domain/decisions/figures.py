"""The figures a decision's prose may name by placeholder, computed from the
proposal so that the text stays true when the proposal changes."""

import datetime
from dataclasses import dataclass

from fou.domain.decisions.content import FundTable
from fou.domain.money import format_amount, number_words

MONTHS = [
    "januari", "februari", "mars", "april", "maj", "juni",
    "juli", "augusti", "september", "oktober", "november", "december",
]  # fmt: skip


def swedish_date(day: datetime.date) -> str:
    """As the documents write dates: "31 maj 2023"."""
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


@dataclass(frozen=True)
class Figure:
    label: str
    text: str
    # The number behind the text, compared when prose mentions a figure
    # literally; None for figures that are words or dates only.
    value: int | None = None


@dataclass(frozen=True)
class CallDates:
    opens: datetime.date | None = None
    closes: datetime.date | None = None
    repayment_deadline: datetime.date | None = None


def _count(label: str, n: int) -> list[tuple[str, Figure]]:
    return [
        ("", Figure(label, str(n), n)),
        ("_ord", Figure(f"{label} i ord", number_words(n, common_gender=True), n)),
    ]


def compute_figures(
    *, year: int, tables: tuple[FundTable, ...], dates: CallDates
) -> dict[str, Figure]:
    figures: dict[str, Figure] = {"ar": Figure("År", str(year), year)}
    for table in tables:
        code = table.code.lower()
        counts = [
            (f"antal_ansokningar_{code}", f"Antal ansökningar {table.code}", len(table.rows)),
            (f"antal_beviljade_{code}", f"Antal beviljade {table.code}", len(table.granted_rows)),
            (
                f"antal_avslagna_{code}",
                f"Antal avslagna {table.code}",
                len(table.rows) - len(table.granted_rows),
            ),
            (
                f"antal_stadsdelar_{code}",
                f"Antal stadsdelsförvaltningar som sökt {table.code}",
                len(table.districts),
            ),
        ]
        for name, label, n in counts:
            for suffix, figure in _count(label, n):
                figures[name + suffix] = figure
        figures[f"sokt_{code}"] = Figure(
            f"Sökt {table.code} (kronor)", format_amount(table.asked_total), table.asked_total
        )
        figures[f"beviljat_{code}"] = Figure(
            f"Föreslås {table.code} (kronor)",
            format_amount(table.granted_total),
            table.granted_total,
        )
        if table.facts.max_amount:
            figures[f"hogsta_belopp_{code}"] = Figure(
                f"Högsta belopp per ansökan {table.code}",
                format_amount(table.facts.max_amount),
                table.facts.max_amount,
            )
        if table.facts.continuation_cut_percent:
            figures["sankning_procent"] = Figure(
                "Sänkning för projektår 2–3 (procent)",
                str(table.facts.continuation_cut_percent),
                table.facts.continuation_cut_percent,
            )
        figures[f"avslag_{code}"] = Figure(
            f"Avslagna ansökningar {table.code} med motivering", _refusals(table)
        )
    asked = sum(t.asked_total for t in tables)
    granted = sum(t.granted_total for t in tables)
    figures["sokt_totalt"] = Figure("Sökt totalt (kronor)", format_amount(asked), asked)
    figures["beviljat_totalt"] = Figure("Föreslås totalt (kronor)", format_amount(granted), granted)
    if dates.opens and dates.closes:
        figures["ansokningsperiod"] = Figure(
            "Ansökningsperiod",
            f"den {_day_month(dates.opens, dates.closes)} till den {swedish_date(dates.closes)}",
        )
    if dates.repayment_deadline:
        figures["aterbetalning_senast"] = Figure(
            "Sista dag att meddela återbetalning", swedish_date(dates.repayment_deadline)
        )
    return figures


def _day_month(first: datetime.date, last: datetime.date) -> str:
    return (
        f"{first.day} {MONTHS[first.month - 1]}" if first.year == last.year else swedish_date(first)
    )


def _refusals(table: FundTable) -> str:
    refused = [r for r in table.rows if not r.is_granted]
    if not refused:
        return "Ingen ansökan föreslås avslås."
    parts = [f"ansökan från {r.organisation} om ”{r.project}”. {r.reason}".strip() for r in refused]
    return " ".join(p[0].upper() + p[1:] for p in parts)

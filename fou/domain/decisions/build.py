"""Assembles a DecisionContent from the proposal's rows, the calls' facts,
the officer's prose and the document's particulars."""

import datetime
from dataclasses import dataclass

from fou.domain.decisions import placeholders, texts
from fou.domain.decisions.content import (
    DEFAULT_TITLE,
    DecisionContent,
    FundFacts,
    Row,
    Section,
    Signatory,
    fund_table,
)
from fou.domain.decisions.figures import CallDates, compute_figures


@dataclass(frozen=True)
class Particulars:
    """What the officer fills in besides the prose."""

    title: str = ""
    reference: str = ""
    date: datetime.date | None = None
    committee: str = "Socialnämnden"
    signatories: tuple[Signatory, ...] = ()


def tables_for(year: int, funds: list[FundFacts], rows: list[Row]):
    return tuple(
        fund_table(facts, year, rows) for facts in funds if any(r.fund == facts.code for r in rows)
    )


def build_content(
    *,
    year: int,
    funds: list[FundFacts],
    rows: list[Row],
    dates: CallDates,
    prose: dict[str, str],
    particulars: Particulars,
) -> DecisionContent:
    """``prose`` maps section keys to the officer's text; a missing key gets
    the starting text. Placeholders must already have been checked."""
    tables = tables_for(year, funds, rows)
    figures = compute_figures(year=year, tables=tables, dates=dates)

    def rendered(key: str) -> str:
        return placeholders.render(prose.get(key) or texts.DEFAULTS[key], figures)

    sections = tuple(
        Section(key, heading, texts.paragraphs(rendered(key)))
        for key, heading in texts.SECTIONS
        if key != "proposal"
    )
    return DecisionContent(
        year=year,
        title=particulars.title or DEFAULT_TITLE.format(year=year),
        reference=particulars.reference,
        date=particulars.date,
        committee=particulars.committee,
        signatories=particulars.signatories,
        proposal_points=texts.paragraphs(rendered("proposal"), points=True),
        sections=sections,
        tables=tables,
        annexes=tuple(t.annex_title for t in tables),
    )

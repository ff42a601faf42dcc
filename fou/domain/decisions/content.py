"""What a tjänsteutlåtande holds (seed 002), as frozen data built from the
chosen proposal's rows, the calls' facts and the officer's prose."""

import datetime
from dataclasses import dataclass, field

from fou.domain.sorting import swedish_key

FUND_TABLE_TITLES = {
    "LUM": "Förslag till fördelning av lokala utvecklingsmedel {year}",
    "MUL": (
        "Förslag till fördelning av medel för utveckling och lärande genom studiebesök/resor {year}"
    ),
}
ANNEX_TITLES = {
    "LUM": "Bruttolista över inkomna LUM-ansökningar",
    "MUL": "Bruttolista över inkomna ansökningar för MUL",
}
DEFAULT_TITLE = (
    "Fördelning av lokala utvecklingsmedel och medel för utveckling och lärande genom "
    "studiebesök/resor {year}"
)


@dataclass(frozen=True)
class Row:
    """One application as the documents list it."""

    fund: str
    organisation: str
    # "district", "administration", "unit" or "" when unknown.
    organisation_kind: str
    project: str
    asked: int
    granted: int
    # "granted", "refused" or "excluded" (fails a rule of the call).
    status: str
    # The allocation's explanation, shown for a refusal or a cut.
    reason: str = ""
    project_year: int = 1

    @property
    def is_granted(self) -> bool:
        return self.status == "granted"

    @property
    def is_cut(self) -> bool:
        return self.is_granted and self.granted < self.asked


@dataclass(frozen=True)
class FundFacts:
    """What the call says about one fund."""

    code: str
    name: str
    is_trip_fund: bool = False
    max_amount: int | None = None
    continuation_cut_percent: int = 0


@dataclass(frozen=True)
class FundTable:
    facts: FundFacts
    year: int
    # Every application of the fund, in Swedish order of organisation.
    rows: tuple[Row, ...]

    @property
    def code(self) -> str:
        return self.facts.code

    @property
    def title(self) -> str:
        template = FUND_TABLE_TITLES.get(self.code, "Förslag till fördelning av {name} {year}")
        return template.format(year=self.year, name=self.facts.name)

    @property
    def annex_title(self) -> str:
        return ANNEX_TITLES.get(self.code, f"Bruttolista över inkomna ansökningar för {self.code}")

    @property
    def project_header(self) -> str:
        return "Studiebesök till ort" if self.facts.is_trip_fund else "Projekt"

    @property
    def granted_rows(self) -> tuple[Row, ...]:
        return tuple(r for r in self.rows if r.is_granted)

    @property
    def asked_total(self) -> int:
        return sum(r.asked for r in self.rows)

    @property
    def granted_total(self) -> int:
        return sum(r.granted for r in self.granted_rows)

    @property
    def districts(self) -> set[str]:
        return {r.organisation for r in self.rows if r.organisation_kind == "district"}

    @property
    def from_administration(self) -> bool:
        return any(r.organisation_kind in ("administration", "unit") for r in self.rows)


def fund_table(facts: FundFacts, year: int, rows) -> FundTable:
    ordered = sorted(
        (r for r in rows if r.fund == facts.code), key=lambda r: swedish_key(r.organisation)
    )
    return FundTable(facts=facts, year=year, rows=tuple(ordered))


@dataclass(frozen=True)
class Signatory:
    name: str
    title: str


@dataclass(frozen=True)
class Paragraph:
    text: str
    # "text", "bullet", "subheading" or "point" (a numbered proposal point).
    kind: str = "text"


@dataclass(frozen=True)
class Section:
    key: str
    heading: str
    paragraphs: tuple[Paragraph, ...]


@dataclass(frozen=True)
class DecisionContent:
    year: int
    title: str
    reference: str
    date: datetime.date | None
    committee: str
    signatories: tuple[Signatory, ...]
    proposal_points: tuple[Paragraph, ...]
    # The prose sections up to and including "Förvaltningens synpunkter och förslag".
    sections: tuple[Section, ...]
    tables: tuple[FundTable, ...]
    annexes: tuple[str, ...] = field(default=())

    @property
    def asked_total(self) -> int:
        return sum(t.asked_total for t in self.tables)

    @property
    def granted_total(self) -> int:
        return sum(t.granted_total for t in self.tables)

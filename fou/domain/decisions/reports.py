"""The letters that follow the decision: the covering report each district
committee files (seeds 000 and 003) and the yearly account of the projects
carried out in a year (seeds 001 and 003)."""

import datetime
from dataclasses import dataclass

from fou.domain.decisions.figures import swedish_date
from fou.domain.money import format_kronor, number_words

DECISION_SUBJECT = (
    "fördelning av lokala utvecklingsmedel och medel för utveckling och lärande genom "
    "studiebesök/resor {year}"
)


@dataclass(frozen=True)
class DistrictRow:
    fund: str
    project: str
    asked: int | None
    # None when refused.
    granted: int | None
    reason: str


@dataclass(frozen=True)
class CoveringReport:
    year: int
    district: str
    meeting_date: datetime.date
    minutes_paragraph: str
    reference: str
    granted_total_all: int
    rows: tuple[DistrictRow, ...]

    @property
    def title(self) -> str:
        return f"Socialnämndens beslut om {DECISION_SUBJECT.format(year=self.year)}"

    @property
    def proposal(self) -> str:
        return (
            f"Stadsdelsnämnden tar del av socialnämndens beslut om "
            f"{DECISION_SUBJECT.format(year=self.year)} och lägger dem till handlingarna."
        )

    @property
    def summary(self) -> list[str]:
        granted = [r for r in self.rows if r.granted]
        refused = [r for r in self.rows if not r.granted]
        first = (
            f"Socialnämnden beslutade den {swedish_date(self.meeting_date)} "
            f"({self.minutes_paragraph}, dnr {self.reference}) att fördela "
            f"{format_kronor(self.granted_total_all, unit=False)} kronor i lokala "
            f"utvecklingsmedel och medel för studiebesök/resor för {self.year}."
        )
        if not self.rows:
            return [first, f"{self.district} sökte inga medel för {self.year}."]
        total = sum(r.granted for r in granted)
        second = (
            f"{self.district} beviljas medel för {number_words(len(granted), common_gender=True)} "
            f"av {number_words(len(self.rows), common_gender=True)} ansökningar, totalt "
            f"{format_kronor(total, unit=False)} kronor."
        )
        parts = [first, second]
        if refused:
            parts.append(
                f"{number_words(len(refused), common_gender=True).capitalize()} "
                f"{'ansökan avslås' if len(refused) == 1 else 'ansökningar avslås'}; "
                "motiveringen står i tabellen nedan."
            )
        parts.append("Ärendet delges samtliga stadsdelsnämnder och kommunstyrelsen.")
        return parts

    @property
    def annexes(self) -> list[str]:
        return [f"Socialnämndens tjänsteutlåtande {self.year} med bruttolistor"]


@dataclass(frozen=True)
class AccountProject:
    title: str
    organisation: str
    purpose: str
    amount: int | None
    continued: bool


@dataclass(frozen=True)
class YearlyAccount:
    year: int
    projects: tuple[AccountProject, ...]
    trips: int
    sources: tuple[str, ...] = ()

    @property
    def title(self) -> str:
        return f"Redovisning av lokala utvecklingsprojekt (LUM) genomförda under {self.year}"

    @property
    def summary(self) -> list[str]:
        count = number_words(len(self.projects))
        parts = [
            f"Lokala utvecklingsmedel har beviljats till {count} projekt som genomförts "
            f"under {self.year}. Projektens syften redovisas nedan."
        ]
        if self.trips:
            parts.append(
                f"Medel för utveckling och lärande genom studiebesök/resor (MUL) beviljades "
                f"{number_words(self.trips)} gånger för {self.year}."
            )
        continued = [p.title for p in self.projects if p.continued]
        if continued:
            parts.append(
                f"{_join(continued)} har fått medel för att fortsätta även under {self.year + 1}."
            )
        return parts


def _join(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " och " + items[-1]

"""Figures per year, fund, organisation and focus area, with unknown kept
unknown: years known only from scanned decisions list the grants but not the
applications that were refused, nor (mostly) the amounts."""

from collections import defaultdict
from dataclasses import dataclass

UNKNOWN = "okänt"


@dataclass(frozen=True)
class Record:
    """One application as the statistics count it."""

    year: int
    fund: str
    organisation: str
    focus_areas: tuple[str, ...]
    asked: int | None
    # None when not decided; 0 when refused.
    granted: int | None
    decided: bool
    is_granted: bool
    is_continuation: bool
    # False for a year known only from its grants (history imported from scans).
    year_complete: bool


@dataclass(frozen=True)
class Line:
    key: str
    applications: int | None
    granted_count: int
    asked: int | None
    granted: int | None
    success_percent: int | None
    continuation_percent: int | None


def _sum(values: list[int | None]) -> int | None:
    return None if any(v is None for v in values) else sum(values)


def _percent(part: int, whole: int) -> int | None:
    return round(100 * part / whole) if whole else None


def line(key: str, records: list[Record]) -> Line:
    complete = all(r.year_complete for r in records)
    decided = [r for r in records if r.decided]
    granted = [r for r in records if r.is_granted]
    return Line(
        key=key,
        applications=len(records) if complete else None,
        granted_count=len(granted),
        asked=_sum([r.asked for r in records]) if complete else None,
        granted=_sum([r.granted for r in granted]),
        success_percent=_percent(len(granted), len(decided)) if complete else None,
        continuation_percent=_percent(sum(r.is_continuation for r in records), len(records))
        if complete
        else None,
    )


DIMENSIONS = {
    "year": ("År", lambda r: [str(r.year)]),
    "fund": ("Fond", lambda r: [r.fund]),
    "organisation": ("Organisation", lambda r: [r.organisation or UNKNOWN]),
    "focus": ("Inriktning", lambda r: list(r.focus_areas) or [UNKNOWN]),
}


def grouped(records: list[Record], dimension: str) -> list[Line]:
    """One line per group; an application with several focus areas counts in each."""
    _label, keys_of = DIMENSIONS[dimension]
    groups: dict[str, list[Record]] = defaultdict(list)
    for record in records:
        for key in keys_of(record):
            groups[key].append(record)
    ordered = sorted(groups, key=lambda k: (k == UNKNOWN, k if dimension != "year" else -int(k)))
    return [line(key, groups[key]) for key in ordered]


def shown(value, suffix: str = "") -> str:
    """A figure for a table cell: "okänt" when the sources do not give it."""
    if value is None:
        return UNKNOWN
    return f"{value}{suffix}"

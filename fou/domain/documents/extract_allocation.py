"""Allocation tables of a decision document (tjänsteutlåtande) as grants.

The model is seed 002: after "Förslag till fördelning …" come the column
headings "Förvaltning", "Projekt" (LUM) or "Studiebesök till ort" (MUL) and
"Summa (kronor)", then one row per grant as blank-line separated cells
(organisation, a cell that may wrap over several lines, amount), and a
"Totalt" row. OCR damage is repaired cell by cell, judged over the whole
document, with the caller's organisation names as extra words.
"""

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from fou.domain.money import AmountError, format_kronor, parse_kronor
from fou.domain.text.confusions import may_be_damaged_form
from fou.domain.text.ocr_repair import RepairResult, repair

from .cells import join_lines

# The seeds' headings; the app passes the funds' own (fou.history.selectors).
FUNDS = {"projekt": "LUM", "studiebesök till ort": "MUL"}
_AMOUNT = re.compile(r"\d[\d\s\u00a0]*(?:kr|kronor)?")
# Swedish writes the spaced dash as an en dash; OCR reads it as an em dash.
_SPACED_EM_DASH = re.compile(r"(?<=\s)—(?=\s)")


class NoAllocationTableError(ValueError):
    def __init__(self):
        super().__init__("inga tabeller hittades")


@dataclass(frozen=True)
class AllocationRow:
    organisation: str
    # The project (LUM) or the trip (MUL), in the source's own words.
    text: str
    granted: int
    known_organisation: bool


@dataclass(frozen=True)
class AllocationTable:
    fund: str
    rows: tuple[AllocationRow, ...]
    stated_total: int | None

    @property
    def rows_total(self) -> int:
        return sum(row.granted for row in self.rows)


@dataclass(frozen=True)
class ExtractionIssue:
    code: str
    fund: str
    message: str


@dataclass(frozen=True)
class AllocationExtraction:
    tables: tuple[AllocationTable, ...]
    issues: tuple[ExtractionIssue, ...]

    def table(self, fund: str) -> AllocationTable | None:
        return next((t for t in self.tables if t.fund == fund), None)


def _cells(lines: list[str]) -> list[list[int]]:
    """Line numbers of each cell: cells end at a blank line or a page break.

    The text export starts each page with a space (" Förslag till …").
    """
    cells, current = [], []
    for number, line in enumerate(lines):
        if line.strip() and line[:1].isspace() and current:
            cells.append(current)
            current = [number]
        elif line.strip():
            current.append(number)
        elif current:
            cells.append(current)
            current = []
    if current:
        cells.append(current)
    return cells


def _heading(cell_text: str) -> str:
    return " ".join(cell_text.split()).lower()


def extract_allocation(
    text: str,
    *,
    known_organisations: Iterable[str],
    repaired: RepairResult | None = None,
    funds: Mapping[str, str] = FUNDS,
) -> AllocationExtraction:
    """The LUM and MUL tables of a decision document, with any problems found.

    ``known_organisations`` are the names in the registry; an organisation
    outside it is still returned (letters restored) and reported. ``repaired``
    is ``repair(text, extra_words=known_organisations)`` when the caller has it
    already (repairing a long text twice doubles the time). Raises
    ``NoAllocationTableError`` when the text holds no such table. ``funds``
    maps a table's second column heading (lower case) to its fund's code.
    """
    funds = {_heading(heading): code for heading, code in funds.items()}
    names = list(known_organisations)
    repaired = repaired or repair(text, extra_words=names)
    raw_lines = text.splitlines()
    repaired_lines = repaired.text.splitlines()
    cells = _cells(repaired_lines)

    def cell_text(cell: list[int]) -> str:
        joined = join_lines([raw_lines[n] for n in cell], extra_words=names)
        fixed = repair(joined, extra_words=names, letters_intact=repaired.letters_intact).text
        return _SPACED_EM_DASH.sub("–", fixed)

    tables, issues = [], []
    index = 0
    while index + 2 < len(cells):
        first = _heading(" ".join(repaired_lines[n] for n in cells[index]))
        second = _heading(" ".join(repaired_lines[n] for n in cells[index + 1]))
        if first == "förvaltning" and second in funds:
            table, index, table_issues = _read_table(
                funds[second], cells, index + 2, cell_text, names
            )
            tables.append(table)
            issues.extend(table_issues)
        else:
            index += 1
    if not tables:
        raise NoAllocationTableError()
    return AllocationExtraction(tuple(tables), tuple(issues))


def _read_table(fund, cells, index, cell_text, names):
    """Rows from ``index`` on, up to and including "Totalt"; returns the next index too."""
    known = {name.lower(): name for name in names}
    if index < len(cells) and cell_text(cells[index]).lower().startswith("summa"):
        index += 1
    rows, issues, pending, stated_total = [], [], [], None
    while index < len(cells):
        text = cell_text(cells[index])
        index += 1
        if text.lower() == "totalt":
            if index < len(cells) and _AMOUNT.fullmatch(cell_text(cells[index])):
                stated_total = parse_kronor(cell_text(cells[index]))
                index += 1
            break
        if not _AMOUNT.fullmatch(text):
            pending.append(text)
            continue
        if len(pending) < 2:
            issues.append(
                _issue(
                    "row_incomplete",
                    fund,
                    f"En rad med beloppet {text} saknar förvaltning eller beskrivning.",
                )
            )
            pending = []
            continue
        organisation, description = pending[0], " ".join(pending[1:])
        pending = []
        try:
            granted = parse_kronor(text)
        except AmountError as error:
            issues.append(_issue("amount_unreadable", fund, f"{organisation}: {error.message}"))
            continue
        if organisation.lower() not in known:
            organisation = _registered_spelling(organisation, names)
        is_known = organisation.lower() in known
        if not is_known:
            issues.append(
                _issue(
                    "unknown_organisation",
                    fund,
                    f"Förvaltningen ”{organisation}” finns inte i registret. Kontrollera namnet "
                    "eller lägg till förvaltningen innan raderna importeras.",
                )
            )
        rows.append(
            AllocationRow(
                known.get(organisation.lower(), organisation), description, granted, is_known
            )
        )
    table = AllocationTable(fund, tuple(rows), stated_total)
    if stated_total is None:
        issues.append(_issue("total_missing", fund, f"Tabellen för {fund} saknar raden Totalt."))
    elif stated_total != table.rows_total:
        issues.append(
            _issue(
                "total_mismatch",
                fund,
                f"Raderna för {fund} summerar till {format_kronor(table.rows_total)}, "
                f"men raden Totalt anger {format_kronor(stated_total)}.",
            )
        )
    return table, index, issues


def _registered_spelling(organisation: str, names: list[str]) -> str:
    """The one registered name that OCR damage could have turned into
    ``organisation`` ("Enskede-Irsta-Vantör"), else ``organisation`` as read."""
    matches = [name for name in names if may_be_damaged_form(organisation, name)]
    return matches[0] if len(matches) == 1 else organisation


def _issue(code: str, fund: str, message: str) -> ExtractionIssue:
    return ExtractionIssue(code, fund, message)


def allocation_as_json(extraction: AllocationExtraction) -> dict:
    """The shape of ``shared/data/allocation-2023.json``, with the issues beside it."""
    keys = {"LUM": "project", "MUL": "trip"}
    result: dict = {fund: [] for fund in keys}
    for table in extraction.tables:
        result[table.fund] = [
            {
                "organisation": row.organisation,
                keys.get(table.fund, "project"): row.text,
                "granted": row.granted,
            }
            for row in table.rows
        ]
    result["totals"] = {
        table.fund: {"rows": table.rows_total, "stated": table.stated_total}
        for table in extraction.tables
    }
    result["unknown_organisations"] = sorted(
        {
            row.organisation
            for t in extraction.tables
            for row in t.rows
            if not row.known_organisation
        }
    )
    result["issues"] = [
        {"code": issue.code, "fund": issue.fund, "message": issue.message}
        for issue in extraction.issues
    ]
    return result

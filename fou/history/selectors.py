"""Reads for importing history: the registry's names and the review page."""

import datetime
import re
from dataclasses import dataclass

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext_lazy as _

from fou.calls.models import Fund
from fou.domain.documents.extract_allocation import FUNDS
from fou.domain.organisations import SEED_ORGANISATION_NAMES
from fou.history.models import ImportedDocument, ImportedRow
from fou.organisations.models import Organisation, OrganisationName
from fou.organisations.selectors import organisation_by_name


def decision_table_funds() -> dict[str, str]:
    """Each fund's table heading in a decision document → its code, from the
    funds in the database; the seeds' LUM and MUL headings where no fund
    names one yet (a database before any fund was set up)."""
    headings = Fund.objects.exclude(decision_table_heading="").values_list(
        "decision_table_heading", "code"
    )
    return {heading.lower(): code for heading, code in headings} or dict(FUNDS)


def known_organisation_names() -> list[str]:
    """Every name an organisation has had, so older documents' names are known too."""
    names = sorted(set(OrganisationName.objects.values_list("name", flat=True)))
    return names or list(SEED_ORGANISATION_NAMES)


def organisations_named(*, text: str, day: datetime.date) -> list[Organisation]:
    """The registry's organisations in "Kungsholmen, Norrmalm och Östermalm"; [] unless all are."""
    found = []
    # Swedish: splits a list of names as the documents write it.
    for part in re.split(r", | och ", text.strip()):
        organisation = organisation_by_name(name=part, day=day) if part.strip() else None
        if organisation is None:
            return []
        found.append(organisation)
    return found


def decision_day(year: int) -> datetime.date:
    """The day whose organisation names a year's grants carry, as the demo data uses."""
    return datetime.date(year, 1, 1)


@dataclass(frozen=True)
class ReviewTable:
    fund: str
    rows: list[ImportedRow]
    stated_total: int | None

    @property
    def rows_total(self) -> int:
        return sum(row.granted or 0 for row in self.rows)

    @property
    def total_mismatch(self) -> bool:
        return self.stated_total is not None and self.stated_total != self.rows_total


def review_tables(*, document: ImportedDocument) -> list[ReviewTable]:
    rows = list(document.rows.select_related("organisation"))
    funds = list(dict.fromkeys(row.fund for row in rows))
    return [
        ReviewTable(fund, [r for r in rows if r.fund == fund], document.stated_totals.get(fund))
        for fund in funds
    ]


# How sure the repair of a word was, as stored in ImportedDocument.repairs.
REPAIRED, UNCERTAIN, DOUBTFUL = "repaired", "uncertain", "doubtful"


def marked_text(*, document: ImportedDocument) -> SafeString:
    """The repaired text as HTML, uncertain repairs marked with the original word."""
    text = document.repaired_text
    pieces, position = [], 0
    for start, end, original, state in document.repairs:
        pieces.append(escape(text[position:start]))
        word, was = escape(text[start:end]), escape(original)
        if state == REPAIRED:
            pieces.append(f'<span class="repaired" title="lagat: original \'{was}\'">{word}</span>')
        elif state == UNCERTAIN:
            pieces.append(
                _("<mark title=\"osäker: original '{was}'\">{word}</mark>").format(
                    was=was, word=word
                )
            )
        else:
            pieces.append(
                _('<mark title="osäker: kunde inte lagas">{word}</mark>').format(word=word)
            )
        position = end
    pieces.append(escape(text[position:]))
    return mark_safe("".join(pieces))


def document_list():
    return ImportedDocument.objects.select_related("uploaded_by").order_by("-uploaded_at")

"""What one search costs: the same statements however many documents match, and
snippets (which read a document's text) only for the page's hits."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from fou.knowledge import selectors
from fou.knowledge.models import Document
from fou.knowledge.selectors import PAGE_SIZE, document_search
from fou.knowledge.services import document_reindex
from tests import factories


def add_reports(count: int, *, organisation, fund) -> None:
    """``count`` more indexed reports on homelessness, each with a year, fund and organisation."""
    first = Document.objects.count()
    for number in range(first, first + count):
        text = f"Rapport {number} om hemlöshet och vräkningar i stadsdelen."
        document = Document.objects.create(
            title=f"Rapport {number}",
            type=Document.Type.FINAL_REPORT,
            year=2015 + number % 5,
            fund=fund,
            source_file=f"kunskapsbanken/rapport-{number}.txt",
            original_name=f"rapport-{number}.txt",
            size=len(text),
            sha256=f"{number:064d}",
            extraction=Document.Extraction.TEXT,
            original_text=text,
            repaired_text=text,
        )
        document.organisations.add(organisation)
        document_reindex(document=document)


@pytest.fixture
def reports(db, farsta):
    fund = factories.fund("LUM")
    return lambda count: add_reports(count, organisation=farsta, fund=fund)


def statements(text: str) -> list[str]:
    with CaptureQueriesContext(connection) as captured:
        document_search(text=text, filters={})
    return [query["sql"] for query in captured.captured_queries]


def test_the_statements_of_a_search_do_not_grow_with_the_documents(reports):
    reports(PAGE_SIZE + 5)
    few = statements("hemlöshet")
    reports(3 * PAGE_SIZE)
    many = statements("hemlöshet")
    assert document_search(text="hemlöshet", filters={}).total == 4 * PAGE_SIZE + 5
    assert len(many) == len(few)


def test_only_the_pages_hits_get_a_snippet(reports, monkeypatch):
    reports(3 * PAGE_SIZE)
    made = []

    def counted(text, query):
        made.append(text)
        return []

    monkeypatch.setattr(selectors, "snippet", counted)
    result = document_search(text="hemlöshet", filters={}, page=2)
    assert result.total == 3 * PAGE_SIZE
    assert len(result.hits) == len(made) == PAGE_SIZE


def test_facets_count_every_match_not_only_the_page(reports):
    reports(3 * PAGE_SIZE)
    result = document_search(text="hemlöshet", filters={})
    years = {value.value: value.count for value in result.facets["year"]}
    assert sum(years.values()) == 3 * PAGE_SIZE
    assert years == {str(year): 3 * PAGE_SIZE // 5 for year in range(2015, 2020)}
    assert [value.count for value in result.facets["fund"]] == [3 * PAGE_SIZE]
    assert [value.count for value in result.facets["organisation"]] == [3 * PAGE_SIZE]


def test_among_equal_scores_the_newest_year_comes_first(reports):
    reports(10)
    years = [hit.document.year for hit in document_search(text="hemlöshet", filters={}).hits]
    assert years == sorted(years, reverse=True)

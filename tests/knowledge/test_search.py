"""Searching the seeds. The expected hits are the same constants on SQLite and
on PostgreSQL (the suite runs on both through DATABASE_URL), so passing on
both proves that both backends return the same documents."""

import io
import json

import pytest
from django.core.management import call_command

from fou.knowledge.selectors import document_search

EXPECTED = {
    "utveckling": ["000", "001", "002", "003", "004"],
    "socialtjänst": ["000", "001", "002", "003", "004"],
    "hemlöshet": ["003"],
    "studieresa Köpenhamn": ["002"],
    "medel för utveckling": ["000", "001", "002", "003", "004"],
    '"lokala utvecklingsmedel" -hemlöshet': ["000", "001", "002", "004"],
    "Hässelby-Vällingby": ["000", "001", "002", "003"],
    "jämställdhetsanalys": ["001", "002", "003"],  # 003: "jämställdhetsanalyser"
    "barnrätt*": ["001", "002"],
    "signs of safety": ["002"],
    "brukarinflytande": ["001", "004"],
    "evidensbaserad praktik": ["001", "002", "004"],
    "kunskapsbank": ["001", "003"],
}


def found(seeded, text: str, **filters) -> list[str]:
    numbers = {pk: number for number, pk in seeded.items()}
    result = document_search(text=text, filters=filters)
    return sorted(numbers[hit.document.pk] for hit in result.hits if hit.document.pk in numbers)


@pytest.mark.parametrize(("text", "expected"), EXPECTED.items())
def test_searches_find_the_expected_seeds(db, seeded, text, expected):
    assert found(seeded, text) == expected


def test_the_snippet_marks_the_words_searched_for(db, seeded):
    result = document_search(text="studieresa Köpenhamn", filters={})
    marked = [piece for piece, hit in result.hits[0].snippet if hit]
    assert "Köpenhamn" in marked


def test_facets_count_the_hits_and_filter_them(db, seeded):
    result = document_search(text="utveckling", filters={})
    years = {value.value: value.count for value in result.facets["year"]}
    assert years["2023"] == 1 and years["2015"] == 1
    assert sum(value.count for value in result.facets["type"]) == result.total == 5
    assert found(seeded, "utveckling", year=2023) == ["002"]
    assert found(seeded, "utveckling", type="decision") == ["002", "004"]


@pytest.mark.parametrize(
    "typed",
    ['"', "*", "NEAR(", "-", "'", "(", ")", 'a"b*c NEAR/2 -(', "OR AND NOT", "x" * 100_000, ""],
)
def test_query_syntax_typed_by_a_person_never_fails(db, seeded, client, reader, typed):
    client.force_login(reader)
    response = client.get("/kunskapsbanken/", {"q": typed})
    assert response.status_code == 200


def test_kb_search_prints_ranked_hits_as_json(db, seeded):
    out = io.StringIO()
    call_command("kb_search", "hemlöshet", "--json", stdout=out)
    data = json.loads(out.getvalue())
    assert data["total"] == 1
    (hit,) = data["hits"]
    assert hit["id"] == seeded["003"]
    assert hit["file"].startswith("003_")
    assert "hemlöshet" in hit["snippet"]
    assert set(hit) >= {"id", "title", "year", "organisations", "snippet", "file"}


def test_hits_and_facets_come_from_one_statement(db, seeded):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as captured:
        result = document_search(text="utveckling", filters={"fund": "LUM"})
    matches = [q["sql"] for q in captured.captured_queries if "knowledge_search" in q["sql"]]
    assert len(matches) == 1
    assert result.total == len(result.hits)
    assert all(value.count <= result.total for values in result.facets.values() for value in values)


def test_a_page_past_the_hits_keeps_the_facets(db, seeded):
    result = document_search(text="utveckling", filters={}, page=3)
    assert result.hits == []
    assert result.total == 5

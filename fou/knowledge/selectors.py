"""Reads for the knowledge bank: search with facets, documents, names for proposals."""

from dataclasses import dataclass, field

from django.db import connection

from fou.calls.models import Fund
from fou.core.params import short_code, whole_number
from fou.domain.search.query import Query, parse_query
from fou.domain.search.snippets import snippet
from fou.knowledge import index
from fou.knowledge.models import Document
from fou.organisations.models import Organisation, OrganisationName

PAGE_SIZE = 20
# Besides a fund's code and name, the words a text uses for it.
FUND_SYNONYMS = {
    "LUM": ["lokala utvecklingsmedel", "lokala utvecklingsprojekt", "lokalt utvecklingsprojekt"],
    "MUL": ["MUST", "medel för utveckling och lärande", "studieresa", "studieresor", "studiebesök"],
}
FILTERS = ("type", "year", "organisation", "fund")


def organisation_names() -> dict[str, int]:
    """Every name an organisation has had, to the organisation's id."""
    return dict(OrganisationName.objects.values_list("name", "organisation_id"))


def fund_words() -> dict[str, list[str]]:
    return {
        fund.code: [fund.code, fund.name, *FUND_SYNONYMS.get(fund.code, [])]
        for fund in Fund.objects.all()
    }


def document_visible(*, pk: int) -> Document:
    """A document for reading; withdrawn ones are still found by their page."""
    return Document.objects.select_related("fund", "grant", "imported_by", "withdrawn_by").get(
        pk=pk
    )


@dataclass
class FacetValue:
    value: str
    label: str
    count: int
    selected: bool


@dataclass
class Hit:
    document: Document
    score: float
    snippet: list[tuple[str, bool]]


@dataclass
class SearchResult:
    text: str
    query: Query
    filters: dict
    hits: list[Hit] = field(default_factory=list)
    total: int = 0
    facets: dict[str, list[FacetValue]] = field(default_factory=dict)
    searched: bool = False

    @property
    def notes(self) -> tuple[str, ...]:
        return self.query.notes


def clean_filters(raw) -> dict:
    """The filters from a query string; anything malformed is ignored, never an error."""
    filters = {}
    value = (raw.get("type") or "").strip()
    if value in Document.Type.values:
        filters["type"] = value
    for name in ("year", "organisation"):
        number = whole_number((raw.get(name) or "").strip(), maximum=999_999_999)
        if number is not None:
            filters[name] = number
    value = short_code((raw.get("fund") or "").strip())
    if value:
        filters["fund"] = value
    return filters


def _where(filters: dict) -> tuple[str, list]:
    through = Document.organisations.through._meta.db_table
    conditions, params = ["d.withdrawn_at IS NULL"], []
    if "type" in filters:
        conditions.append("d.type = %s")
        params.append(filters["type"])
    if "year" in filters:
        conditions.append("d.year = %s")
        params.append(filters["year"])
    if "fund" in filters:
        conditions.append(f"d.fund_id IN (SELECT id FROM {Fund._meta.db_table} WHERE code = %s)")
        params.append(filters["fund"])
    if "organisation" in filters:
        conditions.append(
            f"EXISTS (SELECT 1 FROM {through} o WHERE o.document_id = d.id "
            "AND o.organisation_id = %s)"
        )
        params.append(filters["organisation"])
    return " AND ".join(conditions), params


def _matched(query: Query) -> tuple[str, list]:
    if query.is_empty:
        return f"SELECT id AS document_id, 0 AS score FROM {Document._meta.db_table}", []
    return index.backend().matches(query)


def _rows(sql: str, params: list) -> list[tuple]:
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()


def document_search(*, text: str, filters: dict, page: int = 1) -> SearchResult:
    """Ranked hits with snippets and facet counts, for a query as a person typed it.

    An empty query lists every document (newest first); a query that holds no
    searchable word finds nothing and says so.
    """
    query = parse_query(text)
    result = SearchResult(text=text, query=query, filters=filters)
    if text.strip() and query.is_empty:
        return result
    result.searched = bool(text.strip())
    matched, match_params = _matched(query)
    where, where_params = _where(filters)
    base = _from(matched, where)
    params = [*match_params, *where_params]
    offset = (max(page, 1) - 1) * PAGE_SIZE
    ranked = _rows(
        f"SELECT d.id, m.score {base} ORDER BY m.score DESC, d.year DESC, d.id "
        f"LIMIT {PAGE_SIZE} OFFSET {offset}",
        params,
    )
    documents = (
        Document.objects.select_related("fund")
        .prefetch_related("organisations__names")
        .defer("original_text", "terms")
    )
    by_id = documents.in_bulk([row[0] for row in ranked])
    result.hits = [
        Hit(by_id[pk], float(score), snippet(by_id[pk].repaired_text, query))
        for pk, score in ranked
    ]
    result.facets = _facets(matched, where, params, filters)
    result.total = sum(value.count for value in result.facets["type"])
    return result


def _from(matched: str, where: str, join: str = "") -> str:
    return (
        f"FROM ({matched}) m JOIN {Document._meta.db_table} d ON d.id = m.document_id "
        f"{join} WHERE {where}"
    )


def _facets(matched: str, where: str, params: list, filters: dict) -> dict:
    """Counts per type, year, fund and organisation among the hits."""
    through = Document.organisations.through._meta.db_table
    base = _from(matched, where)
    facets = {}
    types = dict(Document.Type.choices)
    counts = _rows(f"SELECT d.type, COUNT(*) {base} GROUP BY d.type", params)
    facets["type"] = [
        FacetValue(value, str(types.get(value, value)), n, filters.get("type") == value)
        for value, n in sorted(counts, key=lambda row: (-row[1], row[0]))
    ]
    counts = _rows(f"SELECT d.year, COUNT(*) {base} GROUP BY d.year", params)
    facets["year"] = [
        FacetValue(
            str(year or ""), str(year) if year else "Okänt år", n, filters.get("year") == year
        )
        for year, n in sorted(counts, key=lambda row: -(row[0] or 0))
        if year
    ]
    counts = _rows(f"SELECT d.fund_id, COUNT(*) {base} GROUP BY d.fund_id", params)
    funds = Fund.objects.in_bulk([pk for pk, _ in counts if pk])
    facets["fund"] = [
        FacetValue(funds[pk].code, funds[pk].code, n, filters.get("fund") == funds[pk].code)
        for pk, n in counts
        if pk
    ]
    joined = _from(matched, where, f"JOIN {through} dor ON dor.document_id = d.id")
    counts = _rows(
        f"SELECT dor.organisation_id, COUNT(*) {joined} GROUP BY dor.organisation_id", params
    )
    organisations = Organisation.objects.prefetch_related("names").in_bulk([pk for pk, _ in counts])
    facets["organisation"] = sorted(
        (
            FacetValue(
                str(pk), organisations[pk].current_name, n, filters.get("organisation") == pk
            )
            for pk, n in counts
        ),
        key=lambda value: (-value.count, value.label),
    )
    return facets

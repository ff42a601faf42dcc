"""Reads for the knowledge bank: search with facets, documents, names for proposals."""

import datetime
from dataclasses import dataclass, field

from django.db import connection
from django.db.models.functions import Substr
from django.utils.translation import gettext_lazy as _

from fou.calls.models import Fund
from fou.core.params import short_code, whole_number
from fou.domain.search.query import Query, parse_query
from fou.domain.search.snippets import MAX_CHARACTERS as SNIPPET_CHARACTERS
from fou.domain.search.snippets import snippet
from fou.knowledge import index
from fou.knowledge.models import Document
from fou.organisations.models import Organisation, OrganisationName

PAGE_SIZE = 20
# Besides a fund's code and name, the words a text uses for it.
FUND_SYNONYMS = {
    "LUM": ["lokala utvecklingsmedel", "lokala utvecklingsprojekt", "lokalt utvecklingsprojekt"],
    "MUL": [
        "MUST",
        _("medel för utveckling och lärande"),
        "studieresa",
        "studieresor",
        _("studiebesök"),
    ],
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
    # The organisations' current names, read with the page's other rows.
    organisations: list[str] = field(default_factory=list)


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


def _where(filters: dict) -> tuple[str, list] | None:
    """The filters a person chose, on the document as "d"; None when there are none."""
    through = Document.organisations.through._meta.db_table
    conditions, params = [], []
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
    return (" AND ".join(conditions), params) if conditions else None


def _rows(sql: str, params: list) -> list[tuple]:
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()


def document_search(*, text: str, filters: dict, page: int = 1) -> SearchResult:
    """Ranked hits with snippets and facet counts, for a query as a person typed it.

    An empty query lists every document (newest first); a query that holds no
    searchable word finds nothing and says so. One statement returns the
    page's hits and every facet's counts (see ``_one_match``); only the
    page's documents are then read, and only they get a snippet.
    """
    query = parse_query(text)
    result = SearchResult(text=text, query=query, filters=filters)
    if text.strip() and query.is_empty:
        return result
    result.searched = bool(text.strip())
    ranked, counts = _one_match(query, filters, page)
    # The page's documents only, and of their text only the part a snippet reads.
    documents = (
        Document.objects.select_related("fund")
        .defer("original_text", "repaired_text", "terms")
        .annotate(head=Substr("repaired_text", 1, SNIPPET_CHARACTERS))
    )
    by_id = documents.in_bulk([pk for pk, _ in ranked])
    through = Document.organisations.through.objects.filter(document_id__in=by_id)
    held: dict[int, list[int]] = {}
    for document_id, organisation_id in through.values_list("document_id", "organisation_id"):
        held.setdefault(document_id, []).append(organisation_id)
    faceted = {int(key) for key, _ in counts["organisation"]}
    names = _current_names(faceted.union(*held.values()))
    result.hits = [
        Hit(
            by_id[pk],
            score,
            snippet(by_id[pk].head, query),
            sorted(names[organisation] for organisation in held.get(pk, [])),
        )
        for pk, score in ranked
    ]
    result.facets = _facets(counts, filters, names)
    result.total = sum(value.count for value in result.facets["type"])
    return result


def _one_match(query: Query, filters: dict, page: int) -> tuple[list, dict]:
    """The page's (id, score) in rank order and {facet: [(key, count)]}, in one statement.

    The database ranks and cuts the page itself and counts the matches per
    (type, year, fund) and per organisation with GROUP BY (see
    ``index.search``): what comes back is the page's rows and a few hundred
    counts at most, however many documents match.
    """
    engine, where = index.backend(), _where(filters)
    if query.is_empty:
        ranked = engine.everything(where=where, ranked=True)
        matched = engine.everything(where=where, ranked=False)
        where = None
    else:
        ranked, matched = engine.matches(query), engine.matches(query, ranked=False)
    sql, params = engine.search(
        ranked=ranked,
        matched=matched,
        where=where,
        limit=PAGE_SIZE,
        offset=(max(page, 1) - 1) * PAGE_SIZE,
    )
    hits, counts = [], {name: {} for name in FILTERS}
    for kind, key, year, fund, number in _rows(sql, params):
        if kind == "hit":
            hits.append((-float(number), -year, int(key)))
        elif kind == "organisation":
            counts["organisation"][key] = int(number)
        else:
            for name, value in (("type", key), ("year", year), ("fund", fund)):
                if value is not None:
                    counts[name][str(value)] = counts[name].get(str(value), 0) + int(number)
    # UNION ALL promises no order: the page is put back in rank order here.
    # With no words, the score was the year; a hit then has no score.
    ranked = [(pk, 0.0 if query.is_empty else -negated) for negated, _, pk in sorted(hits)]
    return ranked, {name: list(values.items()) for name, values in counts.items()}


def _current_names(ids) -> dict[int, str]:
    """Each organisation's current name (the latest period's), in one query."""
    latest: dict[int, tuple] = {}
    rows = OrganisationName.objects.filter(organisation_id__in=ids).values_list(
        "organisation_id", "valid_from", "name"
    )
    for organisation, valid_from, name in rows:
        key = (valid_from or datetime.date.min, name)
        if organisation not in latest or key >= latest[organisation]:
            latest[organisation] = key
    names = {organisation: name for organisation, (_, name) in latest.items()}
    missing = set(ids) - set(names)
    if missing:  # an organisation without a name is shown by its key
        names.update(Organisation.objects.filter(pk__in=missing).values_list("pk", "key"))
    return names


def _facets(counts: dict, filters: dict, names: dict[int, str]) -> dict:
    """Counts per type, year, fund and organisation among the hits, in display order."""
    facets = {}
    types = dict(Document.Type.choices)
    facets["type"] = [
        FacetValue(value, str(types.get(value, value)), n, filters.get("type") == value)
        for value, n in sorted(counts["type"], key=lambda row: (-row[1], row[0]))
    ]
    years = sorted(((int(key), n) for key, n in counts["year"]), reverse=True)
    facets["year"] = [
        FacetValue(str(year), str(year), n, filters.get("year") == year) for year, n in years
    ]
    by_fund = {int(key): n for key, n in counts["fund"]}
    funds = Fund.objects.in_bulk(list(by_fund))
    facets["fund"] = [
        FacetValue(funds[pk].code, funds[pk].code, n, filters.get("fund") == funds[pk].code)
        for pk, n in sorted(by_fund.items())
    ]
    by_organisation = {int(key): n for key, n in counts["organisation"]}
    facets["organisation"] = sorted(
        (
            FacetValue(str(pk), names[pk], n, filters.get("organisation") == pk)
            for pk, n in by_organisation.items()
        ),
        key=lambda value: (-value.count, value.label),
    )
    return facets

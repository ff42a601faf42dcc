"""The full-text index, on SQLite (FTS5) or PostgreSQL (tsvector), one interface.

Both store the analysis made in Python (``fou.domain.search.analysis``) and
are queried with the same parsed query, compiled for each, so they find the
same documents. SQLite: an FTS5 table with three columns (terms, parts,
folded) whose rowid is the document's id. PostgreSQL: a tsvector per document
with the same three streams as weights A, B and D, in the 'simple'
configuration so that PostgreSQL adds no analysis of its own.
"""

from django.db import connection

from fou.domain.search.analysis import AnalysedText
from fou.domain.search.compile import to_fts5, to_tsquery
from fou.domain.search.query import Query
from fou.domain.search.storage import FTS5_COLUMNS, fts5_row, tsvector_literal

# One table name on both, the one the SearchEntry model names.
FTS_TABLE = PG_TABLE = "knowledge_search"
DOCUMENT_TABLE = "knowledge_document"
THROUGH_TABLE = "knowledge_document_organisations"
# Migration 0004: (id, withdrawn_at, type, year, fund_id), all that search reads.
FACETS_INDEX = "knowledge_facets"


class _SQLite:
    # Column weights for bm25: a word itself, a compound's part, a folded key.
    RANK = f"-bm25({FTS_TABLE}, 0, 1.0, 0.5, 0.25)"

    def create(self, cursor) -> None:
        # document_id (equal to the rowid) is what Django reads and deletes by.
        cursor.execute(
            f"CREATE VIRTUAL TABLE IF NOT EXISTS {FTS_TABLE} "
            f"USING fts5(document_id UNINDEXED, {FTS5_COLUMNS})"
        )

    def drop(self, cursor) -> None:
        cursor.execute(f"DROP TABLE IF EXISTS {FTS_TABLE}")

    def put(self, cursor, document_id: int, analysed: AnalysedText) -> None:
        self.remove(cursor, document_id)
        cursor.execute(
            f"INSERT INTO {FTS_TABLE} (rowid, document_id, terms, parts, folded) "
            "VALUES (%s, %s, %s, %s, %s)",
            [document_id, document_id, *fts5_row(analysed)],
        )

    def remove(self, cursor, document_id: int) -> None:
        cursor.execute(f"DELETE FROM {FTS_TABLE} WHERE rowid = %s", [document_id])

    def matches(self, query: Query, *, ranked: bool = True) -> tuple[str, list]:
        """(document_id, score), or document_id alone: bm25 is only computed where it is used."""
        score = f", {self.RANK} AS score" if ranked else ""
        sql = f"SELECT rowid AS document_id{score} FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH %s"
        return sql, [to_fts5(query)]

    def everything(self, *, where, ranked: bool) -> tuple[str, list]:
        """Every document that is not withdrawn, the newest first, read from the narrow index."""
        return _everything(f"{DOCUMENT_TABLE} d INDEXED BY {FACETS_INDEX}", where, ranked=ranked)

    def search(self, *, ranked, matched, where, limit: int, offset: int) -> tuple[str, list]:
        """The page's hits, then the facets' counts, in one statement of three parts.

        Each part makes the match itself: the page ranks every match but keeps
        only its own rows (ORDER BY … LIMIT inside SQLite), the counts compute
        no rank. SQLite would look each match up by its rowid in the document
        table, whose rows also hold the texts; ``INDEXED BY`` makes it read the
        narrow index that holds every column search needs instead.
        """
        documents = f"{DOCUMENT_TABLE} d INDEXED BY {FACETS_INDEX}"
        page, page_params = _page(ranked, documents, where, limit=limit, offset=offset)
        cells, cell_params = _cells(matched, documents, where)
        organisations, organisation_params = _organisations(matched, documents, where)
        sql = f"{page} UNION ALL {cells} UNION ALL {organisations}"
        return sql, [*page_params, *cell_params, *organisation_params]


class _PostgreSQL:
    # Weights for D, C, B, A: a folded key, (unused), a compound's part, a word.
    RANK = "ts_rank('{0.25, 0, 0.5, 1.0}', vector, CAST(%s AS tsquery))"

    def create(self, cursor) -> None:
        cursor.execute(
            f"CREATE TABLE IF NOT EXISTS {PG_TABLE} ("
            "document_id bigint PRIMARY KEY "
            "REFERENCES knowledge_document (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED, "
            "vector tsvector NOT NULL)"
        )
        cursor.execute(
            f"CREATE INDEX IF NOT EXISTS {PG_TABLE}_vector ON {PG_TABLE} USING gin (vector)"
        )

    def drop(self, cursor) -> None:
        cursor.execute(f"DROP TABLE IF EXISTS {PG_TABLE}")

    def put(self, cursor, document_id: int, analysed: AnalysedText) -> None:
        cursor.execute(
            f"INSERT INTO {PG_TABLE} (document_id, vector) VALUES (%s, CAST(%s AS tsvector)) "
            "ON CONFLICT (document_id) DO UPDATE SET vector = EXCLUDED.vector",
            [document_id, tsvector_literal(analysed)],
        )

    def remove(self, cursor, document_id: int) -> None:
        cursor.execute(f"DELETE FROM {PG_TABLE} WHERE document_id = %s", [document_id])

    def matches(self, query: Query, *, ranked: bool = True) -> tuple[str, list]:
        compiled = to_tsquery(query)
        score = f", {self.RANK} AS score" if ranked else ""
        sql = f"SELECT document_id{score} FROM {PG_TABLE} WHERE vector @@ CAST(%s AS tsquery)"
        return sql, [compiled, compiled] if ranked else [compiled]

    def everything(self, *, where, ranked: bool) -> tuple[str, list]:
        """Every document that is not withdrawn, the newest first."""
        return _everything(f"{DOCUMENT_TABLE} d", where, ranked=ranked)

    def search(self, *, ranked, matched, where, limit: int, offset: int) -> tuple[str, list]:
        """The page's hits, then the facets' counts, in one statement from one match.

        PostgreSQL reads (and decompresses) a matched document's tsvector to
        check the match and again to rank it, so the match is made once, into
        a MATERIALIZED common table expression of the narrow columns only
        (id, score, type, year, fund), which the page and the counts then read.
        """
        (ranked_sql, params), condition = ranked, ""
        if where:
            condition, params = f"WHERE {where[0]}", [*params, *where[1]]
        sql = (
            "WITH m AS MATERIALIZED (SELECT s.document_id AS id, s.score AS score, "
            "d.type AS type, COALESCE(d.year, 0) AS year, d.fund_id AS fund_id "
            f"FROM ({ranked_sql}) s JOIN {DOCUMENT_TABLE} d ON d.id = s.document_id {condition}) "
            "SELECT 'hit', CAST(id AS TEXT), year, CAST(NULL AS INTEGER), "
            "CAST(score AS DOUBLE PRECISION) FROM (SELECT id, score, year FROM m "
            f"ORDER BY score DESC, year DESC, id LIMIT {int(limit)} OFFSET {int(offset)}) page "
            "UNION ALL SELECT 'cell', type, NULLIF(year, 0), fund_id, COUNT(*) FROM m "
            "GROUP BY type, year, fund_id "
            "UNION ALL SELECT 'organisation', CAST(o.organisation_id AS TEXT), "
            "CAST(NULL AS INTEGER), CAST(NULL AS INTEGER), COUNT(*) "
            f"FROM m JOIN {THROUGH_TABLE} o ON o.document_id = m.id GROUP BY o.organisation_id"
        )
        return sql, params


# The parts of the search statement. Every part returns (kind, key, year,
# fund, number): a hit is ('hit', id, -, -, score), a count of matches per
# (type, year, fund) is ('cell', type, year, fund, n), one per organisation
# ('organisation', id, -, -, n). ``where`` holds the filters a person chose,
# on the document as "d"; withdrawn documents are never in the index.


def _everything(documents: str, where, *, ranked: bool) -> tuple[str, list]:
    """The listing without words, the filters applied here (the search is then given none)."""
    # With no words to rank by, the year is the score: the newest come first.
    score = ", COALESCE(d.year, 0) AS score" if ranked else ""
    condition, params = (f" AND {where[0]}", where[1]) if where else ("", [])
    sql = f"SELECT d.id AS document_id{score} FROM {documents} WHERE d.withdrawn_at IS NULL"
    return sql + condition, params


def _page(ranked, documents: str, where, *, limit: int, offset: int) -> tuple[str, list]:
    """The page's hits; among equal scores the newest year first, then the oldest id."""
    (sql, params), condition = ranked, ""
    if where:
        condition, params = f"WHERE {where[0]} ", [*params, *where[1]]
    return (
        "SELECT 'hit', CAST(id AS TEXT), year, CAST(NULL AS INTEGER), "
        "CAST(score AS DOUBLE PRECISION) FROM ("
        "SELECT s.document_id AS id, s.score AS score, COALESCE(d.year, 0) AS year "
        f"FROM ({sql}) s JOIN {documents} ON d.id = s.document_id {condition}"
        f"ORDER BY s.score DESC, COALESCE(d.year, 0) DESC, s.document_id "
        f"LIMIT {int(limit)} OFFSET {int(offset)}) page"
    ), params


def _cells(matched, documents: str, where) -> tuple[str, list]:
    """Matches counted per (type, year, fund) in one GROUP BY; each facet adds these up."""
    (sql, params), condition = matched, ""
    if where:
        condition, params = f"WHERE {where[0]} ", [*params, *where[1]]
    return (
        "SELECT 'cell', d.type, d.year, d.fund_id, COUNT(*) "
        f"FROM ({sql}) s JOIN {documents} ON d.id = s.document_id "
        f"{condition}GROUP BY d.type, d.year, d.fund_id"
    ), params


def _organisations(matched, documents: str | None, where) -> tuple[str, list]:
    """Matches counted per organisation, from the (document, organisation) index alone."""
    (sql, params), condition = matched, ""
    if where:
        condition = f"JOIN {documents} ON d.id = s.document_id AND {where[0]} "
        params = [*params, *where[1]]
    return (
        "SELECT 'organisation', CAST(o.organisation_id AS TEXT), CAST(NULL AS INTEGER), "
        "CAST(NULL AS INTEGER), COUNT(*) "
        f"FROM ({sql}) s {condition}"
        f"JOIN {THROUGH_TABLE} o ON o.document_id = s.document_id GROUP BY o.organisation_id"
    ), params


def backend_for(vendor: str):
    return _PostgreSQL() if vendor == "postgresql" else _SQLite()


def backend():
    return backend_for(connection.vendor)

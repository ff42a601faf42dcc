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

    def matches(self, query: Query) -> tuple[str, list]:
        sql = (
            f"SELECT rowid AS document_id, {self.RANK} AS score "
            f"FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH %s"
        )
        return sql, [to_fts5(query)]


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

    def matches(self, query: Query) -> tuple[str, list]:
        compiled = to_tsquery(query)
        sql = (
            f"SELECT document_id, {self.RANK} AS score "
            f"FROM {PG_TABLE} WHERE vector @@ CAST(%s AS tsquery)"
        )
        return sql, [compiled, compiled]


def backend_for(vendor: str):
    return _PostgreSQL() if vendor == "postgresql" else _SQLite()


def backend():
    return backend_for(connection.vendor)

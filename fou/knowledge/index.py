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

FTS_TABLE = "knowledge_fts"
PG_TABLE = "knowledge_search"
# tsvector positions end at 16383, and each lexeme keeps at most 256 of them.
PG_MAX_POSITION = 16383
PG_MAX_POSITIONS_PER_LEXEME = 256


class _SQLite:
    # Column weights for bm25: a word itself, a compound's part, a folded key.
    RANK = f"-bm25({FTS_TABLE}, 1.0, 0.5, 0.25)"

    def create(self, cursor) -> None:
        cursor.execute(
            f"CREATE VIRTUAL TABLE IF NOT EXISTS {FTS_TABLE} USING fts5("
            "terms, parts, folded, tokenize = 'unicode61 remove_diacritics 0')"
        )

    def drop(self, cursor) -> None:
        cursor.execute(f"DROP TABLE IF EXISTS {FTS_TABLE}")

    def put(self, cursor, document_id: int, analysed: AnalysedText) -> None:
        self.remove(cursor, document_id)
        cursor.execute(
            f"INSERT INTO {FTS_TABLE} (rowid, terms, parts, folded) VALUES (%s, %s, %s, %s)",
            [
                document_id,
                " ".join(analysed.terms),
                " ".join(part for _, part in analysed.parts),
                " ".join(key for _, key in analysed.folded),
            ],
        )

    def remove(self, cursor, document_id: int) -> None:
        cursor.execute(f"DELETE FROM {FTS_TABLE} WHERE rowid = %s", [document_id])

    def matches(self, query: Query) -> tuple[str, list]:
        sql = (
            f"SELECT rowid AS document_id, {self.RANK} AS score "
            f"FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH %s"
        )
        return sql, [to_fts5(query)]


def tsvector_literal(analysed: AnalysedText) -> str:
    """The analysis as tsvector input: 'lexeme':1A,2A 'part':1B …"""
    positions: dict[str, list[str]] = {}

    def add(term: str, position: int, weight: str) -> None:
        found = positions.setdefault(term, [])
        if len(found) < PG_MAX_POSITIONS_PER_LEXEME:
            found.append(f"{min(position + 1, PG_MAX_POSITION)}{weight}")

    for position, term in enumerate(analysed.terms):
        add(term, position, "A")
    for position, term in analysed.parts:
        add(term, position, "B")
    for position, term in analysed.folded:
        add(term, position, "D")
    # Terms hold only letters and digits (analysis.WORD), so quoting is plain.
    return " ".join(f"'{term}':{','.join(found)}" for term, found in positions.items())


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

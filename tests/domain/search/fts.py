"""A real FTS5 index in memory (Python's sqlite3), for searching without Django."""

import sqlite3

from fou.domain.search.analysis import analyse_text
from fou.domain.search.compile import to_fts5
from fou.domain.search.query import parse_query
from fou.domain.search.storage import FTS5_COLUMNS, fts5_row


class MemoryIndex:
    def __init__(self, texts: dict[str, str]):
        self.names = list(texts)
        self.db = sqlite3.connect(":memory:")
        self.db.execute(f"CREATE VIRTUAL TABLE fts USING fts5({FTS5_COLUMNS})")
        for rowid, text in enumerate(texts.values(), start=1):
            self.db.execute(
                "INSERT INTO fts (rowid, terms, parts, folded) VALUES (?, ?, ?, ?)",
                (rowid, *fts5_row(analyse_text(text))),
            )

    def search(self, text: str) -> list[str]:
        """Names of the matching texts, best first."""
        query = parse_query(text)
        if query.is_empty:
            return []
        rows = self.db.execute(
            "SELECT rowid FROM fts WHERE fts MATCH ? ORDER BY bm25(fts, 1.0, 0.5, 0.25)",
            (to_fts5(query),),
        )
        return [self.names[rowid - 1] for (rowid,) in rows]

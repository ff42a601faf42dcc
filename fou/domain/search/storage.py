"""The analysed text in the shape each database stores it.

FTS5 gets three columns of space-separated tokens (terms, parts, folded);
PostgreSQL gets one tsvector literal in which the same streams carry the
weights A, B and D, each term at the position of the word it came from.
"""

from fou.domain.search.analysis import AnalysedText

# The tokenizer only has to split on spaces and must not fold accents itself:
# the terms arrive analysed.
FTS5_COLUMNS = "terms, parts, folded, tokenize = 'unicode61 remove_diacritics 0'"
# tsvector positions end at 16383, and each lexeme keeps at most 256 of them.
PG_MAX_POSITION = 16383
PG_MAX_POSITIONS_PER_LEXEME = 256


def fts5_row(analysed: AnalysedText) -> tuple[str, str, str]:
    return (
        " ".join(analysed.terms),
        " ".join(part for _, part in analysed.parts),
        " ".join(key for _, key in analysed.folded),
    )


def tsvector_literal(analysed: AnalysedText) -> str:
    """'lexeme':1A,2A 'part':1B … – terms hold only letters and digits, so no escaping."""
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
    return " ".join(f"'{term}':{','.join(found)}" for term, found in positions.items())

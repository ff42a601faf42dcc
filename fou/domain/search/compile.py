"""A parsed query as an FTS5 MATCH expression and as a PostgreSQL tsquery.

Both read the same columns: the stems in text order (FTS5 column ``terms``,
tsquery weight A), compound parts (``parts``, B) and folded keys
(``folded``, D). A word matches its stem as a word or a compound part, or its
folded key anywhere; a phrase matches stems in a row. Every term is quoted
and holds only letters and digits, so no user text can become syntax.
"""

from fou.domain.search.query import Clause, Query, Term


def _fts_term(term: Term) -> str:
    star = " *" if term.prefix else ""
    if term.folded == term.stem:
        return f'"{term.stem}"{star}'
    return f'({{terms parts}} : "{term.stem}"{star} OR "{term.folded}"{star})'


def _fts_clause(clause: Clause) -> str:
    if clause.is_phrase:
        return '{terms} : "' + " ".join(t.stem for t in clause.terms) + '"'
    return _fts_term(clause.terms[0])


def to_fts5(query: Query) -> str:
    positive = " AND ".join(f"({_fts_clause(c)})" for c in query.positive)
    excluded = [f"({_fts_clause(c)})" for c in query.clauses if c.excluded]
    if excluded:
        return f"({positive}) NOT ({' OR '.join(excluded)})"
    return positive


def _ts_term(term: Term) -> str:
    star = "*" if term.prefix else ""
    if term.folded == term.stem:
        return f"'{term.stem}':{star}" if star else f"'{term.stem}'"
    return f"('{term.stem}':{star}AB | '{term.folded}'{':*' if star else ''})"


def _ts_clause(clause: Clause) -> str:
    if clause.is_phrase:
        return " <-> ".join(f"'{t.stem}':A" for t in clause.terms)
    return _ts_term(clause.terms[0])


def to_tsquery(query: Query) -> str:
    positive = " & ".join(f"({_ts_clause(c)})" for c in query.positive)
    excluded = [f"({_ts_clause(c)})" for c in query.clauses if c.excluded]
    if excluded:
        return f"({positive}) & !({' | '.join(excluded)})"
    return positive

"""The passage of a document that best shows why it was found.

Computed from the text and the parsed query in Python, so that SQLite and
PostgreSQL show the same passage, and returned as pieces (text, matched) that
the template escapes and marks.
"""

import re

from fou.domain.search.analysis import WORD, analyse_word
from fou.domain.search.query import Query, Term

WINDOW_WORDS = 32
# A passage is looked for in the first part of a very long document only.
MAX_CHARACTERS = 60_000


def _matches(term: Term, keys: set[str]) -> bool:
    if term.prefix:
        return any(key.startswith((term.stem, term.folded)) for key in keys)
    return term.stem in keys or term.folded in keys


def snippet(text: str, query: Query, *, window: int = WINDOW_WORDS) -> list[tuple[str, bool]]:
    """Pieces of the best passage of about ``window`` words; matched words are True."""
    found = [(m.start(), m.end(), m.group()) for m in WORD.finditer(text[:MAX_CHARACTERS])]
    if not found:
        return []
    wanted = [term for clause in query.positive for term in clause.terms if not term.stopword]
    if not wanted:
        wanted = [term for clause in query.positive for term in clause.terms]
    hits = []  # (word index, which wanted terms it matches)
    exact = {key for term in wanted if not term.prefix for key in (term.stem, term.folded)}
    prefixed = any(term.prefix for term in wanted)
    # A word is judged once per passage search, however often the text uses it.
    judged: dict[str, frozenset[int]] = {}
    for index, (_, _, raw) in enumerate(found):
        matched = judged.get(raw)
        if matched is None:
            keys = analyse_word(raw).keys()
            if not prefixed and exact.isdisjoint(keys):
                matched = frozenset()
            else:
                matched = frozenset(i for i, term in enumerate(wanted) if _matches(term, keys))
            judged[raw] = matched
        if matched:
            hits.append((index, matched))
    start = _best_start(hits, window, len(found))
    end = min(len(found), start + window)
    marked = {index for index, _ in hits if start <= index < end}
    pieces = [("… " if start else "", False)]
    position = found[start][0]
    for index in range(start, end):
        word_start, word_end, _ = found[index]
        if index in marked:
            pieces.append((text[position:word_start], False))
            pieces.append((text[word_start:word_end], True))
            position = word_end
    pieces.append((text[position : found[end - 1][1]], False))
    if end < len(found):
        pieces.append((" …", False))
    # Line breaks of the source mean nothing in a one-line passage.
    return [(re.sub(r"\s+", " ", piece), hit) for piece, hit in pieces if piece]


def _best_start(hits, window: int, total: int) -> int:
    """The window holding the most different query terms, then the most hits."""
    best, best_score = 0, (0, 0)
    for first, (index, _) in enumerate(hits):
        inside = [matched for i, matched in hits[first:] if i < index + window]
        score = (len(frozenset().union(*inside)), len(inside))
        if score > best_score:
            best, best_score = index, score
    # Start a few words before the first hit, so it is read in context.
    return max(0, min(best - 4, total - window))

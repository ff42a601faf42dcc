"""What a person typed in the search box, read into clauses we build ourselves.

Nothing typed ever reaches the database's query syntax: quotes, "*", "-",
"NEAR", brackets and apostrophes are read here, and only analysed terms (letters
and digits) are put into the FTS5 or tsquery expression. Supported:
"a phrase", prefix*, -excluded; everything else is words that must all occur.
"""

import re
from dataclasses import dataclass

from fou.domain.search.analysis import WORD, analyse_word, fold, normalise, stem

MAX_QUERY_CHARACTERS = 1000
MAX_CLAUSES = 12

# A quoted phrase (an unclosed quote runs to the end), or a word with inner
# hyphens or apostrophes ("Hägersten-Älvsjö", "FoU-medel"), optionally ending
# in "*"; "-" at the start of either excludes it.
_PIECE = re.compile(
    r"(?P<minus>(?:^|(?<=\s))-)?"
    r"(?:\"(?P<phrase>[^\"]*)\"?|(?P<chunk>[^\W_]+(?:[-'’][^\W_]+)*)(?P<star>\*)?)"
)


@dataclass(frozen=True)
class Term:
    stem: str
    prefix: bool = False
    stopword: bool = False

    @property
    def folded(self) -> str:
        return fold(self.stem)


@dataclass(frozen=True)
class Clause:
    """One word, or a phrase of several that must stand next to each other."""

    terms: tuple[Term, ...]
    excluded: bool = False

    @property
    def is_phrase(self) -> bool:
        return len(self.terms) > 1


@dataclass(frozen=True)
class Query:
    clauses: tuple[Clause, ...]
    notes: tuple[str, ...] = ()

    @property
    def positive(self) -> tuple[Clause, ...]:
        return tuple(c for c in self.clauses if not c.excluded)

    @property
    def is_empty(self) -> bool:
        return not self.positive


def _term(word: str, prefix: bool) -> Term:
    if prefix:
        # The index holds stems, and a stem may be shorter than the typed
        # start ("projekt" → "projek"), so the stem is the prefix.
        return Term(stem(normalise(word)), prefix=True)
    analysed = analyse_word(word)
    return Term(analysed.stem, stopword=analysed.stopword)


def _clause(text: str, *, excluded: bool, prefix: bool) -> Clause | None:
    found = WORD.findall(text)
    if not found:
        return None
    if len(found) == 1:
        return Clause((_term(found[0], prefix),), excluded)
    return Clause(tuple(_term(word, False) for word in found), excluded)


def parse_query(text: str) -> Query:
    notes = []
    text = text or ""
    if len(text) > MAX_QUERY_CHARACTERS:
        text = text[:MAX_QUERY_CHARACTERS]
        notes.append(f"Sökningen var lång: bara de första {MAX_QUERY_CHARACTERS} tecknen användes.")
    clauses = []
    for match in _PIECE.finditer(text):
        body = match.group("phrase") if match.group("phrase") is not None else match.group("chunk")
        clause = _clause(
            body, excluded=bool(match.group("minus")), prefix=bool(match.group("star"))
        )
        if clause is not None and clause not in clauses:
            clauses.append(clause)
    # Stop words alone ("för", "och") match nearly everything; drop them
    # unless they are all there is.
    content = [c for c in clauses if c.is_phrase or not c.terms[0].stopword]
    if any(not c.excluded for c in content):
        clauses = content
    if len(clauses) > MAX_CLAUSES:
        clauses = clauses[:MAX_CLAUSES]
        notes.append(f"Bara de första {MAX_CLAUSES} orden användes.")
    return Query(tuple(clauses), tuple(notes))

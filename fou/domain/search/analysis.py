"""From Swedish text to the terms the index holds.

Each word gives its Snowball stem (kept in text order, so phrases can be
matched); a compound also gives the stems of its parts; and every term with
å, ä, ö or another accent also gives a folded key without them, so that text
whose letters were damaged ("socialtjanst") is still found, ranked below the
exact spelling.
"""

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

import snowballstemmer

from fou.domain.search.compounds import split_compound, zipf
from fou.domain.search.stopwords import STOPWORDS

# Letters and digits; everything else (punctuation, OCR marks such as "{" and
# "&") separates words. "_" is a word character to Python but not to us.
WORD = re.compile(r"[^\W_]+")

# Longer "words" are noise (a pasted hash, a run of x); they are cut, the
# same way in the index and in the query, and stay far below PostgreSQL's
# 2 KB limit for a lexeme.
MAX_WORD_LENGTH = 60

_stemmer = snowballstemmer.stemmer("swedish")


def normalise(word: str) -> str:
    """Case-folded, with å, ä and ö kept (they are letters of their own in Swedish)."""
    return unicodedata.normalize("NFC", word).casefold()[:MAX_WORD_LENGTH]


@lru_cache(maxsize=200_000)
def fold(term: str) -> str:
    """The secondary key: accents removed, as damaged text often has them ("for", "ar")."""
    decomposed = unicodedata.normalize("NFD", term)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


# How common the word without an ending must be to count as its base form.
MIN_BASE_ZIPF_AN = 2.0
MIN_BASE_ZIPF_ET = 3.0


def _definite_base(word: str) -> str:
    """The base of a definite form Snowball leaves alone: "resan", "projektet", "arbetet"."""
    if len(word) <= 4:
        return word
    if word.endswith("an") and zipf(word[:-1]) >= MIN_BASE_ZIPF_AN:
        return word[:-1]
    if word.endswith("et") and len(word) > 5:
        for base in (word[:-1], word[:-2]):
            if zipf(base) >= MIN_BASE_ZIPF_ET:
                return base
    return word


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """Snowball's Swedish stem, made consistent for what it misses.

    Snowball has no rule for the definite "-an" and "-et" ("studieresan",
    "projektet"), which then never meet "studieresa" and "projekt"; such a
    word is stemmed as its base when that is a known word. And Snowball is not
    idempotent ("analyser" → "analys", but "analys" → "analy"), so a stem is
    stemmed once more: both then end as "analy".
    """
    once = _stemmer.stemWord(_definite_base(word))
    return _stemmer.stemWord(once)


@dataclass(frozen=True)
class AnalysedWord:
    word: str  # normalised, as written
    stem: str
    parts: tuple[str, ...]  # stems of the compound's parts, if it is one
    stopword: bool
    part_words: tuple[str, ...] = ()  # the parts as written, beside ``parts``

    def keys(self) -> frozenset[str]:
        """Every term this word is indexed under (stem, parts, folded forms)."""
        return _keys(self)


@lru_cache(maxsize=200_000)
def _keys(word: AnalysedWord) -> frozenset[str]:
    terms = {word.stem, *word.parts}
    return frozenset(terms | {fold(term) for term in terms})


@lru_cache(maxsize=200_000)
def analyse_word(raw: str) -> AnalysedWord:
    word = normalise(raw)
    stemmed = stem(word)
    parts = {}
    for part in split_compound(word):
        if stem(part) != stemmed:
            parts.setdefault(stem(part), part)
    return AnalysedWord(word, stemmed, tuple(parts), word in STOPWORDS, tuple(parts.values()))


def words(text: str) -> list[tuple[int, int, AnalysedWord]]:
    """Each word of ``text`` with its start and end offsets."""
    return [(m.start(), m.end(), analyse_word(m.group())) for m in WORD.finditer(text)]


@dataclass
class AnalysedText:
    """The index's view of a text: three token streams, one per column."""

    # Stems in text order; position n is the n-th word.
    terms: list[str] = field(default_factory=list)
    # (position, stem of a compound's part)
    parts: list[tuple[int, str]] = field(default_factory=list)
    # (position, folded term) where folding changed the term
    folded: list[tuple[int, str]] = field(default_factory=list)


def analyse_text(text: str) -> AnalysedText:
    analysed = AnalysedText()
    for position, match in enumerate(WORD.finditer(text)):
        word = analyse_word(match.group())
        analysed.terms.append(word.stem)
        analysed.parts.extend((position, part) for part in word.parts)
        for term in (word.stem, *word.parts):
            folded = fold(term)
            if folded != term:
                analysed.folded.append((position, folded))
    return analysed


def content_terms(text: str) -> dict[str, list]:
    """Counts of the meaningful terms (no stop words), each with a word to show.

    Used for similarity: {stem: [count, the first word seen with that stem]}.
    """
    counts: dict[str, list] = {}
    for match in WORD.finditer(text):
        word = analyse_word(match.group())
        if word.stopword or not word.word.isalpha() or len(word.word) < 3:
            continue
        for term, shown in ((word.stem, word.word), *zip(word.parts, word.part_words, strict=True)):
            entry = counts.setdefault(term, [0, shown])
            entry[0] += 1
    return counts

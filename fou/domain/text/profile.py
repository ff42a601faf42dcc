"""The seeds' full OCR damage profile: what each letter became, and how often.

``confusions.measure_confusions`` counts only where a damaged text and its
clean original share words. The damaged seeds 002 and 004 have no clean
original; they share some boiler-plate with 001 and 003, which is counted the
same way, and the rest of their words are learnt by expectation-maximisation
over the word list: each damaged word may stand for any lexicon word that
undoing damage reaches, weighted by that word's frequency and by how likely
the current profile makes the damage; the expected counts give the next
profile.
"""

import math
import re
from collections import Counter
from collections.abc import Sequence

from .confusions import MEASURED_UNITS, _char_mapping, _units, align_words
from .readings import compound_reading, whole_word_readings
from .wordlist import Lexicon, swedish_lexicon

ROUNDS = 5
# Pseudo-count for every spelling seen for a unit, so that one round's zero
# does not rule a spelling out for the next.
SMOOTHING = 0.5
# Likelihood of a character outside the measured units not being read as
# itself (other OCR noise, or a wrong candidate).
OTHER_NOISE = 1e-4

_TOKEN = re.compile(r"(?:[^\W\d_]|[{&@6])+")


Profile = dict[str, Counter]


def _empty() -> Profile:
    return {unit: Counter() for unit in MEASURED_UNITS}


def _count_word(counts: Profile, damaged: str, clean: str, weight: float = 1.0) -> None:
    for unit, became in zip(_units(clean), _char_mapping(clean, damaged), strict=True):
        if unit:
            counts[unit][became] += weight


def _aligned(damaged: str, cleans: Sequence[str], counts: Profile) -> set[int]:
    """Count the words ``damaged`` shares with any clean text; their indices."""
    used: set[int] = set()
    damaged_words = damaged.split()
    for clean in cleans:
        clean_words = clean.split()
        for span in align_words(damaged, clean):
            for offset in range(span.length):
                index = span.damaged_start + offset
                if index in used:
                    continue
                used.add(index)
                _count_word(counts, damaged_words[index], clean_words[span.clean_start + offset])
    return used


def _candidates(lexicon: Lexicon, damaged: str) -> list[tuple[str, float]]:
    """(clean word, prior) for every reading of a lower-case damaged word."""
    found = {r.text: lexicon.frequency(r.text) for r in whole_word_readings(lexicon, damaged)}
    if not found:
        compound = compound_reading(lexicon, damaged, allow_repair=True)
        if compound is not None:
            found[compound.text] = 10**compound.score
    return [(word, prior) for word, prior in found.items() if prior > 0]


def _likelihood(profile: Profile, damaged: str, clean: str) -> float:
    log = 0.0
    mapping = _char_mapping(clean, damaged)
    for char, unit, became in zip(clean, _units(clean), mapping, strict=True):
        if unit:
            seen = profile[unit]
            total = sum(seen.values()) + SMOOTHING * (len(seen) + 1)
            log += math.log((seen.get(became, 0.0) + SMOOTHING) / total)
        elif became != char:
            log += math.log(OTHER_NOISE)
    return math.exp(log)


def estimate_profile(
    damaged_texts: Sequence[str],
    clean_texts: Sequence[str],
    *,
    lexicon: Lexicon | None = None,
    rounds: int = ROUNDS,
) -> Profile:
    """Unit -> Counter of damaged spellings, over all of ``damaged_texts``.

    Words a damaged text shares with one of ``clean_texts`` are counted as
    measured; the others by expectation-maximisation (see the module text).
    Counts of learnt words are expected counts, so they need not be whole.
    """
    lexicon = lexicon or swedish_lexicon()
    measured = _empty()
    unaligned: list[tuple[str, list[tuple[str, float]]]] = []
    for damaged in damaged_texts:
        used = _aligned(damaged, clean_texts, measured)
        for index, token in enumerate(damaged.split()):
            if index in used:
                continue
            for match in _TOKEN.finditer(token):
                word = match.group()
                # Only words whose first letter's case is plain; capitals
                # are measured, not guessed.
                if len(word) < 2 or not word[1:].islower() and not word[1:].isalpha():
                    continue
                lower = word.lower()
                options = _candidates(lexicon, lower)
                if options:
                    unaligned.append((lower, options))
    profile = measured
    for _ in range(rounds):
        expected = _empty()
        for unit, seen in measured.items():
            expected[unit].update(seen)
        for damaged, options in unaligned:
            weights = [prior * _likelihood(profile, damaged, word) for word, prior in options]
            total = sum(weights)
            if not total:
                continue
            for (word, _prior), weight in zip(options, weights, strict=True):
                if weight / total > 1e-3:
                    _count_word(expected, damaged, word, weight / total)
        profile = expected
    return profile

"""Possible readings of a damaged word: the lexicon words it may stand for.

A reading undoes some of the damage in ``confusions.REVERSE_RULES`` and
spells either one word of the lexicon or, for a compound the lexicon lacks
("socialtjdnstavdelningen"), a chain of words that it has. The search walks
the lexicon's prefixes, so only spellings that can still become a word are
followed.
"""

import math
from dataclasses import dataclass
from functools import lru_cache

from .confusions import CHANNEL_COST, DAMAGE_ONLY, LONGEST_RULE, RARE_RULE_COST, REVERSE_RULES
from .wordlist import Lexicon

# Costs in powers of ten of word frequency: undoing one damage must make the
# word about three times more likely, and reading a compound as two parts
# must be worth about thirty times. Clean text never gets this far (see
# ``ocr_repair``), so the costs are set for text known to be damaged.
SUBSTITUTION_COST = 0.5
SPLIT_COST = 1.5
# As ``ocr_repair.KNOWN_WORD_MARGIN``, for a part of a compound.
KNOWN_PART_MARGIN = 0.8
# A linking "s" ("stadsdel-s-förvaltning") when the lexicon lacks the s-form.
LINKING_S_COST = 0.3
# A genitive "s" closing a word the lexicon has only without it: rarer than
# the plain word, and no match for a commoner reading ("kravs" is "krävs").
GENITIVE_S_COST = 1.0
MIN_PART_LENGTH = 3
# Compound parts must be real words, not the rare junk of a web word list,
# which is mostly short: the shorter a part, the commoner it must be.
PART_FREQUENCY_FLOORS = ((4, 1e-5), (7, 1e-7))
# Accent-less function words and past-tense verbs never form part of a
# compound; without this "gruppstöd" would read as "grupp" + "stod" (stood).
NON_PARTS = frozenset(
    ["for", "fran", "pa", "ar", "dar", "nar", "sa", "fa", "ga", "stod", "satt", "bor"]
    # Nor do pronouns and function words: "vardet" is "värdet", not "var" + "det".
    + ["det", "den", "dem", "som", "och", "att", "var", "har", "ett", "hon", "han", "sig"]
    + ["vad", "hur"]
)
# Derivational endings that may close a compound the lexicon lacks
# ("kontrakt-ering"), so that such a word is not misread as other words.
SUFFIXES = frozenset(
    [
        "ering",
        "eringar",
        "ningar",
        "ningen",
        "ningarna",
        "ande",
        "ende",
        "het",
        "ning",
        "else",
        "skap",
        "are",
        "ism",
        "ist",
        "isk",
        "ig",
        "lig",
    ]
)
SUFFIX_SCORE = -6.0
VOWELS = frozenset("aeiouyåäöé")


@dataclass(frozen=True)
class Reading:
    text: str
    parts: tuple[str, ...]
    repairs: float
    score: float


def _word_matches(lexicon: Lexicon, damaged: str, start: int, allow_repair: bool):
    """Every lexicon word that damaged[start:end] may stand for.

    Yields (end, word, repairs, cost): ``repairs`` counts the damage undone,
    rarer patterns counting more; ``cost`` is how unlikely that damage is
    (``confusions.CHANNEL_COST``), in powers of ten.
    """
    found: dict[tuple[int, str], tuple[float, float]] = {}
    stack = [(start, "", 0.0, 0.0)]
    while stack:
        position, built, repairs, cost = stack.pop()
        if built and built in lexicon:
            key = (position, built)
            if key not in found or cost < found[key][1]:
                found[key] = (repairs, cost)
        if position == len(damaged):
            continue
        char = damaged[position]
        if char not in DAMAGE_ONLY and lexicon.has_prefix(built + char):
            stack.append((position + 1, built + char, repairs, cost))
        if not allow_repair:
            continue
        for length in range(1, LONGEST_RULE + 1):
            chunk = damaged[position : position + length]
            if len(chunk) < length:
                break
            rare_cost = RARE_RULE_COST.get(chunk, 0.0)
            channel = CHANNEL_COST.get(chunk, {})
            for original in REVERSE_RULES.get(chunk, ()):
                if lexicon.has_prefix(built + original):
                    step = channel.get(original, SUBSTITUTION_COST * (1 + rare_cost))
                    stack.append(
                        (position + length, built + original, repairs + 1 + rare_cost, cost + step)
                    )
    return [(end, word, repairs, cost) for (end, word), (repairs, cost) in found.items()]


def whole_word_readings(lexicon: Lexicon, damaged: str) -> list[Reading]:
    """Single lexicon words the damaged (lower-case) word may stand for, best first."""
    readings = [
        Reading(word, (word,), repairs, _part_score(lexicon, word, cost))
        for end, word, repairs, cost in _word_matches(lexicon, damaged, 0, True)
        if end == len(damaged)
    ]
    return sorted(readings, key=lambda r: -r.score)


def _usable_part(lexicon: Lexicon, word: str) -> bool:
    if len(word) < MIN_PART_LENGTH or word in NON_PARTS:
        return False
    floor = next((f for longest, f in PART_FREQUENCY_FLOORS if len(word) <= longest), 0.0)
    return lexicon.frequency(word) >= floor


def _repair_pays(lexicon: Lexicon, as_written: str, word: str, cost: float) -> bool:
    """A part that is a word as written ("skal", "list") is read as another
    only when that is far likelier, as for whole words (``KNOWN_PART_MARGIN``)."""
    if as_written not in lexicon or not _usable_part(lexicon, as_written):
        return True
    return _part_score(lexicon, word, cost) >= (
        _part_score(lexicon, as_written, 0.0) + KNOWN_PART_MARGIN
    )


def _part_score(lexicon: Lexicon, word: str, cost: float) -> float:
    return math.log10(lexicon.frequency(word)) - cost


def compound_reading(lexicon: Lexicon, damaged: str, *, allow_repair: bool) -> Reading | None:
    """The best chain of lexicon words spelling the damaged word.

    A chain may be a single word with a genitive or linking "s" the lexicon
    lacks ("förvaltningarnas").
    """
    return _compound_reading(lexicon, damaged, allow_repair)


@lru_cache(maxsize=20000)
def _compound_reading(lexicon: Lexicon, damaged: str, allow_repair: bool) -> Reading | None:
    length = len(damaged)
    best: list[Reading | None] = [None] * (length + 1)
    best[0] = Reading("", (), 0, 0.0)
    for start in range(length):
        so_far = best[start]
        if so_far is None:
            continue
        for end, word, repairs, cost in _word_matches(lexicon, damaged, start, allow_repair):
            if not _usable_part(lexicon, word):
                continue
            if repairs and not _repair_pays(lexicon, damaged[start:end], word, cost):
                continue
            options = [(end, word, 0.0)]
            if end < length and damaged[end] == "s":
                closing = end + 1 == length
                options.append(
                    (end + 1, word + "s", GENITIVE_S_COST if closing else LINKING_S_COST)
                )
            # Three equal consonants are written as two: "process" + "stöd"
            # is "processtöd", so the next part may begin on the last letter.
            if word[-1] == word[-2:-1] and word[-1] not in VOWELS and end < length:
                options.append((end - 1, word[:-1], 0.0))
            for part_end, part, extra_cost in options:
                score = (
                    so_far.score
                    + _part_score(lexicon, word, cost)
                    - extra_cost
                    - (SPLIT_COST if so_far.parts else 0.0)
                )
                _keep_better(best, part_end, so_far, part, repairs, score)
        suffix = damaged[start:]
        if so_far.parts and suffix in SUFFIXES:
            _keep_better(best, length, so_far, suffix, 0, so_far.score + SUFFIX_SCORE - SPLIT_COST)
    return best[length]


def _keep_better(best, end, so_far, part, repairs, score):
    current = best[end]
    if current is None or score > current.score:
        best[end] = Reading(
            so_far.text + part, (*so_far.parts, part), so_far.repairs + repairs, score
        )


@lru_cache(maxsize=20000)
def as_written_score(lexicon: Lexicon, word: str, unknown_char_cost: float) -> float | None:
    """How well ``word`` reads, unrepaired, as lexicon words plus a few
    characters the lexicon lacks (``unknown_char_cost`` each, in powers of ten).

    A correct compound with a part or ending the lexicon lacks
    ("gtk-tema", "konfigurationsfilerna") then still reads as written, so its
    a and o are not taken for damage.
    """
    length = len(word)
    best: list[float | None] = [None] * (length + 1)
    best[0] = 0.0
    for start in range(length):
        so_far = best[start]
        if so_far is None:
            continue
        for end, part, _repairs, _cost in _word_matches(lexicon, word, start, False):
            if _usable_part(lexicon, part):
                score = so_far + _part_score(lexicon, part, 0.0) - (SPLIT_COST if start else 0.0)
                if best[end] is None or score > best[end]:
                    best[end] = score
        unknown = so_far - unknown_char_cost
        if best[start + 1] is None or unknown > best[start + 1]:
            best[start + 1] = unknown
    return best[length]

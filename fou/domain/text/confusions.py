"""How OCR damages Swedish letters, and how to measure it.

The reverse rules below are the patterns found by aligning seed 000 with its
clean original 001 (``measure_confusions``), widened by those seen in the
other damaged seeds (002, 004): the scanner drops the dots and rings, or
reads the letter as a neighbour shape ("é", "d", "i", "6") sometimes followed
by a stray character ("éd", "ia").
"""

import re
from collections import Counter
from dataclasses import dataclass
from difflib import SequenceMatcher

from rapidfuzz.distance import Levenshtein

# Damaged spelling (lower case) -> the letters it may stand for. A plain
# letter also stands for itself; see DAMAGE_ONLY.
REVERSE_RULES: dict[str, tuple[str, ...]] = {
    "a": ("ä", "å"),
    "d": ("ä", "å", "ö"),
    "i": ("ä", "å"),
    "o": ("ö",),
    "é": ("ä", "ö", "å"),
    "éd": ("ä", "å"),
    "éi": ("ä",),
    "éa": ("ä", "å"),
    "é&": ("ä",),
    "ia": ("ä",),
    "id": ("ä",),
    "da": ("ä",),
    "di": ("ä",),
    "oé": ("ö",),
    "a@": ("å",),
    "&": ("ä",),
    "6": ("ö",),
    "1": ("i",),
    "{": ("f", ""),
    "mbh": ("mh",),
}
LONGEST_RULE = max(map(len, REVERSE_RULES))

# Extra cost (as in ``readings``) of the rarer patterns: a letter read as two
# plain letters was seen once or not at all between 000 and 001, while "é",
# "d", "a", "i" and "o" for a lost letter were seen again and again.
RARE_RULE_COST = {"ia": 1.0, "id": 1.0, "da": 1.5, "di": 1.5, "éa": 0.5}

# Cost, in powers of ten, of reading a damaged spelling as a letter:
# -log10 P(spelling | letter) in the seeds' full damage profile (000, 002
# and 004, ``profile.estimate_profile``; smoothed by half a count). Losing the
# ring of "å" ("a") is common, reading "ä" as "éi" rare. Patterns not listed
# cost as in ``readings.SUBSTITUTION_COST``. ``test_channel_costs`` checks
# these figures against the profile.
CHANNEL_COST: dict[str, dict[str, float]] = {
    "a": {"ä": 0.5, "å": 0.2},
    "d": {"ä": 0.6, "å": 1.0, "ö": 1.1},
    "i": {"ä": 0.7, "å": 1.4},
    "o": {"ö": 0.1},
    "é": {"ä": 0.8, "ö": 1.5, "å": 0.8},
    "éd": {"ä": 1.6, "å": 2.1},
    "éi": {"ä": 2.3},
    "éa": {"ä": 2.3, "å": 1.9},
    "é&": {"ä": 2.1},
    "ia": {"ä": 2.0},
    "id": {"ä": 1.8},
    "da": {"ä": 2.2},
    "di": {"ä": 2.1},
    "oé": {"ö": 2.3},
    "a@": {"å": 2.1},
    "&": {"ä": 1.6},
    "6": {"ö": 1.7},
}

# Characters that never belong inside a Swedish word: a word holding one is
# certainly damaged.
DAMAGE_ONLY = frozenset("6{&@1")

# The units whose damage is measured: the six letters, a lone "i" (read as
# "1") and a word-initial "f" (read as "{").
LONE_I = "i#"
INITIAL_F = "f^"
MEASURED_UNITS = ("ä", "å", "ö", "Ä", "Å", "Ö", LONE_I, INITIAL_F)

_TOKEN = re.compile(r"\S+")
_KEY_DROP = re.compile(r"[åäöéaodi6{&@1]", re.IGNORECASE)


def _key(token: str) -> str:
    """The part of a word that damage leaves alone, used to pair words.

    Punctuation, digits and the case of the first letter stay in the key, so
    that only differences damage can explain are paired.
    """
    return ("^" if token[:1].isupper() else "") + _KEY_DROP.sub("", token)


@dataclass(frozen=True)
class AlignedSpan:
    damaged_start: int
    clean_start: int
    length: int


def align_words(damaged: str, clean: str, *, min_words: int = 3) -> list[AlignedSpan]:
    """Runs of at least ``min_words`` words that two texts share up to damage.

    Spans are in word indices of ``damaged.split()`` and ``clean.split()``.
    """
    damaged_keys = [_key(t) for t in damaged.split()]
    clean_keys = [_key(t) for t in clean.split()]
    matcher = SequenceMatcher(None, damaged_keys, clean_keys, autojunk=False)
    return [
        AlignedSpan(block.a, block.b, block.size)
        for block in matcher.get_matching_blocks()
        if block.size >= min_words
    ]


def overlap_pairs(damaged: str, clean: str, spans: list[AlignedSpan]) -> list[tuple[str, str]]:
    """The (damaged, clean) text of each aligned span, words joined by spaces."""
    damaged_words, clean_words = damaged.split(), clean.split()
    return [
        (
            " ".join(damaged_words[s.damaged_start : s.damaged_start + s.length]),
            " ".join(clean_words[s.clean_start : s.clean_start + s.length]),
        )
        for s in spans
    ]


def _units(word: str) -> list[str]:
    """The measured unit each character of a clean word belongs to."""
    units = []
    for index, char in enumerate(word):
        if char in "äåöÄÅÖ":
            units.append(char)
        elif char == "i" and word == "i":
            units.append(LONE_I)
        elif char == "f" and index == 0:
            units.append(INITIAL_F)
        else:
            units.append("")
    return units


def _char_mapping(clean: str, damaged: str) -> list[str]:
    """What each clean character became; inserted noise goes with its letter."""
    mapping = ["" for _ in clean]
    leading_noise = ["" for _ in clean]
    for tag, c1, c2, d1, d2 in Levenshtein.opcodes(clean, damaged):
        if tag == "equal" or (tag == "replace" and c2 - c1 == d2 - d1):
            for offset in range(c2 - c1):
                mapping[c1 + offset] = damaged[d1 + offset]
        elif tag == "replace":
            mapping[c1] = damaged[d1:d2]
        elif tag == "insert":
            # Noise belongs to the damaged letter beside it ("ä" -> "éd").
            if c1 > 0 and clean[c1 - 1] in "äåöÄÅÖ":
                mapping[c1 - 1] += damaged[d1:d2]
            elif c1 < len(clean):
                leading_noise[c1] += damaged[d1:d2]
    return [noise + became for noise, became in zip(leading_noise, mapping, strict=True)]


def measure_confusions(damaged: str, clean: str) -> dict[str, Counter]:
    """Count what each measured unit became in the shared parts of two texts.

    Returns unit -> Counter of damaged spellings (the unit's own letter when
    it survived). Pairs come from ``align_words``.
    """
    counts: dict[str, Counter] = {unit: Counter() for unit in MEASURED_UNITS}
    for damaged_text, clean_text in overlap_pairs(damaged, clean, align_words(damaged, clean)):
        for damaged_word, clean_word in zip(damaged_text.split(), clean_text.split(), strict=True):
            mapping = _char_mapping(clean_word, damaged_word)
            for unit, became in zip(_units(clean_word), mapping, strict=True):
                if unit:
                    counts[unit][became] += 1
    return counts


def may_be_damaged_form(damaged: str, clean: str) -> bool:
    """Whether OCR damage (``REVERSE_RULES``) can turn ``clean`` into ``damaged``.

    Case is ignored: "Enskede-Irsta-Vantor" may be "Enskede-Årsta-Vantör".
    """
    damaged, clean = damaged.lower(), clean.lower()
    reached = {(0, 0)}
    frontier = [(0, 0)]
    while frontier:
        i, j = frontier.pop()
        if i == len(damaged) and j == len(clean):
            return True
        steps = []
        if i < len(damaged) and j < len(clean) and damaged[i] == clean[j]:
            steps.append((i + 1, j + 1))
        for length in range(1, LONGEST_RULE + 1):
            letters = REVERSE_RULES.get(damaged[i : i + length], ())
            for letter in letters:
                if clean.startswith(letter, j) and i + length <= len(damaged):
                    steps.append((i + length, j + len(letter)))
        for step in steps:
            if step not in reached:
                reached.add(step)
                frontier.append(step)
    return False

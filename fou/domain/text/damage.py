"""Synthetic OCR damage, to measure repair on text whose clean form is known."""

import random
import re
from collections import Counter

from .confusions import INITIAL_F, LONE_I

_WORD = re.compile(r"\w+")


def _unit_at(text: str, index: int, word_spans: dict[int, tuple[int, int]]) -> str:
    char = text[index]
    if char in "äåöÄÅÖ":
        return char
    start, end = word_spans.get(index, (index, index + 1))
    if char == "i" and end - start == 1:
        return LONE_I
    if char == "f" and start == index:
        return INITIAL_F
    return ""


def _fallback(table: dict[str, Counter], unit: str) -> Counter:
    """An upper-case letter never seen damaged is damaged like its lower case."""
    if table.get(unit) or not unit.isupper():
        return table.get(unit, Counter())
    return Counter({spelling.upper(): n for spelling, n in table.get(unit.lower(), {}).items()})


def damage_text(text: str, table: dict[str, Counter], *, seed: int) -> str:
    """Damage ``text`` as often and in the ways ``table`` records.

    ``table`` is what ``measure_confusions`` returns: for each unit, how often
    each damaged spelling was seen (its own letter when it survived).
    """
    rng = random.Random(seed)
    word_spans = {}
    for match in _WORD.finditer(text):
        for index in range(match.start(), match.end()):
            word_spans[index] = match.span()
    out = []
    for index, char in enumerate(text):
        unit = _unit_at(text, index, word_spans)
        counts = _fallback(table, unit) if unit else None
        if not counts:
            out.append(char)
            continue
        spellings, weights = zip(*counts.items(), strict=True)
        out.append(rng.choices(spellings, weights)[0])
    return "".join(out)

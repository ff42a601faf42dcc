"""The Swedish (and, for context, English) word list the repair trusts.

The list is wordfreq's "large" Swedish frequency table, shipped inside the
wheel, so nothing is downloaded at run time. It is built from web text, which
also contains Swedish typed without å, ä and ö ("ar", "for", "pa"): a word's
presence alone therefore proves little, its frequency relative to the
restored spelling is what counts.
"""

import math
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from wordfreq import get_frequency_dict

# Names the caller knows (organisations from the database) count as ordinary
# words of this frequency: rare enough not to beat common words, common enough
# to win over an unknown spelling.
EXTRA_WORD_FREQUENCY = 1e-6


# Compared by identity: it is cached and used as a cache key itself.
@dataclass(frozen=True, eq=False)
class Lexicon:
    frequencies: dict[str, float]
    sorted_words: list[str] = field(repr=False)

    def frequency(self, word: str) -> float:
        return self.frequencies.get(word, 0.0)

    def zipf(self, word: str) -> float:
        frequency = self.frequency(word)
        return math.log10(frequency) + 9 if frequency else 0.0

    def __contains__(self, word: str) -> bool:
        return word in self.frequencies

    def has_prefix(self, prefix: str) -> bool:
        index = bisect_left(self.sorted_words, prefix)
        return index < len(self.sorted_words) and self.sorted_words[index].startswith(prefix)


@lru_cache(maxsize=1)
def _swedish_frequencies() -> dict[str, float]:
    return get_frequency_dict("sv", "large")


@lru_cache(maxsize=8)
def swedish_lexicon(extra_words: frozenset[str] = frozenset()) -> Lexicon:
    """The Swedish lexicon, with the caller's extra words (lower-cased) added."""
    frequencies = _swedish_frequencies()
    if extra_words:
        frequencies = dict(frequencies)
        for word in extra_words:
            frequencies[word] = max(frequencies.get(word, 0.0), EXTRA_WORD_FREQUENCY)
    return Lexicon(frequencies, sorted(frequencies))


def extra_word_set(names: Iterable[str]) -> frozenset[str]:
    """Split names such as "Hägersten-Älvsjö" into the words a text shows."""
    words = set()
    for name in names:
        for part in name.replace("/", "-").replace(" ", "-").split("-"):
            if part.isalpha():
                words.add(part.lower())
    return frozenset(words)


@lru_cache(maxsize=1)
def english_frequencies() -> dict[str, float]:
    return get_frequency_dict("en", "large")


def looks_english(word: str) -> bool:
    """True for a word far more common in English than in Swedish ("of", "the")."""
    lower = word.lower()
    english = english_frequencies().get(lower, 0.0)
    return english >= 1e-5 and english > 20 * _swedish_frequencies().get(lower, 0.0)

"""How Swedish a spelling looks, for words no lexicon holds.

Long compounds ("insändning", "nätverksnodnamn") and new words are missing
from any word list, so a damaged one ("insdndning") has no reading there.
A character model learnt from the word list still knows that "sdnd" hardly
occurs in Swedish and "sänd" often does: the noisy-channel reading of such a
word is the spelling that maximises

    log P(spelling) under the character model  -  cost of the damage assumed

(costs from ``confusions.CHANNEL_COST``, in powers of ten). The model counts
each word of the list once (types, not tokens): a spelling is judged by how
many words share its letter sequences, not by how often one common word is
written.
"""

import math
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from .confusions import CHANNEL_COST, DAMAGE_ONLY, LONGEST_RULE, REVERSE_RULES
from .wordlist import Lexicon

ORDER = 4
# Words at least this frequent teach the model; rarer ones are mostly web
# junk and typing errors.
MIN_FREQUENCY = 1e-7
# Weight of the shorter context when a longer one was seen rarely.
BACKOFF = 2.0
ALPHABET = 40
BEAM = 24
# Cost of a damage pattern with no measured figure.
DEFAULT_COST = 1.5
BOUNDARY = " "


@dataclass(frozen=True)
class CharacterModel:
    counts: tuple[Counter, ...]  # counts[n] holds the (n + 1)-grams
    contexts: tuple[Counter, ...]  # contexts[n] holds n-grams followed by a letter

    def log_probability(self, history: str, char: str) -> float:
        """log10 P(char | the last ORDER - 1 characters of history)."""
        probability = 1.0 / ALPHABET
        for n in range(ORDER):
            if n > len(history):
                break
            context = history[len(history) - n :] if n else ""
            seen = self.contexts[n].get(context, 0)
            probability = (self.counts[n].get(context + char, 0) + BACKOFF * probability) / (
                seen + BACKOFF
            )
        return math.log10(probability)

    def score(self, word: str) -> float:
        padded = BOUNDARY + word + BOUNDARY
        return sum(
            self.log_probability(padded[max(0, i - ORDER + 1) : i], padded[i])
            for i in range(1, len(padded))
        )


@lru_cache(maxsize=4)
def character_model(lexicon: Lexicon) -> CharacterModel:
    words = [
        BOUNDARY + word + BOUNDARY
        for word, frequency in lexicon.frequencies.items()
        if frequency >= MIN_FREQUENCY and word.isalpha()
    ]
    counts = tuple(
        Counter(w[i : i + n + 1] for w in words for i in range(len(w) - n)) for n in range(ORDER)
    )
    contexts = tuple(
        Counter(w[i : i + n] for w in words for i in range(len(w) - n)) for n in range(ORDER)
    )
    return CharacterModel(counts, contexts)


def best_spelling(model: CharacterModel, damaged: str) -> tuple[str, float]:
    """The likeliest clean spelling of a lower-case damaged word, and its score
    (character model minus damage cost). The word as written competes too,
    unless it holds a character only damage makes (``DAMAGE_ONLY``, "é")."""
    # Beams by how much of the damaged word is read: (clean spelling, score).
    beams: list[list[tuple[str, float]]] = [[] for _ in range(len(damaged) + 1)]
    beams[0].append((BOUNDARY, 0.0))
    for position in range(len(damaged)):
        beam = sorted(beams[position], key=lambda item: -item[1])[:BEAM]
        char = damaged[position]
        for built, score in beam:
            if char not in DAMAGE_ONLY and char != "é":
                step = model.log_probability(built[-(ORDER - 1) :], char)
                beams[position + 1].append((built + char, score + step))
            for length in range(1, LONGEST_RULE + 1):
                chunk = damaged[position : position + length]
                if len(chunk) < length:
                    break
                for original in REVERSE_RULES.get(chunk, ()):
                    cost = CHANNEL_COST.get(chunk, {}).get(original, DEFAULT_COST)
                    step = sum(
                        model.log_probability((built + original[:k])[-(ORDER - 1) :], original[k])
                        for k in range(len(original))
                    )
                    beams[position + length].append((built + original, score + step - cost))
    done = [
        (built[1:], score + model.log_probability(built[-(ORDER - 1) :], BOUNDARY))
        for built, score in beams[len(damaged)]
    ]
    if not done:
        return damaged, -math.inf
    return max(done, key=lambda item: item[1])

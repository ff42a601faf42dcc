"""Character error rate: edit distance over characters per clean character."""

from rapidfuzz.distance import Levenshtein


def character_errors(hypothesis: str, reference: str) -> int:
    return Levenshtein.distance(hypothesis, reference)


def cer(hypothesis: str, reference: str) -> float:
    """Levenshtein distance from ``hypothesis`` to ``reference`` / len(reference)."""
    if not reference:
        return 0.0 if not hypothesis else 1.0
    return character_errors(hypothesis, reference) / len(reference)

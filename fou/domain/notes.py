"""Notes that every row of a list ends with, said once above the list."""

import os
import re
from collections.abc import Sequence

# Where a new sentence starts inside a text: after ".", "!" or "?" and a space.
_SENTENCE_START = re.compile(r"[.!?]\s+(?=\S)")
_SPACE = re.compile(r"\s+")


def _normalised(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


def _starts_sentence(text: str, at: int) -> bool:
    return at == 0 or (text[at - 1] == " " and text[at - 2] in ".!?")


def shared_ending(texts: Sequence[str]) -> str:
    """The whole sentences two or more texts all end with ("" if none).

    A text equal in every row is shared whole; a tail that begins inside a
    sentence is not shared, so no row is left with half a sentence.
    """
    texts = [_normalised(text or "") for text in texts]
    if len(texts) < 2 or not all(texts):
        return ""
    length = len(os.path.commonprefix([text[::-1] for text in texts]))
    ending = texts[0][len(texts[0]) - length :]
    while ending:
        if all(_starts_sentence(text, len(text) - len(ending)) for text in texts):
            return ending
        next_sentence = _SENTENCE_START.search(ending)
        ending = ending[next_sentence.end() :] if next_sentence else ""
    return ""


def without_ending(text: str, ending: str) -> str:
    """The text with a shared ending taken off (unchanged if it lacks it)."""
    normalised = _normalised(text or "")
    if ending and normalised.endswith(ending):
        return normalised[: len(normalised) - len(ending)].rstrip()
    return text

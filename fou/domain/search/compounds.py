"""Splitting Swedish compounds into the known words they are made of.

"utvecklingsmedel" is utveckling + s + medel: a search for "utveckling" must
find it. The parts are looked up in wordfreq's Swedish list (shipped in the
wheel). A split is accepted only when every part is a reasonably common word
that can stand on its own: prefixes ("för", "upp") and derivational endings
("het", "ning") are words too, but splitting at them would turn "förslag"
into "slag" and "hemlöshet" into "het".

A split is kept only when its parts are, on average, commoner than the whole
word (Koehn and Knight's rule for compound splitting): "kontakt" is far
commoner than "kon" and "takt", "utvecklingsmedel" is rarer than
"utveckling" and "medel".
"""

import math
from functools import lru_cache

from wordfreq import get_frequency_dict

MIN_WORD_LENGTH = 7
MIN_PART_LENGTH = 3
# Zipf 3 is about once per million words: common enough to trust the part.
# Three-letter parts ("hem", "liv", "mål") must be far commoner, as most
# three-letter strings occur somewhere in web text.
MIN_PART_ZIPF = 3.0
MIN_SHORT_PART_ZIPF = 4.5
MIN_LAST_PART_LENGTH = 4
LINKING_LETTERS = ("s",)

NOT_PARTS = frozenset(
    [
        "för",
        "upp",
        "ut",
        "in",
        "över",
        "under",
        "till",
        "på",
        "av",
        "om",
        "mot",
        "med",
        "be",
        "an",
        "er",
        "sam",
        "före",
        "genom",
        "fort",
        "redo",
        "fram",
        "ute",
        "gent",
        "ovan",
        "åter",
        "förut",
        "samman",
        "god",
        "het",
        "ning",
        "lig",
        "else",
        "ande",
        "ende",
        "ing",
        "are",
        "dom",
        "skap",
        "ligt",
        "iga",
        "ade",
        "ast",
        "ens",
        "ern",
        "ar",
        "er",
        "na",
        "erna",
        "arna",
        "orna",
        "ellen",
        "heter",
        "orter",
        "ring",
        "era",
        "ras",
        "liga",
        "igt",
        "isk",
        "lighet",
        "ringen",
        "ren",
        "des",
        "ers",
    ]
)


@lru_cache(maxsize=200_000)
def zipf(word: str) -> float:
    """Zipf frequency (log10 per billion words); 0 for a word not in the list.

    A plain dict lookup: wordfreq caches the dict (the OCR repair uses the same
    one), while its ``zipf_frequency`` tokenises every word it is given.
    """
    frequency = get_frequency_dict("sv", "large").get(word, 0.0)
    return math.log10(frequency) + 9 if frequency else 0.0


def _is_part(word: str) -> bool:
    if len(word) < MIN_PART_LENGTH or word in NOT_PARTS:
        return False
    return zipf(word) >= (MIN_SHORT_PART_ZIPF if len(word) == MIN_PART_LENGTH else MIN_PART_ZIPF)


@lru_cache(maxsize=200_000)
def _best_split(word: str, whole_allowed: bool = True) -> tuple[tuple[str, ...], float] | None:
    """The fewest known parts covering ``word``; ties go to the commoner parts.

    The score is the mean Zipf frequency of the parts.
    """
    whole = whole_allowed and len(word) >= MIN_LAST_PART_LENGTH and _is_part(word)
    best = ((word,), zipf(word)) if whole else None
    for end in range(MIN_PART_LENGTH, len(word) - MIN_PART_LENGTH + 1):
        head = word[:end]
        if not _is_part(head):
            continue
        starts = [end]
        # A linking s joins the parts ("utveckling-s-medel").
        if word[end] in LINKING_LETTERS and not head.endswith(word[end]):
            starts.append(end + 1)
        for start in starts:
            rest = _best_split(word[start:])
            if rest is None:
                continue
            parts = (head, *rest[0])
            score = (zipf(head) + rest[1] * len(rest[0])) / len(parts)
            if best is None or (len(parts), -score) < (len(best[0]), -best[1]):
                best = (parts, score)
    return best


def _without_linking_s(part: str) -> str:
    """ "utvecklings" as a part is "utveckling" when that is the commoner word."""
    if part.endswith("s") and _is_part(part[:-1]) and zipf(part[:-1]) >= zipf(part):
        return part[:-1]
    return part


@lru_cache(maxsize=200_000)
def split_compound(word: str) -> tuple[str, ...]:
    """The parts of a lower-case compound, or () when it is not one.

    A compound is split even when it is a known word itself.
    """
    if len(word) < MIN_WORD_LENGTH or not word.isalpha():
        return ()
    found = _best_split(word, whole_allowed=False)
    if found is None or found[1] <= zipf(word):
        return ()
    parts = found[0]
    return tuple(_without_linking_s(part) for part in parts[:-1]) + (parts[-1],)

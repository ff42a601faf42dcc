"""Choosing between readings that are all real words, by the words around them.

The word list gives no word pairs, so the cues below are the grammar that
tells the readings apart ("per år", "det är"; "bör ha", "bor på"). A rule
returns the reading to use, or None to leave the choice to frequency.
"""

import re
from functools import cache

_YEAR = re.compile(r"(19|20)\d\d")
_NUMBER = re.compile(r"\d+")
_PROJECT_YEAR = re.compile(r"[2-9]|10")

# Words after which "år" (year), not "är" (is), follows.
YEAR_BEFORE = frozenset(
    [
        "per",
        "varje",
        "ett",
        "två",
        "tre",
        "fyra",
        "fem",
        "sex",
        "sju",
        "åtta",
        "nio",
        "tio",
        "några",
        "flera",
        "många",
        "samma",
        "tidigare",
        "kommande",
        "förra",
        "nästa",
        "hela",
        "under",
        "för",
        "i",
        "innevarande",
        "halvt",
    ]
)
# Words that follow "bör" (should) and not "bor" (lives).
SHOULD_BEFORE = frozenset(
    ["ha", "vara", "kunna", "bli", "få", "ge", "göra", "finnas", "inte", "också", "därför"]
)
# Words before "sätt" (way) and not "sitt" (its own) or "satt" (sat).
WAY_AFTER = frozenset(
    [
        "ett",
        "samma",
        "annat",
        "nytt",
        "bra",
        "enkelt",
        "bättre",
        "sådant",
        "visst",
        "rätt",
        "effektivt",
        "vilket",
        "detta",
    ]
)
# Subjects after which "stod" (stood) is the verb, not "stöd" (support).
SUBJECTS = frozenset(["jag", "du", "han", "hon", "vi", "ni", "de", "den", "det", "man", "som"])
# Words before "väl" (well) rather than "val" (choice).
WELL_AFTER = frozenset(["hur", "så", "lika", "mycket", "alltför", "särskilt", "ganska", "också"])
OURS_AFTER = frozenset(["av", "bland", "hos", "alla"])
FATHER_AFTER = frozenset(["barnets", "hans", "hennes", "deras", "sin", "min", "din", "en", "vars"])
MODAL_BEFORE = frozenset(["att", "ska", "skall", "kan", "bör", "får", "kommer"])
# More words after which an infinitive follows ("vill ändra", "inte välja").
VERB_BEFORE = frozenset(["vill", "kunde", "måste", "behöver", "inte", "försöker", "skulle"])
# Words after which "än" (than) follows and not "in" (in, into).
THAN_AFTER = frozenset(
    ["mer", "mindre", "fler", "färre", "annat", "annan", "andra", "hellre", "snarare", "större"]
    + ["längre", "högre", "lägre", "äldre", "yngre", "bättre", "sämre", "tidigare", "senare"]
)
# Words after "bor" (lives): where, with whom.
LIVES_BEFORE = frozenset(
    ["i", "på", "hos", "med", "kvar", "tillsammans", "nära", "ensam", "själv", "där", "här"]
    + ["hemma", "utomlands", "inom", "utanför", "vid", "och", "som", "ensamma", "själva"]
)


_SKELETON = str.maketrans("åäöéÅÄÖ&6", "aaoeaaoao")


def _skeleton(word: str) -> str:
    """A raw (maybe damaged) word with its å, ä and ö read as a and o: the
    next word has not been repaired yet ("bor pa" is "bor på")."""
    return word.translate(_SKELETON)


@cache
def _skeletons(words: frozenset[str]) -> frozenset[str]:
    return frozenset(map(_skeleton, words))


def _year_or_is(options, previous, following):
    counted = _NUMBER.fullmatch(previous) and not _YEAR.fullmatch(previous)
    # "år 2" (project year two), "Under år 3": a small number after it is a
    # year's number; after "det", "som" and the like it is "är 2".
    # A definite noun before it is the subject: "värdet är 1".
    numbered = (
        _PROJECT_YEAR.fullmatch(following)
        and previous not in SUBJECTS
        and not previous.endswith(("et", "en", "na"))
    )
    if _YEAR.fullmatch(following) or previous in YEAR_BEFORE or counted or numbered:
        return "år" if "år" in options else None
    return "är" if "är" in options else None


# Words after "får" (may, gets) that rarely follow "för" (for).
MAY_FOLLOWED_BY = frozenset(
    ["inte", "ej", "man", "du", "jag", "vi", "ni", "de", "han", "hon", "också", "bara", "endast"]
)


def _for_or_may(options, previous, following):
    if previous in SUBJECTS or _skeleton(following) in _skeletons(MAY_FOLLOWED_BY):
        return "får" if "får" in options else None
    return "för" if "för" in options else None


def _should_or_lives(previous, following):
    # "bor" (lives) is followed by where or with whom; "bör" by a verb.
    if _skeleton(following) in _skeletons(LIVES_BEFORE):
        return "bor"
    passive_infinitive = len(following) > 4 and following.endswith("as")
    verb_like = (
        _skeleton(following) in _skeletons(SHOULD_BEFORE)
        or passive_infinitive
        or following.endswith("a")
    )
    return "bör" if verb_like else "bor"


def resolve(as_is: str, options: set[str], previous: tuple[str, str], following: str) -> str | None:
    """The reading context calls for, among ``options`` (all lower case).

    ``previous`` holds the two words before (already repaired, nearest last),
    ``following`` the raw next word; both lower case, "" at a text's edge.
    """
    before = previous[-1]
    if options & {"år", "är"}:
        return _year_or_is(options, before, following)
    if {"för", "får"} <= options:
        return _for_or_may(options, before, following)
    if as_is == "bor" and "bör" in options:
        return _should_or_lives(before, following)
    if as_is == "in" and "än" in options:
        return "än" if before in THAN_AFTER or before.endswith("are") else as_is
    if as_is == "andra" and "ändra" in options:
        return "ändra" if before in MODAL_BEFORE | VERB_BEFORE else as_is
    if as_is == "vilja" and "välja" in options:
        return "välja" if before in MODAL_BEFORE | VERB_BEFORE else as_is
    if as_is in ("sitt", "satt") and "sätt" in options:
        return "sätt" if before in WAY_AFTER else as_is
    if as_is == "stod" and "stöd" in options:
        return as_is if before in SUBJECTS else "stöd"
    if as_is == "val" and "väl" in options:
        return "väl" if before in WELL_AFTER else as_is
    if as_is == "vara" and "våra" in options:
        return "våra" if before in OURS_AFTER else as_is
    if as_is == "man" and "män" in options:
        return "män" if previous == ("kvinnor", "och") else as_is
    if as_is == "far" and "får" in options:
        return as_is if before in FATHER_AFTER or following in ("och", "till") else "får"
    if as_is == "sa" and "så" in options:
        return as_is if before in SUBJECTS else "så"
    if as_is == "starka" and "stärka" in options:
        return "stärka" if before in MODAL_BEFORE else as_is
    if as_is == "ing" and "ingå" in options:
        return "ingå" if before in MODAL_BEFORE else as_is
    return None

"""Repair the Swedish letters OCR destroyed, changing only what is damage.

Only word tokens are rewritten; every other character (line breaks, spaces,
digits, punctuation) is copied as it was. A word is changed when

* it holds a character no Swedish word has ("{or", "6verlamnas", "&r"), or
* it is not in the word list, and a reading that undoes damage is, or
* it is in the list only as the accent-less spelling of a much commoner
  word ("pa" for "på"), or the words around it say which of two real words
  it is ("per ar" -> "per år", "det ar" -> "det är").

Acronyms, mixed-case names, e-mail and web addresses and one-letter words
are left alone. Repair is idempotent: repaired text holds no damage marks
and its words are their own best readings.
"""

import re
from collections.abc import Iterable
from dataclasses import dataclass

from . import context
from .confusions import DAMAGE_ONLY
from .readings import Reading, compound_reading, whole_word_readings
from .wordlist import Lexicon, extra_word_set, looks_english, swedish_lexicon

# A word known this often is taken as written unless a reading is this many
# times commoner (or context decides).
KNOWN_FREQUENCY = 1e-7
COMMONER_BY = 3.0
# How much better (in powers of ten) a repaired compound must score than the
# compound as written.
COMPOUND_MARGIN = 0.5

# A text counts as having kept its letters with at least this many words
# holding å, ä or ö, and damage marks in at most this share of that number.
MIN_INTACT_WORDS = 5
MAX_MARKED_SHARE = 0.1

_TOKEN = re.compile(r"(?:[^\W_]|[{&@])+")
_PROTECTED = re.compile(r"\S+@\S+|https?://\S+|www\.\S+|\b[\w.-]+\.(?:se|com|org|net|nu|eu)\b")
_SENTENCE_END = re.compile(r"(^|[.!?:]\s*|\n\s*\n\s*)$")
# Nouns after which a lone "1" is the number one ("bilaga 1"), not "i".
NUMBERED_NOUNS = (
    "bilaga",
    "punkt",
    "kapitel",
    "sida",
    "steg",
    "nummer",
    "område",
    "fas",
    "etapp",
    "paragraf",
    "avsnitt",
    "tabell",
    "figur",
    "nivå",
    "klass",
)


@dataclass(frozen=True)
class WordChange:
    start: int
    end: int
    original: str
    repaired: str
    # False when context or relative frequency decided, for a person to check.
    certain: bool


@dataclass(frozen=True)
class RepairResult:
    text: str
    changes: tuple[WordChange, ...]
    # Words that look damaged but that no reading explains, left as written.
    doubtful: tuple[WordChange, ...]
    # The text kept its å, ä and ö, so only words with damage marks changed.
    letters_intact: bool


@dataclass
class _Token:
    start: int
    end: int
    text: str

    @property
    def is_word(self) -> bool:
        digits = [c for c in self.text if c.isdigit()]
        return any(c.isalpha() for c in self.text) and set(digits) <= {"6", "1"}


def _has_damage_mark(word: str) -> bool:
    middle = word[1:]
    return any(c in DAMAGE_ONLY for c in word) or (
        word[:1].islower() and any(c in "AO" for c in middle)
    )


def _apply_case(original: str, repaired: str, sentence_start: bool) -> str:
    first = original[0]
    upper_first = first.isupper() or (first == "6" and sentence_start)
    return repaired[:1].upper() + repaired[1:] if upper_first else repaired


def _skipped(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    if len(word) < 2:
        return True
    if len(letters) >= 2 and all(c.isupper() for c in letters):
        return True
    # Mixed case such as "FoU" is an acronym, except the "O"/"A" damage mark.
    rest = word[1:]
    return any(c.isupper() and c not in "AO" for c in rest)


class _Repairer:
    def __init__(self, lexicon: Lexicon):
        self.lexicon = lexicon

    def candidates(self, lower: str) -> list[Reading]:
        readings = whole_word_readings(self.lexicon, lower)
        compound = compound_reading(self.lexicon, lower, allow_repair=True)
        if compound is not None:
            readings.append(compound)
        return sorted(readings, key=lambda r: -r.score)

    def is_marked(self, word: str) -> bool:
        """Whether the word certainly is damaged; "é" is, outside words like "idéer"."""
        lower = word.lower()
        if _has_damage_mark(word):
            return True
        return "é" in lower and compound_reading(self.lexicon, lower, allow_repair=False) is None

    def decide(
        self, word: str, previous: tuple[str, str], following: str, *, letters_intact: bool
    ) -> tuple[str, bool]:
        """The repaired lower-case word and whether the choice is certain."""
        lower = word.lower()
        damaged = self.is_marked(word)
        if letters_intact and not damaged:
            return lower, True
        readings = self.candidates(lower)
        options = {r.text for r in readings if r.text != lower}
        as_is_frequency = self.lexicon.frequency(lower)
        if not options:
            return lower, not damaged
        # Context chooses only among the readings that undo the least damage:
        # "dar" is "där" (one letter lost), hardly "är" (one lost, one added).
        least = min(r.repairs for r in readings if r.text != lower)
        likely = {r.text for r in readings if r.text != lower and r.repairs <= least + 0.5}
        choice = context.resolve(lower, likely | {lower}, previous, following)
        # A word with a damage mark cannot stay as written, whatever context says.
        if choice in likely or (choice == lower and not damaged):
            return choice, False
        if damaged:
            return readings[0].text, True
        if as_is_frequency >= KNOWN_FREQUENCY:
            if looks_english(lower) and (looks_english(previous[-1]) or looks_english(following)):
                return lower, True
            # A known word whose å, ä or ö survived is taken as written: trading
            # it for a commoner neighbour ("ända" for "ändå") would change a
            # correct word, and repairing the repair would not be idempotent.
            if any(c in "åäö" for c in lower):
                return lower, True
            best = max(
                (r for r in readings if len(r.parts) == 1 and r.text in likely),
                key=lambda r: self.lexicon.frequency(r.text),
                default=None,
            )
            if best and self.lexicon.frequency(best.text) >= COMMONER_BY * as_is_frequency:
                return best.text, False
            return lower, True
        as_written = compound_reading(self.lexicon, lower, allow_repair=False)
        best = readings[0]
        if best.text == lower:
            return lower, True
        if as_written is None or best.score > as_written.score + COMPOUND_MARGIN:
            return best.text, True
        return lower, True


def _lone_one_is_i(text: str, token: _Token, previous: str, following: _Token | None) -> bool:
    before = text[: token.start]
    after = text[token.end : following.start] if following else ""
    if not before[-1:].isspace() and before:
        return False
    if following is None or not following.is_word or after.strip():
        return False
    if not before.rstrip()[-1:].isalpha() and before.rstrip()[-1:] not in (",", ""):
        return False
    return not previous.endswith(NUMBERED_NOUNS)


def _letters_intact(repairer: _Repairer, words: list[str]) -> bool:
    """Whether OCR read this text's å, ä and ö, judged over the whole text.

    Damage is a property of a scan: where the letters survived in many words
    and almost no word carries a damage mark, a word that merely could be
    damaged ("bor", "vara") is taken as written.
    """
    intact = sum(1 for w in words if any(c in "åäöÅÄÖ" for c in w))
    marked = sum(1 for w in words if repairer.is_marked(w))
    return intact >= MIN_INTACT_WORDS and marked <= MAX_MARKED_SHARE * intact


def repair(
    text: str, *, extra_words: Iterable[str] = (), letters_intact: bool | None = None
) -> RepairResult:
    """Repair damaged Swedish letters in ``text``; see the module docstring.

    ``extra_words`` are names the lexicon may lack (organisations), given as
    written, e.g. "Hägersten-Älvsjö". ``letters_intact`` passes on what was
    judged over a whole document when only a piece of it (a table cell) is
    repaired; by default it is judged over ``text``.
    """
    repairer = _Repairer(swedish_lexicon(extra_word_set(extra_words)))
    protected = [m.span() for m in _PROTECTED.finditer(text)]
    tokens = [
        _Token(m.start(), m.end(), m.group())
        for m in _TOKEN.finditer(text)
        if not any(start <= m.start() < end for start, end in protected)
    ]
    if letters_intact is None:
        letters_intact = _letters_intact(repairer, [t.text for t in tokens if t.is_word])
    pieces, changes, doubtful = [], [], []
    position = 0
    previous = ("", "")
    for index, token in enumerate(tokens):
        following = tokens[index + 1] if index + 1 < len(tokens) else None
        following_text = following.text.lower() if following else ""
        repaired = token.text
        if token.text == "1":
            if not letters_intact and _lone_one_is_i(text, token, previous[-1], following):
                repaired = "i"
                changes.append(WordChange(token.start, token.end, "1", "i", False))
        elif token.is_word and not _skipped(token.text):
            lower, certain = repairer.decide(
                token.text, previous, following_text, letters_intact=letters_intact
            )
            sentence_start = bool(_SENTENCE_END.search(text[: token.start]))
            candidate = _apply_case(token.text, lower, sentence_start)
            if candidate != token.text:
                repaired = candidate
                changes.append(WordChange(token.start, token.end, token.text, repaired, certain))
            elif repairer.is_marked(token.text):
                doubtful.append(WordChange(token.start, token.end, token.text, token.text, False))
        pieces.append(text[position : token.start])
        pieces.append(repaired)
        position = token.end
        if token.is_word or token.text.isdigit():
            previous = (previous[-1], repaired.lower())
    pieces.append(text[position:])
    return RepairResult("".join(pieces), tuple(changes), tuple(doubtful), letters_intact)


def repair_text(text: str, *, extra_words: Iterable[str] = ()) -> str:
    """The repaired text alone; see ``repair``."""
    return repair(text, extra_words=extra_words).text


def is_known_word(word: str, *, extra_words: Iterable[str] = ()) -> bool:
    """Whether the word, as written, is a lexicon word or a compound of them."""
    lexicon = swedish_lexicon(extra_word_set(extra_words))
    return compound_reading(lexicon, word.lower(), allow_repair=False) is not None

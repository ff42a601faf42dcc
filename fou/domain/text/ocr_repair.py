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

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz.distance import Levenshtein

from . import context
from .confusions import DAMAGE_ONLY
from .readings import Reading, as_written_score, compound_reading, whole_word_readings
from .spelling import best_spelling, character_model
from .wordlist import (
    Lexicon,
    english_frequencies,
    extra_word_set,
    looks_english,
    swedish_lexicon,
)

# A word known this often is taken as written unless a reading is this many
# times commoner (or context decides).
KNOWN_FREQUENCY = 1e-7
# A known word without damage marks is changed only when a reading scores
# this much better (powers of ten) with the damage it assumes paid for
# (``confusions.CHANNEL_COST``).
KNOWN_WORD_MARGIN = 0.8
SHORT_WORD_MARGIN = 0.5
MAX_JUNK_LENGTH = 5
# A capitalised word mid-sentence is most likely a name ("Back", "Hall"):
# it is read otherwise only when that is ten times likelier, damage paid
# for ("Orebro" is "Örebro").
NAME_MARGIN = 1.0
# How much better (in powers of ten) a repaired compound must score than the
# compound as written.
# A word the lexicon cannot split may hold characters it lacks, each costing
# this much (powers of ten).
UNKNOWN_CHAR_COST = 2.5
COMPOUND_MARGIN = 0.5
# A damaged word no lexicon reading explains is respelled by the character
# model (``spelling``); shorter words are left to the lexicon.
MIN_SPELLED_LENGTH = 4
# Its score per letter (powers of ten, damage paid for) must be at least
# this: Swedish words score about -1, strings of random letters below -3.
MIN_SPELLING_SCORE = -2.0
_NUMBER_IN_WORD = re.compile(r"\d\d|\d$")

# A text counts as having kept its letters with at least this many words
# holding å, ä or ö, and damage marks in at most this share of that number.
MIN_INTACT_WORDS = 5
MAX_MARKED_SHARE = 0.1

_TOKEN = re.compile(r"(?:[^\W_]|[{&@])+")
# Bounded lengths (no address is longer) and an address starting after white
# space keep the search linear: "\S+@" retried at every character of a long
# run without spaces was quadratic.
# An address needs a dotted domain: "ma@ste" is "måste" read badly. A
# command-line option ("--no-overwrite-dir") is code, not words.
_PROTECTED = re.compile(
    r"(?<!\S)\S{1,254}@[\w-]{1,253}(?:\.[\w-]{1,63})+|https?://\S+|www\.\S+"
    r"|\b[\w.-]{1,253}\.(?:se|com|org|net|nu|eu)\b"
    r"|(?<![\w-])--\w[\w-]{0,99}"
)
# No Swedish word is longer; a longer run of letters is left as written (its
# readings would cost time growing with the square of its length).
MAX_WORD_LENGTH = 64
# A word split at a line end: "bostadssok-" + line break + "ning".
_LINE_END_HYPHEN = re.compile(r"-[ \t]*\n[ \t]*")
# All-capital words this long are words set in capitals ("FÖRSTA"), shorter
# ones acronyms ("LUM", "FoU").
MIN_CAPITALISED_WORD = 4
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


# Words after "hälso-" in "hälso- och sjukvård": the hyphen before them
# leaves a compound open, it does not split a word at a line end.
SUSPENDED_COMPOUND_AFTER = frozenset(["och", "eller", "samt", "resp", "respektive"])


# Words after which a lone "1" is a number ("från 1", "till 1", "minst 1").
NUMBER_BEFORE = frozenset(
    ["från", "till", "mellan", "än", "minst", "högst", "max", "cirka", "ca", "nr", "version"]
    + ["åtminstone", "exakt"]
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
        letters = sum(c.isalpha() for c in self.text)
        # "j1" and "x6" are codes; a damaged word keeps most of its letters.
        return letters >= (2 if digits else 1) and set(digits) <= {"6", "1"}


def _has_damage_mark(word: str) -> bool:
    middle = word[1:]
    return any(c in DAMAGE_ONLY for c in word) or (
        word[:1].islower() and any(c in "AO" for c in middle)
    )


def _apply_case(original: str, repaired: str, sentence_start: bool) -> str:
    letters = [c for c in original if c.isalpha()]
    if len(letters) >= 2 and all(c.isupper() for c in letters):
        return repaired.upper()
    first = original[0]
    upper_first = first.isupper() or (first == "6" and sentence_start)
    return repaired[:1].upper() + repaired[1:] if upper_first else repaired


def _skipped(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    if len(word) < 2 or len(word) > MAX_WORD_LENGTH:
        return True
    if len(letters) >= 2 and all(c.isupper() for c in letters):
        # A damage mark may stand among the capitals ("SKRIVARTJÉ&NSTEN").
        return len(letters) < MIN_CAPITALISED_WORD or not all(
            c.isalpha() or c in DAMAGE_ONLY for c in word
        )
    # Mixed case such as "FoU" or "GtkOrientation" is a name, except the
    # "O"/"A" damage mark inside a lower-case word ("ansOkningarna").
    rest = word[1:]
    if word[:1].isupper():
        return any(c.isupper() for c in rest)
    return any(c.isupper() and c not in "AO" for c in rest)


def _sentence_start(text: str, start: int) -> bool:
    """Whether a sentence (or the text, or a paragraph) begins at ``start``."""
    position, newlines = start, 0
    while position > 0 and text[position - 1].isspace():
        newlines += text[position - 1] == "\n"
        position -= 1
    return position == 0 or text[position - 1] in ".!?:" or newlines >= 2


def _map_position(source: str, target: str, index: int) -> int:
    """Where ``source[index]`` landed in ``target``, a repair of it."""
    for tag, s1, s2, t1, t2 in Levenshtein.opcodes(source, target):
        if s1 <= index < s2:
            return t1 + index - s1 if tag == "equal" else (t1 if index == s1 else t2)
    return len(target)


class _Repairer:
    def __init__(self, lexicon: Lexicon):
        self.lexicon = lexicon

    def candidates(self, lower: str) -> list[Reading]:
        return list(_candidates(self.lexicon, lower))

    def as_written_score(self, lower: str) -> float | None:
        """How well the word reads as written; see ``readings.as_written_score``."""
        whole = compound_reading(self.lexicon, lower, allow_repair=False)
        if whole is not None:
            return whole.score
        return as_written_score(self.lexicon, lower, UNKNOWN_CHAR_COST)

    def is_marked(self, word: str) -> bool:
        """Whether the word certainly is damaged; "é" is, outside words like "idéer"."""
        lower = word.lower()
        if _has_damage_mark(word):
            return True
        return "é" in lower and compound_reading(self.lexicon, lower, allow_repair=False) is None

    def _english_after(self, following: str) -> bool:
        if not looks_english(following):
            return False
        return not any(
            c in "åäö" for r in self.candidates(following) if len(r.parts) == 1 for c in r.text
        )

    def decide(
        self,
        word: str,
        previous: tuple[str, str],
        following: str,
        *,
        letters_intact: bool,
        name_like: bool = False,
    ) -> tuple[str, bool]:
        """The repaired lower-case word and whether the choice is certain.

        ``name_like``: the word is capitalised in the middle of a sentence.
        """
        lower = word.lower()
        damaged = self.is_marked(word)
        if letters_intact and not damaged:
            return lower, True
        readings = self.candidates(lower)
        options = {r.text for r in readings if r.text != lower}
        as_is_frequency = self.lexicon.frequency(lower)
        if not options:
            spelled = self.spelled(lower, damaged=damaged)
            return (spelled, False) if spelled else (lower, not damaged)
        # A capitalised word mid-sentence that is a word as written is a name
        # ("Back", "Lind", "Mora"): without a damage mark it stays, unless a
        # reading is overwhelmingly likelier ("Foljande" after a heading).
        if name_like and not damaged and as_is_frequency >= KNOWN_FREQUENCY:
            best = readings[0]
            known = math.log10(max(as_is_frequency, 1e-12))
            if best.text != lower and len(best.parts) == 1 and best.score >= known + NAME_MARGIN:
                return best.text, False
            return lower, True
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
            # An English word goes with English after it ("for example"); an
            # English option before it proves nothing ("--help for hjälp").
            # A following word that may itself be damaged Swedish ("for for",
            # i.e. "för för") proves nothing either.
            if looks_english(lower) and self._english_after(following):
                return lower, True
            # A known word whose å, ä or ö survived is taken as written: trading
            # it for a commoner neighbour ("ända" for "ändå") would change a
            # correct word, and repairing the repair would not be idempotent.
            if any(c in "åäö" for c in lower):
                return lower, True
            # A known word is traded only for a reading that is far likelier
            # once the damage it assumes is paid for: "fatt" (rare) is "fått",
            # but "rader" (rows) stays, though "råder" is commoner.
            best = max(
                (r for r in readings if len(r.parts) == 1 and r.text != lower),
                key=lambda r: r.score,
                default=None,
            )
            # Two-letter words are mostly abbreviations in a web word list
            # ("sd", "fi"), so their own frequency counts for less.
            margin = SHORT_WORD_MARGIN if len(lower) <= 2 else KNOWN_WORD_MARGIN
            if best and best.score >= math.log10(as_is_frequency) + margin:
                return best.text, False
            return lower, True
        as_written = self.as_written_score(lower)
        best = readings[0]
        if best.text == lower:
            return lower, True
        # A short word of web junk ("därs") explains an unknown word no better
        # than the word itself: a code or foreign word ("dirs") stays. (Long
        # rare words are real: "stadsdelsförvaltningarnas".)
        rare = self.lexicon.frequency(best.text) < KNOWN_FREQUENCY
        if len(best.text) <= MAX_JUNK_LENGTH and best.text in self.lexicon and rare:
            return lower, True
        if as_written is None or best.score > as_written + COMPOUND_MARGIN:
            return best.text, True
        spelled = self.spelled(lower, damaged=damaged)
        return (spelled, False) if spelled else (lower, True)

    def spelled(self, lower: str, *, damaged: bool) -> str | None:
        """For a word with a damage mark that no lexicon reading explains
        ("inséndning", "néstlad"): the spelling the character model finds
        likeliest, damage paid for (``spelling``), or None.

        A word without a mark stays: respelling unknown words by the model
        alone changed correct compounds ("avfasning", "iterering") as often
        as it repaired damaged ones.
        """
        # Digits beside digits or closing a word are numbers ("float16",
        # "sträng1"), not damage.
        if not damaged or len(lower) < MIN_SPELLED_LENGTH or _NUMBER_IN_WORD.search(lower):
            return None
        # Only "6", "{", "&", "@" or "1" inside a word prove damage; an "é"
        # may be a foreign word ("café") that the English word list knows.
        if not any(c in DAMAGE_ONLY for c in lower) and lower in english_frequencies():
            return None
        spelling, per_letter = _respelled(self.lexicon, lower)
        # A spelling Swedish hardly has ("Xqözz") is a guess: the damage is
        # reported, not repaired.
        if spelling == lower or per_letter < MIN_SPELLING_SCORE:
            return None
        return spelling


@lru_cache(maxsize=50000)
def _candidates(lexicon: Lexicon, lower: str) -> tuple[Reading, ...]:
    # Cached: a document repeats its words, and a table cell is repaired again
    # after the whole text; each word's readings are computed once.
    readings = whole_word_readings(lexicon, lower)
    compound = compound_reading(lexicon, lower, allow_repair=True)
    if compound is not None:
        readings.append(compound)
    return tuple(sorted(readings, key=lambda r: -r.score))


@lru_cache(maxsize=50000)
def _respelled(lexicon: Lexicon, lower: str) -> tuple[str, float]:
    """The character model's spelling of a word, and its score per letter."""
    spelling, score = best_spelling(character_model(lexicon), lower)
    return spelling, score / (len(spelling) + 1)


def _colon_ending(text: str, token: _Token) -> bool:
    """Whether the token is an ending joined by a colon ("NOP:ar", "SMS:et")
    or a command after one (":for"): Swedish words follow a colon after a space."""
    return token.start > 0 and text[token.start - 1] == ":"


def _last_non_space(text: str, end: int) -> str:
    """The last character before ``end`` that is not white space, or ""."""
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return text[end - 1] if end > 0 else ""


def _lone_one_is_i(text: str, token: _Token, previous: str, following: _Token | None) -> bool:
    # Only the characters next to the "1" are looked at, never the whole text
    # before it: that made repair quadratic.
    if token.start > 0 and not text[token.start - 1].isspace():
        return False
    after = text[token.end : following.start] if following else ""
    if following is None or not following.is_word or after.strip():
        return False
    last = _last_non_space(text, token.start)
    if not last.isalpha() and last not in (",", ""):
        return False
    if previous.isdigit() or previous in NUMBER_BEFORE:
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


def _unprotected_tokens(text: str) -> list[_Token]:
    """The tokens outside e-mail and web addresses, in one pass over both."""
    protected = iter(m.span() for m in _PROTECTED.finditer(text))
    span = next(protected, None)
    tokens = []
    for match in _TOKEN.finditer(text):
        while span is not None and span[1] <= match.start():
            span = next(protected, None)
        if span is not None and span[0] <= match.start() < span[1]:
            continue
        tokens.append(_Token(match.start(), match.end(), match.group()))
    return tokens


def repair(
    text: str,
    *,
    extra_words: Iterable[str] = (),
    letters_intact: bool | None = None,
) -> RepairResult:
    """Repair damaged Swedish letters in ``text``; see the module docstring.

    ``extra_words`` are names the lexicon may lack (organisations), given as
    written, e.g. "Hägersten-Älvsjö". ``letters_intact`` passes on what was
    judged over a whole document when only a piece of it (a table cell) is
    repaired; by default it is judged over ``text``.
    """
    repairer = _Repairer(swedish_lexicon(extra_word_set(extra_words)))
    tokens = _unprotected_tokens(text)
    if letters_intact is None:
        letters_intact = _letters_intact(repairer, [t.text for t in tokens if t.is_word])
    return _Pass(text, tokens, repairer, letters_intact).run()


class _Pass:
    """One reading of a text, word by word."""

    def __init__(self, text, tokens, repairer, letters_intact):
        self.text, self.tokens, self.repairer = text, tokens, repairer
        self.letters_intact = letters_intact

    def run(self) -> RepairResult:
        text, tokens, letters_intact = self.text, self.tokens, self.letters_intact
        pieces, changes, doubtful = [], [], []
        position = 0
        previous = ("", "")
        index = 0
        while index < len(tokens):
            token = tokens[index]
            split = _split_partner(text, tokens, index)
            after = index + (2 if split else 1)
            following = tokens[after] if after < len(tokens) else None
            following_text = following.text.lower() if following else ""
            parts = [token, split] if split else [token]
            repaired = [t.text for t in parts]
            if token.text == "1" and not split:
                if not letters_intact and _lone_one_is_i(text, token, previous[-1], following):
                    repaired = ["i"]
                    changes.append(WordChange(token.start, token.end, "1", "i", False))
            elif token.is_word and not _skipped(token.text) and not _colon_ending(text, token):
                repaired = self.word(parts, previous, following_text, changes, doubtful)
            for part, new_text in zip(parts, repaired, strict=True):
                pieces.append(text[position : part.start])
                pieces.append(new_text)
                position = part.end
            if token.is_word or token.text.isdigit():
                previous = (previous[-1], "".join(repaired).lower())
            index = after
        pieces.append(text[position:])
        return RepairResult("".join(pieces), tuple(changes), tuple(doubtful), letters_intact)

    def word(self, parts, previous, following_text, changes, doubtful) -> list[str]:
        """The repaired text of a word (of its two halves, if split at a line end)."""
        text, repairer = self.text, self.repairer
        token, split = parts[0], parts[1] if len(parts) > 1 else None
        repaired = [t.text for t in parts]
        # A word split at a line end is judged whole, then split where it was.
        whole = "".join(t.text for t in parts)
        sentence_start = _sentence_start(text, token.start)
        lower, certain = repairer.decide(
            whole,
            previous,
            following_text,
            letters_intact=self.letters_intact,
            name_like=whole[:1].isupper() and not whole.isupper() and not sentence_start,
        )
        # A word in capitals is read only as a whole lexicon word: "CACHEDIR"
        # is a name, not a compound; unless it holds a damage mark
        # ("ÉTERANROP" is "ÅTERANROP").
        marked = repairer.is_marked(whole)
        if whole.isupper() and lower not in repairer.lexicon and not marked:
            lower = whole.lower()
        candidate = _apply_case(whole, lower, sentence_start)
        if candidate != whole:
            cut = _map_position(whole, candidate, len(token.text)) if split else len(candidate)
            repaired = [candidate[:cut], candidate[cut:]] if split else [candidate]
            for part, new_text in zip(parts, repaired, strict=True):
                if new_text != part.text:
                    changes.append(WordChange(part.start, part.end, part.text, new_text, certain))
        elif marked:
            for part in parts:
                doubtful.append(WordChange(part.start, part.end, part.text, part.text, False))
        return repaired


def _split_partner(text: str, tokens: list[_Token], index: int) -> _Token | None:
    """The second half of a word hyphenated at a line end, if ``tokens[index]`` is the first."""
    if index + 1 >= len(tokens):
        return None
    first, second = tokens[index], tokens[index + 1]
    if not (first.is_word and second.is_word and second.text[:1].islower()):
        return None
    # A one-letter end is still a part ("låtsa-" + "s"); "hälso- och sjukvård"
    # is a compound left open before "och", not one word.
    if _skipped(first.text) or _skipped(first.text + second.text):
        return None
    if second.text in SUSPENDED_COMPOUND_AFTER:
        return None
    if not _LINE_END_HYPHEN.fullmatch(text, first.end, second.start):
        return None
    return second


def repair_text(text: str, *, extra_words: Iterable[str] = ()) -> str:
    """The repaired text alone; see ``repair``."""
    return repair(text, extra_words=extra_words).text


def is_known_word(word: str, *, extra_words: Iterable[str] = ()) -> bool:
    """Whether the word, as written, is a lexicon word or a compound of them."""
    lexicon = swedish_lexicon(extra_word_set(extra_words))
    return compound_reading(lexicon, word.lower(), allow_repair=False) is not None

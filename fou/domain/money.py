"""Swedish amounts of money: integer kronor, shown as "3 850 000 kr"."""

import re

NARROW_NO_BREAK_SPACE = "\u00a0"


def format_kronor(amount: int | None, *, unit: bool = True, unknown: str = "okänt") -> str:
    """Group thousands with non-breaking spaces, as Swedish documents do.

    ``None`` means the sources do not give the figure; it is shown as such
    rather than as zero.
    """
    if amount is None:
        return unknown
    sign = "−" if amount < 0 else ""
    digits = f"{abs(amount):,}".replace(",", NARROW_NO_BREAK_SPACE)
    return f"{sign}{digits}{NARROW_NO_BREAK_SPACE}kr" if unit else f"{sign}{digits}"


# A shape limit, not a policy one (caps are rules of the call): nine digits fit
# any database integer column and lie far above every fund's cap.
MAX_KRONOR = 999_999_999

_UNIT = re.compile(r"\s*(?:kr\.?|kronor|sek|:-|,-)$", re.IGNORECASE)
# Whole kronor written with a zero öre part, as spreadsheets export them.
_ZERO_ORE = re.compile(r"[.,]00?$")
_ORE = re.compile(r"[.,]\d{1,2}$")
# \s also matches the non-breaking and thin spaces that copied text carries.
_SEPARATORS = re.compile(r"\s+")
# Grouping must be regular so a typo such as "45 0000" is not silently read
# as a different amount.
_GROUPED = re.compile(r"\d{1,3}(?: \d{3})+|\d{1,3}(?:\.\d{3})+|\d+")
_NEGATIVE = re.compile(r"[-−–]\s*\d")


class AmountError(ValueError):
    """An amount a person typed that is not whole kronor.

    ``code`` lets a form map the error to its own error codes; ``str(error)``
    is the Swedish message to show next to the field.
    """

    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code = code


def parse_kronor(text: str) -> int:
    """Read an amount in whole kronor the way people write it in Swedish.

    Accepts "450000", "450 000", "450 000 kr", "450 000:-", "450000,00" and
    "450.000": spaces (also non-breaking and thin ones) or periods may group
    thousands, in groups of three. A comma is never a thousands separator in
    Swedish, so "450,000" is refused rather than guessed at. Whether the
    amount fits the call is a rule of the call, not checked here.
    """
    cleaned = _SEPARATORS.sub(" ", text).strip()
    if not cleaned:
        raise AmountError("empty", "Ange hur mycket ni söker i hela kronor, till exempel 450 000.")
    if _NEGATIVE.match(cleaned):
        raise AmountError("negative", "Beloppet kan inte vara negativt.")
    number = _UNIT.sub("", cleaned).strip()
    number = _ZERO_ORE.sub("", number)
    if _ORE.search(number):
        raise AmountError("ore", "Ange beloppet i hela kronor utan ören.")
    if not _GROUPED.fullmatch(number):
        raise AmountError("invalid", "Skriv beloppet i hela kronor, till exempel 450 000.")
    digits = number.replace(" ", "").replace(".", "").lstrip("0") or "0"
    # The length test first: int() refuses very long digit strings on its own terms.
    if len(digits) > len(str(MAX_KRONOR)) or int(digits) > MAX_KRONOR:
        raise AmountError("too_large", f"Beloppet kan vara högst {format_kronor(MAX_KRONOR)}.")
    return int(digits)


def format_amount(amount: int) -> str:
    """Digits only, grouped as in the committee's tables: "3 850 000"."""
    return format_kronor(amount, unit=False)


def format_kronor_long(amount: int) -> str:
    """As the documents' running text writes it: "4 038 500 kronor"."""
    return f"{format_amount(amount)}{NARROW_NO_BREAK_SPACE}kronor"


# Swedish number words, as documents write small counts ("elva ansökningar").
_UNITS = [
    "noll", "ett", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio",
    "tio", "elva", "tolv", "tretton", "fjorton", "femton", "sexton", "sjutton",
    "arton", "nitton",
]  # fmt: skip
_TENS = {20: "tjugo", 30: "trettio", 40: "fyrtio", 50: "femtio", 60: "sextio",
         70: "sjuttio", 80: "åttio", 90: "nittio"}  # fmt: skip
MAX_NUMBER_WORDS = 1_000_000_000


def _below_thousand(n: int) -> str:
    hundreds, rest = divmod(n, 100)
    words = f"{_UNITS[hundreds]}hundra" if hundreds else ""
    if rest >= 20:
        tens, unit = divmod(rest, 10)
        words += _TENS[tens * 10] + (_UNITS[unit] if unit else "")
    elif rest:
        words += _UNITS[rest]
    return words


def _below_million(n: int) -> str:
    thousands, rest = divmod(n, 1000)
    words = ""
    if thousands:
        # "ett" + "tusen" is written "ettusen", as in "tjugoettusen".
        words = _below_thousand(thousands)
        words = words[:-1] + "tusen" if words.endswith("ett") else words + "tusen"
    return words + (_below_thousand(rest) if rest else "")


def number_words(n: int, *, common_gender: bool = False) -> str:
    """Swedish words for 0 to 1 000 000 000: 11 → "elva", 8 → "åtta".

    ``common_gender`` gives "en" for a trailing one, as with en-words
    ("tjugoen ansökningar", "en ansökan"); neuter is "ett".
    """
    if not 0 <= n <= MAX_NUMBER_WORDS:
        raise ValueError(f"{n} ligger utanför 0–{MAX_NUMBER_WORDS}.")
    if n == 0:
        return "noll"
    if n == MAX_NUMBER_WORDS:
        return "en miljard"
    millions, rest = divmod(n, 1_000_000)
    parts = []
    if millions:
        parts.append(
            "en miljon" if millions == 1 else f"{_common(_below_million(millions))} miljoner"
        )
    if rest:
        parts.append(_below_million(rest))
    words = " ".join(parts)
    return _common(words) if common_gender else words


def _common(words: str) -> str:
    return words[:-3] + "en" if words.endswith("ett") else words


_MORPHEMES = sorted(
    [(w, i) for i, w in enumerate(_UNITS)]
    + [(w, v) for v, w in _TENS.items()]
    + [("en", 1), ("hundra", 100), ("tusen", 1000)],
    key=lambda item: -len(item[0]),
)
_SCALES = {"miljon": 10**6, "miljoner": 10**6, "miljard": 10**9, "miljarder": 10**9}


def parse_number_words(text: str) -> int:
    """The inverse of ``number_words``: "tvåhundrafemtiotusen" → 250 000."""
    total, group = 0, 0
    for word in text.casefold().split():
        if word in _SCALES:
            total += (group or 1) * _SCALES[word]
            group = 0
        else:
            group += _parse_compound(word)
    return total + group


def _parse_compound(word: str) -> int:
    word = word.replace("ettusen", "etttusen")
    total, current, position = 0, 0, 0
    while position < len(word):
        found = next(((m, v) for m, v in _MORPHEMES if word.startswith(m, position)), None)
        if found is None:
            raise ValueError(f"”{word}” är inget räkneord.")
        morpheme, value = found
        position += len(morpheme)
        if value == 100:
            current = (current or 1) * 100
        elif value == 1000:
            total += (current or 1) * 1000
            current = 0
        else:
            current += value
    return total + current

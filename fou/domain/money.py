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

"""Placeholders such as {antal_ansokningar_lum} in the officer's prose: checked
with the position of every fault, replaced by the computed figures, and
literal figures that have gone stale since the text was saved found."""

import re
from dataclasses import dataclass

from fou.domain.decisions.figures import Figure
from fou.domain.money import parse_number_words

_NAME = re.compile(r"[a-z_]+")
_SENTENCE_END = re.compile(r"(^|[.!?:]\s*|\n\s*)$")


@dataclass(frozen=True)
class PlaceholderError:
    offset: int
    line: int
    column: int
    message: str

    def __str__(self) -> str:
        return f"Rad {self.line}, tecken {self.column}: {self.message}"


def _position(text: str, offset: int) -> tuple[int, int]:
    line = text.count("\n", 0, offset) + 1
    column = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, column


def _error(text: str, offset: int, message: str) -> PlaceholderError:
    line, column = _position(text, offset)
    return PlaceholderError(offset, line, column, message)


def _tokens(text: str):
    """Yields ("text", start, chunk) and ("name", start, name) in order, or
    ("error", start, message) for a brace that does not form a placeholder."""
    position = 0
    while position < len(text):
        opening = text.find("{", position)
        closing = text.find("}", position)
        if closing != -1 and (opening == -1 or closing < opening):
            yield "error", closing, "”}” utan ”{” före."
            position = closing + 1
            continue
        if opening == -1:
            yield "text", position, text[position:]
            return
        yield "text", position, text[position:opening]
        end = text.find("}", opening)
        next_open = text.find("{", opening + 1)
        if end == -1 or (next_open != -1 and next_open < end):
            yield "error", opening, "”{” utan ”}” efter."
            position = opening + 1
            continue
        yield "name", opening, text[opening + 1 : end]
        position = end + 1


def check(text: str, figures: dict[str, Figure]) -> list[PlaceholderError]:
    errors = []
    for kind, start, value in _tokens(text):
        if kind == "error":
            errors.append(_error(text, start, value))
        elif kind == "name" and value not in figures:
            hint = "" if _NAME.fullmatch(value) else " Skriv namnet med små bokstäver a–z och _."
            errors.append(_error(text, start, f"okänd platshållare {{{value}}}.{hint}"))
    return errors


def render(text: str, figures: dict[str, Figure]) -> str:
    """Replaces every placeholder; a figure at the start of a sentence gets a capital."""
    out: list[str] = []
    for kind, _start, value in _tokens(text):
        if kind == "text":
            out.append(value)
        elif kind == "name":
            figure = figures.get(value)
            replacement = figure.text if figure else f"{{{value}}}"
            if figure and _SENTENCE_END.search("".join(out)):
                replacement = replacement[:1].upper() + replacement[1:]
            out.append(replacement)
    return "".join(out)


_DIGITS = re.compile(
    r"(?<![\d,.])\d{1,3}(?:[ \u00a0]\d{3})+(?![\d,])|(?<![\d,.\u00a0 ])\d+(?![\d,])"
)
_WORD = re.compile(r"[a-zåäö]+", re.IGNORECASE)
# Articles and "ett"/"en" are far more often words than figures.
_NOT_COUNTS = {"noll", "en", "ett"}


@dataclass(frozen=True)
class StaleMention:
    offset: int
    line: int
    column: int
    written: str
    name: str
    now: str

    def __str__(self) -> str:
        return (
            f"Rad {self.line}, tecken {self.column}: texten nämner ”{self.written}”, "
            f"som när texten sparades var {{{self.name}}}; i dag är värdet {self.now}. "
            f"Skriv {{{self.name}}} i stället."
        )


def literal_numbers(text: str):
    """(offset, written, value) for every figure written in digits or words
    outside placeholders."""
    for kind, start, chunk in _tokens(text):
        if kind != "text":
            continue
        for match in _DIGITS.finditer(chunk):
            value = int(re.sub(r"\s", "", match.group()))
            yield start + match.start(), match.group(), value
        for match in _WORD.finditer(chunk):
            word = match.group().casefold()
            if word in _NOT_COUNTS:
                continue
            try:
                value = parse_number_words(word)
            except ValueError:
                continue
            yield start + match.start(), match.group(), value


def stale_mentions(
    text: str, *, values_then: dict[str, int], figures_now: dict[str, Figure]
) -> list[StaleMention]:
    """Numbers written literally that equalled a figure when the text was
    saved and no longer do."""
    found = []
    for offset, written, value in literal_numbers(text):
        meant = [
            name for name, then in values_then.items() if then == value and name in figures_now
        ]
        # Several figures may have had the value; one still having it is enough.
        if not meant or any(figures_now[name].value == value for name in meant):
            continue
        line, column = _position(text, offset)
        found.append(
            StaleMention(offset, line, column, written, meant[0], figures_now[meant[0]].text)
        )
    return found


def figure_values(figures: dict[str, Figure]) -> dict[str, int]:
    """The snapshot stored with a saved text, for ``stale_mentions`` later."""
    return {name: f.value for name, f in figures.items() if f.value is not None}

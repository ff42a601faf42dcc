"""Joining the lines of a table cell or list item as the writer meant them."""

import re

from fou.domain.text.ocr_repair import is_known_word, repair_text

_SPACED_DASH = re.compile(r"\s+[—–-]\s*$")
_TRAILING_HYPHEN = re.compile(r"(\S*?)-$")
CONJUNCTIONS = ("och", "eller", "samt", "respektive")


def join_lines(lines: list[str], *, extra_words=()) -> str:
    """One line of text from wrapped lines, deciding what each line-end hyphen is.

    "utanför -" + "socialtjänstens" keeps a spaced dash; "EU-" + "medborgare"
    keeps the hyphen of an acronym compound; "bostadssökning-" + "Civil…"
    is a dash between two titles; "forsknings-" + "och" shortens a compound;
    "rehabili-" + "teringsärenden" is a word broken at the line end.
    """
    text = ""
    for raw in lines:
        line = raw.strip()
        if not line:
            continue
        if not text:
            text = line
            continue
        next_word = line.split()[0]
        hyphen = _TRAILING_HYPHEN.search(text)
        if _SPACED_DASH.search(text) or not hyphen:
            text = f"{text} {line}"
        elif _keeps_hyphen(hyphen.group(1)):
            text = f"{text}{line}"
        elif next_word[:1].isupper():
            text = f"{text[:-1]} - {line}"
        elif next_word in CONJUNCTIONS:
            text = f"{text} {line}"
        elif _is_word(hyphen.group(1) + next_word, extra_words):
            text = f"{text[:-1]}{line}"
        else:
            text = f"{text}{line}"
    return text


def _keeps_hyphen(left: str) -> bool:
    """Acronyms and numbers keep their hyphen: "EU-medborgare", "0-2"."""
    letters = [c for c in left if c.isalpha()]
    return not letters or any(c.isupper() for c in left[1:]) or any(c.isdigit() for c in left)


def _is_word(joined: str, extra_words) -> bool:
    """Whether the halves make a word once any damage in them is repaired."""
    core = joined.strip('.,;:()”"')
    return is_known_word(repair_text(core, extra_words=extra_words), extra_words=extra_words)

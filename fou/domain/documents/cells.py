"""Joining the lines of a table cell or list item as the writer meant them."""

from fou.domain.text.ocr_repair import is_known_word, repair_text

_DASHES = ("—", "–", "-")
CONJUNCTIONS = ("och", "eller", "samt", "respektive")


def join_lines(lines: list[str], *, extra_words=()) -> str:
    """One line of text from wrapped lines, deciding what each line-end hyphen is.

    "utanför -" + "socialtjänstens" keeps a spaced dash; "EU-" + "medborgare"
    keeps the hyphen of an acronym compound; "bostadssökning-" + "Civil…"
    is a dash between two titles; "forsknings-" + "och" shortens a compound;
    "rehabili-" + "teringsärenden" is a word broken at the line end.
    """
    # Built as a list: joining onto one growing string, and searching all of
    # it for a line-end hyphen, made long cells quadratic. The rules look only
    # at ``tail``, the text's last run without white space.
    pieces: list[str] = []
    tail = ""
    for raw in lines:
        line = raw.strip()
        if not line:
            continue
        words = line.split()
        if not pieces:
            pieces.append(line)
            tail = words[-1]
            continue
        next_word = words[0]
        spaced_dash = tail in _DASHES and (len(pieces) > 1 or len(pieces[0]) > len(tail))
        if spaced_dash or not tail.endswith("-"):
            pieces.append(f" {line}")
        elif _keeps_hyphen(tail[:-1]):
            pieces.append(line)
            tail = tail + line if len(words) == 1 else words[-1]
            continue
        elif next_word[:1].isupper():
            pieces[-1] = pieces[-1][:-1]
            pieces.append(f" - {line}")
        elif next_word in CONJUNCTIONS:
            pieces.append(f" {line}")
        elif _is_word(tail[:-1] + next_word, extra_words):
            pieces[-1] = pieces[-1][:-1]
            pieces.append(line)
            tail = tail[:-1] + line if len(words) == 1 else words[-1]
            continue
        else:
            pieces.append(line)
            tail = tail + line if len(words) == 1 else words[-1]
            continue
        tail = words[-1]
    return "".join(pieces)


def _keeps_hyphen(left: str) -> bool:
    """Acronyms and numbers keep their hyphen: "EU-medborgare", "0-2"."""
    letters = [c for c in left if c.isalpha()]
    return not letters or any(c.isupper() for c in left[1:]) or any(c.isdigit() for c in left)


def _is_word(joined: str, extra_words) -> bool:
    """Whether the halves make a word once any damage in them is repaired."""
    core = joined.strip('.,;:()”"')
    return is_known_word(repair_text(core, extra_words=extra_words), extra_words=extra_words)

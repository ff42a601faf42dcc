"""Build the held-out Swedish texts for the OCR benchmark from translation catalogues.

The repair was tuned on the seed documents only; these texts come from the
Swedish message catalogues that Debian and PyPI packages ship, so they were
never seen while tuning. Run ``python bench/data/build_heldout_sv.py`` on a
machine with the catalogues (Debian bookworm with the project's apt packages
and the project's virtualenv) to rewrite ``bench/data/heldout_sv/``; the
extracted text is committed, because a slim image may lack the catalogues.
``--check`` rebuilds in memory and reports whether the committed files match.

From each catalogue: every translated string (msgstr) that is running text –
at least five words, no format placeholders, markup, accelerators, paths or
addresses – de-duplicated, ordered by a hash of its text (a fixed,
content-independent shuffle) and taken until the sample holds 16 000
characters. The strings are grouped five to a paragraph and wrapped at 72
columns; a long word that does not fit is hyphenated at the line end, as in
a printed page, so that the repair meets split words.
"""

import argparse
import gettext
import hashlib
import re
import sys
import sysconfig
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "heldout_sv"
SITE = Path(sysconfig.get_paths()["purelib"])
LOCALE = Path("/usr/share/locale/sv/LC_MESSAGES")

# name -> (licence, catalogue files). Permissive or LGPL licences only.
SOURCES = {
    "postgres": ("PostgreSQL Licence", [LOCALE / "postgres-15.mo"]),
    "pgtools": (
        "PostgreSQL Licence",
        [
            LOCALE / f"{name}-15.mo"
            for name in ("psql", "pg_dump", "pgscripts", "pg_basebackup", "pg_upgrade", "initdb")
        ],
    ),
    "django": ("BSD-3-Clause", sorted((SITE / "django").glob("**/locale/sv/LC_MESSAGES/*.mo"))),
    "glib": ("LGPL-2.1-or-later", [LOCALE / "glib20.mo"]),
    "gsettings": ("LGPL-2.1-or-later", [LOCALE / "gsettings-desktop-schemas.mo"]),
    "appstream": ("LGPL-2.1-or-later", [LOCALE / "appstream.mo"]),
    "systemd": ("LGPL-2.1-or-later", [LOCALE / "systemd.mo"]),
    "gtk": ("LGPL-2.1-or-later", [LOCALE / "gtk30.mo", LOCALE / "gtk30-properties.mo"]),
}
TARGET_CHARS = 16_000
MIN_WORDS = 5
STRINGS_PER_PARAGRAPH = 5
WIDTH = 72
MIN_HYPHENATED = 10

_REJECT = re.compile(r"[%{}<>\\_/@|=\[\]#$*~^`]|https?:|www\.|\.\.\.|\t")
_WORD = re.compile(r"[^\W\d_]+")
_VOWELS = set("aeiouyåäöé")


def catalogue_strings(path: Path) -> list[str]:
    with path.open("rb") as handle:
        catalogue = gettext.GNUTranslations(handle)
    strings = []
    for key, value in catalogue._catalog.items():  # the parsed .mo; no public accessor
        if key == "" or (isinstance(key, str) and not key):
            continue
        strings.append(value)
    return strings


def running_text(text: str) -> str | None:
    text = " ".join(text.split())
    if _REJECT.search(text) or "&" in text:
        return None
    words = text.split()
    if len(words) < MIN_WORDS:
        return None
    letters = sum(c.isalpha() for c in text)
    if letters < 0.75 * len(text.replace(" ", "")):
        return None
    if not text[0].isalpha() or not (text[-1].isalpha() or text[-1] in '.!?:)”"'):
        return None
    # Swedish running text has some å, ä or ö; a string without any in 40
    # letters is often untranslated English.
    if letters >= 40 and not re.search("[åäöÅÄÖ]", text):
        return None
    return text


def sample(paths: list[Path]) -> list[str]:
    seen, kept = set(), []
    for path in paths:
        for raw in catalogue_strings(path):
            text = running_text(raw)
            if text and text.lower() not in seen:
                seen.add(text.lower())
                kept.append(text)
    kept.sort(key=lambda s: hashlib.sha256(s.encode()).hexdigest())
    chosen, total = [], 0
    for text in kept:
        if total >= TARGET_CHARS:
            break
        chosen.append(text)
        total += len(text) + 1
    return chosen


def _split_point(word: str, room: int) -> int:
    """Where to hyphenate ``word`` within ``room`` characters: before a consonant
    that follows a vowel, leaving at least three letters on each side."""
    for cut in range(min(room, len(word) - 3), 2, -1):
        if word[cut - 1] in _VOWELS and word[cut] not in _VOWELS and word[:cut].isalpha():
            return cut
    return 0


def wrap(paragraph: str) -> str:
    lines, line = [], ""
    for word in paragraph.split():
        candidate = f"{line} {word}" if line else word
        if len(candidate) <= WIDTH:
            line = candidate
            continue
        room = WIDTH - len(line) - 2
        cut = _split_point(word, room) if len(word) >= MIN_HYPHENATED and line else 0
        if cut:
            lines.append(f"{line} {word[:cut]}-")
            line = word[cut:]
        else:
            lines.append(line)
            line = word
    lines.append(line)
    return "\n".join(lines)


def build() -> dict[str, str]:
    texts = {}
    for name, (_licence, paths) in SOURCES.items():
        present = [p for p in paths if p.exists()]
        if not present:
            print(f"{name}: catalogue missing, skipped", file=sys.stderr)
            continue
        strings = sample(present)
        paragraphs = [
            " ".join(strings[i : i + STRINGS_PER_PARAGRAPH])
            for i in range(0, len(strings), STRINGS_PER_PARAGRAPH)
        ]
        texts[name] = "\n\n".join(wrap(p) for p in paragraphs) + "\n"
    return texts


def write(texts: dict[str, str], out: Path, *, description: str) -> int:
    """Write the texts into ``out``, or with --check only say whether the
    committed ones are up to date; the exit status."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    if args.check:
        differ = [n for n, t in texts.items() if (out / f"{n}.txt").read_text() != t]
        print("differ: " + ", ".join(differ) if differ else "committed texts are up to date")
        return 1 if differ else 0
    out.mkdir(exist_ok=True)
    for name, text in texts.items():
        (out / f"{name}.txt").write_text(text)
        letters = sum(text.count(c) for c in "åäöÅÄÖ")
        print(f"{name}: {len(text)} characters, {len(text.split())} words, {letters} å/ä/ö")
    return 0


def main() -> int:
    return write(build(), OUT, description=__doc__.splitlines()[0])


if __name__ == "__main__":
    sys.exit(main())

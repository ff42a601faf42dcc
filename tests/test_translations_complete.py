"""The English catalogue is complete: every message has a translation, none is
a guess (fuzzy), and each keeps its placeholders."""

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CATALOGUES = sorted(
    path for path in ROOT.glob("**/locale/en/LC_MESSAGES/django.po") if ".venv" not in path.parts
)
PLACEHOLDER = re.compile(r"%\((\w+)\)[sd]|\{(\w+)[^{}]*\}")


def entries(path: Path) -> list[dict]:
    """A small .po reader: msgid, msgid_plural, msgstr[…] and flags per entry."""
    found = []
    for block in path.read_text(encoding="utf-8").split("\n\n"):
        entry, key = {"flags": set()}, None
        for line in block.splitlines():
            if line.startswith("#,"):
                entry["flags"] |= {flag.strip() for flag in line[2:].split(",")}
            elif line.startswith("#"):
                continue
            elif line.startswith('"') and key:
                entry[key] += ast.literal_eval(line)
            elif line:
                key, _, value = line.partition(" ")
                entry[key] = ast.literal_eval(value)
        if entry.get("msgid"):
            found.append(entry)
    return found


def translations(entry: dict) -> list[str]:
    return [value for key, value in entry.items() if key.startswith("msgstr")]


def test_the_project_and_follow_up_catalogues_are_found():
    found = {path.relative_to(ROOT).as_posix() for path in CATALOGUES}
    assert "locale/en/LC_MESSAGES/django.po" in found
    assert "fou/followup/locale/en/LC_MESSAGES/django.po" in found


@pytest.mark.parametrize("path", CATALOGUES, ids=lambda path: str(path.relative_to(ROOT)))
def test_every_message_is_translated_and_none_is_fuzzy(path):
    catalogue = entries(path)
    untranslated = [e["msgid"] for e in catalogue if not all(translations(e))]
    fuzzy = [e["msgid"] for e in catalogue if "fuzzy" in e["flags"]]
    assert len(catalogue) > 50
    assert untranslated == []
    assert fuzzy == []


@pytest.mark.parametrize("path", CATALOGUES, ids=lambda path: str(path.relative_to(ROOT)))
def test_translations_keep_the_placeholders(path):
    def names(text):
        return sorted({a or b for a, b in PLACEHOLDER.findall(text)})

    wrong = [
        e["msgid"]
        for e in entries(path)
        for text in translations(e)
        if names(text) != names(e["msgid"]) and not e.get("msgid_plural")
    ]
    assert wrong == []


def test_the_reader_sees_an_untranslated_and_a_fuzzy_entry(tmp_path):
    po = tmp_path / "django.po"
    po.write_text(
        'msgid ""\nmsgstr "header"\n\n'
        'msgid "Titel"\nmsgstr ""\n\n'
        '#, fuzzy\nmsgid "Syfte"\nmsgstr "Purpose"\n\n'
        'msgid "Lång "\n"text"\nmsgstr "Long text"\n',
        encoding="utf-8",
    )
    found = {e["msgid"]: e for e in entries(po)}
    assert found["Titel"]["msgstr"] == ""
    assert "fuzzy" in found["Syfte"]["flags"]
    assert found["Lång text"]["msgstr"] == "Long text"

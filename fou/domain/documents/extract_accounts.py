"""Yearly accounts (redovisning): the projects of a year, and which continued.

Two layouts are known. Seed 001 numbers the projects, each headed
"title, organisation(s) stadsdelsförvaltning" and followed by its purpose;
seed 003 lists them as "- *title* - purpose" with no organisation. A closing
sentence names the projects granted money to continue the next year.
"""

import re
from collections.abc import Iterable
from dataclasses import dataclass

from fou.domain.text.ocr_repair import RepairResult, repair

_SECTION = re.compile(r"Redovisning av lokala utvecklings(?:medel|projekt)(?: år)? (\d{4})")
_NUMBERED = re.compile(r"(?:^|\s)(\d{1,2})\. (.+?)(?=\s\d{1,2}\. |\sSlutrapporterna |$)")
_PURPOSE_START = re.compile(r"\s(?=(?:Syftet|Projekte?t?s? (?:\w+ )?syfte)\b)")
_BULLETED = re.compile(r"^\s*[-•]\s*\*(.+?)\*\s*[-–]\s*(.+)$", re.MULTILINE)
_CONTINUED = re.compile(r"[^.]*?(?:fortsatt|fortsätta)[^.]*\.")
_QUOTED = re.compile(r"[”\"](.+?)[”\"]")
_ORGANISATION_WORDS = re.compile(r"\s*stadsdelsförvaltning(?:ar|en)?\s*$")


@dataclass(frozen=True)
class AccountedProject:
    title: str
    # The registry names joined as the source lists them, e.g. "Kungsholmen,
    # Norrmalm och Östermalm"; None when the source does not say.
    organisation: str | None
    # The registry names found in ``organisation``.
    organisations: tuple[str, ...]
    purpose: str
    continued: bool


@dataclass(frozen=True)
class YearlyAccount:
    year: int | None
    projects: tuple[AccountedProject, ...]


def extract_accounts(
    text: str, *, known_organisations: Iterable[str], repaired: RepairResult | None = None
) -> YearlyAccount:
    """The accounted projects of a yearly account.

    Without a heading "Redovisning av lokala utvecklingsprojekt <år>" the
    text is no yearly account and no project is returned. ``repaired`` is
    ``repair(text, extra_words=known_organisations)`` when the caller has it.
    """
    names = list(known_organisations)
    repaired = (repaired or repair(text, extra_words=names)).text
    section = _SECTION.search(repaired)
    if section is None:
        return YearlyAccount(None, ())
    year = int(section.group(1))
    body = repaired[section.end() :]
    flat = " ".join(body.split())
    projects = _numbered_projects(flat, names) or _bulleted_projects(body)
    continued_names = _continued_names(body)
    return YearlyAccount(
        year,
        tuple(
            AccountedProject(
                p.title,
                p.organisation,
                p.organisations,
                p.purpose,
                any(_same_project(name, p.title) for name in continued_names),
            )
            for p in projects
        ),
    )


def _numbered_projects(flat: str, names: list[str]) -> list[AccountedProject]:
    projects = []
    for _, item in _NUMBERED.findall(flat):
        parts = _PURPOSE_START.split(item, maxsplit=1)
        if len(parts) != 2:
            continue
        head, purpose = parts
        title, organisation, found = _split_organisation(head.strip(), names)
        projects.append(AccountedProject(title, organisation, found, purpose.strip(), False))
    return projects


def _split_organisation(head: str, names: list[str]) -> tuple[str, str | None, tuple[str, ...]]:
    """Title and organisation of "title, org, org och orgs stadsdelsförvaltning"."""
    pieces = head.split(", ")
    for cut in range(1, len(pieces)):
        tail = ", ".join(pieces[cut:])
        organisation = _ORGANISATION_WORDS.sub("", tail)
        found = _registry_names(organisation, names)
        if found:
            named = found[0] if len(found) == 1 else f"{', '.join(found[:-1])} och {found[-1]}"
            return ", ".join(pieces[:cut]), named, found
    return head, None, ()


def _registry_names(organisation: str, names: list[str]) -> tuple[str, ...]:
    """Registry names of every part, or () unless each part is one (a genitive s allowed)."""
    by_lower = {name.lower(): name for name in names}
    found = []
    for part in re.split(r", | och ", organisation):
        lower = part.strip().lower()
        name = by_lower.get(lower) or (by_lower.get(lower[:-1]) if lower.endswith("s") else None)
        if name is None:
            return ()
        found.append(name)
    return tuple(found)


def _bulleted_projects(body: str) -> list[AccountedProject]:
    return [
        AccountedProject(title.strip(), None, (), purpose.strip().lstrip("-– "), False)
        for title, purpose in _BULLETED.findall(body)
    ]


def _continued_names(body: str) -> list[str]:
    """Names in the sentence(s) granting money to continue.

    Quoted titles may wrap over lines; an unquoted list stands on one line.
    """
    names = []
    for sentence in _CONTINUED.findall(" ".join(body.split())):
        names.extend(_QUOTED.findall(sentence))
    for line in body.splitlines():
        if _CONTINUED.search(line) and not _QUOTED.search(line):
            listed = re.split(r"\s+har (?:fått|beviljats)", line.strip())[0]
            names.extend(n.strip() for n in re.split(r", | och ", listed) if n.strip())
    return names


def _same_project(name: str, title: str) -> bool:
    """ "Samlarteamet" is "Samlarteam", "LIHF" the project ending in "-LIHF"."""
    name_l, title_l = name.lower(), title.lower()
    if name_l.startswith(title_l) or title_l.startswith(name_l):
        return True
    if name.isupper() and re.search(rf"\b{re.escape(name_l)}\b", title_l):
        return True
    first_name, first_title = name_l.split()[0], title_l.split()[0]
    return len(first_name) >= 5 and first_name == first_title

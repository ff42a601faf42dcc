"""What a new document probably is: title, type, year, organisations, fund.

Only proposals: the grants officer sees them in the form and corrects them.
"""

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

# Document types, as the knowledge bank's model names them.
PROJECT_PLAN = "project_plan"
PRE_STUDY = "pre_study"
FINAL_REPORT = "final_report"
TRAVEL_REPORT = "travel_report"
DECISION = "decision"
YEARLY_ACCOUNT = "yearly_account"
OTHER = "other"

# Folded keywords, in the order they decide: the more specific first, since a
# decision mentions reports and a report mentions decisions.
_TYPE_WORDS = [
    (FINAL_REPORT, ("slutrapport", "slutredovisning")),
    (TRAVEL_REPORT, ("reserapport", "rapport fran studieresa", "rapport fran studiebesok")),
    (PRE_STUDY, ("forstudie",)),
    (PROJECT_PLAN, ("projektplan",)),
    (YEARLY_ACCOUNT, ("redovisning",)),
    (DECISION, ("forslag till beslut", "tjansteutlatande", "beslut")),
]
_YEAR = re.compile(r"(?<!\d)(20[0-4]\d|19[89]\d)(?!\d)")
_SKIPPED_OPENINGS = (
    "förvaltningens förslag",
    "förslag till beslut",
    "handläggare",
    "till",
    "telefon",
)
TITLE_LENGTH = 200
MIN_TITLE_WORDS = 3


@dataclass(frozen=True)
class Proposal:
    title: str
    type: str
    year: int | None
    organisations: tuple  # keys of the names found, most mentioned first
    fund: str | None


def _folded(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _paragraphs(text: str) -> list[str]:
    return [" ".join(p.split()) for p in re.split(r"\n\s*\n", text) if p.strip()]


def propose_title(text: str) -> str:
    """The first paragraph near the top that reads like a heading or sentence."""
    for paragraph in _paragraphs(text)[:40]:
        if len(paragraph.split()) < MIN_TITLE_WORDS:
            continue
        lower = paragraph.lower()
        # Names of signatories ("Fredrik Jurdell …") have no lower-case word.
        lowercase_words = sum(1 for w in paragraph.split() if w.isalpha() and w.islower())
        if lower.startswith(_SKIPPED_OPENINGS) or not paragraph[0].isupper() or lowercase_words < 1:
            continue
        if len(paragraph) <= TITLE_LENGTH:
            return paragraph
        return paragraph[:TITLE_LENGTH].rsplit(" ", 1)[0] + " …"
    return ""


def propose_type(title: str, text: str) -> str:
    for haystack in (_folded(title), _folded(text[:5000])):
        for kind, keywords in _TYPE_WORDS:
            if any(keyword in haystack for keyword in keywords):
                return kind
    return OTHER


def propose_year(title: str, text: str) -> int | None:
    """The latest year in the title, else the year the text names most often."""
    in_title = [int(y) for y in _YEAR.findall(title)]
    if in_title:
        return max(in_title)
    counts = Counter(int(y) for y in _YEAR.findall(text))
    if not counts:
        return None
    return max(counts, key=lambda year: (counts[year], year))


def propose_organisations(text: str, names: Mapping[str, object]) -> tuple:
    """Keys of the organisation names (any spelling the register knows) found in the text."""
    haystack = _folded(text)
    counts: Counter = Counter()
    for name, key in names.items():
        pattern = r"(?<!\w)" + re.escape(_folded(name)) + r"(?!\w)"
        found = len(re.findall(pattern, haystack))
        if found:
            counts[key] += found
    return tuple(key for key, _ in counts.most_common())


def propose_fund(text: str, fund_words: Mapping[str, Iterable[str]]) -> str | None:
    """The fund mentioned clearly more often than any other, if one is."""
    haystack = _folded(text)
    counts = Counter()
    for code, keywords in fund_words.items():
        for keyword in keywords:
            counts[code] += len(re.findall(r"(?<!\w)" + re.escape(_folded(keyword)), haystack))
    ranked = counts.most_common()
    if not ranked or not ranked[0][1]:
        return None
    if len(ranked) > 1 and ranked[0][1] < 2 * ranked[1][1]:
        return None
    return ranked[0][0]


def propose(
    text: str,
    *,
    organisation_names: Mapping[str, object],
    fund_words: Mapping[str, Iterable[str]],
    fallback_title: str = "",
) -> Proposal:
    title = propose_title(text) or fallback_title
    kind = propose_type(title, text)
    return Proposal(
        title=title,
        type=kind,
        year=propose_year(title, text),
        organisations=propose_organisations(text, organisation_names),
        fund=propose_fund(text, fund_words),
    )

"""The year a decision document allocates money for."""

import re

# "Fördelning av lokala utvecklingsmedel och medel för … studiebesök/resor 2023":
# the title, and every allocation table's heading, end with the year.
_ALLOCATION_YEAR = re.compile(r"fördelning av\b.{0,200}?\b((?:19|20)\d\d)\b", re.IGNORECASE)


def decision_year(text: str) -> int | None:
    """The year in the document's first "Fördelning av …" heading; None without one.

    Expects repaired text: OCR turns "Fördelning" into "Fordelning".
    """
    found = _ALLOCATION_YEAR.search(" ".join(text.split()))
    return int(found.group(1)) if found else None

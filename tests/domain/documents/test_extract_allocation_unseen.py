"""``extract_allocation`` on decisions it has never seen, damaged like the seeds."""

import pytest

from fou.domain.documents.cells import join_lines
from fou.domain.documents.extract_allocation import extract_allocation
from fou.domain.organisations import SEED_ORGANISATION_NAMES
from fou.domain.text.cer import character_errors

from .synthetic_decisions import decision

SEEDS = range(1, 9)


def _rows(extraction, fund):
    table = extraction.table(fund)
    return [(row.organisation, row.text, row.granted) for row in table.rows]


@pytest.mark.parametrize("seed", SEEDS)
def test_organisations_amounts_and_totals_are_read_exactly(seed):
    unseen = decision(seed)
    extraction = extract_allocation(unseen.damaged, known_organisations=SEED_ORGANISATION_NAMES)
    for fund, expected in (("LUM", unseen.lum), ("MUL", unseen.mul)):
        rows = _rows(extraction, fund)
        assert [(o, a) for o, _, a in rows] == [(o, a) for o, _, a in expected]
    assert extraction.issues == ()


def test_descriptions_lose_at_least_97_percent_of_their_damage():
    before = after = 0
    for seed in SEEDS:
        unseen = decision(seed)
        extraction = extract_allocation(unseen.damaged, known_organisations=SEED_ORGANISATION_NAMES)
        damaged_cells = _damaged_descriptions(unseen.damaged)
        for fund, expected in (("LUM", unseen.lum), ("MUL", unseen.mul)):
            for (_, text, _), (_, clean, _) in zip(_rows(extraction, fund), expected, strict=True):
                after += character_errors(text, clean)
                before += character_errors(damaged_cells.pop(0), clean)
    assert before > 100
    assert after <= 0.03 * before, (before, after)


def _damaged_descriptions(damaged: str) -> list[str]:
    """The description cells of the damaged text, lines joined, unrepaired."""
    cells = [c for c in damaged.split("\n\n")]
    found = []
    for index, cell in enumerate(cells):
        amount = cell.strip().replace(" ", "")
        if amount.isdigit() and index >= 2 and "kronor" not in cells[index - 1]:
            previous = cells[index - 1]
            if not previous.strip().replace(" ", "").isdigit() and index >= 2:
                found.append(join_lines(previous.splitlines()))
    # Drop the totals' neighbours: "Totalt" precedes a total, not a description.
    return [text for text in found if text.lower() != "totalt"]

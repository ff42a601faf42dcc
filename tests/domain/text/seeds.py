"""The shared seed documents, found beside the repository as CI lays it out."""

from pathlib import Path

from fou.domain.organisations import SEED_ORGANISATION_NAMES

SHARED = Path(__file__).resolve().parents[3] / ".." / "shared"
SEEDS = SHARED / "seeds"
DAMAGED_000 = SEEDS / "000_1494b544f05cb6d8.txt"
CLEAN_001 = SEEDS / "001_0fa8db8e1714425d.txt"
DECISION_002 = SEEDS / "002_76740279ec4a058c.txt"
CLEAN_003 = SEEDS / "003_feb61ffa67b1f370.txt"
PLAN_004 = SEEDS / "004_008b215ddad01cfe.txt"
ALLOCATION_2023 = SHARED / "data" / "allocation-2023.json"

KNOWN_ORGANISATIONS = SEED_ORGANISATION_NAMES

"""OCR repair benchmark: character error rate before and after repair.

Run from the repository root: ``python bench/ocr_repair.py``. Rows:

* 000 ∩ 001: the words of the damaged seed 000 that also occur, in the same
  order, in its clean original 001;
* 001 and 003 damaged synthetically with the confusion frequencies measured
  between 000 and 001, and with the full profile of the damaged seeds 000,
  002 and 004 (``profile.estimate_profile``), three seeds each;
* the development texts (``bench/data/dev_sv``, Swedish from other
  catalogues than the held-out ones, see ``bench/data/build_dev_sv.py``),
  damaged with the full profile and other random seeds: the repair is
  tuned, and its errors inspected, on these;
* separately, the held-out texts (``bench/data/heldout_sv``, Swedish the
  repair was never tuned on) damaged with the full profile, and as they are;
* the allocation tables read by ``extract_allocation`` from synthetic
  decisions it has never seen (other districts, projects, amounts, damage).

Correct words changed are given per 16 000 characters of damaged text.

For each: CER before repair, after the plain word-list lookup (the baseline:
each word becomes its most frequent reading, no context), after our repair;
the share of errors removed and how many words that were correct got changed.
"""

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from fou.domain.documents.extract_allocation import extract_allocation  # noqa: E402
from fou.domain.organisations import SEED_ORGANISATION_NAMES as DISTRICT_NAMES  # noqa: E402
from fou.domain.text.cer import character_errors  # noqa: E402
from fou.domain.text.confusions import align_words, measure_confusions  # noqa: E402
from fou.domain.text.damage import damage_text  # noqa: E402
from fou.domain.text.ocr_repair import repair_text  # noqa: E402
from fou.domain.text.profile import estimate_profile  # noqa: E402
from fou.domain.text.readings import whole_word_readings  # noqa: E402
from fou.domain.text.wordlist import swedish_lexicon  # noqa: E402

try:
    from fou.domain.text.spelling import character_model
except ImportError:  # an older repair, measured for comparison
    character_model = None

SEEDS = ROOT / ".." / "shared" / "seeds"
DAMAGED_000 = SEEDS / "000_1494b544f05cb6d8.txt"
CLEAN_001 = SEEDS / "001_0fa8db8e1714425d.txt"
CLEAN_003 = SEEDS / "003_feb61ffa67b1f370.txt"
DAMAGED_002 = SEEDS / "002_76740279ec4a058c.txt"
DAMAGED_004 = SEEDS / "004_008b215ddad01cfe.txt"
HELDOUT = ROOT / "bench" / "data" / "heldout_sv"
DEV = ROOT / "bench" / "data" / "dev_sv"
DEV_SEEDS = (21, 22)
RANDOM_SEEDS = (1, 2, 3)
DECISION_SEEDS = range(1, 21)
HELDOUT_SEEDS = (11, 12)


def word_lookup_baseline(text: str) -> str:
    """Replace each word by its most frequent single-word reading."""
    import re

    lexicon = swedish_lexicon()

    def best(match: re.Match) -> str:
        word = match.group()
        readings = whole_word_readings(lexicon, word.lower())
        if not readings or len(word) < 2:
            return word
        top = max(readings, key=lambda r: lexicon.frequency(r.text))
        if lexicon.frequency(top.text) <= lexicon.frequency(word.lower()):
            return word
        return top.text[:1].upper() + top.text[1:] if word[0].isupper() else top.text

    return re.sub(r"[^\W\d_]+|[{&@6]+[^\W_]*|\b1\b", best, text)


def score(damaged: list[str], repaired: list[str], clean: list[str]) -> tuple[int, int, int]:
    """Errors before, errors after, correct words changed, over aligned words."""
    before = character_errors(" ".join(damaged), " ".join(clean))
    after = character_errors(" ".join(repaired), " ".join(clean))
    broken = sum(1 for d, r, c in zip(damaged, repaired, clean, strict=True) if d == c != r)
    return before, after, broken


def overlap_words(damaged: str, clean: str, repaired: str):
    d_words, c_words, r_words = damaged.split(), clean.split(), repaired.split()
    spans = align_words(damaged, clean)
    picked = [(s.damaged_start + i, s.clean_start + i) for s in spans for i in range(s.length)]
    return (
        [d_words[i] for i, _ in picked],
        [r_words[i] for i, _ in picked],
        [c_words[j] for _, j in picked],
    )


def tuning_rows(full_profile):
    damaged_000, clean_001 = DAMAGED_000.read_text(), CLEAN_001.read_text()
    yield "000 ∩ 001 (real OCR)", damaged_000, clean_001, True
    first_profile = measure_confusions(damaged_000, clean_001)
    for profile_name, table in (("000", first_profile), ("full", full_profile)):
        for path in (CLEAN_001, CLEAN_003):
            clean = path.read_text()
            for seed in RANDOM_SEEDS:
                yield (
                    f"{path.name[:3]} {profile_name} prof. seed {seed}",
                    damage_text(clean, table, seed=seed),
                    clean,
                    False,
                )
    for path in (CLEAN_001, CLEAN_003):
        clean = path.read_text()
        yield f"{path.name[:3]} clean (must stay)", clean, clean, False


def catalogue_rows(folder: Path, seeds, full_profile):
    for path in sorted(folder.glob("*.txt")):
        clean = path.read_text()
        for seed in seeds:
            yield (
                f"{path.stem} seed {seed}",
                damage_text(clean, full_profile, seed=seed),
                clean,
                False,
            )
    for path in sorted(folder.glob("*.txt")):
        clean = path.read_text()
        yield f"{path.stem} clean (must stay)", clean, clean, False


# Seconds spent in ``repair_text`` and characters it read.
REPAIR_TIME = [0.0, 0]


def table(title: str, rows) -> None:
    header = (
        f"{'text':<28}{'chars':>7}{'CER before':>12}{'baseline':>10}{'ours':>8}"
        f"{'removed base':>14}{'removed ours':>14}{'broken base':>13}{'broken ours':>13}"
    )
    print(title)
    print(header)
    print("-" * len(header))
    totals = [0, 0, 0, 0, 0]
    worse = damaged_characters = 0
    for label, damaged, clean, overlap_only in rows:
        started = time.perf_counter()
        ours_text = repair_text(damaged)
        REPAIR_TIME[0] += time.perf_counter() - started
        REPAIR_TIME[1] += len(damaged)
        base_text = word_lookup_baseline(damaged)
        if overlap_only:
            d, r, c = overlap_words(damaged, clean, ours_text)
            _, b, _ = overlap_words(damaged, clean, base_text)
        else:
            d, r, b, c = damaged.split(), ours_text.split(), base_text.split(), clean.split()
        before, after, broken = score(d, r, c)
        _, after_base, broken_base = score(d, b, c)
        length = len(" ".join(c))
        # Correct words changed are counted per 16 000 characters of damaged
        # text; changes to a clean text count too, but add no characters.
        damaged_characters += length if damaged != clean else 0
        worse += after > before
        totals = [
            x + y
            for x, y in zip(totals, (before, after_base, after, broken_base, broken), strict=True)
        ]

        def removed(errors_after: int, errors_before: int = before) -> str:
            return f"{100 * (1 - errors_after / errors_before):.1f} %" if errors_before else "–"

        print(
            f"{label:<28}{length:>7}{before / length:>12.2%}{after_base / length:>10.2%}"
            f"{after / length:>8.2%}{removed(after_base):>14}{removed(after):>14}"
            f"{broken_base:>13}{broken:>13}"
        )
    before, after_base, after, broken_base, broken = totals
    per_16k = 16_000 / damaged_characters
    print("-" * len(header))
    print(
        f"all: errors {before} -> baseline {after_base}"
        f" ({100 * (1 - after_base / before):.1f} % removed,"
        f" {broken_base * per_16k:.1f} correct words changed per 16 000 characters) -> ours {after}"
        f" ({100 * (1 - after / before):.1f} % removed,"
        f" {broken * per_16k:.1f} correct words changed per 16 000 characters),"
        f" files made worse: {worse}"
    )
    print()


def decisions_table(full_profile) -> None:
    """``extract_allocation`` on synthetic decisions it has not seen (see
    tests/domain/documents/synthetic_decisions.py), damaged with the full profile."""
    from tests.domain.documents.synthetic_decisions import decision

    rows = exact = right = errors_before = errors_after = characters = 0
    for seed in DECISION_SEEDS:
        unseen = decision(seed)
        extraction = extract_allocation(unseen.damaged, known_organisations=DISTRICT_NAMES)
        for fund, expected in (("LUM", unseen.lum), ("MUL", unseen.mul)):
            table_rows = extraction.table(fund).rows if extraction.table(fund) else ()
            got = [(r.organisation, r.text, r.granted) for r in table_rows]
            got += [("", "", 0)] * (len(expected) - len(got))
            for (organisation, text, amount), row in zip(expected, got, strict=False):
                rows += 1
                exact += (organisation, text, amount) == row
                right += (organisation, amount) == (row[0], row[2])
                errors_after += character_errors(row[1], text)
                errors_before += character_errors(damage_text(text, full_profile, seed=seed), text)
                characters += len(text)
    print(f"Allocation tables of {len(DECISION_SEEDS)} unseen synthetic decisions ({rows} rows)")
    print(
        f"organisation and amount right: {right}/{rows}; rows exactly right: {exact}/{rows};"
        f" description CER: damaged alone with the profile {errors_before / characters:.2%}"
        f" -> extracted {errors_after / characters:.2%}"
        f" ({100 * (1 - errors_after / errors_before):.1f} % removed)"
    )
    print()


def main() -> int:
    started = time.monotonic()
    full_profile = estimate_profile(
        [DAMAGED_000.read_text(), DAMAGED_002.read_text(), DAMAGED_004.read_text()],
        [CLEAN_001.read_text(), CLEAN_003.read_text()],
    )
    # Word list and character model load once, outside the timed repairs.
    repair_text("Förberedelse: ordlistan laddas en gång.")
    if character_model is not None:
        character_model(swedish_lexicon())
    table("Tuning texts (the seeds)", tuning_rows(full_profile))
    table(
        "Development texts (bench/data/dev_sv, tuned and inspected on)",
        catalogue_rows(DEV, DEV_SEEDS, full_profile),
    )
    table(
        "Held-out texts (bench/data/heldout_sv, never tuned on)",
        catalogue_rows(HELDOUT, HELDOUT_SEEDS, full_profile),
    )
    seconds, characters = REPAIR_TIME
    print(f"repair speed: {characters / seconds:,.0f} characters/s over {characters:,} characters")
    print()
    decisions_table(full_profile)
    print(f"{time.monotonic() - started:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Repair measured on the seeds: the issue's targets, as tests."""

import pytest

from fou.domain.text.cer import character_errors
from fou.domain.text.confusions import align_words, measure_confusions
from fou.domain.text.damage import damage_text
from fou.domain.text.ocr_repair import repair, repair_text

from .seeds import CLEAN_001, CLEAN_003, DAMAGED_000, PLAN_004


def _errors(text_words, clean_words):
    return character_errors(" ".join(text_words), " ".join(clean_words))


@pytest.mark.parametrize("path", [CLEAN_001, CLEAN_003], ids=["001", "003"])
def test_clean_seed_is_left_exactly_as_it_was(path):
    text = path.read_text()
    assert repair_text(text) == text


def test_real_ocr_damage_in_000_is_removed_where_001_has_the_clean_text():
    damaged, clean = DAMAGED_000.read_text(), CLEAN_001.read_text()
    repaired = repair_text(damaged)
    pairs = [
        (span.damaged_start + i, span.clean_start + i)
        for span in align_words(damaged, clean)
        for i in range(span.length)
    ]
    d_words, r_words, c_words = damaged.split(), repaired.split(), clean.split()
    before = _errors([d_words[i] for i, _ in pairs], [c_words[j] for _, j in pairs])
    after = _errors([r_words[i] for i, _ in pairs], [c_words[j] for _, j in pairs])
    assert before > 30
    assert after <= 0.03 * before


@pytest.mark.parametrize("path", [CLEAN_001, CLEAN_003], ids=["001", "003"])
def test_synthetic_damage_with_measured_confusions_is_removed(path):
    table = measure_confusions(DAMAGED_000.read_text(), CLEAN_001.read_text())
    clean = path.read_text()
    damaged = damage_text(clean, table, seed=7)
    repaired = repair_text(damaged)
    before, after = character_errors(damaged, clean), character_errors(repaired, clean)
    assert before > 150
    assert after <= 0.03 * before
    broken = [
        (d, r)
        for d, r, c in zip(damaged.split(), repaired.split(), clean.split(), strict=True)
        if d == c != r
    ]
    assert len(broken) <= 2, broken


def test_line_breaks_spacing_numbers_and_punctuation_stay():
    text = "Totalt beviljades 4 038 500 kronor for ar 2023;\n\n  — se bilaga 1 (LUM-ansdkningar).\n"
    repaired = repair_text(text)
    assert (
        repaired
        == "Totalt beviljades 4 038 500 kronor för år 2023;\n\n  — se bilaga 1 (LUM-ansökningar).\n"
    )


@pytest.mark.parametrize(
    ("damaged", "clean"),
    [
        ("Ett sitt att starka", "Ett sätt att stärka"),
        ("det dr viktigt", "det är viktigt"),
        ("per ar ar 500 000 kronor", "per år är 500 000 kronor"),
        ("projekt bor ha uppnatt", "projekt bör ha uppnått"),
        ("personer som bor pa boendet", "personer som bor på boendet"),
        ("medel {or utbyte", "medel för utbyte"),
        ("klientcentreringen\n1 arbetet", "klientcentreringen\ni arbetet"),
        ("socialtjdnstavdelningen", "socialtjänstavdelningen"),
        ("Hésselby-Villingby", "Hässelby-Vällingby"),
        ("City Government of Amsterdam", "City Government of Amsterdam"),
    ],
)
def test_words_are_read_in_context(damaged, clean):
    assert repair_text(damaged) == clean


def test_damage_no_reading_explains_is_reported_not_guessed():
    result = repair("Skrivet av Xq6zz i socialndmnden och i andra namnder.")
    assert "Xq6zz" in result.text
    assert [c.original for c in result.doubtful] == ["Xq6zz"]


def test_repair_is_idempotent_on_a_damaged_seed():
    once = repair_text(PLAN_004.read_text())
    assert repair_text(once) == once

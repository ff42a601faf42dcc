"""Repair by kind of damage and kind of correct word (issue 14)."""

import math

import pytest

from fou.domain.text.confusions import CHANNEL_COST
from fou.domain.text.ocr_repair import repair, repair_text
from fou.domain.text.profile import estimate_profile

from .seeds import CLEAN_001, CLEAN_003, DAMAGED_000, DECISION_002, PLAN_004


@pytest.mark.parametrize(
    ("damaged", "clean"),
    [
        ("Under ar 2 ska projektet", "Under år 2 ska projektet"),
        ("for ar 2 soker vi", "för år 2 söker vi"),
        ("ett utvecklingsprojekt ar 2 och 3", "ett utvecklingsprojekt år 2 och 3"),
        ("Projektet Trygg hemma, ar 3", "Projektet Trygg hemma, år 3"),
        ("det ar 2 projekt som", "det är 2 projekt som"),
        ("per ar ar 500 000 kronor", "per år är 500 000 kronor"),
    ],
)
def test_year_beside_a_number(damaged, clean):
    assert repair_text(damaged) == clean


def test_a_word_split_at_a_line_end_is_judged_whole_and_keeps_its_break():
    damaged = "stod for bostadssok-\nning och boende"
    assert repair_text(damaged) == "stöd för bostadssök-\nning och boende"


def test_names_mid_sentence_stay_when_the_text_is_damaged():
    damaged = "Pa mdtet var Per Back och Anna Lind fran Solna for att lara"
    assert repair_text(damaged) == "På mötet var Per Back och Anna Lind från Solna för att lära"


def test_a_known_word_stays_unless_a_reading_is_far_likelier():
    # "rader" (rows) and "data" are words, though "råder" and "äta" are commoner.
    damaged = "Tabellen har tva rader med data som behovs for att ga vidare"
    assert repair_text(damaged) == "Tabellen har två rader med data som behövs för att gå vidare"


def test_digits_in_running_text_stay():
    damaged = "Det gar fran 1 till 3 under ar 2 och bor 1 Solna"
    assert repair_text(damaged) == "Det går från 1 till 3 under år 2 och bor i Solna"


def test_words_in_capitals_are_repaired_and_acronyms_left():
    assert repair_text("FORSTA steget for LUM och FoU") == "FÖRSTA steget för LUM och FoU"


def test_changes_record_both_halves_of_a_split_word():
    result = repair("arbetet med socialtjdn-\nsten for barn")
    originals = [c.original for c in result.changes]
    assert "socialtjdn" in originals
    assert result.text == "arbetet med socialtjän-\nsten för barn"


def test_channel_costs_follow_the_profile_of_all_three_damaged_seeds():
    profile = estimate_profile(
        [DAMAGED_000.read_text(), DECISION_002.read_text(), PLAN_004.read_text()],
        [CLEAN_001.read_text(), CLEAN_003.read_text()],
    )
    # Damage only 002 and 004 show is in the profile.
    assert profile["ä"]["éi"] > 0 and profile["ä"]["&"] > 0
    assert profile["ö"]["6"] > 0 and profile["ö"]["é"] > 0
    for spelling, letters in CHANNEL_COST.items():
        for letter, cost in letters.items():
            seen = profile[letter]
            total = sum(seen.values()) + 0.5 * (len(seen) + 1)
            measured = -math.log10((seen.get(spelling, 0.0) + 0.5) / total)
            assert abs(measured - cost) <= 0.3, (spelling, letter, measured, cost)


def test_mixed_case_names_stay_in_damaged_and_clean_text():
    assert repair_text("Anropa GtkOrientation for att lasa") == (
        "Anropa GtkOrientation för att läsa"
    )

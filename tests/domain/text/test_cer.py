import pytest

from fou.domain.text.cer import cer, character_errors


def test_identical_text_has_no_errors():
    assert cer("socialtjänsten", "socialtjänsten") == 0.0


def test_counts_substitutions_insertions_and_deletions_per_clean_character():
    # "socialtjédnsten": ä read as é (substitution) plus a stray d (insertion).
    assert character_errors("socialtjédnsten", "socialtjänsten") == 2
    assert cer("socialtjédnsten", "socialtjänsten") == pytest.approx(2 / 14)


def test_empty_reference():
    assert cer("", "") == 0.0
    assert cer("x", "") == 1.0

"""Swedish amounts and number words, as the decision documents write them."""

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fou.domain.money import (
    MAX_NUMBER_WORDS,
    format_amount,
    format_kronor_long,
    number_words,
    parse_kronor,
    parse_number_words,
)

numbers = st.integers(min_value=0, max_value=MAX_NUMBER_WORDS)


def test_amounts_as_in_the_2023_decision():
    assert format_amount(3_850_000).replace("\u00a0", " ") == "3 850 000"
    assert format_amount(188_500).replace("\u00a0", " ") == "188 500"
    assert format_kronor_long(4_038_500).replace("\u00a0", " ") == "4 038 500 kronor"
    assert format_amount(0) == "0"


@given(numbers)
def test_amount_groups_are_three_digits_and_read_back(n):
    text = format_amount(n)
    groups = text.split("\u00a0")
    assert all(len(g) == 3 for g in groups[1:])
    assert 1 <= len(groups[0]) <= 3
    if n <= 999_999_999:
        assert parse_kronor(text) == n


def test_words_the_documents_use():
    assert number_words(11) == "elva"
    assert number_words(8) == "åtta"
    assert number_words(6) == "sex"
    assert number_words(1, common_gender=True) == "en"
    assert number_words(21, common_gender=True) == "tjugoen"
    assert number_words(1000) == "ettusen"
    assert number_words(250_000) == "tvåhundrafemtiotusen"
    assert number_words(2_000_001) == "två miljoner ett"
    assert number_words(MAX_NUMBER_WORDS) == "en miljard"


@given(numbers, st.booleans())
def test_words_read_back_to_the_number(n, common):
    assert parse_number_words(number_words(n, common_gender=common)) == n


@given(numbers)
def test_words_are_lower_case_letters_and_spaces(n):
    assert re.fullmatch(r"[a-zåäö]+( [a-zåäö]+)*", number_words(n))


@given(st.integers(min_value=0, max_value=MAX_NUMBER_WORDS - 1))
def test_different_numbers_have_different_words(n):
    assert number_words(n) != number_words(n + 1)


@pytest.mark.parametrize("n", [-1, MAX_NUMBER_WORDS + 1])
def test_outside_the_range_is_refused(n):
    with pytest.raises(ValueError):
        number_words(n)


def test_a_word_that_is_no_number_is_refused():
    with pytest.raises(ValueError):
        parse_number_words("elvaxx")

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fou.domain.money import MAX_KRONOR, AmountError, format_kronor, parse_kronor


@pytest.mark.parametrize(
    "text",
    [
        "450 000 kr",
        "450000",
        "450 000",
        "450\u00a0000",
        "450\u202f000 kr",
        "  450 000  ",
        "450000kr",
        "450 000 KR",
        "450 000 kronor",
        "450 000:-",
        "450 000,00",
        "450.000",
    ],
)
def test_ways_of_writing_450_000_kr(text):
    assert parse_kronor(text) == 450_000


def test_periods_group_thousands_in_millions_too():
    assert parse_kronor("1.250.000") == 1_250_000


def test_an_amount_over_the_cap_is_read_caps_are_a_rule():
    assert parse_kronor("5 000 000") == 5_000_000


def test_zero_is_read_it_is_for_the_rules_to_refuse():
    assert parse_kronor("0") == 0


def error_for(text):
    with pytest.raises(AmountError) as caught:
        parse_kronor(text)
    return caught.value


def test_letters_are_refused_with_an_example():
    error = error_for("abc")
    assert (error.code, str(error)) == (
        "invalid",
        "Skriv beloppet i hela kronor, till exempel 450 000.",
    )


@pytest.mark.parametrize("text", ["-5", "−5", "- 5 000 kr"])
def test_negative_amounts_are_refused(text):
    error = error_for(text)
    assert (error.code, str(error)) == ("negative", "Beloppet kan inte vara negativt.")


@pytest.mark.parametrize("text", ["500 000,50", "500000.5", "450,5 kr"])
def test_ore_are_refused(text):
    error = error_for(text)
    assert (error.code, str(error)) == ("ore", "Ange beloppet i hela kronor utan ören.")


@pytest.mark.parametrize("text", ["", "   ", "\u00a0"])
def test_empty_input_asks_for_an_amount(text):
    error = error_for(text)
    assert error.code == "empty"
    assert str(error) == "Ange hur mycket ni söker i hela kronor, till exempel 450 000."


@pytest.mark.parametrize("text", ["450,000", "45 0000", "4 50 000", "450 000 000 000 000", "kr"])
def test_ambiguous_or_mistyped_grouping_is_refused_rather_than_guessed(text):
    assert error_for(text).code in {"invalid", "too_large"}


def test_absurdly_large_amounts_are_refused_before_they_reach_the_database():
    assert parse_kronor(str(MAX_KRONOR)) == MAX_KRONOR
    error = error_for(str(MAX_KRONOR + 1))
    assert error.code == "too_large"
    assert str(error) == "Beloppet kan vara högst 999\u00a0999\u00a0999\u00a0kr."


def test_the_error_is_a_value_error_for_callers_that_expect_one():
    assert isinstance(error_for("abc"), ValueError)


@given(st.integers(min_value=0, max_value=MAX_KRONOR))
def test_every_formatted_amount_reads_back(amount):
    assert parse_kronor(format_kronor(amount)) == amount
    assert parse_kronor(format_kronor(amount, unit=False)) == amount

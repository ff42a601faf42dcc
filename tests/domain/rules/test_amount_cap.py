import pytest

from fou.domain.rules import Outcome, RuleCode
from fou.domain.rules.presets import LUM_2015, LUM_2020, LUM_2023, MUL_2020, MUL_2023, MUST_2015
from tests.domain.rules.builders import application, message, only, results_for


def amount_result(rules, **changes):
    return only(results_for(rules, application(rules, **changes)), RuleCode.AMOUNT_CAP)


@pytest.mark.parametrize(
    ("rules", "cap"),
    [(LUM_2015, 750_000), (LUM_2020, 500_000), (LUM_2023, 500_000), (MUST_2015, 25_000)],
)
def test_the_cap_itself_passes(rules, cap):
    assert amount_result(rules, amount_asked=cap).outcome == Outcome.PASS


def test_one_krona_over_the_2023_lum_cap_fails_naming_cap_and_call():
    found = amount_result(LUM_2023, amount_asked=500_001)
    assert found.outcome == Outcome.FAIL
    assert message(found) == "Beloppet får vara högst 500 000 kr för LUM 2023."
    assert found.field == "amount_asked"
    assert found.source == "Tjänsteutlåtande 2023, avsnitt Bakgrund"


def test_2015_allowed_750_000_kr_which_2020_refuses():
    assert amount_result(LUM_2015, amount_asked=750_000).outcome == Outcome.PASS
    found = amount_result(LUM_2020, amount_asked=750_000)
    assert message(found) == "Beloppet får vara högst 500 000 kr för LUM 2020."


def test_5_000_000_kr_fails_in_2023():
    assert amount_result(LUM_2023, amount_asked=5_000_000).outcome == Outcome.FAIL


def test_a_mul_trip_over_25_000_kr_fails():
    found = amount_result(MUL_2023, amount_asked=25_500)
    assert message(found) == "Beloppet får vara högst 25 000 kr för MUL 2023."


def test_a_joint_must_trip_in_2015_shares_one_cap_of_25_000_kr():
    found = amount_result(MUST_2015, amount_asked=50_000, co_applicant_keys=frozenset({"bromma"}))
    assert found.outcome == Outcome.FAIL


def test_a_joint_mul_trip_in_2020_may_ask_25_000_kr_per_organisation():
    joint = frozenset({"norrmalm", "ostermalm"})
    assert amount_result(MUL_2020, amount_asked=75_000, co_applicant_keys=joint).outcome == "pass"
    found = amount_result(MUL_2020, amount_asked=75_001, co_applicant_keys=joint)
    assert message(found) == (
        "Beloppet får vara högst 75 000 kr för MUL 2020 (25 000 kr per deltagande förvaltning)."
    )


def test_zero_kronor_fails():
    found = amount_result(LUM_2023, amount_asked=0)
    assert (found.outcome, found.message) == (Outcome.FAIL, "Beloppet måste vara större än 0 kr.")


def test_a_missing_amount_is_left_to_the_required_field_rule():
    results = results_for(LUM_2023, application(LUM_2023, amount_asked=None))
    assert not [each for each in results if each.code == RuleCode.AMOUNT_CAP]
    missing = [each for each in results if each.field == "amount_asked"]
    assert [(each.code, each.outcome) for each in missing] == [
        (RuleCode.REQUIRED_FIELD, Outcome.FAIL)
    ]

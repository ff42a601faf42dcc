"""The real calls' figures, exactly as DOMAIN.md and the decisions give them."""

from datetime import datetime

import pytest

from fou.domain.rules.presets import (
    LUM_2015,
    LUM_2020,
    LUM_2022,
    LUM_2023,
    MUL_2020,
    MUL_2022,
    MUL_2023,
    MUST_2015,
    PRESETS,
)
from fou.domain.rules.text import STOCKHOLM


@pytest.mark.parametrize(
    ("rules", "cap"),
    [
        (LUM_2015, 750_000),
        (MUST_2015, 25_000),
        (LUM_2020, 500_000),
        (MUL_2020, 25_000),
        (LUM_2022, 500_000),
        (MUL_2022, 25_000),
        (LUM_2023, 500_000),
        (MUL_2023, 25_000),
    ],
)
def test_caps(rules, cap):
    assert rules.max_amount == cap


def test_only_2020_capped_a_trip_per_organisation():
    assert [rules.name for rules in PRESETS.values() if rules.max_amount_per_organisation] == [
        "MUL 2020"
    ]


def test_project_years():
    assert (LUM_2015.min_project_year, LUM_2015.max_project_year) == (1, 1)
    for rules in (LUM_2020, LUM_2022, LUM_2023):
        assert (rules.min_project_year, rules.max_project_year) == (1, 3)
    for rules in (MUST_2015, MUL_2020, MUL_2022, MUL_2023):
        assert rules.min_project_year is None


def test_two_applications_per_organisation_and_fund_from_2020_on():
    assert LUM_2015.max_applications_per_organisation is None
    assert MUST_2015.max_applications_per_organisation is None
    for rules in (LUM_2020, MUL_2020, LUM_2022, MUL_2022, LUM_2023, MUL_2023):
        assert rules.max_applications_per_organisation == 2


@pytest.mark.parametrize(
    ("rules", "closing_day"),
    [
        (LUM_2020, (2019, 9, 20)),
        (MUL_2020, (2019, 9, 20)),
        (LUM_2022, (2021, 9, 10)),
        (MUL_2022, (2021, 9, 10)),
        (LUM_2023, (2022, 8, 30)),
        (MUL_2023, (2022, 8, 30)),
    ],
)
def test_calls_close_at_the_end_of_their_last_day(rules, closing_day):
    assert rules.closes_at == datetime(*closing_day, 23, 59, 59, tzinfo=STOCKHOLM)


def test_which_calls_require_what():
    def required(flag):
        return [rules.name for rules in PRESETS.values() if getattr(rules, flag)]

    assert required("gender_equality_analysis_required") == ["LUM 2020", "LUM 2022", "LUM 2023"]
    assert required("workshop_required") == ["LUM 2023"]
    assert required("approved_report_required") == ["LUM 2023", "MUL 2023"]
    assert required("warn_for_courses_and_conferences") == ["MUL 2023"]


def test_presets_are_keyed_by_fund_and_year():
    assert PRESETS["MUST", 2015] is MUST_2015
    assert len(PRESETS) == 8

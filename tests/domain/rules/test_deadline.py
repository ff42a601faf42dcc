from datetime import UTC, datetime, timedelta

from fou.domain.rules import Outcome, RuleCode, evaluate
from fou.domain.rules.presets import LUM_2015, LUM_2020, LUM_2023, MUL_2023
from fou.domain.rules.text import STOCKHOLM, format_moment
from tests.domain.rules.builders import application, history, message, only


def deadline_result(rules, *, now, **changes):
    return only(
        evaluate(rules, application(rules, **changes), history(), now=now), RuleCode.DEADLINE
    )


def test_the_2023_call_closed_at_the_end_of_30_august_2022_stockholm_time():
    assert LUM_2023.closes_at == datetime(2022, 8, 30, 23, 59, 59, tzinfo=STOCKHOLM)
    assert MUL_2023.closes_at == LUM_2023.closes_at


def test_submitting_one_minute_after_the_deadline_fails_naming_it_in_stockholm_time():
    # 22:00 UTC is midnight in Stockholm summer time.
    late = datetime(2022, 8, 30, 22, 0, tzinfo=UTC)
    found = deadline_result(LUM_2023, now=late, submitted_at=late)
    assert found.outcome == Outcome.FAIL
    assert message(found) == "Ansökningstiden gick ut den 30 augusti 2022 kl. 23.59."
    assert found.source == "Tjänsteutlåtande 2023, avsnitt Ärendet"


def test_submitting_at_23_59_on_the_last_day_passes():
    last_minute = datetime(2022, 8, 30, 23, 59, 30, tzinfo=STOCKHOLM)
    found = deadline_result(LUM_2023, now=last_minute, submitted_at=last_minute)
    assert found.outcome == Outcome.PASS


def test_the_2020_call_closed_on_20_september_2019():
    late = datetime(2019, 9, 21, 8, 0, tzinfo=STOCKHOLM)
    found = deadline_result(LUM_2020, now=late, submitted_at=late)
    assert message(found) == "Ansökningstiden gick ut den 20 september 2019 kl. 23.59."


def test_a_draft_is_judged_at_the_present_moment():
    after = LUM_2023.closes_at + timedelta(seconds=1)
    assert deadline_result(LUM_2023, now=after, submitted_at=None).outcome == Outcome.FAIL
    before = LUM_2023.closes_at - timedelta(days=1)
    found = deadline_result(LUM_2023, now=before, submitted_at=None)
    assert message(found) == "Ansökningstiden går ut den 30 augusti 2022 kl. 23.59."


def test_a_submitted_application_stays_in_time_when_checked_later():
    on_time = LUM_2023.closes_at - timedelta(days=1)
    later = LUM_2023.closes_at + timedelta(days=60)
    assert deadline_result(LUM_2023, now=later, submitted_at=on_time).outcome == Outcome.PASS


def test_an_officer_reopening_the_application_extends_its_deadline():
    extended_to = datetime(2022, 9, 5, 17, 0, tzinfo=STOCKHOLM)
    late = datetime(2022, 9, 2, 9, 0, tzinfo=STOCKHOLM)
    found = deadline_result(LUM_2023, now=late, submitted_at=late, deadline_extended_to=extended_to)
    assert found.outcome == Outcome.PASS
    too_late = extended_to + timedelta(minutes=1)
    found = deadline_result(
        LUM_2023, now=too_late, submitted_at=too_late, deadline_extended_to=extended_to
    )
    assert message(found) == "Den förlängda ansökningstiden gick ut den 5 september 2022 kl. 17.00."


def test_2015_has_no_known_closing_date_so_no_deadline_result():
    now = datetime(2015, 3, 1, tzinfo=STOCKHOLM)
    results = evaluate(LUM_2015, application(LUM_2015), history(), now=now)
    assert RuleCode.DEADLINE not in {each.code for each in results}


def test_winter_times_are_shown_in_stockholm_time_too():
    assert format_moment(datetime(2023, 1, 15, 22, 30, tzinfo=UTC)) == "15 januari 2023 kl. 23.30"

import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fou.domain.followup.deadlines import (
    MISSED,
    ReportStatus,
    reminder_due,
    report_status,
    when_phrase,
)
from fou.domain.followup.reports import ReportState
from fou.domain.followup.spending import SpendingRefused, spending

DEADLINE = datetime.date(2023, 5, 31)


def day(offset: int) -> datetime.date:
    return DEADLINE + datetime.timedelta(days=offset)


def test_run_daily_reminds_30_7_and_1_days_before_and_the_day_after():
    sent, sent_on = set(), {}  # reminder → days left when sent
    for offset in range(-60, 60):
        due = reminder_due(deadline=DEADLINE, today=day(offset), sent=sent)
        if due is not None:
            sent.add(due)
            sent_on[due] = -offset
    assert sent_on == {30: 30, 7: 7, 1: 1, MISSED: -1}


@given(st.lists(st.integers(-60, 60), unique=True, max_size=40))
def test_whatever_days_it_runs_each_reminder_goes_once_and_never_early(run_offsets):
    sent = []
    for offset in sorted(run_offsets):
        due = reminder_due(deadline=DEADLINE, today=day(offset), sent=set(sent))
        if due is None:
            continue
        left = -offset
        assert due == MISSED if left < 0 else 0 <= left <= due
        sent.append(due)
    assert len(sent) == len(set(sent))
    # Reminders only get more urgent: 30 before 7 before 1 before missed.
    order = [30, 7, 1, MISSED]
    assert sent == sorted(sent, key=order.index)


def test_a_second_run_the_same_day_sends_nothing():
    first = reminder_due(deadline=DEADLINE, today=day(-7), sent=set())
    assert first == 7
    assert reminder_due(deadline=DEADLINE, today=day(-7), sent={first}) is None


@pytest.mark.parametrize(
    ("state", "offset", "expected"),
    [
        (None, -31, ReportStatus.NOT_DUE),
        (None, -30, ReportStatus.DUE),
        (ReportState.DRAFT, 0, ReportStatus.DUE),
        (ReportState.DRAFT, 1, ReportStatus.LATE),
        (ReportState.SUBMITTED, 40, ReportStatus.SUBMITTED),
        (ReportState.RETURNED, 40, ReportStatus.RETURNED),
        (ReportState.APPROVED, 40, ReportStatus.APPROVED),
    ],
)
def test_report_status_by_deadline(state, offset, expected):
    assert report_status(state, DEADLINE, day(offset)) == expected


def test_without_a_deadline_nothing_is_due():
    assert report_status(None, None, day(400)) == ReportStatus.NOT_DUE


def test_phrases():
    assert [when_phrase(n) for n in (30, 1, 0, -1, -3)] == [
        "om 30 dagar",
        "i morgon",
        "i dag",
        "i går",
        "för 3 dagar sedan",
    ]


def test_unused_is_granted_minus_spent():
    assert spending(granted=400_000, spent=350_000).unused == 50_000
    assert spending(granted=None, spent=1).unused is None


def test_spent_more_than_granted_is_refused_in_swedish():
    with pytest.raises(SpendingRefused) as refused:
        spending(granted=25_000, spent=25_001)
    assert str(refused.value).replace("\u00a0", " ") == (
        "Använt belopp (25 001 kr) kan inte vara större än det beviljade beloppet (25 000 kr). "
        "Kontrollera beloppet."
    )

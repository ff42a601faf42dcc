"""The automatic assignment's arithmetic, without a database."""

from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

from fou.review.balancing import balance


def loads(result, reviewers, existing=()):
    counted = Counter(r for _a, r in [*existing, *result.new])
    return [counted[r] for r in reviewers]


@settings(max_examples=200, deadline=None)
@given(
    applications=st.integers(min_value=0, max_value=40),
    reviewers=st.integers(min_value=1, max_value=12),
    per_application=st.integers(min_value=1, max_value=4),
)
def test_without_jäv_loads_differ_by_at_most_one(applications, reviewers, per_application):
    members = list(range(100, 100 + reviewers))
    result = balance(
        applications=range(applications),
        reviewers=members,
        conflicts=set(),
        per_application=per_application,
    )
    load = loads(result, members)
    assert max(load) - min(load) <= 1
    assert len(result.new) == applications * min(per_application, reviewers)


@st.composite
def calls_with_jäv(draw):
    applications = list(range(draw(st.integers(min_value=1, max_value=25))))
    reviewers = list(range(100, 100 + draw(st.integers(min_value=1, max_value=8))))
    pairs = [(a, r) for a in applications for r in reviewers]
    conflicts = set(draw(st.lists(st.sampled_from(pairs), max_size=len(pairs))))
    return applications, reviewers, conflicts, draw(st.integers(min_value=1, max_value=3))


@settings(max_examples=200, deadline=None)
@given(calls_with_jäv())
def test_never_jävig_never_twice_and_as_full_as_jäv_allows(case):
    applications, reviewers, conflicts, per_application = case
    result = balance(
        applications=applications,
        reviewers=reviewers,
        conflicts=conflicts,
        per_application=per_application,
    )
    assert not set(result.new) & conflicts
    assert len(set(result.new)) == len(result.new)
    for application in applications:
        free = sum((application, r) not in conflicts for r in reviewers)
        got = sum(a == application for a, _r in result.new)
        assert got == min(per_application, free)
        assert result.short.get(application, 0) == per_application - got


@settings(max_examples=200, deadline=None)
@given(calls_with_jäv())
def test_no_allowed_move_would_even_the_load_out_further(case):
    applications, reviewers, conflicts, per_application = case
    result = balance(
        applications=applications,
        reviewers=reviewers,
        conflicts=conflicts,
        per_application=per_application,
    )
    load = Counter(r for _a, r in result.new)
    taken = set(result.new)
    for application, high in result.new:
        for low in reviewers:
            if load[high] - load[low] >= 2:
                assert (application, low) in conflicts or (application, low) in taken


def test_the_same_input_gives_the_same_assignment():
    args = {
        "applications": [3, 1, 2, 5, 4],
        "reviewers": [11, 10, 12],
        "conflicts": {(1, 10), (2, 11)},
        "per_application": 2,
    }
    assert balance(**args) == balance(**args)


def test_existing_assignments_are_kept_and_count_towards_the_load():
    result = balance(
        applications=[1, 2],
        reviewers=[10, 11, 12],
        conflicts=set(),
        existing=[(1, 10), (2, 10)],
        per_application=2,
    )
    assert (1, 10) not in result.new and (2, 10) not in result.new
    assert sorted(result.new) == [(1, 11), (2, 12)] or sorted(result.new) == [(1, 12), (2, 11)]

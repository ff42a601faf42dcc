"""Properties that must hold for any call's rules, not only the real ones."""

from dataclasses import replace
from datetime import UTC, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from fou.domain.rules import (
    ApplicationFacts,
    CallRules,
    EarlierGrant,
    GrantReference,
    OrganisationHistory,
    OtherApplication,
    Outcome,
    evaluate,
    evaluate_call,
)
from tests.domain.rules.builders import as_other

CLOSES_AT = datetime(2022, 8, 30, 21, 59, 59, tzinfo=UTC)
SEVERITY = {Outcome.PASS: 0, Outcome.WARN: 1, Outcome.FAIL: 2}
FUNDS = ("LUM", "MUL")
ORGANISATIONS = ("farsta", "skarpnack", "norrmalm")
STATUSES = ("draft", "submitted", "returned", "checked", "withdrawn")

moments = st.integers(min_value=-30 * 24, max_value=2 * 24).map(
    lambda hours: CLOSES_AT + timedelta(hours=hours)
)
texts = st.lists(
    st.sampled_from(["", " ", "Besök", "Köpenhamn", "konferens", "Conference", "kurs", "MI"]),
    max_size=3,
).map(" ".join)


@st.composite
def call_rules(draw) -> CallRules:
    first_year = draw(st.none() | st.integers(min_value=1, max_value=2))
    return CallRules(
        fund=draw(st.sampled_from(FUNDS)),
        year=2023,
        max_amount=draw(st.integers(min_value=1, max_value=1_000_000)),
        closes_at=draw(st.none() | st.just(CLOSES_AT)),
        max_amount_per_organisation=draw(st.booleans()),
        max_applications_per_organisation=draw(st.none() | st.integers(1, 4)),
        min_project_year=first_year,
        max_project_year=None if first_year is None else draw(st.integers(first_year, 4)),
        required_fields=tuple(draw(st.sets(st.sampled_from(["title", "purpose", "destination"])))),
        required_attachments=tuple(draw(st.sets(st.sampled_from(["projektplan", "budget"])))),
        gender_equality_analysis_required=draw(st.booleans()),
        workshop_required=draw(st.booleans()),
        approved_report_required=draw(st.booleans()),
        warn_for_courses_and_conferences=draw(st.booleans()),
    )


@st.composite
def applications(draw, rules: CallRules, application_id: int) -> ApplicationFacts:
    status = draw(st.sampled_from(STATUSES))
    link = GrantReference(
        grant_id=1,
        project_key="p",
        project_title="Projekt",
        organisation_key=draw(st.sampled_from(ORGANISATIONS)),
        fund=draw(st.sampled_from(FUNDS)),
        year=draw(st.integers(2019, 2023)),
        exists=draw(st.booleans()),
    )
    organisation = draw(st.sampled_from(ORGANISATIONS))
    return ApplicationFacts(
        application_id=application_id,
        fund=rules.fund,
        organisation_key=organisation,
        organisation_name=organisation.title(),
        status=status,
        submitted_at=None if status == "draft" else draw(moments),
        title=draw(texts),
        purpose=draw(texts),
        destination=draw(texts),
        amount_asked=draw(st.none() | st.integers(min_value=-5, max_value=2_000_000)),
        project_year=draw(st.none() | st.integers(min_value=0, max_value=5)),
        continues_grant=draw(st.none() | st.just(link)),
        gender_equality_analysis=draw(texts),
        attachment_kinds=frozenset(draw(st.sets(st.sampled_from(["projektplan", "budget"])))),
        co_applicant_keys=frozenset(draw(st.sets(st.sampled_from(ORGANISATIONS)))),
    )


other_applications = st.builds(
    OtherApplication,
    application_id=st.integers(min_value=1, max_value=40),
    fund=st.sampled_from(FUNDS),
    is_lead=st.booleans(),
    status=st.sampled_from(STATUSES),
    submitted_at=st.none() | moments,
)
earlier_grants = st.builds(
    EarlierGrant,
    grant_id=st.integers(1, 50),
    fund=st.sampled_from(FUNDS + ("PPSS",)),
    year=st.integers(2015, 2023),
    project_title=st.just("Projekt"),
    report_name=st.just("Slutrapport"),
    report_approved=st.booleans(),
)
histories = st.builds(
    OrganisationHistory,
    other_applications=st.lists(
        other_applications, max_size=8, unique_by=lambda o: o.application_id
    ).map(tuple),
    earlier_grants=st.lists(earlier_grants, max_size=4).map(tuple),
    workshop_attended=st.booleans(),
)


@st.composite
def cases(draw):
    rules = draw(call_rules())
    return rules, draw(applications(rules, 100)), draw(histories), draw(moments)


@st.composite
def calls(draw):
    rules = draw(call_rules())
    count = draw(st.integers(min_value=1, max_value=12))
    batch = [draw(applications(rules, number)) for number in range(1, count + 1)]
    return rules, batch, draw(moments)


def never_worse(before, after):
    assert [(each.code, each.field) for each in before] == [
        (each.code, each.field) for each in after
    ]
    for early, late in zip(before, after, strict=True):
        assert SEVERITY[late.outcome] <= SEVERITY[early.outcome], (early, late)


@given(cases(), st.integers(min_value=0, max_value=1_000_000))
def test_raising_the_cap_never_turns_a_pass_into_a_fail(case, raise_by):
    rules, facts, past, now = case
    raised = replace(rules, max_amount=rules.max_amount + raise_by)
    never_worse(evaluate(rules, facts, past, now=now), evaluate(raised, facts, past, now=now))


@given(cases(), st.integers(min_value=1, max_value=3))
def test_allowing_more_applications_never_turns_a_pass_into_a_fail(case, raise_by):
    rules, facts, past, now = case
    if rules.max_applications_per_organisation is None:
        return
    limit = rules.max_applications_per_organisation + raise_by
    raised = replace(rules, max_applications_per_organisation=limit)
    never_worse(evaluate(rules, facts, past, now=now), evaluate(raised, facts, past, now=now))


@given(cases(), st.randoms(use_true_random=False))
def test_the_order_of_the_history_does_not_matter(case, random):
    rules, facts, past, now = case
    shuffled = list(past.other_applications)
    random.shuffle(shuffled)
    reordered = replace(past, other_applications=tuple(shuffled))
    assert evaluate(rules, facts, past, now=now) == evaluate(rules, facts, reordered, now=now)


@given(calls(), st.randoms(use_true_random=False))
def test_the_order_of_a_calls_applications_does_not_matter(call, random):
    rules, batch, now = call
    shuffled = batch[:]
    random.shuffle(shuffled)
    assert evaluate_call(rules, batch, {}, now=now) == evaluate_call(rules, shuffled, {}, now=now)


@given(calls())
def test_evaluating_a_whole_call_agrees_with_one_application_at_a_time(call):
    rules, batch, now = call
    together = evaluate_call(rules, batch, {}, now=now)
    for facts in batch:
        same_organisation = tuple(
            as_other(each) for each in batch if each.organisation_key == facts.organisation_key
        )
        past = OrganisationHistory(other_applications=same_organisation)
        assert evaluate(rules, facts, past, now=now) == together[facts.application_id]


@given(cases())
def test_evaluate_is_deterministic(case):
    rules, facts, past, now = case
    assert evaluate(rules, facts, past, now=now) == evaluate(rules, facts, past, now=now)

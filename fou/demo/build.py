"""Builds the demo database from the seeds' history."""

from fou.accounts.groups import ensure_officer_group
from fou.accounts.models import User
from fou.applications.models import Grant, WorkshopAttendance
from fou.calls.mapping import validate_call
from fou.calls.models import Call, FocusArea, Fund, Question
from fou.calls.questions import default_questions, question_values
from fou.demo import calls, criteria, projects, users
from fou.demo.decisions import load_decision_documents
from fou.demo.followup import load_followup
from fou.demo.loader import Loader
from fou.domain import organisations
from fou.history.services import record_decided_grant
from fou.organisations.models import Organisation, OrganisationKind, OrganisationName
from fou.review.models import Criterion

CALL_FIELDS_NOT_ON_MODEL = {"fund", "year", "focus", "questions"}


def load_all(
    loader: Loader, *, with_exercise_calls: bool = True, admin_password: str | None = None
) -> None:
    """``admin_password`` replaces the public demo password for ``admin``
    (production: see the load_demo command)."""
    orgs = _organisations(loader)
    funds = {f["code"]: loader.ensure(Fund, {"code": f["code"]}, f) for f in calls.FUNDS}
    all_calls = calls.CALLS + (calls.EXERCISE_CALLS if with_exercise_calls else [])
    by_key = {(c["fund"], c["year"]): _call(loader, funds, c) for c in all_calls}
    _history(loader, orgs, by_key)
    _criteria(loader, by_key)
    if with_exercise_calls:
        # The exercise call requires the workshop; Farsta's staff are recorded
        # as having attended so the demo applicant can get through.
        loader.ensure(
            WorkshopAttendance, {"call": by_key[("LUM", 2027)], "organisation": orgs["farsta"]}
        )
    _users(loader, orgs, admin_password=admin_password)
    load_followup(loader)
    load_decision_documents(loader)


def _organisations(loader: Loader) -> dict[str, Organisation]:
    for order, (key, name, name_en) in enumerate(organisations.KINDS, start=1):
        loader.ensure(
            OrganisationKind, {"key": key}, {"name": name, "name_en": name_en, "order": order}
        )
    orgs: dict[str, Organisation] = {}
    for key, name, kind, parent, valid_from, valid_to in organisations.ORGANISATIONS:
        org = loader.ensure(
            Organisation,
            {"key": key},
            {
                "kind_id": kind,
                "parent": orgs.get(parent),
                "valid_from": valid_from,
                "valid_to": valid_to,
            },
        )
        loader.ensure(
            OrganisationName,
            {"organisation": org, "name": name},
            {"valid_from": valid_from, "valid_to": valid_to},
        )
        orgs[key] = org
    for predecessor, successor in organisations.SUCCESSIONS:
        orgs[predecessor].successors.add(orgs[successor])
    return orgs


def _call(loader: Loader, funds, data: dict) -> Call:
    values = {k: v for k, v in data.items() if k not in CALL_FIELDS_NOT_ON_MODEL}
    call = loader.ensure(Call, {"fund": funds[data["fund"]], "year": data["year"]}, values)
    # The same checks as the admin and the rules page: a bad key stops the load.
    validate_call(call)
    # The seeds' calls were for the city's own organisations only.
    call.eligible_kinds.set(OrganisationKind.objects.filter(key__in=organisations.CITY_KINDS))
    for order, (kind, title) in enumerate(data.get("focus", []), start=1):
        loader.ensure(FocusArea, {"call": call, "title": title}, {"kind": kind, "order": order})
    if not Question.objects.filter(call=call).exists():
        specs = data.get("questions") or default_questions(call)
        for position, spec in enumerate(specs, start=1):
            loader.ensure(
                Question, {"call": call, "key": spec.key}, question_values(spec, position)
            )
    return call


def _criteria(loader: Loader, by_key) -> None:
    """Review criteria with example weights; no review scores are invented."""
    for key in criteria.CALLS:
        if key not in by_key:
            continue
        for order, (name, weight, text) in enumerate(criteria.CRITERIA, start=1):
            loader.ensure(
                Criterion,
                {"call": by_key[key], "name": name},
                criteria.criterion_values(order, weight, text),
            )


def _decided(loader: Loader, call: Call, title: str, orgs: list[Organisation], **details) -> Grant:
    return record_decided_grant(
        ensure=loader.ensure, call=call, title=title, organisations=orgs, **details
    )


def _history(loader: Loader, orgs, by_key) -> None:
    lum18, lum19 = by_key[("LUM", 2018)], by_key[("LUM", 2019)]
    grants_2018 = {
        title: _decided(loader, lum18, title, [], purpose=purpose, source=projects.S2018)
        for title, purpose in projects.PROJECTS_2018
    }
    for title in projects.CONTINUED_2019:
        _decided(loader, lum19, title, [], continues=grants_2018[title], source=projects.S2018)
    grants_2020 = {}
    for title, keys, purpose in projects.PROJECTS_2020:
        grants_2020[title] = _decided(
            loader,
            by_key[("LUM", 2020)],
            title,
            [orgs[k] for k in keys],
            purpose=purpose,
            source=projects.S2020,
        )
    for title in projects.CONTINUED_2021:
        org = grants_2020[title].organisation
        _decided(
            loader,
            by_key[("LUM", 2021)],
            title,
            [org],
            continues=grants_2020[title],
            source=projects.S2020,
        )
    _year_2023(loader, orgs, by_key)


def _year_2023(loader: Loader, orgs, by_key) -> None:
    lum22, lum23, mul23 = by_key[("LUM", 2022)], by_key[("LUM", 2023)], by_key[("MUL", 2023)]
    for key, title, asked, granted, continuing in projects.LUM_2023:
        earlier = None
        if continuing:
            earlier = _decided(loader, lum22, title, [orgs[key]], source=projects.RECONSTRUCTED)
        _decided(
            loader,
            lum23,
            title,
            [orgs[key]],
            amount=granted,
            asked=asked,
            reconstructed=True,
            project_year=2 if continuing else 1,
            continues=earlier,
            source=projects.S2023,
        )
    refused = projects.REFUSED_2023
    _decided(
        loader,
        lum23,
        refused["title"],
        [orgs[refused["organisation"]]],
        decision=Grant.Decision.REFUSED,
        asked=refused["asked"],
        reconstructed=True,
        project_year=1,
        reason=refused["reason"],
        source=projects.S2023,
    )
    for key, trip, granted in projects.MUL_2023:
        _decided(
            loader,
            mul23,
            trip,
            [orgs[key]],
            amount=granted,
            asked=granted,
            reconstructed=True,
            destination=trip,
            source=projects.S2023,
        )


def _users(loader: Loader, orgs, *, admin_password: str | None = None) -> None:
    for username, first, last, role, org_keys, _about in users.USERS:
        password = admin_password if admin_password and role == "administrator" else None
        existing = User.objects.filter(username=username).first()
        user = loader.ensure(
            User,
            {"username": username},
            {
                "first_name": first,
                "last_name": last,
                "role": role,
                "is_staff": role in ("administrator", "officer"),
                "is_superuser": role == "administrator",
            },
        )
        if password and (existing is None or user.check_password(users.DEMO_PASSWORD)):
            user.set_password(password)
            user.save(update_fields=["password"])
        if existing is None:
            if not password:
                user.set_password(users.DEMO_PASSWORD)
                user.save(update_fields=["password"])
            user.email = users.email_for(username)
            user.save(update_fields=["email"])
            user.organisations.set([orgs[k] for k in org_keys])
            if role == "officer":
                user.groups.add(ensure_officer_group())

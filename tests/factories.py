"""Small builders for test data; each returns a saved object."""

import datetime
from zoneinfo import ZoneInfo

from fou.accounts.models import User
from fou.applications.models import Application, ApplicationOrganisation, Grant, Status
from fou.calls.models import Call, FocusArea, Fund
from fou.organisations.models import Organisation, OrganisationKind, OrganisationName

STOCKHOLM = ZoneInfo("Europe/Stockholm")
PASSWORD = "test-lösenord-123"
STOCKHOLM_PAST = datetime.datetime(2020, 6, 30, 23, 59, 59, tzinfo=STOCKHOLM)


def organisation(name: str, *, key: str | None = None, kind: str = "district", **dates):
    OrganisationKind.objects.get_or_create(key=kind, defaults={"name": kind.capitalize()})
    org = Organisation.objects.create(key=key or name.lower(), kind_id=kind, **dates)
    OrganisationName.objects.create(organisation=org, name=name, **dates)
    return org


def user(username: str, role: str, *organisations, **fields) -> User:
    person = User.objects.create_user(username=username, password=PASSWORD, role=role, **fields)
    person.organisations.set(organisations)
    return person


def fund(code: str = "LUM", *, trips: bool = False) -> Fund:
    found, _ = Fund.objects.get_or_create(
        code=code, defaults={"name": f"Fonden {code}", "is_trip_fund": trips}
    )
    return found


def call(
    year: int = 2027,
    *,
    fund_code: str = "LUM",
    opens: datetime.datetime | None = None,
    closes: datetime.datetime | None = None,
    **rules,
) -> Call:
    defaults = {
        "max_amount": 500_000 if fund_code == "LUM" else 25_000,
        "max_applications_per_organisation": 2,
        "min_project_year": 1,
        "max_project_year": 3 if fund_code == "LUM" else 1,
        "gender_equality_analysis_required": True,
    }
    created = Call.objects.create(
        fund=fund(fund_code, trips=fund_code == "MUL"),
        year=year,
        title=f"{fund_code} {year}",
        opens_at=opens or datetime.datetime(2020, 1, 1, tzinfo=STOCKHOLM),
        closes_at=closes or datetime.datetime(2099, 12, 31, 23, 59, tzinfo=STOCKHOLM),
        **{**defaults, **rules},
    )
    FocusArea.objects.create(call=created, kind="main", title="Strategiskt värde", order=1)
    return created


def application(
    call: Call, lead: Organisation, *, status: str = Status.DRAFT, creator=None, **fields
) -> Application:
    fields.setdefault("title", "Ett projekt")
    created = Application.objects.create(call=call, status=status, created_by=creator, **fields)
    ApplicationOrganisation.objects.create(
        application=created, organisation=lead, organisation_name=lead.current_name, is_lead=True
    )
    return created


def grant(application: Application, amount: int | None, **fields) -> Grant:
    lead = application.lead
    return Grant.objects.create(
        application=application,
        decision=Grant.Decision.GRANTED,
        amount=amount,
        organisation=lead.organisation if lead else None,
        organisation_name=lead.organisation_name if lead else "",
        **fields,
    )


def criterion(call: Call, name: str = "Strategiskt värde", *, weight: int = 1, order: int = 0):
    from fou.review.models import Criterion

    return Criterion.objects.create(call=call, name=name, weight=weight, order=order)


def assignment(application: Application, reviewer: User, **fields):
    from fou.review.models import Assignment

    return Assignment.objects.create(application=application, reviewer=reviewer, **fields)


def review(application: Application, reviewer: User, values: dict, *, submitted: bool = True):
    """A reviewer's scores (criterion → value), handed in unless told otherwise."""
    from fou.review.models import ReviewSubmission, Score

    for criterion_, value in values.items():
        Score.objects.create(
            application=application, reviewer=reviewer, criterion=criterion_, value=value
        )
    if submitted:
        ReviewSubmission.objects.create(application=application, reviewer=reviewer)

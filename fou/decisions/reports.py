"""Reads behind the covering reports per district and the yearly accounts."""

import datetime
import io
import zipfile

from django.template.loader import render_to_string

from fou.applications.models import Grant
from fou.decisions.models import CommitteeDecision, DecidedApplication
from fou.decisions.rendering import html_pdf
from fou.domain.decisions.letters import account_docx, covering_docx
from fou.domain.decisions.reports import (
    AccountProject,
    CoveringReport,
    DistrictRow,
    YearlyAccount,
)
from fou.organisations.models import Organisation
from fou.organisations.selectors import organisation_name_on


class NotDecided(Exception):
    def __init__(self, year: int):
        super().__init__(
            f"Nämndens beslut för {year} är inte registrerat ännu. Följebrev till "
            "stadsdelsnämnderna skrivs när beslutet är registrerat."
        )


def districts_of(*, year: int) -> list[tuple[Organisation, str]]:
    """The districts that existed when the year's decision was taken, with
    the name they had then."""
    day = datetime.date(year - 1, 12, 31)
    found = []
    for district in Organisation.objects.filter(kind="district").prefetch_related("names"):
        if district.exists_on(day):
            found.append(
                (
                    district,
                    organisation_name_on(organisation=district, day=day) or district.current_name,
                )
            )
    return sorted(found, key=lambda pair: pair[1])


def _latest_rows(year: int) -> dict[int, DecidedApplication]:
    """Per application, what the decision or its latest amendment says."""
    rows = (
        DecidedApplication.objects.filter(decision__year=year)
        .select_related("application__call__fund", "decision")
        .prefetch_related("application__participants")
        .order_by("decision__recorded_at", "pk")
    )
    return {row.application_id: row for row in rows}


def covering_report(*, year: int, district: Organisation, name: str) -> CoveringReport:
    decision = CommitteeDecision.objects.filter(year=year, kind="decision").first()
    if decision is None:
        raise NotDecided(year)
    latest = _latest_rows(year)
    own = [
        row
        for row in latest.values()
        if any(p.organisation_id == district.pk for p in row.application.participants.all())
    ]
    return CoveringReport(
        year=year,
        district=name,
        meeting_date=decision.meeting_date,
        minutes_paragraph=decision.minutes_paragraph,
        reference=decision.reference,
        granted_total_all=sum(r.amount or 0 for r in latest.values()),
        rows=tuple(
            DistrictRow(
                fund=row.application.call.fund.code,
                project=row.application.title,
                asked=row.asked,
                granted=row.amount,
                reason=row.reason,
            )
            for row in sorted(
                own, key=lambda r: (r.application.call.fund.code, r.application.title)
            )
        ),
    )


def covering_file(report: CoveringReport, fmt: str) -> bytes:
    if fmt == "docx":
        return covering_docx(report)
    return html_pdf(render_to_string("decisions/pdf/covering.html", {"report": report}))


def covering_zip(*, year: int, fmt: str) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for district, name in districts_of(year=year):
            report = covering_report(year=year, district=district, name=name)
            archive.writestr(f"foljebrev-{year}-{district.key}.{fmt}", covering_file(report, fmt))
    return buffer.getvalue()


def yearly_account(*, year: int) -> YearlyAccount:
    """LUM projects granted for ``year``, from decisions recorded here or
    imported from scanned history; amounts the sources lack stay unknown."""
    granted = (
        Grant.objects.filter(application__call__year=year, decision="granted")
        .select_related("application__call__fund")
        .prefetch_related("application__participants", "continuations")
        .order_by("organisation_name", "application__title")
    )
    continued_ids = set(
        Grant.objects.filter(
            application__call__year=year + 1,
            decision="granted",
            application__continues__isnull=False,
        ).values_list("application__continues_id", flat=True)
    )
    projects, trips, sources = [], 0, set()
    for grant in granted:
        application = grant.application
        if application.call.fund.is_trip_fund:
            trips += 1
            continue
        if application.call.fund.code != "LUM":
            continue
        if grant.source:
            sources.add(grant.source)
        projects.append(
            AccountProject(
                title=application.title,
                organisation=grant.organisation_name or application.organisation_names,
                purpose=application.purpose,
                amount=grant.amount,
                continued=grant.pk in continued_ids,
            )
        )
    return YearlyAccount(
        year=year, projects=tuple(projects), trips=trips, sources=tuple(sorted(sources))
    )


def account_file(account: YearlyAccount, fmt: str) -> bytes:
    if fmt == "docx":
        return account_docx(account)
    return html_pdf(render_to_string("decisions/pdf/account.html", {"account": account}))


def account_years() -> list[int]:
    return list(
        Grant.objects.filter(decision="granted", application__call__fund__code="LUM")
        .values_list("application__call__year", flat=True)
        .distinct()
        .order_by("-application__call__year")
    )

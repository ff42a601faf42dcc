"""Every URL of the project × every role: who may reach it, who is refused.

MATRIX is keyed by URL name. Each entry is a list of cases: the roles that
may reach the URL, how to fill its arguments from the WORLD built below, and
the method (POST-only views are posted empty, which saves nothing: the
forms then answer with their errors). A URL without an entry fails the test
with its name; so does an entry for a URL that no longer exists.

Reached means any answer but 403, 404 or a redirect to the log-in page;
refused means exactly those. The Django admin and the language switch have
their own tests (tests/access/test_admin_rights.py, tests/core/test_pages.py).

To add a URL: add `"app:name": [Case(allowed_roles, lambda w: {...})]`.
"""

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from types import SimpleNamespace

import pytest
from django.core.files.base import ContentFile
from django.db import transaction
from django.test import Client, override_settings
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from fou.accounts.models import User
from fou.allocations.services import proposal_choose, proposal_create
from fou.applications.models import Attachment, Status, WorkshopAttendance
from fou.domain.allocation.model import AllocationSettings
from fou.followup.models import Repayment, Report, Repurposing
from fou.history.models import ImportedDocument
from fou.knowledge.services import document_import, document_withdraw
from tests import factories
from tests.applications.files import PDF

ANON = "anonymous"
APPLICANT = "applicant of Farsta"
OTHER_APPLICANT = "applicant of Skarpnäck"
JAVIG = "council member from Farsta (jävig)"
COUNCIL = "council member from Södermalm"
READER = "reader"
OFFICER = "officer"
ADMIN = "administrator"
# Marked so that pytest-django sets up the test database; each test then runs
# in a savepoint inside the module's WORLD and is rolled back on its own.
pytestmark = pytest.mark.django_db

ROLES = [ANON, APPLICANT, OTHER_APPLICANT, JAVIG, COUNCIL, READER, OFFICER, ADMIN]

EVERYONE = frozenset(ROLES)
SIGNED_IN = EVERYONE - {ANON}
OFFICE = frozenset({OFFICER, ADMIN})
NOBODY = frozenset()

# URLs that have their own tests, not this matrix.
EXCLUDED_NAMESPACES = {"admin"}
EXCLUDED_NAMES = {"set_language"}


@dataclass(frozen=True)
class Case:
    allowed: frozenset
    kwargs: Callable = field(default=lambda w: {})
    method: str = "get"
    query: str = ""


def _submitted(w):
    return {"pk": w.submitted.pk}


def _draft(w):
    return {"pk": w.draft.pk}


def _call(w):
    return {"call_pk": w.call.pk}


def _grant(w):
    return {"pk": w.grant.pk}


def _year(w):
    return {"year": 2027}


def _knowledge_import_batch(w):
    from fou.jobs.models import Job

    batch = "6f1c2a4e-0000-4000-8000-000000000001"
    payload = {"batch": batch, "position": 0, "total": 1, "name": "a.txt", "path": "x"}
    Job.objects.create(kind="knowledge_import", label="a.txt", status="queued", payload=payload)
    return {"batch": batch}


def _failed_job(w):
    from fou.jobs.models import Job

    job = Job.objects.create(kind="email", label="Kvitto", status="failed", payload={})
    return {"pk": job.pk}


def _document_job(w):
    from django.core.files.storage import default_storage

    from fou.jobs.models import Job

    path = default_storage.save("dokument/beslut/2027/bruttolistor-2027.xlsx", ContentFile(b"PK"))
    job = Job.objects.create(
        kind="decision_document",
        label="Bruttolistor (Excel) 2027",
        status="done",
        payload={"year": 2027, "format": "xlsx"},
        result={"path": path, "filename": "bruttolistor-2027.xlsx"},
    )
    return {"pk": job.pk}


# Who reads Farsta's submitted application: Farsta, the council member without
# jäv, the office. Skarpnäck, the reader (it is not decided) and the jävig
# member do not. The draft: Farsta and the office only.
READS_SUBMITTED = frozenset({APPLICANT, COUNCIL}) | OFFICE
READS_DRAFT = frozenset({APPLICANT}) | OFFICE

MATRIX: dict[str, list[Case]] = {
    "site:home": [Case(EVERYONE)],
    "site:accessibility": [Case(EVERYONE)],
    "site:dashboard": [Case(SIGNED_IN)],
    "site:audit_log": [Case(OFFICE)],
    "login": [Case(EVERYONE)],
    "logout": [Case(EVERYONE, method="post")],
    "organisations:list": [Case(SIGNED_IN)],
    "calls:list": [Case(EVERYONE)],
    "calls:detail": [Case(EVERYONE, lambda w: {"pk": w.call.pk})],
    "calls:rules_edit": [Case(OFFICE, lambda w: {"pk": w.call.pk})],
    "workshop:attendance": [
        Case(OFFICE, lambda w: {"pk": w.call.pk}),
        Case(OFFICE, lambda w: {"pk": w.call.pk}, "post"),
    ],
    # Checked with GET, as the other removals: a POST by the officer would
    # remove it before the administrator's turn.
    "workshop:remove": [Case(OFFICE, lambda w: {"pk": w.call.pk, "attendance_pk": w.workshop.pk})],
    "applications:officer_list": [Case(OFFICE)],
    "applications:officer_export": [Case(OFFICE)],
    "applications:archive": [Case(EVERYONE)],
    "applications:start": [
        Case(frozenset({APPLICANT, OTHER_APPLICANT}), lambda w: {"call_pk": w.call.pk})
    ],
    "applications:detail": [Case(READS_SUBMITTED, _submitted), Case(READS_DRAFT, _draft)],
    "applications:edit": [Case(frozenset({APPLICANT}), _draft), Case(NOBODY, _submitted)],
    # An anonymous autosave keeps the typed input for after the log-in.
    "applications:autosave": [
        Case(frozenset({ANON, APPLICANT}), _draft, "post"),
        Case(frozenset({ANON}), _submitted, "post"),
    ],
    "applications:attachment_upload": [
        Case(frozenset({APPLICANT}), _draft, "post"),
        Case(NOBODY, _submitted, "post"),
    ],
    "applications:attachment_download": [
        Case(READS_SUBMITTED, lambda w: {"pk": w.submitted.pk, "attachment_pk": w.plan.pk}),
        Case(READS_DRAFT, lambda w: {"pk": w.draft.pk, "attachment_pk": w.draft_plan.pk}),
    ],
    "applications:attachment_delete": [
        Case(
            frozenset({APPLICANT}),
            lambda w: {"pk": w.draft.pk, "attachment_pk": w.draft_plan.pk},
            "post",
        ),
        Case(NOBODY, lambda w: {"pk": w.submitted.pk, "attachment_pk": w.plan.pk}, "post"),
    ],
    "applications:co_applicant_invite": [
        Case(frozenset({APPLICANT}), _draft, "post"),
        Case(NOBODY, _submitted, "post"),
    ],
    "applications:check": [Case(frozenset({APPLICANT}), _draft), Case(NOBODY, _submitted)],
    "applications:receipt": [Case(READS_SUBMITTED, _submitted), Case(NOBODY, _draft)],
    "applications:draft_delete": [Case(frozenset({APPLICANT}), _draft), Case(NOBODY, _submitted)],
    "applications:officer_detail": [Case(OFFICE, _submitted), Case(OFFICE, _draft)],
    "applications:officer_action": [
        Case(OFFICE, lambda w: {"pk": w.submitted.pk, "action": "okand"}, "post")
    ],
    "review:index": [Case(frozenset({JAVIG, COUNCIL}) | OFFICE)],
    "review:calls": [Case(OFFICE)],
    "review:overview": [Case(OFFICE, _call)],
    # POST-only office pages: a GET reaches the method check (405) only
    # after the role check.
    "review:assign": [
        Case(OFFICE, lambda w: {"call_pk": w.call.pk, "application_pk": w.submitted.pk})
    ],
    "review:unassign": [
        Case(OFFICE, lambda w: {"call_pk": w.call.pk, "assignment_pk": w.assignment.pk})
    ],
    "review:assign_automatically": [Case(OFFICE, _call)],
    "review:criteria": [Case(OFFICE, _call)],
    "review:conflicts": [Case(OFFICE, _call)],
    "review:conflicts_export": [Case(OFFICE, _call)],
    "review:ranking": [Case(frozenset({JAVIG, COUNCIL}) | OFFICE, _call)],
    "review:score": [Case(frozenset({COUNCIL}), _submitted), Case(NOBODY, _draft)],
    "review:declare_conflict": [Case(frozenset({COUNCIL}), _submitted), Case(NOBODY, _draft)],
    "review:summary": [
        Case(frozenset({COUNCIL}) | OFFICE, _submitted),
        Case(OFFICE, _draft),
    ],
    "allocations:index": [Case(OFFICE)],
    "allocations:year": [Case(OFFICE, lambda w: {"year": 2027})],
    "allocations:version": [Case(OFFICE, lambda w: {"year": 2027, "number": w.proposal.number})],
    "allocations:choose": [Case(OFFICE, lambda w: {"year": 2027, "number": w.proposal.number})],
    "allocations:compare": [
        Case(OFFICE, lambda w: {"year": 2027}, query="?a=1&b=1"),
    ],
    "decisions:year": [Case(OFFICE, _year)],
    "decisions:download": [Case(OFFICE, lambda w: {"year": 2027, "fmt": "docx"})],
    "decisions:particulars": [Case(OFFICE, _year)],
    "decisions:documents": [Case(OFFICE, _year)],
    "decisions:generate": [Case(OFFICE, _year, "post")],
    "decisions:prose": [Case(OFFICE, lambda w: {"year": 2027, "key": "matter"})],
    # Posted empty: the forms answer with their errors and nothing is recorded.
    "decisions:record": [Case(OFFICE, _year, "post")],
    "decisions:amend": [Case(OFFICE, _year, "post")],
    "decisions:covering_list": [Case(OFFICE, _year)],
    "decisions:covering": [Case(OFFICE, lambda w: {"year": 2027, "key": "farsta", "fmt": "docx"})],
    "decisions:covering_zip": [Case(OFFICE, lambda w: {"year": 2027, "fmt": "docx"})],
    # Each applicant sees only its own organisation's decisions (tests/decisions).
    "decisions:mine": [Case(SIGNED_IN)],
    "decisions:accounts": [Case(SIGNED_IN)],
    "decisions:account": [Case(SIGNED_IN, lambda w: {"year": 2020, "fmt": "docx"})],
    "statistics:index": [Case(SIGNED_IN)],
    "statistics:xlsx": [Case(SIGNED_IN)],
    "statistics:csv": [Case(SIGNED_IN, lambda w: {"dimension": "year"})],
    "history:index": [Case(OFFICE)],
    "jobs:index": [Case(OFFICE)],
    "jobs:retry": [Case(OFFICE, _failed_job, "post")],
    "jobs:download": [Case(OFFICE, _document_job)],
    # For a load balancer: no log-in, answers JSON only.
    "operations:health": [Case(EVERYONE)],
    "history:review": [Case(OFFICE, lambda w: {"pk": w.document.pk})],
    # Follow-up of Farsta's grant: Farsta writes, the office decides.
    "followup:index": [Case(frozenset({APPLICANT, OTHER_APPLICANT}) | OFFICE)],
    "followup:grant": [Case(frozenset({APPLICANT}) | OFFICE, _grant)],
    "followup:report_edit": [Case(frozenset({APPLICANT}), _grant)],
    "followup:report_file": [Case(frozenset({APPLICANT}) | OFFICE, _grant)],
    "followup:repayment_declare": [Case(frozenset({APPLICANT}), _grant, "post")],
    "followup:repurposing_request": [Case(frozenset({APPLICANT}), _grant, "post")],
    "followup:overview": [Case(OFFICE, lambda w: {"call_pk": w.grant.application.call_id})],
    "followup:export": [Case(OFFICE, lambda w: {"call_pk": w.grant.application.call_id})],
    "followup:report_decide": [Case(OFFICE, lambda w: {"report_pk": w.report.pk}, "post")],
    "followup:report_publish": [Case(OFFICE, lambda w: {"report_pk": w.report.pk}, "post")],
    "followup:repayment_advance": [
        Case(OFFICE, lambda w: {"repayment_pk": w.repayment.pk}, "post")
    ],
    "followup:repurposing_decide": [
        Case(OFFICE, lambda w: {"repurposing_pk": w.repurposing.pk}, "post")
    ],
    # Every member of staff reads the knowledge bank; a withdrawn document
    # only the office. Only the office imports, edits and withdraws.
    "knowledge:search": [Case(SIGNED_IN)],
    "knowledge:import": [Case(OFFICE)],
    "knowledge:import_status": [Case(OFFICE, _knowledge_import_batch)],
    "knowledge:detail": [
        Case(SIGNED_IN, lambda w: {"pk": w.kb_document.pk}),
        Case(OFFICE, lambda w: {"pk": w.kb_withdrawn.pk}),
    ],
    "knowledge:file": [
        Case(SIGNED_IN, lambda w: {"pk": w.kb_document.pk}),
        Case(OFFICE, lambda w: {"pk": w.kb_withdrawn.pk}),
    ],
    "knowledge:edit": [Case(OFFICE, lambda w: {"pk": w.kb_document.pk})],
    "knowledge:withdraw": [Case(OFFICE, lambda w: {"pk": w.kb_document.pk}, method="post")],
}


def _url_names(resolver=None, namespace=""):
    for pattern in (resolver or get_resolver()).url_patterns:
        if isinstance(pattern, URLResolver):
            if pattern.namespace in EXCLUDED_NAMESPACES:
                continue
            prefix = f"{namespace}{pattern.namespace}:" if pattern.namespace else namespace
            yield from _url_names(pattern, prefix)
        elif isinstance(pattern, URLPattern) and pattern.name:
            yield f"{namespace}{pattern.name}"


def test_every_url_has_an_entry():
    names = set(_url_names()) - EXCLUDED_NAMES
    missing = sorted(names - MATRIX.keys())
    assert not missing, f"URL utan rad i behörighetsmatrisen: {', '.join(missing)}"
    stale = sorted(MATRIX.keys() - names)
    assert not stale, f"Rad i matrisen för URL som inte finns: {', '.join(stale)}"


def _user(username, role, *organisations, **fields):
    # Without a password: hashing one per role would slow the module down.
    person = User.objects.create(username=username, role=role, **fields)
    person.organisations.set(organisations)
    return person


def _attachment(application):
    attachment = Attachment(
        application=application,
        kind="Projektplan",
        original_name="plan.pdf",
        content_type="application/pdf",
        size=len(PDF),
    )
    attachment.file.save("plan.pdf", ContentFile(PDF), save=True)
    return attachment


def _followed_up_grant(farsta, owner):
    """A 2025 grant to Farsta with a submitted report, a declared repayment
    and a pending re-purposing."""
    application = factories.application(
        factories.call(2025), farsta, status=Status.GRANTED, title="Farstas beviljade"
    )
    grant = factories.grant(application, 400_000)
    report = Report(grant=grant, kind="final", state="submitted", times_submitted=1, spent=1)
    report.attachment.save("rapport.pdf", ContentFile(PDF), save=False)
    report.attachment_name = "rapport.pdf"
    report.save()
    Repayment.objects.create(grant=grant, state="declared", amount=1, declared_on=date.today())
    Repurposing.objects.create(
        grant=grant, new_use="Konferens", reason="Resan ställdes in", requested_by=owner
    )
    return grant


def _build():
    farsta = factories.organisation("Farsta")
    skarpnack = factories.organisation("Skarpnäck", key="skarpnack")
    sodermalm = factories.organisation("Södermalm")
    users = {
        ANON: None,
        APPLICANT: _user("anna", "applicant", farsta),
        OTHER_APPLICANT: _user("sven", "applicant", skarpnack),
        JAVIG: _user("rut", "council", farsta),
        COUNCIL: _user("olle", "council", sodermalm),
        READER: _user("lars", "reader"),
        OFFICER: _user("hanna", "officer", is_staff=True),
        ADMIN: _user("admin", "administrator", is_staff=True, is_superuser=True),
    }
    call = factories.call(2027)
    factories.criterion(call)
    submitted = factories.application(
        call,
        farsta,
        status=Status.SUBMITTED,
        creator=users[APPLICANT],
        title="Farstas inskickade",
        reference="FoU-2027-0001",
        amount_asked=400_000,
        project_year=1,
    )
    draft = factories.application(call, farsta, creator=users[APPLICANT], title="Farstas utkast")
    proposal = proposal_create(
        year=2027,
        settings=AllocationSettings(budgets={"LUM": 1_000_000}),
        locks={},
        user=users[OFFICER],
    )
    grant = _followed_up_grant(farsta, users[APPLICANT])
    # Chosen, so the decision pages have a proposal to build from.
    proposal_choose(proposal=proposal, user=users[OFFICER])
    document = ImportedDocument.objects.create(
        sha256="0" * 64,
        original_name="beslut.txt",
        kind=ImportedDocument.Kind.DECISION,
        year=2023,
        original_text="Beslut",
        repaired_text="Beslut",
    )
    kb_document = document_import(user=None, name="rapport.txt", data=b"Slutrapport 2021.")
    kb_withdrawn = document_import(user=None, name="återtagen.txt", data=b"Reserapport 2022.")
    document_withdraw(document=kb_withdrawn.document, user=users[OFFICER], reason="Fel dokument")
    return SimpleNamespace(
        users=users,
        kb_document=kb_document.document,
        kb_withdrawn=kb_withdrawn.document,
        call=call,
        submitted=submitted,
        draft=draft,
        plan=_attachment(submitted),
        draft_plan=_attachment(draft),
        assignment=factories.assignment(submitted, users[COUNCIL]),
        proposal=proposal,
        document=document,
        grant=grant,
        workshop=WorkshopAttendance.objects.create(call=call, organisation=farsta),
        report=grant.report,
        repayment=grant.repayment,
        repurposing=grant.repurposings.get(),
        # Signed in once, in the module's transaction, so the sessions last.
        clients={role: _signed_in(user) for role, user in users.items()},
    )


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker, tmp_path_factory):
    """Built once for the module, in a transaction rolled back at its end."""
    with (
        override_settings(MEDIA_ROOT=tmp_path_factory.mktemp("media")),
        django_db_blocker.unblock(),
        transaction.atomic(),
    ):
        yield _build()
        transaction.set_rollback(True)


def _refused(response) -> bool:
    if response.status_code in (403, 404):
        return True
    return response.status_code == 302 and response["Location"].startswith(reverse("login"))


def _signed_in(user) -> Client:
    client = Client()
    if user is not None:
        client.force_login(user)
    return client


def _client(world, role, fresh: bool) -> Client:
    """The role's client of the module; a fresh one where the request ends
    the session (a test's own writes are rolled back after it)."""
    return _signed_in(world.users[role]) if fresh else world.clients[role]


def _request(world, role, name, case):
    client = _client(world, role, fresh=name == "logout")
    url = reverse(name, kwargs=case.kwargs(world)) + case.query
    return url, getattr(client, case.method)(url)


@pytest.mark.parametrize("name", sorted(MATRIX))
def test_roles_reach_only_what_they_may(name, world, django_db_blocker):
    wrong = []
    with django_db_blocker.unblock():
        for case in MATRIX[name]:
            for role in ROLES:
                url, response = _request(world, role, name, case)
                expected_refused = role not in case.allowed
                if _refused(response) != expected_refused:
                    verb = "nådde" if expected_refused else "nekades"
                    status = response.status_code
                    wrong.append(f"{role} {verb} {case.method.upper()} {url} ({status})")
    assert not wrong, "\n".join(wrong)

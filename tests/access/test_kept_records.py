"""Issue 10, access 5: records arkivlagen requires kept cannot be deleted by
anyone; a draft that was never submitted is deleted by its owner."""

import pytest
from django.apps import apps
from django.contrib import admin
from django.db import transaction
from django.db.models import ProtectedError

from fou.applications.models import Application, Grant, Status
from fou.core.archive import ALWAYS_KEPT, CONDITIONALLY_KEPT
from tests import factories


def test_superuser_cannot_delete_a_submitted_application_in_the_admin(client, superuser, submitted):
    client.force_login(superuser)
    url = f"/admin/applications/application/{submitted.pk}/delete/"
    assert client.get(url).status_code == 403
    assert client.post(url, {"post": "yes"}).status_code == 403
    assert Application.objects.filter(pk=submitted.pk).exists()


def test_admin_list_offers_no_delete_action(client, superuser, submitted):
    client.force_login(superuser)
    response = client.post(
        "/admin/applications/application/",
        {"action": "delete_selected", "_selected_action": [submitted.pk], "post": "yes"},
    )
    assert response.status_code in (200, 302)
    assert Application.objects.filter(pk=submitted.pk).exists()


def test_superuser_cannot_delete_a_grant_in_the_admin(client, superuser, submitted):
    grant = factories.grant(submitted, 100_000)
    client.force_login(superuser)
    response = client.post(f"/admin/applications/grant/{grant.pk}/delete/", {"post": "yes"})
    assert response.status_code == 403
    assert Grant.objects.filter(pk=grant.pk).exists()


@pytest.mark.parametrize(
    "path",
    [
        "/admin/applications/attachment/{attachment}/delete/",
        "/admin/review/conflictofinterest/{conflict}/delete/",
        "/admin/history/importeddocument/{document}/delete/",
    ],
)
def test_other_kept_records_have_no_delete_page(client, superuser, submitted, olle, path):
    from fou.history.models import ImportedDocument
    from fou.review.models import ConflictOfInterest

    conflict = ConflictOfInterest.objects.create(application=submitted, reviewer=olle, reason="x")
    document = ImportedDocument.objects.create(
        sha256="0" * 64,
        original_name="b.txt",
        kind="decision",
        year=2023,
        original_text="x",
        repaired_text="x",
    )
    client.force_login(superuser)
    url = path.format(
        attachment=submitted.attachments.get().pk, conflict=conflict.pk, document=document.pk
    )
    assert client.post(url, {"post": "yes"}).status_code == 403


def test_a_submitted_application_cannot_be_deleted_in_code(submitted):
    with pytest.raises(ProtectedError), transaction.atomic():
        Application.objects.filter(pk=submitted.pk).delete()
    assert Application.objects.filter(pk=submitted.pk).exists()


def test_a_returned_draft_is_kept_too(submitted):
    submitted.status = Status.DRAFT
    submitted.save()
    with pytest.raises(ProtectedError), transaction.atomic():
        submitted.delete()


def test_owner_deletes_a_never_submitted_draft_after_confirming(as_applicant, draft):
    page = as_applicant.get(f"/ansokningar/{draft.pk}/ta-bort/")
    assert page.status_code == 200
    assert "Ta bort utkast" in page.content.decode()
    response = as_applicant.post(f"/ansokningar/{draft.pk}/ta-bort/")
    assert response.status_code == 302
    assert not Application.objects.filter(pk=draft.pk).exists()


def test_another_organisation_cannot_delete_the_draft(client, other_applicant, draft):
    client.force_login(other_applicant)
    assert client.post(f"/ansokningar/{draft.pk}/ta-bort/").status_code == 404
    assert Application.objects.filter(pk=draft.pk).exists()


def test_owner_cannot_delete_a_submitted_application(as_applicant, submitted):
    assert as_applicant.post(f"/ansokningar/{submitted.pk}/ta-bort/").status_code == 403
    assert Application.objects.filter(pk=submitted.pk).exists()


@pytest.mark.parametrize("label", [*ALWAYS_KEPT, *CONDITIONALLY_KEPT])
def test_no_kept_record_has_a_delete_in_the_admin(rf, superuser, label):
    model = apps.get_model(label)
    model_admin = admin.site._registry.get(model)
    if model_admin is None:
        pytest.skip(f"{label} finns inte i administrationen")
    request = rf.get("/admin/")
    request.user = superuser
    assert not model_admin.has_delete_permission(request)

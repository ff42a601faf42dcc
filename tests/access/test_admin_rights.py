"""Issue 10, access 1: only administrators change users, groups, permissions
and passwords in the admin, and no one raises their own rights."""

from django.contrib.auth.models import Group

from fou.accounts.models import User
from tests import factories


def _user_form(user, **changes) -> dict:
    """The admin's user change form as a browser posts it."""
    data = {
        "username": user.username,
        "first_name": user.first_name,
        "last_name": user.last_name,
        "email": user.email,
        "is_active": "on",
        "is_staff": "on" if user.is_staff else "",
        "role": user.role,
        "last_login_0": "",
        "last_login_1": "",
        "date_joined_0": "2026-01-01",
        "date_joined_1": "10:00:00",
    }
    if user.is_superuser:
        data["is_superuser"] = "on"
    data.update(changes)
    return {k: v for k, v in data.items() if v != ""}


def test_officer_cannot_open_a_users_change_page(client, staff_officer, reader):
    client.force_login(staff_officer)
    assert client.get(f"/admin/accounts/user/{reader.pk}/change/").status_code == 403
    assert client.get("/admin/accounts/user/").status_code == 403


def test_officer_cannot_make_herself_superuser(client, staff_officer):
    client.force_login(staff_officer)
    response = client.post(
        f"/admin/accounts/user/{staff_officer.pk}/change/",
        _user_form(staff_officer, is_superuser="on"),
    )
    assert response.status_code == 403
    staff_officer.refresh_from_db()
    assert not staff_officer.is_superuser


def test_officer_cannot_reach_password_forms(client, staff_officer, reader):
    client.force_login(staff_officer)
    url = f"/admin/accounts/user/{reader.pk}/password/"
    assert client.get(url).status_code == 403
    response = client.post(url, {"password1": "Nytt-lösen-9876", "password2": "Nytt-lösen-9876"})
    assert response.status_code == 403
    reader.refresh_from_db()
    assert reader.check_password(factories.PASSWORD)


def test_officer_cannot_add_users_or_change_groups(client, staff_officer):
    client.force_login(staff_officer)
    group = Group.objects.get(name="Handläggare")
    assert client.get("/admin/accounts/user/add/").status_code == 403
    assert client.get(f"/admin/auth/group/{group.pk}/change/").status_code == 403
    assert client.post("/admin/auth/group/add/", {"name": "Ny"}).status_code == 403


def test_administrator_cannot_make_himself_superuser(client, administrator):
    client.force_login(administrator)
    response = client.post(
        f"/admin/accounts/user/{administrator.pk}/change/",
        _user_form(administrator, is_superuser="on", last_name="Admin"),
    )
    assert response.status_code == 302
    administrator.refresh_from_db()
    assert administrator.last_name == "Admin"
    assert not administrator.is_superuser


def test_administrator_cannot_make_another_user_superuser(client, administrator, reader):
    client.force_login(administrator)
    client.post(
        f"/admin/accounts/user/{reader.pk}/change/",
        _user_form(reader, is_superuser="on", is_staff="on"),
    )
    reader.refresh_from_db()
    assert not reader.is_superuser


def test_administrator_changes_another_users_name_and_password(client, administrator, reader):
    client.force_login(administrator)
    response = client.post(
        f"/admin/accounts/user/{reader.pk}/change/", _user_form(reader, first_name="Lasse")
    )
    assert response.status_code == 302
    reader.refresh_from_db()
    assert reader.first_name == "Lasse"
    response = client.post(
        f"/admin/accounts/user/{reader.pk}/password/",
        {"password1": "Nytt-lösen-9876", "password2": "Nytt-lösen-9876", "usable_password": "true"},
    )
    assert response.status_code == 302
    reader.refresh_from_db()
    assert reader.check_password("Nytt-lösen-9876")


def test_superuser_may_grant_superuser(client, superuser, reader):
    client.force_login(superuser)
    client.post(
        f"/admin/accounts/user/{reader.pk}/change/",
        _user_form(reader, is_superuser="on", is_staff="on"),
    )
    reader.refresh_from_db()
    assert reader.is_superuser


def test_administrator_cannot_take_over_a_superusers_account(client, administrator, superuser):
    client.force_login(administrator)
    assert client.get(f"/admin/accounts/user/{superuser.pk}/password/").status_code == 403
    response = client.post(
        f"/admin/accounts/user/{superuser.pk}/change/", _user_form(superuser, email="x@y.se")
    )
    assert response.status_code == 403
    superuser.refresh_from_db()
    assert superuser.email != "x@y.se"


def test_administrator_adds_a_user(client, administrator):
    client.force_login(administrator)
    assert client.get("/admin/accounts/user/add/").status_code == 200
    response = client.post(
        "/admin/accounts/user/add/",
        {
            "username": "nyperson",
            "password1": "Ett-långt-lösen-77",
            "password2": "Ett-långt-lösen-77",
            "usable_password": "true",
        },
    )
    assert response.status_code == 302
    assert User.objects.filter(username="nyperson", is_superuser=False).exists()

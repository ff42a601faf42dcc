"""The demo's public password never guards a production superuser."""

import re
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from fou.accounts.models import User
from fou.demo.users import DEMO_PASSWORD


def test_load_demo_in_production_is_refused_without_the_explicit_flag(settings, db):
    settings.PUBLIC_DEMO_LOGINS_ALLOWED = False  # as with DJANGO_DEBUG=0
    with pytest.raises(CommandError, match="--i-know-this-is-public"):
        call_command("load_demo", stdout=StringIO())
    assert not User.objects.filter(username="admin").exists()


def test_with_the_flag_admin_gets_a_random_password_that_is_printed(settings, db):
    settings.PUBLIC_DEMO_LOGINS_ALLOWED = False  # as with DJANGO_DEBUG=0
    out = StringIO()
    call_command("load_demo", "--i-know-this-is-public", "--quiet-logins", stdout=out)
    admin = User.objects.get(username="admin")
    assert admin.is_superuser
    assert not admin.check_password(DEMO_PASSWORD)
    printed = re.search(r"Lösenord för admin .*: (\S+)", out.getvalue()).group(1)
    assert printed != DEMO_PASSWORD and len(printed) >= 16
    assert admin.check_password(printed)


def test_an_admin_left_with_the_demo_password_gets_a_new_one_in_production(settings, db):
    call_command("load_demo", "--quiet-logins", stdout=StringIO())  # development
    assert User.objects.get(username="admin").check_password(DEMO_PASSWORD)
    settings.PUBLIC_DEMO_LOGINS_ALLOWED = False  # as with DJANGO_DEBUG=0
    call_command("load_demo", "--i-know-this-is-public", stdout=StringIO())
    assert not User.objects.get(username="admin").check_password(DEMO_PASSWORD)


def test_production_settings_do_not_allow_public_demo_logins():
    from tests.core.test_production_settings import production_setting

    assert production_setting("PUBLIC_DEMO_LOGINS_ALLOWED") == "False"

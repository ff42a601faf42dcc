"""axe-core on the administration's pages: the index, and for every model of
our apps its list, its add form and one change form, as the administrator."""

import pytest
from django.contrib import admin
from django.urls import reverse

from tests.browser.conftest import assert_accessible
from tests.core import test_permission_matrix as matrix

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _admin_urls():
    yield reverse("admin:index")
    models = sorted(admin.site._registry, key=lambda model: model._meta.label)
    for model in models:
        if not model.__module__.startswith("fou."):
            continue
        info = model._meta.app_label, model._meta.model_name
        yield reverse("admin:{}_{}_changelist".format(*info))
        yield reverse("admin:{}_{}_add".format(*info))
        first = model._default_manager.order_by("pk").first()
        if first is not None:
            yield reverse("admin:{}_{}_change".format(*info), args=[first.pk])


def _rules(violation: AssertionError) -> str:
    lines = str(violation).splitlines()[1:]
    return " | ".join(line.strip()[:160] for line in lines if line.startswith("  ") and "(" in line)


def test_every_admin_page_passes_axe_core(page, live_server, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    world = matrix._build()
    cookie = world.clients[matrix.ADMIN].cookies.get(settings.SESSION_COOKIE_NAME)
    page.context.add_cookies([{"name": cookie.key, "value": cookie.value, "url": live_server.url}])
    scanned, refused, failures = [], [], []
    for url in _admin_urls():
        response = page.goto(url)
        if response.status == 403:
            # Kept records cannot be added: that is the refusal page, scanned
            # with the other pages' refusals.
            refused.append(url)
            continue
        try:
            assert_accessible(page)
        except AssertionError as violation:
            failures.append(f"{url} → {response.status}: {_rules(violation)}")
        scanned.append(url)
    print(f"axe-core, administrationen: {len(scanned)} sidor granskade, {len(refused)} nekade")
    assert len(scanned) > 30
    assert failures == [], "\n\n".join(failures)

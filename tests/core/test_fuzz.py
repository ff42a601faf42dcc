"""Every page of the project, sent odd values in every parameter and field it
knows, as an officer and as an applicant, by GET and POST: never a 500.

The URL patterns come from the resolver, so a new page is fuzzed without being
listed here. The parameter names come from three places: the fields of every
form in the project, the names the views read from ``request.GET`` and
``request.POST`` (found in their source), and the ``name`` attributes of the
inputs on the page itself (prefixed forms and formsets)."""

import importlib
import re
from pathlib import Path

import pytest
from django import forms
from django.urls import URLPattern, URLResolver, get_resolver

import fou
from fou.applications.models import Status
from fou.calls.models import Call
from tests import factories

ODD_VALUES = [
    "²",
    "¹",
    str(10**30),
    "-1",
    "abc\x00def",
    "abc",
    "x" * 10_000,
    "Åsa 😀 \u202e ﷽",
]
# Django's own admin is left to Django's tests; logging out would end the run.
SKIPPED_PREFIXES = ("admin/", "logga-ut/", "i18n/")
SOURCE = Path(fou.__file__).parent
_READ_NAME = re.compile(r"""(?:GET|POST|query)\.get(?:list)?\(\s*["']([^"']+)["']""")
# Names a view reads in a loop, which the pattern above cannot see.
LOOPED_NAMES = {"a", "b"}
_INPUT_NAME = re.compile(r"""<(?:input|select|textarea)[^>]*\bname="([^"]+)\"""")


def url_routes(patterns=None, prefix=""):
    """Every route of the project, e.g. "ansokningar/<int:pk>/andra/"."""
    for pattern in get_resolver().url_patterns if patterns is None else patterns:
        route = prefix + str(pattern.pattern)
        if route.startswith(SKIPPED_PREFIXES):
            continue
        if isinstance(pattern, URLResolver):
            yield from url_routes(pattern.url_patterns, route)
        elif isinstance(pattern, URLPattern):
            yield route


def _all_subclasses(cls):
    for sub in cls.__subclasses__():
        yield sub
        yield from _all_subclasses(sub)


def known_names() -> set[str]:
    names = set(LOOPED_NAMES)
    for path in SOURCE.rglob("forms.py"):
        module = ".".join(path.relative_to(SOURCE.parent).with_suffix("").parts)
        importlib.import_module(module)
    for form in _all_subclasses(forms.BaseForm):
        if form.__module__.startswith("fou."):
            names.update(getattr(form, "base_fields", {}))
    for path in SOURCE.rglob("*.py"):
        names.update(_READ_NAME.findall(path.read_text("utf-8")))
    return names


@pytest.fixture
def world(lum_call, farsta, skarpnack, applicant, officer):
    """One of each thing a page can be about, owned by the applicant where it can be."""
    factories.call(2027, fund_code="MUL")
    undated = factories.call(2028)
    Call.objects.filter(pk=undated.pk).update(opens_at=None, closes_at=None)
    draft = factories.application(lum_call, farsta, creator=applicant, title="Utkast")
    submitted = factories.application(
        lum_call, farsta, creator=applicant, status=Status.SUBMITTED, reference="FoU-2027-0001"
    )
    return {
        "pk": [draft.pk, submitted.pk],
        "call_pk": [lum_call.pk, undated.pk],
        "year": [2027],
        "number": [1],
        "attachment_pk": [1],
        "action": ["withdraw", "okand"],
    }


def addresses(route: str, world: dict) -> list[str]:
    found = [route]
    for parameter in re.findall(r"<(?:\w+:)?(\w+)>", route):
        found = [
            re.sub(rf"<(?:\w+:)?{parameter}>", str(value), address, count=1)
            for address in found
            for value in world.get(parameter, [1])
        ]
    return ["/" + address for address in found]


def methods_for(route: str, client) -> list:
    # Wrong passwords would count against the log-in limit; the form is Django's.
    return [client.get] if route == "logga-in/" else [client.get, client.post]


def test_no_page_answers_500_to_odd_input(client, world, officer, applicant):
    names = known_names()
    routes = list(url_routes())
    assert "ansokningar/<int:pk>/andra/" in routes and len(routes) > 30
    assert {"utlysning", "organisation", "a", "purpose", "title"} <= names
    failures = []
    for user in (officer, applicant):
        client.force_login(user)
        for route in routes:
            for address in addresses(route, world):
                page = client.get(address)
                fields = names | set(_INPUT_NAME.findall(page.content.decode(errors="replace")))
                # A page refused before it reads anything needs one odd request, not all.
                refused = page.status_code in (403, 405) or page.get("Location", "").startswith(
                    "/logga-in/"
                )
                for value in ODD_VALUES[:1] if refused else ODD_VALUES:
                    data = dict.fromkeys(fields, value)
                    for method in methods_for(route, client):
                        try:
                            status = method(address, data).status_code
                        except Exception as error:  # the test client re-raises a 500's cause
                            status = f"{type(error).__name__}: {error}"[:200]
                        if not isinstance(status, int) or status >= 500:
                            failures.append(
                                f"{user.username} {method.__name__.upper()} {address} "
                                f"{value[:12]!r}: {status}"
                            )
    assert failures == [], "\n".join(sorted(set(failures)))

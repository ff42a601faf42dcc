"""Odd values in the address or a form are ignored or answered in Swedish, never a 500."""

from fou.calls.models import Call
from tests import factories


def test_superscript_digits_in_the_list_filters_are_ignored(as_officer, lum_call):
    assert as_officer.get("/ansokningar/", {"utlysning": "²"}).status_code == 200
    assert as_officer.get("/ansokningar/", {"organisation": "¹"}).status_code == 200


def test_superscript_digits_in_the_export_filter_are_ignored(as_officer, lum_call):
    assert as_officer.get("/ansokningar/export.xlsx", {"utlysning": "²"}).status_code == 200


def test_huge_numbers_in_the_list_filters_are_ignored(as_officer, lum_call):
    assert as_officer.get("/ansokningar/", {"utlysning": str(10**30)}).status_code == 200


def test_comparing_versions_that_are_not_numbers_says_so(as_officer):
    response = as_officer.get("/fordelning/2027/jamfor/", {"a": "abc", "b": "²"}, follow=True)
    assert response.status_code == 200
    assert "Välj två versioner att jämföra" in response.content.decode()


def test_starting_an_application_for_a_call_without_dates_says_it_is_not_open(as_applicant, farsta):
    call = factories.call(2028)
    Call.objects.filter(pk=call.pk).update(opens_at=None, closes_at=None)
    response = as_applicant.post(f"/ansokningar/ny/{call.pk}/", {"organisation": farsta.pk})
    assert response.status_code == 200
    assert "inte öppen" in response.content.decode()


def test_a_nul_character_in_the_fund_filter_is_ignored(as_officer, lum_call):
    # PostgreSQL refuses NUL in a query: this was a 500 there.
    assert as_officer.get("/ansokningar/", {"fond": "LUM\x00"}).status_code == 200
    assert as_officer.get("/ansokningar/export.xlsx", {"fond": "\x00"}).status_code == 200

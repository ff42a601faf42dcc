"""The office's list of calls to review: a new call is there before it has
criteria or applications, and each count is counted once."""

from fou.applications.models import Status
from tests import factories


def test_a_new_call_is_listed_before_it_has_criteria_or_applications(as_officer, db):
    new_call = factories.call(2028, fund_code="KULT")
    new_call.criteria.all().delete()
    page = as_officer.get("/bedomning/utlysningar/")
    assert new_call in list(page.context["calls"])
    assert f"/bedomning/utlysning/{new_call.pk}/" in page.content.decode()


def test_applications_are_counted_once_however_many_criteria(as_officer, lum_call, farsta):
    for order in range(1, 4):
        factories.criterion(lum_call, f"Kriterium {order}", order=order)
    for title in ("Ett", "Två"):
        factories.application(lum_call, farsta, status=Status.SUBMITTED, title=title)
    page = as_officer.get("/bedomning/utlysningar/")
    listed = next(c for c in page.context["calls"] if c.pk == lum_call.pk)
    assert listed.in_review == 2
    assert listed.criteria_count == 3

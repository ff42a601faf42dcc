"""After automatic assignment, an application left short because of jäv is a
notice saying what to do, not an error; and messages sit below the breadcrumb."""

from fou.review.models import Assignment


def overview(call):
    return f"/bedomning/utlysning/{call.pk}/"


def test_an_application_short_of_reviewers_is_a_notice_with_what_to_do(
    as_officer, lum_call, council_member, olle, farsta_application
):
    # rut is jävig for Farsta; only olle is free, so Farsta gets 1 of 2.
    response = as_officer.post(f"{overview(lum_call)}fordela/", {"per_application": 2}, follow=True)
    text = response.content.decode()
    notice = text.split("Farstas projekt”", 1)[0].rsplit("<div", 1)[1]
    assert 'class="notice notice-info"' in notice
    assert "notice-warning" not in notice and "notice-error" not in notice
    after = text.split("Farstas projekt”", 1)[1].split("</div>", 1)[0]
    assert "1 av 2 bedömare" in after
    assert "Rut" in after  # who is jävig
    assert "tilldela" in after.lower()  # what to do


def test_a_message_comes_after_the_breadcrumb_and_before_the_heading(
    as_officer, lum_call, olle, skarpnack_application
):
    as_officer.post(f"{overview(lum_call)}fordela/", {"per_application": 1})
    assert Assignment.objects.count() == 1
    text = as_officer.get(overview(lum_call)).content.decode()
    main = text.split('<main id="main"', 1)[1]
    breadcrumb = main.index('href="/bedomning/utlysningar/"')
    message = main.index("nya tilldelningar har gjorts")
    heading = main.index("<h1")
    assert breadcrumb < message < heading

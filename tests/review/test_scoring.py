"""Scoring per criterion, handing in, and who sees which scores when."""

import re

import pytest

from fou.review.models import ReviewSubmission, Score
from fou.review.selectors import ranked_list, score_summary, weighted_scores
from tests import factories
from tests.review.helpers import score_post


@pytest.fixture
def olle_assigned(client, olle, skarpnack_application):
    factories.assignment(skarpnack_application, olle)
    client.force_login(olle)
    return client


def url(application, suffix=""):
    return f"/bedomning/ansokan/{application.pk}/{suffix}"


def test_scoring_page_explains_the_scale_in_swedish(olle_assigned, skarpnack_application):
    text = olle_assigned.get(url(skarpnack_application)).content.decode()
    assert "1 – uppfyller inte" in text and "5 – uppfyller helt" in text


def test_draft_scores_and_comments_are_saved_and_shown_again(
    olle_assigned, olle, skarpnack_application, criteria
):
    data = score_post(criteria, [4, None, None], ["", "Tidigt stöd saknas", ""], save="1")
    response = olle_assigned.post(url(skarpnack_application), data)
    assert response.status_code == 302
    assert Score.objects.get(reviewer=olle, criterion=criteria[0]).value == 4
    assert Score.objects.get(reviewer=olle, criterion=criteria[1]).comment == "Tidigt stöd saknas"
    assert not ReviewSubmission.objects.exists()
    page = olle_assigned.get(url(skarpnack_application)).content.decode()
    assert "Tidigt stöd saknas" in page
    assert re.search(rf'name="value_{criteria[0].pk}" value="4"[^>]*checked', page)


def test_handing_in_needs_every_criterion_and_keeps_what_was_typed(
    olle_assigned, skarpnack_application, criteria
):
    data = score_post(criteria, [4, None, 2], ["Bra", "Min kommentar", ""], submit="1")
    response = olle_assigned.post(url(skarpnack_application), data)
    assert response.status_code == 400
    text = response.content.decode()
    assert "Ge poäng för varje kriterium" in text and "Förebyggande insatser" in text
    assert "Min kommentar" in text
    assert not ReviewSubmission.objects.exists()
    assert Score.objects.filter(value__isnull=False).count() == 2


def test_handing_in_leads_to_the_summary_and_locks_the_scores(
    olle_assigned, olle, skarpnack_application, criteria
):
    response = olle_assigned.post(
        url(skarpnack_application), score_post(criteria, [5, 3, 4], submit="1")
    )
    assert response.status_code == 302 and response.url.endswith("/sammanstallning/")
    assert ReviewSubmission.objects.filter(reviewer=olle).exists()
    later = olle_assigned.post(url(skarpnack_application), score_post(criteria, [1, 1, 1]))
    assert later.status_code == 302
    assert sorted(Score.objects.values_list("value", flat=True)) == [3, 4, 5]


def test_unassigned_member_cannot_score(client, eva, skarpnack_application, criteria):
    client.force_login(eva)
    response = client.post(url(skarpnack_application), score_post(criteria, [5, 5, 5]))
    assert response.status_code == 403
    assert not Score.objects.exists()


def test_reviewer_sees_others_scores_only_after_handing_in(
    olle, eva, skarpnack_application, criteria
):
    factories.assignment(skarpnack_application, olle)
    factories.assignment(skarpnack_application, eva)
    factories.review(skarpnack_application, eva, dict(zip(criteria, [2, 2, 2], strict=True)))
    factories.review(skarpnack_application, olle, {criteria[0]: 4}, submitted=False)
    before = score_summary(application=skarpnack_application, viewer=olle)
    assert before.others_hidden
    assert [r.reviewer for r in before.reviews] == [olle]
    assert before.spread.count == 0

    factories.review(skarpnack_application, olle, {c: 4 for c in criteria[1:]})
    after = score_summary(application=skarpnack_application, viewer=olle)
    assert not after.others_hidden
    assert {r.reviewer for r in after.reviews} == {olle, eva}
    assert (after.spread.minimum, after.spread.maximum, after.spread.mean) == (2, 4, 3)


def test_summary_page_before_handing_in_hides_others(
    olle_assigned, eva, skarpnack_application, criteria
):
    factories.review(skarpnack_application, eva, dict(zip(criteria, [2, 2, 2], strict=True)))
    response = olle_assigned.get(url(skarpnack_application, "sammanstallning/"))
    text = response.content.decode()
    assert response.status_code == 200
    assert "när du har lämnat din egen bedömning" in text and "Eva" not in text


def test_officer_sees_every_handed_in_review_but_no_drafts(
    officer, olle, eva, skarpnack_application, criteria
):
    factories.review(skarpnack_application, eva, dict(zip(criteria, [2, 2, 2], strict=True)))
    factories.review(skarpnack_application, olle, {criteria[0]: 5}, submitted=False)
    summary = score_summary(application=skarpnack_application, viewer=officer)
    assert [r.reviewer for r in summary.reviews] == [eva]


@pytest.mark.parametrize("who", ["reader", "applicant", "other_applicant"])
def test_readers_and_applicants_see_no_scores(client, request, who, skarpnack_application):
    client.force_login(request.getfixturevalue(who))
    assert client.get(url(skarpnack_application, "sammanstallning/")).status_code == 403
    assert client.get(url(skarpnack_application)).status_code == 403
    assert client.get("/bedomning/").status_code == 403


def test_weighted_scores_normalise_the_weights_to_the_1_to_5_scale(
    lum_call, olle, eva, farsta_application, skarpnack_application, criteria
):
    # Weights 3, 1, 1: (3·5 + 1·2 + 1·3) / 5 = 4.0 and (3·3 + 1·4 + 1·4) / 5 = 3.4.
    factories.review(skarpnack_application, olle, dict(zip(criteria, [5, 2, 3], strict=True)))
    factories.review(skarpnack_application, eva, dict(zip(criteria, [3, 4, 4], strict=True)))
    # A draft does not count; nor does an application without handed-in reviews.
    factories.review(
        farsta_application, olle, dict(zip(criteria, [1, 1, 1], strict=True)), submitted=False
    )
    scores = weighted_scores(call=lum_call)
    assert scores.keys() == {skarpnack_application.pk}
    assert scores[skarpnack_application.pk] == pytest.approx(3.7)


def test_weighted_scores_stay_between_1_and_5_whatever_the_weights(
    lum_call, olle, skarpnack_application
):
    heavy = factories.criterion(lum_call, "Tungt", weight=100)
    light = factories.criterion(lum_call, "Lätt", weight=1)
    factories.review(skarpnack_application, olle, {heavy: 5, light: 5})
    assert weighted_scores(call=lum_call)[skarpnack_application.pk] == pytest.approx(5.0)


def test_ranked_list_orders_by_mean_and_puts_unreviewed_last(
    lum_call, officer, olle, skarpnack_application, farsta_application, criteria
):
    third = factories.application(
        lum_call, farsta_application.lead.organisation, status="submitted", title="Tredje"
    )
    factories.review(skarpnack_application, olle, dict(zip(criteria, [2, 2, 2], strict=True)))
    factories.review(third, olle, dict(zip(criteria, [4, 4, 4], strict=True)))
    rows = ranked_list(call=lum_call, viewer=officer)
    assert [(r.rank, r.application.title) for r in rows] == [
        (1, "Tredje"),
        (2, "Skarpnäcks projekt"),
        (None, "Farstas projekt"),
    ]


def test_ranked_list_for_a_member_leaves_out_jävig_and_unreviewed(
    lum_call, council_member, olle, skarpnack_application, farsta_application, criteria
):
    factories.review(farsta_application, olle, dict(zip(criteria, [4, 4, 4], strict=True)))
    factories.review(skarpnack_application, olle, dict(zip(criteria, [2, 2, 2], strict=True)))
    factories.review(
        skarpnack_application, council_member, dict(zip(criteria, [3, 3, 3], strict=True))
    )
    rows = ranked_list(call=lum_call, viewer=council_member)
    assert [r.application.title for r in rows] == ["Skarpnäcks projekt"]

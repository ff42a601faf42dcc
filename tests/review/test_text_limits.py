from fou.core.text_limits import REASON_MAX
from fou.review.models import Score
from tests import factories
from tests.review.helpers import score_post


def test_a_too_long_review_comment_is_refused_and_kept(
    client, olle, skarpnack_application, criteria
):
    factories.assignment(skarpnack_application, olle)
    client.force_login(olle)
    comment = "Kommentar " + "x" * REASON_MAX
    data = score_post(criteria, [4, None, None], [comment], save="1")
    response = client.post(f"/bedomning/ansokan/{skarpnack_application.pk}/", data)
    page = response.content.decode()
    assert response.status_code == 400
    assert "högst 2 000 tecken" in page and comment in page
    assert not Score.objects.filter(comment=comment).exists()

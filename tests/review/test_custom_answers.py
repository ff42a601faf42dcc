"""The council member scores beside the whole application, the answers to
the call's own questions included, under the question as it was asked."""

import re

from fou.calls.models import Question
from tests import factories


def test_the_scoring_page_shows_answers_to_the_calls_own_questions(
    client, olle, skarpnack_application
):
    application = skarpnack_application
    Question.objects.create(
        call=application.call, position=1, key="title", label="Projektets namn",
        kind="short_text", required=True,
    )  # fmt: skip
    Question.objects.create(
        call=application.call, position=2, key="malgrupp", label="Vilka vänder ni er till?",
        kind="choice", choices="Barn\nUnga",
    )  # fmt: skip
    application.answers = {
        "malgrupp": {"label": "Målgrupp", "kind": "choice", "position": 1, "value": "Unga"}
    }
    application.save()
    factories.assignment(application, olle)
    client.force_login(olle)
    text = client.get(f"/bedomning/ansokan/{application.pk}/").content.decode()
    part = re.search(r'class="whole-application".*?</section>', text, re.S).group(0)
    assert "<dt>Målgrupp</dt>\n<dd>Unga" in part
    assert "Vilka vänder ni er till?" not in part

"""Applications ask review and follow-up through ports those apps fill when they load."""

import pytest
from django.core.exceptions import ImproperlyConfigured

from fou.applications import ports


def test_every_question_applications_ask_is_answered_once_the_apps_have_loaded():
    assert set(ports._answers) == set(ports.QUESTIONS)


def test_a_question_nobody_answers_is_an_error_not_a_silent_no(monkeypatch):
    monkeypatch.setattr(ports, "_answers", {})
    with pytest.raises(ImproperlyConfigured, match="has_conflict_of_interest"):
        ports.has_conflict_of_interest(user=None, application=None)


def test_an_answer_to_a_question_not_asked_is_refused():
    with pytest.raises(ImproperlyConfigured, match="is_jävig"):
        ports.provide(is_jävig=lambda **kwargs: True)

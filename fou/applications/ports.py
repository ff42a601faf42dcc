"""What applications must ask of the areas built on top of them.

Review (conflicts of interest, assignments) and follow-up (approved reports)
build on applications, so applications may not import them. Each hands in its
answers when the apps load (their AppConfig.ready calls ``provide``), and
applications ask through the functions below. A question asked before its
answer was handed in is an error, never a silent "no": who may read an
application must not depend on the order the apps were loaded in.
"""

from django.core.exceptions import ImproperlyConfigured

_answers = {}

QUESTIONS = (
    "conflicted_applications",
    "has_conflict_of_interest",
    "is_assigned",
    "approved_report_grant_ids",
)


def provide(**answers) -> None:
    """Hand in the functions that answer some of the QUESTIONS."""
    unknown = set(answers) - set(QUESTIONS)
    if unknown:
        raise ImproperlyConfigured(f"Applications ask no question named {sorted(unknown)}.")
    _answers.update(answers)


def _answer(question: str):
    try:
        return _answers[question]
    except KeyError:
        raise ImproperlyConfigured(
            f"No installed app answers {question!r} for applications (fou/applications/ports.py)."
        ) from None


def conflicted_applications(*, user):
    """Ids of the applications the council member is jävig for, as a subquery (review)."""
    return _answer("conflicted_applications")(user=user)


def has_conflict_of_interest(*, user, application) -> bool:
    """Whether the council member is jävig for the application (review)."""
    return _answer("has_conflict_of_interest")(user=user, application=application)


def is_assigned(*, user, application) -> bool:
    """Whether the council member is to score the application (review)."""
    return _answer("is_assigned")(user=user, application=application)


def approved_report_grant_ids(*, grant_ids) -> set[int]:
    """Which of these grants have an approved report (follow-up)."""
    return _answer("approved_report_grant_ids")(grant_ids=grant_ids)

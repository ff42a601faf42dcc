"""Study trips: money for visiting colleagues, not for courses or conferences."""

import re
from collections.abc import Iterator

from fou.domain.i18n import _
from fou.domain.rules.model import (
    ApplicationFacts,
    CallRules,
    EvaluationContext,
    OrganisationHistory,
    Outcome,
    RuleCode,
    RuleResult,
    result,
)

# Stems rather than whole words: Swedish joins words, so "ledarskapskurs",
# "forskningskonferens" and "utbildningsdag" must match too.
_STEMS = (
    "kurs",
    "course",
    "utbildning",
    "training",
    "konferens",
    "conferen",
    "kongress",
    "congress",
    "seminar",
    "symposi",
)
# Words that contain a stem but mean something else.
_FALSE_FRIENDS = ("konkurs", "diskurs", "exkursion", "kursiv", "discourse", "recourse")
_WORD = re.compile(r"\w+")


def course_or_conference_words(text: str) -> list[str]:
    """The words of ``text`` that suggest a course or a conference, in order."""
    found = []
    for word in _WORD.findall(text):
        lowered = word.casefold()
        if any(stem in lowered for stem in _STEMS) and not any(
            friend in lowered for friend in _FALSE_FRIENDS
        ):
            found.append(word)
    return found


def check_course_or_conference(
    rules: CallRules,
    application: ApplicationFacts,
    history: OrganisationHistory,
    context: EvaluationContext,
) -> Iterator[RuleResult]:
    if not rules.warn_for_courses_and_conferences:
        return
    text = " ".join((application.destination, application.title, application.purpose))
    words = course_or_conference_words(text)
    code = RuleCode.COURSE_OR_CONFERENCE
    if words:
        quoted = ", ".join(f"”{word}”" for word in dict.fromkeys(words))
        # Only a warning: the real 2023 decision granted a trip to "Nordic
        # Reform Conferences"; the officer records why such a trip is accepted.
        message = _(
            "Resan verkar gälla en kurs eller konferens ({words}). {fund} beviljas "
            "inte för att delta i särskilda utbildningar eller konferenser, så handläggaren "
            "behöver ange skäl om resan ändå ska beviljas.",
            words=quoted,
            fund=rules.fund,
        )
        yield result(rules, code, Outcome.WARN, message, "destination")
    else:
        message = _("Resan verkar inte gälla en kurs eller konferens.")
        yield result(rules, code, Outcome.PASS, message, "destination")

"""A call's application questions: from the model to ``QuestionSpec``, the
default form of a call that has none, and a copy from an earlier call."""

from django.db import transaction
from django.db.models import prefetch_related_objects
from django.utils.translation import gettext_lazy as _
from simple_history.utils import bulk_create_with_history

from fou.domain.files import ALLOWED
from fou.domain.questions import (
    Kind,
    QuestionSpec,
    attachment_question,
    check_spec,
    parse_allowed_types,
    parse_choices,
    project_questions,
    trip_questions,
)
from fou.domain.rules import FIELDS, RequiredAnswer

# The rules engine's own rule for the analysis (with its source) reads this key.
GENDER_KEY = "gender_equality_analysis"


def _allowed_types(text: str) -> tuple[str, ...]:
    try:
        return parse_allowed_types(text)
    except ValueError:
        # Typed before the check existed: keep the types the system can read.
        return tuple(t for t in parse_allowed_types(" ".join(ALLOWED)) if t in text.lower())


def spec_of(question) -> QuestionSpec:
    return QuestionSpec(
        key=question.key,
        label=question.label,
        kind=Kind(question.kind),
        required=question.required,
        help_text=question.help_text,
        max_length=question.max_length,
        choices=parse_choices(question.choices),
        allowed_types=_allowed_types(question.allowed_types),
    )


def question_errors(question) -> dict[str, list[str]]:
    """Why a question as typed in the admin cannot be asked, by field."""
    try:
        parse_allowed_types(question.allowed_types)
    except ValueError as error:
        return {"allowed_types": [str(error)]}
    if not question.kind:
        return {}
    try:
        check_spec(spec_of(question))
    except ValueError as error:
        return {"__all__": [str(error)]}
    return {}


def default_questions(call) -> tuple[QuestionSpec, ...]:
    """The form of a call that has no questions of its own: the LUM form, or
    the study-trip form for a trip fund, with the call's listed attachments."""
    if call.fund.is_trip_fund:
        specs = trip_questions()
    else:
        specs = project_questions(
            gender_equality_analysis_required=call.gender_equality_analysis_required
        )
    attachments = tuple(attachment_question(kind) for kind in call.required_attachments or ())
    return specs + attachments


def call_questions(call) -> tuple[QuestionSpec, ...]:
    """The call's questions in order; a prefetch of ``questions`` is used."""
    if call.pk is None:
        return default_questions(call)
    if "questions" not in getattr(call, "_prefetched_objects_cache", {}):
        # A page asks several times (the form, the rules, the attachments): once is enough.
        prefetch_related_objects([call], "questions")
    stored = sorted(call.questions.all(), key=lambda q: (q.position, q.pk))
    if not stored:
        return default_questions(call)
    return tuple(spec_of(q) for q in stored)


def _without_questions(call) -> bool:
    from fou.calls.models import Question

    # Asked of the database, never of a list read earlier in the request.
    return not Question.objects.filter(call=call).exists()


@transaction.atomic
def questions_create_default(*, call) -> int:
    """Give a call without questions the default form, stored so that the
    administrator can edit it. Returns how many were created."""
    if not _without_questions(call):
        return 0
    return _store(call, default_questions(call))


@transaction.atomic
def questions_copy(*, source, target) -> int:
    """A new call starts from a copy of an earlier call's form (same fund)."""
    if source.fund_id != target.fund_id:
        raise ValueError(_("Frågor kan bara kopieras från en utlysning i samma fond."))
    if not _without_questions(target):
        return 0
    return _store(target, call_questions(source))


def question_values(spec: QuestionSpec, position: int) -> dict:
    """A ``Question``'s fields (beside its call and key) for ``spec``."""
    return {
        "position": position * 10,
        "label": spec.label,
        "help_text": spec.help_text,
        "kind": spec.kind.value,
        "required": spec.required,
        "max_length": spec.max_length,
        "choices": "\n".join(spec.choices),
        "allowed_types": ", ".join(spec.allowed_types),
    }


def _store(call, specs) -> int:
    from fou.calls.models import Question

    bulk_create_with_history(
        [
            Question(call=call, key=spec.key, **question_values(spec, position))
            for position, spec in enumerate(specs, start=1)
        ],
        Question,
    )
    return len(specs)


def form_requirements(call) -> dict:
    """What the call's questions require, as ``CallRules`` fields. The title is
    always required; the gender equality analysis keeps its own rule (and
    source) and is required by the call's switch or by its question."""
    specs = call_questions(call)
    required = [s for s in specs if s.required]
    fields = [s.key for s in required if s.key in FIELDS and s.key != GENDER_KEY]
    if "title" not in fields:
        fields.insert(0, "title")
    return {
        "required_fields": tuple(fields),
        "required_answers": tuple(
            RequiredAnswer(s.key, s.label)
            for s in required
            if s.key not in FIELDS and s.kind != Kind.ATTACHMENT
        ),
        "required_attachments": tuple(
            dict.fromkeys(
                [s.label for s in required if s.kind == Kind.ATTACHMENT]
                + list(call.required_attachments or ())
            )
        ),
        "field_labels": {s.key: s.label for s in specs if s.key in FIELDS},
        "gender_equality_analysis_required": call.gender_equality_analysis_required
        or any(s.key == GENDER_KEY for s in required),
    }

"""The eligibility rules of a call, as plain Python over frozen dataclasses.

``evaluate`` judges one application (the check-answers page);
``evaluate_call`` judges a whole call at once (the officer's list).
"""

from fou.domain.rules.engine import evaluate, evaluate_call
from fou.domain.rules.model import (
    ApplicationFacts,
    CallRules,
    EarlierGrant,
    GrantReference,
    OrganisationHistory,
    OtherApplication,
    Outcome,
    RequiredAnswer,
    RuleCode,
    RuleResult,
)
from fou.domain.rules.text import FIELDS
from fou.domain.rules.travel import course_or_conference_words

__all__ = [
    "FIELDS",
    "ApplicationFacts",
    "CallRules",
    "EarlierGrant",
    "GrantReference",
    "OrganisationHistory",
    "OtherApplication",
    "Outcome",
    "RequiredAnswer",
    "RuleCode",
    "RuleResult",
    "course_or_conference_words",
    "evaluate",
    "evaluate_call",
]

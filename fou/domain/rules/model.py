"""What the rules engine reads and what it answers: plain, frozen data.

The web layer builds these from its models; nothing here knows about storage.
Datetimes are aware; amounts are integer kronor.
"""

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from fou.domain.i18n import _
from fou.domain.rules.text import FIELDS


class Outcome(StrEnum):
    PASS = "pass"
    # Allowed, but the grants officer must record a reason for accepting it.
    WARN = "warn"
    FAIL = "fail"


class RuleCode(StrEnum):
    AMOUNT_CAP = "amount_cap"
    APPLICATIONS_PER_ORGANISATION = "applications_per_organisation"
    PROJECT_YEAR = "project_year"
    CONTINUATION = "continuation"
    DEADLINE = "deadline"
    REQUIRED_FIELD = "required_field"
    REQUIRED_ATTACHMENT = "required_attachment"
    GENDER_EQUALITY_ANALYSIS = "gender_equality_analysis"
    WORKSHOP = "workshop"
    APPROVED_REPORT = "approved_report"
    COURSE_OR_CONFERENCE = "course_or_conference"


# Facts of a call that have a source but are not eligibility rules: the
# report deadline (follow-up) and the continuation cut (allocation).
OTHER_SOURCE_KEYS = frozenset({"report_deadline", "continuation_cut"})


def check_source_keys(sources: Mapping[str, str]) -> None:
    """Sources are keyed by rule code; an unknown key would silently fall
    back to the call's general source, so it is refused."""
    known = {code.value for code in RuleCode} | OTHER_SOURCE_KEYS
    unknown = sorted(str(key) for key in sources if key not in known)
    if unknown:
        raise ValueError(
            _(
                "Okänd nyckel i källorna till reglerna: {unknown}. Använd en regelkod: {known}.",
                unknown=", ".join(unknown),
                known=", ".join(sorted(known)),
            )
        )


@dataclass(frozen=True)
class RequiredAnswer:
    """A required question of the call's form whose answer is not one of
    ``ApplicationFacts``' own fields: read from ``ApplicationFacts.answers``
    by its key, reported by its label."""

    key: str
    label: str


@dataclass(frozen=True)
class CallRules:
    """The rules of one call (one fund, one year), as the grants office sets them.

    A rule whose setting is ``None``, ``False`` or empty does not apply to the
    call and gives no result.
    """

    fund: str
    year: int
    max_amount: int
    # Aware; ``None`` where the sources give no closing date (2015).
    closes_at: datetime | None
    # 2020's MUL wording caps a trip "per förvaltning": a joint trip may then
    # ask the cap once for every organisation taking part.
    max_amount_per_organisation: bool = False
    max_applications_per_organisation: int | None = None
    # ``None`` for funds without project years (study trips).
    min_project_year: int | None = None
    max_project_year: int | None = None
    # Names of ``ApplicationFacts`` fields that must be filled in.
    required_fields: tuple[str, ...] = ("title", "purpose", "amount_asked")
    # Kinds of attachment, e.g. "projektplan".
    required_attachments: tuple[str, ...] = ()
    # The call's other required questions, in the form's order.
    required_answers: tuple[RequiredAnswer, ...] = ()
    # How the call's form words a field of ``required_fields``, e.g.
    # "Studiebesökets namn" for the title; otherwise the field's own name.
    field_labels: Mapping[str, str] = field(default_factory=dict)
    gender_equality_analysis_required: bool = False
    workshop_required: bool = False
    approved_report_required: bool = False
    warn_for_courses_and_conferences: bool = False
    # Where each rule comes from, e.g. "Tjänsteutlåtande 2023, avsnitt Bakgrund".
    sources: Mapping[RuleCode, str] = field(default_factory=dict)
    default_source: str = ""
    # The fund's name for people ("Kulturstöd"); the code where none is given.
    fund_name: str = ""
    # What the required workshop is called in messages.
    workshop_name: str = "den obligatoriska workshoppen"

    def __post_init__(self):
        # The grants office edits these in the admin; a typo must stop there,
        # not pass every application silently.
        unknown = set(self.required_fields) - FIELDS.keys()
        if unknown:
            raise ValueError(f"Unknown required fields: {sorted(unknown)}")
        if (self.min_project_year is None) != (self.max_project_year is None):
            raise ValueError("Give both the first and the last allowed project year, or neither.")
        if self.closes_at is not None and self.closes_at.tzinfo is None:
            raise ValueError("closes_at must be an aware datetime.")
        check_source_keys(self.sources)

    @property
    def name(self) -> str:
        return f"{self.fund_name or self.fund} {self.year}"

    def source_for(self, code: RuleCode) -> str:
        source = self.sources.get(code)
        if source is None:
            return self.default_source or _("Utlysningen {call}", call=self.name)
        return source


@dataclass(frozen=True)
class GrantReference:
    """The earlier grant a year-2 or year-3 application says it continues."""

    grant_id: int | None
    project_key: str
    project_title: str
    organisation_key: str
    fund: str
    year: int
    # False when the applicant named a grant the register does not know.
    exists: bool = True


@dataclass(frozen=True)
class ApplicationFacts:
    """One application as the rules see it, under its lead organisation."""

    application_id: int
    fund: str
    organisation_key: str
    organisation_name: str
    # "draft" and "withdrawn" mean something to the engine; any other status
    # (submitted, returned, checked, granted, refused …) is a submitted one.
    status: str = "draft"
    submitted_at: datetime | None = None
    title: str = ""
    purpose: str = ""
    amount_asked: int | None = None
    project_year: int | None = None
    continues_grant: GrantReference | None = None
    gender_equality_analysis: str = ""
    attachment_kinds: frozenset[str] = frozenset()
    # Study trips: where to and what for, e.g. "Verksamhetsbesök …, Köpenhamn".
    destination: str = ""
    co_applicant_keys: frozenset[str] = frozenset()
    # Answers to the call's questions by key, beyond the fields above.
    answers: Mapping[str, object] = field(default_factory=dict)
    # Set when a grants officer reopens the application after the deadline.
    deadline_extended_to: datetime | None = None


@dataclass(frozen=True)
class OtherApplication:
    """Another application in the same call where the organisation takes part."""

    application_id: int
    fund: str
    is_lead: bool
    status: str
    submitted_at: datetime | None = None


@dataclass(frozen=True)
class EarlierGrant:
    grant_id: int
    fund: str
    year: int
    project_title: str
    # The report to approve, e.g. "Slutrapport Min ekonomi".
    report_name: str
    report_approved: bool
    # Whether the grant's fund reports at all (fund data, not fund codes).
    report_required: bool = True
    # The call's report deadline, a Stockholm date; None where it was never
    # recorded (grants from before follow-up was kept in the system).
    report_due_on: date | None = None


@dataclass(frozen=True)
class OrganisationHistory:
    """What the grants office knows about the lead organisation."""

    other_applications: tuple[OtherApplication, ...] = ()
    earlier_grants: tuple[EarlierGrant, ...] = ()
    workshop_attended: bool = False
    # Keys of organisations this one took over in a merger, whose projects it
    # may continue (Hägersten-Liljeholmen and Älvsjö for Hägersten-Älvsjö).
    predecessor_keys: frozenset[str] = frozenset()


@dataclass(frozen=True)
class RuleResult:
    code: RuleCode
    outcome: Outcome
    message: str
    # The ``ApplicationFacts`` field the result concerns; ``None`` for the
    # application as a whole.
    field: str | None
    source: str


@dataclass(frozen=True)
class EvaluationContext:
    """What a check needs beyond the call, the application and its history."""

    # The moment a draft is judged at, as if it were submitted now.
    now: datetime
    # How many of the organisation's counted applications in the call come
    # before this one in submission order.
    earlier_applications: int


def result(
    rules: CallRules, code: RuleCode, outcome: Outcome, message: str, field: str | None = None
) -> RuleResult:
    return RuleResult(code, outcome, message, field, rules.source_for(code))

"""A call's application questions as data: which kinds exist, what one answer
must look like, and the built-in questions whose answers live on the
application's own fields.

Nothing here knows about storage or forms. An empty answer is ``None``: a
draft may leave anything empty, and whether a required question is answered
is the rules engine's verdict at submission, not a refusal here.
"""

import re
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from fou.domain.decisions.figures import swedish_date
from fou.domain.files import ALLOWED
from fou.domain.i18n import _
from fou.domain.money import MAX_KRONOR, format_kronor, parse_kronor


class Kind(StrEnum):
    SHORT_TEXT = "short_text"
    LONG_TEXT = "long_text"
    AMOUNT = "amount"
    NUMBER = "number"
    CHOICE = "choice"
    YES_NO = "yes_no"
    DATE = "date"
    ATTACHMENT = "attachment"


SHORT_TEXT_MAX = 300
LONG_TEXT_MAX = 10_000
NUMBER_MAX = 1_000_000_000
YES, NO = "ja", "nej"

# Keys whose answers are the application's own fields, which the allocation,
# the decision documents and the exports read. Each has its fixed kind.
BUILTIN_KINDS = {
    "title": Kind.SHORT_TEXT,
    "purpose": Kind.LONG_TEXT,
    "amount_asked": Kind.AMOUNT,
    "project_year": Kind.CHOICE,
    "continues": Kind.CHOICE,
    "focus_areas": Kind.CHOICE,
    "gender_equality_analysis": Kind.LONG_TEXT,
    "destination": Kind.SHORT_TEXT,
    "trip_start": Kind.DATE,
    "trip_end": Kind.DATE,
}
# Names the application page already posts or the application already has:
# a question of its own under one of these keys would be mistaken for them.
RESERVED_KEYS = frozenset(
    {
        "answers",
        "call",
        "check",
        "csrfmiddlewaretoken",
        "edit_token",
        "file",
        "id",
        "kind",
        "organisation",
        "reason",
        "reference",
        "source",
        "status",
        "version",
    }
)
_KEY = re.compile(r"[a-z][a-z0-9_]{0,49}")


class AnswerRefused(ValueError):
    """``str(error)`` is the Swedish message to show next to the question."""


@dataclass(frozen=True)
class QuestionSpec:
    key: str
    label: str
    kind: Kind
    required: bool = False
    help_text: str = ""
    # Long text: the most characters an answer may have.
    max_length: int | None = None
    # Choice: the options, as shown and stored.
    choices: tuple[str, ...] = ()
    # Attachment: extensions such as ".xlsx"; empty = every type the system takes.
    allowed_types: tuple[str, ...] = ()

    @property
    def is_builtin(self) -> bool:
        return self.key in BUILTIN_KINDS


def check_key(key: str) -> None:
    """A key names an answer for the rules and the exports: short, lower case, stable."""
    if not _KEY.fullmatch(key):
        raise ValueError(
            _(
                "Nyckeln ”{key}” går inte att använda. Skriv små bokstäver a–z, siffror och "
                "understreck, högst 50 tecken, och börja med en bokstav (t.ex. budget_motivering).",
                key=key,
            )
        )
    if key in RESERVED_KEYS:
        raise ValueError(_("Nyckeln ”{key}” används redan av systemet; välj en annan.", key=key))


def check_spec(spec: QuestionSpec) -> None:
    """Everything about one question that would make it unanswerable."""
    check_key(spec.key)
    builtin = BUILTIN_KINDS.get(spec.key)
    if builtin is not None and spec.kind != builtin:
        raise ValueError(
            _(
                "Frågan ”{label}” läser ansökans fält {key}, som är av typen {kind}; "
                "välj den typen.",
                label=spec.label,
                key=spec.key,
                kind=KIND_LABELS[builtin],
            )
        )
    if spec.kind == Kind.CHOICE and builtin is None and len(spec.choices) < 2:
        raise ValueError(
            _("Frågan ”{label}” är ett val: skriv minst två alternativ.", label=spec.label)
        )
    if spec.kind == Kind.LONG_TEXT and spec.max_length is not None and spec.max_length < 1:
        raise ValueError(
            _("Frågan ”{label}”: högsta antal tecken måste vara minst 1.", label=spec.label)
        )
    if spec.key == "title" and not spec.required:
        raise ValueError(_("Projektets namn är alltid obligatoriskt."))


KIND_LABELS = {
    Kind.SHORT_TEXT: _("kort text"),
    Kind.LONG_TEXT: _("lång text"),
    Kind.AMOUNT: _("belopp (kr)"),
    Kind.NUMBER: _("tal"),
    Kind.CHOICE: _("val"),
    Kind.YES_NO: _("ja/nej"),
    Kind.DATE: _("datum"),
    Kind.ATTACHMENT: _("bilaga"),
}


def parse_choices(text: str) -> tuple[str, ...]:
    """One option per line, as an administrator types them."""
    return tuple(dict.fromkeys(line.strip() for line in text.splitlines() if line.strip()))


def parse_allowed_types(text: str) -> tuple[str, ...]:
    """ ".xlsx, .XLS" or "xlsx pdf" → (".xlsx", ".pdf"); only types the system can
    read from the content (``fou.domain.files``) are accepted."""
    found = [part.strip().lstrip(".").lower() for part in re.split(r"[,;\s]+", text)]
    types = tuple(dict.fromkeys(f".{part}" for part in found if part))
    unknown = [t for t in types if t[1:] not in ALLOWED]
    if unknown:
        raise ValueError(
            _(
                "Filtypen {types} kan inte tas emot. Välj bland {allowed}.",
                types=", ".join(unknown),
                allowed=", ".join("." + e for e in ALLOWED),
            )
        )
    return types


def types_phrase(types: tuple[str, ...]) -> str:
    """(".xlsx",) → ".xlsx"; (".pdf", ".docx", ".odt") → ".pdf, .docx eller .odt"."""
    if len(types) < 2:
        return "".join(types)
    return _("{first} eller {last}", first=", ".join(types[:-1]), last=types[-1])


def check_file_type(spec: QuestionSpec, filename: str) -> None:
    """Refuse a file whose type the attachment question does not take."""
    if spec.kind != Kind.ATTACHMENT or not spec.allowed_types:
        return
    extension = "." + filename.rsplit(".", 1)[-1].lower() if "." in filename else ""
    if extension not in spec.allowed_types:
        raise AnswerRefused(
            _(
                "{label} ska vara en fil av typen {types}; ”{filename}” är det inte. "
                "Ladda upp rätt fil.",
                label=spec.label,
                types=types_phrase(spec.allowed_types),
                filename=filename,
            )
        )


def _whole_number(spec: QuestionSpec, text: str) -> int:
    digits = re.sub(r"[\s\u00a0\u202f]", "", text)
    if not re.fullmatch(r"-?\d{1,10}", digits):
        raise AnswerRefused(_("{label}: skriv ett heltal, till exempel 12.", label=spec.label))
    number = int(digits)
    if abs(number) > NUMBER_MAX:
        raise AnswerRefused(_("{label}: talet är orimligt stort.", label=spec.label))
    return number


def parse_answer(spec: QuestionSpec, text: str | None):
    """One typed answer to a question of its own (not built-in, not an
    attachment) as it is stored: text, whole kronor, a whole number, an
    option, ``True``/``False`` or an ISO date; ``None`` when empty."""
    text = (text or "").strip()
    if not text:
        return None
    if spec.kind == Kind.SHORT_TEXT:
        limit = SHORT_TEXT_MAX
    elif spec.kind == Kind.LONG_TEXT:
        limit = spec.max_length or LONG_TEXT_MAX
    else:
        limit = None
    if limit is not None:
        if len(text) > limit:
            raise AnswerRefused(
                _(
                    "{label} får vara högst {limit} tecken; nu är det {length}. Korta texten.",
                    label=spec.label,
                    limit=format_kronor(limit, unit=False),
                    length=format_kronor(len(text), unit=False),
                )
            )
        return text
    if spec.kind == Kind.AMOUNT:
        try:
            amount = parse_kronor(text)
        except ValueError as error:
            raise AnswerRefused(_("{label}: {error}", label=spec.label, error=error)) from None
        if amount > MAX_KRONOR:
            raise AnswerRefused(_("{label}: beloppet är orimligt stort.", label=spec.label))
        return amount
    if spec.kind == Kind.NUMBER:
        return _whole_number(spec, text)
    if spec.kind == Kind.CHOICE:
        if text not in spec.choices:
            raise AnswerRefused(_("{label}: välj ett av alternativen.", label=spec.label))
        return text
    if spec.kind == Kind.YES_NO:
        if text.lower() not in (YES, NO):
            raise AnswerRefused(_("{label}: svara ja eller nej.", label=spec.label))
        return text.lower() == YES
    if spec.kind == Kind.DATE:
        try:
            return date.fromisoformat(text).isoformat()
        except ValueError:
            raise AnswerRefused(
                _("{label}: skriv ett datum, till exempel 2027-03-31.", label=spec.label)
            ) from None
    raise AnswerRefused(_("{label}: frågan besvaras med en bilaga.", label=spec.label))


def as_text(kind: Kind | str, value) -> str:
    """A stored answer as a form shows it again."""
    if value is None:
        return ""
    if kind == Kind.YES_NO:
        return YES if value else NO
    if kind == Kind.AMOUNT:
        return format_kronor(value, unit=False)
    return str(value)


def display(kind: Kind | str, value) -> str:
    """A stored answer as a reader sees it: "450 000 kr", "Ja", "31 mars 2027"."""
    if value is None or value == "":
        return ""
    if kind == Kind.AMOUNT:
        return format_kronor(value)
    if kind == Kind.YES_NO:
        return _("Ja") if value else _("Nej")
    if kind == Kind.DATE:
        return swedish_date(date.fromisoformat(value))
    return str(value)


def is_answered(value) -> bool:
    if isinstance(value, str):
        return bool(value.strip())
    if isinstance(value, (tuple, list, frozenset, set)):
        return bool(value)
    return value is not None


def _q(key: str, label: str, *, required: bool = False, help_text: str = "") -> QuestionSpec:
    return QuestionSpec(key, label, BUILTIN_KINDS[key], required=required, help_text=help_text)


def project_questions(*, gender_equality_analysis_required: bool) -> tuple[QuestionSpec, ...]:
    """The local development fund's form (LUM), as the seeds describe it: a
    project with a name, a purpose, an amount and a project year 1–3, which
    may continue an earlier grant, answers the call's focus areas and, since
    2018, carries a gender equality analysis."""
    return (
        _q("title", _("Projektets namn"), required=True),
        _q(
            "purpose",
            _("Syfte"),
            required=True,
            help_text=_("Vad vill ni uppnå, för vem, och hur?"),
        ),
        _q("amount_asked", _("Sökt belopp"), required=True, help_text=_("I hela kronor.")),
        _q("project_year", _("Projektår"), required=True),
        _q("continues", _("Fortsätter beviljat projekt")),
        _q("focus_areas", _("Inriktningar")),
        _q(
            "gender_equality_analysis",
            _("Jämställdhetsanalys"),
            required=gender_equality_analysis_required,
            help_text=_("Hur påverkar projektet kvinnor och män, flickor och pojkar?"),
        ),
    )


def trip_questions() -> tuple[QuestionSpec, ...]:
    """The study-trip fund's form (MUL, earlier MUST): a trip with a name, a
    destination and dates, a purpose and an amount, answering the focus areas."""
    return (
        _q("title", _("Studiebesökets namn"), required=True),
        _q(
            "destination",
            _("Studiebesök till ort"),
            required=True,
            help_text=_("Vart resan går och vilka verksamheter ni ska besöka."),
        ),
        _q("trip_start", _("Resan börjar")),
        _q("trip_end", _("Resan slutar")),
        _q(
            "purpose",
            _("Syfte"),
            required=True,
            help_text=_("Vad vill ni lära er, och hur kommer det verksamheten till del?"),
        ),
        _q("amount_asked", _("Sökt belopp"), required=True, help_text=_("I hela kronor.")),
        _q("focus_areas", _("Inriktningar")),
    )


def attachment_question(label: str, *, required: bool = True) -> QuestionSpec:
    """A required attachment as earlier calls listed it: any type the system takes."""
    key = re.sub(r"[^a-z0-9_]", "", label.lower().replace(" ", "_").translate(_PLAIN)) or "bilaga"
    if not key[0].isalpha():
        key = f"bilaga_{key}"
    return QuestionSpec(key[:50], label, Kind.ATTACHMENT, required=required)


# Swedish: letters folded into a question's key.
_PLAIN = str.maketrans({"å": "a", "ä": "a", "ö": "o", "é": "e"})

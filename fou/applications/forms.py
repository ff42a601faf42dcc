from dataclasses import dataclass

from django import forms
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from fou.applications.eligibility import call_rules
from fou.applications.models import Application, Grant
from fou.calls.questions import GENDER_KEY, call_questions
from fou.core.params import whole_number
from fou.core.text_limits import REASON_MAX, TextLimitsMixin, state_text_limits
from fou.domain.money import parse_kronor
from fou.domain.questions import (
    BUILTIN_KINDS,
    LONG_TEXT_MAX,
    NO,
    SHORT_TEXT_MAX,
    YES,
    AnswerRefused,
    Kind,
    QuestionSpec,
    as_text,
    attachment_question,
    check_file_type,
    display,
    parse_answer,
)

TITLE_MAX = 300
# Swedish: stored as the kind of an upload, so the same in every language.
OTHER_ATTACHMENT = "Övrig bilaga"
MAX_KRONOR = 2_000_000_000


class KronorField(forms.CharField):
    """An amount typed as people type it: "450 000 kr", "450000"."""

    def to_python(self, value):
        value = super().to_python(value)
        if value in self.empty_values:
            return None
        try:
            amount = parse_kronor(value)
        except ValueError as error:
            raise forms.ValidationError(str(error)) from None
        if amount > MAX_KRONOR:
            # Beyond any budget, and beyond what the database can store (was a 500).
            raise forms.ValidationError(_("Beloppet är orimligt stort; skriv det i hela kronor."))
        return amount

    def prepare_value(self, value):
        if isinstance(value, int):
            return f"{value:,}".replace(",", " ")
        return value


class BoundedModelChoiceField(forms.ModelChoiceField):
    """A choice whose posted id is not a number within range is simply not a choice
    (a 30-digit id overflowed the database's integers: a 500)."""

    def to_python(self, value):
        if value not in self.empty_values and whole_number(str(value)) is None:
            raise forms.ValidationError(
                self.error_messages["invalid_choice"], code="invalid_choice"
            )
        return super().to_python(value)


class BoundedModelMultipleChoiceField(forms.ModelMultipleChoiceField):
    def _check_values(self, value):
        for each in value:
            if whole_number(str(each)) is None:
                raise forms.ValidationError(
                    self.error_messages["invalid_choice"],
                    code="invalid_choice",
                    params={"value": each},
                )
        return super()._check_values(value)


class LongTextInput(forms.TextInput):
    """No maxlength attribute: the browser must not cut what someone pastes;
    the server says what is too long and keeps the text."""

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        context["widget"]["attrs"].pop("maxlength", None)
        return context


class AnswerField(forms.CharField):
    """The answer to a question of the call's own: typed as text, kept as typed
    on error, stored as ``fou.domain.questions.parse_answer`` reads it."""

    def __init__(self, spec: QuestionSpec, **kwargs):
        self.spec = spec
        limit = None
        if spec.kind == Kind.SHORT_TEXT:
            limit = SHORT_TEXT_MAX
        elif spec.kind == Kind.LONG_TEXT:
            limit = spec.max_length or LONG_TEXT_MAX
        super().__init__(
            label=spec.label,
            help_text=spec.help_text,
            required=False,
            max_length=limit,
            widget=_answer_widget(spec),
            **kwargs,
        )

    def to_python(self, value):
        try:
            return parse_answer(self.spec, super().to_python(value))
        except AnswerRefused as error:
            raise forms.ValidationError(str(error)) from None


def _answer_widget(spec: QuestionSpec):
    if spec.kind == Kind.LONG_TEXT:
        return forms.Textarea(attrs={"rows": 6})
    if spec.kind in (Kind.AMOUNT, Kind.NUMBER):
        return forms.TextInput(attrs={"inputmode": "numeric", "autocomplete": "off"})
    if spec.kind == Kind.CHOICE:
        return forms.Select(choices=[("", _("Välj"))] + [(c, c) for c in spec.choices])
    if spec.kind == Kind.YES_NO:
        return forms.Select(choices=[("", _("Välj")), (YES, _("Ja")), (NO, _("Nej"))])
    if spec.kind == Kind.DATE:
        return forms.TextInput(attrs={"type": "date"})
    return LongTextInput()


@dataclass(frozen=True)
class AnswerRow:
    """One answer as a reader sees it: a built-in field (its bound field) or an
    answer of the call's own under the question it was given with."""

    label: str
    field: object = None
    custom: bool = False
    text: str = ""


class ApplicationForm(TextLimitsMixin, forms.ModelForm):
    title = forms.CharField(
        label=_("Projektets namn"),
        max_length=TITLE_MAX,
        widget=LongTextInput,
        error_messages={
            "required": _("Skriv projektets namn."),
            "max_length": _("Projektets namn får vara högst 300 tecken."),
        },
    )
    amount_asked = KronorField(
        label=_("Sökt belopp"),
        required=False,
        widget=forms.TextInput(attrs={"inputmode": "numeric", "autocomplete": "off"}),
    )

    class Meta:
        model = Application
        fields = [*BUILTIN_KINDS]
        field_classes = {
            "continues": BoundedModelChoiceField,
            "focus_areas": BoundedModelMultipleChoiceField,
        }
        widgets = {
            "focus_areas": forms.CheckboxSelectMultiple,
            "trip_start": forms.DateInput(attrs={"type": "date"}),
            "trip_end": forms.DateInput(attrs={"type": "date"}),
            "purpose": forms.Textarea(attrs={"rows": 6}),
            "gender_equality_analysis": forms.Textarea(attrs={"rows": 6}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        application = self.instance
        call = application.call
        self._set_builtin_choices(application, call)
        rules = call_rules(call)
        self.questions = [q for q in call_questions(call) if q.kind != Kind.ATTACHMENT]
        self.fields = self._fields_in_question_order(rules)
        self._mark_required_for_submission(rules)
        state_text_limits(self)

    def _set_builtin_choices(self, application, call):
        self.fields["focus_areas"].queryset = call.focus_areas.all()
        lead = application.lead
        self.fields["continues"].queryset = Grant.objects.filter(
            decision=Grant.Decision.GRANTED,
            application__call__fund=call.fund,
            application__call__year__lt=call.year,
            organisation=lead.organisation if lead else None,
        ).select_related("application__call")
        self.fields["continues"].empty_label = _("Inget – ansökan gäller ett nytt projekt")
        self.fields["continues"].label_from_instance = lambda g: (
            f"{g.application.title} ({g.application.call.year})"
        )
        years = range(call.min_project_year, call.max_project_year + 1)
        self.fields["project_year"].widget = forms.Select(
            choices=[("", _("Välj"))] + [(y, _("År %(year)d") % {"year": y}) for y in years]
        )

    def _fields_in_question_order(self, rules) -> dict:
        """The call's questions in order: a built-in key takes the model's
        field, relabelled; any other key its own answer field."""
        saved = self.instance.answers or {}
        ordered = {}
        for spec in self.questions:
            if spec.is_builtin:
                field = self.fields[spec.key]
                # The standard form's wording is in the catalogue; a label the
                # administrator wrote stays as written.
                field.label = gettext(spec.label)
                field.help_text = gettext(spec.help_text) if spec.help_text else ""
            else:
                field = AnswerField(spec)
                field.initial = as_text(spec.kind, (saved.get(spec.key) or {}).get("value"))
            ordered[spec.key] = field
        # The title names the application everywhere; an analysis the call
        # requires must have somewhere to be written.
        if "title" not in ordered:
            ordered = {"title": self.fields["title"], **ordered}
        if rules.gender_equality_analysis_required and GENDER_KEY not in ordered:
            ordered[GENDER_KEY] = self.fields[GENDER_KEY]
        return ordered

    def _mark_required_for_submission(self, rules):
        # A draft may leave these empty, a submission may not: the label gets
        # "*" and screen readers hear "required" from the rules themselves.
        names = set(rules.required_fields) | {a.key for a in rules.required_answers}
        if rules.gender_equality_analysis_required:
            names.add(GENDER_KEY)
        for name in names & set(self.fields):
            self.fields[name].mark_required = True
            self.fields[name].widget.attrs["aria-required"] = "true"

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("trip_start"), cleaned.get("trip_end")
        if start and end and end < start:
            self.add_error("trip_end", _("Resan kan inte sluta innan den börjar."))
        return cleaned

    def _post_clean(self):
        super()._post_clean()
        # Each valid answer is stored with the question as the applicant saw
        # it; an answer with an error keeps its saved value.
        answers = dict(self.instance.answers or {})
        for position, spec in enumerate(self.questions):
            if not spec.is_builtin and spec.key in self.cleaned_data:
                answers[spec.key] = {
                    "label": spec.label,
                    "kind": spec.kind.value,
                    "position": position,
                    "value": self.cleaned_data[spec.key],
                }
        self.instance.answers = answers

    @property
    def rows(self) -> list[AnswerRow]:
        """Every answer for reading, in the form's order; an answer of the
        call's own under the question it was saved with, and answers to
        questions the call no longer asks at the end."""
        saved = self.instance.answers or {}
        rows = []
        for name, field in self.fields.items():
            if not isinstance(field, AnswerField):
                rows.append(AnswerRow(label=field.label, field=self[name]))
                continue
            answer = saved.get(name) or {}
            rows.append(_custom_row(answer.get("label") or field.label, answer, self[name]))
        asked = set(self.fields)
        for key, answer in saved.items():
            if key not in asked:
                rows.append(_custom_row(answer.get("label") or key, answer, None))
        return rows


def _custom_row(label: str, answer: dict, field) -> AnswerRow:
    text = display(answer.get("kind", Kind.SHORT_TEXT), answer.get("value"))
    return AnswerRow(label=label, field=field, custom=True, text=text)


class AttachmentForm(forms.Form):
    kind = forms.ChoiceField(label=_("Typ av bilaga"))
    file = forms.FileField(
        label=_("Fil"),
        help_text=_("PDF, DOCX, XLSX eller ODT, högst 20 MB."),
        error_messages={"required": _("Välj en fil att ladda upp.")},
    )

    def __init__(self, *args, call, uploaded_kinds=(), **kwargs):
        super().__init__(*args, **kwargs)
        # The call's attachment questions by the kind an upload is stored as.
        self.questions = {q.label: q for q in call_questions(call) if q.kind == Kind.ATTACHMENT}
        required = call_rules(call).required_attachments
        for kind in required:
            # Listed on the call's rules page rather than asked as a question.
            self.questions.setdefault(kind, attachment_question(kind))
        kinds = [*self.questions, str(OTHER_ATTACHMENT)]
        self.fields["kind"].choices = [(k, k) for k in dict.fromkeys(kinds)]
        # Uploading needs a file, but once every required attachment is in,
        # uploading more is optional: no "*".
        missing = set(required) - set(uploaded_kinds)
        self.fields["file"].mark_required = bool(missing)
        self.fields["kind"].mark_required = bool(missing)

    def clean(self):
        cleaned = super().clean()
        question = self.questions.get(cleaned.get("kind"))
        upload = cleaned.get("file")
        if question is not None and upload is not None:
            try:
                check_file_type(question, upload.name)
            except AnswerRefused as error:
                self.add_error("file", str(error))
        return cleaned

    @property
    def allowed_types(self) -> tuple[str, ...]:
        """What the chosen question takes, for the service's check of the content."""
        question = self.questions.get(self.cleaned_data.get("kind"))
        return question.allowed_types if question else ()


class ReasonForm(TextLimitsMixin, forms.Form):
    """The reason or message an officer gives with an action on an application."""

    reason = forms.CharField(
        label="Motiveringen",
        required=False,
        max_length=REASON_MAX,
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"required": "Skriv en motivering; den sparas i ändringsloggen."},
    )

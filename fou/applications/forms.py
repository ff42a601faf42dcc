from django import forms

from fou.applications.eligibility import call_rules
from fou.applications.models import Application, Grant
from fou.core.params import whole_number
from fou.core.text_limits import REASON_MAX, TextLimitsMixin
from fou.domain.money import parse_kronor

TITLE_MAX = 300
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
            raise forms.ValidationError("Beloppet är orimligt stort; skriv det i hela kronor.")
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


class ApplicationForm(TextLimitsMixin, forms.ModelForm):
    title = forms.CharField(
        label="Projektets namn",
        max_length=TITLE_MAX,
        widget=LongTextInput,
        error_messages={
            "required": "Skriv projektets namn.",
            "max_length": f"Projektets namn får vara högst {TITLE_MAX} tecken.",
        },
    )
    amount_asked = KronorField(
        label="Sökt belopp",
        required=False,
        help_text="I hela kronor, till exempel 450 000.",
        widget=forms.TextInput(attrs={"inputmode": "numeric", "autocomplete": "off"}),
    )

    class Meta:
        model = Application
        fields = [
            "title",
            "purpose",
            "amount_asked",
            "project_year",
            "continues",
            "focus_areas",
            "gender_equality_analysis",
            "destination",
            "trip_start",
            "trip_end",
        ]
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
        self.fields["focus_areas"].queryset = call.focus_areas.all()
        lead = application.lead
        self.fields["continues"].queryset = Grant.objects.filter(
            decision=Grant.Decision.GRANTED,
            application__call__fund=call.fund,
            application__call__year__lt=call.year,
            organisation=lead.organisation if lead else None,
        ).select_related("application__call")
        self.fields["continues"].empty_label = "Inget – ansökan gäller ett nytt projekt"
        self.fields["continues"].label_from_instance = lambda g: (
            f"{g.application.title} ({g.application.call.year})"
        )
        choices = range(call.min_project_year, call.max_project_year + 1)
        self.fields["project_year"].widget = forms.Select(
            choices=[("", "Välj")] + [(y, f"År {y}") for y in choices]
        )
        if call.fund.is_trip_fund:
            del self.fields["project_year"], self.fields["continues"]
            self.fields["title"].label = "Studiebesökets namn"
            self.fields[
                "destination"
            ].help_text = "Vart resan går och vilka verksamheter ni ska besöka."
        else:
            del self.fields["destination"], self.fields["trip_start"], self.fields["trip_end"]
        self._mark_required_for_submission(call)

    def _mark_required_for_submission(self, call):
        # A draft may leave these empty, a submission may not: the label gets
        # "*" and screen readers hear "required" from the rules themselves.
        rules = call_rules(call)
        names = set(rules.required_fields)
        if rules.gender_equality_analysis_required:
            names.add("gender_equality_analysis")
        for name in names & set(self.fields):
            self.fields[name].mark_required = True
            self.fields[name].widget.attrs["aria-required"] = "true"

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("trip_start"), cleaned.get("trip_end")
        if start and end and end < start:
            self.add_error("trip_end", "Resan kan inte sluta innan den börjar.")
        return cleaned


ApplicationForm.base_fields["purpose"].help_text = "Vad vill ni uppnå, för vem, och hur?"
ApplicationForm.base_fields[
    "gender_equality_analysis"
].help_text = "Hur påverkar projektet kvinnor och män, flickor och pojkar? Krävs sedan 2018."


class AttachmentForm(forms.Form):
    kind = forms.ChoiceField(label="Typ av bilaga")
    file = forms.FileField(
        label="Fil",
        help_text="PDF, DOCX, XLSX eller ODT, högst 20 MB.",
        error_messages={"required": "Välj en fil att ladda upp."},
    )

    def __init__(self, *args, call, uploaded_kinds=(), **kwargs):
        super().__init__(*args, **kwargs)
        kinds = [*call.required_attachments, "Övrig bilaga"]
        self.fields["kind"].choices = [(k, k) for k in kinds]
        # Uploading needs a file, but once every required attachment is in,
        # uploading more is optional: no "*".
        missing = set(call.required_attachments) - set(uploaded_kinds)
        self.fields["file"].mark_required = bool(missing)
        self.fields["kind"].mark_required = bool(missing)


class ReasonForm(TextLimitsMixin, forms.Form):
    """The reason or message an officer gives with an action on an application."""

    reason = forms.CharField(
        label="Motiveringen",
        required=False,
        max_length=REASON_MAX,
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"required": "Skriv en motivering; den sparas i ändringsloggen."},
    )

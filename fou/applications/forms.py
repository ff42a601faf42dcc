from django import forms

from fou.applications.models import Application, Grant
from fou.domain.money import parse_kronor

TITLE_MAX = 300


class KronorField(forms.CharField):
    """An amount typed as people type it: "450 000 kr", "450000"."""

    def to_python(self, value):
        value = super().to_python(value)
        if value in self.empty_values:
            return None
        try:
            return parse_kronor(value)
        except ValueError as error:
            raise forms.ValidationError(str(error)) from None

    def prepare_value(self, value):
        if isinstance(value, int):
            return f"{value:,}".replace(",", " ")
        return value


class ApplicationForm(forms.ModelForm):
    version = forms.IntegerField(widget=forms.HiddenInput)
    title = forms.CharField(
        label="Projektets namn",
        max_length=TITLE_MAX,
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
        if not self.is_bound:
            self.initial["version"] = application.version
        self.fields["focus_areas"].queryset = call.focus_areas.all()
        lead = application.lead
        self.fields["continues"].queryset = Grant.objects.filter(
            decision=Grant.Decision.GRANTED,
            application__call__fund=call.fund,
            application__call__year__lt=call.year,
            organisation=lead.organisation if lead else None,
        ).select_related("application__call")
        self.fields["continues"].label_from_instance = lambda g: (
            f"{g.application.title} ({g.application.call.year})"
        )
        choices = range(call.min_project_year, call.max_project_year + 1)
        self.fields["project_year"].widget = forms.Select(
            choices=[("", "Välj")] + [(y, f"År {y}") for y in choices]
        )
        if call.fund.is_trip_fund:
            del self.fields["project_year"], self.fields["continues"]
        else:
            del self.fields["destination"], self.fields["trip_start"], self.fields["trip_end"]

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("trip_start"), cleaned.get("trip_end")
        if start and end and end < start:
            self.add_error("trip_end", "Resan kan inte sluta innan den börjar.")
        return cleaned

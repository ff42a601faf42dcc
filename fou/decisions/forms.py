from django import forms
from django.utils.translation import gettext_lazy as _

from fou.core.i18n import translated
from fou.decisions.models import DecisionDocument
from fou.decisions.recording import CommitteeChange
from fou.domain.money import AmountError, parse_kronor


class ParticularsForm(forms.ModelForm):
    class Meta:
        model = DecisionDocument
        fields = [
            "title",
            "reference",
            "document_date",
            "committee",
            "signatory_1_name",
            "signatory_1_title",
            "signatory_2_name",
            "signatory_2_title",
        ]
        widgets = {"document_date": forms.DateInput(attrs={"type": "date"})}
        help_texts = {"title": _("Tomt ger rubriken ”Fördelning av lokala utvecklingsmedel … år”.")}


class ProseForm(forms.Form):
    text = forms.CharField(
        label=_("Text"),
        widget=forms.Textarea(attrs={"rows": 18, "class": "prose"}),
        help_text=(
            _(
                "Tom rad skiljer stycken; ”- ” inleder en punkt, ”## ” en underrubrik. "
                "Skriv siffror som platshållare, t.ex. {sokt_lum}, så stämmer de när "
                "förslaget ändras."
            )
        ),
        max_length=20_000,
    )


def _kronor_field(label: str) -> forms.CharField:
    return forms.CharField(
        label=label,
        required=False,
        help_text=_("I hela kronor, t.ex. 400 000. Tomt betyder avslag."),
    )


def _clean_kronor(form, name: str):
    text = form.cleaned_data.get(name, "")
    if not text:
        return None
    try:
        amount = parse_kronor(text)
    except AmountError as error:
        form.add_error(name, translated(error))
        return None
    if amount == 0:
        return None
    return amount


class MeetingForm(forms.Form):
    meeting_date = forms.DateField(
        label=_("Sammanträdesdatum"),
        widget=forms.DateInput(attrs={"type": "date"}),
        error_messages={
            "required": _("Ange sammanträdets datum."),
            "invalid": _("Ange ett datum, t.ex. 2022-12-13."),
        },
    )
    minutes_paragraph = forms.CharField(
        label=_("Paragraf i protokollet"),
        max_length=30,
        help_text=_("T.ex. § 12."),
        error_messages={"required": _("Ange paragrafen i protokollet, t.ex. § 12.")},
    )
    reference = forms.CharField(
        label=_("Diarienummer"),
        max_length=60,
        error_messages={"required": _("Ange ärendets diarienummer.")},
    )


CHANGE_ROWS = 3


class RecordForm(MeetingForm):
    """The committee's decision; up to three changes it made to the proposal."""

    fingerprint = forms.CharField(widget=forms.HiddenInput)

    def __init__(self, *args, applications: list[tuple[int, str]], **kwargs):
        super().__init__(*args, **kwargs)
        choices = [("", _("– ingen ändring –"))] + [(str(pk), label) for pk, label in applications]
        for i in range(1, CHANGE_ROWS + 1):
            self.fields[f"change_{i}_application"] = forms.ChoiceField(
                label=_("Ändring {i}: ansökan").format(i=i), choices=choices, required=False
            )
            self.fields[f"change_{i}_amount"] = _kronor_field(
                _("Ändring {i}: beviljat belopp").format(i=i)
            )
            self.fields[f"change_{i}_reason"] = forms.CharField(
                label=_("Ändring {i}: motivering").format(i=i),
                required=False,
                widget=forms.Textarea(attrs={"rows": 2}),
            )

    def change_rows(self):
        for i in range(1, CHANGE_ROWS + 1):
            yield [self[f"change_{i}_{part}"] for part in ("application", "amount", "reason")]

    def clean(self):
        cleaned = super().clean()
        changes = []
        for i in range(1, CHANGE_ROWS + 1):
            application = cleaned.get(f"change_{i}_application")
            amount = _clean_kronor(self, f"change_{i}_amount")
            reason = (cleaned.get(f"change_{i}_reason") or "").strip()
            if not application:
                if reason or cleaned.get(f"change_{i}_amount"):
                    self.add_error(
                        f"change_{i}_application", _("Välj vilken ansökan ändringen gäller.")
                    )
                continue
            if not reason:
                self.add_error(f"change_{i}_reason", _("Skriv nämndens motivering till ändringen."))
            changes.append(CommitteeChange(int(application), amount, reason))
        if len({c.application_id for c in changes}) < len(changes):
            raise forms.ValidationError(_("Samma ansökan får bara ändras en gång."))
        cleaned["changes"] = changes
        return cleaned


class AmendForm(MeetingForm):
    """A later decision on one application (an amendment, never an edit)."""

    application = forms.ChoiceField(label=_("Ansökan"))
    amount = _kronor_field("Nytt beviljat belopp")
    reason = forms.CharField(
        label=_("Motivering"),
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"required": _("Skriv motiveringen till ändringsbeslutet.")},
    )

    def __init__(self, *args, applications: list[tuple[int, str]], **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["application"].choices = [("", _("– välj –"))] + [
            (str(pk), label) for pk, label in applications
        ]

    def clean(self):
        cleaned = super().clean()
        cleaned["amount_value"] = _clean_kronor(self, "amount")
        return cleaned

from django import forms
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from fou.applications.models import Grant
from fou.calls.models import Fund
from fou.domain.documents.decoding import MAX_DOCUMENT_LABEL
from fou.knowledge.models import Document
from fou.organisations.models import Organisation
from fou.organisations.selectors import organisation_choices

MAX_FILES_PER_UPLOAD = 50


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    """Several files in one field (Django's documented pattern)."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", MultipleFileInput())
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        files = data if isinstance(data, list | tuple) else [data]
        files = [f for f in files if f]
        if not files:
            raise forms.ValidationError(_("Välj minst en fil att läsa in."), code="required")
        if len(files) > MAX_FILES_PER_UPLOAD:
            raise forms.ValidationError(
                _("Högst {most} filer åt gången; använd kb_import för fler.").format(
                    most=MAX_FILES_PER_UPLOAD
                )
            )
        return files


class ImportForm(forms.Form):
    files = MultipleFileField(
        label=_("Filer"),
        help_text=format_lazy(
            _(
                "Text, Word (DOCX), PDF eller skannade bilder (PNG, JPEG, TIFF), högst "
                "{size} per fil. Samma fil två gånger läses bara in en gång."
            ),
            size=MAX_DOCUMENT_LABEL,
        ),
    )


class GrantChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, grant):
        call = grant.application.call
        return (
            f"{call.fund.code} {call.year}: {grant.application.title} ({grant.organisation_name})"
        )


class DocumentForm(forms.ModelForm):
    organisations = forms.ModelMultipleChoiceField(
        label=_("Organisationer"),
        queryset=None,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    grant = GrantChoiceField(label=_("Beviljat projekt"), queryset=None, required=False)
    reason = forms.CharField(
        label=_("Varför ändras uppgifterna?"),
        max_length=500,
        required=False,
        widget=forms.TextInput,
    )

    class Meta:
        model = Document
        fields = ["title", "type", "year", "fund", "grant", "organisations"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organisations"].queryset = Organisation.objects.all()
        self.fields["organisations"].choices = [
            (o.pk, o.current_name) for o in organisation_choices()
        ]
        self.fields["grant"].queryset = Grant.objects.select_related(
            "application__call__fund"
        ).filter(decision=Grant.Decision.GRANTED)
        self.fields["fund"].queryset = Fund.objects.all()
        self.fields["year"].widget.attrs.update({"inputmode": "numeric", "class": "short"})

    def clean_year(self):
        year = self.cleaned_data.get("year")
        if year is not None and not 1990 <= year <= 2100:
            raise forms.ValidationError(
                _("Skriv ett årtal mellan 1990 och 2100, eller lämna tomt.")
            )
        return year


class WithdrawForm(forms.Form):
    reason = forms.CharField(
        label=_("Varför återtas dokumentet?"),
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"required": _("Skriv varför dokumentet återtas.")},
    )

from django import forms
from django.utils.translation import gettext_lazy as _

from fou.applications.forms import KronorField
from fou.core.i18n import translated
from fou.core.text_limits import IMPORTED_ROW_MAX, TextLimitsMixin
from fou.domain.documents.decoding import DocumentError, check_size
from fou.history.models import ImportedDocument, ImportedRow
from fou.organisations.models import Organisation


class UploadForm(forms.Form):
    file = forms.FileField(
        label=_("Dokument"),
        help_text=_("Text som OCR har gett (.txt), UTF-8 eller Windows-1252, högst 50 MB."),
        # Empty files get our own message below, not Django's.
        allow_empty_file=True,
    )
    kind = forms.ChoiceField(
        label=_("Typ av dokument"),
        choices=ImportedDocument.Kind.choices,
        initial=ImportedDocument.Kind.DECISION,
        widget=forms.RadioSelect,
    )
    year = forms.IntegerField(
        label=_("År medlen avser"),
        required=False,
        min_value=1990,
        max_value=2100,
        help_text=_("Lämna tomt för att läsa året ur dokumentet."),
    )

    def clean_file(self):
        uploaded = self.cleaned_data["file"]
        try:
            # The size is known before a byte is read: refuse 50 MB unread.
            check_size(uploaded.size)
        except DocumentError as error:
            raise forms.ValidationError(translated(error)) from None
        return uploaded


class RowForm(TextLimitsMixin, forms.Form):
    organisation_name = forms.CharField(
        label=_("Förvaltning som dokumentet anger"), required=False, max_length=300
    )
    organisation = forms.ModelChoiceField(
        label=_("Förvaltning i registret"),
        queryset=Organisation.objects.prefetch_related("names"),
        required=False,
        empty_label=_("Inte i registret – behåll namnet"),
    )
    text = forms.CharField(
        label=_("Projekt eller studiebesök"),
        max_length=IMPORTED_ROW_MAX,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    granted = KronorField(label=_("Belopp (kr)"), required=False)

    def __init__(self, *args, row: ImportedRow, **kwargs):
        initial = {
            "organisation_name": row.organisation_name,
            "organisation": row.organisation_id,
            "text": row.text,
            "granted": row.granted,
        }
        super().__init__(*args, prefix=f"rad-{row.pk}", initial=initial, **kwargs)
        self.row = row


def row_forms(document: ImportedDocument, data=None) -> list[RowForm]:
    return [RowForm(data, row=row) for row in document.rows.select_related("organisation")]

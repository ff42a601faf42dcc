from django import forms

from fou.decisions.models import DecisionDocument


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
        help_texts = {"title": "Tomt ger rubriken ”Fördelning av lokala utvecklingsmedel … år”."}


class ProseForm(forms.Form):
    text = forms.CharField(
        label="Text",
        widget=forms.Textarea(attrs={"rows": 18, "class": "prose"}),
        help_text=(
            "Tom rad skiljer stycken; ”- ” inleder en punkt, ”## ” en underrubrik. "
            "Skriv siffror som platshållare, t.ex. {sokt_lum}, så stämmer de när förslaget ändras."
        ),
        max_length=20_000,
    )

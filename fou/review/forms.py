"""Shapes of what is typed on the review pages; the rules live in services."""

from django import forms
from django.utils.translation import gettext_lazy as _

from fou.core.text_limits import (
    REASON_MAX,
    SHORT_REASON_MAX,
    TextLimitsMixin,
    state_text_limits,
)
from fou.review.models import Criterion
from fou.review.scoring import SCALE


class AssignForm(forms.Form):
    """Pick a council member for one application; jäviga are not offered."""

    reviewer = forms.ModelChoiceField(
        label=_("Ledamot"),
        queryset=None,
        empty_label=_("Välj ledamot"),
        error_messages={
            "required": _("Välj en ledamot."),
            "invalid_choice": _(
                "Välj en ledamot i listan. Jäviga ledamöter och de som redan "
                "bedömer ansökan kan inte väljas."
            ),
        },
    )

    def __init__(self, *args, reviewers, application, **kwargs):
        kwargs.setdefault("prefix", f"a{application.pk}")
        super().__init__(*args, **kwargs)
        self.application = application
        self.fields["reviewer"].queryset = reviewers
        self.fields["reviewer"].label_from_instance = lambda u: u.display_name


class AutoAssignForm(forms.Form):
    per_application = forms.IntegerField(
        label=_("Antal bedömare per ansökan"),
        min_value=1,
        max_value=10,
        initial=2,
        help_text=_("Ingen får en ansökan där hen är jävig; belastningen sprids jämnt."),
        error_messages={
            "required": _("Ange hur många bedömare varje ansökan ska ha."),
            "invalid": _("Ange antalet bedömare som ett heltal, t.ex. 2."),
            "min_value": _("Varje ansökan behöver minst en bedömare."),
            "max_value": _("Ange högst 10 bedömare per ansökan."),
        },
    )


class CriterionForm(TextLimitsMixin, forms.ModelForm):
    class Meta:
        model = Criterion
        fields = ["name", "description", "weight", "order"]
        widgets = {
            "description": forms.Textarea(attrs={"rows": 2}),
            "weight": forms.NumberInput(attrs={"min": 1}),
        }
        # The page explains the weights once, above the criteria.
        help_texts = {"weight": ""}
        error_messages = {
            "name": {"required": _("Skriv kriteriets namn.")},
            "weight": {
                "required": _("Ange en vikt, t.ex. 1."),
                "invalid": _("Ange vikten som ett heltal, t.ex. 3."),
                "min_value": _("Vikten ska vara minst 1."),
                "max_value": _("Vikten får vara högst 100."),
            },
            "order": {"invalid": _("Ange ordningen som ett heltal.")},
        }


# A call has a handful of criteria; a posted form count beyond this is refused
# instead of building thousands of forms.
MAX_CRITERIA = 30
CriterionFormSet = forms.modelformset_factory(
    Criterion,
    form=CriterionForm,
    extra=1,
    can_delete=True,
    max_num=MAX_CRITERIA,
    absolute_max=MAX_CRITERIA,
    validate_max=True,
)


class ReasonForm(TextLimitsMixin, forms.Form):
    reason = forms.CharField(
        label=_("Varför ändras kriterierna?"),
        max_length=SHORT_REASON_MAX,
        help_text=_("Sparas i ändringsloggen tillsammans med ditt namn."),
        error_messages={"required": _("Skriv varför kriterierna ändras.")},
    )


class ConflictForm(TextLimitsMixin, forms.Form):
    reason = forms.CharField(
        label=_("Skäl till jäv"),
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=REASON_MAX,
        help_text=_(
            "T.ex. nära släkt med projektledaren, eller du har varit med och skrivit "
            "ansökan. Skälet förs in i protokollet."
        ),
        error_messages={"required": _("Skriv varför du är jävig.")},
    )


SCALE_CHOICES = [(str(value), f"{value} – {label}") for value, label in SCALE]


class ScoreForm(forms.Form):
    """One score (1–5) and one comment per criterion of the call."""

    def __init__(self, *args, criteria, **kwargs):
        super().__init__(*args, **kwargs)
        self.criteria = list(criteria)
        for criterion in self.criteria:
            self.fields[f"value_{criterion.pk}"] = forms.TypedChoiceField(
                label=criterion.name,
                choices=SCALE_CHOICES,
                coerce=int,
                empty_value=None,
                required=False,
                widget=forms.RadioSelect,
                error_messages={"invalid_choice": _("Välj en poäng från 1 till 5.")},
            )
            self.fields[f"comment_{criterion.pk}"] = forms.CharField(
                label=f"Kommentar: {criterion.name}",
                required=False,
                max_length=REASON_MAX,
                widget=forms.Textarea(attrs={"rows": 3}),
            )
        state_text_limits(self)

    def rows(self):
        """Per criterion: the criterion, its score field and its comment field."""
        return [(c, self[f"value_{c.pk}"], self[f"comment_{c.pk}"]) for c in self.criteria]

    def entries(self) -> dict[int, tuple[int | None, str]]:
        return {
            c.pk: (
                self.cleaned_data.get(f"value_{c.pk}"),
                self.cleaned_data.get(f"comment_{c.pk}", "").strip(),
            )
            for c in self.criteria
        }

    @staticmethod
    def initial_from(scores) -> dict:
        initial = {}
        for criterion_id, score in scores.items():
            initial[f"value_{criterion_id}"] = str(score.value) if score.value else None
            initial[f"comment_{criterion_id}"] = score.comment
        return initial

from django import forms
from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.utils.translation import gettext_lazy as _

from fou.calls.models import Call
from fou.core.text_limits import REASON_MAX, SHORT_REASON_MAX, TextLimitsMixin


class CallRulesForm(TextLimitsMixin, forms.ModelForm):
    """The rules of a call, editable by the grants office without code changes."""

    version = forms.IntegerField(widget=forms.HiddenInput)
    required_attachments_text = forms.CharField(
        label=_("Obligatoriska bilagor"),
        required=False,
        max_length=REASON_MAX,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("En bilaga per rad, t.ex. Projektplan."),
    )
    reason = forms.CharField(
        label=_("Varför ändras reglerna?"),
        max_length=SHORT_REASON_MAX,
        help_text=_("Sparas i ändringsloggen tillsammans med ditt namn."),
        error_messages={"required": _("Skriv varför reglerna ändras.")},
    )

    class Meta:
        model = Call
        fields = [
            "opens_at",
            "closes_at",
            "budget",
            "max_amount",
            "max_applications_per_organisation",
            "min_project_year",
            "max_project_year",
            "gender_equality_analysis_required",
            "workshop_required",
            "approved_report_required",
            "continuation_cut_percent",
            "allocation_mode",
            "min_share_percent",
            "warn_for_courses_and_conferences",
            "joint_applications_allowed",
        ]
        widgets = {
            "opens_at": forms.DateTimeInput(
                attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"
            ),
            "closes_at": forms.DateTimeInput(
                attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"
            ),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Left out of a post (a page loaded before these settings existed),
        # the call keeps what it has.
        for name in ("allocation_mode", "min_share_percent"):
            self.fields[name].required = False
        if not self.is_bound:
            self.initial["version"] = self.instance.version
            self.initial["required_attachments_text"] = "\n".join(
                self.instance.required_attachments
            )

    def clean(self):
        cleaned = super().clean()
        for name in ("allocation_mode", "min_share_percent"):
            if cleaned.get(name) in (None, ""):
                cleaned[name] = getattr(self.instance, name)
        low, high = cleaned.get("min_project_year"), cleaned.get("max_project_year")
        if low and high and low > high:
            self.add_error("max_project_year", _("Högsta projektår får inte vara lägre än lägsta."))
        opens, closes = cleaned.get("opens_at"), cleaned.get("closes_at")
        if opens and closes and closes <= opens:
            self.add_error("closes_at", _("Utlysningen måste stänga efter att den öppnar."))
        return cleaned

    def _update_errors(self, errors):
        # The model's checks (fou.calls.mapping) may name a field this page
        # does not show, e.g. the rule sources edited in the admin.
        if hasattr(errors, "error_dict"):
            shown = {}
            for field, messages in errors.error_dict.items():
                key = field if field in self.fields else NON_FIELD_ERRORS
                shown.setdefault(key, []).extend(messages)
            errors = ValidationError(shown)
        super()._update_errors(errors)

    def save(self, commit=True):
        lines = self.cleaned_data.get("required_attachments_text", "").splitlines()
        self.instance.required_attachments = [line.strip() for line in lines if line.strip()]
        return super().save(commit=commit)

from django import forms
from django.utils.translation import gettext_lazy as _

from fou.applications.forms import KronorField
from fou.domain.followup.deadlines import ReportStatus
from fou.domain.followup.repayments import RepaymentState
from fou.followup.labels import REPAYMENT_STATE, REPORT_STATUS

AMOUNT_WIDGET = forms.TextInput(attrs={"inputmode": "numeric", "autocomplete": "off"})


def question_field(question) -> str:
    return f"q_{question.key}"


class ReportForm(forms.Form):
    """The fund's questions as fields; what is required is checked on submission
    (a draft may be half-written)."""

    def __init__(self, *args, questions, report=None, **kwargs):
        super().__init__(*args, **kwargs)
        answers = {a["key"]: a["answer"] for a in (report.answers if report else [])}
        self.questions = questions
        for question in questions:
            name = question_field(question)
            if question.answer_type == "file":
                self.fields[name] = forms.FileField(
                    label=question.question, help_text=question.help_text, required=False
                )
            else:
                self.fields[name] = forms.CharField(
                    label=question.question,
                    help_text=question.help_text,
                    required=False,
                    widget=forms.Textarea(attrs={"rows": 5}),
                    initial=answers.get(question.key, ""),
                )
        self.fields["spent"] = KronorField(
            label=_("Använt belopp"),
            required=False,
            help_text=_("I hela kronor. Outnyttjat belopp räknas ut: beviljat minus använt."),
            widget=AMOUNT_WIDGET,
            initial=report.spent if report else None,
        )

    def answers(self) -> dict[str, str]:
        return {
            q.key: self.cleaned_data.get(question_field(q)) or ""
            for q in self.questions
            if q.answer_type == "text"
        }

    def upload(self):
        for question in self.questions:
            if question.answer_type == "file":
                return self.cleaned_data.get(question_field(question))
        return None

    def file_field(self) -> str | None:
        found = [question_field(q) for q in self.questions if q.answer_type == "file"]
        return found[0] if found else None


class DecisionForm(forms.Form):
    version = forms.IntegerField(widget=forms.HiddenInput)
    comment = forms.CharField(
        label=_("Kommentar till projektägaren"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Krävs när rapporten returneras: skriv vad som ska rättas."),
    )


class RepaymentForm(forms.Form):
    amount = KronorField(
        label=_("Outnyttjat belopp att återbetala"),
        help_text=_("I hela kronor. Skriv 0 om allt har använts."),
        widget=AMOUNT_WIDGET,
        error_messages={"required": _("Ange beloppet, eller 0 om inget ska återbetalas.")},
    )


class RepaymentOfficeForm(forms.Form):
    note = forms.CharField(label=_("Anteckning (t.ex. fakturanummer)"), required=False)


class RepurposingForm(forms.Form):
    new_use = forms.CharField(
        label=_("Vad vill ni använda medlen till i stället?"),
        max_length=500,
        error_messages={"required": _("Skriv vad medlen ska användas till.")},
    )
    reason = forms.CharField(
        label=_("Skäl"),
        widget=forms.Textarea(attrs={"rows": 4}),
        error_messages={"required": _("Skriv varför medlen behöver användas på annat sätt.")},
    )


class RepurposingDecisionForm(forms.Form):
    comment = forms.CharField(
        label=_("Motivering"), required=False, widget=forms.Textarea(attrs={"rows": 2})
    )


class OverviewFilterForm(forms.Form):
    report_status = forms.ChoiceField(
        label=_("Rapport"),
        required=False,
        choices=[("", "Alla")] + [(s.value, REPORT_STATUS[s]) for s in ReportStatus],
    )
    repayment_state = forms.ChoiceField(
        label=_("Återbetalning"),
        required=False,
        choices=[("", "Alla")] + [(s.value, REPAYMENT_STATE[s]) for s in RepaymentState],
    )
    organisation = forms.CharField(label=_("Organisation"), required=False)

from dataclasses import replace

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from fou.applications.forms import KronorField
from fou.core.i18n import translated
from fou.core.text_limits import state_text_limits
from fou.domain.allocation import AllocationSettings, FundSettings, GrantExactly, Refuse
from fou.domain.programme import check_continuation_cut, check_min_share

MODES = [
    ("all_or_nothing", _("Allt eller inget: beviljas med hela beloppet eller inte alls")),
    ("partial", _("Delfinansiering ned till en lägsta andel")),
]
OBJECTIVES = [
    ("score_times_amount", _("Poäng × belopp: pengarna går dit poängen per krona är störst")),
    (
        "score_per_application",
        _("Poäng per ansökan: så många högt rankade ansökningar som möjligt"),
    ),
]
LOCKS = [("", _("Ingen låsning")), ("grant", "Bevilja exakt"), ("refuse", _("Avslå"))]


def _validator(check):
    """A check of fou.domain.programme, as a form validator."""

    def validate(value):
        try:
            check(value)
        except ValueError as error:
            raise ValidationError(translated(error)) from None

    return validate


continuation_cut_validator = _validator(check_continuation_cut)
min_share_validator = _validator(check_min_share)


class ProposalForm(forms.Form):
    """Budgets, objective and locks for one run; each call (fund) has its own
    budget, mode, minimum share, per-organisation limit and cut, starting
    from the call's data."""

    total_budget = KronorField(
        label=_("Total budget (valfri)"),
        required=False,
        help_text=_("Tak över alla fonder tillsammans."),
    )
    objective = forms.ChoiceField(label=_("Mål"), choices=OBJECTIVES, widget=forms.RadioSelect)
    note = forms.CharField(label=_("Anteckning om versionen"), max_length=300, required=False)

    def __init__(self, *args, funds, candidates, fund_settings, fund_names=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.funds = funds
        # Each fund's settings from its call; caps stay as the call's rules say.
        self.fund_settings = fund_settings
        self.candidates = candidates
        applied = {c.fund for c in candidates}
        # People read the fund's name ("Kulturstöd"), the fields keep its code.
        names = self.fund_names = fund_names or {}
        for fund in funds:
            name = names.get(fund, fund)
            self.fields[f"budget_{fund}"] = KronorField(
                label=f"Budget {name}",
                required=fund in applied,
                help_text=""
                if fund in applied
                else _("Inga ansökningar till {fund}.").format(fund=name),
                error_messages={"required": _("Ange en budget för {fund}.").format(fund=name)},
            )
            self.fields[f"mode_{fund}"] = forms.ChoiceField(
                label=_("Läge i {fund}").format(fund=name), choices=MODES, widget=forms.RadioSelect
            )
            self.fields[f"min_share_{fund}"] = forms.IntegerField(
                label=_("Lägsta andel vid delfinansiering i {fund} (%)").format(fund=name),
                validators=[min_share_validator],
                required=False,
                help_text=_("Behövs bara vid delfinansiering."),
            )
            self.fields[f"max_grants_{fund}"] = forms.IntegerField(
                label=_("Högst antal beviljanden per organisation i {fund}").format(fund=name),
                min_value=1,
                required=False,
            )
            self.fields[f"cut_{fund}"] = forms.IntegerField(
                label=_("Neddragning för projekt år 2–3 i {fund} (%)").format(fund=name),
                validators=[continuation_cut_validator],
            )
        for c in candidates:
            self.fields[f"lock_{c.id}"] = forms.ChoiceField(
                label=_("Låsning för {project}").format(project=c.project),
                choices=LOCKS,
                required=False,
            )
            self.fields[f"lock_amount_{c.id}"] = KronorField(label=_("Belopp"), required=False)
            self.fields[f"lock_reason_{c.id}"] = forms.CharField(
                label=_("Skäl"), required=False, max_length=1000
            )
            # Shown in a table without a <label> per cell: each control is
            # named by its row for screen readers.
            for prefix, name in (
                ("lock", _("Låsning")),
                ("lock_amount", "Belopp"),
                ("lock_reason", _("Skäl")),
            ):
                self.fields[f"{prefix}_{c.id}"].widget.attrs["aria-label"] = _(
                    "{name} för {project}"
                ).format(name=name, project=c.project)
        state_text_limits(self)

    def budget_fields(self):
        return [self[f"budget_{fund}"] for fund in self.funds]

    def call_setting_fields(self):
        """Per fund: mode, minimum share, per-organisation limit and cut."""
        names = ("mode", "min_share", "max_grants", "cut")
        return [self[f"{name}_{fund}"] for fund in self.funds for name in names]

    def lock_rows(self):
        return [
            (c, self[f"lock_{c.id}"], self[f"lock_amount_{c.id}"], self[f"lock_reason_{c.id}"])
            for c in self.candidates
        ]

    def clean(self):
        cleaned = super().clean()
        for fund in self.funds:
            share = f"min_share_{fund}"
            share_missing = cleaned.get(share) is None and share not in self.errors
            if cleaned.get(f"mode_{fund}") == "partial" and share_missing:
                self.add_error(
                    share,
                    _("Ange lägsta andel vid delfinansiering i {fund}.").format(
                        fund=self.fund_names.get(fund, fund)
                    ),
                )
        for c in self.candidates:
            kind = cleaned.get(f"lock_{c.id}")
            reason = (cleaned.get(f"lock_reason_{c.id}") or "").strip()
            if kind and not reason:
                self.add_error(f"lock_reason_{c.id}", _("Skriv skälet till låsningen."))
            if kind == "grant" and not cleaned.get(f"lock_amount_{c.id}"):
                self.add_error(f"lock_amount_{c.id}", _("Ange beloppet som ska beviljas."))
        return cleaned

    def settings(self) -> AllocationSettings:
        data = self.cleaned_data
        return AllocationSettings(
            budgets={
                fund: data[f"budget_{fund}"]
                for fund in self.funds
                if data[f"budget_{fund}"] is not None
            },
            total_budget=data.get("total_budget"),
            objective=data["objective"],
            per_fund={
                fund: replace(
                    self.fund_settings.get(fund, FundSettings()),
                    mode=data[f"mode_{fund}"],
                    # Unused when all or nothing: the call's share is kept for a later partial run.
                    min_share_percent=data[f"min_share_{fund}"]
                    or self.fund_settings.get(fund, FundSettings()).min_share_percent,
                    max_grants_per_organisation=data.get(f"max_grants_{fund}"),
                    continuation_cut_percent=data[f"cut_{fund}"],
                )
                for fund in self.funds
            },
        )

    def locks(self) -> dict[int, object]:
        data = self.cleaned_data
        locks = {}
        for c in self.candidates:
            kind, reason = data.get(f"lock_{c.id}"), data.get(f"lock_reason_{c.id}", "")
            if kind == "grant":
                locks[c.id] = GrantExactly(amount=data[f"lock_amount_{c.id}"], reason=reason)
            elif kind == "refuse":
                locks[c.id] = Refuse(reason=reason)
        return locks


def initial_from(settings: AllocationSettings, candidates, fund_settings) -> dict:
    initial = {"total_budget": settings.total_budget, "objective": settings.objective}
    initial.update({f"budget_{fund}": amount for fund, amount in settings.budgets.items()})
    for fund, own in fund_settings.items():
        initial[f"mode_{fund}"] = own.mode
        initial[f"min_share_{fund}"] = own.min_share_percent
        initial[f"max_grants_{fund}"] = own.max_grants_per_organisation
        initial[f"cut_{fund}"] = own.continuation_cut_percent
    for c in candidates:
        if isinstance(c.lock, GrantExactly):
            initial[f"lock_{c.id}"] = "grant"
            initial[f"lock_amount_{c.id}"] = c.lock.amount
            initial[f"lock_reason_{c.id}"] = c.lock.reason
        elif isinstance(c.lock, Refuse):
            initial[f"lock_{c.id}"] = "refuse"
            initial[f"lock_reason_{c.id}"] = c.lock.reason
    return initial

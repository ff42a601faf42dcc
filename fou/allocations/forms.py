from django import forms

from fou.applications.forms import KronorField
from fou.core.text_limits import state_text_limits
from fou.domain.allocation import AllocationSettings, GrantExactly, Refuse

MODES = [
    ("all_or_nothing", "Allt eller inget: beviljas med hela beloppet eller inte alls"),
    ("partial", "Delfinansiering ned till en lägsta andel"),
]
OBJECTIVES = [
    ("score_times_amount", "Poäng × belopp: pengarna går dit poängen per krona är störst"),
    ("score_per_application", "Poäng per ansökan: så många högt rankade ansökningar som möjligt"),
]
LOCKS = [("", "Ingen låsning"), ("grant", "Bevilja exakt"), ("refuse", "Avslå")]


class ProposalForm(forms.Form):
    """Budgets, mode, objective and locks for one run; each fund has its own budget."""

    total_budget = KronorField(
        label="Total budget (valfri)", required=False, help_text="Tak över alla fonder tillsammans."
    )
    mode = forms.ChoiceField(label="Läge", choices=MODES, widget=forms.RadioSelect)
    min_share_percent = forms.IntegerField(
        label="Lägsta andel vid delfinansiering (%)",
        min_value=1,
        max_value=100,
        required=False,
        help_text="Behövs bara vid delfinansiering.",
    )
    objective = forms.ChoiceField(label="Mål", choices=OBJECTIVES, widget=forms.RadioSelect)
    max_grants_per_organisation = forms.IntegerField(
        label="Högst antal beviljanden per förvaltning och fond", min_value=1, required=False
    )
    continuation_cut_percent = forms.IntegerField(
        label="Neddragning för projekt år 2–3 (%)", min_value=0, max_value=99
    )
    note = forms.CharField(label="Anteckning om versionen", max_length=300, required=False)

    def __init__(self, *args, funds, candidates, caps, **kwargs):
        super().__init__(*args, **kwargs)
        self.funds = funds
        self.caps = caps
        self.candidates = candidates
        applied = {c.fund for c in candidates}
        for fund in funds:
            self.fields[f"budget_{fund}"] = KronorField(
                label=f"Budget {fund}",
                required=fund in applied,
                help_text="" if fund in applied else f"Inga ansökningar till {fund}.",
                error_messages={"required": f"Ange en budget för {fund}."},
            )
        for c in candidates:
            self.fields[f"lock_{c.id}"] = forms.ChoiceField(
                label=f"Låsning för {c.project}", choices=LOCKS, required=False
            )
            self.fields[f"lock_amount_{c.id}"] = KronorField(label="Belopp", required=False)
            self.fields[f"lock_reason_{c.id}"] = forms.CharField(
                label="Skäl", required=False, max_length=1000
            )
            # Shown in a table without a <label> per cell: each control is
            # named by its row for screen readers.
            for prefix, name in (
                ("lock", "Låsning"),
                ("lock_amount", "Belopp"),
                ("lock_reason", "Skäl"),
            ):
                self.fields[f"{prefix}_{c.id}"].widget.attrs["aria-label"] = (
                    f"{name} för {c.project}"
                )
        state_text_limits(self)

    def budget_fields(self):
        return [self[f"budget_{fund}"] for fund in self.funds]

    def lock_rows(self):
        return [
            (c, self[f"lock_{c.id}"], self[f"lock_amount_{c.id}"], self[f"lock_reason_{c.id}"])
            for c in self.candidates
        ]

    def clean(self):
        cleaned = super().clean()
        share_missing = cleaned.get("min_share_percent") is None and (
            "min_share_percent" not in self.errors
        )
        if cleaned.get("mode") == "partial" and share_missing:
            self.add_error("min_share_percent", "Ange lägsta andel vid delfinansiering.")
        for c in self.candidates:
            kind = cleaned.get(f"lock_{c.id}")
            reason = (cleaned.get(f"lock_reason_{c.id}") or "").strip()
            if kind and not reason:
                self.add_error(f"lock_reason_{c.id}", "Skriv skälet till låsningen.")
            if kind == "grant" and not cleaned.get(f"lock_amount_{c.id}"):
                self.add_error(f"lock_amount_{c.id}", "Ange beloppet som ska beviljas.")
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
            mode=data["mode"],
            # Unused when all or nothing; the domain's default is kept for a later partial run.
            min_share_percent=data["min_share_percent"] or AllocationSettings.min_share_percent,
            cap_per_application=self.caps,
            max_grants_per_organisation=data.get("max_grants_per_organisation"),
            continuation_cut_percent=data["continuation_cut_percent"],
            objective=data["objective"],
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


def initial_from(settings: AllocationSettings, candidates) -> dict:
    initial = {
        "total_budget": settings.total_budget,
        "mode": settings.mode,
        "min_share_percent": settings.min_share_percent,
        "objective": settings.objective,
        "max_grants_per_organisation": settings.max_grants_per_organisation,
        "continuation_cut_percent": settings.continuation_cut_percent,
    }
    initial.update({f"budget_{fund}": amount for fund, amount in settings.budgets.items()})
    for c in candidates:
        if isinstance(c.lock, GrantExactly):
            initial[f"lock_{c.id}"] = "grant"
            initial[f"lock_amount_{c.id}"] = c.lock.amount
            initial[f"lock_reason_{c.id}"] = c.lock.reason
        elif isinstance(c.lock, Refuse):
            initial[f"lock_{c.id}"] = "refuse"
            initial[f"lock_reason_{c.id}"] = c.lock.reason
    return initial

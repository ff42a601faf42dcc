"""What changed between two proposals: per application and per fund.

Used for what-ifs: the officer changes the budget, a lock, a weight or the
mode and sees the new proposal beside the previous one.
"""

from dataclasses import dataclass

from fou.domain.allocation.model import Decision, FundTotal, Proposal, Status
from fou.domain.i18n import _
from fou.domain.money import format_kronor

STATUS_LABELS = {
    Status.GRANTED: "beviljad",
    Status.REFUSED: "avslagen",
    Status.EXCLUDED: "utesluten",
}


@dataclass(frozen=True)
class ApplicationChange:
    candidate_id: int
    fund: str
    organisation_name: str
    project: str
    # None where the application is missing from that proposal.
    amount_before: int | None
    amount_after: int | None
    status_before: Status | None
    status_after: Status | None

    @property
    def difference(self) -> int:
        return (self.amount_after or 0) - (self.amount_before or 0)

    @property
    def changed(self) -> bool:
        return (self.amount_before, self.status_before) != (self.amount_after, self.status_after)

    @property
    def summary(self) -> str:
        """A short Swedish note for the comparison table, e.g. "avslagen → beviljad"."""
        if self.status_before is None:
            return _("ny i detta förslag")
        if self.status_after is None:
            return _("finns inte i detta förslag")
        if self.status_before != self.status_after:
            return f"{STATUS_LABELS[self.status_before]} → {STATUS_LABELS[self.status_after]}"
        if self.status_after != Status.GRANTED:
            return _(
                "ej beviljad i någon version ({status})",
                status=STATUS_LABELS[self.status_after],
            )
        if self.difference > 0:
            return _("höjd med {difference}", difference=format_kronor(self.difference))
        if self.difference < 0:
            return _("sänkt med {amount}", amount=format_kronor(-self.difference))
        return _("oförändrad")


@dataclass(frozen=True)
class FundChange:
    fund: str
    budget_before: int
    budget_after: int
    granted_before: int
    granted_after: int
    grants_before: int
    grants_after: int

    @property
    def difference(self) -> int:
        return self.granted_after - self.granted_before


@dataclass(frozen=True)
class Comparison:
    applications: tuple[ApplicationChange, ...]
    funds: tuple[FundChange, ...]
    objective_before: int
    objective_after: int

    @property
    def changed(self) -> tuple[ApplicationChange, ...]:
        return tuple(change for change in self.applications if change.changed)


def compare(before: Proposal, after: Proposal) -> Comparison:
    """Side by side, in the order of ``after``; applications only in
    ``before`` come last."""
    earlier = {d.candidate.id: d for d in before.decisions}
    later = {d.candidate.id: d for d in after.decisions}
    ids = list(later) + [i for i in earlier if i not in later]
    applications = tuple(_change(earlier.get(i), later.get(i)) for i in ids)

    totals_before = {t.fund: t for t in before.fund_totals}
    totals_after = {t.fund: t for t in after.fund_totals}
    empty = FundTotal(fund="", budget=0, asked=0, granted=0)
    funds = tuple(
        FundChange(
            fund=fund,
            budget_before=totals_before.get(fund, empty).budget,
            budget_after=totals_after.get(fund, empty).budget,
            granted_before=totals_before.get(fund, empty).granted,
            granted_after=totals_after.get(fund, empty).granted,
            grants_before=_grants(before, fund),
            grants_after=_grants(after, fund),
        )
        for fund in sorted(totals_before.keys() | totals_after.keys())
    )
    return Comparison(applications, funds, before.objective, after.objective)


def _change(before: Decision | None, after: Decision | None) -> ApplicationChange:
    candidate = (after or before).candidate
    return ApplicationChange(
        candidate_id=candidate.id,
        fund=candidate.fund,
        organisation_name=candidate.organisation_name,
        project=candidate.project,
        amount_before=before.amount if before else None,
        amount_after=after.amount if after else None,
        status_before=before.status if before else None,
        status_after=after.status if after else None,
    )


def _grants(proposal: Proposal, fund: str) -> int:
    return sum(
        1 for d in proposal.decisions if d.candidate.fund == fund and d.status == Status.GRANTED
    )

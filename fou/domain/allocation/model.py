"""What the allocation optimiser reads and what it answers: plain, frozen data.

The web layer builds candidates from its applications and reviews; nothing here
knows about storage. Amounts are integer kronor throughout.
"""

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Literal

from fou.domain.i18n import _
from fou.domain.programme import application_cap, check_continuation_cut, check_min_share

Mode = Literal["all_or_nothing", "partial"]
# "score_times_amount": a krona to a well-scored project is worth more than a
# krona to a weaker one, so the budget goes where the scores are highest.
# "score_per_application": each granted application counts with its score
# whatever its size, which favours granting many (often smaller) projects.
Objective = Literal["score_times_amount", "score_per_application"]

# Scores are weighted means of reviews; three decimals is finer than any
# reviewer distinguishes and makes the objective an exact integer, which is
# what lets tie-breaks never outweigh a real difference (see solver.py).
SCORE_DECIMALS = 3


@dataclass(frozen=True)
class GrantExactly:
    """The officer has decided this application gets exactly ``amount``."""

    amount: int
    reason: str

    def __post_init__(self):
        if self.amount <= 0:
            raise ValueError(
                _("Ett låst beviljande måste vara större än 0 kr; lås som avslag i stället.")
            )


@dataclass(frozen=True)
class Refuse:
    """The officer has decided this application is refused."""

    reason: str


Lock = GrantExactly | Refuse


@dataclass(frozen=True)
class Candidate:
    """One application as the optimiser sees it."""

    id: int
    fund: str
    organisation_key: str
    organisation_name: str
    project: str
    # Weighted review score; higher is better, never negative.
    score: float
    asked: int
    project_year: int = 1
    # False when the application fails a rule of the call.
    eligible: bool = True
    # Why it fails, shown in the explanation (e.g. "Rapporten för 2022 är inte godkänd").
    exclusion_reason: str = ""
    # A rule warned and no officer has recorded why it is accepted anyway.
    warning_unresolved: bool = False
    lock: Lock | None = None
    # How many organisations apply together (the lead included); a cap that
    # holds per organisation grows with it, as in the rules engine.
    organisations: int = 1
    # False when no council member has handed in a review: ``score`` is then
    # the neutral lowest score, and the page and explanation say so.
    scored: bool = True

    def __post_init__(self):
        if self.organisations < 1:
            raise ValueError(_("Ansökan {id}: minst en organisation måste söka.", id=self.id))
        if self.asked <= 0:
            raise ValueError(_("Ansökan {id}: sökt belopp måste vara större än 0 kr.", id=self.id))
        if not 1 <= self.project_year <= 3:
            raise ValueError(_("Ansökan {id}: projektåret måste vara 1, 2 eller 3.", id=self.id))
        if not math.isfinite(self.score) or self.score < 0:
            raise ValueError(
                _("Ansökan {id}: poängen måste vara ett tal som är 0 eller större.", id=self.id)
            )

    @property
    def excluded(self) -> bool:
        return not self.eligible or self.warning_unresolved

    @property
    def points(self) -> int:
        """The score in thousandths, as the objective counts it."""
        return round(self.score * 10**SCORE_DECIMALS)


@dataclass(frozen=True)
class FundSettings:
    """What one call decides for its own applications in an allocation.

    Made from the call's data by ``fou.calls.mapping``; another call of the
    same year, allocated in the same run, has its own.
    """

    # At most this many grants per organisation in this call; None for no limit.
    max_grants_per_organisation: int | None = None
    # A project in its second or third year gets at most (100 - cut) % of what it asked.
    continuation_cut_percent: int = 0
    mode: Mode = "all_or_nothing"
    # In partial mode a grant is nothing or at least this share of what it may get.
    min_share_percent: int = 80
    # Highest grant per application; None for no cap.
    cap: int | None = None
    # The cap holds per organisation taking part (a joint trip of three may get three caps).
    cap_per_organisation: bool = False

    def __post_init__(self):
        _check_common(
            self.mode,
            self.min_share_percent,
            self.max_grants_per_organisation,
            self.continuation_cut_percent,
        )
        if self.cap is not None and self.cap <= 0:
            raise ValueError(_("Taket per ansökan måste vara större än 0 kr."))

    def max_amount(self, candidate: "Candidate") -> int:
        """The most the rules let this application get: asked, capped, then cut."""
        amount = candidate.asked
        if self.cap is not None:
            amount = min(
                amount,
                application_cap(
                    self.cap,
                    per_organisation=self.cap_per_organisation,
                    organisations=candidate.organisations,
                ),
            )
        return min(amount, self.continuation_limit(candidate))

    def applied_cap(self, candidate: "Candidate") -> int | None:
        if self.cap is None:
            return None
        return application_cap(
            self.cap,
            per_organisation=self.cap_per_organisation,
            organisations=candidate.organisations,
        )

    def continuation_limit(self, candidate: "Candidate") -> int:
        if candidate.project_year == 1:
            return candidate.asked
        return candidate.asked * (100 - self.continuation_cut_percent) // 100

    def min_amount(self, candidate: "Candidate") -> int:
        most = self.max_amount(candidate)
        if self.mode == "all_or_nothing":
            return most
        # Rounded up so a grant never falls below the share the officer chose.
        return max(1, -(-most * self.min_share_percent // 100))


def _check_common(mode, min_share_percent, max_grants, cut) -> None:
    if mode not in ("all_or_nothing", "partial"):
        raise ValueError(_("Okänt läge: {mode}.", mode=mode))
    check_min_share(min_share_percent)
    if max_grants is not None and max_grants < 1:
        raise ValueError(_("Högsta antal beviljanden per förvaltning måste vara minst 1."))
    check_continuation_cut(cut)


@dataclass(frozen=True)
class AllocationSettings:
    """The officer's choices for one allocation run of a call."""

    # Budget per fund code, e.g. {"LUM": 3_850_000, "MUL": 188_500}.
    budgets: Mapping[str, int]
    # Optional ceiling over all funds together.
    total_budget: int | None = None
    mode: Mode = "all_or_nothing"
    # In partial mode an application gets nothing or between this share and
    # all of what it may get; 80 means "at least 80 %".
    min_share_percent: int = 80
    # Highest grant per application, per fund code; a fund missing here has no cap.
    cap_per_application: Mapping[str, int] = field(default_factory=dict)
    # At most this many grants per organisation within each fund; None for no limit.
    max_grants_per_organisation: int | None = 2
    # A project in its second or third year gets at most (100 - cut) % of what it asked.
    continuation_cut_percent: int = 0
    objective: Objective = "score_times_amount"

    # Each call's own settings, by fund code; a fund missing here takes the
    # settings above (versions stored before settings were per call).
    per_fund: Mapping[str, FundSettings] = field(default_factory=dict)

    def __post_init__(self):
        for fund, budget in self.budgets.items():
            if budget < 0:
                raise ValueError(_("Budgeten för {fund} kan inte vara negativ.", fund=fund))
        if self.total_budget is not None and self.total_budget < 0:
            raise ValueError(_("Totalbudgeten kan inte vara negativ."))
        if self.objective not in ("score_times_amount", "score_per_application"):
            raise ValueError(_("Okänt mål: {objective}.", objective=self.objective))
        _check_common(
            self.mode,
            self.min_share_percent,
            self.max_grants_per_organisation,
            self.continuation_cut_percent,
        )
        for fund, cap in self.cap_per_application.items():
            if cap <= 0:
                raise ValueError(
                    _("Taket per ansökan i {fund} måste vara större än 0 kr.", fund=fund)
                )

    def for_fund(self, fund: str) -> FundSettings:
        found = self.per_fund.get(fund)
        if found is not None:
            return found
        return FundSettings(
            max_grants_per_organisation=self.max_grants_per_organisation,
            continuation_cut_percent=self.continuation_cut_percent,
            mode=self.mode,
            min_share_percent=self.min_share_percent,
            cap=self.cap_per_application.get(fund),
        )

    @property
    def any_partial(self) -> bool:
        funds = set(self.budgets) | set(self.per_fund)
        return any(self.for_fund(fund).mode == "partial" for fund in funds)

    def max_amount(self, candidate: Candidate) -> int:
        """The most the rules let this application get: asked, capped, then cut."""
        return self.for_fund(candidate.fund).max_amount(candidate)

    def continuation_limit(self, candidate: Candidate) -> int:
        return self.for_fund(candidate.fund).continuation_limit(candidate)

    def min_amount(self, candidate: Candidate) -> int:
        """The least a granted application may get (all of it unless partial)."""
        return self.for_fund(candidate.fund).min_amount(candidate)


class Status(StrEnum):
    GRANTED = "granted"
    REFUSED = "refused"
    # Fails a rule, or has a warning without a recorded reason.
    EXCLUDED = "excluded"


@dataclass(frozen=True)
class Decision:
    candidate: Candidate
    amount: int
    status: Status
    # What the rules allowed (asked, capped, cut), for comparing with ``amount``.
    max_amount: int


@dataclass(frozen=True)
class FundTotal:
    fund: str
    budget: int
    asked: int
    granted: int


@dataclass(frozen=True)
class Proposal:
    """One allocation: a decision for every candidate, and how it was found."""

    candidates: tuple[Candidate, ...]
    settings: AllocationSettings
    # One per candidate, ordered by fund and then by rank within the fund.
    decisions: tuple[Decision, ...]
    # Thousandths of a point, times kronor with "score_times_amount" (problem.objective_value).
    objective: int
    method: Literal["milp", "greedy"]
    # False only when a time limit stopped the solver before it proved optimality.
    optimal: bool
    # Relative gap between the proposal and the best possible, as the solver reports it.
    mip_gap: float | None = None

    def decision(self, candidate_id: int) -> Decision:
        for decision in self.decisions:
            if decision.candidate.id == candidate_id:
                return decision
        raise KeyError(candidate_id)

    @property
    def amounts(self) -> dict[int, int]:
        return {d.candidate.id: d.amount for d in self.decisions}

    @property
    def granted_total(self) -> int:
        return sum(d.amount for d in self.decisions)

    @property
    def fund_totals(self) -> tuple[FundTotal, ...]:
        funds = sorted({c.fund for c in self.candidates} | set(self.settings.budgets))
        return tuple(
            FundTotal(
                fund=fund,
                budget=self.settings.budgets.get(fund, 0),
                asked=sum(c.asked for c in self.candidates if c.fund == fund),
                granted=sum(d.amount for d in self.decisions if d.candidate.fund == fund),
            )
            for fund in funds
        )

"""Why each application got what it got, in Swedish, and what would change it.

Claims about a larger budget are never estimated: the proposal is re-solved
with the larger budget and the claim is made only if that proposal really
grants the application. The increase is found by bisection over whole
kronor, so it is the smallest one wherever more money never makes the
optimiser fund others instead, which is the usual case.
"""

from collections.abc import Callable
from dataclasses import dataclass, replace

from fou.domain.allocation.baseline import greedy
from fou.domain.allocation.model import (
    AllocationSettings,
    Candidate,
    Decision,
    GrantExactly,
    Proposal,
    Refuse,
    Status,
)
from fou.domain.allocation.problem import rank_key
from fou.domain.allocation.solver import solve
from fou.domain.money import format_kronor

_COUNT_WORDS = ("noll", "ett", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio", "tio")
_YEAR_WORDS = {2: "andra", 3: "tredje"}


@dataclass(frozen=True)
class Explanation:
    candidate_id: int
    text: str
    # For a refused or partly funded application: how much larger its fund's
    # budget must be for it to be granted in full, verified by re-solving.
    budget_increase: int | None = None


def explain(proposal: Proposal) -> dict[int, Explanation]:
    """One explanation per candidate of ``proposal``, keyed by candidate id."""
    return {d.candidate.id: _explain(proposal, d) for d in proposal.decisions}


def _explain(proposal: Proposal, decision: Decision) -> Explanation:
    c, settings = decision.candidate, proposal.settings
    if c.excluded:
        return Explanation(c.id, _excluded(c))
    if isinstance(c.lock, Refuse):
        return Explanation(c.id, f"Avslås: låst av handläggare: {c.lock.reason}")
    if isinstance(c.lock, GrantExactly):
        return Explanation(
            c.id, f"Beviljas {format_kronor(decision.amount)}: låst av handläggare: {c.lock.reason}"
        )

    sentences, increase = [], None
    if decision.status == Status.GRANTED:
        sentences += _granted(decision, settings)
        if decision.amount < decision.max_amount:
            increase = _budget_increase(proposal, c, decision.max_amount)
            sentences.append(_partial(decision, settings, increase))
    else:
        increase = _budget_increase(proposal, c, settings.min_amount(c))
        sentences += _refused(proposal, c, increase)
    sentences.append(_rank(proposal, c))
    return Explanation(c.id, " ".join(sentences), increase)


def _excluded(c: Candidate) -> str:
    reasons = []
    if not c.eligible:
        reasons.append(c.exclusion_reason or "ansökan uppfyller inte kraven i utlysningen")
    if c.warning_unresolved:
        reasons.append(
            "en varning saknar registrerat skäl; registrera skälet för att ansökan ska kunna prövas"
        )
    return f"Utesluten: {'; '.join(reason.rstrip('.') for reason in reasons)}."


def _granted(decision: Decision, settings: AllocationSettings) -> list[str]:
    c = decision.candidate
    if decision.amount == c.asked:
        return [f"Beviljas hela det sökta beloppet, {format_kronor(c.asked)}."]
    sentences = [f"Beviljas {format_kronor(decision.amount)} av sökta {format_kronor(c.asked)}."]
    own = settings.for_fund(c.fund)
    cap = own.applied_cap(c)
    cut_limit = own.continuation_limit(c)
    if cut_limit < c.asked and (cap is None or cut_limit <= cap):
        sentences.append(
            f"Sänkt med {own.continuation_cut_percent}\u00a0% eftersom projektet är inne "
            f"på sitt {_YEAR_WORDS[c.project_year]} år."
        )
    elif cap is not None and cap < c.asked:
        per = (
            f" ({format_kronor(own.cap)} per deltagande organisation)"
            if own.cap_per_organisation and c.organisations > 1
            else ""
        )
        sentences.append(f"Högst {format_kronor(cap)} får beviljas per ansökan i {c.fund}{per}.")
    return sentences


def _partial(decision: Decision, settings: AllocationSettings, increase: int | None) -> str:
    c = decision.candidate
    share = decision.amount * 100 // decision.max_amount
    sentence = (
        f"Budgeten för {c.fund} räcker till {share}\u00a0% av de "
        f"{format_kronor(decision.max_amount)} som reglerna medger"
    )
    if increase is None:
        return f"{sentence}."
    return f"{sentence}; hela beloppet hade beviljats {_if_budget(c.fund, settings, increase)}."


def _refused(proposal: Proposal, c: Candidate, increase: int | None) -> list[str]:
    settings = proposal.settings
    limit = settings.for_fund(c.fund).max_grants_per_organisation
    mates = [
        d
        for d in proposal.decisions
        if d.status == Status.GRANTED
        and (d.candidate.fund, d.candidate.organisation_key) == (c.fund, c.organisation_key)
    ]
    if limit is not None and len(mates) >= limit:
        better = all(d.candidate.points > c.points for d in mates)
        what = "projekt med högre poäng" if better else "beviljade projekt"
        sentences = [
            f"Ryms inte: {c.organisation_name} har redan {_count(len(mates))} {what} i {c.fund}, "
            f"och högst {_count(limit)} får beviljas per förvaltning."
        ]
    elif increase is not None:
        sentences = [f"Ryms inte i budgeten för {c.fund}."]
    else:
        sentences = ["Avslås: andra ansökningar ger mer enligt målet."]
    if increase is not None:
        sentences.append(f"Skulle ha beviljats {_if_budget(c.fund, settings, increase)}.")
    return sentences


def _rank(proposal: Proposal, c: Candidate) -> str:
    ranked = sorted(
        (o for o in proposal.candidates if o.fund == c.fund and not o.excluded), key=rank_key
    )
    place = f"plats {ranked.index(c) + 1} av {len(ranked)} i {c.fund}."
    if not c.scored:
        return f"Ej bedömd: ingen inlämnad bedömning, räknas med lägsta poäng; {place}"
    score = f"{c.score:.2f}".replace(".", ",")
    return f"Poäng {score}, plats {ranked.index(c) + 1} av {len(ranked)} i {c.fund}."


def _if_budget(fund: str, settings: AllocationSettings, increase: int) -> str:
    also = " och totalbudgeten lika mycket" if settings.total_budget is not None else ""
    return f"om budgeten för {fund} vore {format_kronor(increase)} större{also}"


def _count(n: int) -> str:
    return _COUNT_WORDS[n] if n < len(_COUNT_WORDS) else str(n)


def _budget_increase(proposal: Proposal, c: Candidate, target: int) -> int | None:
    """The smallest found increase of the fund's budget at which a re-solved
    proposal gives ``c`` at least ``target``; None when no increase does."""
    resolve: Callable[..., Proposal] = solve if proposal.method == "milp" else greedy
    settings = proposal.settings
    # Without a total budget the other funds cannot change the answer.
    pool = [
        other
        for other in proposal.candidates
        if settings.total_budget is not None or other.fund == c.fund
    ]

    def enough(increase: int) -> bool:
        budgets = {**settings.budgets, c.fund: settings.budgets[c.fund] + increase}
        total = None if settings.total_budget is None else settings.total_budget + increase
        larger = replace(settings, budgets=budgets, total_budget=total)
        return resolve(pool, larger).decision(c.id).amount >= target

    # More money can also let the optimiser fund others instead, so the
    # answer need not be monotone in the budget: try the plain shortfall
    # first and only search beyond it when it is not enough.
    shortfall = max(1, target - proposal.decision(c.id).amount - _unused(proposal, c.fund))
    if enough(shortfall):
        low, high = 0, shortfall
    else:
        # With this much more, every application that may be granted fits at once.
        low, high = shortfall, sum(settings.max_amount(o) for o in pool if not o.excluded)
        if not enough(high):
            return None
    while high - low > 1:
        middle = (low + high) // 2
        if enough(middle):
            high = middle
        else:
            low = middle
    return high


def _unused(proposal: Proposal, fund: str) -> int:
    totals = {t.fund: t for t in proposal.fund_totals}
    unused = totals[fund].budget - totals[fund].granted
    if proposal.settings.total_budget is not None:
        unused = min(unused, proposal.settings.total_budget - proposal.granted_total)
    return unused

"""Officer locks that cannot all hold at once, said in Swedish.

Only locks can make an allocation impossible: without them, refusing every
open application is always allowed. So the conflicts are found here, before
solving, and named one by one instead of reporting a bare "infeasible".
"""

from collections import defaultdict

from fou.domain.allocation.model import AllocationSettings, Candidate, GrantExactly
from fou.domain.i18n import _, join
from fou.domain.money import format_kronor


class InfeasibleLocksError(Exception):
    """The locks contradict the budget or the rules; no proposal can be made.

    ``conflicts`` holds one Swedish sentence per conflict; ``str(error)`` joins
    them under a heading, ready to show at the top of the page.
    """

    def __init__(self, conflicts: list[str]):
        self.conflicts = tuple(conflicts)
        lines = join("\n", (_("– {conflict}", conflict=conflict) for conflict in self.conflicts))
        super().__init__(_("Låsningarna går inte att uppfylla samtidigt:\n{lines}", lines=lines))


def check_locks(candidates: tuple[Candidate, ...], settings: AllocationSettings) -> None:
    """Raise ``InfeasibleLocksError`` naming every conflict between the locks."""
    granted = [c for c in candidates if isinstance(c.lock, GrantExactly)]
    conflicts = [message for c in granted if (message := _single_lock_conflict(c, settings))]

    by_fund = defaultdict(list)
    for c in granted:
        by_fund[c.fund].append(c)
    for fund, locked in sorted(by_fund.items()):
        conflicts += _over_budget(
            _("budgeten för {fund}", fund=fund), settings.budgets[fund], locked
        )
    if settings.total_budget is not None:
        conflicts += _over_budget(_("totalbudgeten"), settings.total_budget, granted)

    by_organisation = defaultdict(list)
    for c in granted:
        by_organisation[(c.fund, c.organisation_key)].append(c)
    for (fund, _organisation), locked in sorted(by_organisation.items()):
        limit = settings.for_fund(fund).max_grants_per_organisation
        if limit is not None and len(locked) > limit:
            conflicts.append(
                _(
                    "{organisation_name} har {count} låsta beviljanden i {fund} ({names}), men "
                    "högst {limit} får beviljas per förvaltning: lås upp {excess}.",
                    organisation_name=locked[0].organisation_name,
                    count=len(locked),
                    fund=fund,
                    names=_names(locked),
                    limit=limit,
                    excess=len(locked) - limit,
                )
            )
    if conflicts:
        raise InfeasibleLocksError(conflicts)


def _single_lock_conflict(candidate: Candidate, settings: AllocationSettings) -> str | None:
    amount = candidate.lock.amount
    who = f"«{candidate.project}» ({candidate.organisation_name})"
    subject = _("{who} är låst till {amount}", who=who, amount=format_kronor(amount))
    if not candidate.eligible:
        why = candidate.exclusion_reason or _("den uppfyller inte kraven i utlysningen")
        return _("{subject}, men ansökan är utesluten: {why}.", subject=subject, why=why)
    if candidate.warning_unresolved:
        return _("{subject}, men ansökan har en varning utan registrerat skäl.", subject=subject)
    most = settings.max_amount(candidate)
    if amount > most:
        return _(
            "{subject}, men högst {most} får beviljas: {excess} för mycket.",
            subject=subject,
            most=format_kronor(most),
            excess=format_kronor(amount - most),
        )
    return None


def _over_budget(budget_name: str, budget: int, locked: list[Candidate]) -> list[str]:
    total = sum(c.lock.amount for c in locked)
    if total <= budget:
        return []
    return [
        _(
            "De låsta beviljandena ({names}) är tillsammans {total}, {excess} mer än "
            "{budget_name} på {budget}.",
            names=_names(locked, amounts=True),
            total=format_kronor(total),
            excess=format_kronor(total - budget),
            budget_name=budget_name,
            budget=format_kronor(budget),
        )
    ]


def _names(candidates: list[Candidate], *, amounts: bool = False) -> str:
    if amounts:
        return ", ".join(f"«{c.project}» {format_kronor(c.lock.amount)}" for c in candidates)
    return ", ".join(f"«{c.project}»" for c in candidates)

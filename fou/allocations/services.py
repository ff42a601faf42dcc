"""Running the optimiser and keeping each run as a version."""

from dataclasses import dataclass

from django.conf import settings as django_settings
from django.db import IntegrityError, transaction
from django.db.models import Max
from django.utils.translation import gettext_lazy as _

from fou.accounts.permissions import require_officer
from fou.allocations.candidates import build_candidates
from fou.allocations.models import AllocationProposal
from fou.allocations.selectors import explanation_job
from fou.core.versioning import save_audited
from fou.domain.allocation import AllocationSettings, Proposal, explain, solve
from fou.domain.allocation.serialise import proposal_from_json, proposal_to_json
from fou.jobs.models import Job
from fou.jobs.services import job_enqueue

# Runs started at the same moment compete for the next version number; each
# loser takes the following one. More attempts than officers who could press
# the button at once.
NUMBERING_ATTEMPTS = 20


@dataclass(frozen=True)
class Run:
    proposal: Proposal
    # Candidate id (as text, as stored) → the Swedish explanation; empty when
    # the explanations are left to the task queue.
    explanations: dict[str, str]
    left_out: list[str]
    explained: bool = True


def allocate(
    *, year: int, settings: AllocationSettings, locks, calls=None, explain_limit=None
) -> Run:
    """The allocation steps, once: candidates from the calls, solve, explain.

    Used by the allocation page and the ``allocate`` command alike. With more
    candidates than ``explain_limit`` the explanations are not worked out here
    (the page leaves them to the task queue). Raises ``InfeasibleLocksError``
    when the locks cannot all hold.
    """
    candidates, left_out = build_candidates(year, locks, calls)
    proposal = solve(candidates, settings)
    if explain_limit is not None and len(candidates) > explain_limit:
        return Run(proposal, {}, left_out, explained=False)
    return Run(proposal, _explanations(proposal), left_out)


def _explanations(proposal) -> dict[str, str]:
    return {str(k): e.text for k, e in explain(proposal).items()}


@transaction.atomic
def proposal_create(
    *, year: int, settings, locks, user, note: str = "", calls=None
) -> AllocationProposal:
    """Solve and store a new version. InfeasibleLocksError leaves nothing stored.

    A very large run (more candidates than ALLOCATION_EXPLAIN_JOB_THRESHOLD)
    is stored at once and its explanations are worked out on the task queue."""
    require_officer(user, "ta fram förslag till fördelning")
    run = allocate(
        year=year,
        settings=settings,
        locks=locks,
        calls=calls,
        explain_limit=django_settings.ALLOCATION_EXPLAIN_JOB_THRESHOLD,
    )
    stored = _store_numbered(year, user, note, run.proposal, run.explanations)
    if not run.explained:
        job_enqueue(
            kind=Job.Kind.ALLOCATION_EXPLAIN,
            label=f"Motiveringar till förslag {year} version {stored.number}",
            payload={"proposal": stored.pk},
            user=user,
        )
    return stored


@transaction.atomic
def proposal_explain(*, proposal_id: int) -> AllocationProposal:
    """The explanations of a stored version (the queue's job for large calls)."""
    stored = AllocationProposal.objects.select_for_update().get(pk=proposal_id)
    stored.explanations = _explanations(proposal_from_json(stored.data))
    # Not an edit by anyone: the history (which leaves explanations out) is untouched.
    AllocationProposal.objects.filter(pk=stored.pk).update(explanations=stored.explanations)
    return stored


def _store_numbered(year, user, note, proposal, explanations) -> AllocationProposal:
    for _attempt in range(NUMBERING_ATTEMPTS):
        try:
            # A savepoint: a number taken meanwhile by another run undoes only
            # this insert, and the next attempt reads the new highest number.
            with transaction.atomic():
                return _store(year, user, note, proposal, explanations)
        except IntegrityError:
            continue
    raise RuntimeError(
        _("Kunde inte ge förslaget för {year} ett versionsnummer.").format(year=year)
    )


def _store(year, user, note, proposal, explanations) -> AllocationProposal:
    last = AllocationProposal.objects.filter(year=year).aggregate(n=Max("number"))["n"] or 0
    stored = AllocationProposal(
        year=year,
        number=last + 1,
        created_by=user,
        note=note,
        data=proposal_to_json(proposal),
        explanations=explanations,
    )
    save_audited(instance=stored, user=user, reason=note or "Nytt förslag till fördelning")
    return stored


@transaction.atomic
def proposal_choose(*, proposal: AllocationProposal, user) -> AllocationProposal:
    """This version becomes the proposal in the decision document."""
    require_officer(user, "välja förslag till beslut")
    job = explanation_job(proposal=proposal)
    if job is not None and job.status != job.Status.DONE:
        raise ValueError(
            _(
                "Motiveringarna till version {number} är inte klara ({status}); välj "
                "versionen när de är det."
            ).format(number=proposal.number, status=job.get_status_display().lower())
        )
    # After the committee has decided, the chosen version is what it decided on.
    if AllocationProposal.objects.filter(year=proposal.year, decisions__isnull=False).exists():
        raise ValueError(
            _("Nämnden har redan beslutat om {year}; ett annat förslag kan inte väljas.").format(
                year=proposal.year
            )
        )
    for earlier in AllocationProposal.objects.filter(year=proposal.year, is_chosen=True):
        earlier.is_chosen = False
        save_audited(instance=earlier, user=user, reason=f"Ersatt av version {proposal.number}")
    proposal.is_chosen = True
    save_audited(instance=proposal, user=user, reason="Vald som förslag till beslut")
    return proposal

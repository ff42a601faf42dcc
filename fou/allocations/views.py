from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from fou.accounts.permissions import officer_required
from fou.allocations.candidates import build_candidates, default_settings, recorded_locks
from fou.allocations.forms import ProposalForm, initial_from
from fou.allocations.models import AllocationProposal
from fou.allocations.selectors import explanation_job, proposal_tables, proposal_versions
from fou.allocations.services import proposal_choose, proposal_create
from fou.applications.models import Application
from fou.core.params import whole_number
from fou.domain.allocation import InfeasibleLocksError, compare
from fou.domain.allocation.serialise import proposal_from_json


@officer_required
def year_index(request):
    years = (
        Application.objects.exclude(status__in=["draft", "withdrawn"])
        .values_list("call__year", flat=True)
        .distinct()
        .order_by("-call__year")
    )
    return render(request, "allocations/index.html", {"years": years})


def _form(request, year, base: AllocationProposal | None):
    if base is not None:
        stored = proposal_from_json(base.data)
        settings, locks = stored.settings, {c.id: c.lock for c in stored.candidates if c.lock}
    else:
        settings, locks = default_settings(year), recorded_locks(year)
    candidates, left_out = build_candidates(year, locks)
    form = ProposalForm(
        request.POST or None,
        initial=initial_from(settings, candidates),
        funds=sorted({c.fund for c in candidates} | set(settings.budgets)),
        candidates=candidates,
        caps=dict(settings.cap_per_application),
    )
    return form, left_out


def _page(request, year, base, form, left_out, status=200, infeasible=None):
    context = {
        "year": year,
        "form": form,
        "left_out": left_out,
        "proposal": base,
        "explanation_job": explanation_job(proposal=base) if base else None,
        "tables": proposal_tables(base) if base else [],
        "versions": proposal_versions(year=year),
        "infeasible": infeasible,
    }
    return render(request, "allocations/year.html", context, status=status)


@officer_required
def year_page(request, year, number=None):
    base = None
    if number is not None:
        base = get_object_or_404(AllocationProposal, year=year, number=number)
    elif request.method == "GET":
        base = proposal_versions(year=year).first()
    form, left_out = _form(request, year, base)
    if request.method != "POST":
        return _page(request, year, base, form, left_out)
    if not form.is_valid():
        return _page(request, year, base, form, left_out, status=400)
    try:
        created = proposal_create(
            year=year,
            settings=form.settings(),
            locks=form.locks(),
            user=request.user,
            note=form.cleaned_data["note"],
        )
    except InfeasibleLocksError as error:
        return _page(request, year, base, form, left_out, status=409, infeasible=error)
    except ValueError as error:
        messages.error(request, str(error))
        return _page(request, year, base, form, left_out, status=400)
    messages.success(request, f"Version {created.number} är beräknad och sparad.")
    return redirect("allocations:version", year=year, number=created.number)


@officer_required
@require_POST
def choose(request, year, number):
    proposal = get_object_or_404(AllocationProposal, year=year, number=number)
    try:
        proposal_choose(proposal=proposal, user=request.user)
    except ValueError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, f"Version {number} är vald som förslag till beslut.")
    return redirect("allocations:version", year=year, number=number)


@officer_required
def compare_versions(request, year):
    versions = proposal_versions(year=year)
    numbers = [whole_number(request.GET.get(name)) for name in ("a", "b")]
    if None in numbers:
        messages.error(request, "Välj två versioner att jämföra.")
        return redirect("allocations:year", year=year)
    before = get_object_or_404(versions, number=numbers[0])
    after = get_object_or_404(versions, number=numbers[1])
    comparison = compare(proposal_from_json(before.data), proposal_from_json(after.data))
    context = {
        "year": year,
        "before": before,
        "after": after,
        "comparison": comparison,
        "versions": versions,
    }
    return render(request, "allocations/compare.html", context)

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST

from fou.accounts.permissions import officer_required
from fou.allocations.candidates import (
    build_candidates,
    default_settings,
    recorded_locks,
    year_calls,
)
from fou.allocations.forms import ProposalForm, initial_from
from fou.allocations.models import AllocationProposal
from fou.allocations.selectors import explanation_job, proposal_tables, proposal_versions
from fou.allocations.services import proposal_choose, proposal_create
from fou.applications.models import Application
from fou.calls.mapping import call_errors
from fou.core.i18n import translated
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


def _chosen_calls(request, year, version: AllocationProposal | None) -> list:
    """The calls of this run: those ticked (?utlysning=…), else those of the
    version asked for, else every call of the year."""
    ids = [n for n in map(whole_number, request.GET.getlist("utlysning")) if n is not None]
    calls = list(year_calls(year, ids or None))
    if not ids and version is not None:
        base = version
        funds = _funds(proposal_from_json(base.data).settings)
        calls = [c for c in calls if c.fund.code in funds] or calls
    return calls


def _funds(settings) -> set[str]:
    """The funds a run covers: those with own settings, or (versions stored
    before settings were per call) those with a budget; a budget may be unknown."""
    return set(settings.per_fund) or set(settings.budgets)


def _form(request, year, base: AllocationProposal | None, calls):
    from_calls = default_settings(year, calls)
    fund_settings = {fund: from_calls.for_fund(fund) for fund in _funds(from_calls)}
    if base is not None:
        stored = proposal_from_json(base.data)
        settings, locks = stored.settings, {c.id: c.lock for c in stored.candidates if c.lock}
        chosen = set(fund_settings)
        fund_settings |= {f: settings.for_fund(f) for f in _funds(settings) if f in chosen}
    else:
        settings, locks = from_calls, recorded_locks(year)
    candidates, left_out = build_candidates(year, locks, calls)
    form = ProposalForm(
        request.POST or None,
        initial=initial_from(settings, candidates, fund_settings),
        funds=sorted({c.fund for c in candidates} | set(fund_settings)),
        candidates=candidates,
        fund_settings=fund_settings,
        fund_names={call.fund.code: call.fund.name for call in calls},
    )
    return form, left_out


def _page(request, year, base, form, left_out, status=200, infeasible=None, calls=()):
    chosen = {c.pk for c in calls}
    context = {
        "year": year,
        "form": form,
        "left_out": left_out,
        "year_calls": [(c, c.pk in chosen) for c in year_calls(year)],
        "unscored": [c for c in form.candidates if not c.scored],
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
    elif request.method == "GET" and not request.GET.getlist("utlysning"):
        base = proposal_versions(year=year).first()
    calls = _chosen_calls(request, year, base if number is not None else None)
    problems = [(c, errors) for c in calls if (errors := call_errors(c))]
    if problems:
        # Data stored past the checks (e.g. straight in the database) is
        # named with a way to correct it, never a server error.
        context = {"year": year, "problems": problems}
        return render(request, "allocations/call_problems.html", context, status=409)
    form, left_out = _form(request, year, base, calls)
    page = {"calls": calls}
    if request.method != "POST":
        return _page(request, year, base, form, left_out, **page)
    if not form.is_valid():
        return _page(request, year, base, form, left_out, status=400, **page)
    try:
        created = proposal_create(
            year=year,
            settings=form.settings(),
            locks=form.locks(),
            user=request.user,
            note=form.cleaned_data["note"],
            calls=calls,
        )
    except InfeasibleLocksError as error:
        return _page(request, year, base, form, left_out, status=409, infeasible=error, **page)
    except ValueError as error:
        messages.error(request, translated(error))
        return _page(request, year, base, form, left_out, status=400, **page)
    messages.success(
        request, _("Version {number} är beräknad och sparad.").format(number=created.number)
    )
    return redirect("allocations:version", year=year, number=created.number)


@officer_required
@require_POST
def choose(request, year, number):
    proposal = get_object_or_404(AllocationProposal, year=year, number=number)
    try:
        proposal_choose(proposal=proposal, user=request.user)
    except ValueError as error:
        messages.error(request, translated(error))
    else:
        messages.success(
            request, _("Version {number} är vald som förslag till beslut.").format(number=number)
        )
    return redirect("allocations:version", year=year, number=number)


@officer_required
def compare_versions(request, year):
    versions = proposal_versions(year=year)
    numbers = [whole_number(request.GET.get(name)) for name in ("a", "b")]
    if None in numbers:
        messages.error(request, _("Välj två versioner att jämföra."))
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

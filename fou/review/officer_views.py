"""The grants office's review pages for one call: assignments, criteria,
the jäv list for the minutes and the ranked list."""

from dataclasses import dataclass

from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST

from fou.accounts.permissions import officer_required
from fou.applications.models import Application
from fou.calls.models import Call
from fou.core.versioning import version_from
from fou.review import services
from fou.review.conflicts import conflict_list, conflict_pairs
from fou.review.export import conflicts_workbook
from fou.review.forms import AssignForm, AutoAssignForm, CriterionFormSet, ReasonForm
from fou.review.models import Assignment, Criterion, ReviewSubmission, Score
from fou.review.selectors import (
    applications_in_review,
    calls_for_review,
    council_members,
    criteria_for,
    criteria_version,
)


@officer_required
def call_list(request):
    return render(request, "review/call_list.html", {"calls": calls_for_review()})


@dataclass
class OverviewRow:
    application: Application
    assignments: list
    form: AssignForm


def _overview_rows(call, bound: AssignForm | None = None) -> list[OverviewRow]:
    applications = list(applications_in_review(call=call))
    conflicts = conflict_pairs(call=call)
    assignments = Assignment.objects.filter(application__in=applications).select_related("reviewer")
    handed_in = set(
        ReviewSubmission.objects.filter(application__in=applications).values_list(
            "application_id", "reviewer_id"
        )
    )
    started = set(
        Score.objects.filter(application__in=applications).values_list(
            "application_id", "reviewer_id"
        )
    )
    by_application: dict[int, list] = {a.pk: [] for a in applications}
    for assignment in assignments:
        key = (assignment.application_id, assignment.reviewer_id)
        assignment.progress = (
            _("Lämnad")
            if key in handed_in
            else _("Påbörjad")
            if key in started
            else _("Ej påbörjad")
        )
        by_application[assignment.application_id].append(assignment)
    members = council_members()
    rows = []
    for application in applications:
        taken = {a.reviewer_id for a in by_application[application.pk]}
        taken |= {user for app, user in conflicts if app == application.pk}
        if bound is not None and bound.application.pk == application.pk:
            form = bound
        else:
            form = AssignForm(reviewers=members.exclude(pk__in=taken), application=application)
        rows.append(OverviewRow(application, by_application[application.pk], form))
    return rows


def _render_overview(request, call, *, bound=None, auto_form=None, status=200):
    context = {
        "call": call,
        "rows": _overview_rows(call, bound),
        "auto_form": auto_form or AutoAssignForm(),
        "criteria": criteria_for(call=call),
        "members": council_members(),
        "bound": bound,
    }
    return render(request, "review/overview.html", context, status=status)


@officer_required
def overview(request, call_pk):
    call = get_object_or_404(Call.objects.select_related("fund"), pk=call_pk)
    return _render_overview(request, call)


@officer_required
@require_POST
def assign(request, call_pk, application_pk):
    call = get_object_or_404(Call, pk=call_pk)
    application = get_object_or_404(applications_in_review(call=call), pk=application_pk)
    taken = {user for app, user in conflict_pairs(call=call) if app == application.pk}
    taken |= set(application.assignments.values_list("reviewer_id", flat=True))
    form = AssignForm(
        request.POST,
        reviewers=council_members().exclude(pk__in=taken),
        application=application,
    )
    if not form.is_valid():
        return _render_overview(request, call, bound=form, status=400)
    reviewer = form.cleaned_data["reviewer"]
    try:
        services.assignment_create(application=application, reviewer=reviewer, user=request.user)
    except services.ReviewError as error:
        form.add_error("reviewer", error.message)
        return _render_overview(request, call, bound=form, status=400)
    messages.success(
        request,
        _("{display_name} bedömer nu ”{title}”.").format(
            display_name=reviewer.display_name, title=application.title
        ),
    )
    return redirect("review:overview", call_pk=call.pk)


@officer_required
@require_POST
def unassign(request, call_pk, assignment_pk):
    assignment = get_object_or_404(
        Assignment.objects.select_related("reviewer", "application"),
        pk=assignment_pk,
        application__call_id=call_pk,
    )
    services.assignment_remove(assignment=assignment, user=request.user)
    messages.success(
        request,
        _("{display_name} bedömer inte längre ”{title}”.").format(
            display_name=assignment.reviewer.display_name, title=assignment.application.title
        ),
    )
    return redirect("review:overview", call_pk=call_pk)


@officer_required
@require_POST
def assign_automatically(request, call_pk):
    call = get_object_or_404(Call.objects.select_related("fund"), pk=call_pk)
    form = AutoAssignForm(request.POST)
    if not form.is_valid():
        return _render_overview(request, call, auto_form=form, status=400)
    result = services.assign_automatically(
        call=call, user=request.user, per_application=form.cleaned_data["per_application"]
    )
    messages.success(
        request, _("{count} nya tilldelningar har gjorts.").format(count=result.created)
    )
    wanted = form.cleaned_data["per_application"]
    javig: dict[int, list[str]] = {}
    for row in conflict_list(call=call):
        javig.setdefault(row.application.pk, []).append(row.reviewer.display_name)
    for application, missing in result.short.items():
        # Not an error: nothing went wrong, the council is too small for this one.
        names = ", ".join(sorted(javig.get(application.pk, []))) or "–"
        messages.info(
            request,
            _(
                "”{title}” har {assigned} av {wanted} bedömare, eftersom övriga ledamöter är "
                "jäviga ({names}) och alla utan jäv redan är tilldelade. Ansökan kan bedömas "
                "av färre; vill du ha fler, be en administratör lägga till en ledamot i "
                "FoU-rådet och tilldela hen i tabellen nedan."
            ).format(
                title=application.title, assigned=wanted - missing, wanted=wanted, names=names
            ),
        )
    return redirect("review:overview", call_pk=call.pk)


@officer_required
def criteria_edit(request, call_pk):
    call = get_object_or_404(Call.objects.select_related("fund"), pk=call_pk)
    queryset = Criterion.objects.filter(call=call)
    formset = CriterionFormSet(request.POST or None, queryset=queryset, prefix="k")
    reason_form = ReasonForm(request.POST or None)
    error = changed = None
    version = criteria_version(call=call)
    if request.method == "POST":
        # Checked before the forms: a stale page must hear that the criteria
        # changed, even if a criterion it lists has been removed since.
        try:
            services.criteria_check_version(
                call=call, user=request.user, expected_version=version_from(request.POST)
            )
        except services.CriteriaChanged as conflict:
            changed = conflict
    if request.method == "POST" and not changed and formset.is_valid() and reason_form.is_valid():
        try:
            services.criteria_update(
                call=call,
                formset=formset,
                user=request.user,
                reason=reason_form.cleaned_data["reason"],
                expected_version=version,
            )
        except services.CriteriaChanged as conflict:
            changed = conflict
        except services.ReviewError as refused:
            error = refused.message
        else:
            messages.success(request, _("Kriterierna för {call} är sparade.").format(call=call))
            return redirect("review:overview", call_pk=call.pk)
    context = {
        "call": call,
        "formset": formset,
        "reason_form": reason_form,
        "error": error,
        "changed": changed,
        # After a refusal the page carries the version now saved: saving
        # again is a deliberate choice to replace it with what is typed.
        "version": version,
        "history": Criterion.history.filter(call_id=call.pk).select_related("history_user")[:20],
    }
    status = 409 if changed else 400 if request.method == "POST" else 200
    return render(request, "review/criteria_edit.html", context, status=status)


@officer_required
def conflicts(request, call_pk):
    call = get_object_or_404(Call.objects.select_related("fund"), pk=call_pk)
    return render(
        request, "review/conflicts.html", {"call": call, "conflicts": conflict_list(call=call)}
    )


@officer_required
def conflicts_export(request, call_pk):
    call = get_object_or_404(Call.objects.select_related("fund"), pk=call_pk)
    response = HttpResponse(
        conflicts_workbook(conflict_list(call=call)),
        content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )
    response["Content-Disposition"] = (
        f'attachment; filename="jav-{call.fund.code}-{call.year}.xlsx"'
    )
    return response

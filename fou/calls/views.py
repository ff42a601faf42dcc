from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST

from fou.accounts.permissions import officer_required
from fou.applications import services as application_services
from fou.applications.models import WorkshopAttendance
from fou.applications.selectors import (
    workshop_attendance_history,
    workshop_attendances,
    workshop_notice,
)
from fou.calls.forms import CallRulesForm, WorkshopAttendanceForm
from fou.calls.models import Call
from fou.calls.selectors import call_is_open, call_list
from fou.calls.services import call_rules_update
from fou.core.audit import audit_entries_for
from fou.core.versioning import EditConflict
from fou.organisations.selectors import organisations_existing_on


def call_index(request):
    return render(request, "calls/list.html", {"calls": call_list()})


def call_detail(request, pk):
    call = get_object_or_404(call_list(), pk=pk)
    context = {
        "call": call,
        "is_open": call_is_open(call),
        "workshop": workshop_notice(call=call, user=request.user),
    }
    return render(request, "calls/detail.html", context)


@officer_required
def call_rules_edit(request, pk):
    call = get_object_or_404(Call.objects.select_related("fund"), pk=pk)
    conflict = None
    form = CallRulesForm(request.POST or None, instance=call)
    if request.method == "POST" and form.is_valid():
        try:
            call_rules_update(
                form=form,
                user=request.user,
                expected_version=form.cleaned_data["version"],
                reason=form.cleaned_data["reason"],
            )
        except EditConflict as error:
            conflict = error
        else:
            messages.success(request, _("Reglerna för {call} är sparade.").format(call=call))
            return redirect("calls:detail", pk=call.pk)
    context = {
        "call": call,
        "form": form,
        "conflict": conflict,
        "current": conflict.current if conflict else None,
        "audit": audit_entries_for(call, limit=20),
    }
    return render(request, "calls/rules_edit.html", context, status=409 if conflict else 200)


@officer_required
def workshop_attendance(request, pk):
    """Which organisations attended the call's mandatory workshop: recorded,
    corrected and removed here by the grants office, each change audited."""
    call = get_object_or_404(Call.objects.select_related("fund"), pk=pk)
    day = timezone.localdate(call.opens_at) if call.opens_at else timezone.localdate()
    form = WorkshopAttendanceForm(
        request.POST or None, organisations=organisations_existing_on(day=day)
    )
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        attendance, created = application_services.workshop_attendance_record(
            call=call,
            organisation=data["organisation"],
            attended_on=data["attended_on"],
            note=data["note"],
            user=request.user,
        )
        name = attendance.organisation.current_name
        if created:
            messages.success(
                request, _("{name} är registrerad som deltagare i workshoppen.").format(name=name)
            )
        else:
            messages.success(request, _("Deltagandet för {name} är ändrat.").format(name=name))
        return redirect("calls:workshop", pk=call.pk)
    context = {
        "call": call,
        "form": form,
        "attendances": workshop_attendances(call=call),
        "history": workshop_attendance_history(call=call),
    }
    status = 400 if request.method == "POST" else 200
    return render(request, "calls/workshop.html", context, status=status)


@officer_required
@require_POST
def workshop_attendance_remove(request, pk, attendance_pk):
    attendance = get_object_or_404(
        WorkshopAttendance.objects.select_related("organisation", "call"),
        pk=attendance_pk,
        call_id=pk,
    )
    application_services.workshop_attendance_remove(attendance=attendance, user=request.user)
    messages.success(
        request,
        _("{current_name} är borttagen ur listan över deltagare.").format(
            current_name=attendance.organisation.current_name
        ),
    )
    return redirect("calls:workshop", pk=pk)

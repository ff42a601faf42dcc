"""The grants office's record of which organisations attended a call's
mandatory workshop: recorded, corrected and removed on a page per call, each
change audited. Served under the call's address (fou/urls.py), kept here
beside the attendance it records and the eligibility rule that reads it."""

from django import forms
from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST

from fou.accounts.permissions import officer_required
from fou.applications import services as application_services
from fou.applications.forms import BoundedModelChoiceField
from fou.applications.models import WORKSHOP_NOTE_MAX, WorkshopAttendance
from fou.applications.selectors import workshop_attendance_history, workshop_attendances
from fou.calls.models import Call
from fou.core.text_limits import TextLimitsMixin
from fou.organisations.selectors import organisations_existing_on


class WorkshopAttendanceForm(TextLimitsMixin, forms.Form):
    """An organisation attended the call's mandatory workshop."""

    organisation = BoundedModelChoiceField(
        label=_("Organisation"),
        queryset=None,
        empty_label=_("Välj organisation"),
        error_messages={
            "required": _("Välj vilken organisation som deltog."),
            "invalid_choice": _("Välj en organisation i listan."),
        },
    )
    attended_on = forms.DateField(
        label=_("Datum"),
        required=False,
        help_text=_(
            "Dagen för workshoppen, till exempel 2026-09-15. Lämna tomt om datumet är okänt."
        ),
        input_formats=["%Y-%m-%d"],
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        error_messages={"invalid": _("Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2026-09-15.")},
    )
    note = forms.CharField(
        label=_("Anteckning"),
        required=False,
        max_length=WORKSHOP_NOTE_MAX,
        help_text=_("Till exempel vilka som deltog eller att deltagandet gällde ett tidigare år."),
    )

    def __init__(self, *args, organisations, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organisation"].queryset = organisations
        self.fields["organisation"].label_from_instance = lambda o: o.current_name


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
        return redirect("workshop:attendance", pk=call.pk)
    context = {
        "call": call,
        "form": form,
        "attendances": workshop_attendances(call=call),
        "history": workshop_attendance_history(call=call),
    }
    status = 400 if request.method == "POST" else 200
    return render(request, "applications/workshop.html", context, status=status)


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
    return redirect("workshop:attendance", pk=pk)

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect, render

from fou.accounts.permissions import officer_required, refuse
from fou.applications.forms import ApplicationForm
from fou.applications.selectors import (
    application_for,
    applications_visible_to,
    granted_projects_by_year,
    user_may_edit,
)
from fou.applications.services import application_create, application_update
from fou.calls.models import Call
from fou.calls.selectors import call_is_open
from fou.core.audit import audit_entries_for
from fou.core.versioning import EditConflict


@login_required
def detail(request, pk):
    application = application_for(user=request.user, pk=pk)
    context = {
        "application": application,
        "may_edit": user_may_edit(user=request.user, application=application),
        "audit": audit_entries_for(application) if request.user.is_officer else None,
    }
    return render(request, "applications/detail.html", context)


@login_required
def start(request, call_pk):
    call = get_object_or_404(Call, pk=call_pk)
    if not request.user.is_applicant:
        refuse(request.user, "starta ansökan")
    organisations = list(request.user.organisations.all())
    if request.method == "POST":
        chosen = next(
            (o for o in organisations if str(o.pk) == request.POST.get("organisation")), None
        )
        if chosen is None:
            messages.error(request, "Välj vilken organisation ansökan gäller.")
        elif not call_is_open(call):
            messages.error(request, "Utlysningen är stängd; en ny ansökan kan inte startas.")
        else:
            application = application_create(call=call, organisation=chosen, user=request.user)
            return redirect("applications:edit", pk=application.pk)
    return render(
        request, "applications/start.html", {"call": call, "organisations": organisations}
    )


@login_required
def edit(request, pk):
    application = application_for(user=request.user, pk=pk)
    if not user_may_edit(user=request.user, application=application):
        refuse(request.user, f"ändra ansökan {pk}")
    form = ApplicationForm(request.POST or None, instance=application)
    conflict = None
    if request.method == "POST" and form.is_valid():
        try:
            application_update(
                form=form,
                user=request.user,
                expected_version=form.cleaned_data["version"],
                reason=request.POST.get("reason", ""),
            )
        except EditConflict as error:
            conflict = error
        else:
            messages.success(request, "Utkastet är sparat.")
            return redirect("applications:edit", pk=pk)
    context = {"application": application, "form": form, "conflict": conflict}
    return render(request, "applications/edit.html", context, status=409 if conflict else 200)


@officer_required
def officer_list(request):
    applications = applications_visible_to(user=request.user).order_by("-call__year", "pk")
    page = Paginator(applications, 50).get_page(request.GET.get("sida"))
    return render(request, "applications/officer_list.html", {"page": page})


def archive(request):
    return render(request, "applications/archive.html", {"years": granted_projects_by_year()})

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext_lazy as _

from fou.accounts.permissions import officer_required
from fou.calls.forms import CallRulesForm
from fou.calls.mapping import call_rules
from fou.calls.models import Call
from fou.calls.selectors import call_is_open, call_list
from fou.calls.services import call_rules_update
from fou.core.audit import audit_entries_for
from fou.core.versioning import EditConflict


def call_index(request):
    return render(request, "calls/list.html", {"calls": call_list()})


def call_detail(request, pk):
    call = get_object_or_404(call_list(), pk=pk)
    context = {
        "call": call,
        "is_open": call_is_open(call),
        "required_attachments": call_rules(call).required_attachments,
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

"""The grants officer's follow-up: overview per call, decisions, export."""

from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST

from fou.accounts.permissions import officer_required
from fou.calls.models import Call
from fou.core.i18n import translated
from fou.core.versioning import EditConflict
from fou.domain.followup.repayments import NEXT_BY_OFFICE, RepaymentRefused
from fou.domain.followup.reports import ReportRefused
from fou.followup import export, selectors, services
from fou.followup.forms import (
    DecisionForm,
    OverviewFilterForm,
    RepaymentOfficeForm,
    RepurposingDecisionForm,
)
from fou.followup.models import Repayment, Report, Repurposing
from fou.followup.views import grant_context

OFFICE_ACTIONS = {action.value for action in NEXT_BY_OFFICE}


def _rows(request, call):
    filters = OverviewFilterForm(request.GET or None)
    chosen = filters.cleaned_data if filters.is_valid() else {}
    rows = selectors.call_rows(call=call, today=selectors.stockholm_today(), **chosen)
    return filters, rows


@officer_required
def call_overview(request, call_pk):
    call = get_object_or_404(Call.objects.select_related("fund"), pk=call_pk)
    filters, rows = _rows(request, call)
    context = {"call": call, "filters": filters, "rows": rows, "query": request.GET.urlencode()}
    return render(request, "followup/overview.html", context)


@officer_required
def call_export(request, call_pk):
    call = get_object_or_404(Call.objects.select_related("fund"), pk=call_pk)
    _filters, rows = _rows(request, call)
    response = HttpResponse(
        export.overview_workbook(call=call, rows=rows),
        content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )
    name = f"uppfoljning-{call.fund.code}-{call.year}.xlsx".lower()
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


@officer_required
@require_POST
def report_decide(request, report_pk):
    report = get_object_or_404(Report, pk=report_pk)
    form = DecisionForm(request.POST)
    status = 400
    if form.is_valid():
        approve = "approve" in request.POST
        try:
            services.report_decide(
                report=report,
                user=request.user,
                approve=approve,
                comment=form.cleaned_data["comment"],
                expected_version=form.cleaned_data["version"],
            )
        except EditConflict as conflict:
            status = 409
            form.add_error(
                None,
                _(
                    "{changed_by} har ändrat rapporten sedan du öppnade sidan. Inget är "
                    "sparat. Läs den nya versionen nedan och bestäm igen."
                ).format(changed_by=conflict.changed_by),
            )
        except ReportRefused as error:
            form.add_error("comment" if not approve else None, translated(error))
        else:
            done = (
                _("Rapporten är godkänd.")
                if approve
                else _("Rapporten är returnerad till projektägaren.")
            )
            messages.success(request, done)
            return redirect("followup:grant", pk=report.grant_id)
    grant = selectors.grant_for(user=request.user, pk=report.grant_id)
    context = grant_context(request, grant, decision_form=form)
    # The stale version stays in the form, so a second click is refused too.
    return render(request, "followup/grant.html", context, status=status)


@officer_required
@require_POST
def report_publish(request, report_pk):
    report = get_object_or_404(Report, pk=report_pk)
    publishable = request.POST.get("publishable") == "1"
    try:
        services.report_set_publishable(report=report, user=request.user, publishable=publishable)
    except ReportRefused as error:
        messages.error(request, translated(error))
    else:
        messages.success(
            request,
            _("Slutrapporten är markerad för kunskapsbanken.")
            if publishable
            else _("Slutrapporten publiceras inte i kunskapsbanken."),
        )
    return redirect("followup:grant", pk=report.grant_id)


@officer_required
@require_POST
def repayment_advance(request, repayment_pk):
    repayment = get_object_or_404(Repayment, pk=repayment_pk)
    form = RepaymentOfficeForm(request.POST)
    note = form.cleaned_data["note"] if form.is_valid() else ""
    action = request.POST.get("action", "")
    if action not in OFFICE_ACTIONS:
        messages.error(request, _("Välj fakturerad, återbetald eller skriv av."))
        return redirect("followup:grant", pk=repayment.grant_id)
    try:
        services.repayment_advance(repayment=repayment, user=request.user, action=action, note=note)
    except RepaymentRefused as error:
        messages.error(request, translated(error))
    else:
        messages.success(request, _("Återbetalningen är uppdaterad."))
    return redirect("followup:grant", pk=repayment.grant_id)


@officer_required
@require_POST
def repurposing_decide(request, repurposing_pk):
    repurposing = get_object_or_404(Repurposing, pk=repurposing_pk)
    form = RepurposingDecisionForm(request.POST)
    form.is_valid()
    try:
        services.repurposing_decide(
            request=repurposing,
            user=request.user,
            approve="approve" in request.POST,
            comment=form.cleaned_data.get("comment", ""),
        )
    except services.RepurposingRefused as error:
        form.add_error("comment", translated(error))
        grant = selectors.grant_for(user=request.user, pk=repurposing.grant_id)
        context = grant_context(request, grant, repurposing_decision_form=form)
        return render(request, "followup/grant.html", context, status=400)
    messages.success(request, _("Beslutet om omdisponering är registrerat."))
    return redirect("followup:grant", pk=repurposing.grant_id)

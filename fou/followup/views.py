"""The project owner's follow-up pages (and the grant page officers share)."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST

from fou.accounts.permissions import refuse
from fou.core.i18n import translated
from fou.core.params import whole_number
from fou.core.versioning import EditConflict
from fou.domain.files import FileRefused
from fou.domain.followup.repayments import DECLARABLE, RepaymentRefused
from fou.domain.followup.reports import ReportRefused
from fou.domain.followup.spending import SpendingRefused
from fou.followup import selectors, services
from fou.followup.forms import (
    DecisionForm,
    RepaymentForm,
    RepaymentOfficeForm,
    ReportForm,
    RepurposingDecisionForm,
    RepurposingForm,
)
from fou.followup.models import Report


@login_required
def index(request):
    if request.user.is_officer:
        calls = selectors.calls_in_followup()
        return render(request, "followup/calls.html", {"calls": calls})
    if not request.user.is_applicant:
        refuse(request.user, "uppföljning")
    rows = selectors.owner_rows(user=request.user, today=selectors.stockholm_today())
    return render(request, "followup/mine.html", {"rows": rows})


def grant_context(request, grant, **forms) -> dict:
    row = selectors.follow_up_row(grant, selectors.stockholm_today())
    report = row.report
    context = {
        "row": row,
        "grant": grant,
        "is_owner": selectors.user_owns_grant(user=request.user, grant=grant),
        "versions": selectors.report_versions(report=report) if report else [],
        "repurposings": grant.repurposings.select_related("requested_by", "decided_by"),
        "repayment_form": RepaymentForm(),
        "repurposing_form": RepurposingForm(),
        "decision_form": DecisionForm(initial={"version": report.version if report else 0}),
        "office_form": RepaymentOfficeForm(),
        "repurposing_decision_form": RepurposingDecisionForm(),
        "may_declare": selectors.user_owns_grant(user=request.user, grant=grant)
        and row.repayment_state in DECLARABLE,
    }
    context.update(forms)
    return context


def _owned_grant(request, pk, action: str):
    """Only the grant's own organisation writes its follow-up; officers decide."""
    grant = selectors.grant_for(user=request.user, pk=pk)
    if not selectors.user_owns_grant(user=request.user, grant=grant):
        refuse(request.user, f"{action} för beslut {pk}")
    return grant


@login_required
def grant_detail(request, pk):
    grant = selectors.grant_for(user=request.user, pk=pk)
    return render(request, "followup/grant.html", grant_context(request, grant))


@login_required
def report_edit(request, pk):
    grant = _owned_grant(request, pk, "skriva rapport")
    report = Report.objects.filter(grant=grant).first()
    questions = selectors.questions_for(grant=grant)
    form = ReportForm(
        request.POST or None, request.FILES or None, questions=questions, report=report
    )
    conflict = None
    if request.method == "POST" and form.is_valid():
        try:
            services.report_save(
                grant=grant,
                user=request.user,
                answers=form.answers(),
                spent=form.cleaned_data["spent"],
                upload=form.upload(),
                submit="submit" in request.POST,
                expected_version=whole_number(request.POST.get("version")) or None,
            )
        except SpendingRefused as error:
            form.add_error("spent", translated(error))
        except FileRefused as error:
            form.add_error(form.file_field(), translated(error))
        except services.ReportIncomplete as incomplete:
            for field, message in incomplete.missing.items():
                form.add_error(field, message)
        except ReportRefused as error:
            form.add_error(None, translated(error))
        except EditConflict as error:
            conflict = error
        else:
            done = (
                _("Rapporten är inskickad.")
                if "submit" in request.POST
                else _("Utkastet är sparat.")
            )
            messages.success(request, done)
            return redirect("followup:grant", pk=pk)
    row = selectors.follow_up_row(grant, selectors.stockholm_today())
    context = {"grant": grant, "row": row, "form": form, "report": report, "conflict": conflict}
    return render(
        request,
        "followup/report_edit.html",
        context,
        status=400 if form.errors or conflict else 200,
    )


@login_required
def report_file(request, pk):
    grant = selectors.grant_for(user=request.user, pk=pk)
    report = getattr(grant, "report", None)
    if report is None or not report.attachment:
        raise Http404(_("Filen saknas."))
    return FileResponse(
        report.attachment.open("rb"), as_attachment=True, filename=report.attachment_name
    )


@login_required
@require_POST
def repayment_declare(request, pk):
    grant = _owned_grant(request, pk, _("anmäla outnyttjade medel"))
    form = RepaymentForm(request.POST)
    if form.is_valid():
        try:
            repayment = services.repayment_declare(
                grant=grant,
                user=request.user,
                amount=form.cleaned_data["amount"],
                today=selectors.stockholm_today(),
            )
        except RepaymentRefused as error:
            form.add_error("amount", translated(error))
        else:
            late = (
                _(" Anmälan kom in efter sista dag och är markerad som sen.")
                if repayment.declared_late
                else ""
            )
            messages.success(request, _("Anmälan om outnyttjade medel är sparad.") + late)
            return redirect("followup:grant", pk=pk)
    context = grant_context(request, grant, repayment_form=form)
    return render(request, "followup/grant.html", context, status=400)


@login_required
@require_POST
def repurposing_request(request, pk):
    grant = _owned_grant(request, pk, _("ansöka om omdisponering"))
    form = RepurposingForm(request.POST)
    if form.is_valid():
        try:
            services.repurposing_request(grant=grant, user=request.user, **form.cleaned_data)
        except services.RepurposingRefused as error:
            form.add_error(None, translated(error))
        else:
            messages.success(request, _("Ansökan om omdisponering är skickad till handläggaren."))
            return redirect("followup:grant", pk=pk)
    context = grant_context(request, grant, repurposing_form=form)
    return render(request, "followup/grant.html", context, status=400)

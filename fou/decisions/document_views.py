"""The year's documents made on the task queue (large years): start a job,
and the list of jobs that the page polls while one is under way."""

from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST

from fou.accounts.permissions import officer_required
from fou.core.i18n import translated
from fou.decisions import selectors
from fou.decisions.services import decision_document_queue


def documents_context(year: int, content) -> dict:
    jobs = selectors.document_jobs(year=year, content=content)
    return {
        "year": year,
        "background": selectors.documents_in_background(content),
        "document_jobs": jobs,
        "polling": any(row["job"] and row["job"].is_pending for row in jobs),
    }


@officer_required
def documents(request, year):
    try:
        content = selectors.decision_content(year=year)
    except selectors.NoChosenProposal as error:
        return render(
            request, "decisions/_documents.html", {"no_proposal": translated(error)}, status=409
        )
    return render(request, "decisions/_documents.html", documents_context(year, content))


@officer_required
@require_POST
def generate(request, year):
    fmt = request.POST.get("format", "")
    try:
        selectors.decision_content(year=year)
        job = decision_document_queue(year=year, fmt=fmt, user=request.user)
    except (selectors.NoChosenProposal, ValueError) as error:
        messages.error(request, translated(error))
    else:
        messages.success(
            request,
            _("{label} skapas i bakgrunden; sidan visar när dokumentet går att hämta.").format(
                label=job.label
            ),
        )
    return redirect("decisions:year", year=year)

from django.contrib import messages
from django.core.files.storage import default_storage
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST

from fou.accounts.permissions import officer_required
from fou.core.i18n import translated
from fou.jobs.models import Job
from fou.jobs.selectors import job_list
from fou.jobs.services import job_retry


@officer_required
def index(request):
    status = request.GET.get("status") or None
    jobs = job_list(status=status)[:200]
    context = {"jobs": jobs, "statuses": Job.Status.choices, "selected": status}
    return render(request, "jobs/index.html", context)


@officer_required
@require_POST
def retry(request, pk):
    job = get_object_or_404(Job, pk=pk)
    try:
        job = job_retry(job=job, user=request.user)
    except ValueError as error:
        messages.error(request, translated(error))
    else:
        messages.success(request, _("Jobbet är köat igen: {label}.").format(label=job.label))
    return redirect("jobs:index")


@officer_required
def download(request, pk):
    """The file a finished job made (a decision document)."""
    job = get_object_or_404(Job, pk=pk)
    if not job.file_ready or not default_storage.exists(job.result["path"]):
        raise Http404(_("Jobbet har ingen färdig fil."))
    return FileResponse(
        default_storage.open(job.result["path"], "rb"),
        as_attachment=True,
        filename=job.result["filename"],
        content_type=job.result.get("content_type"),
    )

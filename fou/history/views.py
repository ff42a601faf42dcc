from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext_lazy as _

from fou.accounts.permissions import officer_required
from fou.core.i18n import translated
from fou.domain.documents.decoding import DocumentError
from fou.domain.documents.extract_allocation import NoAllocationTableError
from fou.history.documents import YearMissingError, document_upload, rows_correct
from fou.history.forms import UploadForm, row_forms
from fou.history.models import ImportedDocument
from fou.history.selectors import document_list, marked_text, review_tables
from fou.history.services import history_import_enqueue, import_problems


@officer_required
def index(request):
    form = UploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        uploaded = form.cleaned_data["file"]
        try:
            upload = document_upload(
                user=request.user,
                name=uploaded.name,
                data=uploaded.read(),
                kind=form.cleaned_data["kind"],
                year=form.cleaned_data["year"],
            )
        except YearMissingError as error:
            form.add_error("year", translated(error))
        except NoAllocationTableError:
            form.add_error(
                "file",
                _(
                    "Inga tabeller hittades. Dokumentet ska ha tabeller med kolumnerna "
                    "Förvaltning, "
                    "Projekt eller Studiebesök till ort och Summa (kronor)."
                ),
            )
        except DocumentError as error:
            form.add_error("file", translated(error))
        else:
            for note in upload.notes:
                messages.warning(request, note)
            if not upload.created:
                messages.info(request, _("Dokumentet är redan inläst; här är det som lästes då."))
            return redirect("history:review", pk=upload.document.pk)
    status = 400 if form.errors else 200
    context = {"form": form, "documents": document_list()}
    return render(request, "history/index.html", context, status=status)


def _review_page(request, document, forms, problems=None, status=200):
    if problems is None and document.is_draft:
        problems = import_problems(document=document)
    by_row = {form.row.pk: form for form in forms}
    tables = [
        (table, [(row, by_row.get(row.pk)) for row in table.rows])
        for table in review_tables(document=document)
    ]
    context = {
        "document": document,
        "tables": tables,
        "form_errors": [form for form in forms if form.errors],
        "problems": problems,
        "text": marked_text(document=document),
        "jobs": document.jobs.all()[:5],
    }
    return render(request, "history/review.html", context, status=status)


@officer_required
def review(request, pk):
    document = get_object_or_404(ImportedDocument, pk=pk)
    if request.method != "POST" or not document.is_draft:
        return _review_page(request, document, row_forms(document))
    forms = row_forms(document, request.POST)
    if not all(form.is_valid() for form in forms):
        return _review_page(request, document, forms, status=400)
    changed = rows_correct(
        document=document,
        user=request.user,
        corrections=[(form.row, form.cleaned_data) for form in forms],
    )
    if request.POST.get("action") != "import":
        messages.success(
            request, _("Rättelserna är sparade ({changed} rader ändrade).").format(changed=changed)
        )
        return redirect("history:review", pk=document.pk)
    problems = import_problems(document=document)
    if problems:
        return _review_page(request, document, row_forms(document), problems, 400)
    # The import runs on the task queue in one transaction; the page shows how it went.
    job = history_import_enqueue(document=document, user=request.user)
    if job.status == job.Status.DONE:
        messages.success(
            request,
            f"Importerat: {job.result['created'].get('grant', 0)} beslut skapade, "
            f"{job.result['existing'].get('grant', 0)} fanns redan.",
        )
    elif job.status == job.Status.FAILED:
        messages.error(request, f"Importen misslyckades: {job.last_error}")
    else:
        messages.info(
            request, _("Importen körs i bakgrunden. Ladda om sidan för att se när den är klar.")
        )
    return redirect("history:review", pk=document.pk)

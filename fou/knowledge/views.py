from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext_lazy as _

from fou.accounts.permissions import officer_required
from fou.core.params import whole_number
from fou.knowledge.forms import DocumentForm, ImportForm, WithdrawForm
from fou.knowledge.imports import import_batch, import_enqueue
from fou.knowledge.models import Document
from fou.knowledge.selectors import (
    PAGE_SIZE,
    clean_filters,
    document_search,
    document_visible,
)
from fou.knowledge.services import document_update, document_withdraw
from fou.knowledge.similar import similar_to_document


def _document_for(request, pk) -> Document:
    """Staff read every document; a withdrawn one only the grants office."""
    try:
        document = document_visible(pk=pk)
    except Document.DoesNotExist as missing:
        raise Http404 from missing
    if document.is_withdrawn and not request.user.is_officer:
        raise Http404
    return document


FACET_HEADINGS = [
    ("type", _("Typ av dokument")),
    ("year", _("År")),
    ("fund", _("Fond")),
    ("organisation", _("Organisation")),
]


def _link(text: str, filters: dict, **changes) -> str:
    """The query string for the same search with a filter or page changed."""
    params = {"q": text, **filters, **changes}
    return urlencode({k: v for k, v in params.items() if v not in (None, "")})


@login_required
def search(request):
    # PostgreSQL refuses a NUL character in a query (it was a 500 there).
    text = request.GET.get("q", "").replace("\x00", "")
    page = request.GET.get("sida", "1")
    page = whole_number(page, maximum=99_999) or 1
    filters = clean_filters(request.GET)
    result = document_search(text=text, filters=filters, page=page)
    facet_groups = [
        (
            heading,
            [
                (value, _link(text, filters, **{name: "" if value.selected else value.value}))
                for value in result.facets.get(name, [])
            ],
        )
        for name, heading in FACET_HEADINGS
    ]
    more = result.total > page * PAGE_SIZE
    context = {
        "result": result,
        "facet_groups": facet_groups,
        "page": page,
        "previous_url": _link(text, filters, sida=page - 1) if page > 1 else "",
        "next_url": _link(text, filters, sida=page + 1) if more else "",
    }
    return render(request, "knowledge/search.html", context)


@login_required
def detail(request, pk):
    document = _document_for(request, pk)
    context = {
        "document": document,
        "similar": [] if document.is_withdrawn else similar_to_document(document=document),
        "withdraw_form": WithdrawForm(),
    }
    return render(request, "knowledge/detail.html", context)


@login_required
def source_file(request, pk):
    document = _document_for(request, pk)
    return FileResponse(
        document.source_file.open("rb"), as_attachment=True, filename=document.original_name
    )


@officer_required
def import_files(request):
    """The chosen files are stored and queued; the batch's page shows the import's progress."""
    posted = request.method == "POST"
    form = ImportForm(request.POST, request.FILES) if posted else ImportForm()
    if posted and form.is_valid():
        batch = import_enqueue(user=request.user, files=form.cleaned_data["files"])
        return redirect("knowledge:import_status", batch=batch)
    status = 400 if form.errors else 200
    return render(request, "knowledge/import.html", {"form": form}, status=status)


@officer_required
def import_status(request, batch):
    """The batch's progress; htmx polls it (the fragment alone) until every file is done."""
    progress = import_batch(batch=batch)
    if progress is None:
        raise Http404
    template = "knowledge/_import_progress.html"
    if not request.headers.get("HX-Request"):
        template = "knowledge/import_status.html"
    return render(request, template, {"progress": progress})


@officer_required
def edit(request, pk):
    document = _document_for(request, pk)
    form = DocumentForm(request.POST or None, instance=document)
    if request.method == "POST" and form.is_valid():
        fields = {
            name: form.cleaned_data[name] for name in ("title", "type", "year", "fund", "grant")
        }
        document_update(
            document=document,
            user=request.user,
            fields=fields,
            organisations=form.cleaned_data["organisations"],
            reason=form.cleaned_data["reason"],
        )
        messages.success(request, _("Uppgifterna är sparade."))
        return redirect("knowledge:detail", pk=document.pk)
    status = 400 if form.errors else 200
    return render(
        request, "knowledge/edit.html", {"form": form, "document": document}, status=status
    )


@officer_required
def withdraw(request, pk):
    document = _document_for(request, pk)
    form = WithdrawForm(request.POST or None)
    if request.method == "POST" and form.is_valid() and not document.is_withdrawn:
        document_withdraw(document=document, user=request.user, reason=form.cleaned_data["reason"])
        messages.success(request, _("Dokumentet är återtaget och syns inte längre i sökningen."))
        return redirect("knowledge:detail", pk=document.pk)
    context = {"document": document, "withdraw_form": form, "similar": []}
    status = 400 if form.errors else 200
    return render(request, "knowledge/detail.html", context, status=status)

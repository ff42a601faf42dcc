from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext_lazy as _

from fou.accounts.permissions import officer_required
from fou.core.params import whole_number
from fou.domain.documents.decoding import DocumentError
from fou.knowledge.forms import DocumentForm, ImportForm, WithdrawForm
from fou.knowledge.models import Document
from fou.knowledge.selectors import (
    PAGE_SIZE,
    clean_filters,
    document_search,
    document_visible,
)
from fou.knowledge.services import document_import, document_update, document_withdraw
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
    posted = request.method == "POST"
    form = ImportForm(request.POST, request.FILES) if posted else ImportForm()
    outcomes, failures = [], []
    if posted and form.is_valid():
        for uploaded in form.cleaned_data["files"]:
            try:
                outcomes.append(
                    document_import(user=request.user, name=uploaded.name, data=uploaded.read())
                )
            except DocumentError as error:
                failures.append((uploaded.name, str(error)))
        if failures and not outcomes:
            form.add_error("files", f"Ingen fil kunde läsas in ({len(failures)} fel, se nedan).")
    status = 400 if form.errors else 200
    context = {"form": form, "outcomes": outcomes, "failures": failures}
    return render(request, "knowledge/import.html", context, status=status)


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
        messages.success(request, "Uppgifterna är sparade.")
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
        messages.success(request, "Dokumentet är återtaget och syns inte längre i sökningen.")
        return redirect("knowledge:detail", pk=document.pk)
    context = {"document": document, "withdraw_form": form, "similar": []}
    status = 400 if form.errors else 200
    return render(request, "knowledge/detail.html", context, status=status)

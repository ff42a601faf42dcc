from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST

from fou.accounts.permissions import officer_required
from fou.applications.models import Application
from fou.core.i18n import translated
from fou.core.params import whole_number
from fou.decisions import reports, selectors, statistics
from fou.decisions.document_views import documents_context
from fou.decisions.forms import AmendForm, ParticularsForm, ProseForm, RecordForm
from fou.decisions.recording import (
    DecisionRefused,
    decision_amend,
    decision_record,
    proposal_fingerprint,
)
from fou.decisions.rendering import FORMATS, render_decision
from fou.decisions.services import particulars_save, prose_section_save
from fou.domain.decisions.texts import DEFAULTS, HEADINGS


def _no_proposal(request, year, error=None):
    context = {"year": year, "no_proposal": str(error or selectors.NoChosenProposal(year))}
    # 409: the page exists, but the year is not at the step it needs yet.
    return render(request, "decisions/year.html", context, status=409)


def _year_context(request, year, proposal, *, record_form=None, amend_form=None) -> dict:
    decisions = list(selectors.year_decisions(year=year))
    applications = selectors.proposal_applications(proposal)
    if not decisions and record_form is None:
        record_form = RecordForm(
            initial={"fingerprint": proposal_fingerprint(proposal)}, applications=applications
        )
    if decisions and amend_form is None:
        amend_form = AmendForm(applications=applications)
    content = selectors.decision_content(year=year)
    return {
        **documents_context(year, content),
        "proposal": proposal,
        "content": content,
        "document": selectors.decision_document(year=year),
        "sections": selectors.prose_overview(year=year),
        "decisions": decisions,
        "record_form": record_form,
        "amend_form": amend_form,
    }


@officer_required
def year_page(request, year):
    proposal = selectors.chosen_proposal(year=year)
    if proposal is None:
        return _no_proposal(request, year)
    return render(request, "decisions/year.html", _year_context(request, year, proposal))


@officer_required
@require_POST
def record(request, year):
    proposal = selectors.chosen_proposal(year=year)
    if proposal is None:
        return _no_proposal(request, year)
    form = RecordForm(request.POST, applications=selectors.proposal_applications(proposal))
    if form.is_valid():
        data = form.cleaned_data
        try:
            decision = decision_record(
                year=year,
                fingerprint=data["fingerprint"],
                meeting_date=data["meeting_date"],
                minutes_paragraph=data["minutes_paragraph"],
                reference=data["reference"],
                changes=data["changes"],
                user=request.user,
            )
        except DecisionRefused as error:
            form.add_error(None, translated(error))
        else:
            messages.success(
                request,
                _("Nämndens beslut {minutes_paragraph} är registrerat och låst.").format(
                    minutes_paragraph=decision.minutes_paragraph
                ),
            )
            return redirect("decisions:year", year=year)
    context = _year_context(request, year, proposal, record_form=form)
    return render(request, "decisions/year.html", context, status=400)


@officer_required
@require_POST
def amend(request, year):
    proposal = selectors.chosen_proposal(year=year)
    if proposal is None:
        return _no_proposal(request, year)
    form = AmendForm(request.POST, applications=selectors.proposal_applications(proposal))
    if form.is_valid():
        data = form.cleaned_data
        try:
            decision_amend(
                year=year,
                application=Application.objects.get(pk=data["application"]),
                amount=data["amount_value"],
                reason=data["reason"],
                meeting_date=data["meeting_date"],
                minutes_paragraph=data["minutes_paragraph"],
                reference=data["reference"],
                user=request.user,
            )
        except DecisionRefused as error:
            form.add_error(None, translated(error))
        else:
            messages.success(request, _("Ändringsbeslutet är registrerat."))
            return redirect("decisions:year", year=year)
    context = _year_context(request, year, proposal, amend_form=form)
    return render(request, "decisions/year.html", context, status=400)


@login_required
def my_decisions(request):
    rows = selectors.decisions_for_applicant(user=request.user)
    return render(request, "decisions/mine.html", {"rows": rows})


@officer_required
def download(request, year, fmt):
    if fmt not in FORMATS:
        raise Http404(_("Okänt format"))
    try:
        content = selectors.decision_content(year=year)
    except selectors.NoChosenProposal as error:
        return _no_proposal(request, year, error)
    if selectors.documents_in_background(content):
        # A large year's documents are made on the queue, not in this request.
        messages.info(request, _("Dokumenten för ett så stort år skapas i bakgrunden: välj Skapa."))
        return redirect("decisions:year", year=year)
    rendered = render_decision(content, fmt)
    response = HttpResponse(rendered.data, content_type=rendered.content_type)
    response["Content-Disposition"] = f'attachment; filename="{rendered.filename}"'
    return response


@officer_required
def particulars_edit(request, year):
    document = selectors.decision_document(year=year)
    form = ParticularsForm(request.POST or None, instance=document)
    if request.method == "POST" and form.is_valid():
        particulars_save(year=year, values=form.cleaned_data, user=request.user)
        messages.success(request, _("Uppgifterna är sparade."))
        return redirect("decisions:year", year=year)
    status = 400 if form.errors else 200
    context = {"year": year, "form": form}
    return render(request, "decisions/particulars.html", context, status=status)


@officer_required
def prose_edit(request, year, key):
    if key not in HEADINGS:
        raise Http404(_("Okänt avsnitt"))
    try:
        figures = selectors.year_figures(year=year)
    except selectors.NoChosenProposal as error:
        return _no_proposal(request, year, error)
    section = next(s for s in selectors.prose_overview(year=year) if s["key"] == key)
    form = ProseForm(request.POST or None, initial={"text": section["text"]})
    if request.method == "POST" and form.is_valid():
        try:
            prose_section_save(
                year=year, key=key, text=form.cleaned_data["text"], user=request.user
            )
        except ValidationError as error:
            form.add_error("text", error)
        else:
            messages.success(
                request, _("Texten i ”{heading}” är sparad.").format(heading=HEADINGS[key])
            )
            return redirect(f"{reverse('decisions:year', args=[year])}#avsnitt-{key}")
    context = {
        "year": year,
        "key": key,
        "heading": HEADINGS[key],
        "form": form,
        "section": section,
        "figures": sorted(figures.items()),
        "default": DEFAULTS[key],
        "versions": selectors.prose_versions(year=year, key=key),
    }
    return render(request, "decisions/prose.html", context, status=400 if form.errors else 200)


def _file(data: bytes, fmt: str, filename: str) -> HttpResponse:
    content_type = FORMATS.get(fmt, "application/zip")
    response = HttpResponse(data, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


LETTER_FORMATS = ("docx", "pdf")


@officer_required
def covering_list(request, year):
    if not selectors.committee_decision(year=year):
        context = {"year": year, "not_decided": str(reports.NotDecided(year))}
        return render(request, "decisions/letters.html", context, status=409)
    districts = []
    for district, name in reports.districts_of(year=year):
        report = reports.covering_report(year=year, district=district, name=name)
        districts.append((district, name, len(report.rows)))
    return render(request, "decisions/letters.html", {"year": year, "districts": districts})


@officer_required
def covering(request, year, key, fmt):
    if fmt not in LETTER_FORMATS:
        raise Http404(_("Okänt format"))
    found = {d.key: (d, name) for d, name in reports.districts_of(year=year)}
    if key not in found:
        raise Http404(_("Okänd stadsdelsförvaltning"))
    try:
        report = reports.covering_report(year=year, district=found[key][0], name=found[key][1])
    except reports.NotDecided as error:
        context = {"year": year, "not_decided": translated(error)}
        return render(request, "decisions/letters.html", context, status=409)
    return _file(reports.covering_file(report, fmt), fmt, f"foljebrev-{year}-{key}.{fmt}")


@officer_required
def covering_zip(request, year, fmt):
    if fmt not in LETTER_FORMATS:
        raise Http404(_("Okänt format"))
    try:
        data = reports.covering_zip(year=year, fmt=fmt)
    except reports.NotDecided as error:
        context = {"year": year, "not_decided": translated(error)}
        return render(request, "decisions/letters.html", context, status=409)
    return _file(data, "zip", f"foljebrev-{year}-{fmt}.zip")


@login_required
def account_list(request):
    return render(request, "decisions/accounts.html", {"years": reports.account_years()})


@login_required
def account(request, year, fmt):
    if fmt not in LETTER_FORMATS:
        raise Http404(_("Okänt format"))
    data = reports.account_file(reports.yearly_account(year=year), fmt)
    return _file(data, fmt, f"redovisning-lum-{year}.{fmt}")


def _year_filter(request) -> int | None:
    value = request.GET.get("ar", "")
    return whole_number(value, maximum=9999)


@login_required
def statistics_page(request):
    year = _year_filter(request)
    context = {
        "tables": statistics.tables(year=year),
        "year": year,
        "years": sorted({r.year for r in statistics.records()}, reverse=True),
    }
    return render(request, "decisions/statistics.html", context)


@login_required
def statistics_csv(request, dimension):
    year = _year_filter(request)
    table = next((t for t in statistics.tables(year=year) if t["dimension"] == dimension), None)
    if table is None:
        raise Http404(_("Okänd indelning"))
    response = HttpResponse(statistics.as_csv(table), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="statistik-{dimension}.csv"'
    return response


@login_required
def statistics_xlsx(request):
    data = statistics.as_xlsx(statistics.tables(year=_year_filter(request)))
    return _file(data, "xlsx", "statistik.xlsx")

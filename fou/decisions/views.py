from django.http import HttpResponse
from django.shortcuts import render

from fou.accounts.permissions import officer_required
from fou.decisions import selectors
from fou.decisions.rendering import FORMATS, render_decision


@officer_required
def year_page(request, year):
    proposal = selectors.chosen_proposal(year=year)
    context = {"year": year, "proposal": proposal}
    if proposal is not None:
        context["content"] = selectors.decision_content(year=year)
    return render(request, "decisions/year.html", context, status=200 if proposal else 404)


@officer_required
def download(request, year, fmt):
    if fmt not in FORMATS:
        return render(request, "decisions/year.html", {"year": year, "bad_format": fmt}, status=404)
    try:
        content = selectors.decision_content(year=year)
    except selectors.NoChosenProposal as error:
        context = {"year": year, "no_proposal": str(error)}
        return render(request, "decisions/year.html", context, status=404)
    rendered = render_decision(content, fmt)
    response = HttpResponse(rendered.data, content_type=rendered.content_type)
    response["Content-Disposition"] = f'attachment; filename="{rendered.filename}"'
    return response

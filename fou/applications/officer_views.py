"""The grants officer's pages: the list of a call's applications and one
application's handling (checks, warnings, status changes)."""

import datetime
from zoneinfo import ZoneInfo

from django.contrib import messages
from django.core.paginator import Paginator
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST

from fou.accounts.permissions import officer_required
from fou.applications import services
from fou.applications.eligibility import unaccepted_warnings
from fou.applications.export import applications_workbook
from fou.applications.forms import ReasonForm
from fou.applications.models import Application, Status, WarningAcceptance
from fou.applications.officer_selectors import ListFilters, application_list_for_officer
from fou.calls.models import Call, Fund
from fou.core.audit import audit_entries_for
from fou.core.i18n import translated
from fou.core.versioning import EditConflict, version_from
from fou.organisations.selectors import organisation_options

STOCKHOLM = ZoneInfo("Europe/Stockholm")
PAGE_SIZE = 50


COLUMNS = [
    ("utlysning", _("År")),
    ("referens", "Diarienummer"),
    ("titel", _("Ansökan")),
    ("belopp", _("Sökt belopp")),
    ("status", "Status"),
    ("inskickad", "Inskickad"),
    ("regel", "Regelkontroll"),
]


def _sort_columns(query, filters: ListFilters) -> list[dict]:
    columns = []
    for key, label in COLUMNS:
        params = query.copy()
        params["sortera"] = key
        current = filters.sort == key
        params["ordning"] = "fallande" if current and not filters.descending else "stigande"
        params.pop("sida", None)
        indicator = ("▼" if filters.descending else "▲") if current else ""
        columns.append(
            {"key": key, "label": label, "query": params.urlencode(), "indicator": indicator}
        )
    return columns


@officer_required
def officer_list(request):
    filters = ListFilters.from_query(request.GET)
    applications = application_list_for_officer(filters=filters, user=request.user)
    page = Paginator(applications, PAGE_SIZE).get_page(request.GET.get("sida"))
    context = {
        "page": page,
        "filters": filters,
        "sort_columns": _sort_columns(request.GET, filters),
        "funds": Fund.objects.values_list("code", flat=True),
        "calls": Call.objects.select_related("fund"),
        "organisations": organisation_options(),
        "statuses": Status.choices,
        "query": request.GET.urlencode(),
    }
    return render(request, "applications/officer_list.html", context)


@officer_required
def officer_export(request):
    filters = ListFilters.from_query(request.GET)
    content = applications_workbook(
        application_list_for_officer(filters=filters, user=request.user)
    )
    response = HttpResponse(
        content,
        content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )
    response["Content-Disposition"] = 'attachment; filename="ansokningar.xlsx"'
    return response


@officer_required
def officer_detail(request, pk, typed=(None, None), status=200):
    application = get_object_or_404(
        Application.objects.select_related("call__fund", "continues__application__call"), pk=pk
    )
    context = {
        "application": application,
        "results": application.rule_results,
        "open_warnings": unaccepted_warnings(application),
        "acceptances": WarningAcceptance.objects.filter(application=application).select_related(
            "accepted_by"
        ),
        "audit": audit_entries_for(application),
        "statuses": Status,
        "typed_action": typed[0],
        "reason_form": typed[1] or ReasonForm(),
    }
    return render(request, "applications/officer_detail.html", context, status=status)


def _reopen_until(text: str) -> datetime.datetime:
    day = datetime.date.fromisoformat(text)
    return datetime.datetime.combine(day, datetime.time(23, 59, 59), tzinfo=STOCKHOLM)


ACTIONS = {
    "withdraw": lambda a, u, p: services.application_withdraw(
        application=a, user=u, reason=p.get("reason", "")
    ),
    "return": lambda a, u, p: services.application_return(
        application=a, user=u, message=p.get("reason", "")
    ),
    "check": lambda a, u, p: services.application_mark_checked(
        application=a, user=u, reason=p.get("reason", "") or "Kontrollerad"
    ),
    "reopen": lambda a, u, p: services.application_reopen(
        application=a, user=u, until=_reopen_until(p.get("until", "")), reason=p.get("reason", "")
    ),
    "accept_warning": lambda a, u, p: services.warning_accept(
        application=a, user=u, rule_code=p.get("rule", ""), reason=p.get("reason", "")
    ),
}
# Status changes that act on what the page showed carry its version.
VERSIONED_ACTIONS = {"withdraw", "return", "check", "reopen"}

DONE = {
    "withdraw": _("Ansökan är återtagen."),
    "return": _("Ansökan är returnerad till den sökande med ditt meddelande."),
    "check": _("Ansökan är markerad som kontrollerad och går vidare till beredning."),
    "reopen": _("Ansökan är öppnad igen för den sökande."),
    "accept_warning": _("Varningen är godtagen med din motivering."),
}


@officer_required
@require_POST
def officer_action(request, pk, action):
    application = get_object_or_404(Application, pk=pk)
    if action not in ACTIONS:
        messages.error(request, _("Okänd åtgärd."))
        return redirect("applications:officer_detail", pk=pk)
    if action in VERSIONED_ACTIONS and version_from(request.POST) != application.version:
        # The page was loaded before someone changed the application: nothing
        # is done, the current state is shown and the typed text given back.
        typed = request.POST.get("reason", "").strip()
        messages.error(
            request,
            _(
                "Ansökan har ändrats sedan du öppnade sidan (du utgick från version {expected}; "
                "sparad nu är version {version}). Inget är ändrat; se det aktuella läget "
                "nedan och gör om åtgärden."
            ).format(expected=request.POST.get("version", "?"), version=application.version)
            + (f" Din text: ”{typed}”" if typed else ""),
        )
        return redirect("applications:officer_detail", pk=pk)
    reason_form = ReasonForm(request.POST)
    if not reason_form.is_valid():
        # Too long a reason: the page again, the typed text in the action's field.
        return officer_detail(request, pk, typed=(action, reason_form), status=400)
    try:
        ACTIONS[action](application, request.user, request.POST)
    except ValueError as error:
        text = translated(error)
        if action == "reopen" and "isoformat" in text:
            text = _("Skriv datumet som ÅÅÅÅ-MM-DD.")
        messages.error(request, text)
    except EditConflict as conflict:
        messages.error(request, conflict.message)
    else:
        messages.success(request, DONE[action])
    return redirect("applications:officer_detail", pk=pk)

from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.shortcuts import render

from fou.accounts.permissions import officer_required
from fou.accounts.roles import capabilities_for
from fou.applications.selectors import applications_visible_to
from fou.calls.selectors import open_calls
from fou.core.audit import AUDITED_MODELS, audit_entries, audit_records


def home(request):
    return render(request, "site/home.html", {"open_calls": open_calls()})


@login_required
def dashboard(request):
    user = request.user
    recent = applications_visible_to(user=user).order_by("-updated_at")[:10]
    context = {
        "capabilities": capabilities_for(user),
        "recent_applications": recent,
        "open_calls": open_calls(),
        "organisations": user.organisations.prefetch_related("names"),
    }
    return render(request, "site/dashboard.html", context)


@officer_required
def audit_log(request):
    model = request.GET.get("modell")
    labels = [model] if model in AUDITED_MODELS else None
    page = Paginator(audit_records(model_labels=labels), 50).get_page(request.GET.get("sida"))
    context = {
        "page": page,
        "entries": audit_entries(page.object_list),
        "models": AUDITED_MODELS,
        "selected_model": model,
    }
    return render(request, "site/audit_log.html", context)


def accessibility(request):
    """The accessibility statement the DOS law requires, in DIGG's structure."""
    return render(request, "site/accessibility.html")

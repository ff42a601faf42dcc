"""The council member's review pages: my reviews, scoring, declaring jäv and
the summary; and the ranked list, which officers see too."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext_lazy as _

from fou.accounts.permissions import refuse
from fou.applications.forms import ApplicationForm
from fou.applications.models import Application
from fou.calls.models import Call
from fou.review import services
from fou.review.forms import ConflictForm, ScoreForm
from fou.review.scoring import SCALE
from fou.review.selectors import (
    application_for_review,
    applications_for_reviewer,
    criteria_for,
    declared_conflicts,
    has_submitted,
    own_scores,
    ranked_list,
    score_summary,
)


def _council_application(request, pk) -> Application:
    """The application for a council member, refused (and logged) if jävig."""
    if not request.user.is_council_member:
        refuse(request.user, f"bedömningssida för ansökan {pk}")
    return application_for_review(user=request.user, pk=pk)


@login_required
def index(request):
    if request.user.is_officer:
        return redirect("review:calls")
    if not request.user.is_council_member:
        refuse(request.user, "bedömning")
    context = {
        "rows": applications_for_reviewer(user=request.user),
        "conflicts": declared_conflicts(user=request.user),
    }
    return render(request, "review/mine.html", context)


@login_required
def score(request, pk):
    application = _council_application(request, pk)
    if has_submitted(user=request.user, application=application):
        return redirect("review:summary", pk=pk)
    criteria = criteria_for(call=application.call)
    initial = ScoreForm.initial_from(own_scores(user=request.user, application=application))
    form = ScoreForm(request.POST or None, criteria=criteria, initial=initial)
    status = 200
    if request.method == "POST":
        status = 400
        if form.is_valid():
            done = _save_and_maybe_submit(request, application, form)
            if done:
                return done
    context = {
        "application": application,
        "answers": ApplicationForm(instance=application),
        "form": form,
        "scale": SCALE,
    }
    return render(request, "review/score.html", context, status=status)


def _save_and_maybe_submit(request, application, form):
    """Save the draft; then hand it in if asked. A refused hand-in keeps the draft."""
    try:
        services.score_save(application=application, user=request.user, entries=form.entries())
        if "submit" in request.POST:
            services.review_submit(application=application, user=request.user)
    except services.ReviewError as error:
        for criterion_id in error.fields:
            form.add_error(f"value_{criterion_id}", _("Välj en poäng från 1 till 5."))
        form.add_error(None, error.message)
        return None
    if "submit" in request.POST:
        messages.success(request, _("Din bedömning är lämnad."))
        return redirect("review:summary", pk=application.pk)
    messages.success(request, _("Dina poäng är sparade som utkast."))
    return redirect("review:score", pk=application.pk)


@login_required
def declare_conflict(request, pk):
    application = _council_application(request, pk)
    form = ConflictForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.conflict_declare(
                application=application, user=request.user, reason=form.cleaned_data["reason"]
            )
        except services.ReviewError as error:
            form.add_error("reason", error.message)
        else:
            messages.success(
                request,
                _(
                    "Ditt jäv för ”{title}” är anmält. Du bedömer inte ansökan och ser inte "
                    "dess bedömningar."
                ).format(title=application.title),
            )
            return redirect("review:index")
    status = 400 if request.method == "POST" else 200
    context = {"application": application, "form": form}
    return render(request, "review/declare.html", context, status=status)


@login_required
def summary(request, pk):
    application = application_for_review(user=request.user, pk=pk)
    context = {
        "application": application,
        "summary": score_summary(application=application, viewer=request.user),
    }
    return render(request, "review/summary.html", context)


@login_required
def ranking(request, call_pk):
    call = get_object_or_404(Call.objects.select_related("fund"), pk=call_pk)
    context = {"call": call, "rows": ranked_list(call=call, viewer=request.user)}
    return render(request, "review/ranking.html", context)

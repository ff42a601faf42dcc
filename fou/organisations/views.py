import datetime

from django.contrib.auth.decorators import login_required
from django.shortcuts import render
from django.utils.translation import gettext as _

from fou.organisations.selectors import organisation_list_with_history, organisation_names_on


@login_required
def organisation_index(request):
    organisations = list(organisation_list_with_history())
    day, day_error, answers = None, "", []
    if request.GET.get("datum"):
        try:
            day = datetime.date.fromisoformat(request.GET["datum"])
        except ValueError:
            day_error = _("Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2019-06-30.")
        else:
            # One row per organisation that exists today, with its name then.
            answers = [
                (o, organisation_names_on(organisation=o, day=day))
                for o in organisations
                if o.valid_to is None
            ]
    context = {
        "organisations": organisations,
        "day": day,
        "day_text": request.GET.get("datum", ""),
        "day_error": day_error,
        "answers": answers,
    }
    return render(request, "organisations/list.html", context)

"""Keeping what someone typed when their session ran out.

A POST that arrives after the session expired is kept in the (new, anonymous)
session; Django's login keeps session data, so after logging in again the
edit page shows the text as it was typed, ready to be saved."""

from django.http import QueryDict

KEY = "unsaved-input"


def keep(request, application_pk: int) -> None:
    data = {k: request.POST.getlist(k) for k in request.POST if k != "csrfmiddlewaretoken"}
    kept = request.session.get(KEY, {})
    kept[str(application_pk)] = data
    request.session[KEY] = kept


def take(request, application_pk: int) -> QueryDict | None:
    kept = request.session.get(KEY, {})
    data = kept.pop(str(application_pk), None)
    if data is None:
        return None
    request.session[KEY] = kept
    restored = QueryDict(mutable=True)
    for key, values in data.items():
        restored.setlist(key, values)
    return restored

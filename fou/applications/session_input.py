"""Keeping what someone typed when their session ran out.

A POST that arrives after the session expired is kept in the (new, anonymous)
session; Django's login keeps session data, so after logging in again the
edit page shows the text as it was typed, ready to be saved. The edit page
applies it only for someone who may edit that draft.

Anyone can send such a POST, so what is kept is bounded: one pending input
per session (a newer one replaces it), only the draft form's own fields, at
most ``MAX_KEPT_CHARACTERS`` characters, and only for a draft that exists and
whose call is open."""

from django.http import QueryDict
from django.utils.translation import gettext_lazy as _

from fou.applications.forms import ApplicationForm
from fou.applications.models import Application, Status
from fou.calls.questions import call_questions
from fou.calls.selectors import call_is_open

KEY = "unsaved-input"
# Room for every text field of the draft form at its longest, and then some.
MAX_KEPT_CHARACTERS = 30_000
MAX_KEPT_VALUES = 200
KEPT_FIELDS = frozenset(ApplicationForm.base_fields) | {"version"}


class NotKept(Exception):
    """The input cannot be kept; ``message`` says why, ``status`` is the HTTP status."""

    def __init__(self, message: str, status: int):
        super().__init__(message)
        self.message, self.status = message, status


def _open_draft_exists(application_pk: int) -> bool:
    application = (
        Application.objects.filter(pk=application_pk, status=Status.DRAFT)
        .select_related("call")
        .first()
    )
    return application is not None and call_is_open(application.call)


def _question_keys(application_pk: int) -> frozenset[str]:
    """The draft's own questions are its form's fields too."""
    call = Application.objects.get(pk=application_pk).call
    return frozenset(q.key for q in call_questions(call))


def keep(request, application_pk: int) -> None:
    """Keep the posted draft form for ``application_pk``, or raise ``NotKept``."""
    if not _open_draft_exists(application_pk):
        raise NotKept(
            _("Ansökan finns inte eller kan inte ändras längre, så det du skrev sparades inte."),
            400,
        )
    kept_fields = KEPT_FIELDS | _question_keys(application_pk)
    data = {k: request.POST.getlist(k) for k in request.POST if k in kept_fields}
    values = [value for listed in data.values() for value in listed]
    if len(values) > MAX_KEPT_VALUES or sum(map(len, values)) > MAX_KEPT_CHARACTERS:
        raise NotKept(
            _(
                "Det du skrev är för långt för att sparas tillfälligt (högst "
                "{MAX_KEPT_CHARACTERS:,} tecken) och sparades inte. Kopiera texten, logga in "
                "igen och klistra in den."
            )
            .format(MAX_KEPT_CHARACTERS=MAX_KEPT_CHARACTERS)
            .replace(",", " "),
            413,
        )
    request.session[KEY] = {"application": application_pk, "data": data}


def take(request, application_pk: int) -> QueryDict | None:
    kept = request.session.get(KEY)
    if not isinstance(kept, dict) or kept.get("application") != application_pk:
        return None
    del request.session[KEY]
    restored = QueryDict(mutable=True)
    for key, values in kept["data"].items():
        restored.setlist(key, values)
    return restored

"""What each kind of job does. Each runs in one transaction (see runner), so a
worker that dies half-way leaves nothing half-done.

The queue stands below the areas whose work it runs: each area names its own
handlers in its ``jobs.py`` with ``@handles(kind)``, and those modules are
read when the apps load (JobsConfig.ready), as Django's admin reads
``admin.py``. The queue itself imports none of them."""

from django.core.mail import send_mail

HANDLERS = {}


class PermanentFailure(Exception):
    """An error that another attempt cannot fix (e.g. the import is refused)."""


def handles(kind: str):
    """Registers the decorated function as what a job of ``kind`` does."""

    def register(handler):
        if HANDLERS.get(kind, handler) is not handler:
            raise ValueError(f"Two handlers for the job kind {kind!r}.")
        HANDLERS[kind] = handler
        return handler

    return register


@handles("email")
def send_email(job) -> dict:
    payload = job.payload
    send_mail(
        subject=payload["subject"],
        message=payload["message"],
        from_email=None,
        recipient_list=payload["to"],
        fail_silently=False,
    )
    return {"sent_to": payload["to"]}

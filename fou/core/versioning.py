"""Optimistic locking and audited saves.

Every audited model has a ``version`` column. A save names the version the
user started from; if someone else saved in between, the save is refused with
``EditConflict`` carrying the other user's record, so the caller can show both
and lose nothing.
"""

from django.db import transaction
from django.db.models import F


class EditConflict(Exception):
    def __init__(self, current):
        super().__init__("Posten har ändrats av någon annan.")
        self.current = current

    @property
    def changed_by(self) -> str:
        latest = self.current.history.first()
        user = latest.history_user if latest else None
        return (user.get_full_name() or user.username) if user else "okänd"

    @property
    def message(self) -> str:
        return (
            f"{self.changed_by} har sparat ändringar sedan du öppnade sidan. "
            "Dina ändringar är inte sparade men finns kvar i formuläret. "
            "Jämför med de sparade uppgifterna nedan och spara igen."
        )


def _saved_since_by_others(model, pk, expected_version: int, user) -> bool:
    later = model.history.filter(id=pk, version__gt=expected_version)
    return later.exclude(history_user=user).exists() or not later.exists()


@transaction.atomic
def save_versioned(*, instance, expected_version: int, user, reason: str = "") -> None:
    """Save ``instance`` if nobody else saved it since ``expected_version``.

    The user's own later saves (an autosave from the page they just left, a
    second tab) are not a conflict: only another person's edit is protected.
    """
    model = type(instance)
    current = model.objects.select_for_update().filter(pk=instance.pk).values("version").get()
    version = current["version"]
    if version != expected_version and _saved_since_by_others(
        model, instance.pk, expected_version, user
    ):
        raise EditConflict(current=model.objects.get(pk=instance.pk))
    claimed = model.objects.filter(pk=instance.pk, version=version).update(version=F("version") + 1)
    if not claimed:
        raise EditConflict(current=model.objects.get(pk=instance.pk))
    instance.version = version + 1
    save_audited(instance=instance, user=user, reason=reason)


def save_audited(*, instance, user, reason: str = "") -> None:
    """Save and record who did it and why in the model's history."""
    instance._history_user = user
    instance._change_reason = reason or None
    instance.save()

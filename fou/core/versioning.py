"""Optimistic locking and audited saves.

Every audited model has a ``version`` column. Every edit page carries the
version it was loaded with and an *edit token*, new for each page load. A
save based on version N is refused with ``EditConflict`` when the record is
past N, unless every later version was saved by this very page (its
autosaves, which carry the same token). Whoever saved in between – another
person, or the same person in another tab or an older page's autosave – the
caller shows both versions and keeps what was typed.
"""

import secrets
from datetime import timedelta

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from fou.core.models import FormSave

# A page's record of its own saves is kept longer than a session lasts.
KEEP_FORM_SAVES = timedelta(days=2)


def new_edit_token() -> str:
    return secrets.token_urlsafe(16)


def edit_token_from(data) -> str:
    """The token a posted form carries (empty if none or not one we made)."""
    token = (data.get("edit_token") or "").strip()
    return token if 16 <= len(token) <= 64 else ""


def version_from(data) -> int:
    """The version a posted form was loaded with; a missing or bad value is
    treated as someone else's newer save: nothing is overwritten."""
    try:
        return int(data.get("version", ""))
    except (TypeError, ValueError):
        return -1


class EditConflict(Exception):
    def __init__(self, current, *, expected_version: int | None = None, user=None):
        super().__init__(_("Posten har ändrats sedan sidan öppnades."))
        self.current = current
        self.expected_version = expected_version
        self.user = user

    @property
    def changed_by_user(self):
        latest = self.current.history.first()
        return latest.history_user if latest else None

    @property
    def changed_by(self) -> str:
        user = self.changed_by_user
        return (user.get_full_name() or user.username) if user else _("okänd")

    @property
    def versions(self) -> str:
        if self.expected_version is None or self.expected_version < 1:
            return _("Sparad nu är version {version}.").format(version=self.current.version)
        return _(
            "Du utgick från version {expected_version}; sparad nu är version {version}."
        ).format(expected_version=self.expected_version, version=self.current.version)

    @property
    def message(self) -> str:
        same_person = self.user is not None and self.changed_by_user == self.user
        who = (
            _("Du har själv sparat ändringar i en annan flik eller ett annat fönster")
            if same_person
            else _("{changed_by} har sparat ändringar").format(changed_by=self.changed_by)
        )
        return _(
            "{who} sedan du öppnade sidan. {versions} Dina ändringar är inte sparade men "
            "finns kvar i formuläret. Jämför med de sparade uppgifterna och spara igen."
        ).format(who=who, versions=self.versions)


def _saved_since_only_by(token: str, content_type, pk, expected: int, current: int) -> bool:
    if not token or expected < 1 or expected >= current:
        return False
    own = FormSave.objects.filter(
        content_type=content_type,
        object_id=pk,
        token=token,
        version__gt=expected,
        version__lte=current,
    ).count()
    return own == current - expected


@transaction.atomic
def save_versioned(
    *, instance, expected_version: int, user, reason: str = "", edit_token: str = ""
) -> None:
    """Save ``instance`` if it is still at ``expected_version`` or every later
    version came from the page with ``edit_token``; else ``EditConflict``."""
    model = type(instance)
    current = model.objects.select_for_update().filter(pk=instance.pk).values("version").get()
    version = current["version"]
    content_type = ContentType.objects.get_for_model(model)
    if version != expected_version and not _saved_since_only_by(
        edit_token, content_type, instance.pk, expected_version, version
    ):
        raise EditConflict(
            current=model.objects.get(pk=instance.pk), expected_version=expected_version, user=user
        )
    claimed = model.objects.filter(pk=instance.pk, version=version).update(version=F("version") + 1)
    if not claimed:
        raise EditConflict(
            current=model.objects.get(pk=instance.pk), expected_version=expected_version, user=user
        )
    instance.version = version + 1
    save_audited(instance=instance, user=user, reason=reason)
    if edit_token:
        FormSave.objects.create(
            content_type=content_type, object_id=instance.pk, version=version + 1, token=edit_token
        )
        FormSave.objects.filter(saved_at__lt=timezone.now() - KEEP_FORM_SAVES).delete()


def save_audited(*, instance, user, reason: str = "") -> None:
    """Save and record who did it and why in the model's history."""
    instance._history_user = user
    instance._change_reason = reason or None
    instance.save()

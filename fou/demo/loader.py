"""Loads the demo data idempotently: what exists and matches is left alone,
what is missing is created, and anything that exists with other values stops
the whole load (the caller runs it in one transaction)."""

from django.db.models import Model

from fou.core.versioning import save_audited

REASON = "Demodata ur källdokumenten"


class DemoConflict(Exception):
    pass


class Loader:
    def __init__(self):
        self.created = 0
        self.unchanged = 0

    def ensure(self, model: type[Model], lookup: dict, values: dict | None = None) -> Model:
        values = {k: v for k, v in (values or {}).items() if k not in lookup}
        found = model.objects.filter(**lookup).first()
        if found is None:
            instance = model(**lookup, **values)
            save_audited(instance=instance, user=None, reason=REASON)
            self.created += 1
            return instance
        differing = {
            field: (getattr(found, field), wanted)
            for field, wanted in values.items()
            if _comparable(getattr(found, field)) != _comparable(wanted)
        }
        if differing:
            details = "; ".join(
                f"{field}: finns {have!r}, demodata {want!r}"
                for field, (have, want) in differing.items()
            )
            raise DemoConflict(
                f"{model._meta.verbose_name.capitalize()} {lookup} finns redan med andra "
                f"uppgifter ({details}). Inget har ändrats."
            )
        self.unchanged += 1
        return found


def _comparable(value):
    if isinstance(value, Model):
        return value.pk
    return value

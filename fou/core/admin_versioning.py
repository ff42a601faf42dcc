"""Admin change forms of versioned records carry the version they were
loaded with, as every edit page does (fou/core/versioning.py): a stale admin
form is refused with both versions named and what was typed kept."""

from django import forms
from django.db.models import F
from django.utils.translation import gettext_lazy as _


class VersionedAdmin:
    """Mix into a ModelAdmin of a model with a ``version`` column."""

    def get_form(self, request, obj=None, change=False, **kwargs):
        # The admin lists the form's fields in its fieldsets and asks for them
        # again by name; this one is added here, not by the model form.
        if kwargs.get("fields"):
            kwargs["fields"] = [f for f in kwargs["fields"] if f != "loaded_version"]
        form = super().get_form(request, obj, change=change, **kwargs)
        if obj is None:
            return form

        class LoadedVersionForm(form):
            loaded_version = forms.IntegerField(
                widget=forms.HiddenInput, initial=obj.version, required=False
            )

            def clean(self):
                cleaned = super().clean()
                loaded = cleaned.get("loaded_version")
                model = type(self.instance)
                current = model.objects.filter(pk=self.instance.pk).values_list(
                    "version", flat=True
                )
                current = current.first()
                if loaded is None or loaded != current:
                    raise forms.ValidationError(
                        _(
                            "Posten har ändrats sedan du öppnade sidan: du utgick från "
                            "version {expected}; sparad nu är version {current}. Det du skrev "
                            "är inte sparat men står kvar nedan. Öppna sidan igen i en ny "
                            "flik för att se de sparade uppgifterna."
                        ).format(expected=loaded if loaded is not None else "?", current=current)
                    )
                return cleaned

        return LoadedVersionForm

    def save_model(self, request, obj, form, change):
        # A save here moves the version on, so open edit pages see it.
        if change:
            type(obj).objects.filter(pk=obj.pk).update(version=F("version") + 1)
            obj.version = type(obj).objects.filter(pk=obj.pk).values_list("version", flat=True)[0]
        super().save_model(request, obj, form, change)

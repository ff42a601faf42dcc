"""Every control of the administration has an accessible name.

Django's admin shows some controls without a <label>: the date and time
boxes of a date-time field, the cells of a tabular inline and of an editable
list. Each gets its field's label as aria-label, once, in the one method every
admin and inline builds its form fields with.
"""

from django.contrib.admin.options import BaseModelAdmin, InlineModelAdmin
from django.forms import MultiWidget, SplitDateTimeWidget
from django.utils.translation import gettext as _


def _name_controls(formfield) -> None:
    label = str(formfield.label or "")
    widget = formfield.widget
    # Related-object wrappers hold the real widget.
    inner = getattr(widget, "widget", widget)
    if isinstance(inner, MultiWidget):
        # Only a date-time pair has parts with names of their own.
        parts = (_("datum"), _("tid")) if isinstance(inner, SplitDateTimeWidget) else ()
        for index, sub in enumerate(inner.widgets):
            part = parts[index] if index < len(parts) else str(index + 1)
            sub.attrs.setdefault("aria-label", f"{label}, {part}")
    else:
        inner.attrs.setdefault("aria-label", label)


def _named_delete(get_formset):
    def named(self, request, obj=None, **kwargs):
        formset = get_formset(self, request, obj, **kwargs)

        class Named(formset):
            def add_fields(self, form, index):
                super().add_fields(form, index)
                if "DELETE" in form.fields:
                    form.fields["DELETE"].widget.attrs.setdefault("aria-label", _("Ta bort"))

        return Named

    return named


def name_admin_controls() -> None:
    original = BaseModelAdmin.formfield_for_dbfield
    if getattr(original, "names_controls", False):
        return
    InlineModelAdmin.get_formset = _named_delete(InlineModelAdmin.get_formset)

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        formfield = original(self, db_field, request, **kwargs)
        if formfield is not None:
            _name_controls(formfield)
        return formfield

    formfield_for_dbfield.names_controls = True
    BaseModelAdmin.formfield_for_dbfield = formfield_for_dbfield

"""Posting a page's form as a browser would: every field with the value the
page shows, changed where the test says so."""

import json

from django.forms import CheckboxInput, JSONField, MultiWidget


def _value(field, value):
    if isinstance(field.widget, CheckboxInput):
        return "on" if value else None
    if value is None:
        return None
    if isinstance(field, JSONField):
        return value if isinstance(value, str) else json.dumps(value)
    if isinstance(value, (list, tuple)):
        return [str(v.pk if hasattr(v, "pk") else v) for v in value]
    prepared = field.prepare_value(value)
    return "" if prepared is None else str(prepared)


def form_data(form) -> dict:
    data = {}
    for name, field in form.fields.items():
        key = form.add_prefix(name)
        value = form[name].value()
        if isinstance(field.widget, MultiWidget):
            parts = value if isinstance(value, list) else field.widget.decompress(value)
            for index, part in enumerate(parts):
                data[f"{key}_{index}"] = "" if part is None else str(part)
            continue
        found = _value(field, value)
        if found is not None:
            data[key] = found
    return data


def admin_form_data(response, **changes) -> dict:
    """An admin add or change page's form, its inlines' management forms
    included, with ``changes`` applied (None removes a field)."""
    context = response.context
    data = form_data(context["adminform"].form)
    for inline in context["inline_admin_formsets"]:
        formset = inline.formset
        data.update(form_data(formset.management_form))
        for form in formset.forms:
            data.update(form_data(form))
    data.update(changes)
    return {k: v for k, v in data.items() if v is not None}

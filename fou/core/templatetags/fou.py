from django import template
from django.utils.html import format_html_join
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _

from fou.core.i18n import translated as translate_message
from fou.domain import notes
from fou.domain.money import format_kronor

register = template.Library()


@register.filter
def kronor(amount):
    """Integer kronor as "3 850 000 kr"; unknown amounts are shown as such."""
    return format_kronor(amount, unknown=_("okänt belopp"))


@register.filter
def translated(text) -> str:
    """A message from the domain (rule results, allocation explanations) in
    the active language."""
    return translate_message(text)


@register.filter
def marked_required(bound_field) -> bool:
    """Whether the label gets "*": a form may mark a field that a draft can
    leave empty but a submission cannot (`field.mark_required`)."""
    field = bound_field.field
    return getattr(field, "mark_required", field.required)


@register.simple_tag
def shared_ending(items, attribute: str) -> str:
    """What every item's text (a key or attribute) ends with, to say once."""
    texts = [
        item[attribute] if isinstance(item, dict) else getattr(item, attribute) for item in items
    ]
    return notes.shared_ending(texts)


@register.filter
def without_ending(text: str, ending: str) -> str:
    return notes.without_ending(text, ending)


@register.simple_tag
def organisation_options(options, selected=None):
    """The <option>s of a select of organisations from (id, name) pairs
    (fou.organisations.selectors.organisation_options). One pass in Python:
    as a template loop, a select of every organisation of the city cost
    more than the rest of the page."""
    return format_html_join(
        "",
        '<option value="{}"{}>{}</option>',
        ((pk, mark_safe(" selected") if pk == selected else "", name) for pk, name in options),
    )

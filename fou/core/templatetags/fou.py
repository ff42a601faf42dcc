from django import template

from fou.domain.money import format_kronor

register = template.Library()


@register.filter
def kronor(amount):
    """Integer kronor as "3 850 000 kr"; unknown amounts are shown as such."""
    return format_kronor(amount, unknown="okänt belopp")

from django import template

from fou.domain.decisions.figures import swedish_date
from fou.domain.decisions.word import gross_reason
from fou.domain.money import format_amount

register = template.Library()


@register.filter
def amount(value) -> str:
    """Table figures as in seed 002: "3 850 000"."""
    return format_amount(value)


@register.filter
def long_date(value) -> str:
    return swedish_date(value) if value else ""


@register.filter
def reason_shown(row) -> str:
    return gross_reason(row)

from django import template
from django.utils.translation import gettext_lazy as _

from fou.core.i18n import translated
from fou.domain.followup.deadlines import ReportStatus, when_phrase
from fou.followup.labels import REPORT_STATUS, REPORT_TAG

register = template.Library()


@register.filter
def report_label(status) -> str:
    return str(REPORT_STATUS[ReportStatus(status)])


@register.filter
def report_tag(status) -> str:
    return REPORT_TAG.get(ReportStatus(status), "")


@register.filter
def days_phrase(left) -> str:
    """'om 12 dagar', 'i dag', 'för 3 dagar sedan'; unknown deadlines say so."""
    return _("inget sista datum") if left is None else translated(when_phrase(left))

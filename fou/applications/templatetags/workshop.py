"""The workshop notice for pages of other areas (the call's page): which of
the applicant's organisations attended, and whom to ask if not."""

from django import template

from fou.applications.selectors import workshop_notice as notice_for

register = template.Library()


@register.inclusion_tag("applications/_workshop_notice.html", takes_context=True)
def workshop_notice(context, call):
    return {"workshop": notice_for(call=call, user=context["user"])}

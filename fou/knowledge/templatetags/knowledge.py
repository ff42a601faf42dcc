"""Similar projects and collaboration suggestions, shown on other apps' pages.

An inclusion tag keeps the edit to those pages to one line each.
"""

from django import template

from fou.knowledge.similar import collaboration_suggestions, similar_to_application

register = template.Library()


@register.inclusion_tag("knowledge/_similar.html", takes_context=True)
def similar_projects(context, application):
    return {
        "similar": similar_to_application(application=application),
        "user": context["user"],
        "heading": "Liknande tidigare projekt",
    }


@register.inclusion_tag("knowledge/_collaboration.html")
def collaboration_for(year):
    return {"suggestions": collaboration_suggestions(year=year), "year": year}

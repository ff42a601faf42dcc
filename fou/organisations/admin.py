from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from fou.organisations.models import Organisation, OrganisationName


class NameInline(admin.TabularInline):
    model = OrganisationName
    extra = 0


@admin.register(Organisation)
class OrganisationAdmin(SimpleHistoryAdmin):
    list_display = ("__str__", "kind", "valid_from", "valid_to")
    list_filter = ("kind",)
    inlines = [NameInline]
    filter_horizontal = ("successors",)

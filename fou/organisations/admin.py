from django.contrib import admin

from fou.core.history_admin import ReadableHistoryAdmin
from fou.organisations.models import Organisation, OrganisationKind, OrganisationName


class NameInline(admin.TabularInline):
    model = OrganisationName
    extra = 0


@admin.register(Organisation)
class OrganisationAdmin(ReadableHistoryAdmin):
    list_display = ("__str__", "kind", "valid_from", "valid_to")
    list_filter = ("kind",)
    inlines = [NameInline]
    filter_horizontal = ("successors",)


@admin.register(OrganisationKind)
class OrganisationKindAdmin(ReadableHistoryAdmin):
    list_display = ("name", "name_en", "key", "order")
    prepopulated_fields = {"key": ("name",)}

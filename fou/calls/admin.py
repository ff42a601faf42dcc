from django.contrib import admin

from fou.calls.models import Call, FocusArea, Fund
from fou.core.admin_versioning import VersionedAdmin
from fou.core.history_admin import ReadableHistoryAdmin


class FocusAreaInline(admin.TabularInline):
    model = FocusArea
    extra = 0


@admin.register(Fund)
class FundAdmin(ReadableHistoryAdmin):
    list_display = ("code", "name", "reference_prefix", "is_trip_fund", "requires_report")


@admin.register(Call)
class CallAdmin(VersionedAdmin, ReadableHistoryAdmin):
    list_display = ("__str__", "year", "opens_at", "closes_at", "max_amount", "budget")
    list_filter = ("fund", "year")
    inlines = [FocusAreaInline]
    filter_horizontal = ("eligible_kinds",)

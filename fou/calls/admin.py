from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from fou.calls.models import Call, FocusArea, Fund
from fou.core.admin_versioning import VersionedAdmin


class FocusAreaInline(admin.TabularInline):
    model = FocusArea
    extra = 0


@admin.register(Fund)
class FundAdmin(SimpleHistoryAdmin):
    list_display = ("code", "name", "is_trip_fund", "requires_report")


@admin.register(Call)
class CallAdmin(VersionedAdmin, SimpleHistoryAdmin):
    list_display = ("__str__", "year", "opens_at", "closes_at", "max_amount", "budget")
    list_filter = ("fund", "year")
    inlines = [FocusAreaInline]

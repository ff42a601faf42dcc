from django.contrib import admin

from fou.applications.models import (
    Application,
    ApplicationOrganisation,
    Attachment,
    Grant,
    WarningAcceptance,
    WorkshopAttendance,
)
from fou.core.admin_versioning import VersionedAdmin
from fou.core.archive import KeptRecordAdmin
from fou.core.history_admin import ReadableHistoryAdmin


class ParticipantInline(admin.TabularInline):
    model = ApplicationOrganisation
    extra = 0
    can_delete = False  # who applied is part of the kept record


@admin.register(Application)
class ApplicationAdmin(VersionedAdmin, KeptRecordAdmin, ReadableHistoryAdmin):
    list_display = ("reference", "title", "call", "status", "amount_asked")
    list_filter = ("call", "status")
    search_fields = ("reference", "title")
    inlines = [ParticipantInline]


@admin.register(Grant)
class GrantAdmin(KeptRecordAdmin, ReadableHistoryAdmin):
    list_display = ("application", "decision", "amount", "organisation_name", "decided_on")
    list_filter = ("decision", "application__call")

    def get_readonly_fields(self, request, obj=None):
        # Once the committee's decision is recorded, a change is an amendment
        # decision on the decision page, never an edit here.
        if obj is not None and obj.application.committee_decisions.exists():
            return [field.name for field in obj._meta.fields]
        return super().get_readonly_fields(request, obj)


@admin.register(Attachment)
class AttachmentAdmin(KeptRecordAdmin, ReadableHistoryAdmin):
    pass


@admin.register(WorkshopAttendance)
class WorkshopAttendanceAdmin(ReadableHistoryAdmin):
    list_display = ("organisation", "call", "attended_on", "note")
    list_filter = ("call",)


@admin.register(WarningAcceptance)
class WarningAcceptanceAdmin(KeptRecordAdmin, ReadableHistoryAdmin):
    list_display = ("application", "rule_code", "accepted_by", "accepted_at")
    readonly_fields = ("application", "rule_code", "reason", "accepted_by")

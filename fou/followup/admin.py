from django.contrib import admin

from fou.core.archive import KeptRecordAdmin
from fou.core.history_admin import ReadableHistoryAdmin
from fou.followup.models import ReminderSent, Repayment, Report, ReportQuestion, Repurposing
from fou.knowledge.publishing import report_publication_sync


@admin.register(ReportQuestion)
class ReportQuestionAdmin(ReadableHistoryAdmin):
    """The grants office decides here what reports ask, per fund or for all."""

    list_display = ("question", "kind", "fund", "answer_type", "required", "order")
    list_filter = ("kind", "fund")
    list_editable = ("order",)


@admin.register(Report)
class ReportAdmin(KeptRecordAdmin, ReadableHistoryAdmin):
    list_display = ("__str__", "state", "spent", "publishable")
    list_filter = ("state", "kind", "publishable")
    readonly_fields = ("grant", "times_submitted", "submitted_at", "decided_at", "decided_by")

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        # A state or mark changed here reaches the knowledge bank as from the pages.
        report_publication_sync(report=obj, user=request.user)


@admin.register(Repayment)
class RepaymentAdmin(KeptRecordAdmin, ReadableHistoryAdmin):
    list_display = ("__str__", "state", "amount", "declared_on", "declared_late")
    list_filter = ("state", "declared_late")


@admin.register(Repurposing)
class RepurposingAdmin(KeptRecordAdmin, ReadableHistoryAdmin):
    list_display = ("__str__", "grant", "state", "requested_at")
    list_filter = ("state",)


@admin.register(ReminderSent)
class ReminderSentAdmin(admin.ModelAdmin):
    list_display = ("recipient", "grant", "deadline_kind", "deadline", "days_before", "sent_at")
    list_filter = ("deadline_kind", "days_before")

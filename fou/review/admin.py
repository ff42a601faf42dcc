from django.contrib import admin

from fou.core.archive import KeptRecordAdmin
from fou.core.history_admin import ReadableHistoryAdmin
from fou.review.models import Assignment, ConflictOfInterest, Criterion, ReviewSubmission, Score


@admin.register(Criterion)
class CriterionAdmin(ReadableHistoryAdmin):
    """Criteria and weights are call data the grants office edits here too."""

    list_display = ("name", "call", "weight", "order")
    list_filter = ("call",)
    list_editable = ("weight", "order")
    search_fields = ("name",)


@admin.register(Assignment)
class AssignmentAdmin(ReadableHistoryAdmin):
    list_display = ("application", "reviewer", "assigned_by", "assigned_at")
    list_filter = ("application__call",)


@admin.register(ConflictOfInterest)
class ConflictOfInterestAdmin(KeptRecordAdmin, ReadableHistoryAdmin):
    list_display = ("application", "reviewer", "automatic", "declared_at")
    list_filter = ("automatic", "application__call")


# Scores and hand-ins are written on the review pages, where jäv is checked;
# the admin shows them without letting anyone change them.
class ReadOnlyAdmin(ReadableHistoryAdmin):
    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


admin.site.register(Score, ReadOnlyAdmin)
admin.site.register(ReviewSubmission, ReadOnlyAdmin)

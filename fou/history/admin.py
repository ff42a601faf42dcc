from django.contrib import admin

from fou.core.archive import KeptRecordAdmin
from fou.core.history_admin import ReadableHistoryAdmin
from fou.history.models import ImportedDocument, ImportedRow


class RowInline(admin.TabularInline):
    model = ImportedRow
    extra = 0
    can_delete = False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(ImportedDocument)
class ImportedDocumentAdmin(KeptRecordAdmin, ReadableHistoryAdmin):
    """Read-only: documents are read in and corrected on the history pages."""

    list_display = ("original_name", "kind", "year", "status", "uploaded_by", "uploaded_at")
    list_filter = ("kind", "status", "year")
    inlines = [RowInline]

    def has_change_permission(self, request, obj=None):
        return False

    def has_add_permission(self, request):
        return False

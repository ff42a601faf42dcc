from django.contrib import admin

from fou.jobs.models import Job


@admin.register(Job)
class JobAdmin(admin.ModelAdmin):
    list_display = ["created_at", "kind", "label", "status", "attempts"]
    list_filter = ["status", "kind"]
    readonly_fields = [f.name for f in Job._meta.fields]

    def has_add_permission(self, request):
        return False

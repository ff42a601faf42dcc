from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from fou.core.models import SiteSettings
from fou.core.site import site_settings_forget


@admin.register(SiteSettings)
class SiteSettingsAdmin(admin.ModelAdmin):
    """One row: the administrator edits it and never adds a second one."""

    fieldsets = [
        (None, {"fields": ["organisation_name", "organisation_name_en", "mail_signature"]}),
        (
            "Startsidan",
            {
                "fields": [
                    "home_heading",
                    "home_heading_en",
                    "home_intro",
                    "home_intro_en",
                    "home_steps",
                    "home_steps_en",
                ]
            },
        ),
        (
            _("Övriga sidor"),
            {
                "fields": [
                    "dashboard_text",
                    "dashboard_text_en",
                    "archive_intro",
                    "archive_intro_en",
                    "receipt_text",
                    "receipt_text_en",
                ]
            },
        ),
    ]

    def has_add_permission(self, request):
        return super().has_add_permission(request) and not SiteSettings.objects.exists()

    def has_delete_permission(self, request, obj=None):
        return False

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        site_settings_forget()

from django.contrib import admin
from django.contrib.auth.admin import UserAdmin

from fou.accounts.models import User


@admin.register(User)
class FouUserAdmin(UserAdmin):
    list_display = ("username", "get_full_name", "role", "email", "is_active")
    list_filter = ("role", "is_active", "organisations")
    fieldsets = (
        *UserAdmin.fieldsets,
        ("FoU-medel", {"fields": ("role", "organisations")}),
    )
    filter_horizontal = ("organisations", "groups", "user_permissions")

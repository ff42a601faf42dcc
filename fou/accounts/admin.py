"""Users, groups and the security log in the admin: administrators only.

Officers are staff for the call and organisation data, but never change
users, groups, permissions or passwords; and nobody raises their own rights.
The checks are here, in code, so that no group or permission given by
mistake can open them.
"""

from django.contrib import admin
from django.contrib.auth.admin import GroupAdmin, UserAdmin
from django.contrib.auth.models import Group
from django.utils.translation import gettext_lazy as _

from fou.accounts.models import SecurityEvent, User
from fou.accounts.permissions import is_administrator
from fou.accounts.security import KINDS

# Fields that carry rights. Only a superuser grants superuser or single
# permissions; nobody but a superuser changes these on their own account.
SUPERUSER_ONLY = ("is_superuser", "user_permissions")
OWN_RIGHTS = ("is_superuser", "user_permissions", "groups", "role", "is_staff", "is_active")


class AdministratorsOnly:
    def has_module_permission(self, request):
        return is_administrator(request.user)

    def has_view_permission(self, request, obj=None):
        return is_administrator(request.user)

    def has_add_permission(self, request):
        return is_administrator(request.user)

    def has_change_permission(self, request, obj=None):
        return is_administrator(request.user)

    def has_delete_permission(self, request, obj=None):
        return is_administrator(request.user)


@admin.register(User)
class FouUserAdmin(AdministratorsOnly, UserAdmin):
    list_display = ("username", "full_name", "role", "email", "is_active")
    list_filter = ("role", "is_active", "organisations")
    fieldsets = (
        *UserAdmin.fieldsets,
        ("FoU-medel", {"fields": ("role", "organisations")}),
    )
    filter_horizontal = ("organisations", "groups", "user_permissions")

    @admin.display(description=_("namn"))
    def full_name(self, user):
        return user.get_full_name()

    def get_readonly_fields(self, request, obj=None):
        if request.user.is_superuser:
            return ()
        if obj is not None and obj.pk == request.user.pk:
            return OWN_RIGHTS
        return SUPERUSER_ONLY

    def has_change_permission(self, request, obj=None):
        # A superuser's account (and its password) is changed by superusers
        # only: taking it over would raise one's own rights.
        if obj is not None and obj.is_superuser and not request.user.is_superuser:
            return False
        return super().has_change_permission(request, obj)

    def has_delete_permission(self, request, obj=None):
        # People are deactivated, not deleted: their names stay on the records.
        return False


admin.site.unregister(Group)


@admin.register(Group)
class FouGroupAdmin(AdministratorsOnly, GroupAdmin):
    def get_readonly_fields(self, request, obj=None):
        return () if request.user.is_superuser else ("permissions",)


class KindFilter(admin.SimpleListFilter):
    title = _("händelse")
    parameter_name = "kind"

    def lookups(self, request, model_admin):
        kinds = SecurityEvent.objects.values_list("kind", flat=True).distinct().order_by("kind")
        return [(kind, KINDS.get(kind, kind)) for kind in kinds]

    def queryset(self, request, queryset):
        return queryset.filter(kind=self.value()) if self.value() else queryset


@admin.register(SecurityEvent)
class SecurityEventAdmin(admin.ModelAdmin):
    """Read-only: the log is written by the application, never by hand."""

    list_display = ("at", "kind_name", "username", "ip", "path")
    list_filter = (KindFilter, "at")
    search_fields = ("username", "path", "detail", "ip")
    readonly_fields = ("at", "kind", "user", "username", "ip", "path", "detail")
    date_hierarchy = "at"

    @admin.display(description=_("händelse"), ordering="kind")
    def kind_name(self, event):
        return KINDS.get(event.kind, event.kind)

    def has_module_permission(self, request):
        return is_administrator(request.user)

    def has_view_permission(self, request, obj=None):
        return is_administrator(request.user)

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

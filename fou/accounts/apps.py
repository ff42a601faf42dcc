from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    name = "fou.accounts"
    verbose_name = _("Användare")

    def ready(self):
        from fou.accounts.groups import ensure_officer_group

        post_migrate.connect(ensure_officer_group, sender=self)

        from axes.signals import user_locked_out

        from fou.accounts.throttling import log_lockout

        user_locked_out.connect(log_lockout, dispatch_uid="fou-lockout-log")

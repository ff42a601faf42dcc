from django.apps import AppConfig
from django.db.models.signals import post_migrate


class AccountsConfig(AppConfig):
    name = "fou.accounts"
    verbose_name = "Användare"

    def ready(self):
        from fou.accounts.groups import ensure_officer_group

        post_migrate.connect(ensure_officer_group, sender=self)

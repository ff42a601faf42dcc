from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "fou.accounts"
    verbose_name = "Användare"

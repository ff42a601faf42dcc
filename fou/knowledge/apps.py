from django.apps import AppConfig


class KnowledgeConfig(AppConfig):
    name = "fou.knowledge"
    label = "knowledge"
    verbose_name = "Kunskapsbanken"
    default_auto_field = "django.db.models.BigAutoField"

from django.apps import AppConfig


class DemoConfig(AppConfig):
    """The seeds' history as demo data (`manage.py load_demo`). Nothing else
    imports this app: production code reads the seeds' facts from fou.domain."""

    name = "fou.demo"
    verbose_name = "Demodata"

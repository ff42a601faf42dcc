"""Default report questions for tests."""


def ensure_default_report_questions():
    """The default questions come from a data migration; a transactional test
    that ran earlier flushes them, so tests put them back the same way."""
    import importlib

    from django.apps import apps

    migration = importlib.import_module("fou.followup.migrations.0002_default_report_questions")
    migration.create(apps, None)

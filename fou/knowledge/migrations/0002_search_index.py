"""The full-text index beside the documents: FTS5 on SQLite, tsvector on PostgreSQL."""

from django.db import migrations

from fou.knowledge.index import backend_for


def create(apps, schema_editor):
    with schema_editor.connection.cursor() as cursor:
        backend_for(schema_editor.connection.vendor).create(cursor)


def drop(apps, schema_editor):
    with schema_editor.connection.cursor() as cursor:
        backend_for(schema_editor.connection.vendor).drop(cursor)


class Migration(migrations.Migration):
    dependencies = [("knowledge", "0001_initial")]

    operations = [migrations.RunPython(create, drop)]

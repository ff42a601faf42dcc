"""The full-text index beside the documents: FTS5 on SQLite, tsvector on PostgreSQL."""

import django.db.models.deletion
from django.db import migrations, models

from fou.knowledge.index import backend_for


def create(apps, schema_editor):
    with schema_editor.connection.cursor() as cursor:
        backend_for(schema_editor.connection.vendor).create(cursor)


def drop(apps, schema_editor):
    with schema_editor.connection.cursor() as cursor:
        backend_for(schema_editor.connection.vendor).drop(cursor)


class Migration(migrations.Migration):
    dependencies = [("knowledge", "0001_initial")]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="SearchEntry",
                    fields=[
                        (
                            "document",
                            models.OneToOneField(
                                db_constraint=False,
                                on_delete=django.db.models.deletion.CASCADE,
                                primary_key=True,
                                related_name="+",
                                serialize=False,
                                to="knowledge.document",
                            ),
                        ),
                    ],
                    options={"db_table": "knowledge_search"},
                ),
            ],
            database_operations=[migrations.RunPython(create, drop)],
        )
    ]

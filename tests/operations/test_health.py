"""/halsa/ tells a load balancer whether this server can serve: database
reachable, migrations applied, task queue reachable; 503 when not."""

import json
import os
import subprocess
import sys
from pathlib import Path

from django.db.migrations.recorder import MigrationRecorder

from tests.jobs.test_queue import closed_port

ROOT = Path(__file__).resolve().parents[2]


def test_healthy_server_answers_200_with_each_part(client, db):
    response = client.get("/halsa/")
    assert response.status_code == 200
    report = response.json()
    assert report["status"] == "ok"
    assert report["database"]["ok"] and report["migrations"]["unapplied"] == []
    assert report["queue"]["ok"]
    assert "no-cache" in response["Cache-Control"]


def test_an_unapplied_migration_gives_503_and_names_it(client, db):
    # The newest: an applied migration after an unapplied one is not "planned".
    newest = MigrationRecorder.Migration.objects.filter(app="jobs").order_by("-name").first()
    newest.delete()
    response = client.get("/halsa/")
    assert response.status_code == 503
    report = response.json()
    assert report["status"] == "fel"
    assert report["migrations"] == {"ok": False, "unapplied": [f"jobs.{newest.name}"]}
    assert report["database"]["ok"]


def test_an_unreachable_database_gives_503_not_a_traceback():
    script = (
        "import django; django.setup()\n"
        "from django.test import Client\n"
        "r = Client().get('/halsa/')\n"
        "print(r.status_code, r.content.decode())\n"
    )
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "fou.settings",
        "DATABASE_URL": f"postgres://postgres@127.0.0.1:{closed_port()}/nowhere",
    }
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True, text=True
    )
    status, body = done.stdout.strip().split(" ", 1)
    assert status == "503", done.stderr
    report = json.loads(body)
    assert report["database"]["ok"] is False and "error" in report["database"]
    assert report["status"] == "fel"

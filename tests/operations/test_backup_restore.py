"""Back up the demo with applications, attachments and an audit history,
restore into a fresh database and file store, and compare row counts, audit
records and file checksums – on SQLite, and on PostgreSQL when DATABASE_URL
points at one (as in CI's second run)."""

import hashlib
import json
import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

# Three applications with a real PDF attachment each, one submitted: audit
# records, files on disk and a reference counter, made through the services.
MAKE_APPLICATIONS = """
from django.core.files.uploadedfile import SimpleUploadedFile
from fou.accounts.models import User
from fou.applications import services
from fou.calls.models import Call
from tests.applications.files import PDF
anna = User.objects.get(username="anna")
call = Call.objects.filter(year=2027, fund__code="LUM").first()
organisation = anna.organisations.first()
for n in range(3):
    a = services.application_create(
        call=call, organisation=organisation, user=anna, title=f"Prov {n}"
    )
    services.attachment_add(application=a, user=anna, kind="project_plan",
                            upload=SimpleUploadedFile(f"plan{n}.pdf", PDF + str(n).encode()))
"""

SNAPSHOT = """
import hashlib, json
from django.core.files.storage import default_storage
from fou.operations.backup import row_counts, _walk
from simple_history.models import registered_models
audit = sorted(
    [m._meta.db_table, str(h.history_id), h.history_type, str(h.history_date),
     h.history_change_reason or ""]
    for m in registered_models.values() for h in m.history.all()
)
files = {
    n: hashlib.sha256(default_storage.open(n, "rb").read()).hexdigest()
    for n in _walk(default_storage)
}
print(json.dumps({"counts": row_counts(), "audit": audit, "files": files}))
"""


def manage(env, *args, code=None):
    command = [sys.executable, "manage.py", *args]
    if code is not None:
        command = [sys.executable, "manage.py", "shell", "--no-imports", "-c", code]
    done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True)
    return done


def environment(database_url, media):
    env = {k: v for k, v in os.environ.items() if k not in {"DJANGO_DEBUG", "LOG_FORMAT"}}
    env.update(DATABASE_URL=database_url, MEDIA_ROOT=str(media), TASKS_BACKEND="immediate")
    return env


def databases(tmp_path):
    yield "sqlite", f"sqlite:///{tmp_path}/source.sqlite3", f"sqlite:///{tmp_path}/restored.sqlite3"
    url = os.environ.get("DATABASE_URL", "")
    if url.startswith("postgres"):
        base = url.rsplit("/", 1)[0]
        suffix = uuid.uuid4().hex[:8]
        yield "postgresql", f"{base}/fou_backup_src_{suffix}", f"{base}/fou_backup_dst_{suffix}"
    else:
        print("PostgreSQL part not run: DATABASE_URL is not a PostgreSQL URL")


def create_pg(url):
    base, name = url.rsplit("/", 1)
    subprocess.run(["psql", base + "/postgres", "-q", "-c", f"CREATE DATABASE {name}"], check=True)


def drop_pg(url):
    base, name = url.rsplit("/", 1)
    subprocess.run(
        ["psql", base + "/postgres", "-q", "-c", f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"],
        capture_output=True,
    )


@pytest.mark.parametrize("engine", ["sqlite", "postgresql"])
def test_backup_of_the_demo_restores_into_a_fresh_database(tmp_path, engine):
    choices = {name: (source, target) for name, source, target in databases(tmp_path)}
    if engine not in choices:
        pytest.skip("PostgreSQL part needs DATABASE_URL=postgres://… (CI's second run)")
    source_url, target_url = choices[engine]
    source = environment(source_url, tmp_path / "media-source")
    target = environment(target_url, tmp_path / "media-restored")
    if engine == "postgresql":
        create_pg(source_url)
        create_pg(target_url)
    try:
        for step in (["migrate", "--noinput"], ["load_demo"]):
            done = manage(source, *step)
            assert done.returncode == 0, done.stderr
        done = manage(source, code=MAKE_APPLICATIONS)
        assert done.returncode == 0, done.stderr
        before = json.loads(manage(source, code=SNAPSHOT).stdout)
        assert before["counts"]["applications_attachment"] == 3
        assert len(before["files"]) == 3 and len(before["audit"]) > 100

        done = manage(source, "backup", "--output", str(tmp_path / "backups"))
        assert done.returncode == 0, done.stderr
        backup_dir = Path(done.stdout.split(": ", 1)[1].rsplit(" (", 1)[0])
        manifest = json.loads((backup_dir / "manifest.json").read_text())
        for name, entry in manifest["files"].items():
            data = (backup_dir / "files" / name).read_bytes()
            assert hashlib.sha256(data).hexdigest() == entry["sha256"]

        done = manage(target, "restore", str(backup_dir))
        assert done.returncode == 0, done.stderr
        assert "kontrollerade mot manifestet" in done.stdout
        after = json.loads(manage(target, code=SNAPSHOT).stdout)
        assert after["counts"] == before["counts"]
        assert after["audit"] == before["audit"]
        assert after["files"] == before["files"]

        # A second restore onto the now filled database is refused in one line.
        again = manage(target, "restore", str(backup_dir))
        assert again.returncode != 0
        assert again.stderr.strip() == (
            "CommandError: Databasen är inte tom; återställ bara till en tom databas."
        )
    finally:
        if engine == "postgresql":
            drop_pg(source_url)
            drop_pg(target_url)


def test_a_damaged_backup_is_refused_before_anything_is_written(tmp_path):
    backup_dir = tmp_path / "fou-backup-x"
    (backup_dir / "files").mkdir(parents=True)
    (backup_dir / "database.sqlite3").write_bytes(b"not what was saved")
    (backup_dir / "manifest.json").write_text(
        json.dumps(
            {
                "engine": "sqlite",
                "database": {"file": "database.sqlite3", "sha256": "0" * 64},
                "files": {},
                "row_counts": {},
            }
        )
    )
    target = environment(f"sqlite:///{tmp_path}/restored.sqlite3", tmp_path / "media")
    done = manage(target, "restore", str(backup_dir))
    assert done.returncode != 0
    assert "stämmer inte med kontrollsumman" in done.stderr
    assert (
        not (tmp_path / "restored.sqlite3").exists()
        or (tmp_path / "restored.sqlite3").stat().st_size == 0
    )

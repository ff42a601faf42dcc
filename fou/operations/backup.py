"""Backup and restore: a consistent database snapshot, the uploaded files and
a manifest of SHA-256 checksums and row counts, in one directory.

PostgreSQL is dumped with pg_dump (one snapshot, custom format) and restored
with pg_restore; SQLite is copied with its online backup API. Files are read
and written through Django's default storage, so local disk and S3 both work.
"""

import datetime
import hashlib
import json
import shutil
import sqlite3
import subprocess
from pathlib import Path

from django.apps import apps
from django.core.files.base import File
from django.core.files.storage import default_storage
from django.db import connection
from django.utils.translation import gettext_lazy as _

MANIFEST = "manifest.json"
FILES = "files"
FORMAT = 1


class BackupError(Exception):
    pass


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def row_counts() -> dict[str, int]:
    """Rows per table of every installed model, audit history included."""
    counts = {}
    for model in apps.get_models(include_auto_created=True):
        if model._meta.managed and not model._meta.proxy:
            counts[model._meta.db_table] = model._default_manager.using("default").count()
    return dict(sorted(counts.items()))


def _pg_env_args() -> tuple[list[str], dict]:
    settings = connection.settings_dict
    args = ["-h", settings["HOST"] or "127.0.0.1", "-p", str(settings["PORT"] or 5432)]
    if settings["USER"]:
        args += ["-U", settings["USER"]]
    env = {"PGPASSWORD": settings["PASSWORD"]} if settings["PASSWORD"] else {}
    return args, env


def _run(command: list[str], env: dict) -> None:
    import os

    done = subprocess.run(command, env={**os.environ, **env}, capture_output=True, text=True)
    if done.returncode != 0:
        lines = done.stderr.strip().splitlines()
        raise BackupError(f"{command[0]} misslyckades: {lines[-1] if lines else done.returncode}")


def _walk(storage, folder: str = ""):
    directories, files = storage.listdir(folder)
    for name in sorted(files):
        yield f"{folder}/{name}" if folder else name
    for directory in sorted(directories):
        yield from _walk(storage, f"{folder}/{directory}" if folder else directory)


def _dump_database(target: Path) -> str:
    if connection.vendor == "sqlite":
        name = "database.sqlite3"
        connection.ensure_connection()
        destination = sqlite3.connect(target / name)
        with destination:
            connection.connection.backup(destination)
        destination.close()
    elif connection.vendor == "postgresql":
        name = "database.pgdump"
        args, env = _pg_env_args()
        _run(
            ["pg_dump", *args, "--format=custom", "--no-owner", "--file", str(target / name)]
            + [connection.settings_dict["NAME"]],
            env,
        )
    else:
        raise BackupError(
            _("Databasen {vendor} stöds inte av backup.").format(vendor=connection.vendor)
        )
    return name


def backup(*, destination: Path) -> Path:
    """Write a backup directory under ``destination`` and return its path."""
    stamp = datetime.datetime.now(datetime.UTC).strftime("%Y%m%dT%H%M%SZ")
    target = Path(destination) / f"fou-backup-{stamp}"
    target.mkdir(parents=True)
    counts = row_counts()
    database = _dump_database(target)
    files = copy_files(target)
    manifest = {
        "format": FORMAT,
        "created_at": datetime.datetime.now(datetime.UTC).isoformat(),
        "engine": connection.vendor,
        "database": {"file": database, "sha256": sha256_of(target / database)},
        "row_counts": counts,
        "files": files,
    }
    (target / MANIFEST).write_text(json.dumps(manifest, indent=1, ensure_ascii=False))
    return target


def copy_files(target: Path) -> dict:
    """Every uploaded file (local disk or S3) into target/files, with checksums."""
    files = {}
    storage = default_storage
    if _storage_exists(storage):
        for name in _walk(storage):
            copy = target / FILES / name
            copy.parent.mkdir(parents=True, exist_ok=True)
            with storage.open(name, "rb") as source, copy.open("wb") as out:
                shutil.copyfileobj(source, out)
            files[name] = {"sha256": sha256_of(copy), "size": copy.stat().st_size}
    return files


def _storage_exists(storage) -> bool:
    try:
        storage.listdir("")
    except FileNotFoundError:
        return False
    return True


def verify(source: Path) -> dict:
    """The manifest, after checking every checksum in the backup itself."""
    source = Path(source)
    try:
        manifest = json.loads((source / MANIFEST).read_text())
    except FileNotFoundError:
        raise BackupError(
            _("{source} saknar {MANIFEST}; det är ingen säkerhetskopia.").format(
                source=source, MANIFEST=MANIFEST
            )
        ) from None
    if sha256_of(source / manifest["database"]["file"]) != manifest["database"]["sha256"]:
        raise BackupError(_("Databasfilen stämmer inte med kontrollsumman i manifestet."))
    for name, entry in manifest["files"].items():
        if sha256_of(source / FILES / name) != entry["sha256"]:
            raise BackupError(
                _("Filen {name} stämmer inte med kontrollsumman i manifestet.").format(name=name)
            )
    return manifest


def _database_is_empty() -> bool:
    return not connection.introspection.table_names()


def restore(*, source: Path) -> dict:
    """Restore into an empty database and an empty file store; returns what
    was checked after the restore (row counts and file checksums)."""
    source = Path(source)
    manifest = verify(source)
    if manifest["engine"] != connection.vendor:
        raise BackupError(
            _("Säkerhetskopian är från {manifest}, databasen här är {vendor}.").format(
                manifest=manifest["engine"], vendor=connection.vendor
            )
        )
    if not _database_is_empty():
        raise BackupError(_("Databasen är inte tom; återställ bara till en tom databas."))
    if _storage_exists(default_storage) and any(True for _path in _walk(default_storage)):
        raise BackupError(_("Fillagringen är inte tom; återställ bara till en tom fillagring."))
    database = source / manifest["database"]["file"]
    if connection.vendor == "sqlite":
        connection.ensure_connection()
        origin = sqlite3.connect(database)
        with origin:
            origin.backup(connection.connection)
        origin.close()
    else:
        args, env = _pg_env_args()
        _run(
            ["pg_restore", *args, "--no-owner", "--exit-on-error", "--single-transaction"]
            + ["--dbname", connection.settings_dict["NAME"], str(database)],
            env,
        )
    for name in manifest["files"]:
        with (source / FILES / name).open("rb") as handle:
            saved = default_storage.save(name, File(handle, name=name))
        if saved != name:
            raise BackupError(
                _("Filen {name} sparades som {saved}.").format(name=name, saved=saved)
            )
    return _check_restored(manifest)


def _check_restored(manifest: dict) -> dict:
    counts = row_counts()
    differing = {
        table: (count, counts.get(table))
        for table, count in manifest["row_counts"].items()
        if counts.get(table) != count
    }
    if differing:
        raise BackupError(
            _("Antal rader skiljer sig efter återställning: {differing}").format(
                differing=differing
            )
        )
    for name, entry in manifest["files"].items():
        digest = hashlib.sha256()
        with default_storage.open(name, "rb") as handle:
            for block in iter(lambda h=handle: h.read(1 << 20), b""):
                digest.update(block)
        if digest.hexdigest() != entry["sha256"]:
            raise BackupError(_("Filen {name} stämmer inte efter återställning.").format(name=name))
    return {"tables": len(counts), "rows": sum(counts.values()), "files": len(manifest["files"])}

"""How long backup and restore take: the demo (baseline, same run) and the
demo plus 10 000 submitted applications with their audit history and one
attachment per 10 applications. Restore goes into a fresh, empty database and
file store and is checked against the manifest (row counts, file checksums).

PostgreSQL when BENCH_DATABASE_URL=postgres://… (the database named there is
only used to derive the server; throw-away databases are created and
dropped), else SQLite files in a temporary folder. BENCH_SIZE=small uses
1 000 applications instead of 10 000.
"""

import os
import re
import sys
import tempfile
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.operations.servers import create_database, drop_database, manage  # noqa: E402

COUNT = 1_000 if os.environ.get("BENCH_SIZE") == "small" else 10_000

ADD_APPLICATIONS = """
import datetime
from django.core.files.base import ContentFile
from django.utils import timezone
from simple_history.utils import bulk_create_with_history
from fou.applications.models import Application, ApplicationOrganisation, Attachment
from fou.calls.models import Call
from fou.organisations.models import Organisation
from tests.applications.files import PDF
call = Call.objects.filter(year=2027, fund__code="LUM").first()
organisations = list(Organisation.objects.all())
now = timezone.now()
apps = bulk_create_with_history([
    Application(call=call, status="submitted", title=f"Projekt {n}", purpose="Syfte " * 40,
                amount_asked=100_000 + n, reference=f"FoU-2027-{n + 1:05d}", submitted_at=now)
    for n in range(COUNT)
], Application, batch_size=1000)
apps = list(Application.objects.filter(reference__startswith="FoU-2027-"))
bulk_create_with_history([
    ApplicationOrganisation(application=a, organisation=organisations[i % len(organisations)],
                            organisation_name="Förvaltning", is_lead=True)
    for i, a in enumerate(apps)
], ApplicationOrganisation, batch_size=1000)
for a in apps[::10]:
    at = Attachment(application=a, kind="Projektplan", original_name="plan.pdf",
                    content_type="application/pdf", size=len(PDF) + 8)
    at.file.save("plan.pdf", ContentFile(PDF + str(a.pk).encode().ljust(8)), save=True)
print(len(apps))
"""


def environment(url, media):
    env = {k: v for k, v in os.environ.items() if k not in {"DJANGO_DEBUG", "LOG_FORMAT"}}
    env.update(DATABASE_URL=url, MEDIA_ROOT=str(media), TASKS_BACKEND="immediate")
    return env


def urls(work: Path, label: str):
    bench_url = os.environ.get("BENCH_DATABASE_URL", "")
    if bench_url.startswith("postgres"):
        base = bench_url.rsplit("/", 1)[0]
        suffix = uuid.uuid4().hex[:6]
        return f"{base}/fou_bench_{label}_src_{suffix}", f"{base}/fou_bench_{label}_dst_{suffix}"
    return f"sqlite:///{work}/{label}-src.sqlite3", f"sqlite:///{work}/{label}-dst.sqlite3"


def measure(work: Path, label: str, extra_code: str | None):
    source_url, target_url = urls(work, label)
    postgres = source_url.startswith("postgres")
    if postgres:
        create_database(source_url)
        create_database(target_url)
    try:
        source = environment(source_url, work / f"{label}-media-src")
        target = environment(target_url, work / f"{label}-media-dst")
        manage(source, "migrate", "--noinput", "--verbosity", "0")
        manage(source, "load_demo")
        if extra_code:
            manage(source, "shell", "--no-imports", "-c", extra_code)
        # Each command times its own work; process start-up is not counted.
        done = manage(source, "backup", "--output", str(work / f"{label}-backups"))
        backup_seconds = float(re.search(r"\(([\d.]+) s\)", done.stdout).group(1))
        folder = re.search(r"Säkerhetskopia: (.+) \(", done.stdout).group(1)
        size = sum(f.stat().st_size for f in Path(folder).rglob("*") if f.is_file())
        done = manage(target, "restore", folder)
        restore_seconds = float(re.search(r"\(([\d.]+) s\)", done.stdout).group(1))
        rows = int(re.search(r"Återställd: (\d+) rader", done.stdout).group(1))
        files = int(re.search(r"och (\d+) filer", done.stdout).group(1))
        return backup_seconds, restore_seconds, rows, files, size
    finally:
        if postgres:
            drop_database(source_url)
            drop_database(target_url)


def main():
    engine = (
        "PostgreSQL"
        if os.environ.get("BENCH_DATABASE_URL", "").startswith("postgres")
        else "SQLite"
    )
    with tempfile.TemporaryDirectory(prefix="fou-bench-restore-") as folder:
        work = Path(folder)
        print(f"Backup and restore on {engine} (restore into an empty database, checked)")
        print(f"{'data':<34}{'rows':>9}{'files':>7}{'MB':>7}{'backup s':>10}{'restore s':>11}")
        for label, code in (
            ("demo (baseline)", None),
            (f"demo + {COUNT} applications", ADD_APPLICATIONS.replace("COUNT", str(COUNT))),
        ):
            b, r, rows, files, size = measure(work, label.split()[0] + str(len(label)), code)
            print(f"{label:<34}{rows:>9}{files:>7}{size / 1e6:>7.1f}{b:>10.1f}{r:>11.1f}")


if __name__ == "__main__":
    main()

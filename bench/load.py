"""Load on the whole app with Locust (headless): applicants (start, autosave,
upload, submit), council members (review list and pages) and officers (list,
filter, Excel export, allocation), against gunicorn with 2 workers per core
and the development server as the baseline in the same run.

Prints requests/s, p50/p95/p99 (ms) and errors per database, server and user
count. Only loopback addresses are used; every run is bounded in time.

  BENCH_DATABASE_URL=postgres://…  rows on PostgreSQL (throw-away databases made
                                   and dropped there), then the SQLite rows
  BENCH_LOAD=full                  PostgreSQL: 50, 100 and 200 users, 60 s each;
                                   SQLite (the embedded default): 20 users
  (default)                        20 users, 20 s each, so `make bench` stays short
  BENCH_LOAD_USERS=10,20           user counts of the PostgreSQL rows (overrides)
  BENCH_SQLITE_USERS=20            user counts of the SQLite rows; empty: none
  BENCH_LOAD_SECONDS=15            seconds per row
"""

import csv
import json
import multiprocessing
import os
import shutil
import subprocess
import sys
import tempfile
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.operations.servers import (  # noqa: E402
    create_database,
    drop_database,
    manage,
    production_env,
    server,
)

FULL = os.environ.get("BENCH_LOAD") == "full"


def user_counts(variable: str, default: str) -> list[int]:
    return [int(n) for n in os.environ.get(variable, default).split(",") if n.strip()]


USERS = user_counts("BENCH_LOAD_USERS", "50,100,200" if FULL else "20")
SQLITE_USERS = user_counts("BENCH_SQLITE_USERS", "20")
SECONDS = int(os.environ.get("BENCH_LOAD_SECONDS", "60" if FULL else "20"))
WORKERS = 2 * multiprocessing.cpu_count()

SEED = """
import json
from django.conf import settings
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
from django.contrib.sessions.backends.db import SessionStore
from fou.accounts.models import User
from fou.applications.models import WorkshopAttendance
from fou.calls.models import Call
from fou.organisations.models import Organisation, OrganisationName
# The exercise call takes as many applications as the load makes (bench database only).
call = Call.objects.get(year=2027, fund__code="LUM")
Call.objects.filter(pk=call.pk).update(max_applications_per_organisation=30_000)
backend = "django.contrib.auth.backends.ModelBackend"
if backend not in settings.AUTHENTICATION_BACKENDS:
    backend = settings.AUTHENTICATION_BACKENDS[0]
def session(user):
    store = SessionStore()
    store[SESSION_KEY] = str(user.pk)
    store[BACKEND_SESSION_KEY] = backend
    store[HASH_SESSION_KEY] = user.get_session_auth_hash()
    store.create()
    return store.session_key
def sessions(username, count):
    user = User.objects.get(username=username)
    return [session(user) for _ in range(count)]
# Each simulated applicant writes for an organisation of her own: people of one
# organisation who start at the same moment continue one empty draft (as the
# app intends), which would show up here as conflicts between simulated users.
applicants = []
for n in range(%(applicants)d):
    org = Organisation.objects.create(key=f"lasttest-{n}", kind="district")
    OrganisationName.objects.create(organisation=org, name=f"Lasttest {n}")
    user = User.objects.create(username=f"lasttest-{n}", role="applicant")
    user.set_unusable_password()
    user.save()
    user.organisations.set([org])
    WorkshopAttendance.objects.create(call=call, organisation=org)  # the call requires it
    applicants.append([session(user), org.pk])
print(json.dumps({
    "sessions": {"applicant": applicants, "council": sessions("olle", 30),
                 "officer": sessions("hanna", 30)},
    "call": call.pk,
}))
"""


def run_locust(url: str, users: int, seed: dict, folder: Path) -> dict:
    prefix = folder / f"locust-{uuid.uuid4().hex[:6]}"
    env = {
        **os.environ,
        "FOU_SESSIONS": json.dumps(seed["sessions"]),
        "FOU_CALL": str(seed["call"]),
    }
    subprocess.run(
        [sys.executable, "-m", "locust", "-f", "bench/locust/fou_users.py", "--headless"]
        + ["-u", str(users), "-r", str(max(10, users // 4)), "-t", f"{SECONDS}s"]
        + ["--host", url.rstrip("/"), "--csv", str(prefix), "--only-summary"]
        + ["--loglevel", "ERROR", "--stop-timeout", "10"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=SECONDS + 180,
    )
    with open(f"{prefix}_stats.csv", newline="") as handle:
        rows = list(csv.DictReader(handle))
    total = next(r for r in rows if r["Name"] == "Aggregated")
    pages = [r for r in rows if r["Type"] == "GET" and "export" not in r["Name"]]
    with open(f"{prefix}_failures.csv", newline="") as handle:
        failures = [
            f"{f['Method']} {f['Name']}: {f['Error']} ×{f['Occurrences']}"
            for f in csv.DictReader(handle)
        ]
    return {
        "requests": int(total["Request Count"]),
        "errors": int(total["Failure Count"]),
        "rps": float(total["Requests/s"]),
        "p50": total["50%"],
        "p95": total["95%"],
        "p99": total["99%"],
        "page_p95": max((int(r["95%"]) for r in pages if r["95%"] != "N/A"), default=0),
        # Which page that is, with its median: a slow page is traced from here.
        "slowest": max(
            (r for r in pages if r["95%"] != "N/A"), key=lambda r: int(r["95%"]), default=None
        ),
        "failures": failures,
    }


def fresh_copy(template: str, folder: Path, postgres: bool) -> str:
    """Each row starts from the same seeded data (drafts made by one row would
    otherwise slow the officer's list and export of the next)."""
    name = f"fou_bench_load_{uuid.uuid4().hex[:6]}"
    if postgres:
        base, template_name = template.rsplit("/", 1)
        subprocess.run(
            [
                "psql",
                base + "/postgres",
                "-q",
                "-c",
                f"CREATE DATABASE {name} TEMPLATE {template_name}",
            ],
            check=True,
        )
        return f"{base}/{name}"
    copy = folder / f"{name}.sqlite3"
    shutil.copyfile(template.removeprefix("sqlite:///"), copy)
    return f"sqlite:///{copy}"


def prepare(template: str, folder: Path, users: int) -> tuple[dict, dict]:
    env = production_env(template, folder / "media", TASKS_BACKEND="database")
    manage(env, "migrate", "--noinput", "--verbosity", "0")
    manage(env, "createcachetable")
    manage(env, "collectstatic", "--noinput", "--verbosity", "0")
    manage({**env, "DJANGO_DEBUG": "1"}, "load_demo")
    seed = json.loads(
        manage(env, "shell", "--no-imports", "-c", SEED % {"applicants": users + 20}).stdout.split(
            "\n"
        )[-2]
    )
    return env, seed


def run_rows(engine: str, template: str, users_list: list[int], folder: Path, made: list) -> None:
    """One row per user count and server, each on a fresh copy of the seeded
    data; the databases made (PostgreSQL) go into `made`, for the caller to
    drop even when a row fails."""
    postgres = engine == "PostgreSQL"
    env, seed = prepare(template, folder, max(users_list))
    servers = [
        ("development server (baseline)", "runserver", {}),
        (f"gunicorn, {WORKERS} workers", "gunicorn", {"DB_CONN_MAX_AGE": "60"}),
    ]
    # Alternating servers per user count, so that a change in the machine's
    # other load falls on both alike.
    for users in users_list:
        for label, kind, extra in servers:
            database = fresh_copy(template, folder, postgres)
            made.append(database)
            row_env = {**env, **extra, "DATABASE_URL": database}
            with server(row_env, kind=kind, workers=WORKERS) as url:
                r = run_locust(url, users, seed, folder)
            print(
                f"{engine:<12}{label:<34}{users:>6}{r['requests']:>7}{r['rps']:>8.1f}"
                f"{r['p50']:>7}{r['p95']:>7}{r['p99']:>7}{r['page_p95']:>10}"
                f"{r['errors']:>8}",
                flush=True,
            )
            if r["slowest"]:
                print(f"    slowest page: {r['slowest']['Name']} (p50 {r['slowest']['50%']} ms)")
            for failure in r["failures"]:
                print(f"    error: {failure}")


def main():
    bench_url = os.environ.get("BENCH_DATABASE_URL", "")
    postgres = bench_url.startswith("postgres")
    tables = [("SQLite", SQLITE_USERS if postgres else SQLITE_USERS or USERS)]
    if postgres:
        tables.insert(0, ("PostgreSQL", USERS))
    with tempfile.TemporaryDirectory(prefix="fou-bench-load-") as name:
        folder = Path(name)
        made = []
        print(f"Load with Locust, {SECONDS} s per row, 1–3 s think time per user")
        print(
            f"{'database':<12}{'server':<34}{'users':>6}{'req':>7}{'req/s':>8}{'p50':>7}"
            f"{'p95':>7}{'p99':>7}{'pages p95':>10}{'errors':>8}"
        )
        try:
            for engine, users_list in tables:
                if not users_list:
                    continue
                if engine == "PostgreSQL":
                    template = (
                        bench_url.rsplit("/", 1)[0] + f"/fou_bench_load_{uuid.uuid4().hex[:6]}"
                    )
                    create_database(template)
                    made.append(template)
                    run_rows(engine, template, users_list, folder, made)
                else:
                    run_rows(engine, f"sqlite:///{folder}/load.sqlite3", users_list, folder, [])
            print("Times in ms. 'pages p95' is the slowest GET page's p95 (Excel export excluded).")
            load = os.getloadavg()[0]
            print(f"Load average at the end: {load:.1f} on {WORKERS // 2} cores.")
        finally:
            for database in made:
                drop_database(database)


if __name__ == "__main__":
    main()

"""Many applicants submitting at the same instant, against a real server.

Starts FoU-medel (``manage.py runserver``, threaded) on a throw-away SQLite
file, gives each of N applicants of N organisations a complete draft, logs
them all in, and then lets them press *Skicka in* together (a barrier
releases every thread at once). Used by tests/concurrency and by
bench/sqlite_burst.py. The in-memory test database cannot show this: only a
file shared by the server's threads locks.
"""

import http.cookiejar
import json
import math
import os
import re
import shutil
import socket
import sqlite3
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PASSWORD = "burst-lösenord-2027"
ANSWER_WITHIN_SECONDS = 30
NO_ANSWER = 0  # the status recorded for a request the server did not answer in time

# Run inside the server's database by ``python -c``: N organisations, each
# with an applicant and a draft that passes every rule of an open call.
SETUP = """
import json, sys
import django
django.setup()
from tests import factories
from fou.applications.eligibility import refresh_rule_results
count = int(sys.argv[1])
call = factories.call(2027)
drafts = []
for i in range(count):
    org = factories.organisation(f"Stadsdel {i}", key=f"stadsdel-{i}")
    person = factories.user(f"sokande{i}", "applicant", org)
    person.set_password(sys.argv[2])
    person.save()
    draft = factories.application(
        call, org, creator=person, title=f"Projekt {i}", purpose="Att pröva.",
        amount_asked=100_000, project_year=1,
        gender_equality_analysis="Insatsen når alla.",
    )
    draft.focus_areas.set(call.focus_areas.all())
    refresh_rule_results(draft)
    drafts.append([person.username, draft.pk])
print(json.dumps(drafts))
"""

# The app's own settings; only the password hash is a fast one, so that
# logging 20 people in first does not take most of the run (the submissions
# are what is measured).
BURST_SETTINGS = """
from fou.settings import *  # noqa: F403
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
"""
# The same before WAL, busy timeout and immediate transactions: Django's
# SQLite defaults.
OLD_SETTINGS = (
    BURST_SETTINGS
    + """
DATABASES["default"]["OPTIONS"] = {}  # noqa: F405
"""
)


@dataclass
class BurstResult:
    label: str
    statuses: list = field(default_factory=list)
    seconds: list = field(default_factory=list)
    submitted: int = 0

    @property
    def errors(self) -> int:
        return sum(1 for status in self.statuses if status != 302)

    @property
    def p95(self) -> float:
        ordered = sorted(self.seconds)
        return ordered[max(0, math.ceil(0.95 * len(ordered)) - 1)] if ordered else 0.0


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _environment(workdir: Path, database: Path, settings_module: str) -> dict:
    env = dict(os.environ)
    env.update(
        DATABASE_URL=f"sqlite:///{database}",
        DJANGO_SETTINGS_MODULE=settings_module,
        DJANGO_DEBUG="1",
        PYTHONPATH=os.pathsep.join([str(ROOT), str(workdir)]),
    )
    env.pop("SECRET_KEY", None)
    return env


def prepare_template(workdir: Path) -> Path:
    """A migrated, empty database to copy for each run (migrating takes seconds)."""
    template = workdir / "template.sqlite3"
    env = _environment(workdir, template, "fou.settings")
    subprocess.run(
        [sys.executable, "manage.py", "migrate", "--noinput", "-v0"], cwd=ROOT, env=env, check=True
    )
    # Back to a single file, so that a copy is the whole database.
    subprocess.run(
        [
            sys.executable,
            "-c",
            "import sqlite3,sys; sqlite3.connect(sys.argv[1]).execute("
            "'PRAGMA journal_mode=DELETE').close()",
            str(template),
        ],
        check=True,
    )
    return template


class _Browser:
    """One applicant's cookies and CSRF token; redirects are not followed."""

    class _NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args, **kwargs):
            return None

    def __init__(self, base: str):
        self.base = base
        self.cookies = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(self.cookies), self._NoRedirect
        )

    def request(self, path: str, data: dict | None = None) -> tuple[int, str]:
        body = None
        headers = {"Referer": self.base + path}
        if data is not None:
            token = next((c.value for c in self.cookies if c.name == "csrftoken"), "")
            body = urllib.parse.urlencode({**data, "csrfmiddlewaretoken": token}).encode()
        request = urllib.request.Request(self.base + path, data=body, headers=headers)
        try:
            with self.opener.open(request, timeout=ANSWER_WITHIN_SECONDS) as response:
                return response.status, response.read().decode()
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode(errors="replace")
        except TimeoutError:
            return NO_ANSWER, f"<title>inget svar inom {ANSWER_WITHIN_SECONDS} s</title>"

    def log_in(self, username: str) -> None:
        self.request("/logga-in/")
        status, _ = self.request("/logga-in/", {"username": username, "password": PASSWORD})
        if status != 302:
            raise RuntimeError(f"{username} kunde inte logga in ({status}).")


def run_burst(*, workdir: Path, template: Path, label: str, count: int = 20, old=False):
    """Start a server, let ``count`` applicants submit at once, stop the server."""
    run_dir = workdir / label
    run_dir.mkdir()
    database = run_dir / "burst.sqlite3"
    shutil.copy(template, database)
    (run_dir / "burst_settings.py").write_text(OLD_SETTINGS if old else BURST_SETTINGS)
    env = _environment(run_dir, database, "burst_settings")
    made = subprocess.run(
        [sys.executable, "-c", SETUP, str(count), PASSWORD],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    )
    drafts = json.loads(made.stdout.strip().splitlines()[-1])
    port = _free_port()
    server = subprocess.Popen(
        [sys.executable, "manage.py", "runserver", f"127.0.0.1:{port}", "--noreload"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        _wait_for(base, server)
        result = _submit_together(base, drafts, label)
    finally:
        server.terminate()
        try:
            _, log = server.communicate(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            _, log = server.communicate()
        if os.environ.get("BURST_SHOW_SERVER_LOG"):
            print(log[-5000:])
    result.submitted = submitted_in(database)
    return result


def submitted_in(database: Path) -> int:
    """What the database itself says was submitted (not what the server answered)."""
    with closing(sqlite3.connect(database)) as connection:
        (count,) = connection.execute(
            "SELECT count(*) FROM applications_application WHERE status = 'submitted'"
        ).fetchone()
    return count


def _wait_for(base: str, server) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError("Servern startade inte: " + server.stderr.read()[-2000:])
        try:
            urllib.request.urlopen(base + "/", timeout=2).close()
            return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            time.sleep(0.2)
    raise RuntimeError("Servern svarade inte inom 60 s.")


def _submit_together(base: str, drafts: list, label: str) -> BurstResult:
    result = BurstResult(label=label)
    browsers = []
    for username, pk in drafts:
        browser = _Browser(base)
        browser.log_in(username)
        browser.request(f"/ansokningar/{pk}/kontrollera/")
        browsers.append((browser, pk))
    barrier = threading.Barrier(len(browsers))
    lock = threading.Lock()

    def submit(browser, pk):
        barrier.wait()
        started = time.perf_counter()
        status, body = browser.request(f"/ansokningar/{pk}/kontrollera/", {})
        elapsed = time.perf_counter() - started
        with lock:
            result.statuses.append(status)
            result.seconds.append(elapsed)
            if status != 302:
                found = re.search(r"<title>(.*?)</title>", body, re.S)
                title = " ".join(found.group(1).split()) if found else ""
                print(f"  {label}: HTTP {status or '–'} {title}"[:120])

    threads = [threading.Thread(target=submit, args=pair) for pair in browsers]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return result

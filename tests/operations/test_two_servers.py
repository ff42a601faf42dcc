"""Two app servers (gunicorn, DJANGO_DEBUG=0) on different ports against one
PostgreSQL and one file store: a session, a draft and an attachment made on
one are there on the other, a stale save is refused across them, and
reference numbers stay unique when both take submissions at once."""

import os
import re
import uuid
from concurrent.futures import ThreadPoolExecutor

import pytest
import requests

from tests.applications.files import PDF
from tests.operations.servers import (
    create_database,
    drop_database,
    manage,
    production_env,
    server,
)

SEED = """
from tests import factories
farsta = factories.organisation("Farsta")
anna = factories.user("anna", "applicant", farsta, email="anna@farsta.example")
factories.user("bo", "applicant", farsta)
call = factories.call(2027, max_applications_per_organisation=20)
print(call.pk, farsta.pk)
"""


def draft_fields(version, title="Tidigt stöd i Farsta"):
    return {
        "version": version,
        "title": title,
        "purpose": "Att pröva tidigt stöd till familjer.",
        "amount_asked": "450 000 kr",
        "project_year": "1",
        "continues": "",
        "gender_equality_analysis": "Insatsen når både mammor och pappor.",
    }


class Browser:
    """One person's cookies, used against whichever server answers."""

    def __init__(self):
        self.http = requests.Session()

    def token(self, url):
        page = self.http.get(url, timeout=30)
        assert page.status_code == 200, (url, page.status_code)
        return re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.text).group(1), page

    def post(self, url, data, files=None, expect=302, form_page=None):
        token, _ = self.token(form_page or url)
        response = self.http.post(
            url,
            data={**data, "csrfmiddlewaretoken": token},
            files=files,
            headers={"Referer": url},
            allow_redirects=False,
            timeout=60,
        )
        assert response.status_code == expect, (url, response.status_code, response.text[-800:])
        return response


def version_on(page_text):
    return int(re.search(r'name="version" value="(\d+)"', page_text).group(1))


@pytest.fixture
def shared_backend(tmp_path):
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith("postgres"):
        pytest.skip("two app servers need one PostgreSQL: set DATABASE_URL=postgres://…")
    database = url.rsplit("/", 1)[0] + f"/fou_two_servers_{uuid.uuid4().hex[:8]}"
    create_database(database)
    env = production_env(database, tmp_path / "media", TASKS_BACKEND="database")
    try:
        manage(env, "migrate", "--noinput")
        manage(env, "createcachetable")
        manage(env, "collectstatic", "--noinput", "--verbosity", "0")
        seeded = manage(env, "shell", "--no-imports", "-c", SEED).stdout.split()
        yield env, int(seeded[-2]), int(seeded[-1])
    finally:
        drop_database(database)


def test_two_servers_share_sessions_drafts_files_versions_and_references(shared_backend):
    env, call_pk, farsta_pk = shared_backend
    with server(env) as a, server(env) as b:
        anna = Browser()
        anna.post(a + "logga-in/", {"username": "anna", "password": "test-lösenord-123"})
        # The session made on A is known to B (sessions live in the database).
        assert anna.http.get(b + "min-sida/", allow_redirects=False, timeout=30).status_code == 200

        started = anna.post(a + f"ansokningar/ny/{call_pk}/", {"organisation": farsta_pk})
        pk = int(re.search(r"/ansokningar/(\d+)/andra/", started.headers["Location"]).group(1))
        edit = f"ansokningar/{pk}/andra/"
        # Bo, of the same organisation, opens the draft on B before Anna saves on A.
        bo = Browser()
        bo.post(b + "logga-in/", {"username": "bo", "password": "test-lösenord-123"})
        _, page = bo.token(b + edit)
        loaded = version_on(page.text)

        anna.post(a + edit, draft_fields(loaded, title="Sparad på server A"))
        _, page = anna.token(b + edit)
        assert "Sparad på server A" in page.text
        assert version_on(page.text) == loaded + 1

        # Bo's form on B was loaded before A's save: refused, both versions shown.
        stale = bo.post(b + edit, draft_fields(loaded, title="Gammal flik"), expect=409)
        assert "Sparad på server A" in stale.text and "Gammal flik" in stale.text
        _, page = anna.token(a + edit)
        assert "Gammal flik" not in page.text

        # An attachment uploaded through A is read back through B (one file store).
        anna.post(
            a + f"ansokningar/{pk}/bilagor/",
            {
                **draft_fields(version_on(page.text), title="Sparad på server A"),
                "kind": "Övrig bilaga",
            },
            files={"file": ("plan.pdf", PDF, "application/pdf")},
            form_page=a + edit,
        )
        _, page = anna.token(b + edit)
        download = re.search(rf'href="(/ansokningar/{pk}/bilagor/\d+/)"', page.text).group(1)
        assert anna.http.get(b + download.lstrip("/"), timeout=30).content == PDF

        # Eight drafts submitted at once, alternating servers.
        drafts = []
        for n in range(8):
            response = anna.post(a + f"ansokningar/ny/{call_pk}/", {"organisation": farsta_pk})
            draft = int(re.search(r"/ansokningar/(\d+)/", response.headers["Location"]).group(1))
            _, page = anna.token(a + f"ansokningar/{draft}/andra/")
            anna.post(
                a + f"ansokningar/{draft}/andra/", draft_fields(version_on(page.text), f"Nr {n}")
            )
            drafts.append(draft)
        token, _ = anna.token(a + "min-sida/")

        def submit(item):
            n, draft = item
            base = (a, b)[n % 2]
            return anna.http.post(
                base + f"ansokningar/{draft}/kontrollera/",
                data={"csrfmiddlewaretoken": token},
                headers={"Referer": base},
                allow_redirects=False,
                timeout=60,
            ).status_code

        with ThreadPoolExecutor(max_workers=8) as pool:
            statuses = list(pool.map(submit, enumerate(drafts)))
        assert statuses == [302] * 8
        references = set()
        for n, draft in enumerate(drafts):
            receipt = anna.http.get((b, a)[n % 2] + f"ansokningar/{draft}/kvitto/", timeout=30)
            references.add(re.search(r"FoU-2027-\d{4}", receipt.text).group(0))
        assert references == {f"FoU-2027-{i:04d}" for i in range(1, 9)}

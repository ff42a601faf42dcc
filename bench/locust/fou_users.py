"""Locust users for bench/load.py: applicants, council members and officers.

Each user takes a signed-in session prepared by bench/load.py (the cookie
value of a real Django session), so the load measures pages, not password
hashing. Sessions are in FOU_SESSIONS (JSON: role → list of cookie values;
for applicants, [cookie value, organisation id] of an organisation of her own).
"""

import itertools
import json
import os
import re

from locust import HttpUser, between, task

SESSIONS = json.loads(os.environ["FOU_SESSIONS"])
CALL = int(os.environ["FOU_CALL"])
PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
)
_next = {role: itertools.cycle(values) for role, values in SESSIONS.items()}
TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
VERSION = re.compile(r'name="version" value="(\d+)"')
TITLE = re.compile(r"<title>\s*(.*?)\s*</title>", re.S)


def failure_text(response) -> str:
    """HTTP status and the page's title, so that an error says which refusal it was."""
    found = TITLE.search(response.text or "")
    return f"HTTP {response.status_code}" + (f" ({found.group(1)[:80]})" if found else "")


class SignedIn(HttpUser):
    abstract = True
    wait_time = between(1, 3)
    role = ""

    def on_start(self):
        self.client.cookies.set("sessionid", self.take_session())
        self.client.cookies.set("django_language", "sv")

    def take_session(self) -> str:
        return next(_next[self.role])

    def page(self, url, name=None):
        with self.client.get(url, name=name or url, catch_response=True) as response:
            if response.status_code != 200:
                response.failure(failure_text(response))
            return response

    def post(self, url, data, name, files=None, expect=(302,)):
        token = self.client.cookies.get("csrftoken")
        data = {**data, "csrfmiddlewaretoken": token}
        headers = {"Referer": self.host + url, "X-CSRFToken": token}
        with self.client.post(
            url,
            data=data,
            files=files,
            headers=headers,
            name=name,
            allow_redirects=False,
            catch_response=True,
        ) as response:
            if response.status_code not in expect:
                response.failure(failure_text(response))
            return response


def draft_fields(version, n):
    return {
        "version": version,
        "title": f"Lasttest {n}",
        "purpose": "Att pröva tidigt stöd till familjer. " * 5,
        "amount_asked": "450 000 kr",
        "project_year": "1",
        "continues": "",
        "gender_equality_analysis": "Insatsen når både mammor och pappor.",
    }


class Applicant(SignedIn):
    """Starts a draft, writes (autosave), uploads the plan and submits."""

    role = "applicant"
    weight = 6

    def take_session(self) -> str:
        key, self.organisation = next(_next[self.role])
        return key

    def on_start(self):
        super().on_start()
        self.page("/utlysningar/", name="/utlysningar/")
        self.draft = None
        self.start_draft()

    def start_draft(self):
        response = self.post(
            f"/ansokningar/ny/{CALL}/", {"organisation": self.organisation}, "start"
        )
        found = re.search(r"/ansokningar/(\d+)/", response.headers.get("Location", ""))
        self.draft = int(found.group(1)) if found else None
        self.version = None
        self.edits = 0

    def edit_page(self):
        response = self.page(f"/ansokningar/{self.draft}/andra/", name="/ansokningar/[id]/andra/")
        found = VERSION.search(response.text or "")
        self.version = int(found.group(1)) if found else self.version

    @task(3)
    def write(self):
        if self.draft is None:
            return self.start_draft()
        if self.version is None:
            self.edit_page()
        self.edits += 1
        response = self.post(
            f"/ansokningar/{self.draft}/autospara/",
            draft_fields(self.version, self.edits),
            "autosave",
            expect=(200,),
        )
        if "konflikt" in (response.text or "").lower():
            self.version = None

    @task(2)
    def look(self):
        if self.draft is not None:
            self.edit_page()
        self.page("/min-sida/")

    @task(1)
    def upload_and_submit(self):
        if self.draft is None:
            return self.start_draft()
        self.edit_page()
        self.post(
            f"/ansokningar/{self.draft}/bilagor/",
            {**draft_fields(self.version, self.edits), "kind": "Projektplan"},
            "upload",
            files={"file": ("projektplan.pdf", PDF, "application/pdf")},
        )
        self.post(f"/ansokningar/{self.draft}/kontrollera/", {}, "submit")
        self.start_draft()


class CouncilMember(SignedIn):
    role = "council"
    weight = 2

    @task(3)
    def review_list(self):
        response = self.page("/bedomning/")
        links = re.findall(r'href="(/bedomning/ansokan/\d+/)"', response.text or "")
        if links:
            self.page(links[0], name="/bedomning/ansokan/[id]/")

    @task(1)
    def calls(self):
        self.page("/utlysningar/")


class Officer(SignedIn):
    role = "officer"
    weight = 2

    @task(4)
    def application_list(self):
        self.page("/ansokningar/")

    @task(2)
    def filtered(self):
        self.page("/ansokningar/?status=submitted", name="/ansokningar/?status=")

    @task(1)
    def export(self):
        self.page("/ansokningar/export.xlsx")

    @task(1)
    def allocation(self):
        self.page("/fordelning/2023/", name="/fordelning/[år]/")

"""The demo's 2023 applications with the allocation version chosen as the
proposal to the committee, as an officer leaves it after "Välj som förslag"."""

import json
import re
import zlib
from pathlib import Path

import pytest
from django.core.management import call_command

from fou.accounts.models import User
from fou.allocations.candidates import default_settings, recorded_locks
from fou.allocations.models import AllocationProposal
from fou.allocations.services import proposal_choose, proposal_create

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"
DECISION_2023 = json.loads((SHARED / "data" / "allocation-2023.json").read_text("utf-8"))
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"


@pytest.fixture(scope="module")
def demo_module(django_db_setup, django_db_blocker):
    """The demo data loaded once per test module (it takes seconds), each
    test's own changes rolled back, and the database emptied afterwards so
    other areas' tests start from nothing as they expect."""
    with django_db_blocker.unblock():
        call_command("load_demo", "--quiet-logins")
        hanna = User.objects.get(username="hanna")
        proposal = proposal_create(
            year=2023, settings=default_settings(2023), locks=recorded_locks(2023), user=hanna
        )
        proposal_choose(proposal=proposal, user=hanna)
    yield
    with django_db_blocker.unblock():
        call_command("flush", "--no-input")


@pytest.fixture
def demo(demo_module, db):
    return None


@pytest.fixture
def hanna(demo):
    return User.objects.get(username="hanna")


@pytest.fixture
def chosen_2023(demo):
    return AllocationProposal.objects.get(year=2023, is_chosen=True)


@pytest.fixture
def nothing_chosen(demo):
    AllocationProposal.objects.filter(is_chosen=True).update(is_chosen=False)


def plain(text: str) -> str:
    """Non-breaking spaces read as spaces, as a reader sees them."""
    return text.replace("\u00a0", " ")


def pdf_bytes_unpacked(raw: bytes) -> bytes:
    """The PDF with its compressed object streams inflated, to find catalogue
    entries such as /Lang that sit inside them."""
    inflated = []
    for match in re.finditer(rb"stream\r?\n(.*?)\r?\nendstream", raw, re.S):
        try:
            inflated.append(zlib.decompress(match.group(1)))
        except zlib.error:
            continue
    return raw + b"".join(inflated)

import pytest
from django.core.management import call_command
from django.test import Client

from fou.accounts.models import User
from fou.allocations.models import AllocationProposal
from fou.applications.models import Application


@pytest.fixture
def demo(db):
    call_command("load_demo", "--quiet-logins")


@pytest.fixture
def hanna(demo, client):
    client.force_login(User.objects.get(username="hanna"))
    return client


def form_data(client, **changes):
    """The form as the page fills it in, with the given changes."""
    form = client.get("/fordelning/2023/").context["form"]
    data = {}
    for name in form.fields:
        value = form[name].value()
        if value is None:
            continue
        data[name] = value
    data.update(changes)
    return data


def test_officer_computes_and_stores_a_version(hanna):
    response = hanna.post("/fordelning/2023/", form_data(hanna, note="Första körningen"))
    assert response.status_code == 302
    stored = AllocationProposal.objects.get()
    assert (stored.number, stored.created_by.username, stored.note) == (
        1,
        "hanna",
        "Första körningen",
    )
    page = hanna.get(response.url).content.decode()
    assert "Sänkt med 20\u00a0%" in page or "Sänkt med 20 %" in page
    assert "3\u00a0850\u00a0000\u00a0kr" in page


def test_a_smaller_budget_and_the_comparison(hanna):
    hanna.post("/fordelning/2023/", form_data(hanna))
    hanna.post("/fordelning/2023/", form_data(hanna, budget_LUM="3 000 000", note="Mindre budget"))
    second = AllocationProposal.objects.get(number=2)
    lum = second.data["settings"]["budgets"]["LUM"]
    assert lum == 3_000_000
    granted = sum(d["amount"] for d in second.data["decisions"] if d["amount"])
    assert granted <= 3_000_000 + 188_500
    page = hanna.get("/fordelning/2023/jamfor/", {"a": 1, "b": 2}).content.decode()
    assert "avslagen" in page or "beviljad → avslagen" in page
    assert "3\u00a0850\u00a0000\u00a0kr" in page and "3\u00a0000\u00a0000\u00a0kr" in page


def test_a_refused_application_says_how_much_more_budget_would_fund_it(hanna):
    hanna.post("/fordelning/2023/", form_data(hanna, budget_LUM="3 700 000"))
    page = hanna.get("/fordelning/2023/version/1/").content.decode()
    assert "Skulle ha beviljats om budgeten för LUM vore" in page


@pytest.mark.parametrize("typed, message", [("-1", "negativ"), ("abc", "hela kronor")])
def test_a_bad_budget_is_explained_and_nothing_is_stored(hanna, typed, message):
    response = hanna.post("/fordelning/2023/", form_data(hanna, budget_LUM=typed))
    page = response.content.decode()
    assert response.status_code == 400
    assert message in page
    assert f'value="{typed}"' in page
    assert not AllocationProposal.objects.exists()


def test_locks_over_the_budget_name_the_conflict_and_store_nothing(hanna):
    apps = Application.objects.filter(call__year=2023, call__fund__code="MUL")[:2]
    changes = {}
    for application in apps:
        changes[f"lock_{application.pk}"] = "grant"
        changes[f"lock_amount_{application.pk}"] = "25 000"
        changes[f"lock_reason_{application.pk}"] = "Prioriterad av nämnden"
    response = hanna.post("/fordelning/2023/", form_data(hanna, budget_MUL="30 000", **changes))
    page = response.content.decode()
    assert response.status_code == 409
    assert "Låsningarna går inte att uppfylla" in page
    assert "20\u00a0000\u00a0kr" in page  # 50 000 locked against 30 000
    assert not AllocationProposal.objects.exists()


def test_a_lock_needs_a_reason(hanna):
    application = Application.objects.filter(call__year=2023).first()
    response = hanna.post(
        "/fordelning/2023/",
        form_data(
            hanna, **{f"lock_{application.pk}": "refuse", f"lock_reason_{application.pk}": ""}
        ),
    )
    assert "Skriv skälet till låsningen." in response.content.decode()
    assert not AllocationProposal.objects.exists()


def test_two_officers_each_keep_their_own_what_if(hanna, demo):
    other = Client()
    other.force_login(User.objects.create_user("gustav", role="officer"))
    first = hanna.post("/fordelning/2023/", form_data(hanna, budget_LUM="3 000 000"))
    second = other.post("/fordelning/2023/", form_data(other, budget_LUM="3 500 000"))
    assert first.url != second.url
    budgets = {
        p.created_by.username: p.data["settings"]["budgets"]["LUM"]
        for p in AllocationProposal.objects.all()
    }
    assert budgets == {"hanna": 3_000_000, "gustav": 3_500_000}


def test_choosing_a_version_replaces_the_earlier_choice(hanna):
    hanna.post("/fordelning/2023/", form_data(hanna))
    hanna.post("/fordelning/2023/", form_data(hanna, budget_LUM="3 000 000"))
    hanna.post("/fordelning/2023/version/1/valj/")
    hanna.post("/fordelning/2023/version/2/valj/")
    chosen = AllocationProposal.objects.get(is_chosen=True)
    assert chosen.number == 2


@pytest.mark.parametrize("username", ["anna", "rut", "lars"])
def test_only_officers_allocate(client, demo, username):
    client.force_login(User.objects.get(username=username))
    assert client.get("/fordelning/2023/").status_code == 403
    assert client.post("/fordelning/2023/", {"budget_LUM": "1"}).status_code == 403
    assert not AllocationProposal.objects.exists()

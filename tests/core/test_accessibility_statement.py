"""The accessibility statement in DIGG's structure, linked from every page."""

import pytest

HEADINGS = [
    "Hur tillgänglig är webbplatsen?",
    "Vad kan du göra om du inte kan använda delar av webbplatsen?",
    "Rapportera brister i webbplatsens tillgänglighet",
    "Tillsyn",
    "Teknisk information om webbplatsens tillgänglighet",
    "Innehåll som inte är tillgängligt",
    "Hur vi testat webbplatsen",
]


@pytest.mark.django_db
def test_statement_has_diggs_sections_in_order_and_is_linked_from_the_footer(client):
    assert 'href="/tillganglighet/"' in client.get("/").content.decode()
    page = client.get("/tillganglighet/").content.decode()
    positions = [page.index(f">{heading}</h2>") for heading in HEADINGS]
    assert positions == sorted(positions)
    assert "digg.se" in page
    assert "axe-core" in page

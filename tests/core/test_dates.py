"""Dates read the Swedish way: "1 september 2026" in prose, ISO in tables."""

import datetime
import re
from pathlib import Path

import pytest
from django.template import Context, Template
from django.utils import translation

from tests import factories
from tests.factories import STOCKHOLM

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.django_db
def test_calls_table_shows_iso_dates_and_the_call_page_swedish_months(client):
    call = factories.call(
        opens=datetime.datetime(2026, 9, 1, 8, tzinfo=STOCKHOLM),
        closes=datetime.datetime(2027, 3, 31, 23, 59, tzinfo=STOCKHOLM),
    )
    table = client.get("/utlysningar/").content.decode()
    assert "2026-09-01 – 2027-03-31" in table
    assert "Sep" not in table
    detail = client.get(f"/utlysningar/{call.pk}/").content.decode()
    assert "1 september 2026 – 31 mars 2027 kl. 23.59" in detail


def test_named_formats_are_swedish():
    with translation.override("sv"):
        out = Template(
            '{{ d|date }}|{{ d|date:"SHORT_DATE_FORMAT" }}|{{ t|date:"DATETIME_FORMAT" }}'
        ).render(
            Context(
                {
                    "d": datetime.date(2022, 5, 2),
                    "t": datetime.datetime(2026, 9, 1, 9, 5),
                }
            )
        )
    assert out == "2 maj 2022|2022-05-02|1 september 2026 kl. 09.05"


def test_no_template_abbreviates_or_capitalises_a_month():
    # "M" gives "Maj", "Sep": capitalised English-style abbreviations.
    offenders = [
        str(path.relative_to(ROOT))
        for path in (ROOT / "fou").rglob("*.html")
        if re.search(r'\|date:"(?![A-Z_]+")[^"]*[MbN]', path.read_text(encoding="utf-8"))
    ]
    assert offenders == []

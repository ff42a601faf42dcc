"""Every audit record is reachable from "Allt", page by page, newest first."""

import math
import re

from django.apps import apps

from fou.core.audit import AUDITED_MODELS


def test_every_record_is_reachable_beyond_the_newest_500(as_officer, lum_call, farsta):
    for number in range(520):
        farsta.key = f"farsta-{number:03d}"
        farsta._change_reason = f"Ändring nummer {number:03d}"
        farsta.save()
    first = as_officer.get("/andringslogg/").content.decode()
    assert "Ändring nummer 519" in first
    total = sum(apps.get_model(label).history.count() for label in AUDITED_MODELS)
    assert total > 520
    pages = int(re.search(r"Sida 1 av (\d+)", first).group(1))
    assert pages == math.ceil(total / 50)
    last = as_officer.get("/andringslogg/", {"sida": pages}).content.decode()
    assert "Ändring nummer 000" in last
    assert last.count("<tr") - 1 == total - 50 * (pages - 1)

import io
import json
import os
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from fou.calls.models import Fund
from tests.domain.text.seeds import ALLOCATION_2023, DECISION_002

# The organisation names come from the database (its fallback when empty).
pytestmark = pytest.mark.django_db

FIXTURES = Path(__file__).resolve().parents[1] / "domain" / "documents" / "fixtures"


def _run(*args):
    out, err = io.StringIO(), io.StringIO()
    call_command("extract_allocation", *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def test_extract_allocation_prints_the_json_of_seed_002():
    out, _ = _run(str(DECISION_002), "--json")
    expected = json.loads(ALLOCATION_2023.read_text())
    result = json.loads(out)
    assert (result["LUM"], result["MUL"]) == (expected["LUM"], expected["MUL"])


def test_a_wrong_total_is_reported_on_stderr():
    out, err = _run(str(FIXTURES / "decision-2024-wrong-total.txt"), "--json")
    assert "men raden Totalt anger" in err
    assert "total_mismatch" in {issue["code"] for issue in json.loads(out)["issues"]}


def test_no_table_exits_with_code_1():
    with pytest.raises(CommandError, match="inga tabeller hittades") as raised:
        _run(str(FIXTURES / "no-table.txt"), "--json")
    assert raised.value.returncode == 1


def test_empty_file_is_refused(tmp_path):
    empty = tmp_path / "tom.txt"
    empty.write_bytes(b"")
    with pytest.raises(CommandError, match="tom"):
        _run(str(empty))


def test_cp1252_file_is_read_and_reported(tmp_path):
    legacy = tmp_path / "2024.txt"
    legacy.write_bytes((FIXTURES / "decision-2024.txt").read_text().encode("cp1252"))
    out, err = _run(str(legacy), "--json")
    assert "Windows-1252" in err
    assert json.loads(out)["LUM"][0]["organisation"] == "Järva"


def test_file_over_50_mb_is_refused_naming_the_limit(tmp_path):
    huge = tmp_path / "stor.txt"
    with huge.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024 + 1)
    with pytest.raises(CommandError, match="50 MB"):
        _run(str(huge))
    os.remove(huge)


def test_repair_text_reads_stdin_and_writes_stdout(monkeypatch):
    monkeypatch.setattr(
        "sys.stdin", io.StringIO("Arendet 6verlamnas till\nstadsdelsndmnderna for kannedom.\n")
    )
    out = io.StringIO()
    call_command("repair_text", stdout=out)
    assert out.getvalue() == "Ärendet överlämnas till\nstadsdelsnämnderna för kännedom.\n"


def test_extract_allocation_knows_the_organisations_in_the_database():
    from tests import factories

    for name in ("Järva", "Farsta", "Skarpnäck", "Södermalm"):
        factories.organisation(name, key=name.lower())
    out, err = _run(str(FIXTURES / "decision-2024.txt"), "--json")
    assert json.loads(out)["unknown_organisations"] == []
    assert "finns inte i registret" not in err


KULTUR_DECISION = """Förslag till fördelning av Kulturstöd 2027

Förvaltning

Arrangemang

Summa (kronor)

Farsta

Ljusfest

90 000

Totalt

90 000
"""


def test_a_funds_own_table_heading_is_read_from_the_database(tmp_path):
    decision = tmp_path / "kultur.txt"
    decision.write_text(KULTUR_DECISION)
    with pytest.raises(CommandError, match="inga tabeller hittades"):
        _run(str(decision), "--json")
    Fund.objects.create(code="KULT", name="Kulturstöd", decision_table_heading="Arrangemang")
    out, _ = _run(str(decision), "--json")
    assert [row["project"] for row in json.loads(out)["KULT"]] == ["Ljusfest"]

"""Statistics keep unknown figures unknown; charts draw what the table says."""

from fou.domain.decisions.charts import bar_chart_svg
from fou.domain.decisions.statistics import Record, grouped, shown


def record(**changes) -> Record:
    values = dict(
        year=2023, fund="LUM", organisation="Farsta", focus_areas=(), asked=500_000,
        granted=400_000, decided=True, is_granted=True, is_continuation=True, year_complete=True,
    )  # fmt: skip
    return Record(**{**values, **changes})


def test_a_complete_year_counts_everything():
    records = [record(), record(granted=0, is_granted=False, is_continuation=False)]
    (line,) = grouped(records, "year")
    assert (line.applications, line.granted_count, line.asked, line.granted) == (
        2, 1, 1_000_000, 400_000,
    )  # fmt: skip
    assert (line.success_percent, line.continuation_percent) == (50, 50)


def test_a_scanned_year_knows_its_grants_but_not_its_applications():
    records = [record(year=2018, asked=None, granted=None, year_complete=False)]
    (line,) = grouped(records, "year")
    assert line.granted_count == 1
    assert [shown(v) for v in (line.applications, line.asked, line.granted)] == ["okänt"] * 3
    assert shown(line.success_percent) == "okänt"


def test_several_focus_areas_count_in_each_and_none_is_unknown():
    lines = grouped([record(focus_areas=("Tidigt stöd", "Klientcentrering")), record()], "focus")
    assert [line.key for line in lines] == ["Klientcentrering", "Tidigt stöd", "okänt"]


def test_chart_has_a_title_a_bar_per_known_value_and_says_okant():
    svg = bar_chart_svg(title="Beviljat <per> år", bars=[("2023", 4_038_500), ("2018", None)])
    assert svg.count("<rect") == 1
    assert "Beviljat &lt;per&gt; år" in svg and "okänt" in svg
    assert "4\u00a0038\u00a0500" in svg and 'role="img"' in svg

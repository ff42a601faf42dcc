"""Statistics over every application the product knows, history included."""

import csv
import io

from fou.applications.models import Application, Status
from fou.core.xlsx import SheetSpec, workbook
from fou.domain.decisions.charts import bar_chart_svg
from fou.domain.decisions.statistics import DIMENSIONS, Record, grouped, shown

COUNTED = [Status.SUBMITTED, Status.UNDER_REVIEW, Status.GRANTED, Status.REFUSED]
HEADERS = ["Ansökningar", "Beviljade", "Sökt (kr)", "Beviljat (kr)", "Andel beviljade (%)",
           "Andel fortsättningsprojekt (%)"]  # fmt: skip


def records() -> list[Record]:
    applications = list(
        Application.objects.filter(status__in=COUNTED)
        .select_related("call__fund", "grant")
        .prefetch_related("participants", "focus_areas")
    )
    # A year is complete when more than its grants is known: a refusal, or
    # an application submitted here. Scanned years list only their grants.
    complete_years = {
        a.call.year for a in applications if a.status == Status.REFUSED or a.submitted_at
    }
    found = []
    for a in applications:
        grant = getattr(a, "grant", None)
        lead = a.lead
        is_granted = grant is not None and grant.decision == "granted"
        found.append(
            Record(
                year=a.call.year,
                fund=a.call.fund.code,
                organisation=(lead.organisation_name if lead else ""),
                focus_areas=tuple(f.title for f in a.focus_areas.all()),
                asked=a.amount_asked,
                granted=(grant.amount if is_granted else 0) if grant else None,
                decided=grant is not None,
                is_granted=is_granted,
                is_continuation=bool(a.continues_id) or (a.project_year or 1) > 1,
                year_complete=a.call.year in complete_years,
            )
        )
    return found


def tables(*, year: int | None = None) -> list[dict]:
    """Per dimension: its lines, chart and label, for the page and exports."""
    all_records = records()
    chosen = [r for r in all_records if year is None or r.year == year]
    result = []
    for dimension, (label, _keys) in DIMENSIONS.items():
        if dimension == "year" and year is not None:
            continue
        lines = grouped(chosen, dimension)
        chart = bar_chart_svg(
            title=f"Beviljat (kr) per {label.lower()}",
            bars=[(line.key, line.granted) for line in lines],
        )
        result.append({"dimension": dimension, "label": label, "lines": lines, "chart": chart})
    return result


def _cells(line, *, text: bool = True) -> list:
    values = [
        line.applications,
        line.granted_count,
        line.asked,
        line.granted,
        line.success_percent,
        line.continuation_percent,
    ]
    return [line.key] + [shown(v) if text or v is None else v for v in values]


def as_csv(table: dict) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";")
    writer.writerow([table["label"], *HEADERS])
    for line in table["lines"]:
        writer.writerow(_cells(line))
    return buffer.getvalue()


def as_xlsx(all_tables: list[dict]) -> bytes:
    """Known figures as numbers, unknown ones as the text "okänt"."""
    sheets = [
        SheetSpec(
            title=table["label"],
            columns=[(table["label"], 30)] + [(h, 16) for h in HEADERS],
            rows=[_cells(line, text=False) for line in table["lines"]],
            number_formats={"D": "# ##0", "E": "# ##0"},
        )
        for table in all_tables
    ]
    return workbook(sheets)

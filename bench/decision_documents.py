"""Building the decision documents: the real 2023 tjänsteutlåtande (Word,
PDF) and gross lists (Excel) from the demo data's chosen proposal, and the
same documents for a synthetic call of 2 000 applications.

Each figure is printed beside its baseline, measured in the same run: the
time python-docx, openpyxl and WeasyPrint take to write an empty document of
the same number of pages (sheets and rows for Excel) — what the libraries
cost before any of our content.

Runs against a throw-away SQLite file, or the database in BENCH_DATABASE_URL.
"""

import io
import re
import statistics
import subprocess
import tempfile
import time

from support.django_env import setup  # noqa: E402

setup(debug=False)

from django.core.management import call_command  # noqa: E402
from docx import Document  # noqa: E402
from docx.enum.text import WD_BREAK  # noqa: E402
from openpyxl import Workbook  # noqa: E402
from weasyprint import HTML  # noqa: E402

from fou.decisions.rendering import render_decision  # noqa: E402
from fou.domain.decisions.build import Particulars, build_content  # noqa: E402
from fou.domain.decisions.content import FundFacts, Row  # noqa: E402
from fou.domain.decisions.figures import CallDates  # noqa: E402

LARGE = 2_000


def timed(function, repeat: int) -> float:
    """Median seconds over ``repeat`` runs."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def pdf_pages(data: bytes) -> int:
    """Pages as poppler counts them (the page objects sit in compressed streams)."""
    with tempfile.NamedTemporaryFile(suffix=".pdf") as handle:
        handle.write(data)
        handle.flush()
        info = subprocess.run(["pdfinfo", handle.name], capture_output=True, text=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))


def empty_docx(pages: int) -> bytes:
    document = Document()
    for _ in range(pages - 1):
        document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def empty_pdf(pages: int) -> bytes:
    html = "<html lang='sv'><title>x</title>" + "<p style='break-after:page'>.</p>" * pages
    return HTML(string=html).write_pdf(pdf_variant="pdf/a-2b", pdf_tags=True)


def empty_xlsx(sheets: int, rows: int) -> bytes:
    book = Workbook()
    for index in range(sheets):
        sheet = book.active if index == 0 else book.create_sheet()
        for _ in range(rows):
            sheet.append([None] * 7)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def demo_2023():
    from fou.accounts.models import User
    from fou.allocations.candidates import default_settings, recorded_locks
    from fou.allocations.services import proposal_choose, proposal_create
    from fou.decisions.selectors import decision_content

    call_command("migrate", verbosity=0)
    call_command("load_demo", "--quiet-logins", stdout=io.StringIO())
    hanna = User.objects.get(username="hanna")
    proposal = proposal_create(
        year=2023, settings=default_settings(2023), locks=recorded_locks(2023), user=hanna
    )
    proposal_choose(proposal=proposal, user=hanna)
    return lambda: decision_content(year=2023)


def synthetic(count: int):
    """A call of ``count`` applications across 13 districts, as plain content."""
    funds = [
        FundFacts(
            "LUM", "Lokala utvecklingsmedel", max_amount=500_000, continuation_cut_percent=20
        ),
        FundFacts("MUL", "Medel för utveckling och lärande", is_trip_fund=True, max_amount=25_000),
    ]
    rows = []
    for n in range(count):
        fund = "LUM" if n % 4 else "MUL"
        asked = 100_000 + (n * 7919) % 400_000 if fund == "LUM" else 5_000 + (n * 37) % 20_000
        granted = n % 3 != 0
        rows.append(
            Row(
                fund=fund,
                organisation=f"Stadsdelsförvaltning {n % 13:02d}",
                organisation_kind="district",
                project=f"Projekt {n}: tidigt stöd och klientcentrering i ekonomiskt bistånd",
                asked=asked,
                granted=asked if granted else 0,
                status="granted" if granted else "refused",
                reason=""
                if granted
                else "Ryms inte i budgeten; hade beviljats om budgeten vore större.",
                project_year=1 + n % 3,
            )
        )
    return lambda: build_content(
        year=2030,
        funds=funds,
        rows=rows,
        dates=CallDates(),
        prose={},
        particulars=Particulars(),
    )


def measure(label: str, make_content, repeat: int) -> list[tuple]:
    content = make_content()
    # The first PDF is timed and tells how many pages the baselines get.
    start = time.perf_counter()
    pdf = render_decision(make_content(), "pdf").data
    first_pdf = time.perf_counter() - start
    pages = pdf_pages(pdf)
    rows = max(len(t.rows) for t in content.tables) + 2
    sheets = len(content.tables)
    results = [
        (label, "docx", pages, timed(lambda: render_decision(make_content(), "docx"), repeat),
         timed(lambda: empty_docx(pages), repeat)),
        (label, "xlsx", pages, timed(lambda: render_decision(make_content(), "xlsx"), repeat),
         timed(lambda: empty_xlsx(sheets, rows), repeat)),
    ]  # fmt: skip
    more_pdfs = repeat // 3
    ours = first_pdf
    if more_pdfs:
        ours = statistics.median(
            [
                first_pdf,
                *(
                    timed(lambda: render_decision(make_content(), "pdf"), 1)
                    for _ in range(more_pdfs)
                ),
            ]
        )
    results.append((label, "pdf", pages, ours, timed(lambda: empty_pdf(pages), max(1, more_pdfs))))
    return results


def main() -> None:
    results = measure("2023 (19 ansökningar)", demo_2023(), repeat=5)
    results += measure(f"{LARGE} ansökningar", synthetic(LARGE), repeat=1)
    print(f"{'dokument':<24}{'format':<8}{'sidor':>6}{'vår tid':>12}{'tomt dok.':>12}{'kvot':>8}")
    for label, fmt, pages, ours, baseline in results:
        print(
            f"{label:<24}{fmt:<8}{pages:>6}{ours * 1000:>10.0f}ms{baseline * 1000:>10.0f}ms"
            f"{ours / baseline:>8.1f}"
        )
    print(
        "Baslinje: ett tomt dokument med samma antal sidor (python-docx, WeasyPrint) "
        "respektive samma antal blad och rader (openpyxl), mätt i samma körning."
    )


if __name__ == "__main__":
    main()

"""The decision's content rendered as PDF (WeasyPrint), Excel (fou.core.xlsx)
and Word (fou.domain.decisions.word)."""

from dataclasses import dataclass

from django.template.loader import render_to_string
from weasyprint import HTML

from fou.core.xlsx import SheetSpec, workbook
from fou.domain.decisions.content import DecisionContent
from fou.domain.decisions.word import decision_docx, gross_reason

KRONOR_FORMAT = "# ##0"


def html_pdf(html: str) -> bytes:
    """Tagged PDF/A-2b: fonts embedded, title and language from the HTML."""
    return HTML(string=html).write_pdf(pdf_variant="pdf/a-2b", pdf_tags=True)


def decision_pdf(content: DecisionContent) -> bytes:
    return html_pdf(render_to_string("decisions/pdf/decision.html", {"content": content}))


def gross_lists_xlsx(content: DecisionContent) -> bytes:
    sheets = []
    for table in content.tables:
        rows = [
            [
                row.organisation,
                row.project,
                row.project_year,
                row.asked,
                row.granted,
                "Beviljas" if row.is_granted else "Avslås",
                gross_reason(row),
            ]
            for row in table.rows
        ]
        sheets.append(
            SheetSpec(
                title=table.code,
                columns=[
                    ("Förvaltning", 26),
                    (table.project_header, 60),
                    ("Projektår", 10),
                    ("Sökt (kr)", 14),
                    ("Förslag (kr)", 14),
                    ("Förslag", 12),
                    ("Motivering", 70),
                ],
                rows=rows,
                number_formats={"D": KRONOR_FORMAT, "E": KRONOR_FORMAT},
                sum_columns=("D", "E"),
            )
        )
    return workbook(sheets)


@dataclass(frozen=True)
class Rendered:
    data: bytes
    content_type: str
    filename: str


FORMATS = {
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "pdf": "application/pdf",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


def render_decision(content: DecisionContent, fmt: str) -> Rendered:
    """DOCX and PDF are the tjänsteutlåtande; XLSX is its gross lists."""
    if fmt == "docx":
        data, name = decision_docx(content), f"tjansteutlatande-{content.year}.docx"
    elif fmt == "pdf":
        data, name = decision_pdf(content), f"tjansteutlatande-{content.year}.pdf"
    elif fmt == "xlsx":
        data, name = gross_lists_xlsx(content), f"bruttolistor-{content.year}.xlsx"
    else:
        raise ValueError(f"Okänt format ”{fmt}”; välj docx, pdf eller xlsx.")
    return Rendered(data, FORMATS[fmt], name)

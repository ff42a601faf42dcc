"""Real files of each kind, made in memory."""

import io

from docx import Document
from openpyxl import Workbook

PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
)
EXE = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff" + b"\x00" * 200


def docx_bytes(text: str = "Projektplan för Farsta") -> bytes:
    document = Document()
    document.add_paragraph(text)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def xlsx_bytes() -> bytes:
    book = Workbook()
    book.active["A1"] = "Budget"
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()

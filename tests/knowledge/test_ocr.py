"""Scanned documents through Tesseract with Swedish."""

import io

import pytest
from PIL import Image, ImageDraw, ImageFont

from fou.knowledge.extraction import TESSERACT_MISSING, ocr_available
from fou.knowledge.models import Document
from fou.knowledge.services import document_import

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
LINES = ["Reserapport från studieresan", "till Köpenhamn om hemlöshet,", "Södermalm 2022."]


def scanned_page() -> Image.Image:
    page = Image.new("L", (1400, 500), 255)
    draw = ImageDraw.Draw(page)
    font = ImageFont.truetype(FONT, 48)
    for number, line in enumerate(LINES):
        draw.text((60, 60 + number * 110), line, fill=0, font=font)
    return page


def test_without_tesseract_the_message_names_the_packages():
    assert "tesseract-ocr tesseract-ocr-swe" in TESSERACT_MISSING


@pytest.mark.skipif(
    not ocr_available(), reason="Tesseract med svenska saknas: " + TESSERACT_MISSING
)
def test_a_scanned_pdf_is_read_with_swedish_ocr(db):
    buffer = io.BytesIO()
    scanned_page().save(buffer, format="PDF", resolution=150)
    document = document_import(user=None, name="skannad.pdf", data=buffer.getvalue()).document
    assert document.extraction == Document.Extraction.OCR
    assert "Köpenhamn" in document.repaired_text
    assert "hemlöshet" in document.repaired_text


@pytest.mark.skipif(
    not ocr_available(), reason="Tesseract med svenska saknas: " + TESSERACT_MISSING
)
def test_an_image_is_read_with_ocr(db):
    buffer = io.BytesIO()
    scanned_page().save(buffer, format="PNG")
    document = document_import(user=None, name="foto.png", data=buffer.getvalue()).document
    assert "studieresan" in document.repaired_text

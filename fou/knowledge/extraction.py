"""Text out of an imported file: plain text, DOCX, PDF, or a scan through OCR.

PDFs are read with poppler's ``pdftotext``; a PDF without a text layer and
images go through Tesseract with its Swedish model (``tesseract -l swe``).
Both are Debian packages; when one is missing the error names it. The kind
of file is judged by its content, never by its name.
"""

import io
import shutil
import subprocess
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path

from django.utils.translation import gettext_lazy as _
from docx import Document as DocxDocument

from fou.domain.documents.decoding import DocumentError, check_size, decode_document

TOOL_TIMEOUT_SECONDS = 300
OCR_RESOLUTION_DPI = 300
# A PDF page with fewer characters than this is taken to be a scanned image.
MIN_TEXT_PER_PAGE = 25
POPPLER_MISSING = _(
    "PDF-filer kan inte läsas: programmet pdftotext saknas. "
    "Installera Debian-paketet poppler-utils (apt-get install poppler-utils)."
)
TESSERACT_MISSING = _(
    "Skannade dokument kan inte tolkas: Tesseract med svenska saknas. Installera "
    "Debian-paketen tesseract-ocr och tesseract-ocr-swe "
    "(apt-get install tesseract-ocr tesseract-ocr-swe)."
)
_IMAGE_SIGNATURES = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"II*\x00", b"MM\x00*")


@dataclass(frozen=True)
class ExtractedText:
    text: str
    method: str  # one of Document.Extraction's values
    notes: tuple[str, ...] = ()


def _run(command: list[str], *, cwd: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        command, cwd=cwd, capture_output=True, timeout=TOOL_TIMEOUT_SECONDS, check=False
    )


def ocr_available() -> bool:
    if not shutil.which("tesseract"):
        return False
    languages = subprocess.run(
        ["tesseract", "--list-langs"], capture_output=True, text=True, check=False
    )
    return "swe" in (languages.stdout + languages.stderr).split()


def _ocr_images(paths: list[Path], folder: str) -> str:
    if not ocr_available():
        raise DocumentError(TESSERACT_MISSING)
    pages = []
    for path in paths:
        result = _run(["tesseract", str(path), "stdout", "-l", "swe"], cwd=folder)
        if result.returncode != 0:
            raise DocumentError(_("Bilden kunde inte tolkas med OCR; filen verkar vara skadad."))
        pages.append(result.stdout.decode("utf-8", errors="replace"))
    return "\n\n".join(pages)


def _pdf_text(data: bytes) -> ExtractedText:
    if not shutil.which("pdftotext"):
        raise DocumentError(POPPLER_MISSING)
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "source.pdf"
        source.write_bytes(data)
        result = _run(["pdftotext", "-enc", "UTF-8", str(source), "-"], cwd=folder)
        errors = result.stderr.decode("utf-8", errors="replace").lower()
        if "password" in errors or "encrypt" in errors:
            raise DocumentError(
                _(
                    "PDF-filen är lösenordsskyddad (krypterad) och kan inte läsas. "
                    "Spara den utan lösenord och försök igen."
                )
            )
        if result.returncode != 0:
            raise DocumentError(_("PDF-filen är skadad och kunde inte läsas."))
        text = result.stdout.decode("utf-8", errors="replace")
        pages = max(1, text.count("\f"))
        if len("".join(text.split())) >= MIN_TEXT_PER_PAGE * pages:
            return ExtractedText(text.replace("\f", "\n\n"), "pdf")
        # No text layer: render each page and read it with OCR.
        if not shutil.which("pdftoppm"):
            raise DocumentError(POPPLER_MISSING)
        if not ocr_available():
            raise DocumentError(TESSERACT_MISSING)
        rendered = _run(
            ["pdftoppm", "-r", str(OCR_RESOLUTION_DPI), "-png", str(source), "page"], cwd=folder
        )
        images = sorted(Path(folder).glob("page*.png"))
        if rendered.returncode != 0 or not images:
            raise DocumentError(_("PDF-filen är skadad och kunde inte läsas."))
        return ExtractedText(_ocr_images(images, folder), "ocr")


def _docx_text(data: bytes) -> ExtractedText:
    try:
        document = DocxDocument(io.BytesIO(data))
    except Exception as error:  # python-docx raises many kinds for a broken package
        raise DocumentError(_("Word-filen är skadad och kunde inte läsas.")) from error
    paragraphs = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            paragraphs.append(" | ".join(cell.text for cell in row.cells))
    return ExtractedText("\n\n".join(paragraphs), "docx")


def _is_docx(data: bytes) -> bool:
    try:
        return "word/document.xml" in zipfile.ZipFile(io.BytesIO(data)).namelist()
    except zipfile.BadZipFile:
        return False


def extract_text(data: bytes) -> ExtractedText:
    """The text of a file, or DocumentError with a Swedish message saying why not."""
    check_size(len(data))
    if data.startswith(b"%PDF-"):
        extracted = _pdf_text(data)
    elif data.startswith(b"PK"):
        if not _is_docx(data):
            raise DocumentError(
                _("Filen är ett arkiv men ingen Word-fil (DOCX); den kan inte läsas.")
            )
        extracted = _docx_text(data)
    elif data.startswith(_IMAGE_SIGNATURES):
        with tempfile.TemporaryDirectory() as folder:
            image = Path(folder) / "image"
            image.write_bytes(data)
            extracted = ExtractedText(_ocr_images([image], folder), "ocr")
    else:
        if b"\x00" in data[:4096]:
            raise DocumentError(
                _("Filen är varken text, Word (DOCX), PDF eller en bild och kan inte läsas.")
            )
        decoded = decode_document(data)
        extracted = ExtractedText(decoded.text, "text", decoded.notes)
    if not extracted.text.strip():
        raise DocumentError("Ingen text hittades i filen.")
    return extracted

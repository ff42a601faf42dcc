"""What an uploaded file really is, judged by its content, not its name."""

import io
import zipfile
from dataclasses import dataclass

MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024

ALLOWED = {
    "pdf": "PDF",
    "docx": "Word (DOCX)",
    "xlsx": "Excel (XLSX)",
    "odt": "OpenDocument-text (ODT)",
}
CONTENT_TYPES = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "odt": "application/vnd.oasis.opendocument.text",
}
ALLOWED_LIST = "PDF, DOCX, XLSX eller ODT"


class FileRefused(ValueError):
    pass


@dataclass(frozen=True)
class FileKind:
    extension: str
    content_type: str


def _zip_kind(data: bytes) -> str | None:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        names = set(archive.namelist())
        if archive.testzip() is not None:
            raise FileRefused("Filen är skadad eller laddades inte upp helt. Ladda upp den igen.")
    except zipfile.BadZipFile:
        raise FileRefused(
            "Filen är skadad eller laddades inte upp helt. Ladda upp den igen."
        ) from None
    if "word/document.xml" in names:
        return "docx"
    if "xl/workbook.xml" in names:
        return "xlsx"
    if "mimetype" in names:
        mimetype = archive.read("mimetype").decode("ascii", "replace").strip()
        if mimetype == CONTENT_TYPES["odt"]:
            return "odt"
    return None


def identify(data: bytes, *, name: str = "") -> FileKind:
    """Accept PDF, DOCX, XLSX and ODT up to 20 MB; refuse anything else with a
    Swedish reason. A renamed program (e.g. an .exe called .pdf) is refused."""
    if not data:
        raise FileRefused("Filen är tom. Välj en fil med innehåll.")
    if len(data) > MAX_ATTACHMENT_BYTES:
        megabytes = len(data) / 1024 / 1024
        raise FileRefused(f"Filen är {megabytes:.1f} MB. En bilaga får vara högst 20 MB.")
    kind = None
    if data.startswith(b"%PDF-"):
        if b"%%EOF" not in data[-2048:]:
            raise FileRefused("Filen är skadad eller laddades inte upp helt. Ladda upp den igen.")
        kind = "pdf"
    elif data.startswith(b"PK\x03\x04"):
        kind = _zip_kind(data)
    if kind is None:
        shown = f"”{name}” " if name else ""
        raise FileRefused(
            f"Filen {shown}är inte en PDF-, DOCX-, XLSX- eller ODT-fil. "
            f"Spara den som {ALLOWED_LIST} och ladda upp den igen."
        )
    return FileKind(extension=kind, content_type=CONTENT_TYPES[kind])

"""What an uploaded file really is, judged by its content, not its name."""

import io
import zipfile
from dataclasses import dataclass

from fou.domain.i18n import _

MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024
# An office document rarely unpacks to more than a few times its size; 200 MB
# and 10 000 parts leave room for large spreadsheets and image-heavy reports,
# while a "zip bomb" (19 MB that unpacks to 19 GB) is refused before unpacking.
MAX_UNPACKED_BYTES = 200 * 1024 * 1024
MAX_UNPACKED_MEMBERS = 10_000
DAMAGED = _("Filen är skadad eller laddades inte upp helt. Ladda upp den igen.")

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
ALLOWED_LIST = _("PDF, DOCX, XLSX eller ODT")


class FileRefused(ValueError):
    pass


@dataclass(frozen=True)
class FileKind:
    extension: str
    content_type: str


def _check_declared_size(archive: zipfile.ZipFile) -> None:
    """Judge the archive by its directory, before anything is unpacked. Reading
    stops at each member's declared size, so the declared total bounds the work."""
    members = archive.infolist()
    if len(members) > MAX_UNPACKED_MEMBERS:
        raise FileRefused(
            _(
                "Filen innehåller {count} filer; högst {most} tillåts. Spara "
                "den på nytt eller dela upp den.",
                count=len(members),
                most=MAX_UNPACKED_MEMBERS,
            )
        )
    unpacked = sum(member.file_size for member in members)
    if unpacked > MAX_UNPACKED_BYTES:
        raise FileRefused(
            _(
                "Filen skulle packas upp till {megabytes:.0f} MB; högst {most_megabytes} MB "
                "tillåts. Spara den på nytt eller dela upp den.",
                megabytes=unpacked / 1024 / 1024,
                most_megabytes=MAX_UNPACKED_BYTES // 1024 // 1024,
            )
        )


def _zip_kind(data: bytes) -> str | None:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        _check_declared_size(archive)
        names = set(archive.namelist())
        if archive.testzip() is not None:
            raise FileRefused(DAMAGED)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, EOFError):
        raise FileRefused(DAMAGED) from None
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
        raise FileRefused(_("Filen är tom. Välj en fil med innehåll."))
    if len(data) > MAX_ATTACHMENT_BYTES:
        megabytes = len(data) / 1024 / 1024
        raise FileRefused(
            _("Filen är {megabytes:.1f} MB. En bilaga får vara högst 20 MB.", megabytes=megabytes)
        )
    kind = None
    if data.startswith(b"%PDF-"):
        if b"%%EOF" not in data[-2048:]:
            raise FileRefused(DAMAGED)
        kind = "pdf"
    elif data.startswith(b"PK\x03\x04"):
        kind = _zip_kind(data)
    if kind is None:
        shown = f"”{name}” " if name else ""
        raise FileRefused(
            _(
                "Filen {shown}är inte en PDF-, DOCX-, XLSX- eller ODT-fil. Spara den som "
                "{allowed} och ladda upp den igen.",
                shown=shown,
                allowed=ALLOWED_LIST,
            )
        )
    return FileKind(extension=kind, content_type=CONTENT_TYPES[kind])

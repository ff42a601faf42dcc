"""Turning an uploaded or given file's bytes into text, or saying why not."""

import re
from dataclasses import dataclass

MAX_DOCUMENT_BYTES = 50 * 1024 * 1024
MAX_DOCUMENT_LABEL = "50 MB"
# Control characters other than tab, line and page breaks are not text (a NUL
# cannot even be stored in PostgreSQL): a file holding them is no OCR text.
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")


class DocumentError(ValueError):
    """A file that cannot be read as a document; the message is for people."""


@dataclass(frozen=True)
class DecodedDocument:
    text: str
    encoding: str
    # Swedish notes for the person, e.g. that the file was not UTF-8.
    notes: tuple[str, ...] = ()


def check_size(size: int) -> None:
    """Refuse a file before reading it when it is too large or empty."""
    if size > MAX_DOCUMENT_BYTES:
        raise DocumentError(
            f"Filen är för stor: högst {MAX_DOCUMENT_LABEL} kan läsas in. Dela upp dokumentet."
        )
    if size == 0:
        raise DocumentError("Filen är tom.")


def decode_document(data: bytes) -> DecodedDocument:
    """UTF-8, else Windows-1252 (what older Swedish Word exports use), else an error."""
    check_size(len(data))
    try:
        text = data.decode("utf-8-sig")
        encoding, notes = "utf-8", ()
    except UnicodeDecodeError:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError as error:
            raise DocumentError(
                "Filen är varken UTF-8 eller Windows-1252 och kan inte läsas. "
                "Spara den som UTF-8-text och försök igen."
            ) from error
        encoding = "cp1252"
        notes = ("Filen var inte UTF-8 och lästes som Windows-1252 (cp1252); granska tecknen.",)
    control = _CONTROL.search(text)
    if control:
        line = text.count("\n", 0, control.start()) + 1
        raise DocumentError(
            f"Filen innehåller styrtecken (kod {ord(control.group()):#04x}) på rad {line}, "
            "vilket en textfil inte har. Spara dokumentet som vanlig text (.txt) och försök igen."
        )
    if not text.strip():
        raise DocumentError("Filen innehåller ingen text.")
    return DecodedDocument(text, encoding, notes)

"""Archives (DOCX, XLSX, ODT) are judged by what they declare before a byte is unpacked."""

import io
import zipfile

import pytest

from fou.domain.files import MAX_UNPACKED_BYTES, MAX_UNPACKED_MEMBERS, FileRefused, identify

CONTENT_TYPES = (
    '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/'
    'package/2006/content-types"/>'
)


def zip_bomb(unpacked_bytes: int) -> bytes:
    """A DOCX whose document unpacks to ``unpacked_bytes`` of zeros: small on disk."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        with archive.open("word/document.xml", "w", force_zip64=True) as member:
            chunk = b"\0" * (1024 * 1024)
            for _ in range(unpacked_bytes // len(chunk)):
                member.write(chunk)
    return buffer.getvalue()


def many_members(count: int) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as archive:
        archive.writestr("word/document.xml", "<w:document/>")
        for number in range(count):
            archive.writestr(f"word/media/{number}.txt", "")
    return buffer.getvalue()


def test_a_zip_bomb_is_refused_unread():
    bomb = zip_bomb(MAX_UNPACKED_BYTES + 1024 * 1024)
    assert len(bomb) < 2 * 1024 * 1024  # small on disk, like the 19 MB file that unpacked to 19 GB
    with pytest.raises(FileRefused, match="packas upp"):
        identify(bomb, name="bomb.docx")


def test_an_archive_with_too_many_members_is_refused():
    with pytest.raises(FileRefused, match="filer"):
        identify(many_members(MAX_UNPACKED_MEMBERS + 1), name="många.docx")


def test_an_archive_within_the_limits_is_accepted():
    assert identify(many_members(100), name="plan.docx").extension == "docx"

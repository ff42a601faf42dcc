import pytest

from fou.domain.documents.decoding import (
    MAX_DOCUMENT_BYTES,
    DocumentError,
    check_size,
    decode_document,
)


def test_utf8_is_read_as_is():
    document = decode_document("Förslag till fördelning".encode())
    assert document.text == "Förslag till fördelning"
    assert document.notes == ()


def test_cp1252_is_read_and_reported():
    document = decode_document("Förslag till fördelning".encode("cp1252"))
    assert document.text == "Förslag till fördelning"
    assert document.encoding == "cp1252"
    assert "Windows-1252" in document.notes[0]


def test_bytes_neither_utf8_nor_cp1252_are_refused():
    with pytest.raises(DocumentError, match="varken UTF-8 eller Windows-1252"):
        decode_document(b"\x81\x8d\x8f\x90")


@pytest.mark.parametrize("data", [b"", b"  \n\n "])
def test_an_empty_file_is_refused(data):
    with pytest.raises(DocumentError, match="tom|ingen text"):
        decode_document(data)


def test_a_file_over_the_limit_is_refused_naming_the_limit():
    with pytest.raises(DocumentError, match="50 MB"):
        check_size(MAX_DOCUMENT_BYTES + 1)

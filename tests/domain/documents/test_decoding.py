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


@pytest.mark.parametrize("control", ["\0", "\x07", "\x1b", "\x7f", "\x85"])
def test_control_characters_are_refused_naming_the_line(control):
    text = f"Förslag till fördelning\nrad två {control} här\n"
    with pytest.raises(DocumentError, match="styrtecken.*rad 2"):
        decode_document(text.encode())


def test_tabs_page_breaks_and_windows_line_ends_are_text():
    document = decode_document("Förvaltning\tSumma\r\n\fSida 2\r\n".encode())
    assert "\f" in document.text


def test_a_long_run_of_nul_bytes_is_refused():
    with pytest.raises(DocumentError, match="styrtecken"):
        decode_document(b"\0" * 100_000)

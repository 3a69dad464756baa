"""Reading articles: encodings, newline and Unicode normalisation, refused input."""
from __future__ import annotations

import codecs
import io
import os
import sys
import unicodedata
from pathlib import Path

import pytest

from dtextract.errors import InputError
from dtextract.reader import Decoded, decode, normalize, read_path, read_stdin

ARTICLE = ("Phú Thọ, ngày 8/8/2022\n"
           "Tính đến tháng 8/2022, tỉnh tiếp nhận 194.360 hồ sơ, đạt 55,32%.\n"
           "Năm 2023, doanh thu đạt hơn 5,2 tỷ USD, tăng 10,01% so với năm 2022; "
           "xếp thứ 2 toàn quốc về chỉ số chuyển đổi số.\n")

_TONE_MARKS = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def encode_cp1258(text: str) -> bytes:
    """Vietnamese text the way Windows-1258 stores it: base letters plus combining tone marks."""
    out = []
    for ch in unicodedata.normalize("NFC", text):
        try:
            out.append(ch.encode("cp1258"))
            continue
        except UnicodeEncodeError:
            pass
        parts = unicodedata.normalize("NFD", ch)
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in _TONE_MARKS))
        marks = "".join(c for c in parts if c in _TONE_MARKS)
        out.append(base.encode("cp1258") + marks.encode("cp1258"))
    return b"".join(out)


def scorer_view(path: Path) -> str:
    """How the scorer reads an article: universal newlines, then NFC."""
    return unicodedata.normalize("NFC", path.read_text(encoding="utf-8"))


def write(tmp_path: Path, data: bytes, name: str = "article.txt") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


# -- encodings -------------------------------------------------------------------------

def test_utf8_without_bom(tmp_path: Path) -> None:
    path = write(tmp_path, ARTICLE.encode("utf-8"))
    got = read_path(path)
    assert got == Decoded(ARTICLE, "utf-8", False)


def test_utf8_with_bom_keeps_offsets_of_read_text(tmp_path: Path) -> None:
    path = write(tmp_path, codecs.BOM_UTF8 + ARTICLE.encode("utf-8"))
    got = read_path(path)
    assert got.encoding == "utf-8-sig"
    assert not got.guessed
    assert got.text == scorer_view(path)
    assert got.text == "\ufeff" + ARTICLE
    assert got.text.index("194.360") == scorer_view(path).index("194.360")


@pytest.mark.parametrize(("codec", "bom", "label"), [
    ("utf-16-le", codecs.BOM_UTF16_LE, "utf-16-le"),
    ("utf-16-be", codecs.BOM_UTF16_BE, "utf-16-be"),
    ("utf-32-le", codecs.BOM_UTF32_LE, "utf-32-le"),
    ("utf-32-be", codecs.BOM_UTF32_BE, "utf-32-be"),
])
def test_utf16_and_utf32_with_bom(tmp_path: Path, codec: str, bom: bytes, label: str) -> None:
    path = write(tmp_path, bom + ARTICLE.replace("\n", "\r\n").encode(codec))
    got = read_path(path)
    assert got.text == ARTICLE  # mark dropped, CRLF → LF
    assert got.encoding == label
    assert not got.guessed


def test_windows_1258_is_detected_and_composed(tmp_path: Path) -> None:
    data = encode_cp1258(ARTICLE)
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    got = read_path(write(tmp_path, data))
    assert got.encoding == "windows-1258"
    assert got.guessed
    assert got.text == ARTICLE  # combining tone marks composed by NFC


@pytest.mark.parametrize("line", [
    "Tính đến tháng 8/2022, tỉnh tiếp nhận 194.360 hồ sơ, đạt 55,32%.\n",
    "Kết quả đạt 87,66%.",
    "Năm 2023, doanh thu đạt hơn 5,2 tỷ USD, tăng 10,01% so với năm 2022.",
])
def test_short_windows_1258_lines(tmp_path: Path, line: str) -> None:
    got = read_path(write(tmp_path, encode_cp1258(line)))
    assert (got.text, got.encoding, got.guessed) == (line, "windows-1258", True)


def test_western_legacy_text_is_not_taken_for_vietnamese(tmp_path: Path) -> None:
    text = "Straße, Größe, Übung: 12,5 % mehr.\n"
    got = read_path(write(tmp_path, text.encode("cp1252")))
    assert got.guessed
    assert got.encoding != "windows-1258"
    assert got.text == text


def test_empty_file_is_not_an_error(tmp_path: Path) -> None:
    assert read_path(write(tmp_path, b"")) == Decoded("", "utf-8", False)


def test_ascii_only_file(tmp_path: Path) -> None:
    assert read_path(write(tmp_path, b"GDP 2023: 5.05%\n")).text == "GDP 2023: 5.05%\n"


# -- normalisation ---------------------------------------------------------------------

def test_crlf_and_lone_cr_give_the_offsets_of_read_text(tmp_path: Path) -> None:
    raw = "Dòng một\r\nDòng hai\rTỉnh tiếp nhận 194.360 hồ sơ\r\n\r\nđạt 55,32%.\n"
    path = write(tmp_path, raw.encode("utf-8"))
    got = read_path(path)
    assert "\r" not in got.text
    assert got.text == scorer_view(path)
    for needle in ("194.360", "55,32%"):
        at = got.text.index(needle)
        assert scorer_view(path)[at:at + len(needle)] == needle


def test_nfd_input_becomes_nfc(tmp_path: Path) -> None:
    nfd = unicodedata.normalize("NFD", ARTICLE)
    assert nfd != ARTICLE
    path = write(tmp_path, nfd.encode("utf-8"))
    got = read_path(path)
    assert got.text == ARTICLE
    assert unicodedata.is_normalized("NFC", got.text)
    assert got.text == scorer_view(path)


def test_normalize_is_idempotent() -> None:
    once = normalize(unicodedata.normalize("NFD", "a\r\nb\rc " + ARTICLE))
    assert normalize(once) == once


def test_decode_names_nothing_on_success_and_accepts_bytes_directly() -> None:
    got = decode("đạt 55,32%\r\n".encode("utf-8"), "x.txt")
    assert got == Decoded("đạt 55,32%\n", "utf-8", False)


# -- stdin -----------------------------------------------------------------------------

class _Stdin(io.TextIOWrapper):
    pass


def test_read_stdin_reads_bytes(monkeypatch: pytest.MonkeyPatch) -> None:
    data = codecs.BOM_UTF16_LE + "đạt 55,32%\r\n".encode("utf-16-le")
    monkeypatch.setattr(sys, "stdin", _Stdin(io.BytesIO(data), encoding="ascii"))
    assert read_stdin() == Decoded("đạt 55,32%\n", "utf-16-le", False)


def test_read_stdin_binary_names_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", _Stdin(io.BytesIO(b"\x7fELF\x00\x00\x01"), encoding="ascii"))
    with pytest.raises(InputError) as info:
        read_stdin()
    assert "<stdin>" in str(info.value)


# -- refused input ---------------------------------------------------------------------

def assert_input_error(path: Path | str, expected: str) -> InputError:
    with pytest.raises(InputError) as info:
        read_path(path)
    message = str(info.value)
    assert str(path) in message
    assert expected in message
    assert "\n" not in message
    assert info.value.path == str(path)
    return info.value


def test_missing_file(tmp_path: Path) -> None:
    assert_input_error(tmp_path / "khong-co.txt", "no such file")


def test_missing_parent_is_a_file(tmp_path: Path) -> None:
    parent = write(tmp_path, b"x", "file.txt")
    assert_input_error(parent / "child.txt", "no such file")


def test_directory(tmp_path: Path) -> None:
    assert_input_error(tmp_path, "is a directory")


def test_broken_symlink(tmp_path: Path) -> None:
    link = tmp_path / "link.txt"
    link.symlink_to(tmp_path / "gone.txt")
    assert_input_error(link, "broken symbolic link")


def test_working_symlink_is_read(tmp_path: Path) -> None:
    target = write(tmp_path, ARTICLE.encode("utf-8"))
    link = tmp_path / "link.txt"
    link.symlink_to(target)
    assert read_path(link).text == ARTICLE


def test_special_file_is_refused() -> None:
    if not Path("/dev/null").exists():
        pytest.skip("no /dev/null here")
    assert_input_error("/dev/null", "not a regular file")


def test_unreadable_file_simulated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path, ARTICLE.encode("utf-8"))
    real_open = open

    def deny(file, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003 - mirrors open()
        if Path(file) == path:
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr("builtins.open", deny)
    assert_input_error(path, "permission denied")


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0,
                    reason="permissions do not stop root")
def test_unreadable_file_chmod(tmp_path: Path) -> None:
    path = write(tmp_path, ARTICLE.encode("utf-8"))
    path.chmod(0)
    try:
        assert_input_error(path, "permission denied")
    finally:
        path.chmod(0o644)


def test_nul_bytes_are_binary(tmp_path: Path) -> None:
    assert_input_error(write(tmp_path, b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "anh.png"), "binary")


def test_utf16_without_bom_counts_as_binary(tmp_path: Path) -> None:
    assert_input_error(write(tmp_path, "đạt 55,32%".encode("utf-16-le")), "binary")


def test_many_control_characters_are_binary(tmp_path: Path) -> None:
    data = ("đạt 55,32%" + "\x01\x02\x03\x1b" * 10).encode("utf-8")
    assert_input_error(write(tmp_path, data), "binary")


def test_control_characters_inside_utf16_are_binary(tmp_path: Path) -> None:
    data = codecs.BOM_UTF16_LE + ("abc" + "\x00\x07" * 20).encode("utf-16-le")
    assert_input_error(write(tmp_path, data), "binary")


def test_a_few_stray_controls_are_tolerated(tmp_path: Path) -> None:
    text = ARTICLE * 5 + "\x0c\x1a"
    got = read_path(write(tmp_path, text.encode("utf-8")))
    assert got.text.startswith(ARTICLE)


def test_undecodable_bytes(tmp_path: Path) -> None:
    assert_input_error(write(tmp_path, bytes(range(1, 256)) * 10, "du-lieu.bin"), "encoding")


def test_truncated_utf16(tmp_path: Path) -> None:
    data = codecs.BOM_UTF16_LE + "đạt".encode("utf-16-le") + b"\x41"
    assert_input_error(write(tmp_path, data), "not valid utf-16-le")


def test_decode_error_names_the_given_name() -> None:
    with pytest.raises(InputError) as info:
        decode(b"abc\x00def", "bao-cao.txt")
    assert "bao-cao.txt" in str(info.value)

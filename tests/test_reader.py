"""Reading articles: encodings, newline and Unicode normalisation, refused input."""
from __future__ import annotations

import codecs
import io
import os
import shutil
import subprocess
import sys
import tomllib
import unicodedata
import warnings
from pathlib import Path

import pytest

from dtextract import reader
from dtextract.errors import InputError
from dtextract.reader import Decoded, TextRepairWarning, decode, normalize, read_path, read_stdin

SAMPLES = Path(__file__).resolve().parents[1] / "samples"

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


# -- more refused and repaired input -------------------------------------------------------

def test_nul_padding_at_the_end_is_ignored_with_a_note(tmp_path: Path) -> None:
    path = write(tmp_path, ARTICLE.encode("utf-8") + b"\x00" * 4096)
    with pytest.warns(TextRepairWarning, match=r"article\.txt: 4096 NUL bytes at the end ignored"):
        got = read_path(path)
    assert got.text == ARTICLE
    assert got.note == "4096 NUL bytes at the end ignored"


def test_nul_in_the_middle_is_still_binary(tmp_path: Path) -> None:
    assert_input_error(write(tmp_path, ARTICLE.encode("utf-8") + b"\x00" + ARTICLE.encode("utf-8")), "binary")


def test_a_file_of_nul_bytes_is_binary(tmp_path: Path) -> None:
    assert_input_error(write(tmp_path, b"\x00" * 100), "binary")


def test_symlink_loop(tmp_path: Path) -> None:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.symlink_to(b)
    b.symlink_to(a)
    error = assert_input_error(a, "cannot read")
    assert "symbolic links" in error.message


def test_a_few_invalid_utf8_bytes_are_replaced_not_guessed(tmp_path: Path) -> None:
    """One corrupted byte in a long UTF-8 article must not send the whole article to a legacy encoding."""
    body = ARTICLE.encode("utf-8") * 3
    at = body.index(b"\n") + 1
    data = body[:at] + b"\xff\xfe" + body[at:]
    with pytest.warns(TextRepairWarning, match=rf"invalid UTF-8 sequence.*byte {at}"):
        got = read_path(write(tmp_path, data))
    assert got.encoding == "utf-8"
    assert not got.guessed
    head, rest = ARTICLE.split("\n", 1)
    assert got.text == head + "\n\ufffd\ufffd" + rest + ARTICLE * 2


def test_mostly_invalid_utf8_is_not_repaired(tmp_path: Path) -> None:
    got = read_path(write(tmp_path, encode_cp1258(ARTICLE)))
    assert (got.encoding, got.note) == ("windows-1258", None)


def test_five_megabytes_on_one_line_are_read_in_linear_time(tmp_path: Path) -> None:
    """0.5 MB then 5 MB on one line: about ten times the work (a ratio of CPU time; no seconds asserted)."""
    from growth import growth, order

    line = ARTICLE.replace("\n", " ")
    data = (line * (5_000_000 // len(line.encode("utf-8")) + 1)).encode("utf-8")
    path = write(tmp_path, data)
    small = tmp_path / "small.txt"
    small.write_bytes(data[:len(data) // 10 // len(line.encode("utf-8")) * len(line.encode("utf-8"))])
    assert order(growth(lambda: read_path(small), lambda: read_path(path), repeat=2)) < 1.5
    got = read_path(path)
    assert "\n" not in got.text and len(got.text.encode("utf-8")) == len(data)


# -- legacy Vietnamese encodings -----------------------------------------------------------

# The country's name, the first line of every official document, in the two legacy font encodings.
COUNTRY = "Cộng hoà xã hội chủ nghĩa Việt Nam"
# as a Windows-1252 reader shows it: 'Céng hoµ x· héi chñ nghÜa ViÖt Nam'
COUNTRY_TCVN3 = b"C\xe9ng ho\xb5 x\xb7 h\xe9i ch\xf1 ngh\xdca Vi\xd6t Nam"
# 'hòa' with the tone mark on the o, as it was usually typed then
COUNTRY_VNI = "Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam".encode("cp1252")


def _tables() -> dict:
    return tomllib.loads(reader.LEGACY_TABLES.read_text(encoding="utf-8"))


def encode_legacy(text: str, encoding: str) -> bytes:
    """``text`` in TCVN3 (small letters only, as the ABC fonts store them) or VNI, from the reader's own tables."""
    tables = _tables()
    if encoding == "tcvn3":
        back = {v: bytes([int(k, 16)]) for k, v in tables["tcvn3"]["bytes"].items()}
        out = []
        for ch in unicodedata.normalize("NFC", text):
            if ch in back:
                out.append(back[ch])
            elif ord(ch) < 128:
                out.append(ch.encode("ascii"))
            else:  # a capital with a tone mark has no code in VN3
                out.append(back[ch.lower()])
        return b"".join(out)
    back = {v: k for k, v in tables["vni"]["sequences"].items()}
    return "".join(back.get(ch, ch) for ch in unicodedata.normalize("NFC", text)).encode("cp1252")


def test_legacy_tables_are_complete() -> None:
    tables = _tables()
    tcvn3, vni, viscii = (tables["tcvn3"]["bytes"], tables["vni"]["sequences"], tables["viscii"]["bytes"])
    assert sorted(tcvn3) == [f"{b:02X}" for b in range(0xA1, 0x100)]
    assert sorted(tables["tcvn3_c1"]["bytes"]) == [f"{b:02X}" for b in range(0x80, 0xA0)]
    assert len(viscii) == 134  # the 134 letters with marks
    # VNI: every letter with a mark, small and capital (12 vowels x 6 tones + đ, less the bare a e i o u y)
    letters = set(vni.values()) | {"í", "ì", "Í", "Ì"}
    assert len(letters) == 134
    assert all(len(v) == 1 for v in (*vni.values(), *viscii.values()))
    assert set(viscii.values()) == letters


def _iconv(data: bytes, encoding: str) -> str | None:
    if shutil.which("iconv") is None:
        return None
    run = subprocess.run(["iconv", "-f", encoding, "-t", "UTF-8"], input=data, capture_output=True)
    return run.stdout.decode("utf-8") if run.returncode == 0 else None


@pytest.mark.parametrize(("section", "codec"), [("tcvn3", "TCVN5712-1"), ("tcvn3_c1", "TCVN5712-1"),
                                                 ("viscii", "VISCII")])
def test_legacy_tables_agree_with_glibc(section: str, codec: str) -> None:
    table = _tables()[section]["bytes"]
    keys = sorted(table)
    got = _iconv(bytes(int(k, 16) for k in keys), codec)
    if got is None:
        pytest.skip(f"no iconv with {codec} here")
    assert list(got) == [table[k] for k in keys]


def test_tcvn3_file(tmp_path: Path) -> None:
    got = read_path(write(tmp_path, COUNTRY_TCVN3 + b"\r\n"))
    assert (got.text, got.encoding, got.guessed, got.legacy) == (COUNTRY + "\n", "tcvn3", True, "tcvn3")


def test_vni_file(tmp_path: Path) -> None:
    got = read_path(write(tmp_path, COUNTRY_VNI))
    assert (got.text, got.encoding, got.guessed, got.legacy) == (COUNTRY.replace("hoà", "hòa"), "vni", True, "vni")


@pytest.mark.parametrize("encoding", ["tcvn3", "vni"])
def test_legacy_article_round_trip(tmp_path: Path, encoding: str) -> None:
    got = read_path(write(tmp_path, encode_legacy(ARTICLE, encoding)))
    assert (got.text, got.encoding, got.legacy) == (ARTICLE, encoding, encoding)


def test_tcvn3_capitals_with_tone_marks_read_back_small(tmp_path: Path) -> None:
    """The ABC capital fonts draw small letters' codes as capitals: the text says small letters."""
    got = read_path(write(tmp_path, encode_legacy("ĐẠT 55,32% Ở HUYỆN", "tcvn3")))
    assert got.text == "ĐạT 55,32% ở HUYệN"


def test_viscii_file(tmp_path: Path) -> None:
    tables = _tables()["viscii"]["bytes"]
    back = {v: bytes([int(k, 16)]) for k, v in tables.items()}
    data = b"".join(back.get(ch, ch.encode("ascii") if ord(ch) < 128 else b"?") for ch in ARTICLE)
    got = read_path(write(tmp_path, data))
    assert (got.text, got.encoding, got.legacy) == (ARTICLE, "viscii", "viscii")


@pytest.mark.parametrize(("codes", "encoding", "name", "expected"), [
    (COUNTRY_TCVN3.decode("cp1252"), "tcvn3", "TCVN3 (ABC)", COUNTRY),
    (COUNTRY_VNI.decode("cp1252"), "vni", "VNI Windows", COUNTRY.replace("hoà", "hòa")),
])
def test_legacy_codes_inside_utf8_are_converted_and_reported(tmp_path: Path, codes: str, encoding: str,
                                                            name: str, expected: str) -> None:
    """Text typed in a .VnTime or VNI-Times font and pasted into a UTF-8 file: the characters are the font's codes."""
    article = "Tỉnh tiếp nhận 194.360 hồ sơ.\n" + codes + "\nđạt 55,32%.\n"
    path = write(tmp_path, article.encode("utf-8"), "dan-nhap.txt")
    with pytest.warns(TextRepairWarning) as caught:
        got = read_path(path)
    (warning,) = caught
    message = str(warning.message)
    assert message.startswith(f"{path}: looks like {name} text") and "1 line converted" in message
    assert "\n" not in message
    assert (got.encoding, got.guessed, got.legacy) == ("utf-8", False, encoding)
    assert got.text.split("\n") == ["Tỉnh tiếp nhận 194.360 hồ sơ.", expected, "đạt 55,32%.", ""]


def test_a_whole_tcvn3_article_in_utf8(tmp_path: Path) -> None:
    codes = encode_legacy(ARTICLE, "tcvn3").decode("cp1252")
    with pytest.warns(TextRepairWarning, match="3 lines converted"):
        got = read_path(write(tmp_path, codes.encode("utf-8")))
    assert got.text == ARTICLE


@pytest.mark.parametrize("text", [
    "Giá cà phê\nGiá vàng tăng\n",                      # Vietnamese with only Latin-1 letters
    "© 2023 Copyright\nTỉnh có 5 xã.\n",                 # a copyright sign
    "Straße, Größe, François, Müller: 12,5 % mehr.\n",   # other languages
    "Nhiệt độ 30°C, độ ẩm 80% ± 5%.\n",
    "Cà Mau, Bà Rịa – Vũng Tàu\n",
    "Đà Nẵng\nHà Nội\nCần Thơ\nHuế\n",
])
def test_unicode_text_is_never_converted(tmp_path: Path, text: str) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        got = read_path(write(tmp_path, text.encode("utf-8")))
    assert (got.text, got.legacy, got.note) == (normalize(text), None, None)


def test_the_sample_articles_are_read_as_they_are() -> None:
    for path in sorted(SAMPLES.glob("*.txt")):
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            got = read_path(path)
        assert (got.encoding, got.legacy, got.note) == ("utf-8", None, None)
        assert got.text == scorer_view(path)


def test_without_the_tables_legacy_text_is_left_alone(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """A broken installation (no legacy_encodings.toml) reads on; it only loses the conversion."""
    monkeypatch.setattr(reader, "LEGACY_TABLES", tmp_path / "missing.toml")
    reader._legacy.cache_clear()
    reader._tcvn3_table.cache_clear()
    try:
        codes = COUNTRY_TCVN3.decode("cp1252") + "\n"
        got = read_path(write(tmp_path, codes.encode("utf-8")))
        assert (got.text, got.legacy) == (codes, None)
    finally:
        reader._legacy.cache_clear()
        reader._tcvn3_table.cache_clear()

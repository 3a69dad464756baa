"""Reading web pages, Word documents and PDF (dtextract.formats, and api.parse_file's dispatch on the suffix).

Every fixture is built here, in tmp_path. Tests that need an optional package
skip when it is not installed; the missing-package messages are tested by
hiding the package, so they always run.
"""
from __future__ import annotations

import codecs
import io
import sys
import unicodedata
import warnings
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dtextract import api, formats, reader
from dtextract.cli import app
from dtextract.errors import InputError, MissingExtraError
from dtextract.models import Document

SENTENCE = "Tỉnh tiếp nhận 194.360 hồ sơ, đạt 55,32%."
SECOND = "Năm 2023, doanh thu đạt hơn 5,2 tỷ USD, tăng 10,01% so với năm 2022."

PAGE = f"""<!DOCTYPE html>
<html lang="vi">
<head><meta charset="{{charset}}"><title>Phú Thọ đẩy mạnh dịch vụ công trực tuyến</title></head>
<body>
<header><nav><ul>
  <li><a href="/">Trang chủ</a></li><li><a href="/gioi-thieu">Giới thiệu</a></li>
  <li><a href="/tin-tuc">Tin tức - Sự kiện</a></li><li><a href="/van-ban">Văn bản năm 2023</a></li>
</ul></nav></header>
<div class="container">
  <div class="sidebar">
    <div class="thong-ke">
      <p>Đang truy cập: 125</p><p>Hôm nay: 3.456</p><p>Tổng truy cập 1.055.568</p>
    </div>
  </div>
  <div class="main">
    <article>
      <h1>Phú Thọ đẩy mạnh dịch vụ công trực tuyến</h1>
      <p>Phú Thọ, ngày 8/8/2022 - Thực hiện Đề án 06, các sở, ngành trong tỉnh đã tích cực triển khai
      cung cấp dịch vụ công trực tuyến cho người dân và doanh nghiệp trên địa bàn.</p>
      <p>{SENTENCE} Trong đó, hồ sơ trực tuyến mức độ 3, 4 chiếm tỷ lệ cao so với cùng kỳ.</p>
      <p>{SECOND}</p>
    </article>
    <div class="tin-lien-quan"><h3>Tin liên quan</h3><ul>
      <li><a href="/a">Hà Nội cấp 12.000 tài khoản định danh điện tử</a></li>
      <li><a href="/b">Năm 2022 giải ngân 8.500 tỷ đồng vốn đầu tư công</a></li>
    </ul></div>
  </div>
</div>
<footer><p>Cổng thông tin điện tử tỉnh Phú Thọ. Điện thoại: 0210.3846.412</p><p>Bản quyền © 2023</p></footer>
</body>
</html>
"""

FURNITURE_VALUES = {125.0, 3456.0, 1055568.0, 12000.0, 8500.0}


def page(charset: str = "utf-8") -> str:
    return PAGE.replace("{charset}", charset)


_TONE_MARKS = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def cp1258(text: str) -> bytes:
    """Vietnamese text the way Windows-1258 stores it: precomposed letters where it has them, else base + tone mark."""
    out = []
    for ch in unicodedata.normalize("NFC", text):
        try:
            out.append(ch.encode("cp1258"))
        except UnicodeEncodeError:
            parts = unicodedata.normalize("NFD", ch)
            base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in _TONE_MARKS))
            out.append(base.encode("cp1258") + "".join(c for c in parts if c in _TONE_MARKS).encode("cp1258"))
    return b"".join(out)


def values(doc: Document) -> set[float]:
    return {f.value for f in doc.figures if f.value is not None}


def assert_spans(doc: Document, text: str) -> None:
    """Offsets index the text formats.read returns, which is normalised."""
    assert text == reader.normalize(text)
    for fig in doc.figures:
        assert text[fig.start:fig.end] == fig.text


# -- dispatch ------------------------------------------------------------------------------

@pytest.mark.parametrize(("name", "fmt"), [
    ("a.html", "html"), ("a.htm", "html"), ("A.HTML", "html"), ("a.docx", "docx"), ("a.PDF", "pdf"),
    ("a.txt", "text"), ("a", "text"), ("a.md", "text"), ("a.html.txt", "text"), ("-", "text"),
])
def test_format_of(name: str, fmt: str) -> None:
    assert formats.format_of(name) == fmt


def test_text_files_still_go_through_the_text_reader(tmp_path: Path) -> None:
    path = tmp_path / "bai-viet.md"
    path.write_bytes(codecs.BOM_UTF8 + f"{SENTENCE}\r\n".encode())
    got = formats.read(path)
    decoded = reader.read_path(path)
    assert (got.text, got.format, got.encoding, got.guessed) == (decoded.text, "text", "utf-8-sig", False)
    doc = api.parse_file(str(path), published="2023-07-15")
    assert doc.source == str(path)
    assert doc == api.parse_text(decoded.text, source=str(path), published="2023-07-15")


def test_stdin_is_still_text(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(f"<p>{SENTENCE}</p>".encode())))
    doc = api.parse_file("-", published="2023-07-15")
    assert doc.source == "-"
    assert doc == api.parse_text(f"<p>{SENTENCE}</p>", published="2023-07-15")


@pytest.mark.parametrize("name", ["bai-viet.html", "bao-cao.docx", "bao-cao.pdf"])
def test_missing_file_names_it(tmp_path: Path, name: str) -> None:
    pytest.importorskip({"html": "trafilatura", "docx": "docx", "pdf": "pypdf"}[formats.format_of(name)])
    path = tmp_path / name
    with pytest.raises(InputError, match="no such file") as err:
        api.parse_file(path)
    assert str(path) in str(err.value)


def test_directory_with_a_format_suffix(tmp_path: Path) -> None:
    pytest.importorskip("trafilatura")
    folder = tmp_path / "trang.html"
    folder.mkdir()
    with pytest.raises(InputError, match="is a directory"):
        formats.read(folder)


# -- missing optional packages ---------------------------------------------------------------

@pytest.mark.parametrize(("name", "module", "extra"), [
    ("bai-viet.html", "trafilatura", "html"),
    ("bai-viet.htm", "trafilatura", "html"),
    ("bao-cao.docx", "docx", "docx"),
    ("bao-cao.pdf", "pypdf", "pdf"),
])
def test_missing_extra_names_file_and_install_command(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                      name: str, module: str, extra: str) -> None:
    monkeypatch.setitem(sys.modules, module, None)  # makes `import module` raise ImportError
    path = tmp_path / name
    path.write_bytes(b"whatever")
    with pytest.raises(MissingExtraError) as err:
        api.parse_file(path)
    message = str(err.value)
    assert message.startswith(f"[E300] {path}: ")
    assert f"pip install -e '.[{extra}]'" in message
    assert "\n" not in message


def test_missing_extra_on_the_command_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pypdf", None)
    path = tmp_path / "bao-cao.pdf"
    path.write_bytes(b"%PDF-1.4\n")
    result = CliRunner().invoke(app, ["parse", str(path), "--format", "json"])
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.splitlines() == [
        f"dtextract: [E300] {path}: reading PDF files needs the optional package pypdf: pypdf is not "
        f"installed; install it with: pip install -e '.[pdf]' (in the dtextract checkout)"]


def test_missing_extra_names_the_import_that_failed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # trafilatura installed but lxml_html_clean (which it imports through lxml.html.clean) missing:
    # the message names lxml_html_clean, not trafilatura, and the command that installs it
    real_import = formats.importlib.import_module

    def failing(name: str, *args, **kwargs):
        if name == "trafilatura":
            raise ImportError("lxml.html.clean module is now a separate project lxml_html_clean.\n"
                              "Install lxml[html_clean] or lxml_html_clean directly.")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(formats.importlib, "import_module", failing)
    path = tmp_path / "bai-viet.html"
    path.write_bytes(b"<p>x</p>")
    with pytest.raises(MissingExtraError) as err:
        api.parse_file(path)
    message = str(err.value)
    assert "lxml_html_clean" in message and "\n" not in message
    assert "trafilatura is not installed" not in message
    assert message.endswith("install it with: pip install -e '.[html]' (in the dtextract checkout)")


# -- HTML ----------------------------------------------------------------------------------

def test_html_main_text_only(tmp_path: Path) -> None:
    pytest.importorskip("trafilatura")
    path = tmp_path / "bai-viet.html"
    path.write_text(page(), encoding="utf-8")
    got = formats.read(path)
    assert (got.format, got.encoding, got.guessed) == ("html", "utf-8", False)
    lines = got.text.split("\n")
    assert any(line.startswith(SENTENCE) for line in lines)  # one paragraph, one line
    assert SECOND in lines
    for furniture in ("Trang chủ", "truy cập", "Hôm nay", "Tin liên quan", "12.000", "Bản quyền", "0210"):
        assert furniture not in got.text

    doc = api.parse_file(path, published="2023-07-15")
    assert doc.source == str(path)
    assert_spans(doc, got.text)
    count = next(f for f in doc.figures if f.value == 194360)
    assert (count.unit, count.percent) == ("hồ sơ", 55.32)
    assert count.sentence.startswith(SENTENCE)
    assert 5.2e9 in values(doc)
    assert not values(doc) & FURNITURE_VALUES


def test_html_honours_a_declared_legacy_charset(tmp_path: Path) -> None:
    pytest.importorskip("trafilatura")
    path = tmp_path / "bai-viet.htm"
    path.write_bytes(cp1258(page("windows-1258")))
    got = formats.read(path)
    assert (got.encoding, got.guessed) == ("windows-1258", False)
    assert SENTENCE in got.text
    assert 194360 in values(api.parse_file(path, published="2023-07-15"))


def test_html_http_equiv_charset() -> None:
    data = cp1258('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1258">'
                  '</head><body><p>Tổng số 12 xã</p></body></html>')
    decoded = formats.decode_html(data, "x.html")
    assert (decoded.encoding, decoded.guessed) == ("windows-1258", False)
    assert "<p>Tổng số 12 xã</p>" in decoded.text


def test_html_in_a_legacy_font_declared_as_windows_1252() -> None:
    """Old pages show TCVN3 codes through a .VnTime font and declare windows-1252: the letters are restored."""
    if not hasattr(reader, "from_legacy"):
        pytest.skip("this reader does not convert legacy font codes")
    data = ('<html><head><meta charset="windows-1252"></head><body>'
            "<p>Céng hoµ x· héi chñ nghÜa ViÖt Nam</p></body></html>").encode("cp1252")
    with pytest.warns(reader.EncodingGuessWarning, match="TCVN3"):
        decoded = formats.decode_html(data, "cu.html")
    assert (decoded.encoding, decoded.guessed) == ("windows-1252", False)
    assert "<p>Cộng hoà xã hội chủ nghĩa Việt Nam</p>" in decoded.text


def test_html_declared_charset_binary_is_refused() -> None:
    with pytest.raises(InputError, match="binary"):
        formats.decode_html(b'<meta charset="windows-1258">' + bytes(range(1, 32)) * 20, "x.html")


def test_html_utf8_bytes_win_over_a_stale_declaration() -> None:
    data = page("windows-1258").encode("utf-8")
    decoded = formats.decode_html(data, "x.html")
    assert (decoded.encoding, decoded.guessed) == ("utf-8", False)
    assert SENTENCE in decoded.text


def test_html_with_byte_order_mark(tmp_path: Path) -> None:
    pytest.importorskip("trafilatura")
    for bom, codec in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le")):
        path = tmp_path / f"bom-{codec}.html"
        path.write_bytes(bom + page("iso-8859-1").encode(codec))
        got = formats.read(path)
        assert any(line.startswith(SENTENCE) for line in got.text.split("\n")), codec
        assert not got.guessed


def test_html_undeclared_legacy_encoding_is_guessed(tmp_path: Path) -> None:
    pytest.importorskip("trafilatura")
    path = tmp_path / "bai-viet.html"
    body = page("").replace('<meta charset="">', "")
    path.write_bytes(cp1258(body))
    with pytest.warns(reader.EncodingGuessWarning, match="windows-1258"):
        doc = api.parse_file(path, published="2023-07-15")
    assert 194360 in values(doc)


def test_html_xml_declaration(tmp_path: Path) -> None:
    pytest.importorskip("trafilatura")
    path = tmp_path / "bai-viet.html"
    path.write_bytes(b'<?xml version="1.0" encoding="windows-1258"?>\n'
                     + cp1258(page("windows-1258")))
    got = formats.read(path)
    assert (got.encoding, got.guessed) == ("windows-1258", False)
    assert SENTENCE in got.text


def test_html_without_main_text_warns(tmp_path: Path) -> None:
    pytest.importorskip("trafilatura")
    path = tmp_path / "trong.html"
    path.write_text("<html><body></body></html>", encoding="utf-8")
    with pytest.warns(formats.FormatWarning, match="no article text"):
        doc = api.parse_file(path)
    assert doc.figures == []


def test_empty_html_file(tmp_path: Path) -> None:
    pytest.importorskip("trafilatura")
    path = tmp_path / "rong.html"
    path.write_bytes(b"")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert formats.read(path).text == ""


def test_binary_html_is_refused(tmp_path: Path) -> None:
    pytest.importorskip("trafilatura")
    path = tmp_path / "anh.html"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    with pytest.raises(InputError, match="binary") as err:
        api.parse_file(path)
    assert str(path) in str(err.value)


def test_html_on_the_command_line(tmp_path: Path) -> None:
    pytest.importorskip("trafilatura")
    path = tmp_path / "bai-viet.html"
    path.write_text(page(), encoding="utf-8")
    result = CliRunner().invoke(app, ["parse", str(path), "--format", "json", "--published", "2023-07-15"])
    assert result.exit_code == 0, result.stderr
    doc = Document.model_validate_json(result.stdout)
    assert doc.source == str(path)
    assert 194360 in values(doc)
    assert not values(doc) & FURNITURE_VALUES


# -- Word ----------------------------------------------------------------------------------

def make_docx(path: Path) -> None:
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "UBND TỈNH PHÚ THỌ - Trang 1 - 2.222 lượt xem"
    document.add_heading("Báo cáo kết quả chuyển đổi số", level=1)
    document.add_paragraph(SENTENCE)
    document.add_paragraph("")
    table = document.add_table(rows=3, cols=2)
    table.cell(0, 0).text = "Chỉ tiêu"
    table.cell(0, 1).text = "Kết quả"
    table.cell(1, 0).text = "Doanh thu"
    table.cell(1, 1).text = "hơn 5,2 tỷ USD"
    merged = table.cell(2, 0).merge(table.cell(2, 1))
    merged.text = "Toàn tỉnh có 225 xã"
    document.add_paragraph(SECOND)
    document.save(str(path))


def test_docx_paragraphs_and_cells_as_lines(tmp_path: Path) -> None:
    """Paragraphs one per line; a table one row per line, its cells separated by tabs (a merged cell once)."""
    path = tmp_path / "bao-cao.docx"
    make_docx(path)
    got = formats.read(path)
    assert (got.format, got.encoding, got.guessed) == ("docx", None, False)
    assert got.text.split("\n") == [
        "Báo cáo kết quả chuyển đổi số", SENTENCE, "Chỉ tiêu\tKết quả", "Doanh thu\thơn 5,2 tỷ USD",
        "Toàn tỉnh có 225 xã\t", SECOND]
    doc = api.parse_file(path, published="2023-07-15")
    assert doc.source == str(path)
    assert_spans(doc, got.text)
    assert {194360, 5.2e9, 225} <= values(doc)
    assert 2222 not in values(doc)  # the page header is not the body


@pytest.mark.parametrize(("data", "message"), [
    (b"PK\x03\x04 not really a zip", "not a readable .docx"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500), "Word 97-2003 .doc"),
    (b"", "not a readable .docx"),
])
def test_broken_docx(tmp_path: Path, data: bytes, message: str) -> None:
    pytest.importorskip("docx")
    path = tmp_path / "hong.docx"
    path.write_bytes(data)
    with pytest.raises(InputError, match=message) as err:
        api.parse_file(path)
    assert str(err.value).startswith(f"[E100] {path}: ")
    assert "\n" not in str(err.value)


def test_a_zip_that_is_not_a_docx(tmp_path: Path) -> None:
    pytest.importorskip("docx")
    import zipfile

    path = tmp_path / "nen.docx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("hello.txt", SENTENCE)
    with pytest.raises(InputError, match="not a readable .docx"):
        formats.read(path)


# -- PDF -----------------------------------------------------------------------------------

WRAPPED = ("Tính đến tháng 8/2022, toàn tỉnh đã tiếp nhận và giải quyết 194.360 hồ sơ trực tuyến, đạt 55,32% "
           "tổng số hồ sơ, tăng 10,01% so với cùng kỳ năm 2021 và vượt chỉ tiêu Nghị quyết đề ra cho cả năm.")
DECOMPOSED = "Hồ sơ trực tuyến toàn trình đạt 68,36%."
PDF_PAGES = [
    [  # the paragraph WRAPPED as a layout wraps it; a justified line with a stretched gap; NFD text; a list
        "Tính đến tháng 8/2022, toàn tỉnh đã tiếp nhận và giải quyết 194.360  hồ sơ trực tuyến, đạt",
        "55,32% tổng số hồ sơ, tăng 10,01% so với cùng kỳ năm 2021 và vượt chỉ tiêu Nghị quyết đề ra",
        "cho cả năm.",
        unicodedata.normalize("NFD", DECOMPOSED),
        "Kết quả:",
        "- cấp 12.500 tài khoản định danh;",
        "- thu 5,2 tỷ đồng phí.",
    ],
    ["Toàn tỉnh có 225 xã."],
]


def tiny_pdf(pages: list[list[str]]) -> bytes:
    """A PDF showing ``pages`` (lists of lines) in Helvetica, its text mapped to Unicode by a ToUnicode CMap.

    Each distinct character gets a one-byte code; the CMap maps it back to the
    character as written (a combining mark stays a character of its own, so
    NFD lines come out decomposed, as from many real PDFs).
    """
    chars = sorted({ch for page in pages for line in page for ch in line})
    assert len(chars) < 255
    code = {ch: i + 1 for i, ch in enumerate(chars)}
    cmap = ("/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /Lines def "
            "1 begincodespacerange <00> <FF> endcodespacerange\n"
            f"{len(chars)} beginbfchar\n"
            + "".join(f"<{code[ch]:02X}> <{ch.encode('utf-16-be').hex().upper()}>\n" for ch in chars)
            + "endbfchar endcmap CMapName currentdict /CMap defineresource pop end end")
    objects = ["<< /Type /Catalog /Pages 2 0 R >>", "",  # the page tree, filled in below
               "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /ToUnicode 4 0 R >>",
               f"<< /Length {len(cmap)} >>\nstream\n{cmap}\nendstream"]
    kids = []
    for page in pages:
        content = "\n".join(["BT /F1 11 Tf 14 TL 72 770 Td",
                             *("<" + "".join(f"{code[ch]:02X}" for ch in line) + "> Tj T*" for line in page),
                             "ET"])
        objects.append(f"<< /Length {len(content)} >>\nstream\n{content}\nendstream")
        objects.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                       f"/Resources << /Font << /F1 3 0 R >> >> /Contents {len(objects)} 0 R >>")
        kids.append(len(objects))
    objects[1] = f"<< /Type /Pages /Kids [{' '.join(f'{k} 0 R' for k in kids)}] /Count {len(kids)} >>"
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n{body}\nendobj\n".encode("ascii")
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode("ascii")
    out += "".join(f"{offset:010d} 00000 n \n" for offset in offsets).encode("ascii")
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode("ascii")
    return bytes(out)


@pytest.fixture
def pdf_path(tmp_path: Path) -> Path:
    path = tmp_path / "bao-cao.pdf"
    path.write_bytes(tiny_pdf(PDF_PAGES))
    return path


def test_pdf_text_as_the_layout_gives_it(pdf_path: Path) -> None:
    """Without rejoining: the lines as laid out, decomposed text composed, runs of spaces as one."""
    pypdf = pytest.importorskip("pypdf")
    layer = pypdf.PdfReader(pdf_path).pages[0].extract_text()
    assert unicodedata.normalize("NFD", DECOMPOSED) in layer  # the test means something: the PDF gives NFD
    raw = formats.pdf_text(pdf_path.read_bytes(), str(pdf_path), rejoin=False)
    assert raw.split("\n") == [" ".join(line.split()) for line in
                               [unicodedata.normalize("NFC", line) for page in PDF_PAGES for line in page]]


def test_pdf_text_composed_and_rejoined(pdf_path: Path) -> None:
    pytest.importorskip("pypdf")
    got = formats.read(pdf_path)
    assert (got.format, got.encoding, got.guessed) == ("pdf", None, False)
    assert unicodedata.is_normalized("NFC", got.text)
    assert got.text.split("\n") == [WRAPPED, DECOMPOSED, "Kết quả:", "- cấp 12.500 tài khoản định danh;",
                                     "- thu 5,2 tỷ đồng phí.", "Toàn tỉnh có 225 xã."]


def test_pdf_figures_and_offsets(pdf_path: Path) -> None:
    pytest.importorskip("pypdf")
    got = formats.read(pdf_path)
    doc = api.parse_file(pdf_path, published="2023-07-15")
    assert doc.source == str(pdf_path)
    assert_spans(doc, got.text)
    count = next(f for f in doc.figures if f.value == 194360)
    assert count.sentence == WRAPPED  # one sentence, not cut at the line ends
    assert count.percent == 55.32
    assert count.change is not None and count.change.value == 10.01
    share = next(f for f in doc.figures if f.text == "68,36%")
    assert share.sentence == DECOMPOSED  # composed (NFC), as written
    assert got.text.index(DECOMPOSED) < share.start < share.end <= got.text.index(DECOMPOSED) + len(DECOMPOSED)
    assert {12500, 225} <= values(doc)


def test_pdf_without_text_layer_warns(tmp_path: Path) -> None:
    pytest.importorskip("pypdf")
    path = tmp_path / "scan.pdf"
    path.write_bytes(tiny_pdf([[], []]))  # pages that show nothing, as a scan's pages show only images
    with pytest.warns(formats.FormatWarning, match="no text layer"):
        doc = api.parse_file(path)
    assert doc.figures == []


@pytest.mark.parametrize("data", [b"%PDF-1.4\n garbage \n%%EOF", b"not a pdf at all", b""])
def test_broken_pdf(tmp_path: Path, data: bytes) -> None:
    pytest.importorskip("pypdf")
    path = tmp_path / "hong.pdf"
    path.write_bytes(data)
    with pytest.raises(InputError, match="not a readable PDF") as err:
        api.parse_file(path)
    assert str(err.value).startswith(f"[E100] {path}: ")
    assert "\n" not in str(err.value)


def test_pdf_with_a_password(pdf_path: Path, tmp_path: Path) -> None:
    pypdf = pytest.importorskip("pypdf")
    writer = pypdf.PdfWriter(clone_from=str(pdf_path))
    writer.encrypt(user_password="mat-khau", owner_password="chu", algorithm="RC4-128")
    locked = tmp_path / "khoa.pdf"
    with open(locked, "wb") as fh:
        writer.write(fh)
    with pytest.raises(InputError, match="needs a password"):
        formats.read(locked)


# -- reflow ----------------------------------------------------------------------------------

def test_reflow_keeps_short_lines_and_list_items() -> None:
    page = ("Kết quả thực hiện nhiệm vụ chuyển đổi số năm 2023 của tỉnh Phú Thọ đạt\n"
            "nhiều kết quả.\n"
            "I. Kết quả\n"
            "1. Hồ sơ trực tuyến đạt 68,36% tổng số hồ sơ tiếp nhận trong năm\n"
            "a) cấp 12.500 tài khoản\n"
            "Giai đoạn 2022-\n"
            "2025 đạt 5 xã.")
    assert formats.reflow(page).split("\n") == [
        "Kết quả thực hiện nhiệm vụ chuyển đổi số năm 2023 của tỉnh Phú Thọ đạt nhiều kết quả.",
        "I. Kết quả",
        "1. Hồ sơ trực tuyến đạt 68,36% tổng số hồ sơ tiếp nhận trong năm",
        "a) cấp 12.500 tài khoản",
        "Giai đoạn 2022-2025 đạt 5 xã."]


def test_reflow_keeps_blank_lines_and_empty_pages() -> None:
    assert formats.reflow("") == ""
    assert formats.reflow("Một dòng\n\nHai dòng") == "Một dòng\n\nHai dòng"

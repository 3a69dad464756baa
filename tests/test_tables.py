"""Tables (FIGURES.md §1, Tables): every numeric cell a figure, from plain text, HTML, Word and PDF.

The same table is written in every container: a caption, a unit row
(`Đơn vị tính: tỷ đồng`), a merged header (`Năm 2023` over `Kế hoạch` and
`Ước thực hiện`), an STT column, a place column, a `Tổng số` row and a
`Trong đó` sub-row. A second table has years as columns, percents, a rate and
a comparison column.
"""
from __future__ import annotations

import html
from pathlib import Path

import pytest

from dtextract import api, formats, tables
from dtextract.models import Document, Figure
from dtextract.pipeline import extract

from cli_helpers import assert_one_line_error, run

BN = 1e9
CAPTION = "Biểu 3: Vốn đầu tư trên địa bàn"
UNIT = "Đơn vị tính: tỷ đồng"
PROSE = ("Năm 2023, vốn đầu tư trên địa bàn tiếp tục tăng khá, trong đó vốn nhà nước chiếm tỷ trọng lớn. "
         "Sở Kế hoạch và Đầu tư đã tổng hợp số liệu của các địa phương như sau.")
# (text, rowspan, colspan, header)
GRID = [
    [(UNIT, 1, 5, False)],
    [("STT", 2, 1, True), ("Địa phương", 2, 1, True), ("Năm 2022", 2, 1, True), ("Năm 2023", 1, 2, True)],
    [("Kế hoạch", 1, 1, True), ("Ước thực hiện", 1, 1, True)],
    [("", 1, 1, False), ("Tổng số", 1, 1, False), ("1.500", 1, 1, False), ("1.800", 1, 1, False),
     ("1.750", 1, 1, False)],
    [("1", 1, 1, False), ("Hà Nội", 1, 1, False), ("900", 1, 1, False), ("1.000", 1, 1, False),
     ("1.050", 1, 1, False)],
    [("2", 1, 1, False), ("Hải Phòng", 1, 1, False), ("600", 1, 1, False), ("800", 1, 1, False),
     ("700", 1, 1, False)],
    [("", 1, 1, False), ("Trong đó: vốn nhà nước", 1, 1, False), ("200", 1, 1, False), ("300", 1, 1, False),
     ("250", 1, 1, False)],
]


def _iso(day) -> str | None:
    """A period date as ISO text (periods hold datetime.date in Python)."""
    return None if day is None else day.isoformat()


def fig(doc: Document, value: float) -> Figure:
    found = [f for f in doc.figures if abs(f.value - value) <= 1e-6 * max(1.0, abs(value))]
    assert len(found) == 1, (value, [(f.text, f.value) for f in doc.figures])
    return found[0]


def assert_spans(doc: Document, text: str) -> None:
    for f in doc.figures:
        assert text[f.start:f.end] == f.text


def assert_investment_table(doc: Document, text: str) -> None:
    """What every container must give for GRID."""
    assert_spans(doc, text)
    hanoi = fig(doc, 900 * BN)
    assert (hanoi.kind, hanoi.unit, hanoi.location, hanoi.status) == ("money", "đồng", "Hà Nội", "actual")
    assert hanoi.text == "900"
    assert (_iso(hanoi.period.start), _iso(hanoi.period.end)) == ("2022-01-01", "2022-12-31")
    assert hanoi.total is None   # a `Tổng số` row is a figure of its own, no whole of the rows (FIGURES.md §3)
    plan = fig(doc, 800 * BN)
    assert (plan.status, plan.location, plan.total) == ("target", "Hải Phòng", None)
    assert _iso(plan.period.start) == "2023-01-01"
    assert "kế hoạch" in plan.subject.lower()
    estimate = fig(doc, 700 * BN)
    assert (estimate.status, _iso(estimate.period.end)) == ("estimate", "2023-12-31")
    part = fig(doc, 250 * BN)
    assert part.total == 700 * BN  # the row above `Trong đó`, same column
    assert part.location == "Hải Phòng"
    assert "vốn nhà nước" in part.subject
    whole = fig(doc, 1500 * BN)
    assert whole.total is None and "Tổng số" in whole.subject
    values = {f.value for f in doc.figures}
    assert not values & {1.0, 2.0, 3.0, 2022.0, 2023.0}  # STT, table number, years in the header
    assert len([f for f in doc.figures if f.rule.startswith("table:")]) == 12


# -- plain text ----------------------------------------------------------------------------------

def flat(sep: str, *, border: bool = False) -> str:
    rows = [["STT", "Địa phương", "Năm 2022", "Năm 2023", ""], ["", "", "", "Kế hoạch", "Ước thực hiện"]]
    rows += [[c[0] for c in row] for row in GRID[3:]]
    lines = [(f"| {sep.join(r)} |" if border else sep.join(r)) for r in rows]
    return "\n".join([PROSE, CAPTION, UNIT, *lines, "Nguồn: Cục Thống kê."])


@pytest.mark.parametrize("layout", ["tab", "pipe"])
def test_text_table_with_separators(layout: str) -> None:
    text = flat("\t") if layout == "tab" else flat(" | ", border=True)
    doc = extract(text)
    assert_investment_table(doc, text)
    [t] = tables.find_tables(text)
    assert (t.layout, t.unit, t.caption, t.header_rows) == (layout, "tỷ đồng", CAPTION, 2)
    heads = {c.text: c for c in t.cells if c.role == "column_header"}
    assert heads["Năm 2023"].colspan == 2  # a merged header written flat spans what it is over
    assert {c.text for c in t.cells if c.role == "stub_head"} >= {"STT", "Địa phương"}


SPACED = """Đơn vị tính: tỷ đồng
STT  Địa phương              Năm 2022   Kế hoạch 2023   Ước thực hiện 2023
     Tổng số                 1.500      1.800           1.750
1    Hà Nội                  900        1.000           1.050
2    Hải Phòng               600        800             700
     Trong đó: vốn nhà nước  200        300             250"""


def test_text_table_aligned_with_spaces() -> None:
    doc = extract(SPACED)
    assert_spans(doc, SPACED)
    total = fig(doc, 1800 * BN)
    assert (total.status, _iso(total.period.start), total.location) == ("target", "2023-01-01", None)
    assert fig(doc, 600 * BN).total is None
    assert (fig(doc, 250 * BN).total, fig(doc, 250 * BN).status) == (700 * BN, "estimate")
    assert {f.value for f in doc.figures}.isdisjoint({1.0, 2.0})


def test_text_table_one_cell_per_line() -> None:
    cells = ["STT", "Địa phương", "Năm 2022", "Kế hoạch 2023", "Ước thực hiện 2023",
             "Tổng số", "1.500", "1.800", "1.750",
             "1.", "Hà Nội", "900", "1.000", "1.050",
             "2.", "Hải Phòng", "600", "800", "700"]
    text = PROSE + "\n\n" + UNIT + "\n\n" + "\n\n".join(cells) + "\n\n" + "Nguồn: Cục Thống kê tỉnh, số liệu sơ bộ."
    doc = extract(text)
    assert_spans(doc, text)
    hanoi = fig(doc, 1050 * BN)
    assert (hanoi.location, hanoi.status, hanoi.total, _iso(hanoi.period.start)) == ("Hà Nội", "estimate", None,
                                                                             "2023-01-01")
    assert fig(doc, 1500 * BN).location is None
    assert len(doc.figures) == 9


YEARS = """Một số chỉ tiêu xã hội chủ yếu
Chỉ tiêu\t2021\tSơ bộ 2022\tSo với cùng kỳ (%)
Tỷ lệ hộ nghèo (%)\t3,5\tDưới 3\t85,7
Số bác sĩ trên 1 vạn dân\t9,5\t10,1\t106,3
Tốc độ tăng GRDP\t6,6-6,8\t7,02\t
Số ca mắc sốt xuất huyết\t1.250\t980\t78,4"""


def test_years_as_columns_units_from_labels() -> None:
    doc = extract(YEARS)
    assert_spans(doc, YEARS)
    poor = fig(doc, 3.5)
    assert (poor.kind, poor.unit, _iso(poor.period.start), _iso(poor.period.end)) == ("percent", "%", "2021-01-01", "2021-12-31")
    under = [f for f in doc.figures if f.text == "Dưới 3"][0]
    assert (under.value, under.approx, _iso(under.period.start)) == (3, "under", "2022-01-01")
    doctors = fig(doc, 10.1)
    assert (doctors.kind, doctors.unit) == ("measure", "bác sĩ/1 vạn dân")  # the rate's denominator is no figure
    assert 1.0 not in {f.value for f in doc.figures}
    growth = fig(doc, 6.6)
    assert (growth.value_max, growth.kind, growth.text) == (6.8, "percent", "6,6-6,8")
    cases = fig(doc, 980)
    assert cases.kind == "count" and cases.unit in ("ca", "ca mắc")  # the lexicon's phrase, or the first word
    compare = fig(doc, 106.3)
    assert (compare.kind, compare.unit) == ("percent", "%")
    assert "so với cùng kỳ" in compare.subject


def test_same_period_last_year_and_months() -> None:
    text = ("Chỉ tiêu\tTháng 10/2023\tCùng kỳ năm trước\n"
            "Khách du lịch (nghìn lượt)\t120\t100\n"
            "Doanh thu du lịch (tỷ đồng)\t350,5\t300")
    doc = extract(text, published="2023-11-05")
    now, before = fig(doc, 120_000), fig(doc, 100_000)
    assert (now.unit, _iso(now.period.start), _iso(now.period.end)) == ("lượt", "2023-10-01", "2023-10-31")
    assert (_iso(before.period.start), _iso(before.period.end)) == ("2022-10-01", "2022-10-31")
    assert fig(doc, 350.5 * BN).unit == "đồng"


def test_district_rows_and_plan_columns() -> None:
    text = ("Diện tích lúa vụ Đông Xuân (ha)\n"
            "Huyện\tKế hoạch\tThực hiện\n"
            "Huyện Hải Hậu\t12.500\t12.610\n"
            "Huyện Giao Thủy\t9.800\t9.750")
    doc = extract(text)
    f = fig(doc, 9750)
    assert (f.kind, f.unit, f.location, f.status) == ("measure", "ha", "Giao Thủy", "actual")
    assert "Diện tích lúa" in f.subject
    assert fig(doc, 9800).status == "target"


@pytest.mark.parametrize("text", [
    PROSE + "\n" + "Năm 2023, tỉnh có 1.200 doanh nghiệp thành lập mới, tăng 12% so với năm 2022.\n"
    "Vốn đăng ký đạt 2.500 tỷ đồng, bằng 105% kế hoạch.",
    "- Doanh thu: 1.200 tỷ đồng\n- Số khách: 3.500 lượt\n- Tăng 12%\n- Có 3 dự án",
    "Kết quả  năm 2023  rất khả quan\nTỉnh có  12 xã  đạt chuẩn nông thôn mới\nTỷ lệ hộ nghèo còn  2,1%",
    "Chương I\n\nTổng quan\n\nMục tiêu\n\n12\n\nNội dung của chương này trình bày các nội dung chính của báo cáo.",
])
def test_prose_makes_no_table(text: str) -> None:
    assert tables.find_tables(text) == []


def test_prose_articles_are_unchanged_by_tables() -> None:
    """Text without a table gives the same figures with table detection as without it."""
    text = PROSE + "\nNăm 2023, tỉnh tiếp nhận 108.077 hồ sơ, tăng 12% so với năm 2022."
    assert extract(text).figures == extract(text, tables=[]).figures


# -- HTML, Word, PDF ----------------------------------------------------------------------------------

def html_page() -> str:
    rows = []
    for row in GRID:
        cells = []
        for text, rs, cs, head in row:
            tag = "th" if head else "td"
            span = (f' rowspan="{rs}"' if rs > 1 else "") + (f' colspan="{cs}"' if cs > 1 else "")
            cells.append(f"<{tag}{span}>{html.escape(text)}</{tag}>")
        rows.append("<tr>" + "".join(cells) + "</tr>")
    return f"""<html><head><meta charset="utf-8"><title>Vốn đầu tư</title></head><body>
<nav><ul><li><a href="/">Trang chủ</a></li><li><a href="/tin">Tin tức</a></li><li>Năm 2024</li></ul></nav>
<div class="sidebar"><h3>Tin mới</h3><ul><li><a href="/a">Hội nghị 15 tỉnh</a></li></ul></div>
<article><h1>Vốn đầu tư năm 2023</h1><p>{PROSE}</p><p>{CAPTION}</p>
<table border="1">{''.join(rows)}</table>
<p>Nguồn: Cục Thống kê. Số liệu năm 2023 là số ước tính và sẽ được cập nhật khi có số liệu chính thức.</p></article>
<footer><p>Tổng truy cập 1.055.568</p><p>Điện thoại: 0234 3822 123</p></footer></body></html>"""


def test_html_table_with_merged_headers(tmp_path: Path) -> None:
    pytest.importorskip("trafilatura")
    path = tmp_path / "bai-viet.html"
    path.write_text(html_page(), encoding="utf-8")
    got = formats.read(path)
    assert len(got.tables) == 1
    assert "1\tHà Nội\t900\t1.000\t1.050" in got.text.split("\n")
    doc = api.parse_file(path)
    assert_investment_table(doc, api.file_text(path))
    assert 1055568 not in {f.value for f in doc.figures}  # the footer stays out
    t = got.tables[0]
    assert t.unit == "tỷ đồng" and t.caption == CAPTION
    assert all(got.text[c.start:c.end] == c.text for c in t.cells)


def make_docx(path: Path) -> None:
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.add_paragraph(PROSE)
    document.add_paragraph(CAPTION)
    table = document.add_table(rows=len(GRID), cols=5)
    table.cell(0, 0).merge(table.cell(0, 4)).text = UNIT
    for k in range(3):
        table.cell(1, k).merge(table.cell(2, k))
    table.cell(1, 3).merge(table.cell(1, 4))
    for r, row in enumerate(GRID[1:], start=1):
        k = 0
        for text, _rs, cs, _h in row:
            while r == 2 and k < 3:
                k += 1  # under the merged cells of the row above
            table.cell(r, k).text = text
            k += cs
    document.add_paragraph("Nguồn: Cục Thống kê.")
    document.save(str(path))


def test_word_table_with_merged_cells(tmp_path: Path) -> None:
    path = tmp_path / "bao-cao.docx"
    make_docx(path)
    got = formats.read(path)
    [t] = got.tables
    heads = {c.text: c for c in t.cells if c.row in (1, 2)}
    assert (heads["Năm 2023"].colspan, heads["STT"].rowspan) == (2, 2)
    doc = api.parse_file(path)
    assert_investment_table(doc, got.text)


def make_pdf(path: Path) -> None:
    fpdf = pytest.importorskip("fpdf")
    font = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    if not font.exists():
        pytest.skip("no DejaVu font to write Vietnamese into a PDF")
    pdf = fpdf.FPDF()
    pdf.add_page()
    pdf.add_font("DejaVu", "", str(font))
    pdf.add_font("DejaVu", "B", str(font.with_name("DejaVuSans-Bold.ttf")))
    pdf.set_font("DejaVu", size=9)
    pdf.multi_cell(0, 5, PROSE, new_x="LMARGIN", new_y="NEXT")
    pdf.multi_cell(0, 5, CAPTION, new_x="LMARGIN", new_y="NEXT")
    pdf.multi_cell(0, 5, UNIT, new_x="LMARGIN", new_y="NEXT")
    with pdf.table(text_align="LEFT", first_row_as_headings=False) as t:
        head = t.row()
        for text in ("STT", "Địa phương", "Năm 2022", "Kế hoạch 2023", "Ước thực hiện 2023"):
            head.cell(text)
        for row in GRID[3:]:
            r = t.row()
            for text, *_ in row:
                r.cell(text)
    pdf.multi_cell(0, 5, "Nguồn: Cục Thống kê.", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))


def test_pdf_table(tmp_path: Path) -> None:
    pytest.importorskip("pdfplumber")
    path = tmp_path / "bao-cao.pdf"
    make_pdf(path)
    got = formats.read(path)
    assert len(got.tables) == 1
    assert "2\tHải Phòng\t600\t800\t700" in got.text.split("\n")
    doc = api.parse_file(path)
    assert_spans(doc, got.text)
    hanoi = fig(doc, 900 * BN)
    assert (hanoi.location, _iso(hanoi.period.start), hanoi.total) == ("Hà Nội", "2022-01-01", None)
    assert (fig(doc, 800 * BN).status, fig(doc, 250 * BN).total) == ("target", 700 * BN)


def test_pdf_without_pdfplumber_reads_the_text(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Without pdfplumber the text layer is read as before and a table is looked for in it."""
    import sys
    pytest.importorskip("pypdf")
    path = tmp_path / "bao-cao.pdf"
    make_pdf(path)
    monkeypatch.setitem(sys.modules, "pdfplumber", None)
    got = formats.read(path)
    assert got.tables == ()
    doc = api.parse_file(path)
    assert_spans(doc, got.text)
    assert 900 * BN in {f.value for f in doc.figures} or 900 in {f.value for f in doc.figures}


def test_text_command_prints_what_offsets_index(tmp_path: Path) -> None:
    pytest.importorskip("docx")
    path = tmp_path / "bao-cao.docx"
    make_docx(path)
    shown = run("text", str(path))
    assert shown.exit_code == 0, shown.stderr
    parsed = run("parse", str(path), "--format", "json")
    doc = Document.model_validate_json(parsed.stdout)
    assert doc.figures
    assert_spans(doc, shown.stdout)


def test_text_command_on_a_missing_file(tmp_path: Path) -> None:
    assert_one_line_error(run("text", str(tmp_path / "khong-co.pdf")), "khong-co.pdf")


def test_render_spreads_merged_cells() -> None:
    text, cells = tables.render([[("A", 2, 1, True), ("B", 1, 2, True)], [("b1", 1, 1, True), ("b2", 1, 1, True)],
                                 [("x", 1, 1, False), ("1", 1, 1, False), ("2", 1, 1, False)]])
    t = tables.build_table(cells)
    grid = t.grid()
    assert grid[1][0].text == "A" and grid[0][2].text == "B"
    assert all(text[c.start:c.end] == c.text for c in cells)
    assert t.header_rows == 2


# -- figure-dense text ----------------------------------------------------------------------------------

def _status_by_rescan(scan: str, s_start: int, pos: int, r) -> str:
    """The status rule read the slow way: every cue of the sentence before ``pos`` (what figures._status does
    for short prefixes); past a `;`, the cues of its own clause, or the estimate or forecast of the sentence before
    the `;` when the clause is a few words without a verb (`; khác 1%`)."""
    from dtextract import figures
    before = scan[s_start:pos]
    if ":" not in before and ";" in before:
        clause = before[before.rfind(";") + 1:]
        elliptical = figures._ELLIPTICAL.fullmatch(clause) and not figures._CLAUSE_VERB.search(clause)
        carried = _last_cue(before[:before.rfind(";")], r)[0]
        if not elliptical or _last_cue(clause, r)[0] != "actual" or carried not in ("estimate", "forecast"):
            before = clause
        else:
            return carried
    return _last_cue(before, r)[0]


def _last_cue(before: str, r) -> tuple[str, int]:
    best, best_at = "actual", -1
    for _, status, rx in r.statuses:
        for m in rx.finditer(before):
            if m.start() > best_at:
                best, best_at = status, m.start()
    return best, best_at


@pytest.mark.parametrize("colon", [False, True])
def test_status_in_a_long_sentence_reads_as_a_rescan(colon: bool) -> None:
    """Far into a long sentence the status cues are looked up, not rescanned; the answer is the same."""
    from dtextract import figures
    from dtextract.patterns import load
    r = figures.rules(load())
    parts = ["Doanh thu ước đạt 12%", "kế hoạch giao 15%", "thực tế 3%; dự báo năm sau 4%", "chi phí 7%",
             "ước tính 9%; khác 1%", "dự kiến đạt 8%",
             "các chỉ số còn lại lần lượt " + ", ".join(f"{k}%" for k in range(1, 60))]
    sentence = ("Tổng hợp" + (": " if colon else " ") + ", ".join(parts * 12)) + "."
    ends = [m.start() for m in regex_finditer(r"\d+%", sentence)]
    assert len(sentence) > 3 * figures._BRACKET_REACH
    from types import SimpleNamespace
    for pos in ends:
        d = SimpleNamespace(start=pos, end=pos + 1, why={}, kind="percent")
        assert figures._status(sentence, 0, d, r, len(sentence)) == _status_by_rescan(sentence, 0, pos, r), pos


def regex_finditer(pattern: str, s: str):
    import regex
    return regex.finditer(pattern, s)


def test_dense_percentages_on_one_line() -> None:
    """Every percent of a long line of them is a figure, with its own span."""
    text = " ".join(f"{k % 97},{k % 10}%" for k in range(3000))
    doc = extract(text)
    assert len(doc.figures) == 3000
    assert_spans(doc, text)
    assert not tables.find_tables(text)


def test_quarters_as_columns_take_the_year_of_the_caption() -> None:
    text = ("Tốc độ tăng trưởng các quý năm 2023\n\n"
            "  Quý I Quý II Quý III Quý IV\n"
            "GRDP (%) 5,1 6,2 7,0 7,4\n"
            "Công nghiệp (%) 4,0 5,5 6,1 8,0")
    doc = extract(text, published="2024-03-01")
    q3 = fig(doc, 6.1)
    assert (q3.kind, _iso(q3.period.start), _iso(q3.period.end)) == ("percent", "2023-07-01", "2023-09-30")
    assert "quý III" in q3.subject and "Công nghiệp" in q3.subject
    assert {f.value for f in doc.figures} == {5.1, 6.2, 7.0, 7.4, 4.0, 5.5, 6.1, 8.0}


def test_years_as_rows() -> None:
    text = ("Lượng khách du lịch đến tỉnh\n"
            "Năm\tKhách quốc tế (lượt)\tDoanh thu (tỷ đồng)\n"
            "2021\t12.000\t350\n2022\t45.500\t1.200\n2023\t80.100\t2.150,5")
    doc = extract(text)
    assert {2021.0, 2022.0, 2023.0}.isdisjoint(f.value for f in doc.figures)
    guests = fig(doc, 45_500)
    assert (guests.unit, _iso(guests.period.start), guests.subject) == ("lượt", "2022-01-01", "Khách quốc tế năm 2022")
    assert fig(doc, 2150.5 * BN).unit == "đồng"


def test_a_place_column_header_makes_its_rows_places() -> None:
    """Districts the gazetteer does not list are places when the label column's header says so."""
    text = ("Diện tích và sản lượng lúa năm 2023\n\nHuyện\n\nDiện tích (ha)\n\nSản lượng (tấn)\n\n"
            "Tổng số\n\n22.300\n\n141.700\n\nHải Hậu\n\n12.500\n\n81.500\n\nGiao Thủy\n\n9.800\n\n60.200")
    doc = extract(text)
    f = fig(doc, 60_200)
    assert (f.unit, f.location, f.total, _iso(f.period.start)) == ("tấn", "Giao Thủy", None, "2023-01-01")
    assert fig(doc, 22_300).location is None  # the total is no district


def test_units_from_the_words_that_head_a_label() -> None:
    text = ("Kết quả thi tốt nghiệp năm 2023\n"
            "Môn thi\tSố thí sinh\tĐiểm trung bình\tTỷ lệ điểm dưới 5 (%)\n"
            "Toán\t12.500\t6,25\t18,2\nNgữ văn\t12.480\t6,86\t9,4")
    doc = extract(text)
    assert (fig(doc, 6.86).kind, fig(doc, 6.86).unit) == ("measure", "điểm")
    assert (fig(doc, 12_480).kind, fig(doc, 12_480).unit) == ("count", "thí sinh")
    assert (fig(doc, 9.4).unit, _iso(fig(doc, 9.4).period.start)) == ("%", "2023-01-01")


def test_html_table_inside_a_paragraph_is_read_once() -> None:
    pytest.importorskip("trafilatura")
    page = ("<html><body><article><p>Năm 2023 tỉnh có nhiều kết quả nổi bật trên các lĩnh vực kinh tế xã hội, "
            "được nhân dân đồng tình ủng hộ và đánh giá cao.</p><div>Bảng số liệu: <table><tr><th>Chỉ tiêu</th>"
            "<th>Năm 2023</th></tr><tr><td>Số xã đạt chuẩn</td><td>12</td></tr><tr><td>Số hộ nghèo</td>"
            "<td>1.250</td></tr></table> xem chi tiết bên dưới.</div><p>Nguồn: Cục Thống kê tỉnh, số liệu sơ bộ "
            "được công bố ngày 30 tháng 12.</p></article></body></html>")
    text, found = formats.html_text(page, with_tables=True)
    assert len(found) == 1 and "DTEXTRACTTABLE" not in text
    assert text.count("Số hộ nghèo\t1.250") == 1
    doc = extract(text, tables=list(found))
    assert [f.value for f in doc.figures if f.rule.startswith("table:")] == [12, 1250]


def test_rows_under_a_bare_trong_do_are_parts_of_the_row_above() -> None:
    text = ("Đơn vị tính: người\n"
            "STT\tChỉ tiêu\tNăm 2022\tNăm 2023\n"
            "1\tLao động được tạo việc làm\t25.000\t27.500\n"
            "\tTrong đó:\t\t\n"
            "\tXuất khẩu lao động\t3.000\t3.600\n"
            "\tTrong tỉnh\t15.000\t16.100\n"
            "2\tLao động qua đào tạo\t18.000\t19.200")
    doc = extract(text)
    assert fig(doc, 3_600).total == 27_500 and fig(doc, 16_100).total == 27_500
    assert fig(doc, 19_200).total is None  # a numbered row is a new item, not a part
    assert (fig(doc, 3_600).unit, _iso(fig(doc, 3_600).period.start)) == ("người", "2023-01-01")


def _by_text(doc: Document) -> dict[str, Figure]:
    return {f.text: f for f in doc.figures}


def test_a_part_cue_on_its_own_line_keeps_a_separated_table_whole() -> None:
    # `Trong đó:` written on a line of its own between the whole's row and its parts (a converted page does
    # this): the table goes on; the rows under it are parts of the row above, until a row that names an
    # indicator of the whole's kind (`Kim ngạch nhập khẩu` after `Tổng kim ngạch xuất khẩu`)
    text = ("Kim ngạch xuất, nhập khẩu\nĐơn vị tính: Triệu USD\n\tNăm 2023\tNăm 2024\tSo với cùng kỳ (%)\n"
            "Tổng kim ngạch xuất khẩu\t300,5\t320,0\t106,5\nTrong đó:\nNông sản\t120,4\t131,0\t108,8\n"
            "Thủy sản\t40,2\t38,1\t94,8\nKim ngạch nhập khẩu\t90,0\t95,5\t106,1\n")
    got = _by_text(extract(text, published="2025-01-15"))
    assert got["300,5"].value == pytest.approx(300.5e6) and got["300,5"].unit == "USD"
    assert got["131,0"].total == pytest.approx(320e6) and got["131,0"].period.start.isoformat() == "2024-01-01"
    assert got["40,2"].total == pytest.approx(300.5e6)
    assert got["108,8"].kind == "percent" and got["108,8"].total is None
    assert got["90,0"].total is None and got["95,5"].total is None   # a sibling of the whole, not its part
    assert "Trong đó:" not in [f.text for f in got.values()]
    assert len(got) == 12


def test_a_tab_header_over_rows_split_by_spaces_is_one_table() -> None:
    # a converted page writes the header with tabs and the rows with runs of spaces: one table, whose header
    # gives each column its unit and status, and whose `Đơn vị tính` line gives the unit of the others
    text = ("Năm 2024, tỉnh Đắk Lắk mở rộng diện tích cà phê tái canh ở các vùng trọng điểm.\n"
            "Đơn vị tính: ha\n"
            "Huyện/thị xã\tKế hoạch\tThực hiện\tTỷ lệ (%)\n"
            "Krông Năng     820     865     105,5\n"
            "Ea Kar     610     592     97,0\n"
            "Buôn Hồ     450     471     104,7\n"
            "Toàn tỉnh     1.880     1.928     102,6\n")
    got = _by_text(extract(text, published="2025-01-10"))
    plan, done, rate = got["820"], got["865"], got["105,5"]
    assert (plan.kind, plan.unit, plan.status, plan.location) == ("measure", "ha", "target", "Krông Năng")
    assert (done.unit, done.status, done.location) == ("ha", "actual", "Krông Năng")
    assert (rate.kind, rate.unit, rate.status) == ("percent", "%", "actual")
    assert got["592"].location == "Ea Kar" and "Ea Kar" not in got["592"].subject
    assert got["1.928"].location == "Đắk Lắk"  # `Toàn tỉnh`: the article's province
    assert len([f for f in got.values() if f.rule.startswith("table:")]) == 12


def test_a_spaced_header_over_tab_rows_is_one_table() -> None:
    text = ("Lượt khách lưu trú\n"
            "Cơ sở      Năm 2023      Năm 2024\n"
            "Khách sạn 3 sao trở lên\t41.200\t45.900\n"
            "Nhà nghỉ, homestay\t18.050\t22.300\n")
    got = _by_text(extract(text, published="2025-01-10"))
    assert got["22.300"].period.start.isoformat() == "2024-01-01" and "Nhà nghỉ, homestay" in got["22.300"].subject
    assert got["41.200"].period.start.isoformat() == "2023-01-01"


@pytest.mark.parametrize("header", ["Huyện, thị xã", "Huyện/thành phố", "Đơn vị hành chính", "Địa phương"])
def test_a_place_column_header_written_as_a_list_of_levels(header: str) -> None:
    text = (f"Số trường đạt chuẩn quốc gia\n{header}\tNăm 2023\tNăm 2024\n"
            "Lạc Dương\t14\t17\nĐơn Dương\t31\t35\n")
    got = _by_text(extract(text, published="2025-01-10"))
    assert (got["17"].location, got["35"].location) == ("Lạc Dương", "Đơn Dương")
    assert "Dương" not in got["35"].subject


def test_district_rows_are_places_without_a_place_header() -> None:
    # two or more row labels the gazetteer knows as districts (any spacing: `Krôngbúk` is `Krông Búk`) are places, named as the table spells them
    text = ("Sản lượng cà phê nhân\nVùng\tNăm 2023\tNăm 2024\n"
            "Krôngbúk\t21.500\t22.800\nCư M'gar\t48.100\t49.600\nSản lượng chung\t69.600\t72.400\n")
    got = _by_text(extract(text, published="2025-01-10"))
    assert got["22.800"].location == "Krôngbúk" and got["49.600"].location == "Cư M'gar"
    assert got["72.400"].location != "Sản lượng chung" and "Sản lượng chung" in got["72.400"].subject
    one = _by_text(extract("Kết quả\tNăm 2023\tNăm 2024\nKrôngbúk\t21.500\t22.800\nCà phê nhân\t48.100\t49.600\n",
                           published="2025-01-10"))
    assert one["49.600"].location != "Cà phê nhân"  # one district name alone does not make a place column


def test_a_column_compared_with_another_period_has_the_period_before_so_voi() -> None:
    text = ("Chỉ số giá nhập khẩu\tQuý III/2024 so với quý II/2024\tTháng 9/2024 so với tháng 12/2023\n"
            "Phân bón\t98,4\t101,7\nXăng dầu\t95,2\t93,8\n")
    got = _by_text(extract(text, published="2024-10-10"))
    q, m = got["95,2"].period, got["93,8"].period
    assert (q.start.isoformat(), q.end.isoformat()) == ("2024-07-01", "2024-09-30")
    assert (m.start.isoformat(), m.end.isoformat()) == ("2024-09-01", "2024-09-30")


IIP_CELLS = ["Chỉ số sản xuất công nghiệp tháng 9 năm 2024", "Đơn vị tính: %", "Ngành",
             "Tháng 9/2024 so với tháng 8/2024", "Tháng 9/2024 so với tháng 9/2023", "9 tháng năm 2024 so với cùng kỳ",
             "TOÀN NGÀNH CÔNG NGHIỆP", "104,21", "108,35", "107,62", "Trong đó:",
             "Khai khoáng", "97,40", "95,12", "96,88",
             "Sản xuất, phân phối điện, khí đốt, nước nóng và điều hòa", "101,33", "110,05", "109,41",
             "Cung cấp nước, hoạt động quản lý và xử lý rác thải", "100,52", "104,70", "103,96"]


@pytest.mark.parametrize("unit_line, corner", [(True, True), (False, True), (True, False)])
def test_one_cell_per_line_with_a_caption_a_unit_line_a_corner_and_trong_do(unit_line: bool, corner: bool) -> None:
    # without `corner` the label column's header is an empty cell that the flattening dropped
    cells = [c for c in IIP_CELLS if (unit_line or not c.startswith("Đơn vị")) and (corner or c != "Ngành")]
    text = ("Sản xuất công nghiệp trên địa bàn tỉnh tiếp tục phục hồi trong quý III.\n\n" + "\n\n".join(cells)
            + "\n\nNguồn: Cục Thống kê tỉnh.")
    [t] = tables.find_tables(text)
    heads = {c.col: c.text for c in t.cells if c.row == 0}
    assert heads.get(0) == ("Ngành" if corner else None) and t.n_cols == 4
    assert heads[1] == "Tháng 9/2024 so với tháng 8/2024"
    assert t.caption == IIP_CELLS[0]
    got = _by_text(extract(text, published="2024-10-05"))
    table = [f for f in got.values() if f.rule.startswith("table:")]
    assert len(table) == 12
    assert "Trong đó:" not in got and "Ngành" not in " ".join(f.subject for f in table)
    mining = got["95,12"]
    assert mining.subject.startswith("Khai khoáng") and mining.period.start.isoformat() == "2024-09-01"
    assert got["109,41"].subject.startswith("Sản xuất, phân phối điện, khí đốt")
    assert got["109,41"].period.start.isoformat() == "2024-01-01" and got["109,41"].period.end.isoformat() == "2024-09-30"
    if unit_line:
        assert all((f.kind, f.unit) == ("percent", "%") for f in table)


def test_spaced_rows_under_a_tab_header_when_the_first_row_has_an_empty_cell() -> None:
    # the first spaced row lacks cells (empty in the source); a later row has the header's width, so the run is
    # the table's body, and the short row's cells sit under the columns they align with; a trailing tab is no column
    text = ("Đơn vị tính: dự án\nChỉ tiêu\tNăm 2023\tNăm 2024\tSo với cùng kỳ (%)\t\n"
            "Dự án cấp mới      12            \n"
            "Dự án điều chỉnh vốn      8      11      137,5\n"
            "Dự án FDI      5      7      140,0\n")
    [t] = tables.find_tables(text)
    assert (t.n_rows, t.n_cols) == (4, 4)
    got = _by_text(extract(text, published="2025-01-10"))
    assert got["12"].period.start.isoformat() == "2023-01-01" and got["12"].unit == "dự án"
    assert got["7"].period.start.isoformat() == "2024-01-01"
    assert (got["140,0"].kind, got["140,0"].unit) == ("percent", "%")


def test_one_cell_per_line_rows_under_a_bare_trong_do_are_parts() -> None:
    cells = ["Số lượt khách du lịch", "Đơn vị tính: lượt", "Chỉ tiêu", "Năm 2023", "Năm 2024",
             "Tổng lượt khách", "812.400", "905.100", "Trong đó:", "Khách quốc tế", "41.250", "52.800",
             "Khách lưu trú", "301.700", "344.900"]
    text = "Du lịch của tỉnh tăng trưởng khá trong năm qua.\n\n" + "\n\n".join(cells) + "\n\nNguồn: Sở Văn hóa."
    got = _by_text(extract(text, published="2025-01-05"))
    assert (got["52.800"].total, got["52.800"].unit) == (905_100, "lượt")
    assert got["301.700"].total == 812_400 and got["301.700"].subject == "Khách lưu trú năm 2023"
    assert got["905.100"].total is None


def test_a_pipe_table_without_borders_keeps_its_empty_first_cells() -> None:
    # rows written `a | b | c` (no outer border): a line that opens with `|` has an empty first cell, and `Đơn vị`
    # heading the first text column names the bodies the rows are about, not their unit
    text = ("Kết quả tiêm phòng của các trạm thú y\nĐơn vị tính: liều\n\n"
            "TT | Đơn vị | Năm 2025 | | Tỷ lệ thực hiện (%)\n---|---|---|---|---\n | | Kế hoạch | Thực hiện |\n"
            "1 | Trạm Thú y Đông Hưng | 41.200 | 42.350 | 102,8\n2 | Trạm Thú y Tiền Hải | 38.600 | 37.010 | 95,9\n"
            " | Tổng cộng | 79.800 | 79.360 | 99,4\n")
    got = _by_text(extract(text, published="2025-12-20"))
    assert got["41.200"].status == "target" and got["42.350"].status == "actual"
    assert got["41.200"].unit == "liều" and got["41.200"].kind == "count"
    assert "Trạm Thú y Đông Hưng" in got["42.350"].subject and got["42.350"].period.start.isoformat() == "2025-01-01"
    assert got["102,8"].kind == "percent"
    assert got["79.800"].status == "target" and "Tổng cộng" in got["79.800"].subject
    assert "1" not in got and "2" not in got


def test_a_headline_over_a_district_table_places_its_total_row() -> None:
    # no paragraph long enough to be a lead: the headline's province is the article's; the `Tổng cộng` row under
    # district rows is that province; a column label that names its indicator needs no caption in the subject
    text = ("Quảng Nam: Kết quả tuyển quân năm 2024\n\n"
            "STT | Địa phương | Số thanh niên nhập ngũ (người)\n1 | Huyện Duy Xuyên | 120\n2 | Huyện Đại Lộc | 140\n"
            " | Tổng cộng | 260\n")
    got = _by_text(extract(text, published="2024-03-01"))
    assert got["120"].location == "Duy Xuyên" and got["140"].location == "Đại Lộc"
    assert got["260"].location == "Quảng Nam"
    assert got["120"].subject.lower() == "số thanh niên nhập ngũ"
    assert got["120"].total is None and got["260"].value == 260


def test_a_total_row_gives_the_rows_no_total() -> None:
    """A `Tổng số` row is a figure of its own, whether its column sums the rows (`Diện tích`) or averages them (`Năng
    suất`): the rows take no total from it (FIGURES.md §3 names the cues of a whole; none of the hand-checked tables
    reads a total row as one)."""
    text = ("Kết quả sản xuất lúa vụ Đông Xuân năm 2024\n\nHuyện\n\nDiện tích (ha)\n\nNăng suất (tạ/ha)\n\n"
            "Tổng số\n\n22.300\n\n66,8\n\nHải Hậu\n\n12.500\n\n62,1\n\nGiao Thủy\n\n9.800\n\n62,4")
    doc = extract(text)
    assert fig(doc, 12_500).total is None and fig(doc, 22_300).location is None
    yield_ = fig(doc, 62.1)
    assert "/" in yield_.unit and yield_.total is None


def test_a_place_row_or_a_time_column_implies_no_unit() -> None:
    """A row that names a district and a column that names a week say nothing of what the cells count: the column's
    `Số cây …` does, and a unit in brackets that ends the caption before its colon does."""
    text = ("Kết quả trồng cây năm 2025\n\nĐịa bàn | Số cây trồng mới | Số cây sống\nHuyện Tân Kỳ | 450 | 410\n"
            "Huyện Anh Sơn | 380 | 350\n\nGiá một số mặt hàng tại chợ (đồng/kg):\n\nMặt hàng | Tuần trước | Tuần này\n"
            "Bí xanh | 12.000 | 11.000\nCà chua | 15.000 | 16.000\n")
    doc = extract(text, published="2025-06-01")
    assert (fig(doc, 410).unit, fig(doc, 410).location) == ("cây", "Tân Kỳ")
    assert (fig(doc, 16_000).kind, fig(doc, 16_000).unit) == ("money", "đồng/kg")


def test_a_unit_bracketed_in_the_caption_applies_to_every_cell():
    text = ("Kết quả giải ngân một số dự án (Đơn vị tính: tỷ đồng):\n\n| Dự án | Kế hoạch vốn 2024 | Giải ngân |\n"
            "| Cầu Trà Khúc 3 | 315 | 198,4 |\n| Kè sông Vệ | 126 | 40,2 |\n| Tổng cộng | 441 | 238,6 |")
    doc = extract(text, published="2024-10-05")
    by_value = _by_text(doc)
    assert by_value["315"].value == 315e9 and by_value["315"].unit == "đồng", [(f.text, f.value, f.unit) for f in doc.figures]
    assert by_value["40,2"].value == 40.2e9
    assert by_value["126"].total is None and by_value["441"].value == 441e9


def test_a_rank_column_holds_ranks_and_a_so_column_names_its_indicator():
    text = ("Kết quả xếp hạng nông thôn mới (Đơn vị tính: xã):\n\n| Huyện | Số xã | Xếp hạng |\n"
            "| Cẩm Giàng | 17 | 1 |\n| Gia Lộc | 18 | 2 |\n")
    doc = extract(text, published="2024-12-17")
    by_text = _by_text(doc)
    rank = by_text["2"]
    assert (rank.kind, rank.unit, rank.location) == ("rank", "hạng", "Gia Lộc")
    count = by_text["18"]
    assert (count.kind, count.unit, count.subject, count.location) == ("count", "xã", "số xã", "Gia Lộc")


def test_a_header_of_single_spaces_with_a_unit_column_splits_the_stub():
    """`TT Chỉ tiêu Đơn vị tính Kế hoạch … Thực hiện … Tỷ lệ % so với KH` over rows written with single spaces: each
    value column opens with its capitalised head, each row's label ends with its unit, and a column of percents holds
    percents whatever the row counts."""
    text = ("Kết quả hoạt động chuyên môn năm 2025\n\n"
            "TT Chỉ tiêu Đơn vị tính Kế hoạch năm 2025 Thực hiện năm 2025 Tỷ lệ % so với KH\n"
            "1 Tổng số lượt khám ngoại trú lượt 120.000 131.400 109,5\n"
            "2 Số người điều trị nội trú người 9.000 9.630 107,0\n"
            "3 Số ca phẫu thuật ca 2.400 2.310 96,3\n")
    doc = extract(text, published="2026-01-10")
    by_text = _by_text(doc)
    plan = by_text["120.000"]
    assert (plan.unit, plan.status, plan.subject) == ("lượt", "target", "Tổng số lượt khám ngoại trú kế hoạch năm 2025")
    done = by_text["9.630"]
    assert (done.unit, done.status, done.kind) == ("người", "actual", "count")
    share = by_text["107,0"]
    assert (share.kind, share.unit) == ("percent", "%")
    assert "1" not in by_text and by_text["2.310"].unit == "ca"


def test_a_unit_line_by_column_and_a_caption_that_lists_the_columns():
    """`Đơn vị tính: Diện tích: ha; Năng suất: tạ/ha; Sản lượng: tấn` gives each column its unit by its name; a header
    of single spaces whose labels each open with a capital (`Huyện Diện tích Năng suất Sản lượng`) splits at them; a
    caption that lists the columns' names and then what they measure names each cell by its column and that thing."""
    text = ("Năm 2024, tỉnh Hậu Giang có 78.200 ha lúa.\n\n"
            "Diện tích, năng suất, sản lượng lúa vụ Hè Thu 2024 một số huyện\n"
            "Đơn vị tính: Diện tích: ha; Năng suất: tạ/ha; Sản lượng: tấn\n"
            "Huyện Diện tích Năng suất Sản lượng\n"
            "Phụng Hiệp 21.400 58,3 124.762\n"
            "Long Mỹ 15.900 56,1 89.199\n")
    doc = extract(text, published="2024-09-10")
    by_text = _by_text(doc)
    area, yield_, output = by_text["21.400"], by_text["58,3"], by_text["89.199"]
    assert (area.kind, area.unit, area.subject, area.location) == ("measure", "ha", "Diện tích lúa", "Phụng Hiệp")
    assert (yield_.unit, yield_.subject) == ("tạ/ha", "Năng suất lúa")
    assert (output.unit, output.value, output.subject, output.location) == ("tấn", 89199, "Sản lượng lúa", "Long Mỹ")


def test_a_caption_that_joins_the_columns_names_by_va():
    """`Lượng mưa và số ngày mưa tháng 8/2024 tại các trạm` over the columns `Lượng mưa (mm)` and `Số ngày mưa` lists
    them as a comma would: each cell is named by its column, without the caption's period and places."""
    text = ("Tháng 8/2024, mưa nhiều trên địa bàn tỉnh Tuyên Quang.\n\n"
            "Lượng mưa và số ngày mưa tháng 8/2024 tại các trạm:\n"
            "Trạm | Lượng mưa (mm) | Số ngày mưa\n"
            "Chiêm Hóa | 378,6 | 21\n"
            "Hàm Yên | 296,1 | 18\n")
    by_text = _by_text(extract(text, published="2024-09-03"))
    rain, days = by_text["378,6"], by_text["18"]
    assert (rain.unit, rain.subject, rain.location) == ("mm", "Lượng mưa", "Chiêm Hóa")
    assert (days.subject.lower(), days.location) == ("số ngày mưa", "Hàm Yên")



def test_numbered_rows_of_spaced_cells_with_dashes_and_a_total_row():
    """Rows written with single spaces that open with their numbers (`1 Huyện Quỳ Hợp …`) keep the number out of the
    label, so a district's row gives its place; a dash alone is an empty cell, and its row is still a row (the total
    row after it too); the total row gives the rows no total."""
    text = ("Kết quả xây dựng nông thôn mới một số huyện (tính đến ngày 30/6/2024)\n"
            "Đơn vị tính: xã\n"
            "TT Đơn vị Tổng số xã Đạt chuẩn NTM Đạt chuẩn NTM nâng cao\n"
            "1 Huyện Quỳ Hợp 20 14 3\n"
            "2 Huyện Nghĩa Đàn 23 23 8\n"
            "3 Huyện Con Cuông 12 5 -\n"
            "Toàn tỉnh 411 362 118\n")
    doc = extract(text, published="2024-07-10")
    by_text = _by_text(doc)
    first = next(f for f in doc.figures if f.text == "20")
    assert (first.location, first.subject, first.total) == ("Quỳ Hợp", "tổng số xã", None)
    row_numbers = {text.index(f"{n} Huyện") for n in (1, 2, 3)}
    assert not [f for f in doc.figures if f.start in row_numbers]
    late = next(f for f in doc.figures if f.text == "5")
    assert (late.location, late.subject) == ("Con Cuông", "đạt chuẩn NTM")
    assert by_text["411"].value == 411


def test_a_total_row_written_across_the_number_column_is_the_province():
    """`Toàn tỉnh | | 143.518`: the label of a total row written in the row-number column, its label cell empty."""
    text = ("Tỉnh Vĩnh Long có 2 huyện dẫn đầu về số hội viên nông dân.\n\n"
            "STT | Đơn vị | Tổng số hội viên | Kết nạp mới năm 2023\n"
            "1 | Huyện Long Hồ | 21.306 | 468\n"
            "2 | Huyện Mang Thít | 17.915 | 402\n"
            "Toàn tỉnh | | 143.518 | 3.126\n")
    doc = extract(text, published="2024-03-05")
    by_text = _by_text(doc)
    assert (by_text["143.518"].location, by_text["402"].location) == ("Vĩnh Long", "Mang Thít")
    assert by_text["21.306"].total is None


def test_a_column_that_names_its_indicator_needs_no_caption_whatever_period_it_shares():
    """`Tỷ lệ che phủ rừng (%)` after `Kế hoạch năm 2023  Thực hiện năm 2023` names what its cells measure; the
    period it shares with the columns before it does not make it a bare period that the caption must name."""
    text = ("Năm 2023, toàn tỉnh trồng mới 11.846 ha rừng.\n\n"
            "Kết quả trồng rừng mới và tỷ lệ che phủ rừng năm 2023 phân theo huyện\n"
            "Đơn vị tính: ha\n"
            "Huyện  Kế hoạch năm 2023  Thực hiện năm 2023  Tỷ lệ che phủ rừng (%)\n"
            "Lâm Bình  950  1.012  77,8\n"
            "Na Hang  1.100  1.164  81,2\n")
    doc = extract(text, published="2024-01-16")
    cover = _by_text(doc)["81,2"]
    assert (cover.unit, cover.subject.lower(), cover.location) == ("%", "tỷ lệ che phủ rừng", "Na Hang")


def test_a_column_that_says_what_it_counts_gives_the_unit_over_rows_of_a_kind():
    """`Số cơ sở được kiểm tra` over rows `Tuyến tỉnh`, `Tuyến huyện`: the cells count establishments, not levels."""
    text = ("Kết quả kiểm tra an toàn thực phẩm năm 2024 như sau:\n\n"
            "Tuyến | Số cơ sở được kiểm tra | Số cơ sở vi phạm\n"
            "Tuyến tỉnh | 286 | 41\nTuyến huyện | 1.154 | 97\n")
    by_text = _by_text(extract(text, published="2024-12-20"))
    assert (by_text["286"].unit, by_text["97"].unit) == ("cơ sở", "cơ sở")


def test_the_sentence_that_introduces_a_table_is_its_caption_not_the_paragraph_it_ends():
    """`2. Lũy kế …, toàn tỉnh có 312 sản phẩm …. Số sản phẩm chia theo địa phương như sau:`: the last sentence."""
    text = ("2. Lũy kế đến ngày 30/9/2024, toàn tỉnh có 312 sản phẩm OCOP còn hiệu lực của 186 chủ thể. Số sản "
            "phẩm chia theo địa phương như sau (đơn vị tính: sản phẩm):\n\n"
            "STT | Địa phương | Tổng số | 3 sao | 4 sao\n1 | TP Đà Lạt | 68 | 49 | 19\n2 | TP Bảo Lộc | 52 | 40 | 12\n")
    by_text = _by_text(extract(text, published="2024-10-08"))
    got = by_text["49"]
    assert (got.subject, got.location, got.unit) == ("Số sản phẩm 3 sao", "Đà Lạt", "sản phẩm")


def test_a_unit_line_that_lists_a_unit_per_column():
    """`Đơn vị tính: vụ, người` over `Số vụ | Số người chết`: each column takes the unit its label names."""
    text = ("Tai nạn giao thông 6 tháng đầu năm 2024 theo địa bàn\n"
            "Đơn vị tính: vụ, người\n"
            "Địa bàn | Số vụ | Số người chết | Số người bị thương\n"
            "Thành phố Vinh | 25 | 8 | 21\nHuyện Nghi Lộc | 14 | 6 | 10\n")
    by_text = _by_text(extract(text, published="2024-07-05"))
    assert [by_text[t].unit for t in ("25", "8", "21")] == ["vụ", "người", "người"]
    # a single unit still holds for every column
    one = _by_text(extract(text.replace("vụ, người", "người"), published="2024-07-05"))
    assert one["8"].unit == "người"


def test_a_total_row_written_without_its_number_cell():
    """`Toàn tỉnh | 98,9 | 61,3 | 112` under rows that open with their number (`1 | Bảo Lâm | …`): the row lacks the
    number cell, so its label stands under the labels and its numbers under their columns."""
    text = ("Năm 2023, tỉnh Lâm Đồng đầu tư nhiều công trình cấp nước.\n\n"
            "STT | Huyện | Tỷ lệ hợp vệ sinh (%) | Tỷ lệ đạt quy chuẩn (%) | Số công trình\n"
            "1 | Bảo Lâm | 99,1 | 70,2 | 15\n"
            "2 | Đức Trọng | 99,8 | 76,9 | 12\n"
            "Toàn tỉnh | 98,9 | 61,3 | 112\n")
    by_text = _by_text(extract(text, published="2024-03-01"))
    share, works = by_text["98,9"], by_text["112"]
    assert (share.kind, share.unit) == ("percent", "%")
    assert (works.kind, works.value) == ("count", 112) and works.unit == "công trình"


def test_a_sentence_that_states_a_figure_is_no_caption_of_the_table_below_it():
    """`Năm 2024, toàn huyện bê tông hóa 48,6 km đường.` over a unit line and a table: prose, not what the cells
    measure, so no cell's subject takes it; a heading in its place still does."""
    rows = ("Đơn vị tính: triệu đồng\nTT | Xã | Chiều dài (km) | Kinh phí | Nhân dân đóng góp\n"
            "1 | Bắc Thành | 6,2 | 4.350 | 1.280\n2 | Nam Thành | 5,8 | 4.120 | 1.150\n")
    prose = "Năm 2024, huyện Yên Thành bê tông hóa 48,6 km đường giao thông nông thôn.\n"
    by_text = _by_text(extract(prose + rows, published="2025-03-12"))
    assert by_text["4.350"].subject == "kinh phí Bắc Thành"
    assert by_text["1.280"].value == 1_280_000_000
    # (a heading names the cells of columns that name no amount themselves: a plan and what was done)
    plan = "Đơn vị tính: km\nTT | Xã | Kế hoạch | Thực hiện\n1 | Bắc Thành | 6,4 | 5,5\n2 | Nam Thành | 5,9 | 5,1\n"
    headed = _by_text(extract("Kết quả bê tông hóa đường giao thông nông thôn\n" + plan, published="2025-03-12"))
    assert "bê tông hóa" in headed["5,5"].subject
    assert "bê tông hóa" not in _by_text(extract(prose + plan, published="2025-03-12"))["5,5"].subject


def test_a_part_column_takes_the_unit_of_its_whole():
    """`Kinh phí (triệu đồng) | Trong đó nhân dân đóng góp`: the part is counted in its whole's unit and
    multiplier, and the whole's cell of its row is its total; a column that is no part (`Số hộ hưởng lợi`) keeps its
    own."""
    text = ("Năm 2024, huyện Yên Thành làm đường giao thông nông thôn.\n"
            "TT | Xã | Kinh phí (triệu đồng) | Trong đó nhân dân đóng góp | Số hộ hưởng lợi\n"
            "1 | Bắc Thành | 4.350 | 1.280 | 420\n2 | Nam Thành | 4.120 | 1.150 | 380\n")
    by_text = _by_text(extract(text, published="2025-03-12"))
    part = by_text["1.280"]
    assert (part.kind, part.unit, part.value, part.total) == ("money", "đồng", 1_280_000_000, 4_350_000_000)
    assert by_text["4.350"].total is None
    assert by_text["420"].kind == "count" and by_text["420"].unit == "hộ"


def test_one_row_label_that_is_a_provinces_name_among_others_is_no_place() -> None:
    """A table of measuring stations (`Vàm Kênh`, `Hòa Bình`, `Vàm Giồng`): the station that shares a province's name is
    a station, and every row is of the article's province."""
    cells = ["Trạm đo", "Tháng 01/2024", "Tháng 02/2024",
             "Vàm Kênh", "16,8", "19,2",
             "Hòa Bình", "10,4", "13,1",
             "Vàm Giồng", "3,6", "5,3"]
    text = ("Tiền Giang: vận hành hệ thống thủy lợi ngăn mặn\n\nNgày cập nhật 22/02/2024\n\n"
            "Toàn tỉnh đã vận hành 42/45 cống trên tuyến đê biển, trữ ngọt cho khoảng 38.500 ha đất sản xuất.\n\n"
            "Độ mặn lớn nhất tại một số trạm đo\n\nĐơn vị tính: g/l\n\n" + "\n\n".join(cells))
    doc = extract(text)
    assert {f.location for f in doc.figures if f.unit == "g/l"} == {"Tiền Giang"}
    assert "Hòa Bình" in (fig(doc, 10.4).subject or "")

"""Render the table articles of the development set as an HTML page (with menus and footer), a .docx
and a text PDF, parse each with dtextract, and compare the values found with the gold values.

    python benchmarks/table_containers.py [--gold ../shared/gold] [--keep DIR] h23 h24

The tables are laid out from the plain-text article by dtextract's own table
detector (rows × columns), so this measures the readers and the extraction
from each container, not the detection in text. Needs the html, docx and pdf
extras and fpdf2 (a test dependency). Prints, per article and container,
recall and precision of the values (a multiset comparison: a gold value is
found when a figure of that value exists; optional gold figures are neither
missed nor false).
"""
from __future__ import annotations

import argparse
import html
import tempfile
import tomllib
from collections import Counter
from pathlib import Path

from dtextract import api, tables
from dtextract.normalise import nfc

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


def blocks(text: str) -> list[tuple[str, object]]:
    """The article as ("para", line) and ("table", rows of cell texts) in order."""
    found = tables.find_tables(text)
    out: list[tuple[str, object]] = []
    pos = 0
    for t in found:
        for line in text[pos:t.start].split("\n"):
            if line.strip():
                out.append(("para", line.strip()))
        grid = t.grid()
        rows = [[(c.text if c is not None and c.row == r and c.col == k else "") for k, c in enumerate(row)]
                for r, row in enumerate(grid)]
        out.append(("table", rows))
        pos = t.end
    for line in text[pos:].split("\n"):
        if line.strip():
            out.append(("para", line.strip()))
    return out


def to_html(bl) -> str:
    parts = ["<html><head><meta charset='utf-8'><title>Bài viết</title></head><body>",
             "<nav><ul><li><a href='/'>Trang chủ</a></li><li><a href='/tin'>Tin tức</a></li>"
             "<li><a href='/lh'>Liên hệ</a></li></ul></nav><div class='sidebar'><h3>Tin mới</h3><ul>"
             "<li><a href='/1'>Hội nghị tổng kết năm 2023</a></li><li><a href='/2'>Lịch tiếp dân tháng 5</a></li>"
             "</ul></div><article><div class='content'>"]
    for kind, what in bl:
        if kind == "para":
            parts.append(f"<p>{html.escape(what)}</p>")
        else:
            parts.append("<table border='1'>")
            for r, row in enumerate(what):
                tag = "th" if r == 0 else "td"
                parts.append("<tr>" + "".join(f"<{tag}>{html.escape(c)}</{tag}>" for c in row) + "</tr>")
            parts.append("</table>")
    parts.append("</div></article><footer><p>Bản quyền thuộc Cổng thông tin điện tử tỉnh. Tổng truy cập 1.055.568."
                 "</p><p>Địa chỉ: số 12 đường Trần Phú. Điện thoại 0234 3822 123.</p></footer></body></html>")
    return "\n".join(parts)


def to_docx(bl, path: Path) -> None:
    import docx
    d = docx.Document()
    for kind, what in bl:
        if kind == "para":
            d.add_paragraph(what)
        else:
            t = d.add_table(rows=len(what), cols=max(len(r) for r in what))
            for r, row in enumerate(what):
                for k, c in enumerate(row):
                    t.cell(r, k).text = c
    d.save(path)


def to_pdf(bl, path: Path) -> None:
    from fpdf import FPDF
    pdf = FPDF()
    pdf.add_page()
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT.replace("Sans.ttf", "Sans-Bold.ttf"))
    pdf.set_font("DejaVu", size=8)
    for kind, what in bl:
        if kind == "para":
            pdf.set_x(pdf.l_margin)
            pdf.multi_cell(0, 5, what, new_x="LMARGIN", new_y="NEXT")
        else:
            with pdf.table(text_align="LEFT") as t:
                for row in what:
                    tr = t.row()
                    for c in row:
                        tr.cell(c)
    pdf.output(str(path))


def score(gold: dict, doc) -> tuple[float, float]:
    want = Counter(round(float(f["value"]), 6) for f in gold["figures"] if not f.get("optional"))
    optional = Counter(round(float(f["value"]), 6) for f in gold["figures"] if f.get("optional"))
    got = Counter(round(f.value, 6) for f in doc.figures)
    hit = sum((want & got).values())
    extra = got - want
    false = sum((extra - optional).values())
    recall = hit / max(1, sum(want.values()))
    precision = hit / max(1, hit + false)
    return recall, precision


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("articles", nargs="*", default=["h23", "h24"])
    ap.add_argument("--gold", default=str(Path(__file__).resolve().parents[2] / "shared" / "gold"))
    ap.add_argument("--keep", help="write the rendered files to this folder")
    args = ap.parse_args()
    out_dir = Path(args.keep) if args.keep else Path(tempfile.mkdtemp())
    out_dir.mkdir(parents=True, exist_ok=True)
    for name in args.articles:
        gold_path = Path(args.gold) / f"{name}.toml"
        gold = tomllib.loads(gold_path.read_text(encoding="utf-8"))
        text = nfc((gold_path.parent / gold["doc"]).read_text(encoding="utf-8"))
        bl = blocks(text)
        files = {"text": gold_path.parent / gold["doc"], "html": out_dir / f"{name}.html",
                 "docx": out_dir / f"{name}.docx", "pdf": out_dir / f"{name}.pdf"}
        files["html"].write_text(to_html(bl), encoding="utf-8")
        to_docx(bl, files["docx"])
        to_pdf(bl, files["pdf"])
        for fmt, path in files.items():
            doc = api.parse_file(path, published=gold.get("published"))
            extracted = api.file_text(path)
            assert all(extracted[f.start:f.end] == f.text for f in doc.figures)
            r, p = score(gold, doc)
            n_tab = sum(1 for f in doc.figures if f.rule.startswith("table:"))
            print(f"{name} {fmt:5s} recall {r:.3f} precision {p:.3f}  figures {len(doc.figures)} (from tables {n_tab})")


if __name__ == "__main__":
    main()

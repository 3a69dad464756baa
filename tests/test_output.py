"""Writers: JSON shape and round trip, JSON Lines, CSV flattening and safety, table, atomic files."""
from __future__ import annotations

import csv
import io
import json
import os
import stat
from pathlib import Path

import pytest
from rich.console import Console

from dtextract import output
from dtextract.models import Change, Document, Figure, Period, Target
from dtextract.output import CSV_COLUMNS, FORMATS, OutputError, csv_cell, write, write_csv, write_json, \
    write_jsonl, write_path, write_table

SENTENCE = "Tính đến tháng 8/2022, tỉnh tiếp nhận 194.360 hồ sơ, đạt 55,32%."


def figure(text: str = "194.360 hồ sơ", sentence: str = SENTENCE, offset: int = 0, **fields: object) -> Figure:
    """A figure whose span is ``text`` in ``sentence`` (which starts at ``offset`` in the article)."""
    start = offset + sentence.index(text)
    data: dict[str, object] = dict(text=text, start=start, end=start + len(text), sentence=sentence,
                                   kind="count", value=194360, unit="hồ sơ")
    data.update(fields)
    return Figure(**data)


def rich_figure() -> Figure:
    return figure(percent=55.32, approx="over", total=300000, subject="hồ sơ trực tuyến",
                  change=Change(direction="increase", value=10.01, unit="%", baseline="cùng kỳ"),
                  target=Target(value=50, unit="%", met=True),
                  period=Period(text="tính đến tháng 8/2022", start=None, end="2022-08-31"),
                  location="Phú Thọ", status="actual", rule="count.noun")


def percent_figure() -> Figure:
    return figure("55,32%", kind="percent", value=55.32, unit="%", status="estimate")


@pytest.fixture
def doc() -> Document:
    return Document(source="bai-viet.txt", published="2022-08-08", figures=[rich_figure(), percent_figure()])


def render(writer, docs, **kwargs) -> str:  # noqa: ANN001 - any writer
    buf = io.StringIO(newline="")
    writer(docs, buf, **kwargs)
    return buf.getvalue()


def read_csv(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text.removeprefix("\ufeff"), newline="")))


# -- JSON ------------------------------------------------------------------------------

def test_json_one_document_is_the_object_of_the_spec(doc: Document) -> None:
    text = render(write_json, doc)
    data = json.loads(text)
    assert list(data) == ["source", "published", "figures"]
    assert data["source"] == "bai-viet.txt"
    assert data["published"] == "2022-08-08"
    assert len(data["figures"]) == 2
    first = data["figures"][0]
    assert first["value"] == 194360
    assert first["change"] == {"direction": "increase", "value": 10.01, "unit": "%", "approx": "exact",
                               "baseline": "cùng kỳ", "baseline_period": None}
    assert first["target"] == {"value": 50, "unit": "%", "met": True}
    assert first["period"] == {"text": "tính đến tháng 8/2022", "start": None, "end": "2022-08-31",
                               "inferred": False}
    assert SENTENCE[first["start"]:first["end"]] == first["text"]


def test_json_is_readable_and_indented(doc: Document) -> None:
    text = render(write_json, doc)
    assert "hồ sơ" in text and "\\u" not in text  # ensure_ascii=False
    assert text.splitlines()[1].startswith('  "source"')
    assert text.endswith("}\n")


def test_json_a_list_of_one_document_is_still_an_object(doc: Document) -> None:
    assert json.loads(render(write_json, [doc])) == json.loads(render(write_json, doc))


def test_json_several_documents_are_an_array(doc: Document) -> None:
    other = Document(source="khac.txt", figures=[])
    data = json.loads(render(write_json, [doc, other]))
    assert isinstance(data, list)
    assert [d["source"] for d in data] == ["bai-viet.txt", "khac.txt"]
    assert data[1] == {"source": "khac.txt", "published": None, "figures": []}


def test_json_round_trip(doc: Document) -> None:
    back = Document.model_validate_json(render(write_json, doc))
    assert back == doc
    many = json.loads(render(write_json, [doc, doc]))
    assert [Document.model_validate(d) for d in many] == [doc, doc]


# -- JSON Lines ------------------------------------------------------------------------

def test_jsonl_one_figure_per_line(doc: Document) -> None:
    other = Document(source="-", published=None, figures=[percent_figure()])
    lines = render(write_jsonl, [doc, other]).splitlines()
    assert len(lines) == 3
    records = [json.loads(line) for line in lines]
    assert [r["source"] for r in records] == ["bai-viet.txt", "bai-viet.txt", "-"]
    assert [r["published"] for r in records] == ["2022-08-08", "2022-08-08", None]
    assert list(records[0])[:2] == ["source", "published"]
    figures = [Figure.model_validate({k: v for k, v in r.items() if k not in ("source", "published")})
               for r in records]
    assert figures == [*doc.figures, *other.figures]


def test_json_and_jsonl_rendered_by_pydantic_say_what_json_dumps_says() -> None:
    """The writers render through pydantic (model_dump_json): same keys, order and values as model_dump + json."""
    odd = figure("1,02 triệu tỷ đồng", sentence="GDP đạt 1,02 triệu tỷ đồng \u2028\x1b\t\"ngoặc\" \\ ở Huế.",
                 kind="money", value=1.02e18, unit="đồng", subject="tab\there")
    docs = [Document(source='a "b"\\c.txt', published="2022-08-08", figures=[rich_figure(), odd]),
            Document(source="-", published=None, figures=[percent_figure()])]
    want_lines = [{"source": d.source, "published": d.published, **f.model_dump(mode="json")}
                  for d in docs for f in d.figures]
    got_lines = [json.loads(line) for line in render(write_jsonl, docs).split("\n")[:-1]]  # not splitlines: U+2028
    assert got_lines == want_lines
    assert [list(r) for r in got_lines] == [list(r) for r in want_lines]
    many = Document(source="dài.txt", published=None, figures=[rich_figure(), odd, percent_figure()] * 200)
    for one in ([docs[0]], docs, [], [many], [many, docs[1]]):
        want = [d.model_dump(mode="json") for d in one]
        want_text = json.dumps(want[0] if len(want) == 1 else want, ensure_ascii=False, indent=2) + "\n"
        assert render(write_json, one) == want_text


def test_jsonl_no_figures_no_lines() -> None:
    assert render(write_jsonl, Document(source="x.txt")) == ""


# -- CSV -------------------------------------------------------------------------------

def test_csv_columns_follow_the_spec() -> None:
    assert CSV_COLUMNS[0] == "source"
    spec = ["change_direction", "change_value", "change_unit", "change_baseline", "target_value",
            "target_unit", "period_text", "period_start", "period_end"]
    for column in spec + ["text", "start", "end", "sentence", "kind", "value", "value_max", "unit", "approx",
                          "total", "percent", "subject", "location", "status",
                          "change_approx", "target_met", "period_inferred", "published"]:
        assert column in CSV_COLUMNS
    assert len(set(CSV_COLUMNS)) == len(CSV_COLUMNS)
    for nested in ("change", "target", "period"):
        assert nested not in CSV_COLUMNS


def test_csv_columns_cover_every_figure_field() -> None:
    for name in Figure.model_fields:
        assert name in CSV_COLUMNS or any(c.startswith(name + "_") for c in CSV_COLUMNS)


def test_csv_rows_and_flattening(doc: Document) -> None:
    text = render(write_csv, doc)
    assert text.splitlines()[0] == ",".join(CSV_COLUMNS)
    rows = read_csv(text)
    assert len(rows) == 2
    first, second = rows
    assert first["source"] == "bai-viet.txt"
    assert first["published"] == "2022-08-08"
    assert first["value"] == "194360"
    assert first["percent"] == "55.32"
    assert first["total"] == "300000"
    assert first["approx"] == "over"
    assert first["change_direction"] == "increase"
    assert first["change_value"] == "10.01"
    assert first["change_unit"] == "%"
    assert first["change_baseline"] == "cùng kỳ"
    assert first["target_value"] == "50"
    assert first["target_unit"] == "%"
    assert first["target_met"] == "true"
    assert first["period_text"] == "tính đến tháng 8/2022"
    assert first["period_start"] == ""
    assert first["period_end"] == "2022-08-31"
    assert first["period_inferred"] == "false"
    assert first["location"] == "Phú Thọ"
    assert first["sentence"] == SENTENCE
    assert second["kind"] == "percent"
    assert second["status"] == "estimate"
    assert second["change_direction"] == "" and second["target_value"] == "" and second["period_text"] == ""


def test_csv_without_figures_is_a_header(doc: Document) -> None:
    assert render(write_csv, Document(source="x.txt")) == ",".join(CSV_COLUMNS) + "\r\n"


def test_csv_several_documents(doc: Document) -> None:
    other = Document(source="khac.txt", figures=[percent_figure()])
    rows = read_csv(render(write_csv, [doc, other]))
    assert [r["source"] for r in rows] == ["bai-viet.txt", "bai-viet.txt", "khac.txt"]


def test_csv_excel_has_a_bom(doc: Document) -> None:
    text = render(write_csv, doc, excel=True)
    assert text.startswith("\ufeffsource,")
    plain = render(write_csv, doc)
    assert not plain.startswith("\ufeff")
    assert text == "\ufeff" + plain
    assert read_csv(text) == read_csv(plain)


def test_csv_lines_end_with_crlf(doc: Document) -> None:
    text = render(write_csv, doc)
    assert text.count("\r\n") == 3 and text.endswith("\r\n")
    assert text.replace("\r\n", "") .count("\n") == 0


def test_csv_cells_with_line_breaks_stay_in_their_row() -> None:
    fig = figure(subject="dòng một\rdòng hai", location="Hà\nNội")
    rows = read_csv(render(write_csv, Document(source="x.txt", figures=[fig])))
    assert len(rows) == 1
    assert rows[0]["subject"] == "dòng một\rdòng hai" and rows[0]["location"] == "Hà\nNội"


def test_csv_injection_is_neutralised() -> None:
    sentence = "=HYPERLINK(\"http://x\") đạt 55,32%"
    evil = figure("55,32%", sentence=sentence, kind="percent", value=55.32, unit="=cmd|' /C calc'!A0",
                  subject="@SUM(1+1)", location="+Hà Nội", rule="-rule",
                  period=Period(text="\ttháng 8", start="2022-08-01", end="2022-08-31"),
                  change=Change(direction="decrease", value=-2.5, unit="\r%"))
    row = read_csv(render(write_csv, Document(source="=evil.txt", figures=[evil])))[0]
    assert row["source"] == "'=evil.txt"
    assert row["unit"] == "'=cmd|' /C calc'!A0"
    assert row["sentence"] == "'" + sentence
    assert row["subject"] == "'@SUM(1+1)"
    assert row["location"] == "'+Hà Nội"
    assert row["rule"] == "'-rule"
    assert row["period_text"] == "'\ttháng 8"
    assert row["change_unit"] == "'\r%"
    # numbers stay numbers, even negative ones; ISO dates are left alone
    assert row["change_value"] == "-2.5"
    assert row["value"] == "55.32"
    assert row["period_start"] == "2022-08-01"


def test_csv_cell() -> None:
    assert csv_cell(None) == ""
    assert csv_cell(False) == "false"
    assert csv_cell(5.2e9) == "5200000000"
    assert csv_cell(0.5432) == "0.5432"
    assert csv_cell(-3.0) == "-3"
    assert csv_cell(7) == "7"
    assert csv_cell("-") == "-"  # the source name of stdin is no formula
    for trigger in ("=", "+", "-", "@", "\t", "\r", "＝"):
        assert csv_cell(trigger + "1") == "'" + trigger + "1"
    assert csv_cell("hồ sơ") == "hồ sơ"


# -- table -----------------------------------------------------------------------------

def table_text(docs: Document | list[Document], width: int = 200) -> str:
    buf = io.StringIO()
    write_table(docs, Console(file=buf, width=width, color_system=None, markup=False, highlight=False))
    return buf.getvalue()


def test_table_shows_the_fields(doc: Document) -> None:
    text = table_text(doc)
    assert "bai-viet.txt" in text and "2022-08-08" in text
    assert "over 194.360" in text  # grouped the Vietnamese way, with its qualifier
    for expected in ("hồ sơ", "count", "of 300.000", "55,32 %", "+10,01 % vs cùng kỳ", "target 50 %, met",
                     "tính đến tháng 8/2022", "… → 2022-08-31", "Phú Thọ", "(estimate)", "2 figures",
                     "hồ sơ trực tuyến", "subject", "tiếp nhận"):
        assert expected in text, expected
    assert "hidden" not in text


@pytest.mark.parametrize("width, hidden", [
    (140, "sentence"),
    (110, "period, location, sentence"),
    (80, "total / percent / change / target, period, location, sentence"),
    (60, "kind, total / percent / change / target, period, location, sentence"),
])
def test_table_on_a_narrow_console_drops_the_evidence_first_and_says_so(doc: Document, width: int,
                                                                        hidden: str) -> None:
    text = table_text(doc, width=width)
    assert max(len(line) for line in text.splitlines()) <= width
    flat = " ".join(text.split())
    # value, unit and subject are always there; every column left out is named
    assert "over 194.360" in flat and "hồ sơ" in flat and "subject" in flat
    assert f"hidden on this narrow terminal: {hidden} (see --format json)" in flat
    assert ("tiếp nhận" in flat) == ("sentence" not in hidden)
    assert ("Phú Thọ" in flat) == ("location" not in hidden)


def test_table_without_figures(doc: Document) -> None:
    assert "no figures" in table_text(Document(source="rong.txt"))


def test_table_sentence_is_a_window_around_the_figure() -> None:
    before = "Theo báo cáo của Sở Thông tin và Truyền thông về kết quả chuyển đổi số trong nhiều lĩnh vực, " * 3
    after = " trong đó có nhiều dịch vụ công trực tuyến toàn trình được người dân và doanh nghiệp sử dụng." * 3
    sentence = before + "tỉnh tiếp nhận 194.360 hồ sơ" + after
    fig = figure(sentence=sentence)
    snippet = output._snippet(fig.sentence, fig.text)
    plain = snippet.plain
    assert "194.360 hồ sơ" in plain
    assert len(plain) < len(sentence) / 2
    assert plain.startswith("… ") and plain.endswith(" …")
    highlighted = [plain[span.start:span.end] for span in snippet.spans if span.style]
    assert highlighted == ["194.360 hồ sơ"]


def test_table_markup_in_text_is_not_interpreted() -> None:
    sentence = "[bold]Tỉnh[/bold] tiếp nhận 194.360 hồ sơ."
    text = table_text(Document(source="[red]x[/red].txt", figures=[figure(sentence=sentence)]))
    assert "[bold]Tỉnh[/bold]" in text and "[red]x[/red].txt" in text


# -- dispatcher and files --------------------------------------------------------------

def test_formats() -> None:
    assert FORMATS == ("table", "json", "jsonl", "csv")


@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv"])
def test_write_dispatches(doc: Document, fmt: str) -> None:
    direct = {"json": write_json, "jsonl": write_jsonl, "csv": write_csv}[fmt]
    buf = io.StringIO(newline="")
    write(doc, fmt, buf)
    assert buf.getvalue() == render(direct, doc)


def test_write_table_through_dispatcher(doc: Document) -> None:
    buf = io.StringIO()
    write(doc, "table", buf)
    assert "Phú Thọ" in buf.getvalue()


def test_write_refuses_unknown_format_and_misplaced_excel(doc: Document) -> None:
    with pytest.raises(ValueError, match="unknown format"):
        write(doc, "xml", io.StringIO())
    with pytest.raises(ValueError, match="csv"):
        write(doc, "json", io.StringIO(), excel=True)


def test_write_path_writes_atomically(doc: Document, tmp_path: Path) -> None:
    target = tmp_path / "so-lieu.json"
    target.write_text("old", encoding="utf-8")
    target.chmod(0o640)
    write_path(doc, "json", target)
    assert Document.model_validate_json(target.read_text(encoding="utf-8")) == doc
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == ["so-lieu.json"]  # no temporary file left


def test_write_path_new_file_follows_umask(doc: Document, tmp_path: Path) -> None:
    target = tmp_path / "moi.csv"
    old = os.umask(0o022)
    try:
        write_path(doc, "csv", target, excel=True)
    finally:
        os.umask(old)
    assert stat.S_IMODE(target.stat().st_mode) == 0o644
    data = target.read_bytes()
    assert data.startswith(b"\xef\xbb\xbfsource,") and b"\r\n" in data and b"\r\r\n" not in data


def test_write_path_through_symlink(doc: Document, tmp_path: Path) -> None:
    real = tmp_path / "real.json"
    real.write_text("{}", encoding="utf-8")
    link = tmp_path / "link.json"
    link.symlink_to(real)
    write_path(doc, "json", link)
    assert link.is_symlink()
    assert Document.model_validate_json(real.read_text(encoding="utf-8")) == doc


def test_write_path_errors_name_the_file(doc: Document, tmp_path: Path) -> None:
    (tmp_path / "tep").write_text("a file, not a folder", encoding="utf-8")
    for bad, expected in ((tmp_path / "tep" / "out.json", "cannot create the folder"), (tmp_path, "is a directory")):
        with pytest.raises(OutputError) as info:
            write_path(doc, "json", bad)
        assert str(bad) in str(info.value) and expected in str(info.value)
    assert [p.name for p in tmp_path.iterdir()] == ["tep"]


@pytest.mark.parametrize("fmt", ["json", "csv", "xlsx"])
def test_write_path_creates_missing_folders(doc: Document, tmp_path: Path, fmt: str) -> None:
    if fmt == "xlsx":
        pytest.importorskip("openpyxl")
    target = tmp_path / "moi" / "thu-muc" / f"so-lieu.{fmt}"
    write_path(doc, fmt, target)
    assert target.is_file() and target.stat().st_size > 0


def test_write_path_leaves_nothing_when_writing_fails(doc: Document, tmp_path: Path) -> None:
    target = tmp_path / "out.json"
    target.write_text("old", encoding="utf-8")
    with pytest.raises(ValueError):
        write_path(doc, "xml", target)
    assert target.read_text(encoding="utf-8") == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.json"]

"""``dtextract batch`` and :mod:`dtextract.batch`: finding files, formats, order, faults, interrupting and resuming."""
from __future__ import annotations

import csv
import io
import datetime
import json
import multiprocessing
import os
import re
import signal
import stat
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from dtextract import api, batch, output
from dtextract.errors import MissingExtraError
from dtextract.models import Document
from dtextract.output import CSV_COLUMNS, FILE_COLUMNS, XLSX_COLUMNS

from cli_helpers import run


def article(i: int) -> str:
    """A small article with two figures whose values depend on ``i``."""
    return (f"Năm 2023, tỉnh tiếp nhận {i + 1}.{i * 7 % 1000:03d} hồ sơ, đạt 55,32%.\n"
            f"Toàn tỉnh có {i + 3} doanh nghiệp công nghệ số, tăng 10% so với cùng kỳ.\n")


def write(path: Path, text: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def corpus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder of articles, made in an order that is not the sorted one, with entries a walk must skip."""
    monkeypatch.chdir(tmp_path)
    root = tmp_path / "bao-cao"
    write(root / "b.txt", article(2))
    write(root / "2023" / "z.txt", article(5))
    write(root / "a.txt", article(1))
    write(root / "2023" / "thang-1" / "c.txt", article(3))
    write(root / "2023" / "d.TXT", article(4))
    write(root / "empty.txt", "Không có số liệu nào.\n")
    write(root / ".an" / "hidden.txt", article(90))
    write(root / ".hidden.txt", article(91))
    write(root / "~$lock.txt", article(92))
    write(root / "notes.md", article(93))
    return Path("bao-cao")


EXPECTED = ["bao-cao/2023/d.TXT", "bao-cao/2023/thang-1/c.txt", "bao-cao/2023/z.txt", "bao-cao/a.txt",
            "bao-cao/b.txt", "bao-cao/empty.txt"]


def parse_jsonl(path: str) -> str:
    result = run("parse", path, "-f", "jsonl")
    assert result.exit_code == 0, result.output
    return result.stdout


def jsonl_records(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines()]


# -- finding files -------------------------------------------------------------------------

def test_find_files_walks_folders_sorted_and_skips_hidden(corpus: Path) -> None:
    assert batch.find_files([corpus]) == EXPECTED
    assert batch.find_files(["bao-cao/"]) == EXPECTED  # the folder as spelled, joined
    for name in ("trang.html", "trang.HTM", "bao-cao.docx", "bao-cao.pdf", "anh.png", "~$bao-cao.docx"):
        write(Path("web") / name, b"")
    assert batch.find_files(["web"]) == ["web/bao-cao.docx", "web/bao-cao.pdf", "web/trang.HTM", "web/trang.html"]


def test_find_files_include_and_exclude(corpus: Path) -> None:
    assert batch.find_files([corpus], include=["*.md"]) == ["bao-cao/notes.md"]
    assert batch.find_files([corpus], include=["2023/*.txt"]) == ["bao-cao/2023/d.TXT", "bao-cao/2023/z.txt"]
    assert batch.find_files([corpus], exclude=["2023"]) == ["bao-cao/a.txt", "bao-cao/b.txt", "bao-cao/empty.txt"]
    assert batch.find_files([corpus], exclude=["*.txt"]) == []  # globs ignore case
    assert batch.find_files([corpus], include=["*.TXT"]) == EXPECTED
    with pytest.raises(ValueError, match="empty glob"):
        batch.find_files([corpus], include=[""])


def test_find_files_takes_named_files_as_given_once(corpus: Path) -> None:
    named = ["bao-cao/notes.md", "bao-cao/khong-co.txt", "bao-cao/a.txt", "./bao-cao/a.txt"]
    assert batch.find_files([*named, corpus]) == named[:3] + [p for p in EXPECTED if p != "bao-cao/a.txt"]
    assert batch.find_files(["bao-cao/notes.md"], exclude=["*.md"]) == []
    assert batch.find_files(["-"]) == [os.path.join(".", "-")]  # a file named "-", not standard input


def test_an_unreadable_folder_fails_in_the_run(corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    walk = os.walk

    def walk_without_2023(top: str, onerror, **kwargs):  # noqa: ANN001, ANN202 - os.walk's signature
        for folder, dirs, files in walk(top, **kwargs):
            if "2023" in dirs:  # as os.walk does when scandir() raises
                dirs.remove("2023")
                onerror(PermissionError(13, "Permission denied", os.path.join(folder, "2023")))
            yield folder, dirs, files
    monkeypatch.setattr(batch.os, "walk", walk_without_2023)
    files = batch.find_files([corpus])
    assert files == ["bao-cao/2023", "bao-cao/a.txt", "bao-cao/b.txt", "bao-cao/empty.txt"]

    def scandir(path: str) -> None:
        raise PermissionError(13, "Permission denied", path)
    monkeypatch.setattr(batch.os, "scandir", scandir)
    result = batch.process_file("bao-cao/2023")
    assert (result.status, result.error) == ("error", "[E100] cannot read the folder: Permission denied")


def test_read_list_skips_blanks_and_comments(tmp_path: Path) -> None:
    listing = write(tmp_path / "list.txt", "\ufeff# bài tháng 1\na.txt\r\n\n  b c.txt  \n#c.txt\n")
    assert batch.read_list(listing) == ["a.txt", "b c.txt"]
    assert batch.read_list(io.StringIO("x\n\ny\n")) == ["x", "y"]


# -- formats: batch equals parse -----------------------------------------------------------

def test_batch_jsonl_is_the_concatenation_of_parse(corpus: Path) -> None:
    result = run("batch", str(corpus), "-j", "1")
    assert result.exit_code == 0, result.output
    assert result.stdout == "".join(parse_jsonl(p) for p in EXPECTED)
    assert {r["source"] for r in jsonl_records(result.stdout)} == set(EXPECTED) - {"bao-cao/empty.txt"}
    assert "6 files: 5 ok, 1 empty, 0 failed; 10 figures" in result.stderr


@pytest.mark.parametrize("render", ["jsonl", "csv", "spool"])
def test_workers_that_write_the_output_write_what_this_process_would(corpus: Path, render: str) -> None:
    files = batch.find_files([corpus])
    here = list(batch.iter_results(files, jobs=1))
    there = list(batch.iter_results(files, jobs=2, render=render))
    assert [r.document for r in there] == [None] * len(files)   # text crossed over, not documents
    assert [r.figures for r in there] == [r.figures for r in here]
    def rendered(results: list[batch.FileResult]) -> list[str | dict]:
        if render != "spool":
            return [batch._render(r, render) for r in results]
        # a spool line also carries the seconds each file took: compare the rest
        return [{k: v for k, v in json.loads(batch._render(r, render)).items() if k != "seconds"} for r in results]

    assert rendered(there) == rendered(here)


def test_batch_csv_is_parse_with_one_header(corpus: Path) -> None:
    result = run("batch", str(corpus), "-f", "csv", "-j", "1", "-q")
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    header = ",".join(CSV_COLUMNS).encode() + b"\r\n"
    rows = b""
    for path in EXPECTED:
        parsed = run("parse", path, "-f", "csv").stdout_bytes
        assert parsed.startswith(header)
        rows += parsed.removeprefix(header)
    assert result.stdout_bytes == header + rows
    assert len(list(csv.DictReader(io.StringIO(result.stdout)))) == 10


def test_batch_excel_csv_has_one_bom(corpus: Path) -> None:
    result = run("batch", str(corpus), "--excel", "-o", "so-lieu.csv", "-j", "1", "-q")
    assert result.exit_code == 0, result.output
    data = Path("so-lieu.csv").read_bytes()
    assert data.startswith(b"\xef\xbb\xbfsource,") and data.count(b"\xef\xbb\xbf") == 1
    assert result.stdout == ""


def test_batch_json_is_an_array_of_parse_documents(corpus: Path) -> None:
    result = run("batch", str(corpus), "-o", "so-lieu.json", "-j", "1", "-q")
    assert result.exit_code == 0, result.output
    docs = [api.parse_file(p) for p in EXPECTED]
    text = Path("so-lieu.json").read_text(encoding="utf-8")
    buffer = io.StringIO()
    output.write_json(docs, buffer)
    assert text == buffer.getvalue()
    assert [Document.model_validate(d) for d in json.loads(text)] == docs
    assert run("batch", str(corpus), "-f", "json", "-j", "1").stdout == text  # streamed to stdout, the same
    assert not Path("so-lieu.json.part").exists() and not Path("so-lieu.json.done").exists()


def test_json_array_writer_edges() -> None:
    one = '[\n  {\n    "source": "a",\n    "published": null,\n    "figures": []\n  }\n]\n'
    for docs, expected in (([], "[]\n"), ([Document(source="a")], one)):
        buffer = io.StringIO()
        writer = output.JsonArrayWriter(buffer)
        for doc in docs:
            writer.add(doc)
        writer.close()
        assert buffer.getvalue() == expected


def test_batch_xlsx_sheets_and_no_formulas(corpus: Path) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    write(Path("=cmd.txt"), '=HYPERLINK("http://x") tỉnh tiếp nhận 194.360 hồ sơ.\n')
    write(Path("hong.bin"), b"\x00\x01binary\x00")
    result = run("batch", "=cmd.txt", str(corpus), "hong.bin", "-o", "so-lieu.xlsx", "-j", "1", "-q")
    assert result.exit_code == 1, result.output
    book = openpyxl.load_workbook("so-lieu.xlsx")
    assert book.sheetnames == ["figures", "files"]
    rows = list(book["figures"].iter_rows(values_only=True))
    assert rows[0] == XLSX_COLUMNS
    assert len(rows) == 1 + 1 + 10
    first = dict(zip(XLSX_COLUMNS, rows[1]))
    assert first["source"] == "'=cmd.txt" and first["sentence"].startswith("'=HYPERLINK")
    assert first["value"] == 194360 and isinstance(first["start"], int)  # numbers stay numbers
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (sheet.title, cell.coordinate, cell.value)
    files = list(book["files"].iter_rows(values_only=True))
    assert files[0] == FILE_COLUMNS
    by_path = {r[0]: r for r in files[1:]}
    assert list(by_path) == ["'=cmd.txt", *EXPECTED, "hong.bin"]
    assert by_path["hong.bin"][1] == "error" and "binary" in by_path["hong.bin"][3]
    assert by_path["bao-cao/empty.txt"][1:3] == ("empty", 0) and by_path["bao-cao/a.txt"][1:3] == ("ok", 2)


def test_batch_xlsx_is_what_a_spreadsheet_user_opens(corpus: Path) -> None:
    """`batch … -o new/folder/fig.xlsx`: the folders are made; the user's columns come first and the
    evidence last; dates are dates, values numbers shown with thousands separators (never scientific);
    each sheet has an autofilter and a frozen header; the files sheet carries the warnings."""
    openpyxl = pytest.importorskip("openpyxl")
    write(Path("bao-cao/lon.txt"), "Năm 2023, tổng vốn đạt 325.565 tỷ đồng, tăng 4,1 triệu đồng so với năm 2022.\n")
    pytest.importorskip("trafilatura")
    write(Path("bao-cao/trong.html"), "<html><body><script>var a = 1;</script></body></html>")  # no article text
    result = run("batch", str(corpus), "-o", "moi/thu-muc/fig.xlsx", "-j", "1", "-q")
    assert result.exit_code == 0, result.output
    book = openpyxl.load_workbook("moi/thu-muc/fig.xlsx")
    sheet = book["figures"]
    rows = list(sheet.iter_rows(values_only=True))
    header = rows[0]
    named = ["source", "subject", "value", "unit", "kind", "period_start", "period_end", "location", "status",
             "approx", "total", "percent"]
    assert [c for c in header if c in named] == named  # in this order …
    assert header[:3] == ("source", "subject", "value")
    last_user = max(i for i, c in enumerate(header) if c.startswith(("change_", "target_")) or c in named)
    assert header[-5:] == ("text", "sentence", "start", "end", "rule")  # … then the evidence
    assert last_user < header.index("text")
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref == f"A1:{sheet.cell(1, len(header)).column_letter}" \
                                                                   f"{len(rows)}"
    cells = {c: i for i, c in enumerate(header)}
    by_value = {}
    for cell_row in sheet.iter_rows(min_row=2):
        by_value[cell_row[cells["value"]].value] = cell_row
    big = by_value[325565e9]
    value_cell = big[cells["value"]]
    assert value_cell.data_type == "n" and value_cell.number_format == "#,##0"  # not 3.25565E+14
    assert big[cells["change_value"]].value == 4100000 and big[cells["change_value"]].number_format == "#,##0"
    start, end = big[cells["period_start"]].value, big[cells["period_end"]].value
    assert (start.date(), end.date()) == (datetime.date(2023, 1, 1), datetime.date(2023, 12, 31))  # typed dates
    assert big[cells["period_start"]].is_date and big[cells["period_start"]].number_format == "yyyy-mm-dd"
    percent_row = next(r for r in sheet.iter_rows(min_row=2) if r[cells["percent"]].value == 55.32)
    assert percent_row[cells["percent"]].number_format == "#,##0.00"
    assert all(width >= 8 for width in (sheet.column_dimensions[c].width for c in ("A", "B", "C")))
    assert sheet.column_dimensions[sheet.cell(1, cells["sentence"] + 1).column_letter].width >= 60
    files = book["files"]
    file_rows = list(files.iter_rows(values_only=True))
    assert file_rows[0] == FILE_COLUMNS and files.auto_filter.ref and files.freeze_panes == "A2"
    warned = {r[0]: r[FILE_COLUMNS.index("warnings")] for r in file_rows[1:]}
    assert "no article text" in warned["bao-cao/trong.html"] and warned["bao-cao/a.txt"] is None


def test_batch_filters(corpus: Path) -> None:
    write(Path("bao-cao/tien.txt"), "Năm 2023, tỉnh Phú Thọ thu hút 5,2 tỷ đồng vốn đầu tư.\n"
                                    "Năm 2024 dự kiến có 500 doanh nghiệp.\n")
    every = jsonl_records(run("batch", str(corpus), "-j", "1", "-q").stdout)

    def batch_with(*options: str, jobs: str = "1") -> list[dict]:
        result = run("batch", str(corpus), "-j", jobs, "-q", *options)
        assert result.exit_code == 0, result.output
        return jsonl_records(result.stdout)
    assert batch_with("--kind", "money") == [r for r in every if r["kind"] == "money"] != []
    assert batch_with("--status", "forecast") == [r for r in every if r["status"] == "forecast"] != []
    assert batch_with("--filter-location", "phú thọ") == [r for r in every if r["location"] == "Phú Thọ"] != []
    grep = batch_with("--grep", "DOANH NGHIỆP", jobs="2")
    assert grep == [r for r in every if "doanh nghiệp" in ((r["subject"] or "") + r["sentence"]).lower()]
    assert len(grep) == 6 < len(every)
    assert batch_with("--kind", "count", "--kind", "money", "--status", "actual", "--grep", "vốn") == \
        [r for r in every if r["kind"] == "money"]
    assert batch_with("--filter-location", "Huế") == []


def test_xlsx_cell_keeps_numbers_and_neutralises_text() -> None:
    assert output.xlsx_cell(2.5) == 2.5 and output.xlsx_cell(False) is False and output.xlsx_cell(None) is None
    assert output.xlsx_cell("@SUM(A1)") == "'@SUM(A1)" and output.xlsx_cell("－1") == "'－1"
    assert output.xlsx_cell("x" * 40_000).endswith("…") and len(output.xlsx_cell("x" * 40_000)) == 32_767
    assert output.xlsx_cell(float("inf")) == "inf"


def test_batch_parquet_rows_and_types(corpus: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    result = run("batch", str(corpus), "-o", "so-lieu.parquet", "-j", "1", "-q")
    assert result.exit_code == 0, result.output
    table = pq.read_table("so-lieu.parquet")
    assert table.column_names == list(CSV_COLUMNS)
    assert str(table.schema.field("value").type) == "double" and str(table.schema.field("start").type) == "int64"
    assert str(table.schema.field("period_inferred").type) == "bool"
    expected = [output.figure_row(doc, f) for doc in map(api.parse_file, EXPECTED) for f in doc.figures]
    assert table.to_pylist() == expected


def test_missing_extra_names_it(corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "openpyxl", None)
    with pytest.raises(MissingExtraError, match=r"pip install -e '\.\[xlsx\]'"):
        batch.run(EXPECTED, "so-lieu.xlsx", jobs=1)
    result = run("batch", str(corpus), "-o", "so-lieu.xlsx")
    assert result.exit_code == 1
    assert "pip install -e '.[xlsx]'" in result.stderr and result.stdout == ""
    assert not Path("so-lieu.xlsx").exists() and not Path("so-lieu.xlsx.done").exists()


def test_format_from_suffix_and_usage_errors(corpus: Path) -> None:
    assert run("batch", str(corpus), "-o", "x.ndjson", "-q", "-j", "1").exit_code == 0
    assert jsonl_records(Path("x.ndjson").read_text(encoding="utf-8"))
    for args, needle in ((["batch"], "PATH"), (["batch", "-"], "--from-list -"),
                         (["batch", str(corpus), "-f", "xlsx"], "-o FILE.xlsx"),
                         (["batch", str(corpus), "--resume"], "output path"),
                         (["batch", str(corpus), "-f", "json", "--excel"], "csv"),
                         (["batch", str(corpus), "-j", "0"], "--jobs"),
                         (["batch", str(corpus), "--exclude", ""], "empty glob"),
                         (["batch", "--from-list", "khong-co.txt"], "no such file")):
        result = run(*args)
        assert result.exit_code == 2, (args, result.output)
        message = " ".join(re.sub("[│╭╮╰╯─]", " ", result.stderr).split())  # out of typer's box
        assert needle in message, (args, message)
        assert result.stdout == ""


def test_help_has_examples() -> None:
    result = run("batch", "--help")
    assert result.exit_code == 0
    for needle in ("--resume", "--from-list", "--jobs", "--report", "Examples", "FILE.done", "'.[xlsx]'"):
        assert needle in result.stdout


# -- lists, order, jobs ---------------------------------------------------------------------

def test_from_list_file_and_stdin(corpus: Path) -> None:
    write(Path("list.txt"), "# the two\nbao-cao/b.txt\n\nbao-cao/a.txt\n")
    from_file = run("batch", "--from-list", "list.txt", "-j", "1", "-q")
    from_stdin = run("batch", "--from-list", "-", "-j", "1", "-q", input="bao-cao/b.txt\nbao-cao/a.txt\n")
    assert from_file.exit_code == from_stdin.exit_code == 0
    assert from_file.stdout == from_stdin.stdout == parse_jsonl("bao-cao/b.txt") + parse_jsonl("bao-cao/a.txt")
    # paths first, then the list; a folder in the list is walked
    both = run("batch", "bao-cao/empty.txt", "--from-list", "-", "-j", "1", "-q", input="bao-cao/2023\n")
    assert [r["source"] for r in jsonl_records(both.stdout)][::2] == EXPECTED[:3]


def test_jobs_two_writes_what_jobs_one_writes(corpus: Path) -> None:
    for i in range(20):
        write(corpus / "nhieu" / f"{i:02d}.txt", article(10 + i))
    one = run("batch", str(corpus), "-j", "1", "-f", "csv", "--report", "one.jsonl", "-q")
    two = run("batch", str(corpus), "-j", "2", "-f", "csv", "--report", "two.jsonl", "-q")
    assert one.exit_code == two.exit_code == 0
    assert two.stdout == one.stdout and len(one.stdout.splitlines()) == 1 + 10 + 40

    def paths(report: str) -> list[str]:
        return [r["path"] for r in jsonl_records(Path(report).read_text(encoding="utf-8"))]
    assert paths("one.jsonl") == paths("two.jsonl") == batch.find_files([corpus])


def test_iter_results_in_input_order_with_a_pool(corpus: Path) -> None:
    files = [*batch.find_files([corpus]), "khong-co.txt"]
    results = list(batch.iter_results(files, jobs=2))
    assert [r.path for r in results] == files
    assert [r.status for r in results] == ["ok"] * 5 + ["empty", "error"]
    assert results[-1].error == "[E100] no such file"


# -- faults ---------------------------------------------------------------------------------

def test_a_bad_file_does_not_stop_the_batch(corpus: Path) -> None:
    write(Path("hong.bin"), bytes(range(256)) * 4)
    write(Path("list.txt"), "bao-cao/a.txt\nkhong-co.txt\nhong.bin\nbao-cao/b.txt\n")
    result = run("batch", "--from-list", "list.txt", "-o", "out.jsonl", "--report", "files.jsonl", "-j", "1")
    assert result.exit_code == 1, result.output
    assert Path("out.jsonl").read_text(encoding="utf-8") == parse_jsonl("bao-cao/a.txt") + parse_jsonl("bao-cao/b.txt")
    report = jsonl_records(Path("files.jsonl").read_text(encoding="utf-8"))
    assert [(r["path"], r["status"], r["figures"]) for r in report] == [
        ("bao-cao/a.txt", "ok", 2), ("khong-co.txt", "error", 0), ("hong.bin", "error", 0), ("bao-cao/b.txt", "ok", 2)]
    assert report[1]["error"] == "[E100] no such file" and "binary" in report[2]["error"]
    assert all(set(r) == {*FILE_COLUMNS, "warnings"} and r["seconds"] >= 0 for r in report)
    assert "4 files: 2 ok, 0 empty, 2 failed" in result.stderr
    assert "failed: khong-co.txt: [E100] no such file" in result.stderr
    assert not Path("out.jsonl.done").exists()


def test_warnings_go_to_the_report_not_stdout(tmp_path: Path) -> None:
    # "Tính tiếp nhận 194.360 hồ sơ, đạt 55,32%." as Windows-1258 stores it: base letters, then tone marks
    legacy = write(tmp_path / "cp1258.txt", b"Ti\xecnh ti\xea\xecp nh\xe2\xf2n 194.360 h\xf4\xcc s\xf5, "
                                            b"\xf0a\xf2t 55,32%.\n")
    result = run("batch", str(legacy), "--report", str(tmp_path / "r.jsonl"), "-j", "1")
    assert result.exit_code == 0
    record = json.loads((tmp_path / "r.jsonl").read_text(encoding="utf-8"))
    assert record["warnings"] == ["not UTF-8; assumed encoding windows-1258"]
    assert f"warning: {legacy}: not UTF-8; assumed encoding windows-1258" in " ".join(result.stderr.split())
    assert all(json.loads(line)["source"] == str(legacy) for line in result.stdout.splitlines())


def test_bad_pattern_folder_fails_before_writing(corpus: Path, tmp_path: Path) -> None:
    bad = write(tmp_path / "rules" / "units.toml", "[broken\n").parent
    result = run("batch", str(corpus), "--patterns", str(bad), "-o", "out.jsonl")
    assert result.exit_code == 1 and "E200" in result.stderr
    assert not Path("out.jsonl").exists()


def test_no_files_is_no_error(tmp_path: Path) -> None:
    (tmp_path / "trong").mkdir()
    result = run("batch", str(tmp_path / "trong"), "-f", "csv")
    assert result.exit_code == 0
    assert result.stdout_bytes == ",".join(CSV_COLUMNS).encode() + b"\r\n"
    assert "no files to read" in result.stderr


def test_progress_bar_and_summary(many: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    summary = batch.run(many, "out.jsonl", jobs=1, progress=batch.ProgressBar())
    captured = capsys.readouterr()
    assert captured.out == "" and "12/12" in captured.err and "1 failed" in captured.err
    summary.failures *= 11
    summary.error = 11
    lines = batch.summary_lines(summary, limit=10)
    assert lines[0].startswith("12 files: 10 ok, 1 empty, 11 failed; 20 figures in ")
    assert lines[1] == "failed: nhieu/007.txt: [E100] looks like a binary file, not text"
    assert lines[11] == "… and 1 more failed files (--report FILE lists them all)"


_PROCESS_FILE = batch.process_file


def _dies_on_b(path: str, **options: object) -> batch.FileResult:
    """process_file, except that the worker reading ``b.txt`` is killed as by the out-of-memory killer."""
    if path.endswith("b.txt"):
        os.kill(os.getpid(), signal.SIGKILL)
    return _PROCESS_FILE(path, **options)


@pytest.mark.skipif("fork" not in multiprocessing.get_all_start_methods(), reason="needs fork")
def test_a_worker_that_dies_costs_only_its_file(corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A worker killed while it reads one file: only that file fails, every other file is read, the pool goes on.

    Forked workers inherit the patched ``process_file``, so the same file kills its worker every time, in the
    shared pool and again when it is read alone (no timing, no second process racing the pool)."""
    monkeypatch.setattr(batch, "process_file", _dies_on_b)
    monkeypatch.setattr(batch, "_mp_context", lambda: multiprocessing.get_context("fork"))
    results = list(batch.iter_results(EXPECTED, jobs=2))
    assert [r.path for r in results] == EXPECTED
    by_path = {r.path: r for r in results}
    assert by_path["bao-cao/b.txt"].status == "error" and "worker process died" in by_path["bao-cao/b.txt"].error
    assert all(r.status != "error" for r in results if r.path != "bao-cao/b.txt")
    assert all(r.figures > 0 for r in results if r.path.endswith(("a.txt", "c.txt", "d.TXT", "z.txt")))


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_closing_the_results_ends_a_busy_worker(corpus: Path) -> None:
    os.mkfifo("treo.txt")  # a worker opening it waits for a writer that never comes
    results = batch.iter_results(["bao-cao/a.txt", "treo.txt", "bao-cao/b.txt"], jobs=2)
    assert next(results).path == "bao-cao/a.txt"
    closing = threading.Thread(target=results.close, daemon=True)
    closing.start()
    closing.join(120)  # a guard against hanging forever (the worker never returns by itself), not a time limit
    assert not closing.is_alive()
    with pytest.raises(OSError):  # ENXIO: no process is left waiting to read the pipe
        os.close(os.open("treo.txt", os.O_WRONLY | os.O_NONBLOCK))


# -- interrupting and resuming --------------------------------------------------------------

class StopAfter:
    """A progress observer that presses Ctrl-C after ``n`` files."""

    def __init__(self, n: int) -> None:
        self.n = n
        self.seen = 0

    def start(self, total: int, resumed: int) -> None:
        self.total, self.resumed = total, resumed

    def update(self, result: batch.FileResult) -> None:
        self.seen += 1
        if self.seen == self.n:
            raise KeyboardInterrupt

    def stop(self) -> None:
        pass


@pytest.fixture
def many(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    monkeypatch.chdir(tmp_path)
    for i in range(12):
        write(Path("nhieu") / f"{i:03d}.txt", article(i) if i != 5 else "")
    write(Path("nhieu/007.txt"), b"\x00\x00binary")
    return batch.find_files(["nhieu"])


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "json", "xlsx", "parquet"])
def test_interrupt_then_resume_equals_an_uninterrupted_run(many: list[str], fmt: str) -> None:
    if fmt in output.EXTRAS:
        pytest.importorskip(output.EXTRAS[fmt][1])
    whole = batch.run(many, f"whole.{fmt}", jobs=1, excel=fmt == "csv", report="whole-report.jsonl")
    target = Path(f"out.{fmt}")
    with pytest.raises(batch.BatchInterrupted) as stopped:
        batch.run(many, target, jobs=1, excel=fmt == "csv", report="report.jsonl", progress=StopAfter(4))
    assert stopped.value.summary.files == 4 and stopped.value.summary.interrupted
    assert batch.state_path(target).exists()
    if fmt in batch.STREAM_FORMATS:  # valid up to the last whole file
        assert target.read_bytes() == Path(f"whole.{fmt}").read_bytes()[:len(target.read_bytes())]
        assert target.read_bytes().endswith(b"\n")
    else:  # not written until the end
        assert not target.exists() and batch.spool_path(target).exists()
    progress = StopAfter(0)
    summary = batch.run(many, target, jobs=1, excel=fmt == "csv", report="report.jsonl", resume=True,
                        progress=progress)
    assert (progress.total, progress.resumed) == (8, 4)
    assert summary.files == 12 and summary.resumed == 4 and (summary.ok, summary.empty, summary.error) == (10, 1, 1)
    assert summary.exit_code == whole.exit_code == 1
    if fmt == "xlsx":
        openpyxl = pytest.importorskip("openpyxl")

        def sheets(path: str) -> list:
            book = openpyxl.load_workbook(path)
            seconds = FILE_COLUMNS.index("seconds")
            return [[row[:seconds] + row[seconds + 1:] if sheet.title == "files" else row
                     for row in sheet.iter_rows(values_only=True)] for sheet in book.worksheets]
        assert sheets(str(target)) == sheets(f"whole.{fmt}")
    elif fmt == "parquet":
        pq = pytest.importorskip("pyarrow.parquet")
        assert pq.read_table(target).to_pylist() == pq.read_table(f"whole.{fmt}").to_pylist()
    else:
        assert target.read_bytes() == Path(f"whole.{fmt}").read_bytes()

    def without_seconds(report: str) -> list[dict]:
        return [{k: v for k, v in r.items() if k != "seconds"} for r in jsonl_records(Path(report).read_text())]
    assert without_seconds("report.jsonl") == without_seconds("whole-report.jsonl")
    assert sorted(p.name for p in Path().iterdir() if p.name.startswith("out.")) == [f"out.{fmt}"]


def test_resume_drops_rows_written_after_the_last_recorded_file(many: list[str]) -> None:
    """A kill between a file's rows and its state line: the rows are cut and written again, once."""
    batch.run(many, "whole.jsonl", jobs=1)
    with pytest.raises(batch.BatchInterrupted):
        batch.run(many, "out.jsonl", jobs=1, progress=StopAfter(3))
    with open("out.jsonl", "a", encoding="utf-8") as fp:
        fp.write('{"source": "nhieu/003.txt", "half a line')
    batch.run(many, "out.jsonl", jobs=1, resume=True)
    assert Path("out.jsonl").read_bytes() == Path("whole.jsonl").read_bytes()


def test_resume_refuses_other_settings_or_a_cut_output(many: list[str]) -> None:
    with pytest.raises(batch.BatchInterrupted):
        batch.run(many, "out.csv", jobs=1, progress=StopAfter(3))
    with pytest.raises(batch.ResumeError, match="excel was False, now True"):
        batch.run(many, "out.csv", jobs=1, excel=True, resume=True)
    result = run("batch", "nhieu", "-o", "out.csv", "--published", "2023-07-15", "--resume")
    assert result.exit_code == 2 and "published was None" in result.stderr
    Path("out.csv").write_text("source\r\n", encoding="utf-8")
    with pytest.raises(batch.ResumeError, match="shorter"):
        batch.run(many, "out.csv", jobs=1, resume=True)
    assert batch.run(many, "out.csv", jobs=1).files == 12  # without --resume: afresh


def test_resume_without_state_starts_afresh(many: list[str]) -> None:
    Path("out.jsonl").write_text("old\n", encoding="utf-8")
    summary = batch.run(many, "out.jsonl", jobs=1, resume=True)
    assert summary.resumed == 0 and "starting from the beginning" in summary.notes[0]
    assert Path("out.jsonl").read_text(encoding="utf-8") == "".join(
        parse_jsonl(p) for p in many if p != "nhieu/007.txt")


def test_interrupted_json_on_stdout_is_a_valid_array(many: list[str]) -> None:
    buffer = io.StringIO()
    with pytest.raises(batch.BatchInterrupted):
        batch.run(many, buffer, fmt="json", jobs=1, progress=StopAfter(3))
    assert [d["source"] for d in json.loads(buffer.getvalue())] == many[:3]


def test_whole_file_output_is_replaced_only_at_the_end(many: list[str]) -> None:
    Path("out.json").write_text("[]\n", encoding="utf-8")
    os.chmod("out.json", 0o640)
    with pytest.raises(batch.BatchInterrupted):
        batch.run(many, "out.json", jobs=1, progress=StopAfter(3))
    assert Path("out.json").read_text(encoding="utf-8") == "[]\n"
    batch.run(many, "out.json", jobs=1, resume=True)
    assert len(json.loads(Path("out.json").read_text(encoding="utf-8"))) == 11
    assert stat.S_IMODE(Path("out.json").stat().st_mode) == 0o640


def test_output_inside_the_input_folder_is_not_read(many: list[str]) -> None:
    summary = batch.run(batch.find_files(["nhieu"]), "nhieu/out.txt", jobs=1)
    again = batch.run(batch.find_files(["nhieu"]), "nhieu/out.txt", jobs=1)
    assert summary.files == again.files == 12


def _wait_for_output(process: subprocess.Popen, path: Path, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if path.exists() and path.stat().st_size > 0:
            return
        if process.poll() is not None:
            pytest.fail(f"the batch ended before it could be interrupted: {process.stderr.read()}")
        time.sleep(0.01)
    pytest.fail("no output appeared")


@pytest.fixture(scope="module")
def three_hundred(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str], bytes]:
    """300 small articles, their files in order and the output of an uninterrupted run."""
    folder = tmp_path_factory.mktemp("kill") / "nhieu"
    for i in range(300):
        write(folder / f"{i:04d}.txt", article(i) * 2)
    files = batch.find_files([folder])
    expected = folder.parent / "whole.jsonl"
    batch.run(files, expected, jobs=1)
    return folder, files, expected.read_bytes()


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGKILL], ids=["SIGINT", "SIGKILL"])
def test_killed_process_then_resume(three_hundred: tuple[Path, list[str], bytes], tmp_path: Path,
                                    sig: signal.Signals) -> None:
    """A real ``python -m dtextract batch`` stopped mid-run, then resumed: the rows of an uninterrupted run."""
    folder, files, expected = three_hundred
    out = tmp_path / "out.jsonl"
    command = [sys.executable, "-m", "dtextract", "batch", str(folder), "-o", str(out), "--jobs", "1"]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        _wait_for_output(process, out)
        process.send_signal(sig)
        code = process.wait(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
    stderr = process.stderr.read()
    process.stdout.close()
    process.stderr.close()
    if sig == signal.SIGINT:
        assert code == 130, stderr
        assert "--resume" in stderr and "Traceback" not in stderr
        text = out.read_bytes()  # whole files: complete lines, from a prefix of the files
        assert expected.startswith(text) and text.endswith(b"\n")
        sources = list(dict.fromkeys(json.loads(line)["source"] for line in text.splitlines()))
        assert sources == files[:len(sources)]
    else:
        assert code == -signal.SIGKILL
    done = out.with_name(out.name + ".done")
    assert done.exists()
    assert 0 < out.stat().st_size < len(expected)
    resumed = subprocess.run([*command, "--resume"], capture_output=True, text=True, timeout=120)
    assert resumed.returncode == 0, resumed.stderr
    assert "resuming:" in resumed.stderr
    assert out.read_bytes() == expected
    assert not done.exists()


def test_batch_o_suffix_decides_and_folders_are_made(corpus: Path) -> None:
    result = run("batch", str(corpus), "-o", "so-lieu.out", "-q")
    assert result.exit_code == 2 and not Path("so-lieu.out").exists()
    assert "cannot tell the format from the name 'so-lieu.out'" in " ".join(result.stderr.split())
    result = run("batch", str(corpus), "-o", "ra/moi/so-lieu.csv", "--report", "ra/bao-cao/files.jsonl", "-q")
    assert result.exit_code == 0, result.output
    assert Path("ra/moi/so-lieu.csv").read_text(encoding="utf-8").startswith("source,")
    assert len(jsonl_records(Path("ra/bao-cao/files.jsonl").read_text(encoding="utf-8"))) == len(EXPECTED)


@pytest.mark.parametrize("every", [0.0, 3600.0])
def test_state_file_never_names_rows_the_output_lacks(many: list[str], every: float,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """Rows and state lines are flushed together, rows first: at any moment a kill could come, what the state
    file on disk records is in the output on disk; an aborted run records every file it wrote."""
    monkeypatch.setattr(batch, "COMMIT_SECONDS", every)
    destination = batch._Destination("out.jsonl", "jsonl", False, {"published": None}, False, None,
                                     batch.Summary())
    on_disk = []
    for path in many:
        destination.add(batch.process_file(path))
        size = Path("out.jsonl").stat().st_size
        ends = [json.loads(line)["end"] for line in batch.state_path("out.jsonl").read_text().splitlines()[1:]]
        assert all(end <= size for end in ends)
        on_disk.append(len(ends))
    assert on_disk[-1] == (len(many) if every == 0 else 0)
    destination.abort()
    destination.close()
    ends = [json.loads(line)["end"] for line in batch.state_path("out.jsonl").read_text().splitlines()[1:]]
    assert len(ends) == len(many) and ends[-1] == Path("out.jsonl").stat().st_size

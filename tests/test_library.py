"""The library as a Python user meets it (issue 13): dates in and out, file reading, DataFrames,
wrong argument types, and the command's filters, quiet mode and help."""
from __future__ import annotations

import csv
import datetime
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

import dtextract
from dtextract import api, output

from cli_helpers import run

TEXT = ("Phú Thọ, ngày 8/9/2022\n"
        "Trong sáu tháng đầu năm, tỉnh tiếp nhận 108.077 hồ sơ/158.110 hồ sơ, đạt 68,36%.\n"
        "Năm 2022, tỉnh thu hút 64,9 triệu USD vốn đầu tư, tăng 4,1 triệu USD so với năm 2021.\n")


# -- extract(published=…) and dates ------------------------------------------------------------

@pytest.mark.parametrize("published", [datetime.date(2023, 7, 15), datetime.datetime(2023, 7, 15, 9, 30),
                                       "2023-07-15"])
def test_published_may_be_a_date_a_datetime_or_iso_text(published: object) -> None:
    doc = dtextract.extract("Trong sáu tháng đầu năm, tỉnh tiếp nhận 108.077 hồ sơ.", published=published)
    assert doc.published == "2023-07-15"
    [fig] = doc.figures
    assert (fig.period.start, fig.period.end) == (datetime.date(2023, 1, 1), datetime.date(2023, 6, 30))


def test_periods_are_dates_in_python_and_iso_in_json_csv_and_schema() -> None:
    doc = dtextract.extract(TEXT)
    periods = [f.period for f in doc.figures if f.period]
    assert periods and all(isinstance(p.end, datetime.date) for p in periods)
    data = json.loads(doc.model_dump_json())
    assert {f["period"]["end"] for f in data["figures"] if f["period"]} >= {"2022-06-30", "2022-12-31"}
    assert dtextract.Document.model_validate(data) == doc  # ISO text reads back as dates
    buffer = io.StringIO(newline="")
    output.write_csv(doc, buffer)
    rows = list(csv.DictReader(io.StringIO(buffer.getvalue())))
    assert rows[0]["period_start"] == "2022-01-01" and rows[0]["period_end"] == "2022-06-30"
    schema = json.dumps(api.document_schema())
    assert '"format": "date"' in schema


def test_parquet_periods_are_date32(tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    doc = dtextract.extract(TEXT, published="2022-09-08")
    output.write_path(doc, "parquet", tmp_path / "p.parquet")
    table = pq.read_table(tmp_path / "p.parquet")
    for column in ("period_start", "period_end", "published", "change_baseline_period_start"):
        assert str(table.schema.field(column).type) == "date32[day]", column
    assert table.column("period_end").to_pylist()[0] == datetime.date(2022, 6, 30)
    assert table.column("published").to_pylist()[0] == datetime.date(2022, 9, 8)


# -- wrong argument types ------------------------------------------------------------------------

def test_wrong_types_get_the_right_message() -> None:
    with pytest.raises(TypeError, match=r"^text must be str, not bytes \(decode"):
        dtextract.extract("Có 12 xã.".encode())
    with pytest.raises(TypeError, match="text must be str, not NoneType"):
        dtextract.extract(None)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="published must be a datetime.date, a datetime.datetime or an ISO"):
        dtextract.extract("Có 12 xã.", published=20230715)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        dtextract.extract("Có 12 xã.", published="15/7/2023")
    with pytest.raises(TypeError, match="patterns must be a PatternSet"):
        dtextract.extract("Có 12 xã.", patterns=["my-rules"])  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="path must be a str or pathlib.Path, not bytes"):
        dtextract.read(b"bai-viet.txt")  # type: ignore[arg-type]


# -- reading files ------------------------------------------------------------------------------

def test_parse_file_and_read_are_public(tmp_path: Path) -> None:
    path = tmp_path / "bai-viet.txt"
    path.write_bytes(TEXT.replace("\n", "\r\n").encode("utf-8-sig"))
    text = dtextract.read(path)
    doc = dtextract.parse_file(path, published=datetime.date(2022, 9, 8))
    assert doc.source == str(path) and len(doc.figures) >= 2
    assert all(text[f.start:f.end] == f.text for f in doc.figures)
    assert doc == dtextract.extract(text, published="2022-09-08", source=str(path))
    assert {"parse_file", "read", "to_dataframe", "extract"} <= set(dtextract.__all__)


# -- DataFrame ------------------------------------------------------------------------------------

def test_to_dataframe_is_typed_and_ordered_as_the_workbook() -> None:
    pd = pytest.importorskip("pandas")
    docs = [dtextract.extract(TEXT, source="a.txt"), dtextract.extract("Có 12 xã.", source="b.txt")]
    frame = dtextract.to_dataframe(docs)
    assert list(frame.columns) == list(output.XLSX_COLUMNS)
    assert len(frame) == sum(len(d.figures) for d in docs)
    assert frame["value"].dtype == "float64" and str(frame["start"].dtype) == "Int64"
    assert pd.api.types.is_datetime64_any_dtype(frame["period_end"])
    assert frame.loc[0, "period_end"] == pd.Timestamp("2022-06-30")
    assert 64_900_000.0 in set(frame["value"]) and 4_100_000.0 in set(frame["change_value"])
    assert frame["period_end"].isna().iloc[-1]  # b.txt's figure has no period


def test_to_dataframe_names_its_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(dtextract.MissingExtraError, match=r"pip install -e '\.\[dataframe\]'"):
        dtextract.to_dataframe([])


# -- the command: filters, quiet, help ------------------------------------------------------------

@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "bai-viet.txt"
    path.write_text(TEXT, encoding="utf-8")
    return path


def test_parse_filters(article: Path) -> None:
    def values(*options: str) -> list[float]:
        result = run("parse", str(article), "-f", "json", *options)
        assert result.exit_code == 0, result.output
        return [f["value"] for f in json.loads(result.stdout)["figures"]]
    every = values()
    assert values("--kind", "money") == [64_900_000.0] and len(every) >= 2
    assert values("--grep", "HỒ SƠ") == [108_077.0]
    assert values("--grep", "vốn đầu tư", "--kind", "count") == []
    assert values("--filter-location", "phú thọ") == every
    assert values("--filter-location", "Huế") == []
    assert values("--status", "actual", "--status", "target") == every
    result = run("parse", str(article), "--kind", "bogus")
    assert result.exit_code == 2


#: Runs the command with formats.read standing in for a PDF reader that logs and warns, as pypdf does
#: on a damaged file (a real process: pytest's own log capture would hide what reaches stderr).
NOISY = """
import logging, sys, warnings
from dtextract import cli, formats

TEXT = sys.argv[1]

def noisy_read(path):
    logging.getLogger("pypdf._reader").warning("incorrect startxref pointer(1)")
    warnings.warn("Multiple definitions in dictionary", UserWarning, stacklevel=1)
    return formats.Extracted(TEXT, "pdf")

formats.read = noisy_read
sys.argv = ["dtextract", *sys.argv[2:]]
cli.main()
"""


def _noisy(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", NOISY, TEXT, *args], capture_output=True, text=True,
                          encoding="utf-8", timeout=300)


def test_quiet_keeps_library_warnings_off_stderr(tmp_path: Path) -> None:
    """What a PDF or HTML library logs or warns while reading reaches stderr only without -q."""
    page = tmp_path / "bao-cao.pdf"
    page.write_bytes(b"%PDF-1.4")
    loud = _noisy("parse", str(page), "-f", "json")
    assert loud.returncode == 0, loud.stderr
    assert "startxref" in loud.stderr and "Multiple definitions" in loud.stderr
    quiet = _noisy("parse", str(page), "-f", "json", "-q")
    assert quiet.returncode == 0 and quiet.stderr == ""
    assert json.loads(quiet.stdout) == json.loads(loud.stdout) and json.loads(quiet.stdout)["figures"]
    quiet_batch = _noisy("batch", str(page), "-j", "1", "-q")
    assert quiet_batch.returncode == 0 and quiet_batch.stderr == "" and quiet_batch.stdout


def test_help_shows_flags_as_flags_and_offers_completion() -> None:
    for command in ([], ["parse"], ["batch"]):
        result = run(*command, "--help", env={"COLUMNS": "80"})
        assert result.exit_code == 0
        assert "<bool>" not in result.stdout
        assert max(len(line) for line in result.stdout.splitlines()) <= 80
    root = run("--help", env={"COLUMNS": "80"}).stdout
    assert "--install-completion" in root and "--version" in root


@pytest.mark.parametrize("help_text", ["HELP", "PARSE_HELP", "BATCH_HELP"])
def test_examples_fit_80_columns(help_text: str) -> None:
    from dtextract import cli

    text = getattr(cli, help_text)
    examples = text[text.index("Examples:"):].splitlines()[1:]
    # shown with one column of padding on each side, in an 80-column terminal
    assert all(len(line) + 2 <= 80 for line in examples), [line for line in examples if len(line) + 2 > 80]

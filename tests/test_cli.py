"""The command line (and the api functions it is a thin layer over).

Tests whose name ends in ``_needs_extractor`` assert figures that only the
real extractor in pipeline.py produces.
"""
from __future__ import annotations

import codecs
import csv
import io
import json
import subprocess
import sys
import unicodedata
import warnings
from importlib.metadata import version
from pathlib import Path

import pytest

from dtextract import api, output, patterns
from dtextract.models import Document
from dtextract.output import CSV_COLUMNS
from dtextract.reader import EncodingGuessWarning

from cli_helpers import assert_one_line_error, run

SENTENCE = "Tính đến tháng 8/2022, tỉnh tiếp nhận 194.360 hồ sơ, đạt 55,32%."
ARTICLE = f"Phú Thọ, ngày 8/9/2022\n{SENTENCE}\n"

# "Tính tiếp nhận 194.360 hồ sơ, đạt 55,32%." as Windows-1258 stores it: base letters, then tone marks
CP1258_SENTENCE = b"Ti\xecnh ti\xea\xecp nh\xe2\xf2n 194.360 h\xf4\xcc s\xf5, \xf0a\xf2t 55,32%.\n"


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "bai-viet.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


@pytest.fixture
def empty_builtin(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point the built-in pattern folder at an empty folder, so that tests do not depend on the rules."""
    folder = tmp_path / "builtin"
    folder.mkdir()
    monkeypatch.setattr(patterns, "builtin_dir", lambda: folder)
    return folder


def values(doc: dict) -> list[float]:
    return [f["value"] for f in doc["figures"]]


# -- parse: formats ----------------------------------------------------------------------

def test_parse_json(article: Path) -> None:
    result = run("parse", str(article), "--format", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert list(data) == ["source", "published", "figures"]
    assert data["source"] == str(article)
    assert Document.model_validate(data).source == str(article)


def test_parse_json_needs_extractor(article: Path) -> None:
    data = json.loads(run("parse", str(article), "--format", "json").stdout)
    assert 194360 in values(data)
    fig = next(f for f in data["figures"] if f["value"] == 194360)
    assert fig["percent"] == 55.32
    text = unicodedata.normalize("NFC", article.read_text(encoding="utf-8"))
    assert text[fig["start"]:fig["end"]] == fig["text"]


def test_parse_default_format_when_piped_is_json(article: Path) -> None:
    result = run("parse", str(article))
    assert result.exit_code == 0
    assert json.loads(result.stdout)["source"] == str(article)


def test_parse_jsonl(article: Path) -> None:
    result = run("parse", str(article), "-f", "jsonl")
    assert result.exit_code == 0, result.output
    for line in result.stdout.splitlines():
        assert json.loads(line)["source"] == str(article)


def test_parse_jsonl_needs_extractor(article: Path) -> None:
    records = [json.loads(line) for line in run("parse", str(article), "-f", "jsonl").stdout.splitlines()]
    assert any(r["value"] == 194360 and r["unit"] == "hồ sơ" for r in records)


def test_parse_csv(article: Path) -> None:
    result = run("parse", str(article), "--format", "csv")
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[0] == ",".join(CSV_COLUMNS)
    assert not result.stdout.startswith("\ufeff")


def test_parse_csv_needs_extractor(article: Path) -> None:
    rows = list(csv.DictReader(io.StringIO(run("parse", str(article), "-f", "csv").stdout)))
    assert any(r["value"] == "194360" and r["source"] == str(article) for r in rows)


def test_parse_table(article: Path) -> None:
    result = run("parse", str(article), "--format", "table")
    assert result.exit_code == 0, result.output
    assert str(article) in result.stdout
    assert "value" in result.stdout and "sentence" in result.stdout


def test_parse_table_needs_extractor(article: Path) -> None:
    result = run("parse", str(article), "--format", "table")
    assert "194.360" in result.stdout
    assert "tiếp nhận" in result.stdout  # the sentence (wrapped in its column)


def test_parse_format_is_case_insensitive(article: Path) -> None:
    assert json.loads(run("parse", str(article), "--format", "JSON").stdout)["source"] == str(article)


def test_parse_unknown_format_is_a_usage_error(article: Path) -> None:
    result = run("parse", str(article), "--format", "xml")
    assert result.exit_code == 2
    assert "Traceback" not in result.output


# -- parse: output file ---------------------------------------------------------------------

def test_output_file(article: Path, tmp_path: Path) -> None:
    out = tmp_path / "so-lieu.json"
    result = run("parse", str(article), "-f", "json", "-o", str(out))
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    assert Document.model_validate_json(out.read_text(encoding="utf-8")).source == str(article)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bai-viet.txt", "so-lieu.json"]  # no temporary file left


def test_output_format_from_suffix(article: Path, tmp_path: Path) -> None:
    out = tmp_path / "so-lieu.csv"
    assert run("parse", str(article), "--output", str(out)).exit_code == 0
    assert out.read_text(encoding="utf-8").splitlines()[0] == ",".join(CSV_COLUMNS)
    out = tmp_path / "so-lieu.jsonl"
    assert run("parse", str(article), "--output", str(out)).exit_code == 0
    for line in out.read_text(encoding="utf-8").splitlines():
        json.loads(line)


def test_output_unknown_suffix_is_refused(article: Path, tmp_path: Path) -> None:
    # -o decides the format by its suffix; a suffix that names none is a usage error, not JSON under any name
    out = tmp_path / "so-lieu.out"
    result = run("parse", str(article), "-o", str(out))
    assert result.exit_code == 2 and not out.exists()
    assert "cannot tell the format from the name 'so-lieu.out'" in " ".join(result.stderr.split())
    assert run("parse", str(article), "-o", str(out), "-f", "json").exit_code == 0  # --format decides
    assert json.loads(out.read_text(encoding="utf-8"))["source"] == str(article)


def test_parse_o_xlsx_writes_a_workbook(article: Path, tmp_path: Path) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    out = tmp_path / "so-lieu.xlsx"
    result = run("parse", str(article), "-o", str(out))
    assert result.exit_code == 0, result.output
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == ["figures", "files"]
    rows = list(book["figures"].iter_rows(values_only=True))
    assert rows[0] == output.XLSX_COLUMNS and len(rows) > 1
    files = list(book["files"].iter_rows(values_only=True))
    assert files[1][:3] == (str(article), "ok", len(rows) - 1)
    result = run("parse", str(article), "-f", "xlsx")
    assert result.exit_code == 2 and "-o FILE.xlsx" in result.stderr


def test_excel_csv_has_bom(article: Path, tmp_path: Path) -> None:
    out = tmp_path / "excel.csv"
    result = run("parse", str(article), "--format", "csv", "--excel", "-o", str(out))
    assert result.exit_code == 0, result.output
    assert out.read_bytes().startswith(codecs.BOM_UTF8 + b"source,")
    stdout = run("parse", str(article), "--excel").stdout
    assert stdout.startswith("\ufeffsource,")


def test_excel_with_another_format_is_a_usage_error(article: Path) -> None:
    result = run("parse", str(article), "--format", "json", "--excel")
    assert result.exit_code == 2
    assert "--excel" in result.stderr


def test_output_into_missing_folder_creates_it(article: Path, tmp_path: Path) -> None:
    out = tmp_path / "khong-co" / "moi" / "so-lieu.json"
    assert run("parse", str(article), "-o", str(out)).exit_code == 0
    assert json.loads(out.read_text(encoding="utf-8"))["source"] == str(article)
    (tmp_path / "tep").write_text("x", encoding="utf-8")  # a file where a folder should be
    out = tmp_path / "tep" / "so-lieu.json"
    assert_one_line_error(run("parse", str(article), "-o", str(out)), str(out), "cannot create the folder")


# -- parse: stdin and --published -------------------------------------------------------------

def test_stdin() -> None:
    result = run("parse", "-", "--format", "json", input=ARTICLE.encode("utf-8"))
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["source"] == "-"


def test_stdin_needs_extractor() -> None:
    data = json.loads(run("parse", "-", "--format", "json", input=SENTENCE.encode("utf-8")).stdout)
    assert 194360 in values(data)


def test_stdin_binary() -> None:
    assert_one_line_error(run("parse", "-", input=b"\x00\x01\x02binary"), "<stdin>", "binary")


def test_published_good(article: Path) -> None:
    result = run("parse", str(article), "--published", "2023-07-15", "-f", "json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["published"] == "2023-07-15"


@pytest.mark.parametrize("bad", ["2023-7-15", "15/07/2023", "2023-02-30", "20230715", "hôm qua", ""])
def test_published_bad(article: Path, bad: str) -> None:
    result = run("parse", str(article), "--published", bad)
    assert result.exit_code == 2
    assert "--published" in result.stderr
    assert "Traceback" not in result.output


def test_legacy_encoding_is_narrated_on_stderr(tmp_path: Path) -> None:
    path = tmp_path / "cu.txt"
    # "Tính tiếp nhận 194.360 hồ sơ, đạt 55,32%." in Windows-1258: base letters plus combining tone marks
    path.write_bytes(CP1258_SENTENCE)
    result = run("parse", str(path), "-f", "json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["source"] == str(path)
    assert "windows-1258" in result.stderr
    assert result.stderr.startswith("dtextract: warning:")


# -- parse: errors ----------------------------------------------------------------------------

def test_missing_file(tmp_path: Path) -> None:
    missing = tmp_path / "khong-co.txt"
    assert_one_line_error(run("parse", str(missing)), str(missing), "no such file")


def test_directory(tmp_path: Path) -> None:
    assert_one_line_error(run("parse", str(tmp_path)), str(tmp_path), "directory")


def test_binary_file(tmp_path: Path) -> None:
    path = tmp_path / "anh.png"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
    assert_one_line_error(run("parse", str(path), "-f", "json"), str(path), "binary")


def test_broken_symlink(tmp_path: Path) -> None:
    link = tmp_path / "link.txt"
    link.symlink_to(tmp_path / "gone.txt")
    assert_one_line_error(run("parse", str(link)), str(link), "symbolic link")


def test_bad_pattern_folder(article: Path, tmp_path: Path) -> None:
    folder = tmp_path / "rules"
    folder.mkdir()
    (folder / "units.toml").write_text("[x\npattern = 'a'\n", encoding="utf-8")
    assert_one_line_error(run("parse", str(article), "--patterns", str(folder)), "units.toml", "TOML")


def test_missing_pattern_folder(article: Path, tmp_path: Path) -> None:
    folder = tmp_path / "khong-co"
    assert_one_line_error(run("parse", str(article), "--patterns", str(folder)), str(folder))


def test_empty_file_has_no_figures(tmp_path: Path) -> None:
    path = tmp_path / "rong.txt"
    path.write_bytes(b"")
    result = run("parse", str(path), "-f", "json")
    assert result.exit_code == 0
    assert json.loads(result.stdout) == {"source": str(path), "published": None, "figures": []}


def test_no_traceback_from_a_real_process(tmp_path: Path) -> None:
    missing = tmp_path / "khong-co.txt"
    proc = subprocess.run([sys.executable, "-m", "dtextract", "parse", str(missing)],
                          capture_output=True, text=True, encoding="utf-8", timeout=120)
    assert proc.returncode == 1
    assert proc.stdout == ""
    assert proc.stderr.strip().splitlines() == [f"dtextract: [E100] {missing}: no such file"]


# -- schema, version, help ------------------------------------------------------------------

def test_schema() -> None:
    result = run("schema")
    assert result.exit_code == 0, result.output
    schema = json.loads(result.stdout)
    assert schema["$schema"].startswith("https://json-schema.org/")
    assert {k: v for k, v in schema.items() if k != "$schema"} == Document.model_json_schema()
    assert set(schema["properties"]) == {"source", "published", "figures"}
    assert "Figure" in schema["$defs"]


def test_version() -> None:
    result = run("--version")
    assert result.exit_code == 0
    assert result.stdout.strip() == f"dtextract {version('dtextract')}"


def test_python_dash_m() -> None:
    proc = subprocess.run([sys.executable, "-m", "dtextract", "--version"],
                          capture_output=True, text=True, encoding="utf-8", timeout=120)
    assert proc.returncode == 0
    assert proc.stdout.strip() == f"dtextract {version('dtextract')}"


def test_help() -> None:
    result = run("--help")
    assert result.exit_code == 0
    for word in ("parse", "schema", "patterns", "đạt 55,32%", "--version"):
        assert word in result.stdout


def test_parse_help() -> None:
    result = run("parse", "--help")
    assert result.exit_code == 0
    for word in ("--format", "--output", "--excel", "--published", "--patterns", "YYYY-MM-DD", "5,2 tỷ USD",
                 "--kind", "--status", "--filter-location", "--grep", ".docx", ".pdf", ".htm"):
        assert word in result.stdout


def test_no_arguments_shows_help() -> None:
    result = run()
    assert "Usage" in result.output and "parse" in result.output
    assert "Traceback" not in result.output


# -- patterns check -------------------------------------------------------------------------

GOOD_RULES = """
[over]
pattern = '(?:hơn|trên)'
approx = "over"
examples = ["hơn 2,1 triệu tài khoản", "trên 5,7 tỷ đồng"]
negative_examples = ["trên địa bàn tỉnh"]

[about]
patterns = ['khoảng', 'xấp xỉ']
unit_pattern = '%'
examples = ["khoảng 30 tỷ đồng"]
"""


def test_patterns_check_builtin_compiles() -> None:
    """The built-in rules load and their regexes compile."""
    result = run("patterns", "check", "--no-examples")
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("patterns ok:")
    assert result.stdout.splitlines()[1] == f"  {patterns.builtin_dir()}"


def test_patterns_check_builtin_examples_hold() -> None:
    """Every example of the built-in rules holds (the extractor runs each)."""
    result = run("patterns", "check")
    assert result.exit_code == 0, result.stdout
    assert result.stdout.startswith("patterns ok:")


def test_patterns_check_empty(empty_builtin: Path) -> None:
    result = run("patterns", "check")
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[0] == ("patterns ok: 0 files, 0 entries, 0 regexes compiled, "
                                             "0 examples, 0 negative examples")
    assert result.stdout.splitlines()[1] == f"  {empty_builtin}"


def test_patterns_check_user_folder(empty_builtin: Path, tmp_path: Path) -> None:
    folder = tmp_path / "rules"
    folder.mkdir()
    (folder / "qualifiers.toml").write_text(GOOD_RULES, encoding="utf-8")
    (folder / ".hidden.toml").write_text("not toml [", encoding="utf-8")
    result = run("patterns", "check", "--no-examples", str(folder))
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[0] == ("patterns ok: 1 files, 2 entries, 4 regexes compiled, "
                                             "3 examples, 1 negative examples (examples not run)")
    assert str(folder.resolve()) in result.stdout


def test_patterns_check_bad_regex(empty_builtin: Path, tmp_path: Path) -> None:
    folder = tmp_path / "rules"
    folder.mkdir()
    (folder / "units.toml").write_text("[broken]\npattern = '(hồ sơ'\nexamples = ['hồ sơ']\n", encoding="utf-8")
    assert_one_line_error(run("patterns", "check", "--no-examples", str(folder)), "units.toml", "[broken]", "compile")


def test_patterns_check_catastrophic_regex(empty_builtin: Path, tmp_path: Path) -> None:
    folder = tmp_path / "rules"
    folder.mkdir()
    (folder / "units.toml").write_text("[slow]\npattern = '(a+)+!?b'\nexamples = ['ab']\n", encoding="utf-8")
    assert_one_line_error(run("patterns", "check", "--no-examples", str(folder)), "units.toml", "[slow]", "backtracks")


def test_patterns_check_entry_without_examples(empty_builtin: Path, tmp_path: Path) -> None:
    folder = tmp_path / "rules"
    folder.mkdir()
    (folder / "units.toml").write_text("[bare]\npattern = 'ha'\n", encoding="utf-8")
    assert_one_line_error(run("patterns", "check", "--no-examples", str(folder)), "units.toml", "[bare]", "examples")


def test_patterns_check_reports_failing_examples(empty_builtin: Path, tmp_path: Path) -> None:
    folder = tmp_path / "rules"
    folder.mkdir()
    (folder / "tuchon.toml").write_text("[x]\npattern = 'ha'\nexamples = ['300 ha']\n", encoding="utf-8")
    result = run("patterns", "check", str(folder))
    assert result.exit_code == 1
    assert result.stdout.startswith("patterns: 1 files, 1 entries, 1 regexes compiled, 1 examples, "
                                    "0 negative examples; 1 failing\n")
    fails = [line for line in result.stdout.splitlines() if line.startswith("FAIL ")]
    assert len(fails) == 1 and "tuchon.toml" in fails[0]
    assert result.stderr == "dtextract: 1 of 1 pattern examples fail\n"
    assert "Traceback" not in result.output


def test_patterns_check_failing_example_over_builtin_needs_extractor(tmp_path: Path) -> None:
    """A user entry claiming that a plain figure is not one: its example must be reported."""
    folder = tmp_path / "rules"
    folder.mkdir()
    (folder / "nonfigures.toml").write_text(
        "[sai]\npattern = 'hồ sơ xyz'\nexamples = ['Tỉnh tiếp nhận 194.360 hồ sơ.']\n", encoding="utf-8")
    result = run("patterns", "check", str(folder))
    assert result.exit_code == 1
    ours = [line for line in result.stdout.splitlines() if line.startswith("FAIL ") and "[sai]" in line]
    assert len(ours) == 1 and "nonfigures.toml" in ours[0] and "194.360" in ours[0]


def test_patterns_without_subcommand_shows_help() -> None:
    result = run("patterns")
    assert "check" in result.output
    assert "Traceback" not in result.output


# -- api ------------------------------------------------------------------------------------

def test_api_parse_file_and_text_agree(article: Path) -> None:
    from_file = api.parse_file(article, published="2022-09-08")
    from_text = api.parse_text(ARTICLE, published="2022-09-08", source=str(article))
    assert from_file == from_text
    assert from_file.source == str(article) and from_file.published == "2022-09-08"


def test_api_parse_file_needs_extractor(article: Path) -> None:
    assert 194360 in [f.value for f in api.parse_file(article).figures]


def test_api_warns_on_a_guessed_encoding(tmp_path: Path) -> None:
    path = tmp_path / "cu.txt"
    path.write_bytes(CP1258_SENTENCE)
    with pytest.warns(EncodingGuessWarning, match="windows-1258"):
        api.parse_file(path)


def test_api_utf8_does_not_warn(article: Path) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error", EncodingGuessWarning)
        api.parse_file(article)


def test_api_check_published() -> None:
    import datetime as dt

    assert api.check_published(None) is None
    assert api.check_published("2024-02-29") == "2024-02-29"
    assert api.check_published(dt.date(2022, 8, 1)) == "2022-08-01"
    for bad in ("2023-02-29", "2023-7-1", "01/07/2023"):
        with pytest.raises(ValueError):
            api.check_published(bad)


def test_api_accepts_pattern_folders(empty_builtin: Path, tmp_path: Path) -> None:
    folder = tmp_path / "rules"
    folder.mkdir()
    (folder / "qualifiers.toml").write_text(GOOD_RULES, encoding="utf-8")
    loaded = api.load_patterns([folder])
    assert loaded.layers == [empty_builtin, folder.resolve()]
    assert set(loaded.raw("qualifiers")) == {"over", "about"}
    assert api.load_patterns(loaded) is loaded

"""dtextract merge: many articles in, one row per fact out (dtextract.merge, api.merge_inputs, the CLI)."""
from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

pl = pytest.importorskip("polars")
pytest.importorskip("rapidfuzz")

from cli_helpers import assert_one_line_error, run  # noqa: E402

from dtextract import api  # noqa: E402
from dtextract import merge as M  # noqa: E402

# -- article sets of our own ----------------------------------------------------------------

#: One release (Phú Thọ's online dossiers in 2023) in three outlets, each rounding it its own way;
#: the first repeats its headline figure in the body. A CPI stated against two baselines; a count
#: of new firms on which two outlets disagree; the same dossier count for another province.
OUTLETS = {
    "bao-tinh.txt": (
        "Phú Thọ tiếp nhận hơn 1,5 triệu hồ sơ trực tuyến trong năm 2023\n\n"
        "Năm 2023, tỉnh Phú Thọ tiếp nhận hơn 1,5 triệu hồ sơ trực tuyến, tăng mạnh so với năm trước. "
        "Chỉ số giá tiêu dùng (CPI) tháng 8/2023 của tỉnh Phú Thọ tăng 0,52% so với tháng trước.\n"),
    "cong-thong-tin.txt": (
        "Chuyển đổi số ở Phú Thọ\n\n"
        "Trong năm 2023, tỉnh Phú Thọ đã tiếp nhận 1,51 triệu hồ sơ trực tuyến. "
        "CPI tháng 8/2023 của Phú Thọ tăng 3,1% so với cùng kỳ năm trước. "
        "Cũng trong năm 2023, tỉnh Phú Thọ có 1.250 doanh nghiệp thành lập mới.\n"),
    "so-tttt.txt": (
        "Theo Sở Thông tin và Truyền thông, năm 2023 tỉnh Phú Thọ tiếp nhận 1.512.345 hồ sơ trực tuyến. "
        "Năm 2023, tỉnh Phú Thọ có 1.800 doanh nghiệp thành lập mới. "
        "Năm 2023, tỉnh Yên Bái tiếp nhận 1,5 triệu hồ sơ trực tuyến.\n"),
}


@pytest.fixture
def outlets(tmp_path: Path) -> Path:
    folder = tmp_path / "bao"
    folder.mkdir()
    for name, text in OUTLETS.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def _facts(rows, indicator_part: str, location: str = "Phú Thọ"):
    return [r for r in rows if indicator_part in r["indicator"] and r["location"] == location]


def test_one_release_in_three_outlets_is_one_row(outlets: Path) -> None:
    run_ = api.merge_inputs([outlets], jobs=1)
    rows = run_.merged.rows()
    [row] = _facts(rows, "hồ sơ trực tuyến")
    assert row["n_sources"] == 3
    # the headline and the body of the provincial paper are both mentions of the one fact
    assert row["n_mentions"] == 4
    assert sorted(m["text"] for m in row["mentions"]) == [
        "1,5 triệu hồ sơ", "1,5 triệu hồ sơ", "1,51 triệu hồ sơ", "1.512.345 hồ sơ"]
    assert row["conflict"] is False and row["conflict_values"] == []
    assert row["value"] == 1512345  # the most precise mention
    assert (row["period_start"], row["period_end"], row["unit"], row["kind"]) == (
        "2023-01-01", "2023-12-31", "hồ sơ", "count")
    for m in row["mentions"]:  # each mention points back into its article
        text = (outlets / Path(m["source"]).name).read_text(encoding="utf-8")
        assert text[m["start"]:m["end"]] == m["text"]


def test_a_true_conflict_is_flagged_with_its_values(outlets: Path) -> None:
    rows = api.merge_inputs([outlets], jobs=1).merged.rows()
    [row] = _facts(rows, "doanh nghiệp thành lập mới")
    assert row["conflict"] is True
    assert row["n_sources"] == 2
    assert row["conflict_values"] == ["value 1250", "value 1800"]


def test_another_place_and_another_baseline_are_other_facts(outlets: Path) -> None:
    rows = api.merge_inputs([outlets], jobs=1).merged.rows()
    [yen_bai] = _facts(rows, "hồ sơ trực tuyến", "Yên Bái")
    assert yen_bai["n_sources"] == 1 and yen_bai["value"] == 1_500_000
    cpi = sorted(_facts(rows, "cpi"), key=lambda r: r["value"])
    assert [(r["indicator"], r["value"], r["conflict"]) for r in cpi] == [
        ("cpi (so với tháng trước)", 0.52, False), ("cpi (so với cùng kỳ)", 3.1, False)]


def test_every_figure_lands_in_exactly_one_row(outlets: Path) -> None:
    run_ = api.merge_inputs([outlets], jobs=1)
    mentions = [(m["source"], m["start"]) for r in run_.merged.rows() for m in r["mentions"]]
    assert len(mentions) == len(set(mentions)) == run_.records
    assert sum(r["n_mentions"] for r in run_.merged.rows()) == run_.records


# -- records of our own: the rules one at a time -------------------------------------------------

def rec(source: str, text: str, value: float, *, subject: str, unit: str = "hồ sơ", kind: str = "count",
        approx: str = "exact", location: str | None = "Phú Thọ", period: tuple[str, str] | None = ("2023-01-01",
                                                                                                   "2023-12-31"),
        start: int = 0, sentence: str | None = None, **extra):
    record = {"source": source, "text": text, "start": start, "end": start + len(text), "value": value,
              "kind": kind, "unit": unit, "approx": approx, "subject": subject, "location": location,
              "sentence": sentence if sentence is not None else f"{subject} {text}.",
              "period": {"text": "năm 2023", "start": period[0], "end": period[1]} if period else None}
    record.update(extra)
    return record


def rows_of(*records, **kw):
    return M.merge(list(records), **kw).rows()


def test_written_precision_decides_agreement() -> None:
    agree = rows_of(rec("a", "hơn 1,5 triệu hồ sơ", 1_500_000, approx="over", subject="hồ sơ trực tuyến"),
                    rec("b", "1.512.345 hồ sơ", 1_512_345, subject="hồ sơ trực tuyến"))
    assert len(agree) == 1 and not agree[0]["conflict"]
    clash = rows_of(rec("a", "1,5 triệu hồ sơ", 1_500_000, subject="hồ sơ trực tuyến"),
                    rec("b", "1,8 triệu hồ sơ", 1_800_000, subject="hồ sơ trực tuyến"))
    assert len(clash) == 1 and clash[0]["conflict"]
    # 1,5 triệu stands for 1 450 000 … 1 550 000: 1.549.000 agrees, 1.551.000 does not
    inside = rows_of(rec("a", "1,5 triệu hồ sơ", 1_500_000, subject="hồ sơ trực tuyến"),
                     rec("b", "1.549.000 hồ sơ", 1_549_000, subject="hồ sơ trực tuyến"))
    outside = rows_of(rec("a", "1,5 triệu hồ sơ", 1_500_000, subject="hồ sơ trực tuyến"),
                      rec("b", "1.551.000 hồ sơ", 1_551_000, subject="hồ sơ trực tuyến"))
    assert not inside[0]["conflict"] and outside[0]["conflict"]
    # a thousands-grouped integer is exact
    exact = rows_of(rec("a", "1.512.345 hồ sơ", 1_512_345, subject="hồ sơ trực tuyến"),
                    rec("b", "1.512.346 hồ sơ", 1_512_346, subject="hồ sơ trực tuyến"))
    assert exact[0]["conflict"] and exact[0]["conflict_values"] == ["value 1512345", "value 1512346"]
    # hơn 1,5 triệu is above 1,5 triệu and below 1,6 triệu
    above = rows_of(rec("a", "hơn 1,5 triệu hồ sơ", 1_500_000, approx="over", subject="hồ sơ trực tuyến"),
                    rec("b", "1,45 triệu hồ sơ", 1_450_000, subject="hồ sơ trực tuyến"))
    assert above[0]["conflict"]


def test_a_change_that_disagrees_flags_the_row() -> None:
    up = {"direction": "increase", "unit": "%", "approx": "exact"}
    rows = rows_of(
        rec("a", "2.150 tỷ đồng", 2.15e12, subject="thu ngân sách", unit="đồng", kind="money",
            change={**up, "value": 2.3, "baseline": "tháng trước"}),
        rec("b", "2.150 tỷ đồng", 2.15e12, subject="tổng thu ngân sách nhà nước", unit="đồng", kind="money",
            change={**up, "value": 14.05, "baseline": None}))
    assert len(rows) == 1
    assert rows[0]["conflict"] is True
    assert rows[0]["conflict_values"] == ["change +14.05 %", "change +2.3 %"]
    same = rows_of(
        rec("a", "2.150 tỷ đồng", 2.15e12, subject="thu ngân sách", unit="đồng", kind="money",
            change={**up, "value": 2.3, "baseline": "cùng kỳ"}),
        rec("b", "2.150 tỷ đồng", 2.15e12, subject="thu ngân sách", unit="đồng", kind="money",
            change={**up, "value": 2.31, "baseline": "cùng kỳ năm trước"}))
    assert same[0]["conflict"] is False  # 2,3% is 2,25 … 2,35


def test_two_near_identical_indicators_stay_apart() -> None:
    # the same value by chance: still export and import
    rows = rows_of(rec("a", "2,5 tỷ USD", 2.5e9, subject="kim ngạch xuất khẩu", unit="USD", kind="money"),
                   rec("b", "2,5 tỷ USD", 2.5e9, subject="kim ngạch nhập khẩu", unit="USD", kind="money"))
    assert sorted(r["indicator"] for r in rows) == ["nhập khẩu", "xuất khẩu"]
    # a part of a whole (toàn trình) is another fact, not a conflicting report of the whole
    rows = rows_of(rec("a", "68,5%", 68.5, subject="tỷ lệ hồ sơ trực tuyến", unit="%", kind="percent"),
                   rec("b", "45,2%", 45.2, subject="tỷ lệ hồ sơ trực tuyến toàn trình", unit="%", kind="percent"))
    assert len(rows) == 2 and not any(r["conflict"] for r in rows)


def test_other_period_unit_kind_or_target_are_other_facts() -> None:
    base = dict(subject="doanh nghiệp thành lập mới", unit="doanh nghiệp")
    rows = rows_of(rec("a", "1.250 doanh nghiệp", 1250, **base),
                   rec("b", "1.250 doanh nghiệp", 1250, period=("2022-01-01", "2022-12-31"), **base),
                   rec("c", "1.250 doanh nghiệp", 1250, location="Yên Bái", **base),
                   rec("d", "1.250 hợp tác xã", 1250, subject="doanh nghiệp thành lập mới", unit="hợp tác xã"),
                   rec("e", "1.500 doanh nghiệp", 1500, status="target", **base))
    assert len(rows) == 5
    assert all(r["n_sources"] == 1 and not r["conflict"] for r in rows)


def test_synonyms_and_spelling_join_one_fact() -> None:
    rows = rows_of(rec("a", "0,52%", 0.52, subject="Chỉ số giá tiêu dùng (CPI)", unit="%", kind="percent"),
                   rec("b", "0,5%", 0.5, subject="CPI của tỉnh", unit="%", kind="percent"),
                   rec("c", "68,5%", 68.5, subject="Tỉ lệ hồ sơ trực tuyến", unit="%", kind="percent"),
                   rec("d", "68,5%", 68.5, subject="tỷ lệ hồ sơ trực tuyến", unit="%", kind="percent"))
    assert sorted((r["indicator"], r["n_sources"], r["conflict"]) for r in rows) == [
        ("cpi", 2, False), ("tỷ lệ hồ sơ trực tuyến", 2, False)]


def test_fuzzy_join_needs_agreeing_values_and_is_explained() -> None:
    a = rec("a", "1.512.345 hồ sơ", 1_512_345, subject="hồ sơ trực tuyến")
    b = rec("b", "1,51 triệu hồ sơ", 1_510_000, subject="hồ sơ được tiếp nhận trực tuyến qua cổng")
    merged = M.merge([a, b], explain=True)
    [row] = merged.rows()
    assert row["n_sources"] == 2
    assert "fuzzy token-set ratio" in row["explain"] and "values agree" in row["explain"]
    assert "location Phú Thọ" in row["explain"] and "unit hồ sơ" in row["explain"]
    c = rec("b", "2,1 triệu hồ sơ", 2_100_000, subject="hồ sơ được tiếp nhận trực tuyến qua cổng")
    assert len(rows_of(a, c)) == 2  # near wording, other value: not the same fact


def test_explain_names_the_synonym_rule() -> None:
    merged = M.merge([rec("a", "7,2%", 7.2, subject="Tổng sản phẩm trên địa bàn (GRDP)", unit="%", kind="percent"),
                      rec("b", "7,2%", 7.2, subject="GRDP", unit="%", kind="percent")], explain=True)
    [row] = merged.rows()
    assert "synonym [grdp] 'tổng sản phẩm trên địa bàn' -> 'grdp'" in row["explain"]


def test_one_article_with_two_values_is_two_facts() -> None:
    rows = rows_of(rec("a", "1.200 hồ sơ", 1200, subject="hồ sơ tiếp nhận trực tuyến", start=10),
                   rec("a", "1.150 hồ sơ", 1150, subject="hồ sơ trực tuyến tiếp nhận qua cổng", start=90))
    assert len(rows) == 2 and not any(r["conflict"] for r in rows)


def test_single_and_subjectless_figures_are_kept() -> None:
    rows = rows_of(rec("a", "12 xã", 12, subject="xã", unit="xã"),
                   rec("b", "5 xã", 5, subject="", unit="xã"),
                   rec("c", "7 xã", 7, subject=None, unit="xã"))
    assert sorted(r["value"] for r in rows) == [5, 7, 12]
    assert all(r["n_mentions"] == 1 for r in rows)


def test_indicator_key_is_robust_to_how_the_subject_was_cut() -> None:
    key = M.indicator_key
    assert key("hồ sơ trực tuyến", unit="hồ sơ") == key("trực tuyến", unit="hồ sơ") == "trực tuyến"
    assert key("Kim ngạch xuất khẩu 6 tháng đầu năm 2024 của tỉnh Bắc Ninh", location="Bắc Ninh",
               period="6 tháng đầu năm 2024") == "xuất khẩu"
    assert key("Thanh Hoá", location=None) == key("thanh hóa")  # old and new tone placement
    assert key("kế hoạch vốn") == "kế hoạch vốn"  # 'oạ' inside a word is not a tone to move
    assert key("58,89%") == ""
    assert key("Tỷ lệ hộ nghèo") == "tỷ lệ hộ nghèo" != key("Ty le ho ngheo")  # diacritics kept


def test_pivot_by_period() -> None:
    merged = M.merge([rec("a", "1.000 hồ sơ", 1000, subject="hồ sơ trực tuyến"),
                      rec("b", "1.100 hồ sơ", 1100, subject="hồ sơ trực tuyến", period=("2024-01-01", "2024-12-31"))])
    table = M.pivot(merged)
    assert table.height == 1
    assert table.row(0, named=True)["2023-01-01..2023-12-31"] == 1000
    assert table.row(0, named=True)["2024-01-01..2024-12-31"] == 1100


def test_rule_examples_are_checked(tmp_path: Path) -> None:
    (tmp_path / "indicators.toml").write_text(
        '[bad]\nkind = "synonym"\ncanonical = "cpi"\nvariants = ["chỉ số giá"]\n'
        'examples = [{ text = "chỉ số giá vàng", same = "giá vàng" }]\n', encoding="utf-8")
    summary = api.check_patterns([tmp_path])
    assert any("indicators.toml" in p and "[bad]" in p for p in summary.problems)


# -- the command -----------------------------------------------------------------------------------

def test_cli_on_a_folder_writes_jsonl(outlets: Path, tmp_path: Path) -> None:
    out = tmp_path / "du-lieu.jsonl"
    result = run("merge", str(outlets), "-o", str(out), "-j", "1")
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert set(M.FACT_COLUMNS) <= set(rows[0])
    assert {"source", "start", "end", "text", "value"} == set(rows[0]["mentions"][0])
    assert "1 in conflict" in result.stderr
    [row] = _facts(rows, "hồ sơ trực tuyến")
    assert row["n_sources"] == 3


@pytest.fixture
def batch_jsonl(outlets: Path, tmp_path: Path) -> Path:
    out = tmp_path / "so-lieu.jsonl"
    result = run("batch", str(outlets), "-o", str(out), "-j", "1", "-q")
    assert result.exit_code == 0, result.output
    return out


def test_cli_on_batch_jsonl_equals_the_folder(outlets: Path, batch_jsonl: Path, tmp_path: Path) -> None:
    a, b = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    assert run("merge", str(batch_jsonl), "-o", str(a), "-q").exit_code == 0
    assert run("merge", str(outlets), "-o", str(b), "-q", "-j", "1").exit_code == 0
    assert a.read_text(encoding="utf-8") == b.read_text(encoding="utf-8")


def test_cli_csv_flattens_mentions(batch_jsonl: Path, tmp_path: Path) -> None:
    out = tmp_path / "du-lieu.csv"
    assert run("merge", str(batch_jsonl), "-o", str(out), "-q").exit_code == 0
    with open(out, encoding="utf-8", newline="") as fp:
        rows = list(csv.DictReader(fp))
    assert "mentions" not in rows[0] and "sources" in rows[0]
    [row] = [r for r in rows if r["indicator"] == "doanh nghiệp thành lập mới"]
    assert row["conflict"] == "true" and row["conflict_values"] == "value 1250; value 1800"
    assert row["sources"].count("«") == 2 and "«1.800 doanh nghiệp»" in row["sources"]


def test_cli_xlsx_has_facts_and_mentions(batch_jsonl: Path, tmp_path: Path) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    out = tmp_path / "du-lieu.xlsx"
    assert run("merge", str(batch_jsonl), "-o", str(out), "-q").exit_code == 0
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == ["facts", "mentions"]
    facts = list(book["facts"].iter_rows(values_only=True))
    mentions = list(book["mentions"].iter_rows(values_only=True))
    assert facts[0][:3] == ("indicator", "location", "period_start") and "sources" in facts[0]
    assert mentions[0] == M.MENTION_COLUMNS
    n_mentions = facts[0].index("n_mentions")
    assert sum(r[n_mentions] for r in facts[1:]) == len(mentions) - 1


def test_cli_parquet_reads_back(batch_jsonl: Path, tmp_path: Path) -> None:
    out = tmp_path / "du-lieu.parquet"
    assert run("merge", str(batch_jsonl), "-o", str(out), "-q").exit_code == 0
    table = pl.read_parquet(out)
    assert tuple(table.columns) == M.FACT_COLUMNS
    row = table.filter(pl.col("indicator") == "hồ sơ trực tuyến", pl.col("location") == "Phú Thọ").row(0, named=True)
    assert row["n_sources"] == 3 and len(row["mentions"]) == 4


def test_cli_pivot_csv(batch_jsonl: Path, tmp_path: Path) -> None:
    out = tmp_path / "chuoi.csv"
    assert run("merge", str(batch_jsonl), "--pivot", "period", "-o", str(out), "-q").exit_code == 0
    with open(out, encoding="utf-8", newline="") as fp:
        rows = list(csv.DictReader(fp))
    assert "2023-01-01..2023-12-31" in rows[0]
    [row] = [r for r in rows if r["indicator"] == "hồ sơ trực tuyến" and r["location"] == "Phú Thọ"]
    assert float(row["2023-01-01..2023-12-31"]) == 1512345


def test_cli_bad_jsonl_is_one_line(tmp_path: Path) -> None:
    bad = tmp_path / "hong.jsonl"
    bad.write_text('{"source": "a", "text": "5 xã", "value": 5}\nnot json\n', encoding="utf-8")
    assert_one_line_error(run("merge", str(bad)), "hong.jsonl", "line 2")


def test_cli_a_bad_article_does_not_lose_the_others(outlets: Path, tmp_path: Path) -> None:
    (outlets / "hong.pdf").write_bytes(b"this is no pdf")
    out = tmp_path / "du-lieu.jsonl"
    result = run("merge", str(outlets), "-o", str(out), "-j", "1")
    assert result.exit_code == 1
    assert "hong.pdf" in result.stderr
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert _facts(rows, "hồ sơ trực tuyến")[0]["n_sources"] == 3


def test_cli_refuses_xlsx_to_stdout(batch_jsonl: Path) -> None:
    result = run("merge", str(batch_jsonl), "-f", "xlsx")
    assert result.exit_code == 2


def test_cli_reads_flat_parquet_records_as_jsonl(batch_jsonl: Path, tmp_path: Path) -> None:
    # the flat columns of `batch -o x.parquet` and of dtextract.dask's Parquet partitions
    flat = tmp_path / "so-lieu.parquet"
    M.read_records(batch_jsonl).write_parquet(flat)
    a, b = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    assert run("merge", str(flat), "-o", str(a), "-q").exit_code == 0
    assert run("merge", str(batch_jsonl), "-o", str(b), "-q").exit_code == 0
    assert a.read_text(encoding="utf-8") == b.read_text(encoding="utf-8")


def test_several_jsonl_files_merge_as_one(outlets: Path, tmp_path: Path) -> None:
    # as dtextract.dask leaves them: one figures-*.jsonl per partition
    for name in OUTLETS:
        out = tmp_path / f"figures-{name}.jsonl"
        assert run("batch", str(outlets / name), "-o", str(out), "-q").exit_code == 0
    parts = sorted(str(p) for p in tmp_path.glob("figures-*.jsonl"))
    rows = api.merge_inputs(parts).merged.rows()
    assert _facts(rows, "hồ sơ trực tuyến")[0]["n_sources"] == 3


def test_a_mention_without_place_or_year_joins_the_one_fact_it_can_mean() -> None:
    rows = rows_of(rec("a", "1.512.345 hồ sơ", 1_512_345, subject="hồ sơ trực tuyến"),
                   rec("b", "1,51 triệu hồ sơ", 1_510_000, subject="hồ sơ trực tuyến", location=None),
                   rec("c", "hơn 1,5 triệu hồ sơ", 1_500_000, approx="over", subject="hồ sơ trực tuyến", period=None))
    [row] = rows
    assert (row["n_sources"], row["location"], row["period_start"]) == (3, "Phú Thọ", "2023-01-01")
    # two places it could mean: it stays apart
    rows = rows_of(rec("a", "1.512.345 hồ sơ", 1_512_345, subject="hồ sơ trực tuyến"),
                   rec("b", "1.512.345 hồ sơ", 1_512_345, subject="hồ sơ trực tuyến", location="Yên Bái"),
                   rec("c", "1,51 triệu hồ sơ", 1_510_000, subject="hồ sơ trực tuyến", location=None))
    assert sorted(r["n_sources"] for r in rows) == [1, 1, 1]
    # a value that disagrees is not filled in
    rows = rows_of(rec("a", "1.512.345 hồ sơ", 1_512_345, subject="hồ sơ trực tuyến"),
                   rec("b", "1,8 triệu hồ sơ", 1_800_000, subject="hồ sơ trực tuyến", location=None))
    assert len(rows) == 2


def test_precise_agreeing_values_join_looser_wordings() -> None:
    # 1.512.345 is not shared by chance: outlets wording the subject differently still make one fact
    merged = M.merge([rec("a", "1.512.345 hồ sơ", 1_512_345, subject="hồ sơ nộp trực tuyến qua cổng"),
                      rec("b", "1.512.345 hồ sơ", 1_512_345, subject="hồ sơ nộp qua mạng internet")], explain=True)
    [row] = merged.rows()
    assert "digits written" in row["explain"]
    # 1,5 triệu may be: two round values and loose wordings stay apart
    rows = rows_of(rec("a", "1,5 triệu hồ sơ", 1_500_000, subject="hồ sơ nộp trực tuyến qua cổng"),
                   rec("b", "1,5 triệu hồ sơ", 1_500_000, subject="hồ sơ nộp qua mạng internet"))
    assert len(rows) == 2
    # and wordings with nothing in common stay apart however precise the value
    rows = rows_of(rec("a", "1.512.345 hồ sơ", 1_512_345, subject="hồ sơ trực tuyến tỉnh tiếp nhận"),
                   rec("b", "1.512.345 hồ sơ", 1_512_345, subject="hồ sơ nộp qua mạng"))
    assert len(rows) == 2


def test_one_article_stating_two_values_under_one_key_states_two_facts() -> None:
    rows = rows_of(rec("a", "44 giải", 44, subject="giải nhì", unit="giải", start=10),
                   rec("a", "31 giải", 31, subject="giải nhì", unit="giải", start=80),
                   rec("b", "31 giải", 31, subject="giải nhì", unit="giải"))
    assert sorted((r["value"], r["n_sources"], r["conflict"]) for r in rows) == [(31, 2, False), (44, 1, False)]


def test_a_key_of_general_words_only_is_no_key() -> None:
    assert M.indicator_key("tỷ lệ") == M.indicator_key("Tốc độ tăng trưởng") == ""
    rows = rows_of(rec("a", "97,9%", 97.9, subject="tỷ lệ", unit="%", kind="percent"),
                   rec("b", "80,7%", 80.7, subject="tỷ lệ", unit="%", kind="percent"))
    assert len(rows) == 2 and not any(r["conflict"] for r in rows)


def test_figures_without_a_period_join_within_a_month_of_publication() -> None:
    same = dict(subject="CPI", unit="%", kind="percent", period=None)
    rows = rows_of(rec("a", "0,55%", 0.55, published="2024-06-29", **same),
                   rec("b", "0,5%", 0.5, published="2024-06-30", **same),
                   rec("c", "0,5%", 0.5, published="2024-09-29", **same),
                   rec("d", "0,5%", 0.5, **same), rec("e", "0,5%", 0.5, **same))
    assert sorted(r["n_sources"] for r in rows) == [1, 1, 1, 2]


def test_a_rate_without_baseline_joins_the_one_baseline_its_value_fits() -> None:
    cpi = dict(subject="CPI", unit="%", kind="percent", period=("2024-08-01", "2024-08-31"), location="Việt Nam")
    rows = rows_of(
        rec("a", "0,29%", 0.29, sentence="CPI tháng 8/2024 tăng 0,29% so với tháng trước.", **cpi),
        rec("a", "3,45%", 3.45, sentence="CPI tháng 8/2024 tăng 0,29% so với tháng trước, tăng 3,45% so với cùng "
                                       "kỳ năm trước.", start=60, **cpi),
        # the baseline written before the figure
        rec("b", "3,45%", 3.45, sentence="So với cùng kỳ năm trước, CPI tháng 8 tăng 3,45%.", **cpi),
        # no baseline: 0,3% fits the month-on-month rate only
        rec("c", "0,3%", 0.3, sentence="CPI tháng 8 tăng 0,3%.", **cpi),
        # a change that is the figure itself is no attribute to disagree with
        rec("d", "0,29%", 0.29, sentence="CPI tháng 8 tăng 0,29% so với tháng trước.",
            change={"direction": "increase", "value": 0.29, "unit": "%", "approx": "exact", "baseline": "tháng trước"},
            **cpi))
    got = sorted((r["indicator"], r["n_sources"], r["conflict"]) for r in rows)
    assert got == [("cpi (so với cùng kỳ)", 2, False), ("cpi (so với tháng trước)", 3, False)]

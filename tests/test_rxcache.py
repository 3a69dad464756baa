"""The compiled-pattern cache: patterns come back from the file and match as compiled ones do, and a file
that is damaged, foreign or unsafe is passed over, never trusted and never an error."""
from __future__ import annotations

import os
import pickle
import stat
import subprocess
import sys

import pytest
import regex

from dtextract import rxcache

NUMBER = r"(?<![\d.,])\d{1,3}(?:\.\d{3})+(?:,\d+)?(?![\d,])"
TEXT = "Tỉnh đã tiếp nhận 108.077 hồ sơ/158.110 hồ sơ, đạt 68,36%."


def _filled(path, *patterns):
    store = rxcache.Store(path)
    compiled = [store.compile(p, regex.IGNORECASE) for p in patterns]
    assert store.save()
    return compiled


def test_a_pattern_comes_back_from_the_file_and_matches_the_same(tmp_path):
    path = tmp_path / "rx.pickle"
    [fresh] = _filled(path, NUMBER)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    store = rxcache.Store(path)
    cached = store.compile(NUMBER, regex.IGNORECASE)
    assert store.added == 0          # found in the file, not compiled again
    assert cached is not fresh
    assert [m.span() for m in cached.finditer(TEXT)] == [m.span() for m in fresh.finditer(TEXT)] == [(18, 25), (32, 39)]
    assert store.save() is False     # nothing new: the file is not rewritten


def test_flags_are_part_of_the_key(tmp_path):
    path = tmp_path / "rx.pickle"
    _filled(path, "hồ sơ")
    store = rxcache.Store(path)
    case_sensitive = store.compile("hồ sơ", 0)
    assert store.added == 1
    assert case_sensitive.search("HỒ SƠ") is None
    assert store.compile("hồ sơ", regex.IGNORECASE).search("HỒ SƠ")


def test_new_patterns_are_added_to_those_in_the_file(tmp_path):
    path = tmp_path / "rx.pickle"
    _filled(path, NUMBER)
    _filled(path, r"\d+%")
    assert set(rxcache.read(path)) == {(NUMBER, int(regex.IGNORECASE)), (r"\d+%", int(regex.IGNORECASE))}


@pytest.mark.parametrize("damage", ["garbage", "truncated", "not a dict", "wrong key", "foreign object"])
def test_a_damaged_or_foreign_file_is_passed_over(tmp_path, damage):
    path = tmp_path / "rx.pickle"
    _filled(path, NUMBER)
    good = path.read_bytes()
    payload = {
        "garbage": b"\x00\x01 not a pickle",
        "truncated": good[: len(good) // 2],
        "not a dict": pickle.dumps([regex.compile(NUMBER)]),
        "wrong key": pickle.dumps({("another pattern", 0): regex.compile(NUMBER)}),
        # unpickling this would run a command; the loader must refuse to build it
        "foreign object": b"cos\nsystem\n(S'touch " + str(tmp_path / "ran").encode() + b"'\ntR.",
    }[damage]
    path.write_bytes(payload)
    os.chmod(path, 0o600)
    assert rxcache.read(path) == {}
    assert not (tmp_path / "ran").exists()
    store = rxcache.Store(path)
    assert store.compile(NUMBER, regex.IGNORECASE).search(TEXT).group() == "108.077"
    assert store.added == 1


def test_a_file_others_can_write_is_not_read(tmp_path):
    path = tmp_path / "rx.pickle"
    _filled(path, NUMBER)
    os.chmod(path, 0o666)
    assert rxcache.read(path) == {}
    os.chmod(path, 0o644)
    assert len(rxcache.read(path)) == 1


def test_a_cache_that_cannot_be_written_is_no_error(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("a file where the cache folder should be")
    store = rxcache.Store(blocker / "sub" / "rx.pickle")
    assert store.compile(NUMBER).search(TEXT)
    assert store.save() is False


def test_an_empty_cache_dir_turns_the_cache_off(tmp_path, monkeypatch):
    monkeypatch.setenv("DTEXTRACT_CACHE_DIR", "")
    assert rxcache.cache_path() is None
    monkeypatch.setenv("DTEXTRACT_CACHE_DIR", str(tmp_path))
    assert rxcache.cache_path().parent == tmp_path
    assert rxcache.cache_path().name.startswith(f"regex-{regex.__version__}-py")


def test_a_run_writes_the_cache_and_the_next_run_reads_it(tmp_path):
    """Two processes: the first compiles and writes at exit, the second compiles nothing and finds the
    same figures."""
    article = tmp_path / "a.txt"
    article.write_text("Phú Thọ, năm 2023 tiếp nhận 108.077 hồ sơ, đạt 68,36%, tăng 10,01% so với năm 2022.\n",
                       encoding="utf-8")
    probe = (
        "import sys, regex._main as m\n"
        "n = [0]\n"
        "orig = m._compile\n"
        "def counting(*a, **k):\n"
        "    n[0] += 1\n"
        "    return orig(*a, **k)\n"
        "m._compile = counting\n"
        "from dtextract import api\n"
        "doc = api.parse_file(sys.argv[1])\n"
        "print(n[0], [f.value for f in doc.figures])\n"
    )
    env = {**os.environ, "DTEXTRACT_CACHE_DIR": str(tmp_path / "cache")}
    runs = [subprocess.run([sys.executable, "-c", probe, str(article)], env=env, capture_output=True, text=True,
                           check=True).stdout.split(" ", 1) for _ in range(2)]
    (first_compiled, first_values), (second_compiled, second_values) = runs
    assert int(first_compiled) > 50
    assert int(second_compiled) == 0
    assert first_values == second_values
    assert "108077" in first_values

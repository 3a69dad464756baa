"""Every example of every entry in patterns/ holds (one parametrised test for all files)."""
import pytest

from dtextract import patterns as P
from dtextract import rulecheck

PS = P.load()
CASES = list(PS.examples())


def _id(case):
    stem, name, example, positive = case
    text = example["text"] if isinstance(example, dict) else example
    return f"{stem}:{name}:{'+' if positive else '-'}:{text[:30]}"


@pytest.mark.parametrize("case", CASES, ids=[_id(c) for c in CASES])
def test_example(case):
    stem, name, example, positive = case
    rulecheck.check(PS, stem, name, example, positive)


def test_every_file_has_a_checker():
    assert set(PS.stems) <= set(rulecheck.CHECKERS), set(PS.stems) - set(rulecheck.CHECKERS)


def test_there_are_many_examples():
    # every entry has at least one example (the loader refuses one without)
    assert len(CASES) >= 100


#: The probes of patterns._PROBES as families of any length n (at n = 1000 they are those probes).
PROBE_FAMILIES = (lambda n: "a" * n + "!", lambda n: "1" * n + "x", lambda n: " " * n + "x",
                  lambda n: "1." * (n // 2) + "x", lambda n: "tăng " * (n // 5) + "x", lambda n: "1,1 " * (n // 4) + "x")


def test_probe_families_are_the_load_time_probes():
    assert tuple(f(1000) for f in PROBE_FAMILIES) == P._PROBES


def test_builtin_rules_do_not_backtrack_catastrophically():
    """Every built-in regex, on every probe family, does at most about quadratic work: the work from
    n = 100 to n = 1000 grows less than 10^2.5 (quadratic is 100x, cubic 1000x; an exponential
    rule never finishes the n = 100 probe, which a 10 s guard turns into a failure). A search that
    tries every start is quadratic, which the run-time limits cover. Work is compared as a ratio of
    CPU time, so a busy machine does not fail it (no seconds are asserted)."""
    import pathlib

    import dtextract
    from growth import growth, order

    ps = P.PatternSet([P.builtin_dir()])
    ps.validate(builtin=True)   # every entry's regexes, those compiled only when a text needs them too
    for path in sorted(pathlib.Path(__file__).parents[1].joinpath("samples").glob("*.txt")):
        dtextract.extract(path.read_text(encoding="utf-8"), patterns=ps)
    for _stem, _name, example, _positive in ps.examples():
        dtextract.extract(example["text"] if isinstance(example, dict) else example, patterns=ps)
    assert len(ps._compiled) >= 40  # every rule file's regexes were compiled above
    worst = []
    for (stem, name, _pattern, _flags), rx in ps._compiled.items():
        for family in PROBE_FAMILIES:
            small, large = family(100), family(1000)
            ratio = growth(lambda: rx.search(small, timeout=10), lambda: rx.search(large, timeout=10))
            worst.append((order(ratio), f"{stem}:{name} on {large[:8]!r}…"))
    worst.sort(reverse=True)
    assert worst[0][0] < 2.5, worst[:5]


def test_builtin_rules_are_within_the_size_a_users_rule_may_have():
    """A user's regex is refused beyond patterns.MAX_REGEX_SIZE; the built-in ones, not measured at every
    start, are held to the same bound here."""
    ps = P.PatternSet([P.builtin_dir()])
    ps.validate(builtin=True)
    sizes = {f"{stem}:{name}": P.regex_size(pattern) for (stem, name, pattern, _flags) in ps._compiled}
    assert len(sizes) >= 40 and max(sizes.values()) <= P.MAX_REGEX_SIZE, max(sizes.items(), key=lambda kv: kv[1])


def test_a_user_rule_that_backtracks_is_refused(tmp_path):
    (tmp_path / "nonfigures.toml").write_text(
        "[runaway]\npattern = '(a+)+$'\nexamples = ['aaa']\n", encoding="utf-8")
    ps = P.load([tmp_path])
    import dtextract
    with pytest.raises(dtextract.PatternError, match=r"runaway.*backtracks"):
        dtextract.extract("Có 12 xã.", patterns=ps)


def test_a_user_rule_runs_with_a_time_limit_on_every_call(tmp_path, monkeypatch):
    """A user's regex that slips past the probes still cannot hang a snippet match: each call is timed."""
    (tmp_path / "qualifiers.toml").write_text(
        "[slow]\npattern = 'khoảng'\napprox = 'about'\nexamples = ['khoảng 5 xã']\n", encoding="utf-8")
    ps = P.load([tmp_path])
    rx = ps.regex("qualifiers", "slow", r"(?:q|qq)+$")   # exponential on 'qqq…!', which no probe tries
    assert isinstance(rx, P.GuardedPattern)
    monkeypatch.setattr(rx, "_timeout", 0.05)
    with pytest.raises(TimeoutError):
        rx.search("q" * 40 + "!")
    assert rx.search("aqq").group() == "qq"           # and otherwise it is the pattern it wraps
    assert rx.pattern == r"(?:q|qq)+$"


def test_a_builtin_rule_is_the_bare_compiled_regex():
    import regex
    ps = P.load()
    assert isinstance(ps.regex("qualifiers", "about", "khoảng"), regex.Pattern)


def test_parsed_pattern_files_are_cached_and_read_again_when_edited(tmp_path, monkeypatch):
    """The parse of a folder's pattern files is kept as JSON in the cache folder: a second load reads it (and
    gives the same entries); an edited file is read again; no cache, or one that cannot be written or read,
    changes nothing."""
    import os
    import shutil
    cache = tmp_path / "cache"
    monkeypatch.setenv("DTEXTRACT_CACHE_DIR", str(cache))
    folder = tmp_path / "rules"
    folder.mkdir()
    (folder / "qualifiers.toml").write_text(
        "[khoang_chung]\nposition = 'before'\napprox = 'about'\npattern = 'khoảng chừng'\n"
        "examples = ['khoảng chừng 12 hộ']\n", encoding="utf-8")
    first = P.PatternSet([P.builtin_dir(), folder])
    saved = sorted(cache.glob("patterns-*.json"))
    assert len(saved) == 2          # one per folder
    again = P.PatternSet([P.builtin_dir(), folder])
    assert {s: {n: e.data for n, e in first.raw(s).items()} for s in first.stems} == \
        {s: {n: e.data for n, e in again.raw(s).items()} for s in again.stems}
    # an edit (another size) is read, not the cache
    (folder / "qualifiers.toml").write_text(
        "[khoang_chung]\nposition = 'before'\napprox = 'about'\npattern = 'khoảng chừng độ'\n"
        "examples = ['khoảng chừng độ 12 hộ']\n", encoding="utf-8")
    assert P.PatternSet([P.builtin_dir(), folder]).raw("qualifiers")["khoang_chung"].data["pattern"] == \
        "khoảng chừng độ"
    # a cache file that is not JSON is passed over
    for f in cache.glob("patterns-*.json"):
        f.write_text("{not json", encoding="utf-8")
    assert P.PatternSet([P.builtin_dir(), folder]).raw("qualifiers")["khoang_chung"].data["pattern"] == \
        "khoảng chừng độ"
    # no cache: nothing is written
    shutil.rmtree(cache)
    monkeypatch.setenv("DTEXTRACT_CACHE_DIR", "")
    assert P.cache_dir() is None
    P.PatternSet([P.builtin_dir()])
    assert not cache.exists()
    # a cache folder that cannot be made (a file is in the way) changes nothing
    blocked = tmp_path / "blocked"
    blocked.write_text("", encoding="utf-8")
    monkeypatch.setenv("DTEXTRACT_CACHE_DIR", str(blocked / "sub"))
    assert "khoang_chung" in P.PatternSet([P.builtin_dir(), folder]).raw("qualifiers")
    assert os.path.isfile(blocked)

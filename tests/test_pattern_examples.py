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


def test_builtin_rules_do_not_backtrack_catastrophically():
    # built-in rules are not probed at every start (that costs half a second); they are probed here
    import pathlib

    import dtextract

    ps = P.PatternSet([P.builtin_dir()])
    for path in sorted(pathlib.Path(__file__).parents[1].joinpath("samples").glob("*.txt")):
        dtextract.extract(path.read_text(encoding="utf-8"), patterns=ps)
    for _stem, _name, example, _positive in ps.examples():
        dtextract.extract(example["text"] if isinstance(example, dict) else example, patterns=ps)
    assert len(ps._compiled) >= 40  # every rule file's regexes were compiled above
    ps.probe_all()


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

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

"""Checking every pattern entry against its own examples.

Each file in ``patterns/`` has a checker: ``check(patterns, stem, name,
example, positive)`` raises AssertionError when an entry's example is not
honoured. ``dtextract patterns check`` and the test suite both run them all,
so a rule and the sentences it was written from never drift apart.

Positive examples are either a string or a table ``{text = …, field = …}``
whose fields the figure found in ``text`` must have (``change_value``,
``target_met`` … name nested fields); ``{text = …, value = N, absent = true}``
says that no figure of value N is found. Negative examples are strings.
"""
from __future__ import annotations

import importlib
from typing import Any

from .patterns import PatternSet

_ATTRIBUTE_FIELD = {"total": "total", "percent": "percent", "change": "change", "target": "target", "whole": "total",
                    "growth": "change"}


def _flat(fig) -> dict[str, Any]:
    d = fig.model_dump(mode="json")  # (period dates as ISO text, as examples write them)
    for nested in ("change", "target", "period"):
        sub = d.pop(nested) or {}
        for k, v in sub.items():
            d[f"{nested}_{k}"] = v
    return d


def _same(a, b) -> bool:
    if isinstance(b, (int, float)) and not isinstance(b, bool) and isinstance(a, (int, float)):
        return abs(float(a) - float(b)) <= 1e-9 * max(1.0, abs(float(b)))
    if isinstance(a, str) and isinstance(b, str):
        return a.lower() == b.lower()
    return a == b


def _figures(text: str, patterns: PatternSet):
    from .pipeline import extract
    return extract(text, published="2024-01-01", patterns=patterns).figures


def _want_fields(stem: str, name: str, example, patterns: PatternSet) -> None:
    text = example["text"]
    want = {k: v for k, v in example.items() if k != "text"}
    figs = [_flat(f) for f in _figures(text, patterns)]
    for f in figs:
        if all(k in f and _same(f[k], v) for k, v in want.items()):
            return
    raise AssertionError(f"{stem}.toml [{name}]: no figure in {text!r} has {want}; found "
                         f"{[{k: f.get(k) for k in want} for f in figs]}")


def _entry(patterns: PatternSet, stem: str, name: str) -> dict[str, Any]:
    return patterns.raw(stem)[name].data


def check_figure_rules(patterns: PatternSet, stem: str, name: str, example, positive: bool) -> None:
    """Checker for units, qualifiers, cues and nonfigures: run the whole extractor on the example."""
    if isinstance(example, dict) and example.get("absent"):
        # `{text = …, value = N, absent = true}`: no figure of value N in the text (others may be)
        figs = _figures(example["text"], patterns)
        assert not any(_same(f.value, example["value"]) for f in figs), \
            f"{stem}.toml [{name}]: {example['text']!r} must hold no figure of value {example['value']}"
        return
    if isinstance(example, dict):
        _want_fields(stem, name, example, patterns)
        return
    figs = _figures(example, patterns)
    data = _entry(patterns, stem, name)
    if stem == "nonfigures":
        if positive:
            assert not figs, f"nonfigures.toml [{name}]: {example!r} must hold no figure, found " \
                             f"{[f.text for f in figs]}"
        else:
            assert figs, f"nonfigures.toml [{name}]: {example!r} must still hold a figure"
        return
    if positive:
        assert figs, f"{stem}.toml [{name}]: no figure found in {example!r}"
        return
    # negative: nothing in the example carries what this entry sets
    for f in figs:
        if stem == "qualifiers":
            assert f.approx != data.get("approx"), f"qualifiers.toml [{name}]: {example!r} gave {f.text!r} approx {f.approx}"
        elif "status" in data:
            assert f.status != data["status"], f"cues.toml [{name}]: {example!r} gave {f.text!r} status {f.status}"
        elif "attribute" in data and data["attribute"] in _ATTRIBUTE_FIELD:
            got = getattr(f, _ATTRIBUTE_FIELD[data["attribute"]])
            assert got is None, f"cues.toml [{name}]: {example!r} gave {f.text!r} {data['attribute']} {got}"
        elif "kind" in data:
            assert f.kind != data["kind"], f"{stem}.toml [{name}]: {example!r} gave {f.text!r} kind {f.kind}"


#: stem -> "module:function" of its checker
CHECKERS = {
    "numbers": "dtextract.numerals:check_example",
    "periods": "dtextract.periods:check_example",
    "places": "dtextract.places:check_example",
    "districts": "dtextract.places:check_district_example",
    "locality": "dtextract.context:check_example",
    "indicators": "dtextract.merge:check_example",
    "units": None, "qualifiers": None, "cues": None, "nonfigures": None, "subjects": None,
    "tables": "dtextract.tables:check_example",
}


def check(patterns: PatternSet, stem: str, name: str, example, positive: bool) -> None:
    """Check one example of entry ``name`` in ``patterns/<stem>.toml``."""
    if stem not in CHECKERS:
        raise AssertionError(f"{stem}.toml has no checker: add one to dtextract.rulecheck.CHECKERS")
    target = CHECKERS[stem]
    if target is None:
        check_figure_rules(patterns, stem, name, example, positive)
        return
    module, func = target.split(":")
    getattr(importlib.import_module(module), func)(patterns, name, example, positive)


def check_all(patterns: PatternSet) -> list[str]:
    """Every failing example of every entry, as messages (empty when all hold)."""
    problems = []
    for stem, name, example, positive in patterns.examples():
        try:
            check(patterns, stem, name, example, positive)
        except AssertionError as exc:
            problems.append(str(exc))
    return problems

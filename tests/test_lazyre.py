"""Patterns compiled on first use (dtextract.lazyre) behave as compiled ones."""
from __future__ import annotations

import pickle

import regex

from dtextract import lazyre


def test_a_lazy_pattern_compiles_on_first_use_and_then_matches_as_regex_does() -> None:
    rx = lazyre.compile(r"(?P<n>\d+)\s*(?:ha|tấn)", regex.IGNORECASE)
    assert rx.pattern == r"(?P<n>\d+)\s*(?:ha|tấn)" and rx._compiled is None   # the source, without compiling
    m = rx.search("gieo cấy 120 HA lúa")
    assert m is not None and m.group("n") == "120" and rx._compiled is not None
    assert rx.groupindex == {"n": 1} and rx.flags & regex.IGNORECASE
    assert [m.group() for m in rx.finditer("3 tấn, 4 ha")] == ["3 tấn", "4 ha"]
    assert rx.sub("#", "5 ha") == "#" and rx.fullmatch("7 tấn") and rx.match("x 7 tấn") is None


def test_a_lazy_pattern_pickles_and_gives_its_compiled_form() -> None:
    rx = lazyre.compile(r"\d+", regex.REVERSE)
    back = pickle.loads(pickle.dumps(rx))
    assert back.search("a 12 b 34").group() == "34"
    assert isinstance(lazyre.real(rx), regex.Pattern) and lazyre.real(regex.compile("a")) is not None
    assert lazyre.real("a") is None
    # a pattern built from another's source, as the modules do at import
    assert lazyre.compile(rx).pattern == r"\d+"


def test_the_core_modules_compile_little_at_import() -> None:
    from dtextract import context, figures, subjects
    lazy = [v for m in (context, figures, subjects) for v in vars(m).values() if isinstance(v, lazyre.LazyPattern)]
    assert len(lazy) > 100

"""A module-level constant bound twice in one module: the later binding silently replaces the earlier for every caller,
so the earlier one (its pattern, its comment) is dead and misleads whoever reads it."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parent.parent / "src" / "dtextract"


@pytest.mark.parametrize("module", sorted(SRC.glob("*.py")), ids=lambda p: p.name)
def test_no_module_constant_is_bound_twice(module: Path) -> None:
    seen: dict[str, int] = {}
    twice = []
    for node in ast.parse(module.read_text(encoding="utf-8")).body:
        targets = node.targets if isinstance(node, ast.Assign) else \
            [node.target] if isinstance(node, ast.AnnAssign) else []
        for t in targets:
            if isinstance(t, ast.Name) and t.id.lstrip("_").isupper():
                if t.id in seen:
                    twice.append(f"{t.id} (lines {seen[t.id]} and {node.lineno})")
                seen.setdefault(t.id, node.lineno)
    assert not twice, f"{module.name} binds twice: {', '.join(twice)}"

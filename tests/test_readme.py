"""The README's commands are the ones CI runs (issue 13: a newcomer's fresh clone must pass as written)."""
from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _readme_test_command() -> str:
    lines = (ROOT / "README.md").read_text(encoding="utf-8").splitlines()
    i = next(i for i, line in enumerate(lines) if line.startswith("Run the tests"))
    return next(line.strip() for line in lines[i + 1:] if line.startswith("    "))


def test_ci_runs_the_readme_test_command_verbatim():
    command = _readme_test_command()
    assert command.startswith("python3 -m venv .venv && ") and command.endswith("-m pytest")
    ci = [line for line in (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
          if line.strip() and not line.startswith("#")]
    assert ci[-1] == command  # the last thing CI does, so its exit status is pytest's
    assert not any("pip " in line or "pip\t" in line for line in ci[:-1])  # no pip upgrade or other install before it

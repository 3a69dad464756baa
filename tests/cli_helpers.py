"""What the CLI tests share: running `dtextract` in-process, and the shape of a refusal."""
from __future__ import annotations

from typer.testing import CliRunner

from dtextract.cli import app

runner = CliRunner()


def run(*args: str, input: str | bytes | None = None, **kwargs):  # noqa: A002, ANN201, ANN003 - mirrors CliRunner.invoke
    return runner.invoke(app, list(args), input=input, **kwargs)


def assert_one_line_error(result, *needles: str) -> str:  # noqa: ANN001 - a click Result
    """Exit code 1, nothing on stdout, one line on stderr holding every needle, no traceback; the line."""
    assert result.exit_code == 1, result.output
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("dtextract: ")
    for needle in needles:
        assert needle in lines[0], lines[0]
    assert "Traceback" not in result.output
    return lines[0]

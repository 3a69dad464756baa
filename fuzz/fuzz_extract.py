"""Fuzz target for dtextract: the reader and ``extract()`` on arbitrary input.

With atheris (coverage-guided, libFuzzer underneath)::

    .venv/bin/pip install atheris
    .venv/bin/python fuzz/fuzz_extract.py -max_total_time=600 -timeout=20 -max_len=4096 -rss_limit_mb=2048 fuzz/corpus

Without atheris, the same checks on hypothesis-generated text for a time budget::

    .venv/bin/python fuzz/fuzz_extract.py --hypothesis --seconds 600

Each input is checked for what must hold for any input (see fuzz/README.md):
``reader.decode`` returns text or raises ``InputError`` and nothing else;
``extract`` returns; every record validates and ``text[start:end]`` is its
text; the JSON, JSON Lines and CSV writers give the records back.
"""
from __future__ import annotations

import csv
import io
import json
import os
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent

#: What every input is extracted with.
PUBLISHED = "2023-07-15"

#: Failures already known and pinned by strict xfails in tests/test_hostile.py: (exception type name, words of its
#: message). Skipped so that a run goes on to find new ones; ``--strict`` (or ``DTEXTRACT_FUZZ_STRICT=1``) stops on them.
KNOWN_FAILURES = [
]
STRICT = "--strict" in sys.argv or bool(os.environ.get("DTEXTRACT_FUZZ_STRICT"))


def check_text(text: str) -> None:
    """The invariants of ``extract`` on ``text``; raises AssertionError (or the error itself) when one breaks."""
    from dtextract import output
    from dtextract.models import Document, Figure
    from dtextract.output import CSV_COLUMNS
    from dtextract.pipeline import extract
    from dtextract.reader import normalize

    try:
        doc = extract(text, published=PUBLISHED)
    except Exception as exc:
        if not STRICT and any(type(exc).__name__ == name and words in str(exc) for name, words in KNOWN_FAILURES):
            return
        raise
    nfc = normalize(text)
    for f in doc.figures:
        Figure.model_validate(f.model_dump())
        assert nfc[f.start:f.end] == f.text, (f.start, f.end, f.text)
    buf = io.StringIO()
    output.write_json(doc, buf)
    assert Document.model_validate_json(buf.getvalue()) == doc
    buf = io.StringIO()
    output.write_jsonl(doc, buf)
    lines = buf.getvalue().split("\n")  # LF ends a record; U+0085 or U+2028 inside a string do not
    assert lines.pop() == ""
    assert len(lines) == len(doc.figures)
    for line, figure in zip(lines, doc.figures, strict=True):
        record = json.loads(line)
        del record["source"], record["published"]
        assert Figure.model_validate(record) == figure
    buf = io.StringIO(newline="")
    output.write_csv(doc, buf)
    rows = list(csv.reader(io.StringIO(buf.getvalue(), newline="")))
    assert rows[0] == list(CSV_COLUMNS) and len(rows) == len(doc.figures) + 1


def check_bytes(data: bytes) -> None:
    """The reader on raw bytes: text or InputError, then the invariants of ``extract`` on that text."""
    from dtextract.errors import InputError
    from dtextract.reader import decode

    try:
        decoded = decode(data, "fuzz-input")
    except InputError as exc:
        assert "fuzz-input" in str(exc) and "\n" not in str(exc)
        return
    check_text(decoded.text)


def one_input(data: bytes) -> None:
    """The first byte chooses: even → the bytes through the reader; odd → the rest as UTF-8 text (errors replaced)."""
    if not data:
        return
    if data[0] % 2 == 0:
        check_bytes(data[1:])
    else:
        check_text(data[1:].decode("utf-8", errors="replace"))


def seed_corpus(folder: Path) -> None:
    """Start an empty corpus with the sentences of the sample articles, as text and through the reader."""
    folder.mkdir(parents=True, exist_ok=True)
    if any(folder.iterdir()):
        return
    n = 0
    for sample in sorted((ROOT / "samples").glob("*.txt")):
        for line in sample.read_text(encoding="utf-8").splitlines():
            if any(ch.isdigit() for ch in line) and len(line) < 2000:
                data = line.encode("utf-8")
                (folder / f"seed-{n:04d}").write_bytes(bytes([n % 2]) + data)
                n += 1


def run_atheris(argv: list[str]) -> None:
    import atheris

    with atheris.instrument_imports(include=["dtextract"]):
        import dtextract.output  # noqa: F401 - instrumented for coverage
        import dtextract.pipeline  # noqa: F401
        import dtextract.reader  # noqa: F401

    from dtextract.pipeline import extract

    quiet()
    extract("Năm 2023 có 5 xã.", published=PUBLISHED)  # load rules and underthesea before timing starts
    for arg in argv[1:]:
        if not arg.startswith("-") and not Path(arg).is_file():  # a corpus folder, not an input to replay
            seed_corpus(Path(arg))
    atheris.Setup(argv, one_input)
    atheris.Fuzz()


def run_hypothesis(seconds: float) -> None:
    """Hypothesis with the long profile's strategies until ``seconds`` have passed; prints how many inputs ran."""
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    sys.path.insert(0, str(ROOT / "tests"))
    from test_properties import ANY_TEXT  # the strategies of the property tests

    quiet()
    count = 0

    @settings(max_examples=2000, deadline=None, database=None,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
    @given(st.one_of(ANY_TEXT.map(lambda t: ("text", t)), st.binary(max_size=2000).map(lambda b: ("bytes", b))))
    def once(case: tuple[str, object]) -> None:
        nonlocal count
        count += 1
        kind, value = case
        if kind == "text":
            check_text(value)  # type: ignore[arg-type]
        else:
            check_bytes(value)  # type: ignore[arg-type]

    start = time.monotonic()
    while time.monotonic() - start < seconds:
        once()
    print(f"hypothesis: {count} inputs in {time.monotonic() - start:.0f} s, no failure")


def quiet() -> None:
    """Narration about guessed or repaired encodings is no failure: keep it off the fuzzer's output."""
    import warnings

    from dtextract.reader import EncodingGuessWarning

    warnings.simplefilter("ignore", EncodingGuessWarning)


def main() -> None:
    argv = [a for a in sys.argv if a != "--strict"]
    if "--hypothesis" in argv:
        seconds = float(argv[argv.index("--seconds") + 1]) if "--seconds" in argv else 600.0
        run_hypothesis(seconds)
        return
    try:
        import atheris  # noqa: F401
    except ImportError:
        sys.exit("atheris is not installed (pip install atheris); or run with --hypothesis --seconds N")
    run_atheris(argv)


if __name__ == "__main__":
    main()

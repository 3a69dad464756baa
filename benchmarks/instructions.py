#!/usr/bin/env python3
"""Instructions the extractor executes (valgrind's cachegrind), for comparing two trees on a shared machine.

    .venv/bin/python benchmarks/instructions.py                   # the 35 articles and a figure-dense line
    .venv/bin/python benchmarks/instructions.py --src ../old/src  # another tree's source, same interpreter

Wall and CPU time on a machine shared with other jobs vary by a third from run to run; the count of
instructions does not (about ±1% here). Each measure runs twice, with more and with fewer passes, and
prints the difference per pass, so that start-up (imports, pattern loading) drops out:

* ``articles``: one pass of ``api.parse_file`` + the JSONL writer over the 35 development articles
  (``benchmarks/profile_articles.py``), M instructions per pass;
* ``dense``: 3 000 percentages on one line (``benchmarks/dense.py``), M instructions.

Needs ``valgrind`` on the PATH (Debian: ``apt install valgrind``); a run takes a few minutes.
"""
from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _instructions(args: list[str], src: str | None) -> int:
    # (string hashing varies by run otherwise, and with it some paths; and without the parsed-pattern cache, both runs
    # of a measure parse the pattern files alike: with it, the first run after a pattern file changed parses them and
    # writes the cache while the second reads it, and the difference per pass is off by half a parse, ~190 M)
    env = dict(os.environ, PYTHONHASHSEED="0", DTEXTRACT_CACHE_DIR="")
    if src:
        env["PYTHONPATH"] = src
    done = subprocess.run(["valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null",
                           sys.executable, *args], capture_output=True, text=True, env=env, check=False)
    m = re.search(r"I\s+refs:\s+([\d,]+)", done.stderr)
    if done.returncode or m is None:
        sys.exit(f"instructions: {' '.join(args)} failed:\n{done.stderr[-2000:]}")
    return int(m.group(1).replace(",", ""))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--src", help="a src/ folder to import dtextract from (default: the installed one)")
    ap.add_argument("--only", choices=("articles", "dense"))
    args = ap.parse_args()
    if shutil.which("valgrind") is None:
        print("instructions: valgrind is not installed (apt install valgrind)", file=sys.stderr)
        return 2
    if args.only in (None, "articles"):
        prof = str(HERE / "profile_articles.py")
        more = _instructions([prof, "--no-profile", "--passes", "3"], args.src)
        fewer = _instructions([prof, "--no-profile", "--passes", "1"], args.src)
        print(f"articles: {(more - fewer) / 2e6:.0f} M instructions per pass of the 35 development articles")
    if args.only in (None, "dense"):
        dense = str(HERE / "dense.py")
        more = _instructions([dense, "--_child", "3000", "bare"], args.src)
        fewer = _instructions([dense, "--_child", "10", "bare"], args.src)
        print(f"dense: {(more - fewer) / 1e6:.0f} M instructions for 3 000 percentages on one line")
    return 0


if __name__ == "__main__":
    sys.exit(main())

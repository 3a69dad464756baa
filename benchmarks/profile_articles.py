#!/usr/bin/env python3
"""Profile the extractor on the 35 development articles, steady state.

    .venv/bin/python benchmarks/profile_articles.py            # 5 passes, top 30 by tottime
    .venv/bin/python benchmarks/profile_articles.py --no-profile --passes 10   # MB per CPU-second only

Reads every ``../shared/articles/*.txt`` and ``../shared/seeds/*.txt``, runs one
warm-up pass (so underthesea's one-time load and the pattern loading are not
counted), then ``--passes`` passes of ``api.parse_file`` + the JSONL writer to
/dev/null, under cProfile unless ``--no-profile``. Prints MB per CPU-second
(with cProfile on, the figure is lower than without).
"""
from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--passes", type=int, default=5)
    ap.add_argument("--top", type=int, default=30)
    ap.add_argument("--sort", default="tottime")
    ap.add_argument("--no-profile", action="store_true")
    args = ap.parse_args()
    from dtextract import api, output

    paths = sorted(SHARED.glob("articles/*.txt")) + sorted(SHARED.glob("seeds/*.txt"))
    patterns = api.load_patterns()
    with open(os.devnull, "w", encoding="utf-8") as sink:
        def one_pass() -> int:
            n = 0
            for path in paths:
                doc = api.parse_file(str(path), patterns=patterns)
                output.write(doc, "jsonl", sink)
                n += path.stat().st_size
            return n

        one_pass()
        prof = None if args.no_profile else cProfile.Profile()
        c0, t0 = time.process_time(), time.perf_counter()
        if prof:
            prof.enable()
        nbytes = sum(one_pass() for _ in range(args.passes))
        if prof:
            prof.disable()
        cpu, wall = time.process_time() - c0, time.perf_counter() - t0
    mb = nbytes / 1e6
    print(f"{len(paths)} articles x {args.passes}: {mb:.2f} MB in {cpu:.2f} CPU-s ({wall:.2f} s wall): "
          f"{mb / cpu:.3f} MB per CPU-second{' (under cProfile)' if prof else ''}")
    if prof:
        pstats.Stats(prof, stream=sys.stdout).sort_stats(args.sort).print_stats(args.top)
    return 0


if __name__ == "__main__":
    sys.exit(main())

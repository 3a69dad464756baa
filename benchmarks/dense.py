#!/usr/bin/env python3
"""Figure-dense text: N percentages on one line (issue 11), CPU seconds of the library.

    .venv/bin/python benchmarks/dense.py                 # N = 20 000 and 100 000
    .venv/bin/python benchmarks/dense.py 5000            # other sizes

Each N runs in a fresh process: ``api.parse_text`` of one line
``Tỷ lệ ... là 12,3%, 4,5%, ...`` (N percentages, about 3 bytes of text each), then
the JSONL writer to /dev/null. Prints bytes, figures, wall and CPU seconds, and
the goal of issue 11 (100 000 percentages on one 300 KB line in <= 10 s).
"""
from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import time


def line(n: int) -> str:
    rnd = random.Random(n)
    return "Tỷ lệ các xã đạt chuẩn lần lượt là " + ", ".join(
        f"{rnd.randint(0, 99)},{rnd.randint(0, 9)}%" for _ in range(n)) + ".\n"


def child(n: int) -> None:
    from dtextract import api, output

    text = line(n)
    patterns = api.load_patterns()
    c0, t0 = time.process_time(), time.perf_counter()
    doc = api.parse_text(text, patterns=patterns)
    with open(os.devnull, "w", encoding="utf-8") as sink:
        output.write(doc, "jsonl", sink)
    print(json.dumps({"n": n, "bytes": len(text.encode()), "figures": len(doc.figures),
                      "cpu_s": time.process_time() - c0, "wall_s": time.perf_counter() - t0}))


def main(argv: list[str]) -> int:
    if argv[:1] == ["--_child"]:
        child(int(argv[1]))
        return 0
    for n in [int(a) for a in argv] or [20_000, 100_000]:
        done = subprocess.run([sys.executable, __file__, "--_child", str(n)], capture_output=True, text=True)
        if done.returncode:
            print(done.stderr, file=sys.stderr)
            return 1
        r = json.loads(done.stdout.splitlines()[-1])
        goal = "  (goal <= 10 s)" if n == 100_000 else ""
        print(f"{r['n']:>7} percentages, {r['bytes'] / 1000:.0f} KB on one line: {r['figures']} figures, "
              f"{r['cpu_s']:.2f} CPU-s, {r['wall_s']:.2f} s wall{goal}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

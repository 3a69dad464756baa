#!/usr/bin/env python3
"""Score the tool on the development gold and the probe sets in one process, set by set (the "battery").

    .venv/bin/python benchmarks/battery.py --out /tmp/bat/NAME dev 43 44 …     # or: dev $(seq 43 1290)
    .venv/bin/python benchmarks/battery.py --src ../old/src --out /tmp/bat/OLD dev $(seq 43 1290)

Each set is scored by ``../shared/tools/score.py --errors`` with the tool run in-process (``api.parse_file`` and the JSON
writer, as ``dtextract parse --format json`` does), two sets at a time. ``OUT_<set>.err`` gets the scorer's output;
stdout gets one line ``<set> <complete>`` per set and a ``MEAN`` line. Two runs' ``.err`` files compare error by error
(``diff``, leaving out the ``seconds`` line), so a rule's effect on 1 000 sets can be read line by line.
"""
from __future__ import annotations

import argparse
import contextlib
import importlib.util
import io
import json
import sys
from multiprocessing import Pool
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SHARED = ROOT.parent / "shared"


def _setup(src: str) -> None:
    global _score, _dtx, _output
    sys.path.insert(0, src)
    spec = importlib.util.spec_from_file_location("score", SHARED / "tools" / "score.py")
    _score = importlib.util.module_from_spec(spec)
    sys.modules["score"] = _score
    spec.loader.exec_module(_score)
    import dtextract
    from dtextract import output
    _dtx, _output = dtextract, output

    def run_tool(template, article, timeout):
        buf = io.StringIO()
        _output.write_json(_dtx.parse_file(str(article)), buf)
        data = json.loads(buf.getvalue())
        data = data[0] if isinstance(data, list) else data
        return data.get("figures"), data

    _score.run_tool = run_tool


def _one(job: tuple[str, str]) -> tuple[str, float]:
    out, name = job
    gold = SHARED / "gold" if name == "dev" else HERE / "probe-sets" / name / "gold"
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf), contextlib.redirect_stderr(io.StringIO()):
        _score.main(["--gold", str(gold), "--errors"])
    text = buf.getvalue()
    Path(f"{out}_{name}.err").write_text(text, encoding="utf-8")
    line = next((ln for ln in text.splitlines() if ln.startswith("complete")), None)
    return name, float(line.split()[1]) if line else 0.0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("sets", nargs="+", help="'dev' or probe set numbers")
    ap.add_argument("--out", required=True, help="prefix of the .err files (its folder must exist)")
    ap.add_argument("--src", default=str(ROOT / "src"), help="the tree's src folder to score")
    ap.add_argument("--jobs", type=int, default=2)
    args = ap.parse_args()
    with Pool(args.jobs, initializer=_setup, initargs=(args.src,)) as pool:
        results = pool.map(_one, [(args.out, s) for s in args.sets], chunksize=4)
    for name, complete in results:
        print(name, f"{complete:.4f}")
    print("MEAN", f"{sum(c for _, c in results) / len(results):.4f}", len(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())

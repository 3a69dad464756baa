"""Unscored look: how the tool handles gold periods marked inherited, and optional figures."""
import json, subprocess, sys, tomllib, re
from pathlib import Path
sys.path.insert(0, "/work/shared/tools")
from score import load_gold, match, period_ok
docs, _ = load_gold(Path("/work/probe/258/gold"))
right = wrong = none = opt = optn = 0
for name, d in docs.items():
    out = subprocess.run(["/work/dtx/bin/dtextract", "parse", str(d["article"]), "--format", "json"], capture_output=True)
    preds = json.loads(out.stdout)["figures"]
    match(d["gold"], preds)
    for g in d["gold"]:
        if g.optional:
            optn += 1; opt += g.matched is not None; continue
        gp = g.fig.get("period")
        if not gp or not gp.get("inherited") or g.matched is None:
            continue
        pp = g.matched.get("period")
        if not pp or (not pp.get("start") and not pp.get("end")):
            none += 1
        elif period_ok(gp, pp):
            right += 1
        else:
            wrong += 1; print(name, g.fig["anchor"][:30].replace("\n","/"), gp["text"], "->", pp.get("text"), pp.get("start"), pp.get("end"))
print(f"inherited: right {right} wrong {wrong} none {none}; optional reported {opt}/{optn}")

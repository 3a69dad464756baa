"""Unscored check: how the tool's period compares with gold periods marked inherited."""
import json, subprocess, sys, tomllib, re
from pathlib import Path
sys.path.insert(0, "/work/shared/tools")
import score
docs, _ = score.load_gold(Path("gold"))
right = wrong = none = 0
for name, d in docs.items():
    out = subprocess.run(["/work/dtx/bin/dtextract", "parse", str(d["article"]), "--format", "json"], capture_output=True)
    preds = json.loads(out.stdout)["figures"]
    score.match(d["gold"], preds)
    for g in d["gold"]:
        gp = g.fig.get("period")
        if g.optional or not g.matched or not gp or not gp.get("inherited"):
            continue
        pp = g.matched.get("period")
        if not pp or not (pp.get("start") or pp.get("end")):
            none += 1
        elif score.period_ok(gp, pp):
            right += 1
        else:
            wrong += 1
            print(name, g.fig["anchor"][:30].replace("\n", "/"), gp["text"], "->", pp.get("text"), pp.get("start"), pp.get("end"))
print(f"inherited: right {right}, wrong {wrong}, none {none}")

"""Unscored observation: how the tool does on gold periods marked inherited."""
import json, subprocess, sys
sys.path.insert(0, "/work/shared/tools")
import score
from pathlib import Path
docs, _ = score.load_gold(Path("/work/probe/244/gold"))
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
        if not pp or (not pp.get("start") and not pp.get("end")):
            none += 1; tag = "NONE "
        elif score.period_ok(gp, pp):
            right += 1; tag = "RIGHT"
        else:
            wrong += 1; tag = "WRONG"
        if tag != "RIGHT":
            print(name, tag, repr(g.fig["anchor"][:30]), gp.get("text"), "->", (pp or {}).get("text"), (pp or {}).get("start"), (pp or {}).get("end"))
print("inherited matched: right", right, "wrong", wrong, "none", none)

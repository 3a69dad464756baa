"""Unscored check: how the tool's period compares on gold figures whose period is inherited."""
import json, sys
sys.path.insert(0, "/work/shared/tools")
from pathlib import Path
import score
docs, _ = score.load_gold(Path(__file__).resolve().parent.parent / "gold")
right = wrong = none = 0
for name, d in docs.items():
    preds = json.loads((Path(__file__).resolve().parent.parent / "out" / name.replace(".toml", ".json")).read_text())["figures"]
    score.match(d["gold"], preds)
    for g in d["gold"]:
        gp = g.fig.get("period") or {}
        if g.optional or not gp.get("inherited") or g.matched is None:
            continue
        pp = g.matched.get("period")
        if not pp or (not pp.get("start") and not pp.get("end")):
            none += 1; tag = "NONE"
        elif str(pp.get("start") or "") == str(gp.get("start") or "") and str(pp.get("end") or "") == str(gp.get("end") or ""):
            right += 1; tag = "ok"
        else:
            wrong += 1; tag = "WRONG"
        if tag != "ok":
            print(name, tag, g.fig["anchor"][:40].replace("\n", "/"), "gold", gp.get("start"), gp.get("end"), "tool", pp and (pp.get("text"), pp.get("start"), pp.get("end")))
print("inherited: right", right, "wrong", wrong, "none", none)

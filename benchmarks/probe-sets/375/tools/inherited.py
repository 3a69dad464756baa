"""Unscored observation: how the tool handles the gold periods marked inherited."""
import json, re, subprocess, sys, tomllib, unicodedata
from pathlib import Path
sys.path.insert(0, "/work/shared/tools")
from score import load_gold, match
docs, _ = load_gold(Path(__file__).resolve().parent.parent / "gold")
right = wrong = none = 0
for name, d in docs.items():
    out = subprocess.run(["/work/dtx/bin/dtextract", "parse", str(d["article"]), "--format", "json"], capture_output=True)
    preds = json.loads(out.stdout)["figures"]
    match(d["gold"], preds)
    for g in d["gold"]:
        gp = g.fig.get("period") or {}
        if g.optional or not gp.get("inherited") or g.matched is None:
            continue
        pp = g.matched.get("period") or {}
        if not pp or (not pp.get("start") and not pp.get("end")):
            none += 1; print(name, "NONE ", g.fig["anchor"][:30].replace("\n", "/"))
        elif str(pp.get("start") or "") == str(gp.get("start") or "") and str(pp.get("end") or "") == gp["end"]:
            right += 1
        else:
            wrong += 1; print(name, "WRONG", g.fig["anchor"][:30].replace("\n", "/"), pp.get("text"), pp.get("start"), pp.get("end"))
print(f"inherited: right {right}, wrong {wrong}, none {none}")

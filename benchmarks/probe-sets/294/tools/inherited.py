"""Unscored look: optional figures found, and the tool's period on figures whose gold period is inherited."""
import json, subprocess, sys, re
sys.path.insert(0, "/work/shared/tools")
from score import load_gold, match
from pathlib import Path
docs, _ = load_gold(Path("gold"))
tot = {"right": 0, "wrong": 0, "none": 0}; opt = [0, 0]
for name, d in docs.items():
    out = json.loads(subprocess.run(["/work/dtx/bin/dtextract", "parse", str(d["article"]), "--format", "json"],
                                    capture_output=True).stdout)
    print(name, "published:", out.get("published"))
    match(d["gold"], out["figures"])
    for g in d["gold"]:
        if g.optional:
            opt[0] += 1; opt[1] += g.matched is not None
            continue
        gp = g.fig.get("period")
        if g.matched is None or not gp or not gp.get("inherited"):
            continue
        pp = g.matched.get("period") or {}
        if not pp.get("start") and not pp.get("end"):
            tot["none"] += 1
        elif str(pp.get("start") or "") == str(gp.get("start") or "") and str(pp.get("end") or "") == str(gp.get("end") or ""):
            tot["right"] += 1
        else:
            tot["wrong"] += 1
            print("   wrong inherited:", g.fig["anchor"][:30].replace("\n", "⏎"), gp.get("text"), "->", pp.get("text"), pp.get("start"), pp.get("end"))
print("inherited periods:", tot, " optional found:", opt[1], "of", opt[0])

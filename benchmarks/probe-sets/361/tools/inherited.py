"""Unscored check: the tool's period on figures whose gold period is inherited; optional figures found."""
import json, re, tomllib, sys
from pathlib import Path
R = Path(__file__).resolve().parent.parent
tot = {"right": 0, "wrong": 0, "none": 0}
for g in sorted((R / "gold").glob("*.toml")):
    d = tomllib.loads(g.read_text())
    text = (g.parent / d["doc"]).read_text()
    preds = json.loads((R / "out" / (g.stem + ".json")).read_text())["figures"]
    for f in d["figures"]:
        a = text.find(f["anchor"]); m = re.search(r"(?<![\w.,])" + re.escape(f["number"]) + r"(?!\w|[.,]\d)", f["anchor"])
        s = a + m.start(); e = s + len(f["number"])
        hit = [p for p in preds if p["start"] < e and s < p["end"] and abs(p["value"] - f["value"]) <= 1e-6 * max(1, abs(f["value"]))]
        if f.get("optional"):
            print(g.stem, "OPTIONAL", f["anchor"], "found" if hit else "not found")
            continue
        per = f.get("period")
        if not per or not per.get("inherited") or not hit:
            continue
        pp = hit[0].get("period") or {}
        if not pp.get("start") and not pp.get("end"):
            k = "none"
        elif (pp.get("start") or None) == per.get("start") and (pp.get("end") or None) == per.get("end"):
            k = "right"
        else:
            k = "wrong"
        tot[k] += 1
        if k != "right":
            print(g.stem, "INHERITED", k, f["anchor"], "gold", per.get("start"), per.get("end"), "tool", pp.get("text"), pp.get("start"), pp.get("end"))
print(tot)

"""Unscored check: the tool's period on gold figures whose period is inherited, and on optional figures."""
import json, subprocess, sys, tomllib, unicodedata, re
from pathlib import Path
root = Path(__file__).resolve().parent.parent
stats = {"right": 0, "wrong": 0, "none": 0}
for g in sorted((root / "gold").glob("*.toml")):
    d = tomllib.loads(g.read_text())
    art = (g.parent / d["doc"]).resolve()
    text = unicodedata.normalize("NFC", art.read_text())
    out = json.loads(subprocess.run(["/work/dtx/bin/dtextract", "parse", str(art), "--format", "json"],
                                    capture_output=True).stdout)
    figs = out["figures"]
    for f in d["figures"]:
        at = text.find(f["anchor"])
        m = re.search(r"(?<![\w.,])" + re.escape(f["number"]) + r"(?!\w|[.,]\d)", f["anchor"])
        s = at + m.start(); e = s + len(f["number"])
        hit = [p for p in figs if p["start"] < e and s < p["end"] and abs(p["value"] - f["value"]) <= 1e-6 * max(1, abs(f["value"]))]
        if f.get("optional"):
            print(g.name, "OPTIONAL", f["anchor"][:30], "reported" if hit else "not reported")
        per = f.get("period")
        if per and per.get("inherited") and hit:
            pp = hit[0].get("period") or {}
            if not pp.get("start") and not pp.get("end"):
                stats["none"] += 1
            elif str(pp.get("start") or "") == str(per.get("start") or "") and str(pp.get("end") or "") == str(per.get("end") or ""):
                stats["right"] += 1
            else:
                stats["wrong"] += 1
                print(g.name, "INHERITED wrong", f["anchor"][:30], per, pp)
print(stats)

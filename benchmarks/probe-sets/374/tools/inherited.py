"""Unscored observation: how the tool handles optional figures and inherited periods."""
import json, re, subprocess, sys, tomllib, unicodedata
from pathlib import Path
root = Path(__file__).resolve().parent.parent
opt_found = opt_n = 0; inh = {"right": 0, "wrong": 0, "none": 0}; wrong = []
for g in sorted((root / "gold").glob("*.toml")):
    d = tomllib.loads(g.read_text())
    art = (g.parent / d["doc"]).resolve(); text = unicodedata.normalize("NFC", art.read_text())
    out = json.loads(subprocess.run(["/work/dtx/bin/dtextract", "parse", str(art), "--format", "json"], capture_output=True).stdout)
    preds = out["figures"]
    for f in d["figures"]:
        at = text.find(f["anchor"]); m = re.search(r"(?<![\w.,])" + re.escape(f["number"]) + r"(?!\w|[.,]\d)", f["anchor"])
        s = at + m.start(); e = s + len(f["number"])
        hit = [p for p in preds if p["start"] < e and s < p["end"] and abs(p["value"] - f["value"]) <= 1e-6 * max(1, abs(f["value"]))]
        if f.get("optional"):
            opt_n += 1; opt_found += bool(hit)
        per = f.get("period")
        if per and per.get("inherited") and hit:
            pp = hit[0].get("period") or {}
            if not pp.get("start") and not pp.get("end"):
                inh["none"] += 1
            elif str(pp.get("start") or "") == str(per.get("start") or "") and str(pp.get("end") or "") == str(per.get("end") or ""):
                inh["right"] += 1
            else:
                inh["wrong"] += 1; wrong.append((g.name, f["anchor"][:30], pp.get("text")))
print("optional found", opt_found, "of", opt_n); print("inherited", inh)
for w in wrong: print("  wrong:", w)

"""Unscored observation: how the tool's period compares with inherited gold periods; which optional figures it reported."""
import json, subprocess, sys, tomllib, re, unicodedata
from pathlib import Path
ROOT = Path(__file__).resolve().parent.parent
right = wrong = none = 0
opt = []
for g in sorted((ROOT / "gold").glob("*.toml")):
    d = tomllib.loads(g.read_text())
    art = (g.parent / d["doc"]).resolve()
    text = unicodedata.normalize("NFC", art.read_text())
    out = json.loads(subprocess.run(["/work/dtx/bin/dtextract", "parse", str(art), "--format", "json"], capture_output=True).stdout)
    for f in d["figures"]:
        at = text.find(f["anchor"])
        m = re.search(r"(?<![\w.,])" + re.escape(f["number"]) + r"(?!\w|[.,]\d)", f["anchor"])
        s = at + m.start(); e = s + len(f["number"])
        hit = [p for p in out["figures"] if p["start"] < e and s < p["end"] and abs(p["value"] - f["value"]) <= 1e-6 * max(1, abs(p["value"]))]
        if f.get("optional"):
            opt.append((g.stem, f["anchor"], bool(hit)))
            continue
        per = f.get("period") or {}
        if not per.get("inherited") or not hit:
            continue
        pp = hit[0].get("period") or {}
        if not pp.get("start") and not pp.get("end"):
            none += 1; print("NONE ", g.stem, repr(f["anchor"]))
        elif (pp.get("start") or "") == (per.get("start") or "") and (pp.get("end") or "") == (per.get("end") or ""):
            right += 1
        else:
            wrong += 1; print("WRONG", g.stem, repr(f["anchor"]), pp.get("text"), pp.get("start"), pp.get("end"))
print(f"inherited: right {right}, wrong {wrong}, none {none}")
for o in opt:
    print("optional", o)

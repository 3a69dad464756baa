"""Unscored observation: the tool's period on gold figures whose period is inherited; optional figures found."""
import json, re, subprocess, sys, tomllib, unicodedata
from pathlib import Path
G = Path(__file__).resolve().parent.parent / "gold"
stats = {"right": 0, "wrong": 0, "none": 0}; opt = [0, 0]
for g in sorted(G.glob("*.toml")):
    d = tomllib.loads(g.read_text()); art = (g.parent / d["doc"]).resolve()
    text = unicodedata.normalize("NFC", art.read_text())
    out = json.loads(subprocess.run(["/work/dtx/bin/dtextract", "parse", str(art), "--format", "json"], capture_output=True).stdout)
    for f in d["figures"]:
        at = text.find(f["anchor"]); m = re.search(r"(?<![\w.,])" + re.escape(f["number"]) + r"(?!\w|[.,]\d)", f["anchor"])
        s = at + m.start(); e = s + len(f["number"])
        hit = next((p for p in out["figures"] if p["start"] < e and s < p["end"] and abs(p["value"] - f["value"]) <= 1e-6 * max(1, abs(f["value"]))), None)
        if f.get("optional"):
            opt[0] += 1; opt[1] += hit is not None; continue
        per = f.get("period")
        if per and per.get("inherited") and hit:
            tp = hit.get("period") or {}
            if not tp.get("start") and not tp.get("end"): k = "none"; print("NONE", g.name, f["anchor"][:30].replace("\n", "|"))
            elif (tp.get("start") or None) == per.get("start") and (tp.get("end") or None) == per.get("end"): k = "right"
            else: k = "wrong"; print(g.name, f["anchor"][:40].replace("\n", "|"), per["text"], "->", tp.get("text"), tp.get("start"), tp.get("end"))
            stats[k] += 1
print(stats, "optional found", opt[1], "of", opt[0])

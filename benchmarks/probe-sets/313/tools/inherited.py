"""Unscored check: the tool's period on gold figures whose period is inherited."""
import json, subprocess, sys, tomllib, unicodedata, re
from pathlib import Path
root = Path(__file__).resolve().parent.parent
tot = right = wrong = none = 0
for g in sorted((root/"gold").glob("*.toml")):
    d = tomllib.loads(g.read_text())
    art = (g.parent/d["doc"]).resolve()
    t = unicodedata.normalize("NFC", art.read_text())
    preds = json.loads(subprocess.run(["/work/dtx/bin/dtextract", "parse", str(art), "--format", "json"], capture_output=True).stdout)["figures"]
    for f in d["figures"]:
        p = f.get("period")
        if not p or not p.get("inherited") or f.get("optional"):
            continue
        a = t.find(f["anchor"]); m = re.search(r"(?<![\w.,])" + re.escape(f["number"]) + r"(?!\w|[.,]\d)", f["anchor"])
        s = a + m.start(); e = s + len(f["number"])
        pr = next((x for x in preds if x["start"] < e and s < x["end"]), None)
        if not pr: continue
        tot += 1
        pp = pr.get("period") or {}
        if not pp.get("start") and not pp.get("end"):
            none += 1; tag = "NONE"
        elif str(pp.get("start") or "") == str(p.get("start") or "") and str(pp.get("end") or "") == str(p.get("end") or ""):
            right += 1; tag = "ok"
        else:
            wrong += 1; tag = f"WRONG {pp.get('text')!r} {pp.get('start')}..{pp.get('end')}"
        print(g.name, repr(f["anchor"][:30]), p["text"], "->", tag)
print(f"inherited: {tot} matched, right {right}, wrong {wrong}, none {none}")

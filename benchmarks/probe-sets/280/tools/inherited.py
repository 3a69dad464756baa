"""Unscored check: tool's period on gold figures whose period is inherited."""
import json, re, sys, tomllib, unicodedata
from pathlib import Path
R = Path(__file__).resolve().parent.parent
right = wrong = none = 0
rows = []
for g in sorted((R / "gold").glob("*.toml")):
    d = tomllib.loads(g.read_text())
    text = unicodedata.normalize("NFC", (g.parent / d["doc"]).resolve().read_text())
    preds = json.loads((R / "out" / (g.stem + ".json")).read_text())["figures"]
    for f in d["figures"]:
        p = f.get("period")
        if not p or not p.get("inherited") or f.get("optional"):
            continue
        at = text.find(f["anchor"]); m = re.search(r"(?<![\w.,])" + re.escape(f["number"]) + r"(?!\w|[.,]\d)", f["anchor"])
        s = at + m.start()
        hit = [x for x in preds if x["start"] <= s < x["end"] and abs(x["value"] - f["value"]) <= 1e-6 * max(1, abs(f["value"]))]
        if not hit:
            continue
        tp = hit[0].get("period")
        if not tp:
            none += 1; rows.append((g.stem, f["anchor"], "none"))
        elif str(tp.get("start")) == str(p.get("start")) and str(tp.get("end")) == str(p.get("end")):
            right += 1
        else:
            wrong += 1; rows.append((g.stem, f["anchor"], f"{tp.get('text')} {tp.get('start')}..{tp.get('end')}"))
print(f"inherited: right {right}, wrong {wrong}, none {none}")
for r in rows:
    print(" ", *r)

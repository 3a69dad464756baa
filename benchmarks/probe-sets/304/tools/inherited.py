"""Unscored observation: compare the tool's period with gold periods marked inherited, and list optional figures found."""
import json, subprocess, sys, tomllib, re, unicodedata
from pathlib import Path
root = Path(__file__).resolve().parent.parent
tot = right = wrong = none = 0
for g in sorted((root / "gold").glob("*.toml")):
    data = tomllib.loads(g.read_text())
    art = (g.parent / data["doc"]).resolve()
    text = unicodedata.normalize("NFC", art.read_text())
    out = json.loads(subprocess.run(["/work/dtx/bin/dtextract", "parse", str(art), "--format", "json"], capture_output=True).stdout)
    preds = out["figures"]
    for f in data["figures"]:
        a = text.find(f["anchor"]); m = re.search(r"(?<![\w.,])" + re.escape(f["number"]) + r"(?!\w|[.,]\d)", f["anchor"])
        s = a + m.start(); e = s + len(f["number"])
        hit = [p for p in preds if p["start"] < e and s < p["end"] and abs(p["value"] - f["value"]) <= 1e-6 * max(1, abs(f["value"]))]
        if f.get("optional"):
            print(g.stem, "optional", f["anchor"][:30].replace("\n", "|"), "FOUND" if hit else "not found")
        per = f.get("period") or {}
        if per.get("inherited") and hit:
            tot += 1
            pp = hit[0].get("period") or {}
            if not pp.get("start") and not pp.get("end"):
                none += 1; v = "none"
            elif str(pp.get("start") or "") == str(per.get("start") or "") and str(pp.get("end") or "") == str(per.get("end") or ""):
                right += 1; v = "right"
            else:
                wrong += 1; v = f"WRONG {pp.get('text')!r} {pp.get('start')}..{pp.get('end')}"
            print(g.stem, "inherited", f["anchor"][:30].replace("\n", "|"), v)
print(f"inherited matched {tot}: right {right}, wrong {wrong}, none {none}")

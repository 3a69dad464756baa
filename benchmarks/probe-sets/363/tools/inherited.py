"""Unscored observation: the tool's period on gold figures whose period is inherited, and on optional figures."""
import json, re, subprocess, sys, tomllib, unicodedata
from pathlib import Path
ROOT = Path(__file__).resolve().parent.parent
right = wrong = none = 0
for g in sorted((ROOT / "gold").glob("*.toml")):
    d = tomllib.loads(g.read_text())
    art = (g.parent / d["doc"]).resolve()
    text = unicodedata.normalize("NFC", art.read_text())
    out = json.loads(subprocess.run(["/work/dtx/bin/dtextract", "parse", str(art), "--format", "json"],
                                    capture_output=True).stdout)
    preds = out["figures"]
    for f in d["figures"]:
        at = text.find(f["anchor"])
        m = re.search(r"(?<![\w.,])" + re.escape(f["number"]) + r"(?!\w|[.,]\d)", f["anchor"])
        s = at + m.start(); e = at + m.end()
        hit = [p for p in preds if p["start"] < e and s < p["end"] and abs(p["value"] - f["value"]) <= 1e-6 * max(1, abs(f["value"]))]
        p = hit[0] if hit else None
        if f.get("optional"):
            print(g.stem, "OPTIONAL", f["anchor"][:30], "->", "reported" if p else "not reported")
            continue
        gp = f.get("period") or {}
        if gp.get("inherited"):
            pp = (p or {}).get("period") or {}
            if not pp.get("end") and not pp.get("start"):
                none += 1; v = "none"
            elif pp.get("start") == gp.get("start") and pp.get("end") == gp.get("end"):
                right += 1; v = "right"
            else:
                wrong += 1; v = f"WRONG {pp.get('text')} {pp.get('start')}..{pp.get('end')}"
            if v != "right":
                print(g.stem, "INHERITED", f["anchor"][:30].replace("\n", "/"), "gold", gp["text"], "->", v)
print(f"inherited periods: right {right}, wrong {wrong}, none {none}")

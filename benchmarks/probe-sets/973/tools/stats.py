"""Gold statistics for REPORT.md, plus (with --tool) what the tool did on optional and inherited-period figures."""
import json, subprocess, sys, tomllib, unicodedata, re
from pathlib import Path
SET = Path(__file__).resolve().parents[1]
ATTR = ("value_max", "total", "percent", "change", "target")
tot = {"f": 0, "req": 0, "opt": 0, "inh": 0, "attr": 0, "status": 0, "approx": 0}
for g in sorted((SET / "gold").glob("*.toml")):
    d = tomllib.loads(g.read_text())
    figs = d["figures"]
    text = unicodedata.normalize("NFC", (g.parent / d["doc"]).resolve().read_text())
    row = {"f": len(figs), "req": sum(not f.get("optional") for f in figs), "opt": sum(bool(f.get("optional")) for f in figs),
           "inh": sum(bool(f.get("period", {}).get("inherited")) for f in figs),
           "attr": sum(sum(k in f for k in ATTR) for f in figs),
           "status": sum(f.get("status", "actual") != "actual" for f in figs),
           "approx": sum(f.get("approx", "exact") != "exact" for f in figs)}
    for k in tot: tot[k] += row[k]
    print(g.stem, row, "chars", len(text))
    if "--tool" in sys.argv:
        out = json.loads(subprocess.run(["/work/dtx/bin/dtextract", "parse", str((g.parent / d["doc"]).resolve()), "--format", "json"],
                                        capture_output=True, text=True).stdout)
        preds = out["figures"]
        for f in figs:
            at = text.find(f["anchor"]); m = re.search(r"(?<![\w.,])" + re.escape(f["number"]) + r"(?!\w|[.,]\d)", f["anchor"])
            s = at + m.start(); e = s + len(f["number"])
            hit = [p for p in preds if p["start"] < e and s < p["end"] and abs(p["value"] - f["value"]) <= 1e-6 * max(1, abs(f["value"]))]
            if f.get("optional"):
                print("   OPT", repr(f["anchor"]), "->", "found" if hit else "not found")
            elif f.get("period", {}).get("inherited"):
                gp = f["period"]; pp = hit[0].get("period") if hit else None
                ok = pp and pp.get("start") == gp.get("start") and pp.get("end") == gp.get("end")
                if not ok:
                    print("   INH", repr(f["anchor"]), "gold", gp.get("start"), gp.get("end"), "tool", pp and (pp.get("text"), pp.get("start"), pp.get("end")))
print("TOTAL", tot)

"""Gold statistics per article, and which optional gold figures the saved tool output (tool_out/) found."""
import json, re, tomllib
from pathlib import Path
root = Path(__file__).resolve().parent.parent
tot = {}
print("| file | figures | required | optional | inherited periods | attributes | non-actual status | non-exact approx |")
print("|---|---|---|---|---|---|---|---|")
opt_found = []
for g in sorted((root / "gold").glob("*.toml")):
    d = tomllib.loads(g.read_text())
    text = (g.parent / d["doc"]).read_text()
    figs = d["figures"]
    row = dict(figures=len(figs), required=sum(not f.get("optional") for f in figs),
               optional=sum(bool(f.get("optional")) for f in figs),
               inherited=sum(bool(f.get("period", {}).get("inherited")) for f in figs),
               attributes=sum(sum(k in f for k in ("total", "percent", "change", "target", "value_max")) for f in figs),
               status=sum(f.get("status", "actual") != "actual" for f in figs),
               approx=sum(f.get("approx", "exact") != "exact" for f in figs))
    for k, v in row.items():
        tot[k] = tot.get(k, 0) + v
    print(f"| {g.stem} | " + " | ".join(str(v) for v in row.values()) + " |")
    out = json.loads((root / "tool_out" / f"{g.stem}.json").read_text())["figures"]
    for f in figs:
        if not f.get("optional"):
            continue
        at = text.find(f["anchor"])
        m = re.search(r"(?<![\w.,])" + re.escape(f["number"]) + r"(?!\w|[.,]\d)", f["anchor"])
        s, e = at + m.start(), at + m.end()
        hit = any(p["start"] < e and s < p["end"] and abs(p["value"] - f["value"]) <= 1e-6 * max(1, abs(f["value"])) for p in out)
        opt_found.append((g.stem, f["anchor"], hit))
print("| total | " + " | ".join(str(v) for v in tot.values()) + " |")
print()
for o in opt_found:
    print(o)

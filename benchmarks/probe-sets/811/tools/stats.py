"""Gold statistics for the report."""
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ATTR = ("value_max", "total", "percent", "change", "target")
tot = {"fig": 0, "req": 0, "opt": 0, "inh": 0, "attr": 0, "status": 0, "approx": 0}
print("| file | figures | required | optional | inherited periods | attributes | non-actual status | chars | published |")
print("|---|---|---|---|---|---|---|---|---|")
for g in sorted((ROOT / "gold").glob("*.toml")):
    d = tomllib.loads(g.read_text(encoding="utf-8"))
    figs = d["figures"]
    text = (g.parent / d["doc"]).read_text(encoding="utf-8")
    row = {
        "fig": len(figs),
        "req": sum(not f.get("optional") for f in figs),
        "opt": sum(bool(f.get("optional")) for f in figs),
        "inh": sum(bool(f.get("period", {}).get("inherited")) for f in figs),
        "attr": sum(sum(k in f for k in ATTR) for f in figs),
        "status": sum(f.get("status", "actual") != "actual" for f in figs),
        "approx": sum(f.get("approx", "exact") != "exact" for f in figs),
    }
    for k in tot:
        tot[k] += row[k]
    print(f"| {g.stem} | {row['fig']} | {row['req']} | {row['opt']} | {row['inh']} | {row['attr']} | {row['status']} | {len(text)} | {d.get('published', '—')} |")
print(tot)

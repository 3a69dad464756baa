"""Gold statistics for REPORT.md."""
import tomllib
from pathlib import Path
ROOT = Path(__file__).resolve().parent.parent
tot = {}
print("| file | figures | required | optional | inherited periods | attributes | non-actual status | non-exact approx |")
print("|---|---|---|---|---|---|---|---|")
for k in range(1, 9):
    g = tomllib.loads((ROOT / f"gold/p971-{k}.toml").read_text())
    figs = g["figures"]
    row = {
        "figures": len(figs),
        "required": sum(not f.get("optional") for f in figs),
        "optional": sum(bool(f.get("optional")) for f in figs),
        "inherited": sum(bool((f.get("period") or {}).get("inherited")) for f in figs),
        "attributes": sum(sum(1 for a in ("value_max", "total", "percent", "change", "target") if a in f) for f in figs),
        "status": sum(f.get("status", "actual") != "actual" for f in figs),
        "approx": sum(f.get("approx", "exact") != "exact" for f in figs),
    }
    for key, v in row.items():
        tot[key] = tot.get(key, 0) + v
    print(f"| p971-{k} | " + " | ".join(str(v) for v in row.values()) + " |")
print("| total | " + " | ".join(str(v) for v in tot.values()) + " |")

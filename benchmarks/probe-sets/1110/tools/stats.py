"""Gold statistics for the report."""
import tomllib
from pathlib import Path

G = Path(__file__).resolve().parent.parent / "gold"
tot = {}
print("| file | figures | required | optional | inherited periods | attributes | non-actual status | non-exact approx |")
print("|---|---|---|---|---|---|---|---|")
for p in sorted(G.glob("*.toml")):
    figs = tomllib.loads(p.read_text())["figures"]
    row = {
        "figures": len(figs),
        "required": sum(not f.get("optional") for f in figs),
        "optional": sum(bool(f.get("optional")) for f in figs),
        "inherited": sum(bool(f.get("period", {}).get("inherited")) for f in figs),
        "attributes": sum(k in f for f in figs for k in ("total", "percent", "change", "target", "value_max")),
        "status": sum(f.get("status", "actual") != "actual" for f in figs),
        "approx": sum(f.get("approx", "exact") != "exact" for f in figs),
    }
    for k, v in row.items():
        tot[k] = tot.get(k, 0) + v
    print(f"| {p.stem} | " + " | ".join(str(v) for v in row.values()) + " |")
print("| total | " + " | ".join(str(v) for v in tot.values()) + " |")

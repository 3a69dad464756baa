"""Gold statistics for the report."""
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
tot = {}
print("| file | figures | required | optional | inherited periods | attributes | non-actual status | non-exact approx | chars |")
print("|---|---|---|---|---|---|---|---|---|")
for p in sorted((ROOT / "gold").glob("*.toml")):
    g = tomllib.loads(p.read_text(encoding="utf-8"))
    figs = g["figures"]
    text = (p.parent / g["doc"]).read_text(encoding="utf-8").rstrip("\n")
    row = {
        "figures": len(figs),
        "required": sum(not f.get("optional") for f in figs),
        "optional": sum(bool(f.get("optional")) for f in figs),
        "inherited": sum(bool((f.get("period") or {}).get("inherited")) for f in figs),
        "attributes": sum(k in f for f in figs for k in ("value_max", "total", "percent", "change", "target")),
        "status": sum(f.get("status", "actual") != "actual" for f in figs),
        "approx": sum(f.get("approx", "exact") != "exact" for f in figs),
        "chars": len(text),
    }
    for k, v in row.items():
        tot[k] = tot.get(k, 0) + v
    print(f"| {p.stem} | " + " | ".join(str(v) for v in row.values()) + " |")
print("| total | " + " | ".join(str(v) for v in tot.values()) + " |")

"""Gold statistics for probe set 963 (per article and total)."""
import tomllib
from pathlib import Path

GOLD = Path(__file__).resolve().parents[1] / "gold"
ATTRS = ("total", "percent", "change", "target", "value_max")
rows = []
for p in sorted(GOLD.glob("*.toml")):
    figs = tomllib.loads(p.read_text(encoding="utf-8"))["figures"]
    rows.append((p.stem, len(figs), sum(not f.get("optional") for f in figs),
                 sum(bool(f.get("optional")) for f in figs),
                 sum(bool(f.get("period", {}).get("inherited")) for f in figs),
                 sum(sum(a in f for a in ATTRS) for f in figs),
                 sum(f.get("status", "actual") != "actual" for f in figs),
                 sum(f.get("approx", "exact") != "exact" for f in figs)))
print("| file | figures | required | optional | inherited periods | attributes | non-actual status | non-exact approx |")
print("|---|---|---|---|---|---|---|---|")
for r in rows:
    print("| " + " | ".join(map(str, r)) + " |")
print("| total | " + " | ".join(str(sum(r[i] for r in rows)) for i in range(1, 8)) + " |")

"""Gold statistics for probe set 888 (table rows for REPORT.md)."""
import tomllib
from pathlib import Path

GOLD = Path(__file__).resolve().parents[1] / "gold"
ATTRS = ("value_max", "total", "percent", "change", "target")
tot = {"fig": 0, "req": 0, "opt": 0, "inh": 0, "attr": 0, "status": 0, "approx": 0}
for p in sorted(GOLD.glob("*.toml")):
    d = tomllib.loads(p.read_text(encoding="utf-8"))
    figs = d["figures"]
    row = {"fig": len(figs), "req": sum(not f.get("optional") for f in figs),
           "opt": sum(bool(f.get("optional")) for f in figs),
           "inh": sum(bool(f.get("period", {}).get("inherited")) for f in figs),
           "attr": sum(sum(a in f for a in ATTRS) for f in figs),
           "status": sum(f.get("status", d.get("status", "actual")) != "actual" for f in figs),
           "approx": sum(f.get("approx", "exact") != "exact" for f in figs)}
    for k in tot:
        tot[k] += row[k]
    print(f"| {p.stem} | " + " | ".join(str(row[k]) for k in row) + " |")
print("| total | " + " | ".join(str(tot[k]) for k in tot) + " |")

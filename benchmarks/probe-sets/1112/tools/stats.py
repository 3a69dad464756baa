"""Gold statistics for REPORT.md (per file and in total)."""
import tomllib
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent / "gold"
ATTRS = ("value_max", "total", "percent", "change", "target")
tot = [0] * 7
print("| file | figures | required | optional | inherited periods | attributes | non-actual status | non-exact approx |")
print("|---|---|---|---|---|---|---|---|")
for p in sorted(GOLD.glob("*.toml")):
    figs = tomllib.loads(p.read_text(encoding="utf-8"))["figures"]
    row = [len(figs),
           sum(not f.get("optional") for f in figs),
           sum(bool(f.get("optional")) for f in figs),
           sum(bool(f.get("period", {}).get("inherited")) for f in figs),
           sum(sum(a in f for a in ATTRS) for f in figs),
           sum(f.get("status", "actual") != "actual" for f in figs),
           sum(f.get("approx", "exact") != "exact" for f in figs)]
    tot = [a + b for a, b in zip(tot, row)]
    print(f"| {p.stem} | " + " | ".join(map(str, row)) + " |")
print("| total | " + " | ".join(map(str, tot)) + " |")

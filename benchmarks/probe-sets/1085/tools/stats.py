"""Gold statistics per article for REPORT.md."""
import tomllib
from pathlib import Path
root = Path(__file__).resolve().parent.parent
ATTR = ("value_max", "total", "percent", "change", "target")
tot = [0] * 7
print("| file | figures | required | optional | inherited periods | attributes | non-actual status | non-exact approx |")
print("|---|---|---|---|---|---|---|---|")
for g in sorted((root / "gold").glob("*.toml")):
    figs = tomllib.loads(g.read_text())["figures"]
    row = [len(figs), sum(not f.get("optional") for f in figs), sum(bool(f.get("optional")) for f in figs),
           sum(bool(f.get("period", {}).get("inherited")) for f in figs),
           sum(a in f for f in figs for a in ATTR),
           sum(f.get("status", "actual") != "actual" for f in figs),
           sum(f.get("approx", "exact") != "exact" for f in figs)]
    tot = [a + b for a, b in zip(tot, row)]
    print(f"| {g.stem} | " + " | ".join(map(str, row)) + " |")
print("| total | " + " | ".join(map(str, tot)) + " |")

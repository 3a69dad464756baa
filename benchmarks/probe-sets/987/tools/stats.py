"""Gold statistics for REPORT.md."""
import tomllib
from pathlib import Path

G = Path(__file__).resolve().parent.parent / "gold"
tot = [0] * 7
print("| file | figures | required | optional | inherited periods | attributes | non-actual status | non-exact approx |")
print("|---|---|---|---|---|---|---|---|")
for p in sorted(G.glob("*.toml")):
    figs = tomllib.loads(p.read_text())["figures"]
    row = [len(figs), sum(not f.get("optional") for f in figs), sum(bool(f.get("optional")) for f in figs),
           sum(bool(f.get("period", {}).get("inherited")) for f in figs),
           sum(k in f for f in figs for k in ("total", "percent", "change", "target", "value_max")),
           sum(f.get("status", "actual") != "actual" for f in figs),
           sum(f.get("approx", "exact") != "exact" for f in figs)]
    tot = [a + b for a, b in zip(tot, row)]
    print(f"| {p.stem} | " + " | ".join(map(str, row)) + " |")
print("| total | " + " | ".join(map(str, tot)) + " |")

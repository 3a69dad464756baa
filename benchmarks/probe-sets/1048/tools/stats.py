"""Gold statistics for probe set 1048 (printed as a Markdown table)."""
import tomllib
from pathlib import Path

G = Path(__file__).resolve().parents[1] / "gold"
ATTR = ("value_max", "total", "percent", "change", "target")
tot = [0] * 7
print("| file | figures | required | optional | inherited periods | attributes | non-actual status | non-exact approx |")
print("|---|---|---|---|---|---|---|---|")
for p in sorted(G.glob("*.toml")):
    figs = tomllib.loads(p.read_text(encoding="utf-8"))["figures"]
    row = [len(figs), sum(not f.get("optional") for f in figs), sum(bool(f.get("optional")) for f in figs),
           sum(bool(f.get("period", {}).get("inherited")) for f in figs),
           sum(sum(a in f for a in ATTR) for f in figs),
           sum(f.get("status", "actual") != "actual" for f in figs),
           sum(f.get("approx", "exact") != "exact" for f in figs)]
    tot = [a + b for a, b in zip(tot, row)]
    print(f"| {p.stem} | " + " | ".join(map(str, row)) + " |")
print("| **all** | " + " | ".join(f"**{x}**" for x in tot) + " |")

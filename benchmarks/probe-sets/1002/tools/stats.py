"""Gold statistics for probe set 1002 (printed as a Markdown table)."""
import tomllib
from pathlib import Path

BASE = Path(__file__).resolve().parent.parent
ATTRS = ("value_max", "total", "percent", "change", "target")
rows, tot = [], [0] * 7
for k in range(1, 9):
    g = tomllib.loads((BASE / "gold" / f"p1002-{k}.toml").read_text(encoding="utf-8"))
    figs = g["figures"]
    opt = sum(bool(f.get("optional")) for f in figs)
    inh = sum(bool(f.get("period", {}).get("inherited")) for f in figs)
    att = sum(sum(a in f for a in ATTRS) for f in figs)
    st = sum(f.get("status", "actual") != "actual" for f in figs)
    ap = sum(f.get("approx", "exact") != "exact" for f in figs)
    r = [len(figs), len(figs) - opt, opt, inh, att, st, ap]
    tot = [a + b for a, b in zip(tot, r)]
    rows.append((f"p1002-{k}", r))
print("| file | figures | required | optional | inherited periods | attributes | non-actual status | non-exact approx |")
print("|---|---|---|---|---|---|---|---|")
for name, r in rows + [("total", tot)]:
    print(f"| {name} | " + " | ".join(map(str, r)) + " |")

"""Gold statistics for the report (per file and overall)."""
import tomllib
from pathlib import Path

G = Path(__file__).resolve().parent.parent / "gold"
ATTR = ("value_max", "total", "percent", "change", "target")
rows, tot = [], [0] * 7
for p in sorted(G.glob("*.toml")):
    d = tomllib.loads(p.read_text(encoding="utf-8"))
    figs = d["figures"]
    n = len(figs)
    opt = sum(bool(f.get("optional")) for f in figs)
    inh = sum(bool(f.get("period", {}).get("inherited")) for f in figs)
    att = sum(sum(a in f for a in ATTR) for f in figs)
    st = sum(f.get("status", "actual") != "actual" for f in figs)
    ap = sum(f.get("approx", "exact") != "exact" for f in figs)
    vals = [n, n - opt, opt, inh, att, st, ap]
    tot = [a + b for a, b in zip(tot, vals)]
    rows.append((p.stem, *vals))
print("| file | figures | required | optional | inherited periods | attributes | non-actual status | non-exact approx |")
print("|---|---|---|---|---|---|---|---|")
for r in rows:
    print("| " + " | ".join(map(str, r)) + " |")
print("| **all** | " + " | ".join(map(str, tot)) + " |")

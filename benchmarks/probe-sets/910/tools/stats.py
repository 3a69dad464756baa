"""Gold statistics for probe set 910 (per file and total)."""
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ATTRS = ("value_max", "total", "percent", "change", "target")
rows, tot = [], [0] * 7
for p in sorted((ROOT / "gold").glob("*.toml")):
    g = tomllib.loads(p.read_text(encoding="utf-8"))
    figs = g["figures"]
    n = len(figs)
    opt = sum(bool(f.get("optional")) for f in figs)
    inh = sum(bool(f.get("period", {}).get("inherited")) for f in figs)
    att = sum(sum(a in f for a in ATTRS) for f in figs)
    st = sum(f.get("status", "actual") != "actual" for f in figs)
    ap = sum(f.get("approx", "exact") != "exact" for f in figs)
    row = [n, n - opt, opt, inh, att, st, ap]
    tot = [a + b for a, b in zip(tot, row)]
    rows.append((p.stem, row))
print("| file | figures | required | optional | inherited periods | attributes | non-actual status | non-exact approx |")
print("|---|---|---|---|---|---|---|---|")
for name, r in rows + [("total", tot)]:
    print(f"| {name} | " + " | ".join(map(str, r)) + " |")

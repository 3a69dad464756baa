"""Gold statistics for probe set 930."""
import tomllib
from pathlib import Path

G = Path(__file__).resolve().parents[1] / "gold"
tot = dict(f=0, req=0, opt=0, inh=0, attr=0, st=0, ap=0)
print("| file | figures | required | optional | inherited periods | attributes | non-actual status | non-exact approx |")
print("|---|---|---|---|---|---|---|---|")
for p in sorted(G.glob("*.toml")):
    figs = tomllib.loads(p.read_text(encoding="utf-8"))["figures"]
    r = dict(f=len(figs), req=sum(not f.get("optional") for f in figs), opt=sum(bool(f.get("optional")) for f in figs),
             inh=sum(bool(f.get("period", {}).get("inherited")) for f in figs),
             attr=sum(k in f for f in figs for k in ("total", "percent", "change", "target", "value_max")),
             st=sum(f.get("status", "actual") != "actual" for f in figs),
             ap=sum(f.get("approx", "exact") != "exact" for f in figs))
    for k in tot:
        tot[k] += r[k]
    print(f"| {p.stem} | " + " | ".join(str(r[k]) for k in r) + " |")
print("| total | " + " | ".join(str(tot[k]) for k in tot) + " |")

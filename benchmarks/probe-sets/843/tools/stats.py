"""Gold statistics for the report (reads gold/*.toml)."""
import tomllib
from pathlib import Path

HOME = Path(__file__).resolve().parents[1]
ATTRS = ("value_max", "total", "percent", "change", "target")
tot = dict(f=0, req=0, opt=0, inh=0, attr=0, stat=0, approx=0, scored_per=0)
print("| file | figures | required | optional | inherited periods | scored periods | attributes | non-actual status | non-exact approx |")
print("|---|---|---|---|---|---|---|---|---|")
for p in sorted((HOME / "gold").glob("*.toml")):
    d = tomllib.loads(p.read_text(encoding="utf-8"))
    figs = d["figures"]
    row = dict(
        f=len(figs),
        req=sum(not f.get("optional") for f in figs),
        opt=sum(bool(f.get("optional")) for f in figs),
        inh=sum(bool(f.get("period", {}).get("inherited")) for f in figs),
        scored_per=sum(bool(f.get("period")) and not f["period"].get("inherited") and not f.get("optional") for f in figs),
        attr=sum(sum(a in f for a in ATTRS) for f in figs),
        stat=sum(f.get("status", "actual") != "actual" for f in figs),
        approx=sum(f.get("approx", "exact") != "exact" for f in figs),
    )
    for k in tot:
        tot[k] += row[k]
    print(f"| {p.stem} | {row['f']} | {row['req']} | {row['opt']} | {row['inh']} | {row['scored_per']} | {row['attr']} | {row['stat']} | {row['approx']} |")
print(f"| total | {tot['f']} | {tot['req']} | {tot['opt']} | {tot['inh']} | {tot['scored_per']} | {tot['attr']} | {tot['stat']} | {tot['approx']} |")

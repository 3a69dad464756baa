"""Gold statistics for probe set 903 (run from the set folder)."""
import tomllib
from pathlib import Path

tot = dict(fig=0, req=0, opt=0, inh=0, attr=0, status=0, approx=0, scoredper=0)
print("| file | figures | required | optional | inherited periods | scored periods | attributes | non-actual status | non-exact approx |")
print("|---|---|---|---|---|---|---|---|---|")
for p in sorted(Path("gold").glob("*.toml")):
    g = tomllib.loads(p.read_text(encoding="utf-8"))
    figs = g["figures"]
    row = dict(fig=len(figs), req=sum(not f.get("optional") for f in figs), opt=sum(bool(f.get("optional")) for f in figs),
               inh=sum(bool(f.get("period", {}).get("inherited")) for f in figs),
               scoredper=sum(bool(f.get("period")) and not f["period"].get("inherited") for f in figs),
               attr=sum(sum(k in f for k in ("total", "percent", "change", "target", "value_max")) for f in figs),
               status=sum(f.get("status", "actual") != "actual" for f in figs),
               approx=sum(f.get("approx", "exact") != "exact" for f in figs))
    for k in tot:
        tot[k] += row[k]
    print(f"| {p.stem} | {row['fig']} | {row['req']} | {row['opt']} | {row['inh']} | {row['scoredper']} | {row['attr']} | {row['status']} | {row['approx']} |")
print(f"| total | {tot['fig']} | {tot['req']} | {tot['opt']} | {tot['inh']} | {tot['scoredper']} | {tot['attr']} | {tot['status']} | {tot['approx']} |")

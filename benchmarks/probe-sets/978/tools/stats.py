"""Gold statistics for REPORT.md."""
import tomllib
from pathlib import Path
R = Path(__file__).resolve().parent.parent
tot = dict(f=0, req=0, opt=0, inh=0, attr=0, st=0, ap=0, per=0)
print("| file | figures | required | optional | scored periods | inherited periods | attributes | non-actual status | non-exact approx |")
print("|---|---|---|---|---|---|---|---|---|")
for g in sorted((R / "gold").glob("*.toml")):
    figs = tomllib.loads(g.read_text())["figures"]
    c = dict(f=len(figs), req=sum(not x.get("optional") for x in figs), opt=sum(bool(x.get("optional")) for x in figs),
             inh=sum(bool(x.get("period", {}).get("inherited")) for x in figs),
             per=sum(bool(x.get("period")) and not x["period"].get("inherited") for x in figs),
             attr=sum(sum(k in x for k in ("total", "percent", "change", "target", "value_max")) for x in figs),
             st=sum(x.get("status", "actual") != "actual" for x in figs), ap=sum(x.get("approx", "exact") != "exact" for x in figs))
    for k in tot: tot[k] += c[k]
    print(f"| {g.stem} | {c['f']} | {c['req']} | {c['opt']} | {c['per']} | {c['inh']} | {c['attr']} | {c['st']} | {c['ap']} |")
print(f"| total | {tot['f']} | {tot['req']} | {tot['opt']} | {tot['per']} | {tot['inh']} | {tot['attr']} | {tot['st']} | {tot['ap']} |")

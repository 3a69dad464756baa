"""Counts of the gold for REPORT.md (reads gold/*.toml)."""
import tomllib
from collections import Counter
from pathlib import Path

G = Path(__file__).resolve().parent.parent / "gold"
tot = Counter()
kinds, stat, appr = Counter(), Counter(), Counter()
print("| file | figures | required | optional | inherited periods | scored periods | attributes | non-actual status | non-exact approx |")
print("|---|---|---|---|---|---|---|---|---|")
for p in sorted(G.glob("*.toml")):
    d = tomllib.loads(p.read_text())
    figs = d["figures"]
    row = Counter()
    for f in figs:
        row["n"] += 1
        row["opt" if f.get("optional") else "req"] += 1
        per = f.get("period")
        if per and per.get("inherited"):
            row["inh"] += 1
        elif per:
            row["per"] += 1
        for a in ("change", "percent", "total", "value_max", "target"):
            if a in f:
                row["attr"] += 1
                tot["attr_" + a] += 1
        st = f.get("status", d.get("status", "actual"))
        if st != "actual":
            row["st"] += 1
            stat[st] += 1
        ap = f.get("approx", "exact")
        if ap != "exact":
            row["ap"] += 1
            appr[ap] += 1
        kinds[f["kind"]] += 1
    tot.update(row)
    print(f"| {p.stem} | {row['n']} | {row['req']} | {row['opt']} | {row['inh']} | {row['per']} | {row['attr']} | {row['st']} | {row['ap']} |")
print(dict(tot))
print("kinds", dict(kinds)); print("status", dict(stat)); print("approx", dict(appr))

"""Gold statistics for probe set 902 (no tool run)."""
import tomllib, unicodedata
from pathlib import Path
ROOT = Path(__file__).resolve().parents[1]
tot = {}
print("| file | figures | required | optional | inherited periods | attributes | non-actual status | non-exact approx | chars |")
print("|---|---|---|---|---|---|---|---|---|")
for g in sorted((ROOT / "gold").glob("*.toml")):
    d = tomllib.loads(g.read_text())
    text = (g.parent / d["doc"]).read_text()
    figs = d["figures"]
    row = dict(
        figures=len(figs),
        required=sum(not f.get("optional") for f in figs),
        optional=sum(bool(f.get("optional")) for f in figs),
        inherited=sum(bool(f.get("period", {}).get("inherited")) for f in figs),
        attributes=sum(sum(k in f for k in ("value_max", "total", "percent", "change", "target")) for f in figs),
        status=sum(f.get("status", "actual") != "actual" for f in figs),
        approx=sum(f.get("approx", "exact") != "exact" for f in figs),
    )
    for k, v in row.items():
        tot[k] = tot.get(k, 0) + v
    print(f"| {g.stem} | " + " | ".join(str(v) for v in row.values()) + f" | {len(text)} |")
print("| total | " + " | ".join(str(v) for v in tot.values()) + " | |")

"""Gold statistics for REPORT.md."""
import tomllib
from pathlib import Path

G = Path(__file__).resolve().parents[1] / "gold"
tot = {}
print("| file | figures | required | optional | inherited periods | scored periods | attributes | non-actual status | non-exact approx |")
print("|---|---|---|---|---|---|---|---|---|")
for p in sorted(G.glob("*.toml")):
    d = tomllib.loads(p.read_text(encoding="utf-8"))
    fs = d["figures"]
    row = dict(
        figures=len(fs),
        required=sum(not f.get("optional") for f in fs),
        optional=sum(bool(f.get("optional")) for f in fs),
        inherited=sum(bool((f.get("period") or {}).get("inherited")) for f in fs),
        scored=sum(bool(f.get("period")) and not f["period"].get("inherited") and not f.get("optional") for f in fs),
        attributes=sum(sum(k in f for k in ("value_max", "total", "percent", "change", "target")) for f in fs),
        status=sum(f.get("status", "actual") != "actual" for f in fs),
        approx=sum(f.get("approx", "exact") != "exact" for f in fs),
    )
    for k, v in row.items():
        tot[k] = tot.get(k, 0) + v
    print(f"| {p.stem} | " + " | ".join(str(v) for v in row.values()) + " |")
print("| total | " + " | ".join(str(v) for v in tot.values()) + " |")

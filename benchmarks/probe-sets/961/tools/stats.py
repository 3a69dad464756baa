"""Gold statistics for the report."""
import tomllib
from pathlib import Path

root = Path(__file__).resolve().parent.parent
tot = {}
print("| file | figures | required | optional | inherited periods | attributes | non-actual status | non-exact approx | chars |")
print("|---|---|---|---|---|---|---|---|---|")
for p in sorted((root / "gold").glob("*.toml")):
    d = tomllib.loads(p.read_text(encoding="utf-8"))
    figs = d["figures"]
    text = (p.parent / d["doc"]).resolve().read_text(encoding="utf-8")
    row = {
        "figures": len(figs),
        "required": sum(not f.get("optional") for f in figs),
        "optional": sum(bool(f.get("optional")) for f in figs),
        "inherited": sum(bool(f.get("period", {}).get("inherited")) for f in figs),
        "attributes": sum(sum(k in f for k in ("total", "percent", "change", "target", "value_max")) for f in figs),
        "status": sum(f.get("status", "actual") != "actual" for f in figs),
        "approx": sum(f.get("approx", "exact") != "exact" for f in figs),
        "chars": len(text),
    }
    for k, v in row.items():
        tot[k] = tot.get(k, 0) + v
    print(f"| {p.stem} | " + " | ".join(str(v) for v in row.values()) + " |")
print("| total | " + " | ".join(str(v) for v in tot.values()) + " |")
from collections import Counter
c = Counter(); s = Counter(); a = Counter()
for p in sorted((root / "gold").glob("*.toml")):
    for f in tomllib.loads(p.read_text(encoding="utf-8"))["figures"]:
        for k in ("total", "percent", "change", "target", "value_max"):
            c[k] += k in f
        s[f.get("status", "actual")] += 1
        a[f["kind"]] += 1
print(dict(c), dict(s), dict(a))

"""Gold statistics for probe set 804 (for REPORT.md)."""
import json
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
tot = {}
print("| file | figures | required | optional | inherited periods | attributes | non-actual status | non-exact approx | chars |")
print("|---|---|---|---|---|---|---|---|---|")
for g in sorted((ROOT / "gold").glob("*.toml")):
    d = tomllib.loads(g.read_text(encoding="utf-8"))
    figs = d["figures"]
    text = (g.parent / d["doc"]).read_text(encoding="utf-8")
    row = {
        "figures": len(figs),
        "required": sum(not f.get("optional") for f in figs),
        "optional": sum(bool(f.get("optional")) for f in figs),
        "inherited": sum(bool(f.get("period", {}).get("inherited")) for f in figs),
        "attributes": sum(k in f for f in figs for k in ("total", "percent", "change", "target", "value_max")),
        "status": sum(f.get("status", "actual") != "actual" for f in figs),
        "approx": sum(f.get("approx", "exact") != "exact" for f in figs),
    }
    for k, v in row.items():
        tot[k] = tot.get(k, 0) + v
    print(f"| {g.stem} | " + " | ".join(str(v) for v in row.values()) + f" | {len(text)} |")
print("| total | " + " | ".join(str(v) for v in tot.values()) + " | |")
# optional figures found by the tool (from tool_out/*.json)
for g in sorted((ROOT / "gold").glob("*.toml")):
    d = tomllib.loads(g.read_text(encoding="utf-8"))
    out = ROOT / "tool_out" / (g.stem + ".json")
    if not out.exists():
        continue
    preds = json.loads(out.read_text(encoding="utf-8"))["figures"]
    text = (g.parent / d["doc"]).read_text(encoding="utf-8")
    for f in d["figures"]:
        if not f.get("optional"):
            continue
        a = text.find(f["anchor"])
        s = a + f["anchor"].find(f["number"])
        e = s + len(f["number"])
        hit = any(p["start"] < e and s < p["end"] and abs(p["value"] - f["value"]) <= 1e-6 * max(1, abs(f["value"])) for p in preds)
        print(f"optional {g.stem}: {f['anchor']!r} found={hit}")

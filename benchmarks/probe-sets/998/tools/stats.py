"""Gold statistics and optional-figure matches for probe set 998, using the saved tool outputs in tools/out/ (no tool run)."""
import json, sys, tomllib
from pathlib import Path
sys.path.insert(0, "/work/shared/tools")
import score  # the shared scorer: its loader and matcher only

SET = Path(__file__).resolve().parents[1]
docs, problems = score.load_gold(SET / "gold")
tot = {}
print("| file | figures | required | optional | inherited periods | attributes | non-actual status | non-exact approx | optional found by tool |")
print("|---|---|---|---|---|---|---|---|---|")
for name, d in docs.items():
    figs = [g.fig for g in d["gold"]]
    req = [f for f in figs if not f.get("optional")]
    row = dict(
        figures=len(figs), required=len(req), optional=len(figs) - len(req),
        inherited=sum(bool((f.get("period") or {}).get("inherited")) for f in req),
        attributes=sum(sum(k in f for k in ("value_max", "total", "percent", "change", "target")) for f in req),
        status=sum(f.get("status", "actual") != "actual" for f in req),
        approx=sum(f.get("approx", "exact") != "exact" for f in req))
    preds = json.load(open(SET / "tools" / "out" / name.replace(".toml", ".json")))["figures"]
    score.match(d["gold"], preds)
    row["optfound"] = sum(1 for g in d["gold"] if g.optional and g.matched is not None)
    for k, v in row.items():
        tot[k] = tot.get(k, 0) + v
    print(f"| {name[:-5]} | " + " | ".join(str(v) for v in row.values()) + " |")
print("| total | " + " | ".join(str(v) for v in tot.values()) + " |")

"""Gold statistics for the report, and which optional figures the saved tool output matched."""
import json
import sys
import tomllib
from pathlib import Path

sys.path.insert(0, "/work/shared/tools")
import score  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
docs, problems = score.load_gold(ROOT / "gold")
tot = dict(fig=0, req=0, opt=0, inh=0, attr=0, status=0, approx=0)
for name, d in docs.items():
    raw = tomllib.loads((ROOT / "gold" / name).read_text(encoding="utf-8"))
    figs = raw["figures"]
    row = dict(fig=len(figs), req=sum(not f.get("optional") for f in figs),
               opt=sum(bool(f.get("optional")) for f in figs),
               inh=sum(bool(f.get("period", {}).get("inherited")) for f in figs),
               attr=sum(sum(k in f for k in ("total", "percent", "change", "target", "value_max")) for f in figs),
               status=sum(f.get("status", "actual") != "actual" for f in figs),
               approx=sum(f.get("approx", "exact") != "exact" for f in figs))
    for k in tot:
        tot[k] += row[k]
    out = json.loads((ROOT / "tool_out" / name.replace(".toml", ".json")).read_text())
    score.match(d["gold"], out["figures"])
    found = [g.fig["anchor"] for g in d["gold"] if g.optional and g.matched]
    missed = [g.fig["anchor"] for g in d["gold"] if g.optional and not g.matched]
    print(name, row, "optional found:", found, "not found:", missed)
print("TOTAL", tot)

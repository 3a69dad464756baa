"""Gold counts per file and the tool's periods on inherited (unscored) gold periods."""
import json, subprocess, sys, tomllib
from pathlib import Path
sys.path.insert(0, "/work/shared/tools")
import score
docs, _ = score.load_gold(Path(__file__).resolve().parent.parent / "gold")
tot = dict(n=0, req=0, opt=0, inh=0, attr=0)
inh = dict(right=0, wrong=0, none=0)
for name, d in docs.items():
    g = d["gold"]
    n, opt = len(g), sum(x.optional for x in g)
    ih = sum(1 for x in g if (x.fig.get("period") or {}).get("inherited"))
    at = sum(1 for x in g for k in ("total", "percent", "change", "target", "value_max") if x.fig.get(k) is not None)
    print(f"| {name[:-5]} | {n} | {n-opt} | {opt} | {ih} | {at} |")
    for k, v in zip(tot, (n, n - opt, opt, ih, at)): tot[k] += v
    out = json.loads(subprocess.run(["/work/dtx/bin/dtextract", "parse", str(d["article"]), "--format", "json"],
                                    capture_output=True).stdout)
    score.match(g, out["figures"])
    for x in g:
        gp = x.fig.get("period") or {}
        if gp.get("inherited") and x.matched and not x.optional:
            pp = x.matched.get("period")
            if not pp or (not pp.get("start") and not pp.get("end")): inh["none"] += 1
            elif score.period_ok(gp, pp): inh["right"] += 1
            else:
                inh["wrong"] += 1; print("   wrong inherited:", name, x.fig["anchor"][:40].replace("\n","/"), gp["text"], "->", pp.get("text"), pp.get("start"), pp.get("end"))
print(tot, inh)

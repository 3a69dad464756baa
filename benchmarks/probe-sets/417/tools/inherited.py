"""Unscored check: how the tool fills periods that the gold marks inherited, and optional figures found."""
import json, subprocess, sys, tomllib
sys.path.insert(0, "/work/shared/tools")
from score import load_gold, match, period_ok
from pathlib import Path
docs, _ = load_gold(Path("gold"))
right = wrong = none = opt = optn = 0
bad = []
for name, d in docs.items():
    out = json.loads(subprocess.run(["/work/dtx/bin/dtextract", "parse", str(d["article"]), "--format", "json"],
                                    capture_output=True).stdout)
    if name == "p417-8.toml":
        print("p417-8 published (no dateline):", out.get("published"))
    match(d["gold"], out["figures"])
    for g in d["gold"]:
        if g.optional:
            optn += 1; opt += g.matched is not None; continue
        gp = g.fig.get("period")
        if not gp or not gp.get("inherited") or g.matched is None:
            continue
        pp = g.matched.get("period")
        if not pp or not (pp.get("start") or pp.get("end")):
            none += 1; bad.append((name, "none", g.fig["anchor"][:30].replace("\n", "/"), None))
        elif period_ok(gp, pp):
            right += 1
        else:
            wrong += 1; bad.append((name, "wrong", g.fig["anchor"][:30].replace("\n", "/"), pp.get("text")))
print(f"inherited: right {right} wrong {wrong} none {none}; optional found {opt}/{optn}")
for b in bad:
    print(*b)

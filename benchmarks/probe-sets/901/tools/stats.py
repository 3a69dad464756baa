"""Gold statistics for probe set 901 (printed as a markdown table)."""
import sys
import tomllib
from pathlib import Path

sys.path.insert(0, "/work/shared/tools")
from score import token_f1  # noqa: E402  (only the subject metric, for the report)

ROOT = Path(__file__).resolve().parents[1]
ATTR = ("value_max", "total", "percent", "change", "target")
tot = dict(n=0, req=0, opt=0, inh=0, attr=0, status=0, approx=0)
print("| file | figures | required | optional | inherited periods | attributes | non-actual status | non-exact approx |")
print("|---|---|---|---|---|---|---|---|")
for p in sorted((ROOT / "gold").glob("*.toml")):
    figs = tomllib.loads(p.read_text(encoding="utf-8"))["figures"]
    row = dict(n=len(figs), req=sum(not f.get("optional") for f in figs),
               opt=sum(bool(f.get("optional")) for f in figs),
               inh=sum(bool(f.get("period", {}).get("inherited")) for f in figs),
               attr=sum(sum(k in f for k in ATTR) for f in figs),
               status=sum(f.get("status", "actual") != "actual" for f in figs),
               approx=sum(f.get("approx", "exact") != "exact" for f in figs))
    for k in tot:
        tot[k] += row[k]
    print(f"| {p.stem} | " + " | ".join(str(row[k]) for k in tot) + " |")
print("| all | " + " | ".join(str(tot[k]) for k in tot) + " |")
print()
kinds = {}
for p in sorted((ROOT / "gold").glob("*.toml")):
    for f in tomllib.loads(p.read_text(encoding="utf-8"))["figures"]:
        kinds[f["kind"]] = kinds.get(f["kind"], 0) + 1
        for k in ATTR:
            if k in f:
                kinds["attr:" + k] = kinds.get("attr:" + k, 0) + 1
print(kinds)
if len(sys.argv) > 2:
    print(round(token_f1(sys.argv[1], sys.argv[2]), 2))

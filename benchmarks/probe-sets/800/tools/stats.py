"""Gold statistics for probe set 800 (printed as a markdown table)."""
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
tot = [0] * 7
print("| file | chars | figures | required | optional | inherited periods | attributes | non-actual status | non-exact approx |")
print("|---|---|---|---|---|---|---|---|---|")
for p in sorted((ROOT / "gold").glob("*.toml")):
    d = tomllib.loads(p.read_text(encoding="utf-8"))
    text = (p.parent / d["doc"]).read_text(encoding="utf-8")
    figs = d["figures"]
    req = sum(not f.get("optional") for f in figs)
    inh = sum(bool(f.get("period", {}).get("inherited")) for f in figs)
    attrs = sum(k in f for f in figs for k in ("value_max", "total", "percent", "change", "target"))
    nonact = sum(f.get("status", "actual") != "actual" for f in figs)
    appr = sum(f.get("approx", "exact") != "exact" for f in figs)
    row = [len(figs), req, len(figs) - req, inh, attrs, nonact, appr]
    tot = [a + b for a, b in zip(tot, row)]
    print(f"| {p.stem} | {len(text)} | " + " | ".join(map(str, row)) + " |")
print("| total | | " + " | ".join(map(str, tot)) + " |")

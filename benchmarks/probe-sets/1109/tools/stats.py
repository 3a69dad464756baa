"""Gold statistics for REPORT.md (per file and total)."""
import tomllib
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ATTR = ("total", "percent", "change", "target", "value_max")
rows, tot = [], [0] * 8
for g in sorted((ROOT / "gold").glob("*.toml")):
    d = tomllib.loads(g.read_text(encoding="utf-8"))
    figs = d["figures"]
    text = unicodedata.normalize("NFC", (g.parent / d["doc"]).read_text(encoding="utf-8"))
    r = [len(figs),
         sum(not f.get("optional") for f in figs),
         sum(bool(f.get("optional")) for f in figs),
         sum(bool(f.get("period", {}).get("inherited")) for f in figs),
         sum(sum(a in f for a in ATTR) for f in figs),
         sum(f.get("status", "actual") != "actual" for f in figs),
         sum(f.get("approx", "exact") != "exact" for f in figs),
         len(text)]
    rows.append((g.stem, r, d.get("published", "—")))
    tot = [a + b for a, b in zip(tot, r)]
print("| file | figures | required | optional | inherited periods | attributes | non-actual status | non-exact approx | chars |")
print("|---|---|---|---|---|---|---|---|---|")
for name, r, pub in rows:
    print(f"| {name} | " + " | ".join(map(str, r)) + " |")
print("| total | " + " | ".join(map(str, tot[:7])) + " | |")

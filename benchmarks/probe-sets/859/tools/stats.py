"""Gold statistics for REPORT.md."""
import tomllib, unicodedata
from pathlib import Path
root = Path(__file__).resolve().parent.parent
tot = [0]*7
print("| file | chars | figures | required | optional | inherited periods | attributes | non-actual status | non-exact approx |")
print("|---|---|---|---|---|---|---|---|---|")
for g in sorted((root/"gold").glob("*.toml")):
    d = tomllib.loads(g.read_text())
    text = (g.parent/d["doc"]).read_text()
    f = d["figures"]
    row = [len(f), sum(not x.get("optional") for x in f), sum(bool(x.get("optional")) for x in f),
           sum(bool(x.get("period", {}).get("inherited")) for x in f),
           sum(sum(k in x for k in ("total","percent","change","target","value_max")) for x in f),
           sum(x.get("status","actual") != "actual" for x in f),
           sum(x.get("approx","exact") != "exact" for x in f)]
    tot = [a+b for a,b in zip(tot,row)]
    print(f"| {g.stem} | {len(text)} | " + " | ".join(map(str,row)) + " |")
print("| total | | " + " | ".join(map(str,tot)) + " |")

"""Gold statistics for REPORT.md."""
import tomllib, glob, unicodedata
from pathlib import Path
ROOT = Path(__file__).resolve().parent.parent
tot = dict(f=0, r=0, o=0, inh=0, att=0, st=0, ap=0)
print("| file | figures | required | optional | inherited periods | attributes | non-actual status | non-exact approx | chars |")
print("|---|---|---|---|---|---|---|---|---|")
for p in sorted((ROOT / "gold").glob("*.toml")):
    d = tomllib.loads(p.read_text())
    F = d["figures"]
    text = (ROOT / "articles" / (p.stem + ".txt")).read_text()
    assert text == unicodedata.normalize("NFC", text)
    r = sum(not f.get("optional") for f in F)
    inh = sum(bool(f.get("period", {}).get("inherited")) for f in F)
    att = sum(sum(k in f for k in ("value_max", "total", "percent", "change", "target")) for f in F)
    st = sum(f.get("status", "actual") != "actual" for f in F)
    ap = sum(f.get("approx", "exact") != "exact" for f in F)
    row = dict(f=len(F), r=r, o=len(F) - r, inh=inh, att=att, st=st, ap=ap)
    for k in tot: tot[k] += row[k]
    print(f"| {p.stem} | {len(F)} | {r} | {len(F)-r} | {inh} | {att} | {st} | {ap} | {len(text)} |")
print(f"| total | {tot['f']} | {tot['r']} | {tot['o']} | {tot['inh']} | {tot['att']} | {tot['st']} | {tot['ap']} | |")

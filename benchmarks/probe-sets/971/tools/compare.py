"""Print the tool's figures (saved JSON) beside the gold, for reading the errors (not a scorer)."""
import json, sys, tomllib
from pathlib import Path
ROOT = Path(__file__).resolve().parent.parent
for k in sys.argv[1:] or range(1, 9):
    g = tomllib.loads((ROOT / f"gold/p971-{k}.toml").read_text())
    out = json.loads((ROOT / f"tool_out/p971-{k}.json").read_text())
    print(f"== p971-{k} published tool={out.get('published')} gold={g.get('published')}")
    for p in out["figures"]:
        per = p.get("period") or {}
        print(f"  {p['text'][:28]!r:32} v={p['value']} {p['kind']} u={p.get('unit')!r} ap={p.get('approx')} "
              f"tot={p.get('total')} pct={p.get('percent')} ch={(p.get('change') or {}).get('value')} "
              f"tg={(p.get('target') or {}).get('value')} st={p.get('status')} loc={p.get('location')} "
              f"per={per.get('start')}..{per.get('end')} subj={p.get('subject')!r}")

"""Side-by-side view of gold vs tool output (for the report; not part of scoring)."""
import json, sys, tomllib, unicodedata, re
from pathlib import Path
B = Path(__file__).resolve().parent.parent
for k in range(1, 9):
    g = tomllib.loads((B / f"gold/p913-{k}.toml").read_text())
    text = unicodedata.normalize("NFC", (B / f"articles/p913-{k}.txt").read_text())
    out = json.loads((B / f"tool-output/p913-{k}.json").read_text())
    print(f"==== p913-{k} published tool={out.get('published')} gold={g.get('published')}")
    preds = out["figures"]
    used = set()
    for f in g["figures"]:
        at = text.find(f["anchor"]); m = re.search(r"(?<![\w.,])" + re.escape(f["number"]) + r"(?!\w|[.,]\d)", f["anchor"])
        s, e = at + m.start(), at + m.end()
        hit = None
        for j, p in enumerate(preds):
            if j in used: continue
            if p["start"] < e and s < p["end"] and abs(p["value"] - f["value"]) <= 1e-6 * max(1, abs(f["value"])):
                hit = j; break
        opt = " OPT" if f.get("optional") else ""
        if hit is None:
            print(f"  MISS{opt} {f['anchor']!r}"); continue
        used.add(hit); p = preds[hit]
        gp = f.get("period") or {}
        pp = p.get("period") or {}
        notes = []
        if (gp.get("start"), gp.get("end")) != (pp.get("start"), pp.get("end")):
            notes.append(f"period gold={gp.get('text')}|{gp.get('start')}..{gp.get('end')}{' (inh)' if gp.get('inherited') else ''} tool={pp.get('text')}|{pp.get('start')}..{pp.get('end')}")
        if f.get("status", "actual") != (p.get("status") or "actual"):
            notes.append(f"status {f.get('status','actual')}/{p.get('status')}")
        if f.get("approx", "exact") != (p.get("approx") or "exact"):
            notes.append(f"approx {f.get('approx','exact')}/{p.get('approx')}")
        for a in ("total", "percent", "value_max"):
            if f.get(a) != p.get(a) and not (f.get(a) is None and p.get(a) is None):
                notes.append(f"{a} {f.get(a)}/{p.get(a)}")
        if (f.get("change") or {}).get("value") != (p.get("change") or {}).get("value"):
            notes.append(f"change {f.get('change')}/{p.get('change')}")
        if f.get("target") or p.get("target"):
            notes.append(f"target {f.get('target')}/{p.get('target')}")
        print(f"  ok{opt} {f['anchor']!r}: kind={p['kind']} unit={p['unit']!r} loc={p.get('location')!r} subj={p.get('subject')!r} " + "; ".join(notes))
    for j, p in enumerate(preds):
        if j not in used:
            print(f"  EXTRA {p['text']!r} {p['value']} {p['unit']!r} subj={p.get('subject')!r}")

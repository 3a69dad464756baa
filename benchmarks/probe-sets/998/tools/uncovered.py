"""List every digit run in each article that no gold figure's number covers (to review distractors)."""
import re, sys, tomllib
from pathlib import Path
SET = Path(__file__).resolve().parents[1]
for g in sorted((SET / "gold").glob("*.toml")):
    d = tomllib.loads(g.read_text())
    t = (g.parent / d["doc"]).read_text()
    spans = []
    for f in d["figures"]:
        a = t.find(f["anchor"])
        m = re.search(r"(?<![\w.,])" + re.escape(f["number"]) + r"(?!\w|[.,]\d)", f["anchor"])
        spans.append((a + m.start(), a + m.end()))
    out = []
    for m in re.finditer(r"\d+(?:[.,/]\d+)*", t):
        if not any(s <= m.start() < e for s, e in spans):
            ctx = t[max(0, m.start() - 18):m.end() + 12].replace("\n", "⏎")
            out.append(f"{m.group()!r:>14}  …{ctx}…")
    print(g.stem, len(out), "uncovered")
    for o in out:
        print("   ", o)

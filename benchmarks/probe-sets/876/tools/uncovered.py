"""List every number in each article that no gold figure covers (to review distractors and misses)."""
import re, tomllib, sys
from pathlib import Path
BASE = Path(__file__).resolve().parents[1]
for g in sorted((BASE / "gold").glob("*.toml")):
    d = tomllib.loads(g.read_text())
    text = (g.parent / d["doc"]).resolve().read_text()
    spans = []
    for f in d["figures"]:
        a = text.find(f["anchor"]); h = re.search(r"(?<![\w.,])" + re.escape(f["number"]) + r"(?!\w|[.,]\d)", f["anchor"])
        spans.append((a + h.start(), a + h.end()))
    out = []
    for m in re.finditer(r"\d+(?:[.,/]\d+)*", text):
        if not any(s < m.end() and m.start() < e for s, e in spans):
            out.append(text[max(0, m.start()-12):m.end()+6].replace("\n", " "))
    print(g.name, " || ".join(out))

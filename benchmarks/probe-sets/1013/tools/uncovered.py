"""List every digit run or number word in each article that no gold figure covers (for review of distractors)."""
import re, sys, tomllib
from pathlib import Path
ROOT = Path(__file__).resolve().parents[1]
for g in sorted((ROOT / "gold").glob("*.toml")):
    d = tomllib.loads(g.read_text())
    text = (g.parent / d["doc"]).resolve().read_text()
    spans = []
    for f in d["figures"]:
        at = text.find(f["anchor"])
        m = re.search(r"(?<![\w.,])" + re.escape(f["number"]) + r"(?!\w|[.,]\d)", f["anchor"])
        spans.append((at + m.start(), at + m.end()))
    out = []
    for m in re.finditer(r"\d+(?:[.,]\d+)*", text):
        if not any(s <= m.start() < e for s, e in spans):
            out.append(text[max(0, m.start()-12):m.end()+6].replace("\n", "⏎"))
    print(g.name, len(out)); [print("   ", o) for o in out]

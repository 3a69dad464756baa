"""List every digit run / number word in each article not covered by a gold anchor's number (to review distractors)."""
import re, sys, tomllib
from pathlib import Path
base = Path(__file__).resolve().parents[1]
for g in sorted((base / "gold").glob("*.toml")):
    d = tomllib.loads(g.read_text())
    text = (g.parent / d["doc"]).read_text()
    spans = []
    for f in d["figures"]:
        at = text.find(f["anchor"])
        m = re.search(r"(?<![\w.,])" + re.escape(f["number"]) + r"(?!\w|[.,]\d)", f["anchor"])
        spans.append((at + m.start(), at + m.end()))
    left = [m for m in re.finditer(r"\d+(?:[.,]\d+)*", text) if not any(s <= m.start() < e for s, e in spans)]
    print(g.name, [text[max(0, m.start()-12):m.end()+6].replace("\n", "⏎") for m in left])

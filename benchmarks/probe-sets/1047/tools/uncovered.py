"""List number tokens of each article not covered by a gold figure (to review distractors by eye)."""
import re, sys, tomllib
from pathlib import Path
ROOT = Path(__file__).resolve().parent.parent
for g in sorted((ROOT / "gold").glob("*.toml")):
    d = tomllib.loads(g.read_text())
    text = (g.parent / d["doc"]).resolve().read_text()
    spans = []
    for f in d["figures"]:
        at = text.find(f["anchor"])
        m = re.search(r"(?<![\w.,])" + re.escape(f["number"]) + r"(?!\w|[.,]\d)", f["anchor"])
        spans.append((at + m.start(), at + m.end()))
    rest = []
    for m in re.finditer(r"\d+(?:[.,]\d+)*", text):
        if not any(s <= m.start() < e for s, e in spans):
            line = text[max(0, m.start() - 20):m.end() + 10].replace("\n", " ")
            rest.append(f"{m.group()!s:>12}  …{line}…")
    print(g.name, len(rest))
    for r in rest:
        print("   ", r)

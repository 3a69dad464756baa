"""List the numbers of each article that no gold figure covers (to review distractors and misses by eye)."""
import re, sys, tomllib
from pathlib import Path
base = Path(__file__).resolve().parents[1]
for g in sorted((base / "gold").glob("*.toml")):
    d = tomllib.loads(g.read_text(encoding="utf-8"))
    text = (g.parent / d["doc"]).resolve().read_text(encoding="utf-8")
    spans = []
    for f in d["figures"]:
        at = text.find(f["anchor"])
        m = re.search(r"(?<![\w.,])" + re.escape(f["number"]) + r"(?!\w|[.,]\d)", f["anchor"])
        spans.append((at + m.start(), at + m.end()))
    out = []
    for m in re.finditer(r"\d+(?:[.,]\d+)*", text):
        if not any(s < m.end() and m.start() < e for s, e in spans):
            ctx = text[max(0, m.start() - 15):m.end() + 10].replace("\n", "⏎")
            out.append(f"{m.group()}«{ctx}»")
    print(g.stem, " | ".join(out))

"""List number tokens in each article that no gold figure's primary number covers (to review distractors)."""
import re, sys, tomllib
from pathlib import Path
root = Path(__file__).resolve().parent.parent
NUM = re.compile(r"\d+(?:[.,/:]\d+)*|\b(?:một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\b", re.I)
for g in sorted((root / "gold").glob("*.toml")):
    d = tomllib.loads(g.read_text())
    text = (g.parent / d["doc"]).resolve().read_text()
    spans = []
    for f in d["figures"]:
        a = text.find(f["anchor"]); m = re.search(r"(?<![\w.,])" + re.escape(f["number"]) + r"(?!\w|[.,]\d)", f["anchor"])
        spans.append((a + m.start(), a + m.end()))
    left = [m.group() for m in NUM.finditer(text) if not any(s < m.end() and m.start() < e for s, e in spans)]
    print(g.stem, left)

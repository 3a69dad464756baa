"""List number tokens of each article not covered by a gold figure's number (to review distractors)."""
import re, sys, tomllib
from pathlib import Path
root = Path(__file__).resolve().parent.parent
for g in sorted((root / "gold").glob("*.toml")):
    d = tomllib.loads(g.read_text())
    text = (g.parent / d["doc"]).read_text()
    spans = []
    for f in d["figures"]:
        a = text.find(f["anchor"]); m = re.search(r"(?<![\w.,])" + re.escape(f["number"]) + r"(?!\w|[.,]\d)", f["anchor"])
        spans.append((a + m.start(), a + m.end()))
    out = []
    for m in re.finditer(r"\d[\d.,/]*\d|\d", text):
        if not any(s < m.end() and m.start() < e for s, e in spans):
            out.append(text[max(0, m.start()-12):m.end()+8].replace("\n", " "))
    print(g.stem, len(d["figures"]), "| " + " | ".join(out))

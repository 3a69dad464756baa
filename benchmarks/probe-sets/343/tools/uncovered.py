import re, sys, tomllib
from pathlib import Path
for g in sorted(Path("gold").glob("*.toml")):
    d = tomllib.loads(g.read_text())
    text = (g.parent / d["doc"]).read_text()
    spans = []
    for f in d["figures"]:
        at = text.find(f["anchor"]); m = re.search(r"(?<![\w.,])" + re.escape(f["number"]) + r"(?!\w|[.,]\d)", f["anchor"])
        spans.append((at + m.start(), at + m.end()))
    out = []
    for m in re.finditer(r"\d+(?:[.,]\d+)*", text):
        if not any(s < m.end() and m.start() < e for s, e in spans):
            out.append(text[max(0, m.start()-12):m.end()+8].replace("\n", "⏎"))
    print(g.name, " | ".join(out))

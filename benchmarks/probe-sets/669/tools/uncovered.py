import re, sys, tomllib
from pathlib import Path
for g in sorted(Path("gold").glob("*.toml")):
    d = tomllib.loads(g.read_text())
    text = (g.parent / d["doc"]).read_text()
    cov = []
    for f in d["figures"]:
        a = text.find(f["anchor"]); m = re.search(r"(?<![\w.,])" + re.escape(f["number"]) + r"(?!\w|[.,]\d)", f["anchor"])
        cov.append((a + m.start(), a + m.end()))
    out = []
    for m in re.finditer(r"\d[\d.,]*\d|\d", text):
        if not any(s <= m.start() < e for s, e in cov):
            out.append(text[max(0, m.start()-15):m.end()+8].replace("\n", "⏎"))
    print(g.name, "|", " ;; ".join(out))

"""List numbers in each article not covered by a gold anchor's number (to review distractors)."""
import re, tomllib
from pathlib import Path
B = Path(__file__).resolve().parents[1]
for g in sorted((B / "gold").glob("*.toml")):
    d = tomllib.loads(g.read_text(encoding="utf-8"))
    t = (g.parent / d["doc"]).resolve().read_text(encoding="utf-8")
    spans = []
    for f in d["figures"]:
        a = t.find(f["anchor"]); m = re.search(r"(?<![\w.,])" + re.escape(f["number"]) + r"(?!\w|[.,]\d)", f["anchor"])
        spans.append((a + m.start(), a + m.end()))
    out = []
    for m in re.finditer(r"\d[\d.,/]*\d|\d", t):
        if not any(s < m.end() and m.start() < e for s, e in spans):
            out.append(m.group())
    print(g.name, out)

"""List number tokens in each article that no gold anchor's number covers (to review for missed figures / distractors)."""
import re, sys, tomllib
from pathlib import Path
root = Path(__file__).resolve().parent.parent
for g in sorted((root / "gold").glob("*.toml")):
    d = tomllib.loads(g.read_text())
    text = (g.parent / d["doc"]).read_text()
    covered = []
    for f in d["figures"]:
        at = text.find(f["anchor"])
        m = re.search(r"(?<![\w.,])" + re.escape(f["number"]) + r"(?!\w|[.,]\d)", f["anchor"])
        covered.append((at + m.start(), at + m.end()))
    out = []
    for m in re.finditer(r"\d+(?:[.,]\d+)*", text):
        if not any(s < m.end() and m.start() < e for s, e in covered):
            ctx = text[max(0, m.start() - 15):m.end() + 10].replace("\n", "⏎")
            out.append(f"{m.group()} «{ctx}»")
    print(g.stem, "uncovered:", len(out))
    for o in out:
        print("   ", o)

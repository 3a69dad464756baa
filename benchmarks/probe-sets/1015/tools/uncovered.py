"""List numbers in each article that no gold figure points at (to review distractors by hand)."""
import re, sys, tomllib
from pathlib import Path
base = Path(__file__).resolve().parents[1]
for k in range(1, 9):
    name = f"p1015-{k}"
    g = tomllib.loads((base / "gold" / f"{name}.toml").read_text())
    text = (base / "articles" / f"{name}.txt").read_text()
    covered = set()
    for f in g["figures"]:
        at = text.find(f["anchor"])
        m = re.search(r"(?<![\w.,])" + re.escape(f["number"]) + r"(?!\w|[.,]\d)", f["anchor"])
        covered.add(at + m.start())
    out = []
    for m in re.finditer(r"\d+(?:[.,]\d+)*", text):
        if m.start() not in covered:
            out.append(text[max(0, m.start() - 12):m.end() + 6].replace("\n", "⏎"))
    print(name, " | ".join(out))

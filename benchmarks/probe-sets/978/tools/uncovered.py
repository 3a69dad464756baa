"""List every digit run / number word in each article and whether a gold figure sits on it (review aid)."""
import re, tomllib
from pathlib import Path
R = Path(__file__).resolve().parent.parent
for g in sorted((R / "gold").glob("*.toml")):
    d = tomllib.loads(g.read_text())
    t = (g.parent / d["doc"]).read_text()
    pos = set()
    for f in d["figures"]:
        a = t.find(f["anchor"]); m = re.search(r"(?<![\w.,])" + re.escape(f["number"]) + r"(?!\w|[.,]\d)", f["anchor"])
        pos.add(a + m.start())
    print("==", g.name)
    for m in re.finditer(r"\d+(?:[.,]\d+)*", t):
        if m.start() not in pos:
            print("   not gold:", repr(t[max(0, m.start()-25):m.end()+10]))

"""Print each gold figure's number in context (to eyeball that the anchor points at the intended number)."""
import re, sys, tomllib
from pathlib import Path
base = Path(__file__).resolve().parents[1]
for name in sys.argv[1:]:
    g = tomllib.loads((base / "gold" / f"{name}.toml").read_text())
    text = (base / "articles" / f"{name}.txt").read_text()
    for f in g["figures"]:
        at = text.find(f["anchor"])
        m = re.search(r"(?<![\w.,])" + re.escape(f["number"]) + r"(?!\w|[.,]\d)", f["anchor"])
        s = at + m.start()
        ctx = text[max(0, s - 25):s].replace("\n", "⏎") + "[" + f["number"] + "]" + text[s + len(f["number"]):s + len(f["number"]) + 25].replace("\n", "⏎")
        print(f"{f['value']!s:>14} {f['kind']:8} {f.get('unit',''):14} {ctx}")

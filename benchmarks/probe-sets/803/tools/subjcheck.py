"""List gold subjects whose words do not stand in the figure's own sentence (review aid)."""
import re, sys, tomllib
from pathlib import Path
for g in sorted(Path("gold").glob("*.toml")):
    d = tomllib.loads(g.read_text())
    text = (g.parent / d["doc"]).read_text()
    for f in d["figures"]:
        at = text.find(f["anchor"])
        s = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at)) + 1
        e = min([x for x in (text.find(". ", at), text.find("\n", at + len(f["anchor"]))) if x >= 0] or [len(text)])
        sent = text[s:e].lower()
        miss = [w for w in re.findall(r"\w+", f.get("subject", "").lower()) if w not in sent]
        if miss:
            print(g.stem, repr(f["anchor"][:30]), "|", f.get("subject"), "| not in sentence:", " ".join(miss))

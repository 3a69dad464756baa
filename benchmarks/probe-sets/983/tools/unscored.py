"""Look at what the scorer does not score: optional figures, inherited periods, tool periods where gold has none."""
import json, re, sys, tomllib, unicodedata
from pathlib import Path
ROOT = Path(__file__).resolve().parent.parent
for g in sorted((ROOT / "gold").glob("*.toml")):
    data = tomllib.loads(g.read_text(encoding="utf-8"))
    text = unicodedata.normalize("NFC", (g.parent / data["doc"]).resolve().read_text(encoding="utf-8"))
    preds = json.loads((ROOT / "tool_out" / (g.stem + ".json")).read_text(encoding="utf-8"))["figures"]
    used = set()
    for f in data["figures"]:
        at = text.find(f["anchor"])
        hit = re.search(r"(?<![\w.,])" + re.escape(f["number"]) + r"(?!\w|[.,]\d)", f["anchor"])
        s = at + hit.start(); e = s + len(f["number"])
        m = None
        for j, p in enumerate(preds):
            if j in used: continue
            if p["start"] < e and s < p["end"] and abs(p["value"] - f["value"]) <= 1e-6 * max(1, abs(f["value"])):
                m = p; used.add(j); break
        gp = f.get("period")
        pp = m.get("period") if m else None
        tag = "OPT " if f.get("optional") else ""
        if f.get("optional"):
            print(g.stem, tag, "found" if m else "not found", repr(f["anchor"]), m and (m["kind"], m["unit"], m.get("subject")))
        if m is None: continue
        if gp and gp.get("inherited"):
            ok = pp and str(pp.get("start") or "") == str(gp.get("start") or "") and str(pp.get("end") or "") == str(gp.get("end") or "")
            print(g.stem, "INH", "ok " if ok else "BAD", repr(f["anchor"]), gp.get("start"), gp.get("end"), "| tool:", pp and (pp.get("text"), pp.get("start"), pp.get("end")))
        if not gp and pp and (pp.get("start") or pp.get("end")):
            print(g.stem, "NOGOLDPERIOD", repr(f["anchor"]), "| tool:", (pp.get("text"), pp.get("start"), pp.get("end")))
    print(g.stem, "published", json.loads((ROOT / "tool_out" / (g.stem + ".json")).read_text())["published"], "gold", data.get("published"))

import json, re, subprocess, tomllib
from pathlib import Path
root = Path(__file__).resolve().parent.parent
tot = {"fig":0,"req":0,"opt":0,"inh":0,"attr":0}
inh_res = {"right":0,"wrong":0,"none":0}; opt_found = 0; wrongs=[]
for g in sorted((root/"gold").glob("*.toml")):
    d = tomllib.loads(g.read_text()); t = (g.parent/d["doc"]).read_text()
    out = json.loads(subprocess.run(["/work/dtx/bin/dtextract","parse",str(g.parent/d["doc"]),"--format","json"],capture_output=True).stdout)
    preds = out["figures"]
    n = {"fig":0,"req":0,"opt":0,"inh":0,"attr":0}
    for f in d["figures"]:
        n["fig"]+=1; n["opt" if f.get("optional") else "req"]+=1
        n["attr"] += sum(1 for k in ("total","percent","change","target","value_max") if k in f)
        a = t.find(f["anchor"]); m = re.search(r"(?<![\w.,])"+re.escape(f["number"])+r"(?!\w|[.,]\d)", f["anchor"])
        s,e = a+m.start(), a+m.end()
        hit = [p for p in preds if p["start"]<e and s<p["end"] and abs(p["value"]-f["value"])<=1e-6*max(1,abs(f["value"]))]
        if f.get("optional") and hit: opt_found+=1
        per = f.get("period")
        if per and per.get("inherited"):
            n["inh"]+=1
            if hit:
                pp = hit[0].get("period") or {}
                if not pp.get("start") and not pp.get("end"): inh_res["none"]+=1
                elif (pp.get("start") or None)==per.get("start") and (pp.get("end") or None)==per.get("end"): inh_res["right"]+=1
                else: inh_res["wrong"]+=1; wrongs.append((g.name,f["anchor"],pp.get("text")))
    print(g.name, n, "published", out.get("published"))
    for k in tot: tot[k]+=n[k]
print(tot, "optional found", opt_found, "inherited", inh_res); print(wrongs)

import sys, json, subprocess
sys.path.insert(0, '/work/shared/tools')
import score
from pathlib import Path
docs, _ = score.load_gold(Path('/work/probe/449/gold'))
right=wrong=none=0; opt=optn=0; wrongs=[]
for name,d in docs.items():
    out = subprocess.run(['/work/dtx/bin/dtextract','parse',str(d['article']),'--format','json'],capture_output=True).stdout
    preds = json.loads(out)['figures']
    score.match(d['gold'], preds)
    for g in d['gold']:
        if g.optional:
            optn+=1; opt+= g.matched is not None; continue
        gp=g.fig.get('period')
        if gp and gp.get('inherited') and g.matched:
            pp=g.matched.get('period')
            if not pp or (not pp.get('start') and not pp.get('end')): none+=1
            elif score.period_ok(gp,pp): right+=1
            else: wrong+=1; wrongs.append((name,g.fig['anchor'],gp['text'],pp.get('text'),pp.get('start'),pp.get('end')))
print('inherited right',right,'wrong',wrong,'none',none,'optional found',opt,'/',optn)
for w in wrongs: print(w)

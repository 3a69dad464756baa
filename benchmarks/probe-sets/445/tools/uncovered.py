import re, tomllib, sys
from pathlib import Path
for g in sorted(Path('gold').glob('*.toml')):
    d = tomllib.loads(g.read_text())
    t = (g.parent / d['doc']).read_text()
    spans = []
    for f in d['figures']:
        a = t.find(f['anchor']); m = re.search(r'(?<![\w.,])' + re.escape(f['number']) + r'(?!\w|[.,]\d)', f['anchor'])
        spans.append((a + m.start(), a + m.end()))
    out = []
    for m in re.finditer(r'\d+(?:[.,]\d+)*', t):
        if not any(s <= m.start() < e for s, e in spans):
            out.append(t[max(0, m.start()-12):m.end()+8].replace('\n', '⏎'))
    print(g.name, len(out)); [print('   ', o) for o in out]

# tiny helper: F(anchor, number, value, kind, unit, subject, **extra) -> TOML
import sys, json
def val(v):
    if isinstance(v, bool): return 'true' if v else 'false'
    if isinstance(v, (int, float)): return repr(v)
    if isinstance(v, str): return json.dumps(v, ensure_ascii=False)
    if isinstance(v, dict): return '{ ' + ', '.join(f'{k} = {val(x)}' for k, x in v.items()) + ' }'
    raise TypeError(v)
def P(text, start=None, end=None, inherited=False):
    d = {'text': text}
    if start: d['start'] = start
    if end: d['end'] = end
    if inherited: d['inherited'] = True
    return d
def C(direction, value, unit, baseline, approx=None):
    d = {'direction': direction, 'value': value, 'unit': unit}
    if approx: d['approx'] = approx
    d['baseline'] = baseline
    return d
def T(value, unit, met=None):
    d = {'value': value, 'unit': unit}
    if met is not None: d['met'] = met
    return d
def write(path, header, doc, figs, **top):
    out = [l if l.startswith('#') else '# ' + l for l in header.strip().splitlines()]
    out.append(f'doc = {val(doc)}')
    for k, v in top.items(): out.append(f'{k} = {val(v)}')
    for f in figs:
        out.append('\n[[figures]]')
        for k, v in f.items():
            if v is None: continue
            out.append(f'{k} = {val(v)}')
    open(path, 'w', encoding='utf-8').write('\n'.join(out) + '\n')
def F(anchor, number, value, kind, unit, subject=None, **kw):
    d = {'anchor': anchor, 'number': number, 'value': value, 'kind': kind, 'unit': unit}
    d.update(kw)
    if subject: d['subject'] = subject
    return d

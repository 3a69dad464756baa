"""Helpers: write an article and its gold TOML; check anchors (unique, number whole inside)."""
import re, sys, unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

def q(s):
    return '"' + s.replace('\\', '\\\\').replace('"', '\\"').replace('\n', '\\n').replace('\t', '\\t') + '"'

def val(v):
    if isinstance(v, bool):
        return 'true' if v else 'false'
    if isinstance(v, (int, float)):
        if isinstance(v, float) and v.is_integer() and abs(v) < 1e15:
            return str(int(v))
        return repr(v)
    if isinstance(v, str):
        return q(v)
    if isinstance(v, dict):
        return '{ ' + ', '.join(f'{k} = {val(x)}' for k, x in v.items() if x is not None) + ' }'
    raise TypeError(v)

def P(text, start=None, end=None, inherited=False):
    d = {'text': text, 'start': start, 'end': end}
    if inherited:
        d['inherited'] = True
    return d

def C(direction, value, unit, baseline=None, approx=None):
    d = {'direction': direction, 'value': value, 'unit': unit}
    if approx:
        d['approx'] = approx
    if baseline:
        d['baseline'] = baseline
    return d

def T(value, unit, met=None):
    d = {'value': value, 'unit': unit}
    if met is not None:
        d['met'] = met
    return d

ORDER = ['anchor', 'number', 'value', 'value_max', 'kind', 'unit', 'approx', 'total', 'percent', 'change',
         'target', 'status', 'subject', 'period', 'location', 'optional']

def F(anchor, number, value, kind, unit, subject=None, **kw):
    d = dict(anchor=anchor, number=number, value=value, kind=kind, unit=unit, subject=subject)
    d.update(kw)
    return d

def write(name, text, figs, header, published=None, location=None):
    text = unicodedata.normalize('NFC', text)
    problems = []
    for i, f in enumerate(figs):
        a, n = f['anchor'], f['number']
        c = text.count(a)
        if c != 1:
            problems.append(f'{name} fig {i+1} {a!r}: occurs {c} times')
        if not re.search(r'(?<![\w.,])' + re.escape(n) + r'(?!\w|[.,]\d)', a):
            problems.append(f'{name} fig {i+1} {a!r}: number {n!r} not whole')
    (ROOT / 'articles' / f'{name}.txt').write_text(text, encoding='utf-8')
    out = [f'# {line}' for line in header.strip().splitlines()]
    out.append(f'doc = "../articles/{name}.txt"')
    if published:
        out.append(f'published = "{published}"')
    if location:
        out.append(f'location = {q(location)}')
    for f in figs:
        out.append('')
        out.append('[[figures]]')
        for k in ORDER:
            if k in f and f[k] is not None:
                out.append(f'{k} = {val(f[k])}')
        for k in f:
            if k not in ORDER:
                raise KeyError(k)
    (ROOT / 'gold' / f'{name}.toml').write_text(unicodedata.normalize('NFC', '\n'.join(out) + '\n'), encoding='utf-8')
    nreq = sum(1 for f in figs if not f.get('optional'))
    print(f'{name}: {len(text)} chars, {len(figs)} figures ({nreq} required)')
    for p in problems:
        print('PROBLEM', p)
    if problems:
        sys.exit(1)

"""Building figures from numbers: kind, unit, qualifier, and the attributes
that other numbers give them (total, percent, change, target).

Everything here reads the *scan view* (see :mod:`dtextract.normalise`) and
returns offsets into it, which are offsets into the NFC text as well. The rule
data comes from ``patterns/units.toml``, ``qualifiers.toml``, ``cues.toml`` and
``nonfigures.toml``.
"""
from __future__ import annotations

import bisect
import functools
import threading
from dataclasses import dataclass, field
from typing import Literal

import regex
from pydantic import BaseModel, ConfigDict, Field

from . import segment
from .numerals import NumberMatch, english_style, find_numbers
from .patterns import DEFAULT_FLAGS, PatternSet, match_timeout
from .windows import finditer_in, merge

# -- rule data ------------------------------------------------------------------------------


class _Rule(BaseModel):
    model_config = ConfigDict(extra="forbid")
    pattern: str
    case_sensitive: bool = False


class NonFigureRule(_Rule):
    #: How far (characters) a match may extend before or after the number it covers: the
    #: rule runs only within that distance of the numbers found (see dtextract.windows).
    reach: int = Field(default=60, ge=1, le=1000)


class QualifierRule(_Rule):
    approx: Literal["about", "nearly", "over", "under", "at_least", "at_most"]


class CueRule(_Rule):
    attribute: Literal["total", "percent", "change", "target", "per", "whole", "named", "self_change"] | None = None
    status: Literal["estimate", "forecast", "target"] | None = None
    kind: Literal["rank"] | None = None


class UnitRule(BaseModel):
    model_config = ConfigDict(extra="forbid")
    kind: Literal["count", "percent", "money", "measure", "multiple"] | None = None
    words: list[str] = []
    canonical: dict[str, str] = {}


@dataclass(frozen=True)
class Rules:
    """The compiled rule data of one pattern set."""

    nonfigures: list[tuple[str, int, regex.Pattern[str]]]       # (name, reach, regex)
    qualifiers: list[tuple[str, str, regex.Pattern[str]]]      # (name, approx, regex anchored at the end)
    attributes: list[tuple[str, str, regex.Pattern[str]]]      # (name, attribute, regex matching a whole gap)
    statuses: list[tuple[str, str, regex.Pattern[str]]]        # (name, status, regex)
    rank: regex.Pattern[str] | None
    unit_rx: regex.Pattern[str]
    unit_info: dict[str, tuple[str, str, str]]                  # lower-case word -> (kind, canonical, source entry)
    classifiers: frozenset[str]
    not_units: frozenset[str]


def _flags(rule: _Rule) -> int:
    return DEFAULT_FLAGS & ~regex.IGNORECASE if rule.case_sensitive else DEFAULT_FLAGS


@functools.lru_cache(maxsize=8)
def rules(patterns: PatternSet) -> Rules:
    nonfig = [(name, r.reach, patterns.regex("nonfigures", name, r.pattern, flags=_flags(r)))
              for name, r in patterns.entries("nonfigures", NonFigureRule).items()]
    quals = [(name, r.approx, patterns.regex("qualifiers", name, rf"(?:^|[\s(“\"'])(?:{r.pattern})\s*$", flags=_flags(r)))
             for name, r in patterns.entries("qualifiers", QualifierRule).items()]
    attrs, statuses, rank = [], [], None
    for name, r in patterns.entries("cues", CueRule).items():
        if r.attribute:
            attrs.append((name, r.attribute, patterns.regex("cues", name, rf"(?:{r.pattern})", flags=_flags(r))))
        elif r.status:
            statuses.append((name, r.status, patterns.regex("cues", name, r.pattern, flags=_flags(r))))
        elif r.kind == "rank":
            rank = patterns.regex("cues", name, rf"(?:^|\s)(?:{r.pattern})$", flags=_flags(r))
    units = patterns.entries("units", UnitRule)
    info: dict[str, tuple[str, str, str]] = {}
    for name, u in units.items():
        if name in ("classifiers", "not_units") or not u.kind:
            continue
        for w in u.words:
            info.setdefault(w.lower(), (u.kind, u.canonical.get(w, ""), name))
    words = sorted(info, key=len, reverse=True)
    alternation = "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in words)
    unit_rx = patterns.regex("units", "phrases", rf"(?:{alternation})(?!\w)")
    return Rules(
        nonfigures=nonfig, qualifiers=quals, attributes=attrs, statuses=statuses, rank=rank,
        unit_rx=unit_rx, unit_info=info,
        classifiers=frozenset(w.lower() for w in units["classifiers"].words) if "classifiers" in units else frozenset(),
        not_units=frozenset(w.lower() for w in units["not_units"].words) if "not_units" in units else frozenset(),
    )


# -- building ---------------------------------------------------------------------------------

@dataclass
class Draft:
    """A figure under construction (plain data; validated into a Figure later)."""

    start: int
    end: int
    value: float
    kind: str
    unit: str
    rule: str
    number: NumberMatch
    value_max: float | None = None
    approx: str = "exact"
    total: float | None = None
    percent: float | None = None
    change: dict | None = None
    target: dict | None = None
    status: str = "actual"
    attr_end: int = 0                    # end of the last attribute read after the figure
    notes: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Unit:
    text: str
    kind: str
    start: int
    end: int
    rule: str


_SPACE = regex.compile(r"[ \t]*")
_BASELINE = regex.compile(r"\s*so\s+với\s+(?P<b>[^,;.()\n]{1,60}?)(?=\s*(?:[,;.()\n]|$|\s(?:và|nhưng|đồng thời|trong khi)\s))",
                          regex.IGNORECASE)
#: after `gấp N lần` the baseline may follow without `so với`: `gấp 1,5 lần năm 2020`
_BASELINE_OF_MULTIPLE = regex.compile(
    r"\s*(?:lần\s+)?(?P<b>(?:năm|cùng\s+k[ỳì]|quý|tháng|giai\s+đoạn|đầu\s+năm|cuối\s+năm)(?!\w)[^,;.()\n]{0,50}?)"
    r"(?=\s*(?:[,;.()\n]|$|\s(?:và|nhưng|đồng thời|trong khi)\s))", regex.IGNORECASE)
_TAIL_MAX = 80
_PUNCT = regex.compile(r"[,;.()!?]")
_WORD_END = regex.compile(r"(?<=\S)(?=[\s,(;/])")
_LETTER = regex.compile(r"\p{L}")
_ACRONYM = regex.compile(r"\p{Lu}{2,}[\p{Lu}\d]*")
_WORD = regex.compile(r"[\p{L}][\p{L}\p{M}\d²³°/-]*")
_SPACES = regex.compile(r"\s+")


#: A run of white space or of characters a reader does not see (zero-width spaces, soft hyphens, bidi marks,
#: controls): one space in a unit's name, whatever stands between its words in the text.
_UNIT_GAP = regex.compile(r"[\s\p{Cf}\p{Cc}]+")


def _unit_text(raw: str) -> str:
    """A unit's name as the text writes it, its words one plain space apart: 'hồ\xa0sơ', 'hồ \u200bsơ' → 'hồ sơ'.

    (The figure's ``text`` keeps the raw slice; only the ``unit`` field is normalised.)
    """
    return _UNIT_GAP.sub(" ", raw).strip()


def _unit_at(text: str, scan: str, pos: int, r: Rules, *, allow_segment: bool = True) -> Unit | None:
    """The unit that starts at ``pos`` (after optional spaces), or None."""
    m = _SPACE.match(scan, pos)
    p = m.end() if m else pos
    if p >= len(scan):
        return None
    if scan[p] == "%":
        return Unit("%", "percent", p, p + 1, "percent")
    um = r.unit_rx.match(scan, p)
    if um:
        word = _SPACES.sub(" ", um.group().lower())
        kind, canonical, source = r.unit_info.get(word, ("count", "", "phrases"))
        if kind == "percent":
            return Unit("%", "percent", p, um.end(), source)
        return Unit(canonical or _unit_text(text[p:um.end()]), kind, p, um.end(), source)
    wm = _WORD.match(scan, p, p + 40)
    if not wm:
        return None
    first = wm.group()
    if first.lower() in r.not_units:
        return None
    if _ACRONYM.fullmatch(first):          # an acronym: TTHC, CCCD, IOC
        return Unit(_unit_text(text[p:p + len(first)]), "count", p, p + len(first), "acronym")
    if not allow_segment:
        return None
    window_end = p
    stop = regex.compile(r"[,;.:()!?\n\"“”]|\s\d")
    sm = stop.search(scan, p, min(len(scan), p + 60))
    window_end = sm.start() if sm else min(len(scan), p + 60)
    words = segment.words(text[p:window_end])
    if not words:
        return None
    w0 = words[0]
    if w0.lower() in r.not_units or not _LETTER.match(w0):
        return None
    if text[p:p + len(w0)] != w0:
        # underthesea may normalise a word (add or drop spaces, 'Y \x1b'): keep only what the text says
        w0 = scan[p:window_end].split()[0] if scan[p:window_end].split() else ""
        if not w0 or not _LETTER.match(w0):
            return None
    end = p + len(w0)
    if w0.lower() in r.classifiers and len(words) > 1 and words[1].lower() not in r.not_units \
            and _LETTER.match(words[1]):
        nxt = text.find(words[1], end)
        if 0 <= nxt - end <= 2:
            end = nxt + len(words[1])
    return Unit(_unit_text(text[p:end]), "count", p, end, "segmented")


def _qualifier(scan: str, start: int, r: Rules) -> tuple[str, str] | None:
    """The qualifier right before a number; the longest wins (`không dưới` over `dưới`)."""
    before = scan[max(0, start - 40):start]
    last = before.rstrip()[-1:]
    if not last or last.isdigit() or last in "%,;":
        return None  # no qualifier ends in a digit or a list's punctuation: no rule need look
    best, best_at = None, len(before) + 1
    for name, approx, rx in r.qualifiers:
        m = rx.search(before)
        if m and m.start() < best_at:
            best, best_at = (name, approx), m.start()
    return best


_last_sentence: tuple[object, tuple[int, int]] = (None, (0, 0))  # a figure asks for its sentence many times


def _sentence_of(spans: list[tuple[int, int]], pos: int) -> tuple[int, int]:
    global _last_sentence
    seen, (s0, e0) = _last_sentence
    if seen is spans and s0 <= pos < e0:
        return s0, e0
    found = _find_sentence(spans, pos)
    _last_sentence = (spans, found)
    return found


def _find_sentence(spans: list[tuple[int, int]], pos: int) -> tuple[int, int]:
    lo, hi = 0, len(spans) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        s, e = spans[mid]
        if pos < s:
            hi = mid - 1
        elif pos >= e:
            lo = mid + 1
        else:
            return s, e
    return pos, pos + 1


def excluded_spans(scan: str, r: Rules, nums: list[NumberMatch]) -> list[tuple[int, int, str]]:
    """What the non-figure rules match near the number candidates ``nums`` (in text order).

    A rule matters only where it covers a number, so it runs only within its
    ``reach`` of one; a rule that times out there loses that stretch of text only.
    """
    out = []
    t = match_timeout(scan)
    anchors = [(n.start, n.end) for n in nums]
    windows: dict[int, list[tuple[int, int]]] = {}  # by reach: rules mostly share one
    for name, reach, rx in r.nonfigures:
        if reach not in windows:
            windows[reach] = merge(anchors, reach, len(scan))
        for m in finditer_in(rx, scan, windows[reach], timeout=t):
            if m.end() > m.start():
                out.append((m.start(), m.end(), name))
    return out


def build(text: str, scan: str, sentences: list[tuple[int, int]], patterns: PatternSet) -> list[Draft]:
    """Every figure of the article as drafts, in text order."""
    r = rules(patterns)
    english = english_style(scan)
    nums = find_numbers(scan, english=english, patterns=patterns)
    spans = excluded_spans(scan, r, nums)
    excluded = bytearray(len(scan))   # 1 where a non-figure rule matched: one pass, linear in the text
    for s, e, _ in spans:
        excluded[s:e] = b"\x01" * (e - s)
    live = [n for n in nums if not any(excluded[n.start:n.number_end])]
    # the gaps between a figure and its attributes are read with non-figures masked out,
    # so that `… mức độ 3, 4, đạt 96%` still attaches 96% to the figure before it
    masked = _masked(scan, spans)
    consumed: set[int] = set()
    drafts: list[Draft] = []
    for i, n in enumerate(live):
        if i in consumed:
            continue
        d = _build_one(text, scan, masked, live, i, consumed, sentences, r)
        if d is not None:
            drafts.append(d)
    _wholes(drafts, scan, sentences, r)
    return drafts


_NOT_SPACE = regex.compile(r"\S")


def _masked(scan: str, spans: list[tuple[int, int, str]]) -> str:
    """``scan`` with every non-space character of ``spans`` replaced by ``x`` (same length).

    >>> _masked("Điều 5, đạt 9%", [(0, 6, "legal")])
    'xxxx x, đạt 9%'
    """
    pieces, done = [], 0
    for s, e, _ in sorted(spans):
        s = max(s, done)
        if e <= s:
            continue
        pieces.append(scan[done:s])
        pieces.append(_NOT_SPACE.sub("x", scan[s:e]))
        done = e
    pieces.append(scan[done:])
    return "".join(pieces)


def _wholes(drafts: list[Draft], scan: str, sentences: list[tuple[int, int]], r: Rules) -> None:
    """`1.983 TTHC, trong đó có 685 …, 841 …`: parts named after `trong đó` take the whole as total."""
    wholes = [(name, rx) for name, attribute, rx in r.attributes if attribute == "whole"]
    if not wholes:
        return
    for k, d in enumerate(drafts):
        if d.kind not in ("count", "money", "measure"):
            continue
        _, s_end = _sentence_of(sentences, d.start)
        nxt = drafts[k + 1].start if k + 1 < len(drafts) else s_end
        gap = scan[d.attr_end:min(nxt, s_end)]
        opened = None
        for _, rx in wholes:
            for cut in _tail_cuts(gap):
                m = rx.match(gap, cut)
                if m:
                    opened = d.attr_end + m.end()
                    break
            if opened is not None:
                break
        if opened is None:
            continue
        close = scan.find(";", opened, s_end)
        close = s_end if close < 0 else close
        for part in drafts[k + 1:]:
            if part.start >= close:
                break
            if part.kind == d.kind and part.total is None and part.value <= d.value:
                part.total = d.value


def _next_live(live: list[NumberMatch], i: int, pos: int, limit: int) -> tuple[int, NumberMatch] | None:
    for j in range(i + 1, len(live)):
        if live[j].start >= pos:
            return (j, live[j]) if live[j].start < limit else None
    return None


_RANGE = regex.compile(r"[^\S\n]*(?:-|(?P<w>đến|tới))[^\S\n]*", regex.IGNORECASE)  # one line: a range never spans a break


def _range_end(scan: str, live: list[NumberMatch], i: int, pos: int, *, unit: Unit | None, r: Rules, text: str):
    """`từ 10 đến 15%`, `10-15%`, `300 đến 400 người`, `từ 6% đến 8%`: the upper end, if one follows."""
    rm = _RANGE.match(scan, pos, min(len(scan), pos + 12))
    if not rm:
        return None
    nxt = _next_live(live, i, rm.end(), rm.end() + 1)
    if not nxt or nxt[1].form != live[i].form or nxt[1].value < live[i].value:
        return None
    if unit is not None:
        # both ends carry the unit: the second must carry the same one
        u2 = _unit_at(text, scan, nxt[1].end, r, allow_segment=False)
        if u2 is None or u2.text.lower() != unit.text.lower():
            return None
    return nxt


def _build_one(text: str, scan: str, masked: str, live: list[NumberMatch], i: int, consumed: set[int],
               sentences: list[tuple[int, int]], r: Rules) -> Draft | None:
    n = live[i]
    s_start, s_end = _sentence_of(sentences, n.start)
    pos = n.end
    value_max = None
    # a range: `từ 10 đến 15%`, `10-15%`, `10 – 15 tỷ đồng`
    nxt = _range_end(scan, live, i, pos, unit=None, r=r, text=text)
    if nxt:
        j, m = nxt
        value_max = m.value
        if m.multiplier != 1.0 and n.multiplier == 1.0:
            n = NumberMatch(n.start, n.end, n.value * m.multiplier, n.form, n.number_end, m.multiplier)
            value_max = m.value
        consumed.add(j)
        pos = m.end
        i = j
    value = n.value
    total = None
    # `42/63 tỉnh`, `150 trên tổng số 200 xã`: the total stands between the number and the unit
    if _unit_at(text, scan, pos, r, allow_segment=False) is None:
        for name, attribute, rx in r.attributes:
            if attribute != "total":
                continue
            sm = rx.match(scan, pos, min(len(scan), pos + 40))
            nxt = _next_live(live, i, sm.end(), sm.end() + 1) if sm else None
            if nxt and nxt[1].value >= value:
                j, m = nxt
                total = m.value
                consumed.add(j)
                pos = m.end
                i = j
                break
    # a rank: `xếp thứ 2`, `vị trí số 13`, `xếp thứ 12/63 tỉnh`
    before = scan[max(0, s_start, n.start - 40):n.start]
    if r.rank is not None and r.rank.search(before):
        d = Draft(n.start, pos, value, "rank", "hạng", "rank", n, total=total, attr_end=pos)
        return _finish(d, text, scan, masked, live, i, consumed, s_start, s_end, r)
    unit = _unit_at(text, scan, pos, r)
    if unit is None:
        unit = _named_before(text, scan, n.start, s_start, r)
        if unit is None:
            return None
    elif value_max is None:
        nxt = _range_end(scan, live, i, unit.end, unit=unit, r=r, text=text)
        if nxt:
            j, m = nxt
            value_max = m.value
            consumed.add(j)
            unit = _unit_at(text, scan, m.end, r) or unit
            i = j
    kind = unit.kind
    end = unit.end if unit.start >= n.start else max(pos, n.end)
    d = Draft(n.start, end, value, kind, unit.text, unit.rule, n, value_max=value_max, total=total,
              attr_end=end)
    return _finish(d, text, scan, masked, live, i, consumed, s_start, s_end, r)


def _named_before(text: str, scan: str, start: int, s_start: int, r: Rules) -> Unit | None:
    """`Số doanh nghiệp thành lập mới là 1.200`: the unit that `số …` named earlier in the clause."""
    cues = [rx for _, attribute, rx in r.attributes if attribute == "named"]
    if not cues:
        return None
    clause_start = max(s_start, *(scan.rfind(c, s_start, start) + 1 for c in ",;:("))
    seg = scan[clause_start:start]
    if not regex.search(r"(?:là|đạt|có|khoảng|gần|hơn|trên|ước|chừng|tới|lên)\s*$", seg, flags=regex.IGNORECASE):
        return None
    for rx in cues:
        for m in rx.finditer(scan, clause_start, start):
            u = _unit_at(text, scan, m.end(), r)
            if u is not None and u.kind == "count":
                return u
    return None


def _finish(d: Draft, text: str, scan: str, masked: str, live: list[NumberMatch], i: int, consumed: set[int],
            s_start: int, s_end: int, r: Rules) -> Draft:
    q = _qualifier(scan, d.start, r)
    if q:
        d.approx = q[1]
    if d.number.form == "approx":
        d.approx = "about"
    _attributes(d, text, masked, live, i, consumed, s_end, r)
    if d.kind == "percent" and d.change is None:
        _self_change(d, text, masked, s_start, r)
    if d.kind == "multiple" and d.change is None and d.unit.lower() != "lần":
        d.kind = "count"
    d.status = _status(scan, s_start, d.start, r, s_end)
    return d


def _attributes(d: Draft, text: str, scan: str, live: list[NumberMatch], i: int, consumed: set[int],
                limit: int, r: Rules) -> None:
    """Read the numbers after the figure that belong to it: total, percent, change, target, denominator."""
    pos = d.attr_end
    last = i
    for _ in range(5):
        nxt = _next_live(live, last, pos, limit)
        if nxt is None:
            return
        j, m = nxt
        gap = scan[pos:m.start]
        hit = _match_gap(gap, d, r)
        if hit is None:
            return
        name, attribute, gm = hit
        unit = _unit_at(text, scan, m.end, r, allow_segment=attribute in ("change", "per"))
        end = unit.end if unit else m.end
        uname = unit.text if unit else ""
        if attribute == "total":
            if m.value < d.value:
                return
            d.total = m.value
        elif attribute == "percent":
            if d.kind == "percent" or not unit or unit.kind != "percent":
                return
            d.percent = m.value
        elif attribute == "per":
            if not unit or unit.kind not in ("count", "measure") or d.kind not in ("count", "measure"):
                return
            d.kind = "measure"
        elif attribute == "change":
            direction = gm.group("dir").lower()
            if direction == "gấp":
                uname = uname or "lần"
            if not uname:
                return
            d.change, end = _change(direction, m.value, uname, _approx_word(gm.group("approx"), r), text, scan, end)
        elif attribute == "target":
            if not unit and d.kind != "percent":
                return
            groups = gm.groupdict()
            d.target = {"value": m.value, "unit": uname or d.unit,
                        "met": True if groups.get("met") else False if groups.get("unmet") else None}
        consumed.add(j)
        d.notes.append(name)
        pos = end
        last = j
        d.attr_end = end


def _match_gap(gap: str, d: Draft, r: Rules):
    if len(gap) > _TAIL_MAX + 60 or "\n" in gap:
        return None
    cuts = list(_tail_cuts(gap))
    for name, attribute, rx in r.attributes:
        if attribute in ("whole", "named", "self_change"):
            continue  # not read from the gap after a figure: see _wholes(), _named_before(), _self_change()
        if attribute == "total" and name == "total_slash" and d.total is not None:
            continue
        # the gap may start with modifier words of the figure's unit (no punctuation)
        for cut in cuts:
            gm = rx.fullmatch(gap, cut)
            if gm:
                return name, attribute, gm
    return None


def _tail_cuts(gap: str):
    """Positions where a cue may start: right away, or after a run of modifier words."""
    yield 0
    stop = _PUNCT.search(gap, 0, _TAIL_MAX)
    limit = stop.start() if stop else _TAIL_MAX
    for m in _WORD_END.finditer(gap, 0, _TAIL_MAX):
        if m.start() > limit:
            return
        yield m.start()


def _self_change(d: Draft, text: str, scan: str, s_start: int, r: Rules) -> None:
    """`GRDP ước tăng 3,2% so với năm 2022`: a percent that is itself the rate of change."""
    before = scan[max(s_start, d.start - 40):d.start]
    for _, attribute, rx in r.attributes:
        if attribute != "self_change":
            continue
        m = rx.search(before)
        if not m:
            continue
        d.change, d.attr_end = _change(m.group("dir").lower(), d.value, d.unit, d.approx, text, scan, d.attr_end)
        return


def _change(direction: str, value: float, unit: str, approx: str, text: str, scan: str, end: int
            ) -> tuple[dict, int]:
    """A change record (``tăng``/``giảm``/``gấp`` …) and where it ends, with the baseline
    (``so với năm 2022``) that follows at ``end`` if there is one."""
    ch = {"direction": "decrease" if direction == "giảm" else "increase", "value": value, "unit": unit,
          "approx": approx, "baseline": None}
    bm = _BASELINE.match(scan, end)
    if bm is None and direction == "gấp":
        bm = _BASELINE_OF_MULTIPLE.match(text, end)  # (the text: `scan` here has the period masked out)
    if bm:
        ch["baseline"] = text[bm.start("b"):bm.end("b")].strip()
        end = bm.end()
    return ch, end


def _approx_word(word: str | None, r: Rules) -> str:
    if not word:
        return "exact"
    for _, approx, rx in r.qualifiers:
        if rx.search(word + " "):
            return approx
    return "exact"


#: A sentence prefix longer than this is not rescanned for each figure: its status cues are found once
#: (per sentence) and looked up (figure-dense text, one long line, stays linear).
_STATUS_SCAN = 160
_status_memo = threading.local()


def _status(scan: str, s_start: int, pos: int, r: Rules, s_end: int | None = None) -> str:
    """The status the sentence gives a figure: the last cue before it wins."""
    if pos - s_start > _STATUS_SCAN and s_end is not None:
        return _status_long(scan, s_start, s_end, pos, r)
    before = scan[s_start:pos]
    if ":" not in before and ";" in before:
        before = before[before.rfind(";") + 1:]   # a cue does not reach past `;` unless a list was opened with `:`
    best, best_at = "actual", -1
    for _, status, rx in r.statuses:
        for m in rx.finditer(before):
            if m.start() > best_at:
                best, best_at = status, m.start()
    return best


def _status_long(scan: str, s_start: int, end: int, pos: int, r: Rules) -> str:
    """:func:`_status` for a figure far into its sentence: the cues of the sentence found once, the last
    one before ``pos`` (and after its `;` when no `:` opened a list) taken; the last
    :data:`_STATUS_SCAN` characters are searched as ``_status`` searches them, so a cue right before the
    figure is read the same way."""
    memo = _status_memo.__dict__
    if memo.get("scan") is not scan or memo.get("rules") is not r:
        memo.clear()
        memo.update(scan=scan, rules=r, sentences={})
    sentence = memo["sentences"].get(s_start)
    if sentence is None:
        cues = sorted((m.start(), m.end(), status) for _, status, rx in r.statuses
                      for m in rx.finditer(scan, s_start, end))
        colon = scan.find(":", s_start, end)
        semis = [m.start() for m in regex.finditer(";", scan[s_start:end])]
        sentence = memo["sentences"][s_start] = (cues, [c[0] for c in cues], colon, [s_start + q for q in semis])
    cues, cue_starts, colon, semis = sentence
    cut = s_start
    if not (0 <= colon < pos):
        k = bisect.bisect_left(semis, pos) - 1
        if k >= 0:
            cut = semis[k] + 1
    tail_from = max(cut, pos - _STATUS_SCAN)
    best, best_at = "actual", -1
    for _, status, rx in r.statuses:  # near the figure: exactly as _status reads it
        for m in rx.finditer(scan, tail_from, pos):
            if m.start() > best_at:
                best, best_at = status, m.start()
    if best_at >= 0:
        return best
    k = bisect.bisect_left(cue_starts, tail_from) - 1
    while k >= 0 and cues[k][0] >= cut:
        if cues[k][1] <= pos:  # (a cue may run into the searched tail without starting in it)
            return cues[k][2]
        k -= 1
    return "actual"

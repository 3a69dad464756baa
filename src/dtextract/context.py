"""Context for each figure: what it measures (subject), when (period) and where (location).

The article-level facts (publication date, the period phrases and places it
names) are found once per article; each figure then takes what governs it.
"""
from __future__ import annotations

import bisect
import functools
from dataclasses import dataclass, field
from typing import TypeVar

import regex
from pydantic import BaseModel, ConfigDict

from . import periods as _periods
from . import places as _places
from . import subjects as _subjects
from .structure import Structure
from .figures import _LETTER, Draft, _sentence_of
from .models import Period
from .patterns import PatternSet, match_timeout

_CLAUSE_BREAK = regex.compile(r"[;:(\[)\]“”\"]|(?<!\d),|,(?!\d)|(?<!\p{Ll})\s[-–]\s|\s[-–]\s(?!\p{Ll})")  # not the decimal comma of 4,7
_COPULA = regex.compile(
    r"(?:\s+(?:ước tính|ước đạt|ước|dự kiến|đạt|là|chiếm|bằng|có|với|gồm|khoảng|gần|hơn|trên|dưới|xấp xỉ|"
    r"tối thiểu|tối đa|ít nhất|mới|đến|lên|được|tới|tổng cộng|trung bình|cho|tại|với|chiếm|đóng góp|"
    r"tăng|giảm|còn|xuống))+\s*$", regex.IGNORECASE)  # (`GRDP ước tăng 6,8%`, `hộ nghèo giảm còn 0,12%`)
_HEAD = regex.compile(r"^(?:tổng số lượng|tổng số|số lượng|số)\s+", regex.IGNORECASE)
_INDICATOR = regex.compile(r"^(?:tổng số|số lượng|tỷ lệ|tỉ lệ|tỷ trọng|tỉ trọng|tổng giá trị|giá trị|tổng|doanh thu|"
                           r"kim ngạch|số|chỉ số|thu nhập|mức)\b", regex.IGNORECASE)
_LEAD = regex.compile(r"^(?:theo đó|đặc biệt|cụ thể|trong đó|đến nay|hiện nay|hiện tại|ngoài ra|bên cạnh đó|"
                      r"đồng thời|tính đến[^,]*|trong[^,]{0,30}năm \d{4}|năm \d{4}|và|nhưng|với|có|ước tính|ước|"
                      r"dự kiến|đến năm \d{4}|đến hết năm \d{4})\s*", regex.IGNORECASE)
_TIME = regex.compile(r"\s*(?:đến hết|tính đến|đến|trong|từ|vào)?\s*(?:\d+|sáu|chín)?\s*(?:tháng|quý|năm)"
                      r"(?:\s+(?:đầu|cuối))?(?:\s+năm)?(?:\s*[\dIV/]+)*\s*$", regex.IGNORECASE)
_DETERMINER = regex.compile(r"^(?:các|những|toàn bộ|tất cả)\s+", regex.IGNORECASE)
_TRAILING = regex.compile(r"(?:\s+(?:và|với|của|từ|đến|cho|tại|trong|theo|là|do|để|thì|mà|hoặc|hay|đạt|có|chiếm|bằng))+\s*$|[.…\s]+$",
                          regex.IGNORECASE)
_RANK_TAIL = regex.compile(r"\s*(?:xếp hạng|xếp|đứng|vị trí|hạng)(?:\s+(?:thứ|số))?\s*$", regex.IGNORECASE)


_BULLET = regex.compile(r"^[-–•*+·]\s*")
_DIGIT = regex.compile(r"\d")
_LINE = regex.compile(r"[^\n]+")
_PARENS = regex.compile(r"\([^()]*\)")
_CLAUSE_END = regex.compile(r"[;:()\[\]“”\"]|,\s|\.\s|\.$|\s[-–]\s|\s\d")
_SHARE_OF = regex.compile(r"(?:chiếm|đóng góp|bằng)\s*(?:khoảng|gần|hơn|trên)?\s*$", regex.IGNORECASE)
_OVER_TOTAL = regex.compile(r"\s*/\s*[\d.,]+(?:\s+[^\s,;.()]+){0,3}?(?=[,;.()]|\s*$)")
_COLON = regex.compile(r"[;:]")
_PUNCT_NEXT = regex.compile(r"\s*[,;.()]")
_ABOUT = regex.compile(r"\bvề\s+(.+)$")


#: The tail patterns above (anchored with ``$``) compiled to search backwards from the end of a
#: phrase: the same match as a forward search (a property test holds them to it), without trying
#: every position of a long phrase first.
TAILS = {name: regex.compile(rx.pattern, rx.flags | regex.REVERSE)
         for name, rx in (("copula", _COPULA), ("time", _TIME), ("trailing", _TRAILING), ("rank", _RANK_TAIL))}


def _cut_tail(name: str, s: str) -> str:
    """``s`` without what tail pattern ``name`` matches at its end."""
    m = TAILS[name].search(s)
    return s[:m.start()] if m else s


def _clean_post(post: str) -> str:
    post = _DETERMINER.sub("", _BULLET.sub("", post.strip()))
    for _ in range(3):
        post = _cut_tail("trailing", post)
    first = post.split()[0].lower() if post.split() else ""
    if not first or first in _POST_STOP or not _LETTER.match(first):
        return ""
    return post


def _clean_pre(before: str) -> str:
    pre = _cut_tail("rank", _BULLET.sub("", before.strip()))
    pre = _cut_tail("copula", pre).strip()
    pre = _cut_tail("time", pre).strip()
    for _ in range(3):
        was = pre
        pre = _LEAD.sub("", pre).strip()
        pre = _cut_tail("copula", pre).strip()
        pre = _cut_tail("time", pre).strip()
        if pre == was:
            break
    pre = _cut_tail("trailing", pre).strip()
    # what is left of `… sử dụng ít (mới gần 18%)` is `mới`: function words alone name nothing
    return "" if all(w.lower() in _NOT_A_SUBJECT for w in pre.split()) else pre


#: words that end a figure's modifiers when they come first after it
_POST_STOP = {"là", "và", "so", "thì", "mà", "nhưng", "hay", "hoặc", "với", "của", "trên", "dưới", "đến", "tới", "từ",
              "cho", "để", "khi", "do", "bị", "không", "chưa", "cũng", "này", "đó", "so với",
              # a change or a level goes on after the figure (`từ 70.000 đồng xuống còn …`)
              "xuống", "tăng", "giảm", "gấp", "chiếm", "bằng"}
_FUNCTION = {"là", "và", "của", "trong", "so", "với", "trên", "đến", "tới", "từ", "được", "đã", "sẽ", "thì", "mà",
             "cho", "tại", "theo", "về", "để", "khi", "do", "bị", "không", "chưa", "cũng", "này", "đó"}
#: a phrase made only of these is no subject: function words and adverbs of degree or time
_NOT_A_SUBJECT = _FUNCTION | {"mới", "chỉ", "còn", "vẫn", "đều", "lại", "nữa", "thêm", "hơn", "gần", "khoảng",
                              "nhưng", "hoặc", "hay", "các", "những", "có", "đạt", "ước", "là"}
_MAX_WORDS = 14
_LOOKBACK = 240
_NEAR_AFTER = regex.compile(r"[\s\p{L}]{0,30}")
_AFTER_SO_VOI = regex.compile(r"so\s+với\s+(?:\S+\s+){0,2}$", regex.IGNORECASE)


class _Cue(BaseModel):
    model_config = ConfigDict(extra="forbid")
    pattern: str


@functools.lru_cache(maxsize=8)
def _cues(patterns: PatternSet) -> dict[str, regex.Pattern[str]]:
    return {name: patterns.regex("locality", name, c.pattern, flags=regex.UNICODE)
            for name, c in patterns.entries("locality", _Cue).items()}


def check_example(patterns: PatternSet, name: str, example, positive: bool) -> None:
    """Checker for ``patterns/locality.toml``: the cue is (or is not) found in the example."""
    found = _cues(patterns)[name].search(example)
    assert bool(found) == positive, f"locality.toml [{name}]: {example!r} " + \
        ("does not show the cue" if positive else f"must not show the cue, found {found.group()!r}")


_NATIONAL = "Việt Nam"
_LEAD_MIN_WORDS = 12


@dataclass
class Context:
    """What an article says about time and place, found once; :meth:`attach` applies it to a figure."""

    text: str
    scan: str
    sentences: list[tuple[int, int]]
    published: str | None
    patterns: PatternSet
    provinces: list[_places.PlaceMention] = field(default_factory=list)
    periods: list[_periods.PeriodMention] = field(default_factory=list)
    usable_periods: list[_periods.PeriodMention] = field(default_factory=list)  # not change baselines
    main_place: str | None = None
    paragraphs: list[tuple[int, int]] = field(default_factory=list)
    structure: Structure | None = None
    subjects: _subjects.Subjects | None = None
    _self_ref: dict[tuple[int, int], bool] = field(default_factory=dict)

    @classmethod
    def of(cls, text: str, scan: str, sentences: list[tuple[int, int]], *, published: str | None,
           patterns: PatternSet) -> "Context":
        published = published or _periods.find_published(text, patterns=patterns)
        ctx = cls(text, scan, sentences, published, patterns)
        ctx.periods = _periods.find_periods(text, published=published, patterns=patterns)
        ctx.usable_periods = [m for m in ctx.periods if (m.period_start or m.period_end) and not ctx._is_baseline(m)]
        era = "post2025" if published and published[:4] >= "2025" else "pre2025"
        ctx.provinces = [
            _places.PlaceMention(_places.name_in_era(m.name, era, patterns=patterns), m.text, m.start, m.end, m.level)
            for m in _places.find_places(text, patterns=patterns)]
        ctx.structure = Structure.of(text, scan, sentences)
        ctx.paragraphs = ctx.structure.paragraphs
        ctx.main_place = ctx._main_place()
        ctx.subjects = _subjects.Subjects(ctx.structure, patterns,
                                          [m for m in ctx.provinces if m.level == "province"])
        return ctx

    def attach(self, d: Draft) -> dict:
        """The context fields of one figure, as Figure keyword arguments."""
        period = self.period(d)
        if d.change and d.change.get("baseline"):
            year = period.end.year if period and period.end else \
                int(self.published[:4]) if self.published else None
            current = tuple(x.isoformat() if x else None for x in (period.start, period.end)) if period else None
            start, end = _periods.resolve_baseline(
                d.change["baseline"], year=year, current=current,  # type: ignore[arg-type]
                patterns=self.patterns)
            if start or end:
                d.change["baseline_period"] = Period(text=d.change["baseline"], start=start, end=end)
        return {"subject": self.subject(d), "period": period, "location": self.location(d)}

    # -- period -------------------------------------------------------------------------------
    def period(self, d: Draft) -> Period | None:
        """The period phrase that governs a figure: one right after it (`vị trí thứ 4 năm 2021`), else the
        nearest before it in its sentence, else (inferred) the nearest before it in its paragraph."""
        s, e = _sentence_of(self.sentences, d.start)
        usable = self.usable_periods
        i = bisect.bisect_left(self._period_starts, d.attr_end)
        if i < len(usable):
            m = usable[i]
            if m.start < e and _NEAR_AFTER.fullmatch(self.scan, d.attr_end, m.start):
                d.why["period"] = "the period phrase right after it"
                return _as_period(m)
        last = self._period_before(d.number.start)
        if last is not None and last.start >= s:
            d.why["period"] = "the last period phrase before it in its sentence"
            return _as_period(last)
        p_start = _sentence_of(self.paragraphs, d.start)[0] if self.paragraphs else s
        if last is not None and last.start >= p_start:
            d.why["period"] = "the last period phrase before it in its paragraph (inferred)"
            return _as_period(last, inferred=True)
        return None

    @functools.cached_property
    def _period_starts(self) -> list[int]:
        return [m.start for m in self.usable_periods]

    def _period_before(self, pos: int) -> _periods.PeriodMention | None:
        """The last usable period phrase that ends at or before ``pos``."""
        return _last_ending_by(self.usable_periods, self._period_starts, pos)

    def _is_baseline(self, m: _periods.PeriodMention) -> bool:
        return bool(_AFTER_SO_VOI.search(self.scan, max(0, m.start - 30), m.start))

    # -- location -----------------------------------------------------------------------------
    @functools.cached_property
    def _province_list(self) -> list[_places.PlaceMention]:
        return [m for m in self.provinces if m.level == "province"]

    @functools.cached_property
    def _province_starts(self) -> list[int]:
        return [m.start for m in self._province_list]

    def _provinces_in(self, start: int, end: int) -> list[_places.PlaceMention]:
        """Province mentions within [start, end), found by bisection (figures × provinces stays cheap)."""
        out = []
        mentions = self._province_list
        for i in range(bisect.bisect_left(self._province_starts, start), len(mentions)):
            m = mentions[i]   # (by index: a slice would copy the rest of the article's mentions)
            if m.start >= end:
                break
            if m.end <= end:
                out.append(m)
        return out

    def _province_before(self, pos: int) -> _places.PlaceMention | None:
        """The last province mention that ends at or before ``pos``."""
        return _last_ending_by(self._province_list, self._province_starts, pos)

    def _refers_back(self, p_start: int, p_end: int) -> bool:
        """Whether a paragraph speaks of 'the province' without naming it (cached per paragraph)."""
        key = (p_start, p_end)
        if key not in self._self_ref:
            cue = _cues(self.patterns).get("self_reference")
            para = self.text[p_start:p_end]
            self._self_ref[key] = bool(cue and cue.search(para, timeout=match_timeout(para)))
        return self._self_ref[key]

    def _main_place(self) -> str | None:
        """The place an article is about: a province named in its lead, else the country when the lead
        speaks of national bodies, else a province named in the leading source tag, else the most named."""
        cues = _cues(self.patterns)
        for k, (s, e) in enumerate(self.paragraphs):
            para = self.text[s:e]
            if len(para.split()) < _LEAD_MIN_WORDS or not regex.search(r"[.!?…]\s*$|[.!?…]\s", para):
                continue
            named = self._provinces_in(s, e)
            title = self._title_before(k)
            if title is not None and self._provinces_in(*title):
                return self._provinces_in(*title)[0].name
            if named:
                return named[0].name
            if "self_reference" in cues and cues["self_reference"].search(para):
                counts: dict[str, int] = {}
                for m in self.provinces:
                    if m.level == "province":
                        counts[m.name] = counts.get(m.name, 0) + 1
                if counts:
                    return max(counts, key=counts.get)
            break
        # a provincial paper's own tag at the top: `(Baothanhhoa.vn) -`, `Báo Phú Thọ`
        tags = " ".join(regex.findall(r"[\w.-]+\.(?:vn|com|net)\b|\bBáo\s+(?:\p{Lu}\w*\s*){1,3}",
                                      self.text[:300]))
        folded = regex.sub(r"[^a-z]", "", _ascii(tags.lower()))
        if folded:
            for name, entry in _places.gazetteer(patterns=self.patterns).items():
                if entry.level == "province" and _ascii(name.lower()).replace(" ", "") in folded:
                    return name
        if any(m.level == "national" for m in self.provinces) or \
                ("national_lead" in cues and cues["national_lead"].search(self.text)):
            return _NATIONAL
        counts: dict[str, int] = {}
        for m in self.provinces:
            counts[m.name] = counts.get(m.name, 0) + 1
        return max(counts, key=counts.get) if counts else None

    def _title_before(self, lead: int) -> tuple[int, int] | None:
        """The headline: the nearest line of four words or more before the lead that is not a dateline."""
        for s, e in reversed(self.paragraphs[max(0, lead - 3):lead]):
            line = self.text[s:e]
            if regex.search(r"\d{1,2}[/-]\d{1,2}[/-]\d{2,4}", line) or len(line.split()) < 4:
                continue
            return s, e
        return None

    def location(self, d: Draft) -> str | None:
        s, e = _sentence_of(self.sentences, d.start)
        named = self._provinces_in(s, e)
        if named:
            before = [m for m in named if m.start <= d.start]
            return (before[-1] if before else named[0]).name
        cues = _cues(self.patterns)
        p_start, p_end = _sentence_of(self.paragraphs, d.start)
        last = self._province_before(d.start + 1)   # the paragraph's last mention up to the figure
        if last is not None and last.start >= p_start:
            return last.name
        if self._refers_back(p_start, p_end):
            earlier = self._province_before(d.start)
            if earlier:
                return earlier.name
        sentence = self.text[s:e]
        if "national_sentence" in cues and cues["national_sentence"].search(sentence):
            return _NATIONAL
        return self.main_place

    # -- subject ------------------------------------------------------------------------------
    def _clause_before(self, d: Draft) -> str:
        s, _ = _sentence_of(self.sentences, d.start)
        # a subject is a phrase, not a page: look back at most _LOOKBACK characters
        seg = self.text[max(s, d.number.start - _LOOKBACK):d.number.start]
        # a closed parenthesis belongs to its clause: `tổng sản phẩm (GRDP) tăng`
        shield = _PARENS.sub(lambda m: "_" * len(m.group()), seg)
        cut = 0
        for m in _CLAUSE_BREAK.finditer(shield):
            cut = m.end()
        return seg[cut:]

    def _clause_after(self, start: int) -> str:
        _, e = _sentence_of(self.sentences, max(0, start - 1))
        seg = self.text[start:e]
        m = _CLAUSE_END.search(seg)
        seg = seg[:m.start()] if m else seg
        return " ".join(seg.split()[:_MAX_WORDS])

    def subject(self, d: Draft) -> str | None:
        """What the figure measures (:mod:`dtextract.subjects`; figures must be asked in text order)."""
        subject, rule = self.subjects.of(d, self._phrase_subject)
        d.why["subject"] = f"subjects: {rule}"
        return subject

    def _phrase_subject(self, d: Draft) -> str | None:
        before = self._clause_before(d)
        pre = _clean_pre(before)
        if d.kind == "rank":
            return self._rank_subject(d, pre)
        if d.kind == "percent":
            post = self._unit_phrase_after(d.end)
            if post:
                if _SHARE_OF.search(before) and pre:
                    return f"{pre} {post}"
                return post
            return pre or _clean_pre(self._previous_clause(d)) or None
        if TAILS["copula"].search(before) and pre and _INDICATOR.match(pre):
            return _HEAD.sub("", pre) or pre
        after = self.text[d.end:d.attr_end] if d.attr_end > d.end else ""
        skip = _OVER_TOTAL.match(after)
        post = _clean_post(self._clause_after(d.end + (skip.end() if skip else 0)))
        if d.kind == "money":
            return post or pre or None
        if post:
            return f"{d.unit} {post}"
        if _DIGIT.search(before):
            # an item of a list (`11 bộ, ngành, 4 doanh nghiệp và 14 địa phương`): the list's own lead
            s, _ = _sentence_of(self.sentences, d.start)
            head = self.text[s:d.number.start]
            head = _COLON.split(head)[-1]
            digit = _DIGIT.search(head)
            head = head[:digit.start()] if digit else head
            pre = _clean_pre(head)
        return f"{d.unit} {pre}".strip() if pre else d.unit or None

    def _unit_phrase_after(self, pos: int) -> str:
        """`100% bộ, ngành, địa phương đã …`: a known unit phrase kept whole, then its modifiers."""
        from .figures import _unit_at, rules
        u = _unit_at(self.text, self.scan, pos, rules(self.patterns), allow_segment=False)
        if u and u.kind == "count" and u.rule == "phrases":
            rest = _clean_post(self._clause_after(u.end)) if not _PUNCT_NEXT.match(self.text[u.end:u.end + 2]) else ""
            return f"{self.text[u.start:u.end]} {rest}".strip()
        return _clean_post(self._clause_after(pos))

    def _previous_clause(self, d: Draft) -> str:
        s, _ = _sentence_of(self.sentences, d.start)
        seg = self.text[s:d.number.start]
        parts = [p for p in _CLAUSE_BREAK.split(seg) if p.strip()]
        return parts[-2] if len(parts) >= 2 else ""

    def _rank_subject(self, d: Draft, pre: str) -> str | None:
        pre = pre or _clean_pre(self._previous_clause(d))
        after = self._clause_after(d.end)
        m = _ABOUT.search(after)
        if m:
            return _clean_post(m.group(1))
        s, _ = _sentence_of(self.sentences, d.start)
        idx = list(regex.finditer(r"(?i)\bchỉ số\b[^:;,.]*?(?:\([^)]*\))?(?=\s*(?:[:;,.]|năm\s+\d|các năm|xếp|đứng|tăng|giảm|$))",
                                  self.text[s:d.number.start]))
        if idx:
            return idx[-1].group().strip()
        return pre or None


_M = TypeVar("_M", _periods.PeriodMention, _places.PlaceMention)


def _last_ending_by(mentions: list[_M], starts: list[int], pos: int) -> _M | None:
    """The last of ``mentions`` (sorted, non-overlapping; ``starts`` their starts) that ends at or
    before ``pos``, found by bisection so that figures × mentions stays cheap.

    >>> from dtextract.places import PlaceMention
    >>> ms = [PlaceMention("A", "A", 0, 3, "province"), PlaceMention("B", "B", 5, 9, "province")]
    >>> [getattr(_last_ending_by(ms, [0, 5], p), "name", None) for p in (2, 3, 8, 9, 20)]
    [None, 'A', 'A', 'B', 'B']
    """
    i = bisect.bisect_right(starts, pos)
    while i > 0:
        i -= 1
        if mentions[i].end <= pos:
            return mentions[i]
    return None


def _as_period(m: _periods.PeriodMention, *, inferred: bool = False) -> Period:
    return Period(text=m.text, start=m.period_start, end=m.period_end, inferred=inferred)


def _ascii(s: str) -> str:
    """Strip Vietnamese diacritics (đ → d) for matching names inside site names such as baothanhhoa.vn."""
    import unicodedata
    s = s.replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))

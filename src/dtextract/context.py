"""Context for each figure: what it measures (subject), when (period) and where (location).

The article-level facts (publication date, the period phrases and places it
names) are found once per article; each figure then takes what governs it.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass, field

import regex
from pydantic import BaseModel, ConfigDict

from . import places as _places
from .figures import Draft, _sentence_of
from .patterns import PatternSet, match_timeout

_CLAUSE_BREAK = regex.compile(r"[,;:(\[)\]“”\"]|\s[-–]\s")
_COPULA = regex.compile(
    r"(?:\s+(?:ước tính|ước đạt|ước|dự kiến|đạt|là|chiếm|bằng|có|với|gồm|khoảng|gần|hơn|trên|dưới|xấp xỉ|"
    r"tối thiểu|tối đa|ít nhất|mới|đến|lên|được|tới|tổng cộng|trung bình))+\s*$", regex.IGNORECASE)
_HEAD = regex.compile(r"^(?:tổng số lượng|tổng số|số lượng|số)\s+", regex.IGNORECASE)
_INDICATOR = regex.compile(r"^(?:tổng số|số lượng|tỷ lệ|tỉ lệ|tỷ trọng|tỉ trọng|tổng giá trị|giá trị|tổng|doanh thu|"
                           r"kim ngạch|số|chỉ số|thu nhập|mức)\b", regex.IGNORECASE)
_LEAD = regex.compile(r"^(?:theo đó|đặc biệt|cụ thể|trong đó|đến nay|hiện nay|hiện tại|ngoài ra|bên cạnh đó|"
                      r"đồng thời|tính đến[^,]*|trong[^,]{0,30}năm \d{4}|năm \d{4}|và|nhưng|với|có)\s*", regex.IGNORECASE)
_TIME = regex.compile(r"\s*(?:đến hết|tính đến|đến|trong|từ|vào)?\s*(?:\d+|sáu|chín)?\s*(?:tháng|quý|năm)"
                      r"(?:\s+(?:đầu|cuối))?(?:\s+năm)?(?:\s*[\dIV/]+)*\s*$", regex.IGNORECASE)
_FUNCTION = {"là", "và", "của", "trong", "so", "với", "trên", "đến", "tới", "từ", "được", "đã", "sẽ", "thì", "mà",
             "cho", "tại", "theo", "về", "để", "khi", "do", "bị", "không", "chưa", "cũng", "này", "đó"}
_MAX_WORDS = 14


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
    main_place: str | None = None
    paragraphs: list[tuple[int, int]] = field(default_factory=list)

    @classmethod
    def of(cls, text: str, scan: str, sentences: list[tuple[int, int]], *, published: str | None,
           patterns: PatternSet) -> "Context":
        ctx = cls(text, scan, sentences, published, patterns)
        era = "post2025" if published and published[:4] >= "2025" else "pre2025"
        ctx.provinces = [
            _places.PlaceMention(_places.name_in_era(m.name, era, patterns=patterns), m.text, m.start, m.end, m.level)
            for m in _places.find_places(text, patterns=patterns)]
        ctx.paragraphs = [(m.start(), m.end()) for m in regex.finditer(r"[^\n]+", text)]
        ctx.main_place = ctx._main_place()
        return ctx

    def attach(self, d: Draft) -> dict:
        """The context fields of one figure, as Figure keyword arguments."""
        return {"subject": self.subject(d), "period": None, "location": self.location(d)}

    # -- location -----------------------------------------------------------------------------
    def _provinces_in(self, start: int, end: int) -> list[_places.PlaceMention]:
        return [m for m in self.provinces if m.level == "province" and start <= m.start and m.end <= end]

    def _main_place(self) -> str | None:
        """The place an article is about: a province named in its lead, else the country when the lead
        speaks of national bodies, else a province named in the leading source tag, else the most named."""
        cues = _cues(self.patterns)
        for s, e in self.paragraphs:
            para = self.text[s:e]
            if len(para.split()) < _LEAD_MIN_WORDS or not regex.search(r"[.!?…]\s*$|[.!?…]\s", para):
                continue
            named = self._provinces_in(s, e)
            if named:
                return named[0].name
            if "national_lead" in cues and cues["national_lead"].search(para):
                break
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

    def location(self, d: Draft) -> str | None:
        s, e = _sentence_of(self.sentences, d.start)
        named = self._provinces_in(s, e)
        if named:
            before = [m for m in named if m.start <= d.start]
            return (before[-1] if before else named[0]).name
        cues = _cues(self.patterns)
        p_start, p_end = next(((ps, pe) for ps, pe in self.paragraphs if ps <= d.start < pe), (s, e))
        in_para = [m for m in self._provinces_in(p_start, p_end) if m.start <= d.start]
        if in_para:
            return in_para[-1].name
        para = self.text[p_start:p_end]
        if "self_reference" in cues and cues["self_reference"].search(para, timeout=match_timeout(para)):
            earlier = [m for m in self.provinces if m.level == "province" and m.end <= d.start]
            if earlier:
                return earlier[-1].name
        sentence = self.text[s:e]
        if "national_sentence" in cues and cues["national_sentence"].search(sentence):
            return _NATIONAL
        return self.main_place

    # -- subject ------------------------------------------------------------------------------
    def _clause_before(self, d: Draft) -> str:
        s, _ = _sentence_of(self.sentences, d.start)
        seg = self.text[s:d.number.start]
        cut = 0
        for m in _CLAUSE_BREAK.finditer(seg):
            cut = m.end()
        return seg[cut:]

    def _clause_after(self, start: int) -> str:
        _, e = _sentence_of(self.sentences, max(0, start - 1))
        seg = self.text[start:e]
        m = regex.search(r"[;:()\[\]“”\"]|,\s|\.\s|\.$|\s[-–]\s|\s\d", seg)
        seg = seg[:m.start()] if m else seg
        return " ".join(seg.split()[:_MAX_WORDS])

    def subject(self, d: Draft) -> str | None:
        before = self._clause_before(d)
        copula = bool(_COPULA.search(before))
        pre = _COPULA.sub("", before).strip()
        pre = _TIME.sub("", pre).strip()
        for _ in range(3):
            pre = _LEAD.sub("", pre).strip()
        if d.kind == "rank":
            after = self._clause_after(d.number.end)
            m = regex.search(r"\bvề\s+(.+)$", after)
            return (m.group(1) if m else pre) or None
        if d.kind == "percent":
            post = self._clause_after(d.end).strip()
            first = post.split()[0].lower() if post.split() else ""
            if post and first not in _FUNCTION and regex.match(r"\p{L}", first):
                if regex.search(r"\bchiếm\s*$", before, flags=regex.IGNORECASE) and pre:
                    return f"{pre} {post}"
                return post
            return pre or None
        if copula and pre and _INDICATOR.match(pre):
            return _HEAD.sub("", pre) or pre
        unit_start = d.end - len(d.unit) if self.text[d.end - len(d.unit):d.end] == d.unit else d.end
        post = self._clause_after(unit_start).strip()
        return post or d.unit or None


def _ascii(s: str) -> str:
    """Strip Vietnamese diacritics (đ → d) for matching names inside site names such as baothanhhoa.vn."""
    import unicodedata
    s = s.replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))

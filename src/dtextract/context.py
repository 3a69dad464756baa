"""Context for each figure: what it measures (subject), when (period) and where (location).

The article-level facts (publication date, the period phrases and places it
names) are found once per article; each figure then takes what governs it.
"""
from __future__ import annotations

from dataclasses import dataclass

import regex

from .figures import Draft
from .patterns import PatternSet

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


@dataclass
class Context:
    text: str
    scan: str
    sentences: list[tuple[int, int]]
    published: str | None

    @classmethod
    def of(cls, text: str, scan: str, sentences: list[tuple[int, int]], *, published: str | None,
           patterns: PatternSet) -> "Context":
        return cls(text, scan, sentences, published)

    def attach(self, d: Draft) -> dict:
        """The context fields of one figure, as Figure keyword arguments."""
        return {"subject": self.subject(d), "period": None, "location": None}

    # -- subject ------------------------------------------------------------------------------
    def _clause_before(self, d: Draft) -> str:
        from .figures import _sentence_of
        s, _ = _sentence_of(self.sentences, d.start)
        seg = self.text[s:d.number.start]
        cut = 0
        for m in _CLAUSE_BREAK.finditer(seg):
            cut = m.end()
        return seg[cut:]

    def _clause_after(self, start: int) -> str:
        from .figures import _sentence_of
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

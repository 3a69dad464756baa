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
import itertools
import operator
import threading
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

import regex
from pydantic import BaseModel, ConfigDict, Field, field_validator

from . import lazyre, rxcache
from . import places as _places
from . import segment
from . import trie as _trie
from .numerals import NumberMatch, find_numbers, paragraph_styles, scale
from .patterns import DEFAULT_FLAGS, PatternSet, match_timeout, search_to_end
from .windows import (CROWDED, RUN_START, check_words, finditer_at, finditer_in, fold, having, lead_starts,
                      lead_words, merge, odd_cases, required_words)

# -- rule data ------------------------------------------------------------------------------


class _Rule(BaseModel):
    model_config = ConfigDict(extra="forbid")
    pattern: str
    case_sensitive: bool = False


class NonFigureRule(_Rule):
    #: How far (characters) a match may extend before or after the number it covers: the
    #: rule runs only within that distance of the numbers found (see dtextract.windows).
    reach: int = Field(default=60, ge=1, le=1000)
    #: Words (lower case) one of which every match contains in its own text (not only in a lookaround):
    #: the rule skips the stretches of text around numbers that hold none of them, case aside.
    requires: list[str] = []

    @field_validator("requires")
    @classmethod
    def _lower_words(cls, v: list[str]) -> list[str]:
        return check_words(v)


class QualifierRule(_Rule):
    approx: Literal["about", "nearly", "over", "under", "at_least", "at_most"]
    #: where the words stand: before the number (`ít nhất 2`), or after the figure's unit (`8% trở lên`)
    position: Literal["before", "after"] = "before"
    #: words that, right after the number (its unit included; within 40 characters and one clause), show that the
    #: qualifier's word means something else there (`vượt 6 phiên so với chỉ tiêu`: a change, not `over`)
    unless_after: str | None = None
    #: for words after the figure: when `từ` opens the number, how many characters of its clause may stand between
    #: the figure and the words (`từ 91% hộ gia đình đạt danh hiệu "Gia đình văn hóa" trở lên`); 0, right after it
    reach_after_from: int = 0


class CueRule(_Rule):
    attribute: Literal["total", "percent", "change", "target", "per", "whole", "named", "growth", "rate",
                       "rate_unit", "respectively", "index", "level", "plan", "money"] | None = None
    status: Literal["estimate", "forecast", "target"] | None = None
    kind: Literal["rank"] | None = None


class UnitRule(BaseModel):
    model_config = ConfigDict(extra="forbid")
    kind: Literal["count", "percent", "money", "measure", "multiple"] | None = None
    words: list[str] = []
    canonical: dict[str, str] = {}
    #: the general noun a change may count these things by (`cơ sở` of `homestay`, `người` of `em`): no unit of its own
    general: str | None = None
    #: a change in the general noun is a member's only when the words after it say what befell them, as they are said
    #: with that member (`giảm 2 người chết` of `làm chết 3 em`; not `tăng 210 người so với …` of any people before)
    by_deed: bool = False


@dataclass(frozen=True)
class NonFigure:
    """An entry of nonfigures.toml; its regex is compiled when a text first needs it (:attr:`rx`)."""

    name: str
    reach: int
    compile: Callable[[], regex.Pattern[str]] = field(compare=False, repr=False)

    @functools.cached_property
    def rx(self) -> regex.Pattern[str]:
        return self.compile()

    @functools.cached_property
    def leads(self) -> tuple[tuple[str, ...], str, frozenset[str]] | None:
        """Where the rule's matches open (:func:`windows.lead_words`: words, digits), with the characters that keep a
        text from being read in lower case for those words (:func:`windows.odd_cases`); None when that is not known,
        or when every match opens with a digit (the regex engine rules out a position without one at once)."""
        rx = lazyre.real(self.rx)
        found = lead_words(rx) if rx is not None else None
        if found is None or all(w[0].isdigit() for w in found[0]):
            return None
        odd = odd_cases(found[0])
        return None if odd is None else (*found, odd)


@dataclass(frozen=True)
class Rules:
    """The compiled rule data of one pattern set."""

    nonfigures: list[NonFigure]
    qualifiers: list[tuple[str, str, regex.Pattern[str]]]      # (name, approx, regex anchored at the end)
    # (name, approx, regex matched after the unit, the same further into the clause after `từ` or None)
    qualifiers_after: list[tuple[str, str, regex.Pattern[str], regex.Pattern[str] | None]]
    attributes: list[tuple[str, str, regex.Pattern[str]]]      # (name, attribute, regex matching a whole gap)
    statuses: list[tuple[str, str, regex.Pattern[str]]]        # (name, status, regex)
    rank: regex.Pattern[str] | None
    unit_rx: regex.Pattern[str]
    unit_info: dict[str, tuple[str, str, str]]                  # lower-case word -> (kind, canonical, source entry)
    classifiers: frozenset[str]
    #: general nouns (units.toml entries with ``general``) -> the units of the things each names: a change counted in
    #: `cơ sở` is of a figure counting `homestay`, one in `người` of a figure counting `em`
    members: dict[str, frozenset[str]]
    not_units: frozenset[str]
    nonfigure_words: dict[str, tuple[str, ...]] = field(default_factory=dict)  # name -> its `requires`
    nonfigure_odd: frozenset[str] | None = None   # see windows.odd_cases
    qualifier_unless: dict[str, regex.Pattern[str]] = field(default_factory=dict)  # name -> its `unless_after`
    qualifier_any: regex.Pattern[str] | None = None   # where any of ``qualifiers`` matches (see _any_of)
    by_deed: frozenset[str] = frozenset()     # the general nouns whose members a change names by what befell them
    status_any: regex.Pattern[str] | None = None      # where any of ``statuses`` matches
    patterns: PatternSet | None = None      # the set the rules were read from (its gazetteer names places)

    @functools.cached_property
    def attributes_of(self) -> dict[str, list[tuple[str, regex.Pattern[str]]]]:
        """``attributes`` by attribute: (name, regex) in file order."""
        out: dict[str, list[tuple[str, regex.Pattern[str]]]] = {}
        for name, attribute, rx in self.attributes:
            out.setdefault(attribute, []).append((name, rx))
        return out

    @functools.cached_property
    def gap_memo(self) -> dict[tuple[str, bool], tuple[str, str, regex.Match[str]] | None]:
        """:func:`_match_gap`'s answers by (gap, whether the figure has a total already)."""
        return {}

    @functools.cached_property
    def words_of(self) -> dict[regex.Pattern[str], tuple[str, ...] | None]:
        """:func:`windows.required_words` of the cue regexes scanned sentence by sentence (the status cues, the cue
        of parts after a whole), by regex: a sentence that holds none of a regex's words is not scanned with it."""
        return {rx: required_words(rx) for rx in [rx for _, _, rx in self.statuses] +
                [rx for _, attribute, rx in self.attributes if attribute == "whole"]}

    @functools.cached_property
    def cue_odd(self) -> frozenset[str] | None:
        """The characters that keep a text from being read in lower case for :attr:`words_of` (windows.odd_cases)."""
        return odd_cases(w for words in self.words_of.values() if words for w in words)

    @functools.cached_property
    def gap_attributes(self) -> list[tuple[str, str, regex.Pattern[str]]]:
        """The ``attributes`` read from the gap after a figure (the others: see :func:`_wholes`,
        :func:`_named_before`, :func:`_is_growth_rate`, :func:`_respective_changes`, :func:`_index_value`)."""
        return [a for a in self.attributes if a[1] not in _NOT_IN_GAP]


def _flags(rule: _Rule) -> int:
    return DEFAULT_FLAGS & ~regex.IGNORECASE if rule.case_sensitive else DEFAULT_FLAGS


@functools.lru_cache(maxsize=8)
def rules(patterns: PatternSet) -> Rules:
    nonfig_entries = patterns.entries("nonfigures", NonFigureRule)
    nonfig = [NonFigure(name, r.reach, patterns.regex_later("nonfigures", name, r.pattern, flags=_flags(r)))
              for name, r in nonfig_entries.items()]
    nonfig_words = {name: tuple(r.requires) for name, r in nonfig_entries.items() if r.requires}
    entries = patterns.entries("qualifiers", QualifierRule)
    quals = [(name, r.approx, patterns.regex("qualifiers", name, rf"(?:^|[\s(“\"'])(?:{r.pattern})\s*$", flags=_flags(r)))
             for name, r in entries.items() if r.position == "before"]
    unless = {name: patterns.regex("qualifiers", name, rf"(?:{r.unless_after})", flags=_flags(r))
              for name, r in entries.items() if r.unless_after}
    quals_any = _any_of(patterns, "qualifiers", {name: r for name, r in entries.items() if r.position == "before"},
                        r"(?:^|[\s(“\"'])(?:{})\s*$")
    quals_after = [(name, r.approx, patterns.regex("qualifiers", name, rf"\s*(?:{r.pattern})(?!\w)", flags=_flags(r)),
                    patterns.regex("qualifiers", name + ".from", rf"[^,;:.!?()\d\n]{{0,{r.reach_after_from}}}?(?<=\s)"
                                   rf"(?:{r.pattern})(?!\w)", flags=_flags(r)) if r.reach_after_from else None)
                   for name, r in entries.items() if r.position == "after"]
    attrs, statuses, rank = [], [], None
    cue_entries = patterns.entries("cues", CueRule)
    for name, r in cue_entries.items():
        if r.attribute:
            attrs.append((name, r.attribute, patterns.regex("cues", name, rf"(?:{r.pattern})", flags=_flags(r))))
        elif r.status:
            statuses.append((name, r.status, patterns.regex("cues", name, r.pattern, flags=_flags(r))))
        elif r.kind == "rank":
            rank = patterns.regex("cues", name, rf"(?:^|\s)(?:{r.pattern})$", flags=_flags(r))
    units = patterns.entries("units", UnitRule)
    info: dict[str, tuple[str, str, str]] = {}
    for name, u in units.items():
        if name in ("classifiers", "not_units") or u.general or not u.kind:
            continue
        for w in u.words:
            info.setdefault(w.lower(), (u.kind, u.canonical.get(w, ""), name))
    unit_rx = patterns.regex("units", "phrases", unit_pattern(info))
    return Rules(
        nonfigures=nonfig, qualifiers=quals, qualifiers_after=quals_after, qualifier_unless=unless,
        qualifier_any=quals_any, status_any=_any_of(patterns, "cues", {n: r for n, r in cue_entries.items()
                                                                  if not r.attribute and r.status}),
        attributes=attrs, statuses=statuses,
        rank=rank,
        unit_rx=unit_rx, unit_info=info,
        classifiers=frozenset(w.lower() for w in units["classifiers"].words) if "classifiers" in units else frozenset(),
        members={u.general.lower(): frozenset(w.lower() for w in u.words) for u in units.values() if u.general},
        by_deed=frozenset(u.general.lower() for u in units.values() if u.general and u.by_deed),
        not_units=frozenset(w.lower() for w in units["not_units"].words) if "not_units" in units else frozenset(),
        nonfigure_words=nonfig_words, nonfigure_odd=odd_cases(w for ws in nonfig_words.values() for w in ws),
        patterns=patterns,
    )


#: what in a pattern could refer to a group by its number or make the pattern mean otherwise inside a bigger one:
#: a backreference, a call, a conditional, a global flag (any `(?` but a plain group, a lookaround, an atomic or named
#: group, scoped flags)
_NOT_COMBINABLE = lazyre.compile(r"\\[1-9gk]|\(\?(?![:=!>]|<[=!]|P<\w+>|[a-zA-Z]*(?:-[a-zA-Z]+)?:)")


def _any_of(patterns: PatternSet, stem: str, entries: dict[str, _Rule], wrap: str = "{}") -> regex.Pattern[str] | None:
    """One regex that matches where any of ``entries`` of ``stem`` does: their patterns as one alternation, set in
    ``wrap`` as each is. A text it does not match is matched by none of them, and need not be asked of each in turn.
    None when they cannot be put together without changing what one means: a user's entry, flags that differ, a
    backreference or the like (:data:`_NOT_COMBINABLE`)."""
    if not entries or len({_flags(r) for r in entries.values()}) != 1 or \
            any(patterns.from_user(stem, name) or _NOT_COMBINABLE.search(r.pattern) for name, r in entries.items()):
        return None
    alternation = "|".join(f"(?:{r.pattern})" for r in entries.values())
    try:
        return rxcache.compile(wrap.format(f"(?:{alternation})"), _flags(next(iter(entries.values()))))
    except (regex.error, ValueError, OverflowError, RecursionError):
        return None


def unit_pattern(words: Iterable[str]) -> str:
    """One regex for the (lower-case) unit ``words``, a space standing for any white space, the longest
    word that ends at a word boundary winning; written as a trie (:mod:`dtextract.trie`), which reads
    each character once instead of trying some five hundred words in turn.

    >>> rx = regex.compile(unit_pattern(["hộ", "hộ nghèo", "hồ sơ"]), regex.IGNORECASE)
    >>> [rx.match(t).group() for t in ("hộ nghèo khó", "Hộ  nghèo", "hộ cận nghèo", "hồ sơ")]
    ['hộ nghèo', 'Hộ  nghèo', 'hộ', 'hồ sơ']
    """
    return _trie.alternation([r"\s+" if ch == " " else regex.escape(ch) for ch in w] for w in words) + r"(?!\w)"


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
    whole: "Draft | None" = None         # the figure this one is a part of (it gave ``total``)
    why: dict[str, str] = field(default_factory=dict)   # field -> the rule or relation that set it (explain)
    per: str | None = None               # a rate's denominator (`1.000 dân`)
    further_of: "Draft | None" = None    # the figure whose second change or share this percent is
    taken: list[int] = field(default_factory=list)   # the numbers (indices into the live list) read as attributes
    restates: "Draft | None" = None      # the whole a cue says again, number and all (`Trong số 47 nạn nhân, …`)


@dataclass(frozen=True)
class Unit:
    text: str
    kind: str
    start: int
    end: int
    rule: str


_SPACE = lazyre.compile(r"[ \t]*")
_BASELINE = lazyre.compile(r"\s*so\s+với\s+(?P<b>[^,;.()\n]{1,60}?)(?=\s*(?:[,;.()\n]|$|\s(?:và|nhưng|đồng thời|trong khi)\s))",
                          regex.IGNORECASE)
#: after `gấp N lần` the baseline may follow without `so với`: `gấp 1,5 lần năm 2020`
_BASELINE_OF_MULTIPLE = lazyre.compile(
    r"\s*(?:lần\s+)?(?P<b>(?:năm|cùng\s+k[ỳì]|quý|tháng|giai\s+đoạn|đầu\s+năm|cuối\s+năm|(?:mức\s+)?(?:trung\s+bình|bình\s+quân)"
    r"|giá\s+khởi\s+điểm|cả\s+nước|toàn\s+quốc)(?!\w)[^,;.()\n]{0,50}?)"
    r"(?=\s*(?:[,;.()\n]|$|\s(?:và|nhưng|đồng thời|trong khi)\s))", regex.IGNORECASE)
_TAIL_MAX = 80
#: (modifier words of a unit end at punctuation: `3 tiêu chí: số vụ giảm 12 vụ`; not at the dots of a site's name,
#: `qua cổng canhbao.khonggianmang.gov.vn, tăng 27,5%`)
_PUNCT = lazyre.compile(r"[,;:()!?]|\.(?!\p{L})|(?<!\p{L})\.")
_WORD_END = lazyre.compile(r"(?=[\s,(;/])(?<=\S)")
_LETTER = lazyre.compile(r"\p{L}")
_ACRONYM = lazyre.compile(r"\p{Lu}{2,}[\p{Lu}\d]*")
_WORD = lazyre.compile(r"[\p{L}][\p{L}\p{M}\d²³°/-]*")
_SPACES = lazyre.compile(r"\s+")
_DIGIT_RUN = lazyre.compile(r"(?<!\d)\d")   # (the first digit of a run; any digit: _ANY_DIGIT)
_SEGMENT_STOP = lazyre.compile(r"[,;.:()!?\n\"“”]|\s\d")   # where the words a segmenter reads end


#: A run of white space or of characters a reader does not see (zero-width spaces, soft hyphens, bidi marks,
#: controls): one space in a unit's name, whatever stands between its words in the text.
_UNIT_GAP = lazyre.compile(r"[\s\p{Cf}\p{Cc}]+")


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
    if scan[p] in _OPEN_QUOTES:
        # `xóa 27 "vùng lõm"`, `có 286 "Điểm chữa cháy công cộng"`: what is counted, named in quotes
        qm = _QUOTED_UNIT.match(scan, p, p + 60)
        if qm is None or qm.group("w").lower() in r.not_units:
            return None
        return Unit(_unit_text(text[qm.start("name"):qm.end("name")]), "count", p, qm.end(), "quoted")
    um = r.unit_rx.match(scan, p)
    if um:
        word = _SPACES.sub(" ", um.group().lower())
        kind, canonical, source = r.unit_info.get(word, ("count", "", "phrases"))
        if kind == "percent":
            return Unit("%", "percent", p, um.end(), source)
        if word == "đồng" and pos > 0 and scan[pos - 1].isdigit() and (
                (scan.startswith("Đồng", p) and _MEDALS_BEFORE.search(scan, max(0, pos - 60), pos)) or
                _MEDAL_TALLY_BEFORE.search(scan, max(0, pos - 40), pos)):
            # `2 Vàng, 2 Bạc, 2 Đồng`, `(3 vàng, 3 bạc, 5 đồng)`: bronze medals, counted, not money
            return Unit(text[p:um.end()], "count", p, um.end(), "medal")
        if word == "điểm" and not _DECIMAL_BEFORE.search(scan, max(0, pos - 16), pos):
            site = _SITE_AFTER.match(scan, um.end())
            if site is not None or _AT_SITES.search(scan, max(0, pos - 24), pos) or \
                    ((_CLAUSE_ENDS.match(scan, um.end()) or _THE_REST.match(scan, um.end()) or
                      _SITE_DOES.match(scan, um.end())) and
                     _sites_counted_before(scan, pos) and
                     not _index_named_before(scan, pos)):
                # `14 điểm thấm`, `1.935 điểm chấp nhận thanh toán`, `tại 18 điểm`: places, counted (a score is
                # said with a decimal, or followed by what it is compared with or of)
                return Unit("điểm", "count", p, um.end(), "site")
        if word == "ngày" and _DAYS_OF_A_KIND.match(scan, um.end()):
            # `57 ngày ở mức kém`, `19 ngày có chỉ số VN_AQI vượt ngưỡng 150`: days of a kind, counted (not a length of time)
            return Unit("ngày", "count", p, um.end(), "days_of_a_kind")
        return Unit(canonical or _unit_text(text[p:um.end()]), kind, p, um.end(), source)
    wm = _WORD.match(scan, p, p + 40)
    if not wm:
        return None
    first = wm.group()
    if first.lower() in r.not_units:
        return None
    if _ACRONYM.fullmatch(first):          # an acronym: TTHC, CCCD, IOC
        return Unit(_unit_text(text[p:p + len(first)]), "count", p, p + len(first), "acronym")
    head = first.split("/", 1)[0]
    if head.lower() in r.classifiers and (_CLAUSE_ENDS.match(scan, p + len(head)) or
                                          _PER_SLASH.match(scan, p + len(head)) or
                                          _PLAN_NOUN_NEXT.match(scan, p + len(head), p + len(head) + 16)):
        # a classifier that ends its clause (`chỉ tiêu là 30 căn.`) counts what it classifies, named before; so does one
        # before a rate's denominator (`41,6 ca/vạn dân`, `4 chuyến/ngày`: the rate reads what follows the slash), and
        # one before the plan it is said against (`đạt 2.057/2.600 ca kế hoạch năm`: the plan is no kind of case)
        return Unit(_unit_text(text[p:p + len(head)]), "count", p, p + len(head), "classifiers")
    if not allow_segment:
        return None
    sm = _SEGMENT_STOP.search(scan, p, min(len(scan), p + 60))
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
    if w0[:1].isupper():
        name = _TITLE_WORDS.match(scan, p)
        if name is not None and _places.canonical(name.group(), patterns=r.patterns, districts=True) is not None:
            # `Công ty CP Xây dựng số 1 Quảng Ninh`, `Công ty Xuất nhập khẩu 2-9 Đắk Lắk`: a number before a place's name
            # is part of a name; no place is a thing counted
            return None
    if w0.lower() in r.classifiers and len(words) > 1 and words[1].lower() not in r.not_units \
            and _LETTER.match(words[1]):
        nxt = text.find(words[1], end)
        if 0 <= nxt - end <= 2 and not _DIGIT_NEXT.match(scan, nxt + len(words[1])):
            # (`2.000 suất mức 500.000 đồng`: a word that a number follows says what each one is, not what they are)
            end = nxt + len(words[1])
    return Unit(_unit_text(text[p:end]), "count", p, end, "segmented")


_OPEN_QUOTES = "\"“"
#: a run of capitalised words (`Quảng Ninh`, `Đắk Lắk`, `M'Drắk`)
_TITLE_WORDS = lazyre.compile(r"(?-i:\p{Lu}[\p{Ll}'’]*\p{L}*)(?:[^\S\n]+(?-i:\p{Lu}[\p{Ll}'’]*\p{L}*)){0,3}")
#: a name in quotes right after a number: a few words of letters, the first its own word
_QUOTED_UNIT = lazyre.compile(r"[\"“](?P<name>(?P<w>\p{L}+)(?:[^\S\n]+\p{L}+){0,5})[\"”]")
_DIGIT_NEXT = lazyre.compile(r"[^\S\n]*\d")
#: a decimal number right before a unit (`68,2 điểm`: a score)
_DECIMAL_BEFORE = lazyre.compile(r"\d,\d+[^\S\n]*$")
#: the word after `điểm` that makes it a place (`điểm thấm`, `điểm hiến máu`, `điểm cho thuê dù`; an abbreviation of a
#: kind of site, `98 điểm BĐVHX`, not a test's or an index's name, `68 điểm PCI`), not one a score goes on with (`2 điểm
#: cho đội bạn`)
_SITE_AFTER = lazyre.compile(r"[^\S\n]+(?!(?:trở|so|và|với|trên|dưới|cao|thấp|tăng|giảm|là|đạt|của|trong|ở|tại|phần|cho(?![^\S\n]+thuê)|mỗi|"
                           r"môn|trung|bình|tuyệt|chuẩn|sàn|liệt|ưu|xét|khi|nên|thì|mà|nhưng|hoặc|hay|còn|đã|sẽ|được|bị|"
                           r"do|vì|nếu|theo|từ|đến|tới|lên|xuống|này|đó|ra|về|thuộc|ít|nhiều|xuất|khá|giỏi|tối|đối|lần)(?!\p{L}))"
                           r"(?P<w>\p{Ll}+|(?!(?:IELTS|TOEIC|TOEFL|GPA|SAT|PCI|PAR|PAPI|SIPAS|ICT|DTI|HDI)(?!\w))\p{Lu}{2,}(?!\w))")
#: what makes the days after a number days of a kind, counted: a level, an index, the weather of the day
_DAYS_OF_A_KIND = lazyre.compile(r"[^\S\n]+(?:có[^\S\n]+)?(?:chỉ[^\S\n]+số|chất[^\S\n]+lượng|ở[^\S\n]+mức|mưa(?:[^\S\n]+to)?|"
                                r"nắng[^\S\n]+nóng|rét[^\S\n]+đậm|không[^\S\n]+khí)(?!\w)", regex.IGNORECASE)
#: the gold and silver medals a list of medals names before its bronze ones (`2 Vàng, 2 Bạc, 2 Đồng`)
_MEDALS_BEFORE = lazyre.compile(r"(?<!\w)(?:Vàng|Bạc|[Hh]uy\s+chương)(?!\w)")
#: a tally of gold and silver medals right before a number (`3 vàng, 3 bạc, 5`): the `đồng` after it is bronze
_MEDAL_TALLY_BEFORE = lazyre.compile(r"(?<![\d.,])\d+[^\S\n]+vàng[^\S\n]*,[^\S\n]*\d+[^\S\n]+bạc[^\S\n]*(?:,|[^\S\n]+và)"
                                     r"[^\S\n]*\d+$", regex.IGNORECASE)
#: `tại 18 điểm`, `tại 31/42 điểm`: a count of sites after a preposition of place, or after a verb of what happens at
#: places (`làm ách tắc 214 điểm`, `sạt lở 35 điểm`, `lắp đặt 120 điểm`), or after `trong số` (`Trong số 112 điểm thuộc
#: mạng lưới quan trắc`: a set of things, which no score is)
_AT_SITES = lazyre.compile(r"(?<!\p{L})(?:tại|ở|trong[^\S\n]+số|ách[^\S\n]+tắc|ùn[^\S\n]+tắc|sạt[^\S\n]+lở|"
                          r"ngập(?:[^\S\n]+úng)?|lắp[^\S\n]+đặt|"
                          r"bố[^\S\n]+trí)[^\S\n]+(?:(?:khoảng|gần|hơn|trên)[^\S\n]+)?[\d.]+(?:/[\d.]+)?[^\S\n]*$", regex.IGNORECASE)
_CLAUSE_ENDS = lazyre.compile(r"[^\S\n]*(?:[.,;:)]|\n|$)")
#: the plan a figure is said against, right after its unit (`ca kế hoạch năm`, `lượt chỉ tiêu giao`)
_PLAN_NOUN_NEXT = lazyre.compile(r"[^\S\n]+(?:kế[^\S\n]+hoạch|chỉ[^\S\n]+tiêu|dự[^\S\n]+toán|mục[^\S\n]+tiêu)(?!\w)",
                                 regex.IGNORECASE)
#: `2 điểm còn lại`: the rest of the things counted before
_THE_REST = lazyre.compile(r"[^\S\n]+còn[^\S\n]+lại(?!\w)", regex.IGNORECASE)
#: what a site is or has done, right after a bare `N điểm` in a paragraph that counts sites (`trong đó 19 điểm đã được
#: cấp phép`, `23 điểm nằm trong các khu du lịch`, `9 điểm sử dụng đất rừng`); a score is said with what it is compared
#: with, or what it was scored for
_SITE_DOES = lazyre.compile(r"[^\S\n]+(?:(?:đã|đang|chưa|còn|vẫn)[^\S\n]+)?(?:được[^\S\n]+(?:cấp|công[^\S\n]+nhận|"
                           r"đầu[^\S\n]+tư|cải[^\S\n]+tạo|xây[^\S\n]+dựng|lắp|đưa)|nằm|sử[^\S\n]+dụng|hoạt[^\S\n]+động|"
                           r"hoàn[^\S\n]+thiện|xây[^\S\n]+dựng|vi[^\S\n]+phạm|do)(?!\w)", regex.IGNORECASE)
#: sites counted before, in the same paragraph (`25 điểm xung yếu`, `các điểm sạt lở`; `58 khu, điểm cắm trại`: sites
#: named with the larger ones they are counted with)
_SITES_COUNTED = lazyre.compile(r"(?<!\p{L})(?:\d[\d.]*|các|những|số|có)[^\S\n]+(?:khu[^\S\n]*,[^\S\n]*)?điểm(?="
                               + _SITE_AFTER.pattern + ")", regex.IGNORECASE)


#: sites counted with the kind of site they are (`689 điểm cung cấp dịch vụ`, `1.935 điểm chấp nhận thanh toán`)
_SITES_NAMED = lazyre.compile(r"(?<!\p{L})\d[\d.]*[^\S\n]+điểm[^\S\n]+(?:cung[^\S\n]+cấp|truy[^\S\n]+cập|chấp[^\S\n]+nhận|"
                              r"bán|kinh[^\S\n]+doanh|giao[^\S\n]+dịch|thu[^\S\n]+gom|tập[^\S\n]+kết|trông[^\S\n]+giữ|"
                              r"đỗ|du[^\S\n]+lịch|tham[^\S\n]+quan|sạt[^\S\n]+lở|ngập|đen|nóng|phát[^\S\n]+wifi|"
                              r"sinh[^\S\n]+hoạt|vui[^\S\n]+chơi|bưu[^\S\n]+điện|tiêm|khám|trực)(?!\w)", regex.IGNORECASE)


def _sites_counted_before(scan: str, pos: int) -> bool:
    """`Các điểm xung yếu tập trung ở: xã A 11 điểm, xã B 8 điểm`, `Toàn tỉnh có 54 điểm sạt lở. Huyện A có 14
    điểm`, `Số điểm chấp nhận thanh toán là 86.300 điểm`: a bare `N điểm` that ends its clause, in a paragraph that
    counted or spoke of sites just before it (`3 huyện có điểm du lịch … với tổng cộng 19 điểm`), counts them too."""
    start = max(0, pos - 300)
    cut = scan.rfind("\n", start, pos)
    return _SITES_COUNTED.search(scan, cut + 1 if cut >= 0 else start, pos) is not None


def sites_named_before(text: str, pos: int) -> bool:
    """Whether the article, in the 3 000 characters before ``pos``, counts sites by their kind (:data:`_SITES_NAMED`):
    then `điểm` there counts sites, no score."""
    return _SITES_NAMED.search(text, max(0, pos - 3000), pos) is not None


def _qualifier(scan: str, start: int, end: int, r: Rules) -> tuple[str, str] | None:
    """The qualifier right before the number at ``start``..``end``; the longest wins (`không dưới` over
    `dưới`), and one whose ``unless_after`` words follow the number (its unit included) does not count."""
    before = scan[max(0, start - 40):start]
    last = before.rstrip()[-1:]
    if not last or last.isdigit() or last in "%,;":
        return None  # no qualifier ends in a digit or a list's punctuation: no rule need look
    if r.qualifier_any is not None and search_to_end(r.qualifier_any, before) is None:
        return None  # (most figures have none: one look for any, not one for each)
    best, best_at = None, len(before) + 1
    for name, approx, rx in r.qualifiers:
        m = search_to_end(rx, before)
        if m and m.start() < best_at:
            unless = r.qualifier_unless.get(name)
            if approx == "over" and _ALL_OF.match(scan, start, end + 16) is not None:
                continue    # `kết nối 1.845 camera trên 63/63 tỉnh`: no more than all of them; `trên` is `on`
            if unless is None or not unless.match(scan, end, end + 40):
                best, best_at = (name, approx), m.start()
    return best


#: all of a set, said as a share of it (`63/63`)
_ALL_OF = lazyre.compile(r"(?P<n>\d[\d.]*)[^\S\n]*/[^\S\n]*(?P=n)(?![\d.,]?\d)")


#: the span last found in each of the last few span lists: a figure asks for its sentence and its paragraph
#: many times, in turn (a list is known by identity, and held here so that its identity is not reused)
_last_span: dict[int, tuple[list[tuple[int, int]], tuple[int, int]]] = {}


def _sentence_of(spans: list[tuple[int, int]], pos: int) -> tuple[int, int]:
    last = _last_span.get(id(spans))
    if last is not None and last[0] is spans:
        s0, e0 = last[1]
        if s0 <= pos < e0:
            return s0, e0
    found = _find_sentence(spans, pos)
    if len(_last_span) > 8:
        _last_span.clear()
    _last_span[id(spans)] = (spans, found)
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
    folded = fold(scan, r.nonfigure_odd) if r.nonfigure_words else None
    lowered: str | None = None     # the text in lower case for the rules that open with words (None: not yet)
    odd_in: dict[str, bool] = {}   # whether the text holds a character that keeps it from being read so
    digits: dict[str, list[int]] = {}   # the digits a rule opens at (any, or the first of a run), by how
    for rule in r.nonfigures:
        reach = rule.reach
        if reach not in windows:
            windows[reach] = merge(anchors, reach, len(scan))
        words = r.nonfigure_words.get(rule.name)
        spans = having(windows[reach], folded, words) if words else windows[reach]
        if not spans:
            continue   # not even compiled
        leads = rule.leads
        if leads is not None and leads[1] and len(nums) * CROWDED > len(scan):
            leads = None   # (a rule that opens at digits too, in a text crowded with numbers, is scanned whole)
        if leads is not None:
            if lowered is None:
                lowered = folded if folded is not None else scan.lower()
                if len(lowered) != len(scan):
                    lowered = ""
            for c in leads[2]:
                if c not in odd_in:
                    odd_in[c] = c in scan
            if not lowered or any(odd_in[c] for c in leads[2]):
                leads = None   # (a text whose lower case is not offset for offset the same, see windows.fold)
        if leads is not None:
            # (a rule that opens with words is tried only where they, or its digits, stand: the regex engine tries it
            # at every position and rules out few of them fast, see windows.lead_words)
            lead, how, _ = leads
            if how and how not in digits:
                digits[how] = [m.start() for m in (_DIGIT_RUN if how == RUN_START else _ANY_DIGIT).finditer(scan)]
            found = finditer_at(rule.rx, scan, spans, lead_starts(lead, lowered, spans, digits.get(how, ())),
                                timeout=t)
        else:
            found = finditer_in(rule.rx, scan, spans, timeout=t)
        led = "lead" in rule.rx.groupindex
        for m in found:
            # (a rule that reads its words in a lookbehind, to start at its number, names them `lead`: the span
            # covers them, as if the match began there)
            start = m.start("lead") if led and m.start("lead") >= 0 else m.start()
            if m.end() > start:
                out.append((start, m.end(), rule.name))
    return out


def build(text: str, scan: str, sentences: list[tuple[int, int]], patterns: PatternSet,
          dropped: list[tuple[NumberMatch, str]] | None = None) -> list[Draft]:
    """Every figure of the article as drafts, in text order.

    With ``dropped`` (a list), every number candidate that is not a figure is appended to it with the
    reason: the non-figure rule that covers it, the figure it is an attribute of, or no unit.
    """
    r = rules(patterns)
    nums = find_numbers(scan, patterns=patterns, styles=paragraph_styles(scan))
    spans = excluded_spans(scan, r, nums)
    excluded = bytearray(len(scan))   # 1 where a non-figure rule matched: one pass, linear in the text
    for s, e, _ in spans:
        excluded[s:e] = b"\x01" * (e - s)
    live = [n for n in nums if not any(excluded[n.start:n.number_end])]
    if dropped is not None:
        for n in nums:
            if any(excluded[n.start:n.number_end]):
                rule = next(name for s, e, name in spans if s < n.number_end and n.start < e)
                dropped.append((n, f"nonfigures.toml [{rule}]"))
    # the gaps between a figure and its attributes are read with non-figures masked out,
    # so that `… mức độ 3, 4, đạt 96%` still attaches 96% to the figure before it
    masked = _masked(scan, spans)
    consumed: set[int] = set()
    drafts: list[Draft] = []
    for i, n in enumerate(live):
        if i in consumed:
            continue
        d = _build_one(text, scan, masked, live, i, consumed, sentences, r, drafts)
        if d is not None:
            drafts.append(d)
        elif dropped is not None and i not in consumed:
            dropped.append((n, "no unit: nothing says what it counts"))
    _shared_rates(drafts)
    _respective_changes(drafts, text, masked, live, consumed, r)
    _changes_in_their_units(drafts, text, masked, live, consumed)
    _respective_shares(drafts, masked, live, consumed, sentences)
    _respective_targets(drafts, masked, live, consumed)
    _plans_in_their_units(drafts, masked, live)
    _shares_of_the_counted(drafts, masked)
    _levels_after_changes(drafts, text, masked, live, consumed, sentences, r)
    _changes_said_after(drafts, text, masked, live, consumed, sentences, r)
    _changes_listed_after_a_change(drafts, text, masked, live, consumed, sentences)
    _changes_naming_their_figures(drafts, text, masked, live, consumed, sentences, r)
    _changes_of_sentence_before(drafts, text, masked, live, consumed, sentences, r)
    _changes_of_heads(drafts, masked)
    _changes_by_volume(drafts, masked, live)
    _changes_said_of_all(drafts, masked, sentences)
    _thresholds_hand_on(drafts, scan)
    _wholes(drafts, scan, sentences, r)
    _bracketed_parts_adding_up(drafts, masked, sentences)
    _change_after_listed_parts(drafts, masked, live)
    if any(d.restates is not None for d in drafts):
        if dropped is not None:
            dropped.extend((d.number, f"the whole {text[d.restates.start:d.restates.end]!r} said again")
                           for d in drafts if d.restates is not None)
        drafts = [d for d in drafts if d.restates is None]
    _status_of_wholes(drafts)
    _plan_sections(drafts, scan, sentences)
    _sites_by_head(drafts, scan, sentences)
    drafts = _shares_of_parts(drafts, masked, live, consumed)
    _further_rates(drafts, masked, r)
    _shares_of_money_paid(drafts, masked)
    if dropped is not None:
        taken = {id(d.number) for d in drafts}
        host_of = {j: d for d in drafts for j in d.taken}
        for j in sorted(consumed):
            n = live[j]
            if id(n) in taken:
                continue
            host = host_of.get(j) or next((d for d in reversed(drafts) if d.start <= n.start < d.attr_end), None)
            why = ", ".join(f"{k} ({v})" for k, v in host.why.items() if k in ("total", "percent", "change",
                                                                                  "target", "value_max")) if host else ""
            dropped.append((n, f"an attribute of the figure {text[host.start:host.end]!r}: {why}" if host
                            else "an attribute of the figure before it"))
        dropped.sort(key=lambda item: item[0].start)
    return drafts


_NOT_SPACE = lazyre.compile(r"\S")
_LINK_VERB_END = lazyre.compile(r"(?:là|đạt|có|khoảng|gần|hơn|trên|ước|chừng|tới|lên|(?:tăng|giảm)\s+từ|xuống(?:\s+còn)?|còn)\s*$",
                            flags=regex.IGNORECASE)   # (`Số xã giảm từ 161 xuống còn 139`: both levels count what `số` names)
_SEMICOLON = lazyre.compile(";")
#: a clause that is only a label of what is counted (`số phiếu phát ra 60`, `tổng số đại biểu có mặt 58`): no verb links
#: the number, the label says what it counts
_COUNT_LABEL = lazyre.compile(r"\s*(?:tổng\s+)?số\s+\p{L}+(?:\s+\p{L}+){0,6}\s+", flags=regex.IGNORECASE)


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
    """Parts of a whole take the whole as ``total`` (FIGURES.md §3, Parts of a whole).

    Three language facts, each an entry of ``cues.toml`` with ``attribute = "whole"``: a cue (`trong đó`,
    `gồm`) after the whole, inline or opening the next sentence (``total_within``); a bracket right after
    the whole whose figures add up to it (``total_in_brackets``); a set named at the head of the sentence
    (``total_of_set``: `Trong 25 chỉ tiêu, có 24 …`). Parts count the same thing: same kind, not above the
    whole; a part keeps the first whole it is given.
    """
    entries = dict(r.attributes_of.get("whole", ()))
    starts = [d.start for d in drafts]
    if "total_within" in entries:
        rx = entries["total_within"]
        _wholes_after_cue(drafts, starts, scan, sentences, rx, r.words_of.get(rx), _folded_of(_cue_memo_of(scan, r)))
        _shares_of_a_share(drafts, scan)
        _siblings_that_add_up(drafts, sentences)
        _siblings_adding_up_to_a_count(drafts, sentences)
        _wholes_by_sum(drafts, sentences, scan)
        _wholes_of_placed_brackets(drafts, sentences, scan)
    if "total_in_brackets" in entries:
        _wholes_in_brackets(drafts, scan)
    if "total_of_set" in entries:
        _wholes_of_set(drafts, scan, sentences, entries["total_of_set"])
    if "total_before_bullets" in entries:
        _wholes_before_bullets(drafts, starts, scan, sentences, entries["total_before_bullets"])
    if "total_before_colon" in entries:
        _wholes_before_colon(drafts, starts, scan, sentences, entries["total_before_colon"])


def _wholes_before_bullets(drafts: list[Draft], starts: list[int], scan: str, sentences: list[tuple[int, int]],
                           rx: regex.Pattern[str]) -> None:
    """`… đón khoảng 850.000 lượt khách. Một số điểm có lượng khách lớn:` then `- Tràng An: 415.000 lượt;` …: the
    bullets after a line that ends in a colon break down the figure that line states before the colon, else the
    last figure of the sentence before that line counting the same thing; the parts that count it must add up
    to no more than it (cues.toml [total_before_bullets])."""
    for m in rx.finditer(scan):
        end = _bullets_after(scan, m.start())
        if end <= m.end():
            continue
        line_start = scan.rfind("\n", 0, m.start()) + 1
        k = bisect.bisect_left(starts, m.start())           # the first figure after the colon
        parts = [d for d in drafts[k:bisect.bisect_left(starts, end)] if d.total is None]
        _parts_of_last(_wholes_before(drafts, starts, sentences, line_start, k), parts,
                       "cues.toml [total_before_bullets]")


def _wholes_before(drafts: list[Draft], starts: list[int], sentences: list[tuple[int, int]], opening: int,
                   k: int, *, every: bool = False) -> list[Draft]:
    """The wholes a list whose first figure is ``drafts[k]`` may break down: the last amount stated from ``opening``
    (the list's line or sentence) on (``every``: all of them), else every amount from the start of the sentence
    before."""
    stated = [d for d in drafts[bisect.bisect_left(starts, opening):k] if d.kind in ("count", "money", "measure")]
    if stated:
        return stated if every else stated[-1:]
    p_start = _previous_sentence_start(sentences, _sentence_of(sentences, opening)[0])
    return [d for d in drafts[bisect.bisect_left(starts, p_start):k] if d.kind in ("count", "money", "measure")]


#: nouns that count things of any kind (`42 hạng mục`, `15 công trình`): parts counted by other nouns may add up to
#: them
_GENERIC_WHOLES = frozenset({"hạng mục", "công trình", "loại", "nhóm", "danh mục", "hạng mục công trình",
                             "đầu mục", "phương tiện", "sản phẩm", "mô hình", "tiểu dự án"})


def _parts_of_last(wholes: list[Draft], parts: list[Draft], why: str, *, exact: bool = False) -> None:
    """The ``parts`` that count what the last of ``wholes`` that they fit counts (same kind, same thing or its
    head noun) take it as their total, when they add up to no more than it (with ``exact``, to it)."""
    for whole in reversed(wholes):
        mine = [p for p in parts if p.kind == whole.kind and (_same_thing(whole.unit, p.unit) or
                                                              _head_of(p.unit, whole.unit))]
        kinds = not mine and whole.kind == "count" and whole.unit.lower() in _GENERIC_WHOLES
        if kinds:
            # `gồm 42 hạng mục: 27 tuyến đường …, 11 cầu và 4 trạm bơm`: counts of the kinds of things a generic
            # noun counts, when they add up to it exactly
            mine = [p for p in parts if p.kind == "count"]
        total = sum(p.value for p in mine)
        if mine and total <= whole.value * (1 + 1e-9) and (not (exact or kinds) or total >= whole.value * (1 - 1e-9)):
            for p in mine:
                p.total, p.whole = whole.value, whole
                p.why["total"] = why
            break


def _wholes_before_colon(drafts: list[Draft], starts: list[int], scan: str, sentences: list[tuple[int, int]],
                         rx: regex.Pattern[str]) -> None:
    """`Toàn tỉnh có 100 lồng. Các lồng tập trung ở: thị xã A (60 lồng), huyện B (40 lồng).`: a list that a colon
    opens within its sentence breaks down the figure its sentence states before the colon, else the last figure of
    the sentence before counting the same thing, when its items add up to it (cues.toml [total_before_colon]: a
    list of some of the parts, `Các huyện có diện tích lớn: …`, is no breakdown, and annotators give it no total)."""
    for m in rx.finditer(scan):
        s_start, s_end = _sentence_of(sentences, m.start())
        k = bisect.bisect_left(starts, m.end())
        parts = [d for d in drafts[k:bisect.bisect_left(starts, s_end)] if d.total is None]
        if len(parts) < 2:
            continue
        # (every amount stated before the colon, the last that fits first: `đào tạo 212 vận động viên tại 3 tuyến:
        # đội tuyển 46, trẻ 71, năng khiếu 95` breaks down the athletes, not the three tiers)
        _parts_of_last(_wholes_before(drafts, starts, sentences, s_start, k, every=True), parts,
                       "cues.toml [total_before_colon]", exact=True)


#: `17,7 tỷ giao dịch với giá trị 295 triệu tỷ đồng`: a second figure joined to the first by `với`/`và`
#: `tạm ngừng là 120 doanh nghiệp; giải thể là 45 doanh nghiệp, lần lượt tăng 5% và 9%`: two figures of clauses of
#: their own in one sentence, which `lần lượt` pairs with the changes after them
_LOOSE_JOIN = lazyre.compile(r"(?=[^.!?\n\d()]{0,100}\p{L})[^.!?\n\d()]{1,100}")   # (with words: not `5%, 7%`)
_JOINED_FIGURE = lazyre.compile(r"(?:\s+(?!(?:tăng|giảm|đạt|là)(?!\w))\p{L}+){0,8}?"   # (what the first counts)
                               # (`… và tỷ lệ khám sàng lọc đạt 81,3%`: the second's own name and verb)
                               r"\s*,?\s*(?:(?:với|và)(?:\s+(?!(?:tăng|giảm|đạt|là)(?!\w))\p{L}+){0,6}(?:\s+(?:đạt|là))?"
                               # `20.000 tấn gạo, trị giá 12 triệu USD`: a quantity and what it is worth
                               # (the goods a list, their code in brackets: `86,7 nghìn tấn dây thừng, dây chão, dây bện
                               # và lưới (mã HS 5607, 5608), trị giá 312,5 triệu USD`)
                               r"|(?:(?:\p{L}+\s*){0,3}?|[^\d\n.;:()]{1,80}?\s*\([^()\n]{1,40}\))"
                               r",\s*(?:trị giá|giá trị|kim ngạch)(?:\s+(?:đạt|là))?)\s*"
                               # (what it is worth may be hedged: `trị giá khoảng 895 triệu USD`)
                               r"(?:(?:khoảng|gần|hơn|trên|xấp xỉ|ước(?:\s+(?:đạt|khoảng))?)\s+)?",
                               regex.IGNORECASE)


#: a further value of a list of changes: `, 3,2%`, ` và 3,2%`
_MORE_PERCENTS = lazyre.compile(r"\s*(?:,\s*(?:và\s+)?|\s+và\s+)(\d+(?:,\d+)?)\s*%")


def _respective_changes(drafts: list[Draft], text: str, scan: str, live: list[NumberMatch], consumed: set[int],
                        r: Rules) -> None:
    """`A với B, tăng lần lượt 51,8% và 35,6% so với cùng kỳ`, `… tăng 56% về số lượng và 32% về giá trị`: two
    figures joined by `với`/`và`, then two changes said in their order (`lần lượt`, `tương ứng`, or each named):
    the first change is the first figure's, the second the second's, both against the baseline after them.
    The percents are attributes then, not figures (cues.toml [changes_respectively])."""
    rxs = r.attributes_of.get("respectively", ())
    if not rxs or len(drafts) < 2:
        return
    at = {n.start: j for j, n in enumerate(live)}
    drop: set[int] = set()
    for k in range(1, len(drafts)):
        a, b = drafts[k - 1], drafts[k]
        if a.change is not None or id(a.number) in drop or a.attr_end > b.start:
            continue
        # (the changes after the second figure first: rarely there, and cheaper to ask than the join)
        cues = [(name, m) for name, rx in rxs if (m := rx.match(scan, b.end, b.end + 200)) is not None]
        if not cues:
            continue
        joined = _JOINED_FIGURE.fullmatch(scan, a.attr_end, b.start) is not None
        if not joined and _LOOSE_JOIN.fullmatch(scan, a.attr_end, b.start) is None:
            continue
        shares = (a.kind == "percent") + (b.kind == "percent")
        if shares == 1 or (shares == 2 and (_is_growth_rate(scan, a, r) or _is_growth_rate(scan, b, r))):
            continue    # two rates may change (`đạt 95,2% và … 81,3%, lần lượt vượt 3,2% và 1,3%`); growth rates do not
        for name, m in cues:
            # (the order said before the figures counts too: `lần lượt đạt 5 triệu lượt và 4.000 tỷ đồng, tăng 10%
            # và 12%`)
            if not (m.group("order") or m.group("order2") or (m.group("x_of") and m.group("y_of"))
                    or _ORDER_BEFORE.search(scan, max(0, a.start - 40), a.start)):
                continue
            if not joined and not (m.group("order") or m.group("order2")):
                continue   # (two figures of clauses of their own pair only when `lần lượt` says the order)
            jx, jy = at.get(m.start("x")), at.get(m.start("y"))
            if jx is None or jy is None:
                continue
            direction = _SPACES.sub(" ", m.group("dir").lower())
            second = _SPACES.sub(" ", m.group("dir2").lower()) if m.group("dir2") else direction
            # (the changes' unit: percent, or points said once after the second, `2,1 và 1,5 điểm phần trăm`)
            points = m.group("points")
            unit = "%" if points is None else "điểm" if points.lower() == "điểm" else "điểm phần trăm"
            more, after = [], m.end("points") if points is not None else scan.find("%", m.start("y")) + 1
            if not m.group("dir2") and not m.group("y_of"):
                # `… là 1.268 doanh nghiệp; … là 654 doanh nghiệp; … là 297 doanh nghiệp, lần lượt tăng 5,1%, 9,8% và
                # 3,2%`: a longer list of changes pairs with as many figures before it
                while (x := _MORE_PERCENTS.match(scan, after)) is not None and (j := at.get(x.start(1))) is not None:
                    more.append(j)
                    after = x.end()
            figures = drafts[k - 1 - len(more):k + 1] if k - 1 - len(more) >= 0 else []
            if more and (not (m.group("order") or m.group("order2")) or not figures or any(
                    f.change is not None or id(f.number) in drop or f.attr_end > g.start or (
                        _LOOSE_JOIN.fullmatch(scan, f.attr_end, g.start) is None and
                        # (`19,8 triệu lượt khách, 10,6 triệu lượt xe máy và …`: amounts with their units, a comma between)
                        not (f.kind != "percent" and _AND_GAP.fullmatch(scan, f.attr_end, g.start)))
                    for f, g in zip(figures, figures[1:]))):
                continue   # (three changes for two figures: the order names figures this pass cannot see)
            if more:
                end = after
                for f, j in zip(figures, [jx, jy, *more]):
                    f.change, end = _change(direction, live[j].value, unit, "exact", text, scan, after)
                    if m.group("fronted"):
                        _against(f.change, text[m.start("fronted"):m.end("fronted")])
                    _take(f, j, consumed)
                    f.why["change"] = f"cues.toml [{name}]"
                    drop.add(id(live[j]))
                b.attr_end = max(b.attr_end, end)
                break
            a.change, _ = _change(direction, live[jx].value, unit, "exact", text, scan, m.end())
            b.change, end = _change(second, live[jy].value, unit, "exact", text, scan, m.end())
            if m.group("fronted"):
                for d in (a, b):
                    _against(d.change, text[m.start("fronted"):m.end("fronted")])
            b.attr_end = max(b.attr_end, end)
            for d, j in ((a, jx), (b, jy)):
                _take(d, j, consumed)
                d.why["change"] = f"cues.toml [{name}]"
                drop.add(id(live[j]))
            break
    if drop:
        drafts[:] = [d for d in drafts if id(d.number) not in drop]


#: between a list of figures and the changes said of them in order: `…, giảm lần lượt `, `; tương ứng tăng `
#: (a word or two of the last figure's name may stand before the comma: `2.946 máy POS, tăng lần lượt `)
_CHANGES_CUE = lazyre.compile(r"(?:[^\S\n]+(?-i:\p{Lu}{2,6}|\p{Ll}+)){0,2}?"
                             r"[^\S\n]*[,;][^\S\n]*(?:(?P<order>lần[^\S\n]+lượt|tương[^\S\n]+ứng)[^\S\n]+)?"
                             r"(?P<dir>tăng|giảm)(?:[^\S\n]+(?P<order2>lần[^\S\n]+lượt|tương[^\S\n]+ứng))?[^\S\n]+",
                             regex.IGNORECASE)
#: between two changes of such a list
_CHANGES_SEP = lazyre.compile(r"[^\S\n]*(?:,|và|,[^\S\n]*và)[^\S\n]*", regex.IGNORECASE)


def _changes_in_their_units(drafts: list[Draft], text: str, scan: str, live: list[NumberMatch], consumed: set[int]
                            ) -> None:
    """`xảy ra 68 vụ, làm chết 45 người, bị thương 39 người, giảm lần lượt 9 vụ, 6 người và 11 người so với cùng kỳ`:
    counts listed, then as many changes in the same units, in the same order: each change is the figure's of its place
    in the list (what each is counted in says so, with or without `lần lượt`), against the baseline after the last;
    the changes are no figures of their own."""
    if len(drafts) < 4:
        return
    at = {n.start: j for j, n in enumerate(live)}
    drop: set[int] = set()
    k = 0
    while k < len(drafts):
        cue = _CHANGES_CUE.match(scan, drafts[k].attr_end or drafts[k].end, drafts[k].end + 40) \
            if drafts[k].change is None and k + 1 < len(drafts) else None
        if cue is None or cue.end() != drafts[k + 1].start:
            k += 1
            continue
        # the changes: figures right after the cue, one after another
        changes = [drafts[k + 1]]
        while k + 1 + len(changes) < len(drafts) and _CHANGES_SEP.fullmatch(
                scan, changes[-1].end, drafts[k + 1 + len(changes)].start):
            changes.append(drafts[k + 1 + len(changes)])
        n = len(changes)
        figures = drafts[k + 1 - n:k + 1] if n >= 2 and k + 1 - n >= 0 else []
        if not figures or any(f.change is not None or f.kind == "percent" or not c.unit
                              or not (f.unit == c.unit or _head_of(c.unit, f.unit))
                              or c.change is not None for f, c in zip(figures, changes)) \
                or any(_LOOSE_JOIN.fullmatch(scan, f.attr_end or f.end, g.start) is None
                       for f, g in zip(figures, figures[1:])):
            k += 1
            continue
        direction = cue.group("dir").lower()
        end = changes[-1].attr_end or changes[-1].end
        for f, c in zip(figures, changes):
            f.change, last = _change(direction, c.value, c.unit, c.approx, text, scan, end)
            j = at.get(c.number.start)
            if j is not None:
                _take(f, j, consumed)
            f.why["change"] = "a change in the figure's unit, in the order of the list"
            drop.add(id(c.number))
        figures[-1].attr_end = max(figures[-1].attr_end, last)
        k += 1 + n
    if drop:
        drafts[:] = [d for d in drafts if id(d.number) not in drop]


#: `(Nghị quyết: trên 85% và trên 90%)`: a second plan in the bracket that gave a figure its target
_SECOND_PLAN = lazyre.compile(r"[^\S\n]*(?:,|và)[^\S\n]*"
                             r"(?:(?:khoảng|gần|hơn|trên|dưới|tối\s+thiểu|ít\s+nhất)[^\S\n]+)?(?=\d)", regex.IGNORECASE)
#: what may follow the second plan before its bracket closes: its unit, per year
_PLAN_CLOSES = lazyre.compile(r"[^\S\n]*(?:%|[\p{L}/]+(?:[^\S\n]+\p{L}+){0,2})?(?:/năm)?[^\S\n]*\)", regex.IGNORECASE)


def _respective_targets(drafts: list[Draft], scan: str, live: list[NumberMatch], consumed: set[int]) -> None:
    """`có 90,5% chi bộ và 92,3% đảng viên hoàn thành tốt nhiệm vụ (Nghị quyết: trên 85% và trên 90%)`: two figures
    joined by `và`, then a bracket of two plans in the same unit: the plans are theirs in their order (the second
    read the first plan as its own target; the second plan is no figure of its own)."""
    if len(drafts) < 2:
        return
    at = {n.start: j for j, n in enumerate(live)}
    drop: set[int] = set()
    for k in range(1, len(drafts)):
        a, b = drafts[k - 1], drafts[k]
        if b.target is None or a.target is not None or a.kind != b.kind or a.unit != b.unit or a.attr_end > b.start:
            continue
        if _JOINED_FIGURE.fullmatch(scan, a.attr_end, b.start) is None:
            continue
        m = _SECOND_PLAN.match(scan, b.attr_end)
        j = at.get(m.end()) if m is not None else None
        if j is None or j in consumed or _PLAN_CLOSES.match(scan, live[j].end) is None:
            continue
        a.target, b.target = dict(b.target), {"value": live[j].value, "unit": b.target["unit"], "met": None}
        for d in (a, b):
            d.why["target"] = "the plans in a bracket after two figures, in their order"
        _take(b, j, consumed)
        b.attr_end = max(b.attr_end, live[j].end)
        drop.add(id(live[j]))
    if drop:
        drafts[:] = [d for d in drafts if id(d.number) not in drop]


#: between a count and the figure that says what comes with it (`386 doanh nghiệp với `): no clause break
_WITH_GAP = lazyre.compile(r"[^\S\n]+(?:với|cùng|có)[^\S\n]+(?:(?:tổng\s+số|khoảng|gần|hơn|trên)[^\S\n]+)?")


def _plans_in_their_units(drafts: list[Draft], scan: str, live: list[NumberMatch]) -> None:
    """`kiểm tra tại 386 doanh nghiệp với 152.470 lao động, đạt 78,8% kế hoạch năm (kế hoạch 490 doanh nghiệp)`: a
    plan counted in another noun than the figure before it is the plan of the figure just before that one, with
    it, which counts that noun (the workers come with the firms); the share of the plan said with it goes along."""
    for k in range(1, len(drafts)):
        a, d = drafts[k - 1], drafts[k]
        t = d.target
        if t is None or d.kind != "count" or a.kind != "count" or a.target is not None or a.percent is not None \
                or a.change is not None or not t.get("unit") or _nouns_alike(t["unit"], d.unit) \
                or not _nouns_alike(t["unit"], a.unit) or _WITH_GAP.fullmatch(scan, a.end, d.number.start) is None:
            continue
        a.target, d.target = dict(t, met=a.value >= t["value"]), None
        a.why["target"] = "a plan in the noun of the figure the one before it comes with"
        d.why.pop("target", None)
        moved = [t["value"]]
        if d.percent is not None:
            a.percent, d.percent = d.percent, None
            a.why["percent"] = "the share of the plan, said with it"
            d.why.pop("percent", None)
            moved.append(a.percent)
        for j in [j for j in d.taken if live[j].value in moved]:
            d.taken.remove(j)
            a.taken.append(j)
        a.attr_end = max(a.attr_end, d.attr_end)


#: an item a list names (after `là`, `:` or a comma), then the bracket that opens with its own figure
_NAMED_ITEM_BRACKET = lazyre.compile(r"(?:(?<!\w)là|:|,)[^\S\n]*(?:(?:tỉnh|thành\s+phố|huyện|quận|thị\s+xã|xã)[^\S\n]+)?"
                                    r"(?-i:\p{Lu}\p{Ll}*)(?:[^\S\n]+(?-i:\p{Lu}\p{Ll}*)){0,3}[^\S\n]*\([^\S\n]*"
                                    r"(?:(?:tăng|giảm|đạt|chiếm)[^\S\n]+)?$", regex.IGNORECASE)
#: between a count and the threshold that says which of its things it counts (`3.100 doanh nghiệp có quy mô vốn dưới`,
#: `25 mặt hàng đạt kim ngạch xuất khẩu trên`, `1.210/1.250 tàu cá từ`): the count's own modifier, no clause break
#: (not the amount the things come with: `9 tôn giáo … với hơn 1,5 triệu tín đồ, chiếm khoảng 78% dân số`)
_CRITERION_GAP = lazyre.compile(r"(?:(?!(?<!\w)(?:với|cho|và|gồm|tổng|trị\s+giá)(?!\w))[^,;.:()\n\d]){0,80}?"
                               r"(?<!\w)(?:trên|dưới|từ|không\s+quá|tối\s+thiểu|ít\s+nhất)[^\S\n]*", regex.IGNORECASE)


def _shares_of_the_counted(drafts: list[Draft], scan: str) -> None:
    """`3.100 doanh nghiệp có quy mô vốn dưới 10 tỷ đồng, chiếm 73,8%`, `1.210/1.250 tàu cá từ 15 m trở lên đã lắp
    thiết bị, đạt 96,8%`: a threshold that says which things a count counts is no figure a share is of; the share the
    threshold read after it is the count's."""
    for k in range(1, len(drafts)):
        a, b = drafts[k - 1], drafts[k]
        if a.kind != "count" or b.kind == "percent" or b.percent is None or a.percent is not None \
                or a.attr_end > b.start:
            continue
        if _CRITERION_GAP.fullmatch(scan, a.end, b.number.start) is None:
            continue
        a.percent, b.percent = b.percent, None
        a.why["percent"] = "the share read after the threshold that says which of its things it counts"
        b.why.pop("percent", None)
        a.attr_end = max(a.attr_end, b.attr_end)


#: `…, lần lượt bằng 81%, 95% và 90% dự toán`, `…, đạt lần lượt 48%, 41% và 39% kế hoạch`: shares of the figures
#: before, said in their order (the last figure's noun phrase may run on, with no second list in it, and with an
#: aside in brackets: `8.150 ha hồ tiêu được chứng nhận sản xuất bền vững (4C, hữu cơ...), lần lượt chiếm …`)
_RESPECTIVE_SHARES = lazyre.compile(r"(?:(?:\s+\p{L}+){0,4}?|(?:\s+(?!và(?!\w))\p{L}+){5,10}?(?:\s*\([^()\n]{0,80}\))?)"
                                   r"\s*,?\s*(?:(?:lần\s+lượt|tương\s+ứng)\s+(?:bằng|đạt|chiếm)"
                                   r"|(?:bằng|đạt|chiếm)\s+(?:lần\s+lượt|tương\s+ứng))\s+", regex.IGNORECASE)
#: between the items of a list: `, `, ` và `, `, và `
_AND_GAP = lazyre.compile(r"\s*(?:,|và|,\s*và)\s*")


def _respective_shares(drafts: list[Draft], scan: str, live: list[NumberMatch], consumed: set[int],
                       sentences: list[tuple[int, int]]) -> None:
    """`A nộp 640 tỷ đồng, B nộp 1.240 tỷ đồng, C nộp 1.085 tỷ đồng, lần lượt bằng 81%, 95% và 90% dự toán`: as
    many shares as figures before them in the sentence, after `lần lượt`/`tương ứng` and a share verb, are their
    shares in order; the percents are attributes then, not figures."""
    at: dict[int, int] | None = None
    drop: set[int] = set()
    k = 1
    while k < len(drafts):
        first, before = drafts[k], drafts[k - 1]
        if first.kind != "percent" or before.kind == "percent" or \
                _RESPECTIVE_SHARES.fullmatch(scan, before.attr_end, first.start) is None:
            k += 1
            continue
        run = [first]
        while k + len(run) < len(drafts) and drafts[k + len(run)].kind == "percent" and \
                _AND_GAP.fullmatch(scan, run[-1].attr_end, drafts[k + len(run)].start) is not None:
            run.append(drafts[k + len(run)])
        s, _ = _sentence_of(sentences, first.start)
        hosts = [d for d in drafts[:k] if d.start >= s and d.kind != "percent"][-len(run):]
        if len(run) > 1 and len(hosts) == len(run) and all(h.percent is None for h in hosts):
            for host, share in zip(hosts, run):
                host.percent = share.value
                host.why["percent"] = "shares said after the figures, in their order (lần lượt)"
                at = _absorb(host, share, live, consumed, at)
                drop.add(id(share))
        k += len(run)
    if drop:
        drafts[:] = [d for d in drafts if id(d) not in drop]


#: `lần lượt` right before the first of two figures: the changes after them are said in their order
_ORDER_BEFORE = lazyre.compile(r"(?<!\w)(?:lần\s+lượt|tương\s+ứng)(?:\s+(?:là|đạt|ở\s+mức|có))?\s*$", regex.IGNORECASE)
_POINTS = {"điểm phần trăm", "điểm %"}
_WHILE = lazyre.compile(r"(?<!\w)(?:trong khi|còn)(?!\w)", regex.IGNORECASE)
#: what stands right before a change said ahead of its level: `tăng`, `giảm` (and a qualifier)
#: (a multiple too: `tăng gấp 2,6 lần, lên 107 triệu USD`)
_CHANGE_AHEAD = lazyre.compile(r"(?<!\w)(?P<dir>tăng|giảm|tụt)(?:\s+thêm)?(?:\s+gấp)?\s+(?:(?:khoảng|gần|hơn|trên|dưới|xấp xỉ)\s+)?$",
                              regex.IGNORECASE)


def _take(host: Draft, j: int, consumed: set[int]) -> None:
    """The number ``j`` of ``live`` becomes an attribute of ``host``: consumed, and in ``host.taken``."""
    consumed.add(j)
    host.taken.append(j)


def _absorb(host: Draft, gone: Draft, live: list[NumberMatch], consumed: set[int], at: dict[int, int] | None
            ) -> dict[int, int]:
    """``gone``'s number becomes an attribute of ``host``: consumed, and in ``host.taken``. ``at`` (the index in
    ``live`` of each number by its start) is built on first use and returned for the next call."""
    at = at if at is not None else {n.start: j for j, n in enumerate(live)}
    j = at.get(gone.number.start)
    if j is not None:
        _take(host, j, consumed)
    return at


def _levels_after_changes(drafts: list[Draft], text: str, scan: str, live: list[NumberMatch], consumed: set[int],
                          sentences: list[tuple[int, int]], r: Rules) -> None:
    """`được điều chỉnh tăng 4,8% từ ngày 11/10/2024, lên mức 2.103,11 đồng/kWh`: a change said first, then the
    level it led to after `lên`/`xuống` (cues.toml [level_after_change], matched between them): the change is the
    level's, and no figure of its own."""
    rxs = [rx for _, rx in r.attributes_of.get("level", ())]
    if not rxs or len(drafts) < 2:
        return
    at: dict[int, int] | None = None
    drop: set[int] = set()
    for k in range(1, len(drafts)):
        x, y = drafts[k - 1], drafts[k]
        if id(x) in drop or y.change is not None or x.change is not None or x.percent is not None \
                or x.total is not None or x.value_max is not None \
                or not (x.kind == "percent" or x.unit == y.unit or (y.kind == "percent" and x.unit in _POINTS)
                        or (x.kind == "multiple" and y.kind != "percent")
                        # (`tăng 260 đồng, lên 19.270 đồng/lít`: a price's change in money, without its per-unit)
                        or (x.kind == "money" and "/" in y.unit and y.unit.split("/", 1)[0] == x.unit)
                        or (y.kind == "rank" and x.unit in _RANK_STEPS)):
            continue
        s_start, _ = _sentence_of(sentences, y.start)
        if x.start < s_start:
            continue
        ahead = _CHANGE_AHEAD.search(scan, max(s_start, x.number.start - 30), x.number.start)
        if ahead is None:
            continue
        level = next((lm for lm in (rx.fullmatch(scan, x.attr_end, y.number.start) for rx in rxs) if lm), None)
        if level is None and k + 1 < len(drafts) and _FROM_GAP.fullmatch(scan, x.attr_end, y.number.start):
            # `tăng 4,8%, từ 2.006,79 đồng/kWh lên 2.103,11 đồng/kWh`: the change, then the level it started from
            # and the one it led to; the change is the new level's
            z = drafts[k + 1]
            if z.change is None and z.unit == y.unit and y.percent is None and \
                    _TO_GAP.fullmatch(scan, y.attr_end, z.number.start) and \
                    (x.kind == "percent" or x.unit == z.unit):
                z.change, _ = _change(ahead.group("dir").lower(), x.value, x.unit, x.approx, text, scan, x.end)
                z.why["change"] = "a change, then the levels it went from and to"
                at = _absorb(z, x, live, consumed, at)
                drop.add(id(x))
            continue
        if level is None or (y.kind == "percent" and "reach" in level.re.groupindex and level.group("reach")):
            continue    # (`tăng 7,5%, đạt 102% kế hoạch`: what a share reached is no level the change led to)
        y.change, _ = _change(ahead.group("dir").lower(), x.value, x.unit, x.approx, text, scan, x.end)
        y.why["change"] = "cues.toml [level_after_change]"
        at = _absorb(y, x, live, consumed, at)
        drop.add(id(x))
    if drop:
        drafts[:] = [d for d in drafts if id(d) not in drop]


def _in_change_clause(scan: str, start: int) -> bool:
    """Whether the number at ``start`` is the amount of a clause that is only a change (`; so với năm trước
    tăng `)."""
    m = _CHANGE_CLAUSE.search(scan, max(0, start - 80), start)
    return m is not None and (m.start() == 0 or scan[m.start()] in ";," or
                              m.group().lower().startswith(("và", "nhưng", "còn")))


def _times_one_way(scan: str, d: Draft) -> bool:
    """Whether ``d`` is a count said right after a change verb (`giảm 6 kỳ`): of the times it went that way."""
    return d.kind == "count" and \
        _COUNTED_BY_CHANGE.search(scan, max(0, d.number.start - 12), d.number.start) is not None


#: a change verb right before a count (`giảm 6 kỳ`)
_COUNTED_BY_CHANGE = lazyre.compile(r"(?<!\w)(?:tăng|giảm)[^\S\n]+$", regex.IGNORECASE)
#: between a change and the level it went from (`, từ `), and between that and the level it went to (` lên `)
_FROM_GAP = lazyre.compile(r"\s*,?\s*từ\s+(?:mức\s+)?", regex.IGNORECASE)
#: a change verb that goes on to the level reached (`tăng lên`, `giảm xuống (còn)`), not by how much (`tăng thêm`)
_TO_LEVEL = lazyre.compile(r"(?<!\w)(?:tăng|giảm)\s+(?:lên|xuống)(?!\w)", regex.IGNORECASE)
_TO_GAP = lazyre.compile(r"\s*(?:lên|xuống)(?:\s+(?:còn|mức))*\s+", regex.IGNORECASE)
#: the units a rank moves by
_RANK_STEPS = frozenset({"bậc", "hạng", "vị trí", "vị thứ"})
#: a clause that is only a change (`; so với năm trước giảm 20 vụ`), read backwards from the number
_CHANGE_CLAUSE = lazyre.compile(
    r"(?:^|[;,]|(?<!\w)(?:và|nhưng|còn))\s*(?:so\s+với\s+(?P<base>[^\d,;.()]{1,40}?)\s*,?\s*)?"
    # (`; số vụ cháy giảm 5 vụ so với cùng kỳ`: the clause may name what it counts first)
    r"(?:(?:số|tổng\s+số)\s+(?P<noun>\p{L}+(?:\s+\p{L}+){0,3}?)\s+)?(?P<dir>tăng|giảm)(?:\s+thêm)?\s+"
    r"(?:(?P<approx>khoảng|gần|hơn|trên|xấp xỉ|dưới)\s+)?$", regex.IGNORECASE | regex.REVERSE)


#: the yardstick's own value in brackets before a number: `So với quý II/2024 (`
_YARDSTICK_VALUE = lazyre.compile(r"(?<!\w)so\s+với\s+[^,;.()\n]{1,40}\(\s*(?:(?:khoảng|gần|hơn|trên)\s+)?$",
                                  regex.IGNORECASE)
#: a sentence that opens with its yardstick: `So với cùng kỳ năm 2023, …`
_YARDSTICK_OPENING = lazyre.compile(r"\s*so\s+với\s+(?P<base>[^,;.()\n]{1,50}?)\s*,\s*", regex.IGNORECASE)


def _changes_of_heads(drafts: list[Draft], scan: str) -> None:
    """`Hội chợ có 486 gian hàng của 325 doanh nghiệp tham gia, tăng 16% so với hội chợ năm 2023`, `6.120 vận động viên
    đến từ 52 tỉnh, thành phố và 18 quốc gia, tăng khoảng 35%`: counts that say whose or from where a figure's items
    are (`của`, `đến từ`) belong to it; a change said after them is the head figure's, unless it counts in the
    complement's own unit (`tăng 20 trường`) or the head has one. After `với` (`612,4 tỷ đồng với 9.120 hộ`), only a
    change in the head's own unit is."""
    for k, d in enumerate(drafts):
        if d.change is None or k == 0:
            continue
        j = k
        while j > 0 and drafts[j - 1].change is None and drafts[j - 1].attr_end <= drafts[j].number.start and \
                _LIST_GLUE.fullmatch(scan, drafts[j - 1].attr_end, drafts[j].number.start):
            j -= 1      # (back to the first item of the complement's list)
        if j == 0:
            continue
        head, first = drafts[j - 1], drafts[j]
        joined = _COMPLEMENT_OF.fullmatch(scan, head.attr_end, first.number.start) \
            if head.change is None and head.kind in ("count", "money", "measure") and \
            head.attr_end <= first.number.start else None
        if joined is None or (joined.group("from") is not None and first.value_max is not None):
            continue    # (`khoảng từ 1,2 đến 1,5 triệu đồng`: a range after `từ`, no source counted)
        unit = d.change.get("unit") or ""
        # (`với` joins a companion as often as a complement, `186 chuyến tàu với 214.000 lượt khách, tăng 2,3 lần`: only a
        # change in the head's own unit is the head's there)
        relative = unit in ("%", "lần") and joined.group("with") is None
        if not relative and not _same_thing(unit, head.unit):
            continue
        head.change, d.change = d.change, None
        head.why["change"] = "cues.toml [change], said after the counts that say whose its items are"
        d.why.pop("change", None)


def _changes_by_volume(drafts: list[Draft], scan: str, live: list[NumberMatch]) -> None:
    """`xuất khẩu 245.000 tấn, trị giá 337 triệu USD, tăng 8,6% về lượng so với tháng 11/2023`: a change said to be by
    volume (`về lượng`) after an amount and what it is worth is the amount's, not the worth's (a change of each, `giảm 5%
    về lượng nhưng tăng 8% về trị giá`, is cues.toml [changes_respectively])."""
    for k, d in enumerate(drafts):
        if k == 0 or d.change is None or d.kind != "money" or \
                _BY_VOLUME.search(scan, d.end, max(d.end, d.attr_end)) is None:
            continue
        head = drafts[k - 1]
        if head.change is None and head.kind in ("count", "measure") and head.attr_end <= d.number.start and \
                _WORTH_OF.fullmatch(scan, head.attr_end, d.number.start) is not None:
            _hand_change(d, head, live, "a change by volume, after the amount and what it is worth")


def _hand_change(frm: Draft, to: Draft, live: list[NumberMatch], why: str) -> None:
    """``frm``'s change becomes ``to``'s, with the number it was read from (``live``), for ``why``."""
    for j in [j for j in frm.taken if live[j].value == frm.change["value"] and live[j].start >= frm.end]:
        frm.taken.remove(j)
        to.taken.append(j)
    to.change, frm.change = frm.change, None
    to.why["change"] = why
    frm.why.pop("change", None)


#: a change said to be by volume, and what joins an amount to what it is worth (`, trị giá `, ` với kim ngạch `)
_BY_VOLUME = lazyre.compile(r"(?i)(?<!\w)về[^\S\n]+(?:số[^\S\n]+|khối[^\S\n]+|sản[^\S\n]+)?lượng(?!\w)")
_WORTH_OF = lazyre.compile(r"(?i)[^\S\n]*,?[^\S\n]*(?:với[^\S\n]+)?(?:trị[^\S\n]+giá|giá[^\S\n]+trị|kim[^\S\n]+ngạch)"
                           r"(?:[^\S\n]+(?:khoảng|gần|hơn|trên|đạt|ước[^\S\n]+đạt|ước))?[^\S\n]*")


#: between a figure and a count that says whose or from where its items are: `gian hàng của`, `vận động viên đến từ`,
#: `lượt công dân với`, `bài dự thi của học sinh đến từ`
#: (or from how many sources they come: `gần 4.100 căn từ 7 dự án, giảm 11%`)
_COMPLEMENT_OF = lazyre.compile(r"[^,;:.()\d\n]{0,50}?(?<!\w)(?:của|đến\s+từ(?:\s+[^;:.()\d\n]{1,80}?\s+và)?|"
                               r"(?P<from>từ)|(?P<with>với))\s+"
                               r"(?:(?:khoảng|gần|hơn|trên|hàng)\s+)?", regex.IGNORECASE)
#: between two items of a list of counts: `52 tỉnh, thành phố và 18 quốc gia`
_LIST_GLUE = lazyre.compile(r"\s*(?:,\s*(?:và\s+)?|\s+và\s+)(?:(?:khoảng|gần|hơn|trên)\s+)?", regex.IGNORECASE)


def _give_change(owner: Draft, p: Draft, verb: regex.Match[str], end: int, why: str, text: str, scan: str,
                 live: list[NumberMatch], consumed: set[int], at: dict[int, int] | None) -> dict[int, int] | None:
    """Make the percent ``p`` the change of ``owner`` (in the direction ``verb`` says, against the baseline after
    ``end`` or the one ``verb`` says first), and take its number; the index of numbers :func:`_absorb` keeps."""
    owner.change, _ = _change(verb.group("dir").lower(), p.value, "%", p.approx, text, scan, end)
    if verb.group("base"):
        _against(owner.change, text[verb.start("base"):verb.end("base")])
    owner.why["change"] = why
    return _absorb(owner, p, live, consumed, at)


def _changes_naming_their_figures(drafts: list[Draft], text: str, scan: str, live: list[NumberMatch],
                                  consumed: set[int], sentences: list[tuple[int, int]],
                                  r: Rules | None = None) -> None:
    """`… xảy ra 5.712 vụ, làm chết 2.589 người, bị thương 4.316 người, giảm 9,6% số vụ, giảm 7,2% số người chết và
    giảm 11,4% số người bị thương so với cùng kỳ năm 2023`: a percent in a clause that is only a change and names
    what changed (`số người chết`) is the change of the figure of its sentence before it that counts that, said with
    the words after the noun (`làm chết`); no figure of its own. The changes of one sentence share the baseline
    said once, before the first (`so với năm 2022 giảm …`) or after the last."""
    drop: set[int] = set()
    at: dict[int, int] | None = None
    given: dict[int, list[Draft]] = {}
    for k, p in enumerate(drafts):
        if k == 0 or p.kind != "percent" or p.change is not None or p.total is not None or p.target is not None \
                or p.value_max is not None or p.percent is not None:
            continue
        s_start, _ = _sentence_of(sentences, p.start)
        verb = _CHANGE_CLAUSE.search(scan, max(s_start, p.number.start - 80), p.number.start)
        if verb is not None and verb.group("noun") and (
                verb.start() == s_start or scan[verb.start()] in ";," or
                verb.group().lower().startswith(("và", "nhưng", "còn"))):
            # `…; số vụ cháy giảm 7,5% so với cùng kỳ`: the clause names what changed before its verb
            noun = _SPACES.sub(" ", verb.group("noun").lower())
            # (not the yardstick's own value in brackets: `So với quý II/2024 (38 người), số người trở về tăng 21,1%`)
            named = [e for e in drafts[:k] if e.start >= s_start and e.end <= verb.start() and id(e) not in drop
                     and _YARDSTICK_VALUE.search(scan, max(s_start, e.start - 60), e.start) is None
                     and e.kind != "percent" and e.change is None and e.percent is None]
            # (`số người chết giảm 5,1%` of `làm chết 652 em`: a general noun names its members when no figure counts
            # the noun itself)
            named = [e for e in named if _counts(e, noun) or noun.startswith(e.unit.lower() + " ")] or \
                _members_counting(scan, named, noun, verb.start(), r)
            exact = [e for e in named if e.unit.lower() == noun]
            owner = exact[0] if len(exact) == 1 else _named_by_rest(scan, named, noun) if len(named) > 1 else \
                named[0] if named else None
            if owner is not None:
                at = _give_change(owner, p, verb, p.end, "a change in percent whose clause names what changed (`số vụ "
                                  "cháy giảm 7,5%`)", text, scan, live, consumed, at)
                drop.add(id(p))
                given.setdefault(s_start, []).append(owner)
            continue
        if verb is None or verb.group("noun") or not (
                verb.start() == s_start or scan[verb.start()] in ";," or
                verb.group().lower().startswith(("và", "nhưng", "còn"))):
            continue
        obj = _CHANGE_OBJECT_NOUN.match(scan, p.end)
        earlier = [e for e in drafts[:k] if e.start >= s_start and id(e) not in drop]
        if obj is None or not earlier:
            continue
        owner = _named_by(obj.group("n"), earlier[-1], earlier[:-1], scan)
        if owner is None or owner.change is not None or owner.kind == "percent":
            continue
        to_baseline = _UP_TO_BASELINE.match(scan, obj.end())
        at = _give_change(owner, p, verb, to_baseline.end() if to_baseline else obj.end(),
                          "a change in percent that names what changed (`giảm 7,2% số người chết`)",
                          text, scan, live, consumed, at)
        drop.add(id(p))
        given.setdefault(s_start, []).append(owner)
    for owners in given.values():
        base = next((o.change for o in owners if o.change["baseline"]), None)
        for o in owners:
            if base is not None and o.change["baseline"] is None:
                o.change["baseline"] = base["baseline"]
    if drop:
        drafts[:] = [d for d in drafts if id(d) not in drop]


def _changes_of_sentence_before(drafts: list[Draft], text: str, scan: str, live: list[NumberMatch], consumed: set[int],
                                sentences: list[tuple[int, int]], r: Rules | None = None) -> None:
    """`… xảy ra 24 vụ, làm chết 15 người, bị thương 19 người. So với cùng kỳ năm 2023, giảm 6 vụ, giảm 3 người chết
    và tăng 2 người bị thương.`: a sentence that opens with its yardstick and says only changes counted in nouns
    gives them to the figures of the sentence before it (in its paragraph) that count those nouns: noun by noun, in
    order when as many changes as figures count it; one change among several such figures goes to the one whose
    verb follows the change's noun (`3 người chết` to `làm chết 15 người`). Such changes are no figures then (a
    change's size in percent in brackets, `giảm 6 vụ (giảm 20%)`, is left out)."""
    at: dict[int, int] | None = None
    drop: set[int] = set()
    k = 0
    while k < len(drafts):
        s, e = _sentence_of(sentences, drafts[k].start)
        mine = []
        while k < len(drafts) and drafts[k].start < e:
            mine.append(drafts[k])
            k += 1
        opening = _YARDSTICK_OPENING.match(scan, s, e)
        i = bisect.bisect_left(sentences, (s, s)) - 1
        if opening is None or i < 0 or "\n" in scan[sentences[i][1]:s]:
            continue        # no yardstick first, or the sentence before is in another paragraph
        items = _change_items(mine, scan, live, opening.start("base"))
        if items is None:
            continue        # a figure of its own: not a sentence of changes only
        ps, pe = sentences[i]
        owners = [d for d in drafts if ps <= d.start < pe and d.change is None and d.kind in ("count", "measure")]
        pairs: list[tuple[Draft, _ChangeItem]] = []
        for unit in dict.fromkeys(item.unit.lower() for item in items):
            said = [item for item in items if item.unit.lower() == unit]
            counting = [o for o in owners if _counts(o, unit)]
            if not counting:    # (each change in `người` to the member said with what befell them, once each)
                for item in said:
                    counting += [o for o in _members_counting(scan, owners, unit, item.end, r)[:1]
                                 if all(o is not c for c in counting)]
            if len(said) == len(counting):
                pairs += list(zip(counting, said))
            elif len(said) == 1 and counting and (picked := _said_of(scan, counting, said[0].end)) is not None:
                pairs.append((picked, said[0]))
        if len(pairs) < len(items):
            continue        # a change with no figure of its own noun before: the sentence stays as it is
        base = _SPACES.sub(" ", text[opening.start("base"):opening.end("base")]).strip()
        for owner, item in pairs:
            owner.change, _ = _change(item.direction, item.value, item.unit, item.approx, text, scan, item.end)
            if owner.change["baseline"] is None:
                owner.change["baseline"] = base
            owner.why["change"] = "a sentence of changes only, against the yardstick it opens with"
            if item.own:
                at = _absorb(owner, item.draft, live, consumed, at)
            else:                       # the change the draft had taken: its number goes with it
                owner.taken.extend(item.draft.taken)
            drop.add(id(item.draft))
    if drop:
        drafts[:] = [d for d in drafts if id(d) not in drop]


@dataclass(frozen=True)
class _ChangeItem:
    """A change said as a figure of its own (``own``: ``draft`` is it), or joined to one (``draft`` took it)."""

    direction: str      # the verb: tăng, giảm
    value: float
    unit: str
    approx: str
    end: int            # where its unit ends (its noun, `chết` of `3 người chết`, follows)
    draft: Draft
    own: bool


def _change_items(mine: list[Draft], scan: str, live: list[NumberMatch], start: int) -> list[_ChangeItem] | None:
    """The changes a sentence says, when it says nothing else: each figure right after `tăng`/`giảm`, and a change
    it took (`giảm 3 người chết và tăng 2 người bị thương`, `giảm 7 vụ, giảm 2 người`); None when a figure is no
    change. (A change's size in percent in brackets, `giảm 6 vụ (giảm 20%)`, is no change of its own.)"""
    items: list[_ChangeItem] = []
    for d in mine:
        if d.kind == "percent" and _in_bracket(scan, d.start):
            continue
        verb = _CHANGE_CLAUSE.search(scan, start, d.start)
        if verb is None or d.kind not in ("count", "measure"):
            return None
        items.append(_ChangeItem(verb.group("dir").lower(), d.value, d.unit, d.approx, d.end, d, True))
        if d.change is None:
            continue
        # a change joined to it (`giảm 7 vụ, giảm 2 người chết`): a change said of its own noun too; its size in
        # percent in brackets (`giảm 35 người chết (giảm 37,23%)`) is none
        n = next((live[j] for j in d.taken if live[j].value == d.change["value"]), None)
        if d.change["unit"] == "%" and (n is None or _in_bracket(scan, n.start)):
            continue
        if n is None or d.change["unit"] == "%":
            return None
        unit_end = _SPACE.match(scan, n.end).end() + len(d.change["unit"])
        items.append(_ChangeItem("giảm" if d.change["direction"] == "decrease" else "tăng", d.change["value"],
                                 d.change["unit"], d.change["approx"], unit_end, d, False))
    return items or None


#: the words after a change's unit that say which of its things (`chết` of `giảm 9 người chết`, `bị thương`)
_NEXT_WORDS = lazyre.compile(r"[^\S\n]+(\p{L}+)(?:[^\S\n]+(\p{L}+))?")


def _named_by_rest(scan: str, owners: Sequence[Draft], noun: str | None) -> Draft | None:
    """Of several figures counting a change's unit, the one the change's clause names with more words than the unit
    (`số người chết tăng 13 người` of `68 người chết, 87 người bị thương`: `chết` is said with the 68); None when
    not exactly one."""
    if noun is None or len(owners) < 2:
        return None
    picked = [o for o in owners if noun.startswith(o.unit.lower() + " ") and
              _said_with(scan, o, noun[len(o.unit) + 1:])]
    return picked[0] if len(picked) == 1 else None


def _said_of(scan: str, owners: Sequence[Draft], end: int) -> Draft | None:
    """Of several figures counting a change's noun, the one said with the words after the change's unit (which ends at
    ``end``): `giảm 9 người chết` of `làm chết 41 người`, `tăng 27 người bị thương` of `bị thương 156 người`; None
    when not exactly one."""
    if len(owners) < 2:
        return None
    for said in _words_after(scan, end):
        picked = [o for o in owners if _said_with(scan, o, said)]
        if len(picked) == 1:
            return picked[0]
    return None


def _words_after(scan: str, end: int) -> list[str]:
    """The two words after a change's unit (which ends at ``end``), then the first alone: what may say which of its
    things changed (`chết và`, `chết` of `giảm 9 người chết và …`)."""
    words = _NEXT_WORDS.match(scan, end)
    if words is None:
        return []
    return ([f"{words.group(1)} {words.group(2)}"] if words.group(2) else []) + [words.group(1)]


#: a change said of every item of the list before it: `…, Lâm Đồng 119.800 đồng/kg, cùng tăng 1.500 đồng/kg`, `đều giảm`
_CHANGE_OF_ALL = lazyre.compile(r"(?:[^\S\n]*/[^\s,;]+)*[^\S\n]*,[^\S\n]*(?:cùng|đều)[^\S\n]+(?:tăng|giảm)(?!\w)", regex.IGNORECASE)
#: what may stand between two items of such a list: a comma or `và` and the next item's label, no verb, figure or break
_ITEM_GAP = lazyre.compile(r"[^\S\n]*(?:,|và|;)[^\S\n]*(?:[^\W\d_][\w'’-]*[^\S\n]*){0,6}(?:là[^\S\n]+|:[^\S\n]*)?",
                          regex.IGNORECASE)


def _changes_said_of_all(drafts: list[Draft], scan: str, sentences: list[tuple[int, int]]) -> None:
    """`Giá cà phê tại Đắk Lắk là 120.500 đồng/kg, Gia Lai 120.300 đồng/kg, Lâm Đồng 119.800 đồng/kg, cùng tăng 1.500
    đồng/kg so với hôm qua`: a change that `cùng` or `đều` says of the whole list is the change of each item before
    it (items of one kind and unit, each after the one before with only its label between)."""
    for k, d in enumerate(drafts):
        if d.change is None or k == 0 or _CHANGE_OF_ALL.match(scan, d.end) is None:
            continue
        s_start, _ = _sentence_of(sentences, d.start)
        j = k
        while j > 0:
            e = drafts[j - 1]
            if e.start < s_start or e.change is not None or e.kind != d.kind or e.unit != d.unit or \
                    _ITEM_GAP.fullmatch(scan, e.attr_end, drafts[j].start) is None:
                break
            j -= 1
        for e in drafts[j:k]:
            e.change = dict(d.change)
            e.why["change"] = "a change said of every item of its list (`cùng tăng`, `đều giảm`)"


def _changes_said_after(drafts: list[Draft], text: str, scan: str, live: list[NumberMatch], consumed: set[int],
                        sentences: list[tuple[int, int]], r: Rules | None = None) -> None:
    """`xảy ra 198 vụ, làm chết 121 người, bị thương 146 người; so với cùng kỳ giảm 23 vụ, giảm 9 người và giảm 31
    người`: a clause that is only a change counted in a noun (no figure of its own before its verb) is the change of
    a figure of its sentence counting that noun, against the baseline it names: a lone change to the nearest such
    figure, changes listed after the figures to them in order (the first change in a noun to the first figure
    counting it that has none). Such a change is no figure then."""
    drop: set[int] = set()
    at: dict[int, int] | None = None
    for k, d in enumerate(drafts):
        if k == 0 or d.kind not in ("count", "measure") or d.total is not None or d.percent is not None:
            continue
        unit = d.unit.lower()
        chained = d.change is not None and d.change["unit"].lower() == unit   # `giảm 9 người và giảm 31 người`
        if d.change is not None and not chained:
            continue
        s_start, _ = _sentence_of(sentences, d.start)
        m = _CHANGE_CLAUSE.search(scan, max(s_start, d.start - 80), d.start)
        if m is None or (m.start() > s_start and scan[m.start()] not in ";,"
                         and not m.group().lower().startswith(("và", "nhưng", "còn"))):
            continue
        prev = drafts[k - 1]
        if id(prev) not in drop and prev.unit.lower() == unit and _times_one_way(scan, prev):
            # `giá xăng giảm 6 kỳ, tăng 4 kỳ`: counts of the times each way, siblings, not a change (the first no
            # change itself: `tăng 30 học sinh và tăng 12 học sinh` are both changes)
            continue
        steps = unit in _RANK_STEPS     # `xếp hạng 12/63, … nhưng giảm 1 bậc`: steps of a rank are the rank's change
        # (`87,5% người được hỏi hài lòng với …, tăng 6,3 điểm phần trăm`: points are a share's change)
        points = unit in _POINTS
        noun = m.group("noun").lower() if m.group("noun") else None
        # (not a figure inside a bracket closed before the clause: `47 trẻ em tử vong (…, nguyên nhân khác 2 em), giảm
        # 11 em` is the change of the 47)
        candidates = [e for e in drafts[:k] if e.start >= s_start and id(e) not in drop and e.change is None
                      and scan.count(")", e.end, m.start()) <= scan.count("(", e.end, m.start())
                      and (noun is None or noun.startswith(e.unit.lower()) or e.unit.lower().startswith(noun))]
        owners = [e for e in candidates if (e.kind == "rank" if steps else e.kind == "percent" if points
                                            else e.kind == d.kind and _counts(e, unit))]
        if not owners and not steps and not points:
            # (`làm chết 3 em, …; … giảm 5 người bị thương`: a general noun counts its members, when no figure counts
            # the noun itself)
            owners = _members_counting(scan, [e for e in candidates if e.kind == d.kind], unit, d.end, r)
        if not owners:
            continue
        # (the yardstick from the text: a period in it is masked in the scan)
        base = _SPACES.sub(" ", text[m.start("base"):m.end("base")]).strip() if m.group("base") else None
        # (a lone change: the nearest figure counting its noun, or the one said with the words after it, `giảm 9
        # người chết` of `làm chết 41 người`)
        first = owners[0] if chained else _said_of(scan, owners, d.end) or _named_by_rest(scan, owners, noun) \
            or owners[-1]
        first.change, _ = _change(m.group("dir").lower(), d.value, d.unit, d.approx, text, scan, d.end)
        if first.change["baseline"] is None:
            first.change["baseline"] = base
        first.why["change"] = "a clause of its own that is only the change of this figure"
        at = _absorb(first, d, live, consumed, at)
        if chained and len(owners) > 1:
            second = owners[1]
            second.change = dict(d.change, baseline=d.change["baseline"] or base)
            second.why["change"] = "a clause of its own that is only the change of this figure"
            second.taken.extend(d.taken)
        elif chained:
            continue        # nowhere to put its own change: it stays a figure
        drop.add(id(d))
    if drop:
        drafts[:] = [d for d in drafts if id(d) not in drop]


#: a change in one noun that opens its clause, then `và` before the next number (`, giảm 1 vụ và ` before `39 người`;
#: not an amount named by the verb, `với tổng vốn tăng thêm 97,3 triệu USD và 12 lượt dự án`)
_CHANGE_THEN_AND = lazyre.compile(r"[,;][^\S\n]*(?:so[^\S\n]+với[^\S\n]+[^\d,;.()]{1,40}?[^\S\n]+)?(?P<dir>tăng|giảm)[^\S\n]+"
                                  r"(?:(?:khoảng|gần|hơn|trên)[^\S\n]+)?\d[\d.,]*(?P<unit>(?:[^\S\n]+\p{L}+){1,3}?)"
                                  r"[^\S\n]+và[^\S\n]+$", regex.IGNORECASE)


def _changes_listed_after_a_change(drafts: list[Draft], text: str, scan: str, live: list[NumberMatch],
                                   consumed: set[int], sentences: list[tuple[int, int]]) -> None:
    """`5 vụ ngộ độc với 58 người mắc, giảm 1 vụ và 39 người mắc so với năm 2023`: a number joined by `và` to a change
    in another noun goes on with that change (`giảm … và …`, one verb for both): it is the change of the figure of its
    sentence before them that counts its noun and has none (FIGURES.md §3, one of each). Such a number is no figure."""
    drop: set[int] = set()
    at: dict[int, int] | None = None
    for k, d in enumerate(drafts):
        if k == 0 or d.kind not in ("count", "measure") or d.change is not None or d.total is not None or \
                d.percent is not None:
            continue
        s_start, _ = _sentence_of(sentences, d.start)
        m = _CHANGE_THEN_AND.search(scan, max(s_start, d.start - 60), d.start)
        if m is None or m.group("unit").strip().lower() == d.unit.lower():
            continue    # (`tăng 30 học sinh và 12 học sinh`: the same noun, no other figure's change)
        owners = [e for e in drafts[:k] if e.start >= s_start and e.end <= m.start() and e.change is None and
                  e.kind == d.kind and id(e) not in drop and _counts(e, d.unit.lower())]
        if not owners:
            continue
        owner = owners[-1]
        owner.change, _ = _change(m.group("dir").lower(), d.value, d.unit, d.approx, text, scan, d.end)
        owner.why["change"] = "a number joined by và to the change of another figure: this one's change"
        at = _absorb(owner, d, live, consumed, at)
        drop.add(id(d))
    if drop:
        drafts[:] = [d for d in drafts if id(d) not in drop]


_BARE_SHARE_OPEN = lazyre.compile(r"\s*\(\s*$")
_BARE_SHARE_CLOSE = lazyre.compile(r"\s*\)")
#: `1.219 mẫu đạt (98,6%)`: a few words that say which of the part, then the bracket
_WORDS_THEN_BRACKET = lazyre.compile(r"(?:[^\S\n]+\p{L}+){1,6}[^\S\n]*\([^\S\n]*")
#: `412 cán bộ, công chức cấp xã hoàn thành xuất sắc nhiệm vụ (18,84%)`: the words of the count's clause, then the bracket
_NAMING_WORDS_THEN_BRACKET = lazyre.compile(r"(?:,?[^\S\n]+\p{L}+){0,10}[^\S\n]*\([^\S\n]*")
#: `là` and a name that runs to the bracket (`dẫn đầu là Ngân hàng Nhà nước Việt Nam (`): the bracket is the name's
_NAME_THEN_BRACKET = lazyre.compile(r"(?<!\w)là[^\S\n]+(?-i:\p{Lu})[^()\n]*\([^\S\n]*$"
                                   # (or a name of two words or more right before the bracket: `thấp nhất là hai huyện
                                   # miền núi Hương Khê (38,2%) và Vũ Quang (35,7%)`, the item the count's words name)
                                   r"|(?<!\w)(?-i:\p{Lu}\p{Ll}+)(?:[^\S\n]+(?-i:\p{Lu}\p{Ll}*)){1,3}[^\S\n]*\([^\S\n]*$",
                                   regex.IGNORECASE)
#: `312 vụ tai nạn (giảm 7,96%), làm chết 118 người (7,09%)`: brackets of changes before it in its sentence make a bare
#: percent in brackets one more change
_CHANGE_BRACKET_BEFORE = lazyre.compile(r"\(\s*(?:tăng|giảm)[^().;\n]*%\s*\)[^.\n]*$", regex.IGNORECASE)
_DECIMALS = lazyre.compile(r"[,.](\d+)$")
#: the share cue that ends a clause before its percent (`…, đạt 75,2%`)
_SHARE_CUE_END = lazyre.compile(r"(?:[,(]|\s)\s*(?:(?:đạt|chiếm|bằng|tương\s+đương)(?:\s+tỷ\s+lệ)?|tỷ\s+lệ)\s*$", regex.IGNORECASE)


def _shares_of_parts(drafts: list[Draft], scan: str, live: list[NumberMatch], consumed: set[int]) -> list[Draft]:
    """The share of a part of a whole said apart from it, which is its ``percent`` (FIGURES.md §3), not a figure of
    its own:

    * a percent alone in the brackets right after the part: `… trong đó cá trắm 143 tấn (21%)`;
    * a percent after a share cue that ends the part's clause, when it is the part's share of its whole to the
      precision written: `Có 215/286 chủ thể đã đưa sản phẩm lên các sàn thương mại điện tử, đạt 75,2%`.

    * a percent alone in the brackets after a count and the words of its clause that say which, even with no whole
      said: `412 cán bộ, công chức hoàn thành xuất sắc nhiệm vụ (18,84%), 1.623 người hoàn thành tốt nhiệm vụ (74,21%)`,
      `1.250 hộ nghèo (5,2%), giảm 310 hộ` (the count's change read past the bracket).

    Other amounts need to be parts (figures with a ``total``): after a sum of money or a measure a bare bracketed
    percent may as well be a rate of change or a share of something unsaid, and after a count said with its change
    (`giảm 27 vụ (7,96%)`) or a threshold (`xe đã sử dụng trên 15 năm (21,6%)`) it is no share of the count."""
    out: list[Draft] = []
    index = {id(n): j for j, n in enumerate(live)}
    for d in drafts:
        part = out[-1] if out else None
        # (a bare percent: nothing said with it that makes it more than a share)
        bare = part is not None and d.kind == "percent" and part.percent is None and d.change is None \
            and d.target is None and d.total is None and d.value_max is None and d.approx == "exact"
        if bare and part.kind != "percent" and part.total and part.attr_end <= d.start:
            if _BARE_SHARE_OPEN.match(scan, part.attr_end, d.start) and _BARE_SHARE_CLOSE.match(scan, d.end):
                why = "a percent alone in the brackets after a part of a whole: its share"
            elif _WORDS_THEN_BRACKET.fullmatch(scan, part.attr_end, d.start) and _BARE_SHARE_CLOSE.match(scan, d.end) \
                    and _is_share_of(d, part, scan):
                why = "a percent alone in the brackets after a part and the words that say which, equal to the part " \
                      "over its whole"
            elif _SHARE_CUE_END.search(scan, part.attr_end, d.start) and ";" not in scan[part.attr_end:d.start] \
                    and _is_share_of(d, part, scan):
                why = "a share said at the end of a part's clause, equal to the part over its whole"
            else:
                why = None
        elif bare and part.kind == "count" and part.total is None and part.approx == "exact" \
                and d.value <= 100 and (part.change is not None or part.attr_end <= d.start) \
                and _NAMING_WORDS_THEN_BRACKET.fullmatch(scan, part.end if part.change is not None else part.attr_end,
                                                        d.start) \
                and _BARE_SHARE_CLOSE.match(scan, d.end) \
                and not _CHANGE_BRACKET_BEFORE.search(scan, max(0, part.start - _BRACKET_REACH), part.start) \
                and not _NAME_THEN_BRACKET.search(scan, part.end, d.start):
            # (not the value of an item the count's clause names: `Ba bộ dẫn đầu là Ngân hàng Nhà nước Việt Nam
            # (91,98%)`)
            why = "a percent alone in the brackets after a count and the words that say which: its share"
        else:
            why = None
        if why is not None:
            part.percent = d.value
            part.why["percent"] = why
            j = index.get(id(d.number))
            if j is not None:
                part.taken.append(j)
                consumed.add(j)
            continue
        out.append(d)
    return out


def _is_share_of(share: Draft, part: Draft, scan: str) -> bool:
    """Whether ``share`` (a percent) is ``part``'s value over its total to the decimals the share is written with.

    >>> n = NumberMatch(0, 4, 75.2, "digits", 4)
    >>> part = Draft(0, 0, 215, "count", "chủ thể", "", n, total=286)
    >>> _is_share_of(Draft(0, 5, 75.2, "percent", "%", "", n), part, "75,2%"), _is_share_of(Draft(0, 5, 70, "percent", "%", "", n), part, "70%")
    (True, False)
    """
    decimal = _DECIMALS.search(scan, share.number.start, share.number.number_end)
    return _as_written(share.value, len(decimal.group(1)) if decimal else 0, part.value, part.total)


def _as_written(share: float, decimals: int, part: float, whole: float) -> bool:
    """Whether ``share`` (a percent written with ``decimals`` decimals) is ``part`` over ``whole``, as it is rounded."""
    return abs(share - 100 * part / whole) <= 0.5 * 10 ** -decimals + 1e-9


#: a sum paid or given to recipients counted right after it (`chi trả 412,8 tỷ đồng cho 593 hộ`)
_PAID_TO = lazyre.compile(r"[^\S\n]+(?:cho|tới|đến)[^\S\n]+(?:(?:khoảng|gần|hơn|trên)[^\S\n]+)?", regex.IGNORECASE)
#: a share of money after the count's words (`, đạt 84,9% kinh phí bồi thường`, `bằng 85,6% tổng kinh phí`)
_SHARE_OF_MONEY = lazyre.compile(r"[\d.,]+[^\S\n]*%[^\S\n]+(?:(?:tổng|số)[^\S\n]+)?(?:kinh[^\S\n]+phí|vốn|dự[^\S\n]+toán|"
                                 r"số[^\S\n]+tiền|tiền|ngân[^\S\n]+sách)(?!\w)", regex.IGNORECASE)


def _shares_of_money_paid(drafts: list[Draft], scan: str) -> None:
    """`đã chi trả 412,8 tỷ đồng cho 593 hộ, đạt 84,9% kinh phí bồi thường`: a share of money said after the count of
    those a sum was paid to is the sum's share (of the money to pay), not the count's (FIGURES.md §3: a share belongs to
    the figure it measures)."""
    for prev, d in zip(drafts, drafts[1:]):
        if d.kind != "count" or d.percent is None or prev.kind != "money" or prev.percent is not None or \
                "/" in prev.unit or _PAID_TO.fullmatch(scan, prev.attr_end, d.start) is None:
            continue
        if _SHARE_OF_MONEY.search(scan, d.end, d.attr_end + 40) is None:
            continue
        prev.percent, d.percent = d.percent, None
        prev.why["percent"] = "a share of money said after the count of those it was paid to"
        d.why.pop("percent", None)


def _further_rates(drafts: list[Draft], scan: str, r: Rules) -> None:
    """`… tỷ đồng, tăng 0,5% so với tháng trước và tăng 3,2% so với cùng kỳ`: a percent right after a figure's
    attributes, behind a change or share cue, is a further rate of that figure (FIGURES.md §3, one of each).
    Brackets between them (`(tháng 2 đạt 250.199 tỷ đồng)`) are asides and are stepped over."""
    for k, d in enumerate(drafts):
        if d.kind != "percent":
            continue
        for prev in reversed(drafts[max(0, k - 3):k]):
            if _in_bracket(scan, prev.start):
                continue
            if prev.attr_end > d.start:
                break
            gap = _ANY_BRACKET.sub(lambda m: " " * len(m.group()), scan[prev.attr_end:d.start])
            hit = _match_gap(gap, prev, r)
            if hit is not None and hit[1] in ("change", "percent") and \
                    not _completed_of_no_plan(gap, scan, d.end) and \
                    not _NAME_THEN_BRACKET.search(scan, prev.attr_end, d.start):
                # (a bracket after a name is the named item's: `hai huyện miền núi Hương Khê (38,2%)`)
                d.further_of = prev
            break


#: what a rank is out of, after `21/63`: `tỉnh, thành phố`, `địa phương`, `bộ, ngành`, `quốc gia và vùng lãnh thổ`
_RANK_FIELD = lazyre.compile(r"\s+(?:tỉnh(?:\s*,\s*thành(?:\s+phố)?)?|thành phố|địa phương|bộ(?:\s*,\s*ngành)?|"
                            r"quốc gia(?:\s+và\s+vùng\s+lãnh\s+thổ)?|nền kinh tế)(?:\s+(?:cả nước|trong cả nước|"
                            r"toàn quốc|trực thuộc Trung ương))?(?!\w)", regex.IGNORECASE)
_ANY_BRACKET = lazyre.compile(r"\([^()\n]*\)")


def _in_bracket(scan: str, pos: int) -> bool:
    """Whether the last ``(`` before ``pos`` comes after the last ``)`` before it (by bisection in the
    text's parentheses, found once: a search back from ``pos`` costs the whole text where there is none).

    >>> [_in_bracket("a (b) c (d e", p) for p in (1, 3, 6, 9, 11)]
    [False, True, False, True, True]
    """
    opens, closes = _parentheses(scan)
    i = bisect.bisect_left(opens, pos)
    j = bisect.bisect_left(closes, pos)
    return (opens[i - 1] if i else -1) > (closes[j - 1] if j else -1)


_PARENTHESES: dict[int, tuple[str, list[int], list[int]]] = {}   # id(text) -> (text, "(" offsets, ")" offsets)


def _parentheses(text: str) -> tuple[list[int], list[int]]:
    found = _PARENTHESES.get(id(text))
    if found is None or found[0] is not text:
        if len(_PARENTHESES) >= 4:   # an article's scan and its masked view: the few texts asked about last
            _PARENTHESES.clear()
        found = _PARENTHESES[id(text)] = (text, _offsets(text, "("), _offsets(text, ")"))
    return found[1], found[2]


def _offsets(text: str, char: str) -> list[int]:
    out = []
    i = text.find(char)
    while i >= 0:
        out.append(i)
        i = text.find(char, i + 1)
    return out


def _is_part(part: Draft, whole: Draft, *, same_unit: bool = False) -> bool:
    """Whether ``part`` can be a part of ``whole``: same kind, not above it, not yet a part; an amount or a
    measure in the same unit (ha are no part of tấn), a count of the same thing where ``same_unit``."""
    if part.kind != whole.kind or part.total is not None or _in_unit_of(part, whole) > whole.value or part is whole:
        return False
    if part.per or whole.per or not additive(part.unit) or not additive(whole.unit):
        return False    # an average is no sum of parts (`mức 500.000 đồng/suất`, `năng suất 62,1 tạ/ha`)
    if whole.kind in ("money", "measure") or same_unit:
        return _same_thing(part.unit, whole.unit) or _scale(part.unit, whole.unit) is not None
    if _EVENTS.match(whole.unit) and _people(part.unit):
        return False    # (`45 vụ tai nạn, trong đó 12 người chết`: people are no part of a count of events)
    if _people(whole.unit) and _GROUPS.match(part.unit) and not _people(part.unit):
        return False    # (`1.500 nghệ nhân, diễn viên tham gia, trong đó có 15 đội cồng chiêng`: groups of people are
        # no part of a count of people)
    return True


#: counts of teams and groups (`đội`, `đoàn`, `nhóm`, `câu lạc bộ`) and of places, which no count of people has for parts
#: (a count of taxpayers or of members may have businesses and households for parts: not those)
_GROUPS = lazyre.compile(r"(?:đội|đoàn|nhóm|tổ(?!\s+chức)|câu\s+lạc\s+bộ|CLB|quốc\s+gia|tỉnh|huyện|xã)(?!\w)",
                         regex.IGNORECASE)


#: counts of events (`vụ`, `vụ việc`, `cuộc`, `đợt`, `buổi`, `chuyến`), of which people are no part
_EVENTS = lazyre.compile(r"(?:vụ|vụ\s+việc|việc|cuộc|đợt|buổi|chuyến)(?!\w)", regex.IGNORECASE)


#: the head nouns of counts of people (`người dân`, `cụ`, `học sinh`, `đảng viên`)
_PEOPLE_HEADS = lazyre.compile(
    r"(?:người|cụ|em|cháu|trẻ|bé|(?:du\s+|lưu\s+)?học\s+sinh|sinh\s+viên|học\s+viên|thí\s+sinh|nghiên\s+cứu\s+sinh|"
    r"thực\s+tập\s+sinh|giáo\s+viên|giảng\s+viên|bác\s+sĩ|"
    r"y\s+sĩ|y\s+tá|điều\s+dưỡng|dược\s+sĩ|nhân\s+viên|cán\s+bộ|công\s+chức|viên\s+chức|đảng\s+viên|đoàn\s+viên|"
    r"hội\s+viên|thành\s+viên|cử\s+tri|đại\s+biểu|khách|du\s+khách|chuyên\s+gia|vận\s+động\s+viên|VĐV|nạn\s+nhân|"
    r"bị\s+can|bị\s+cáo|phạm\s+nhân|công\s+dân|thanh\s+niên|tân\s+binh|lao\s+động|công\s+nhân|nông\s+dân|ngư\s+dân|"
    r"cá\s+nhân|chiến\s+sĩ|bệnh\s+nhân|thương\s+binh|bệnh\s+binh|liệt\s+sĩ|cựu\s+chiến\s+binh|"
    r"phụ\s+nữ|nam|nữ|bạn\s+đọc|độc\s+giả|thầy\s+thuốc|đồng\s+chí|đối\s+tượng|"
    # (people named by their trade or role: `hướng dẫn viên`, `tình nguyện viên`, `nghệ nhân`)
    r"(?:hướng\s+dẫn|tình\s+nguyện|hòa\s+giải|hoà\s+giải|tuyên\s+truyền|cộng\s+tác|kiểm\s+sát|công\s+chứng|"
    r"huấn\s+luyện|kỹ\s+thuật|phóng|diễn)\s+viên|thẩm\s+phán|luật\s+sư|nghệ\s+sĩ|nghệ\s+nhân|kỹ\s+sư|doanh\s+nhân|"
    r"quân\s+nhân|dân\s+quân|thợ|học\s+trò)(?!\w)", regex.IGNORECASE)


def _people(unit: str) -> bool:
    """Whether a count in ``unit`` counts people.

    >>> _people("người cao tuổi"), _people("cụ"), _people("tài khoản"), _people("lượt khách")
    (True, True, False, False)
    """
    return _PEOPLE_HEADS.match(unit.strip()) is not None


#: units of weight, in kg
WEIGHT_SCALE = {"g": 0.001, "kg": 1.0, "yến": 10.0, "tạ": 100.0, "tấn": 1000.0}
#: units of one dimension, in the first's terms: `780 kg` of `1,2 tấn` (a measure in kg is a part of one in tấn)
_SCALES = (WEIGHT_SCALE, {"ml": 0.001, "lít": 1.0, "l": 1.0, "m3": 1000.0, "m³": 1000.0})


def _scale(unit: str, other: str) -> float | None:
    """How many ``other`` one ``unit`` is, when both measure one dimension (`kg` in `tấn`: 0.001), else None."""
    a, b = unit.strip().lower(), other.strip().lower()
    for table in _SCALES:
        if a in table and b in table:
            return table[a] / table[b]
    return None


def _in_unit_of(part: Draft, whole: Draft) -> float:
    """``part``'s value said in ``whole``'s unit (`780 kg` against `1,2 tấn`: 0.78), or as it is."""
    scale = _scale(part.unit, whole.unit) if part.kind == "measure" and part.unit != whole.unit else None
    return part.value * scale if scale is not None else part.value


_PER_TIME = frozenset({"ngày", "tháng", "năm", "tuần", "giờ", "quý", "ngày đêm"})


#: units whose amounts never add up over parts: an age, a temperature
_NEVER_ADDED = frozenset({"tuổi", "°c", "độ c", "độ"})


def additive(unit: str) -> bool:
    """Whether amounts in ``unit`` add up over parts: any unit but a rate per something other than time (a flow,
    `tấn/ngày`, adds up; an average, `tạ/ha`, `đồng/người/tháng`, does not), an age or a temperature (`tuổi thọ
    trung bình 73,7 tuổi, trong đó nam 71,1 tuổi`: what each group lives is no part of what all live).

    >>> additive("tấn"), additive("tấn/ngày"), additive("tạ/ha"), additive("đồng/người/tháng"), additive("tuổi")
    (True, True, False, False, False)
    """
    return unit.strip().lower() not in _NEVER_ADDED and all(seg.strip().lower() in _PER_TIME for seg in unit.split("/")[1:])


def _initials(unit: str) -> str:
    return "".join(w[0] for w in unit.split() if w).upper()


#: a classifier before the noun it counts (`146 cây cầu … huyện Cầu Kè có 31 cầu`)
_CLASSIFIER_WORDS = r"cây|con|chiếc|ngôi"
_CLASSIFIER_FIRST = lazyre.compile(rf"^(?:{_CLASSIFIER_WORDS})\s+(?=\w)", regex.IGNORECASE)
#: a noun that counts things by their codes or kinds (`mã sản phẩm`, `loại phân bón`), or a classifier before their noun
_COUNTED_BY = lazyre.compile(rf"^(?:mã|loại|{_CLASSIFIER_WORDS})\s+(?=\w)", regex.IGNORECASE)


def without_classifier(unit: str) -> str:
    """``unit`` in small letters without a classifier before its noun.

    >>> without_classifier("cây cầu"), without_classifier("Cầu"), without_classifier("con")
    ('cầu', 'cầu', 'con')
    """
    return _CLASSIFIER_FIRST.sub("", unit.strip().lower(), count=1)


#: words that make a noun count something else (`lượt người` counts visits, `hộ dân` households), unlike a word that only
#: classes it (`nhà ga` = `ga`, `trẻ em` = `em`)
_COUNTING_WORDS = frozenset({"lượt", "lần", "đợt", "suất", "phần", "bộ", "cặp", "đôi", "nhóm", "hộ", "tổ", "đoàn",
                             "gia", "số", "ca", "vụ"})


def _same_thing(a: str, b: str) -> bool:
    """Whether two units count the same thing: equal, one is the other's initials (`HS` for `hồ sơ`), one is
    the first noun the other coordinates (`vụ` of `vụ, việc`), or one is the other without its first word (`ga` of
    `nhà ga`).

    >>> _same_thing("hồ sơ", "HS"), _same_thing("xã", "thôn, xóm"), _same_thing("vụ", "vụ, việc")
    (True, False, True)
    >>> _same_thing("nhà ga", "ga"), _same_thing("trẻ em", "em"), _same_thing("xe buýt", "xe")
    (True, True, False)
    >>> _same_thing("lượt người", "người")
    False
    """
    a, b = a.strip(), b.strip()
    if a.lower() == b.lower():
        return True
    if "," in a or "," in b:
        return a.split(",")[0].strip().lower() == b.split(",")[0].strip().lower()
    short, long = sorted((a.lower(), b.lower()), key=len)
    if long.endswith(" " + short) and long.split()[0] not in _COUNTING_WORDS and \
            len(long.split()) == len(short.split()) + 1:
        return True     # `ga` of `nhà ga`, `em` of `trẻ em`: the noun said without the word that classes it
    return (a.isupper() and a == _initials(b)) or (b.isupper() and b == _initials(a))


#: a change verb right before a number (`tăng 186 người`), and a baseline right after its unit (`so với năm 2022`)
_DIFFERENCE_BEFORE = lazyre.compile(r"(?<!\w)(?:tăng|giảm)(?:\s+(?:thêm|khoảng|gần|hơn|trên))?\s*$", regex.IGNORECASE)
_COMPARED_AFTER = lazyre.compile(r"[^\S\n]*(?:\p{L}+[^\S\n]+){0,2}?so[^\S\n]+với(?!\w)", regex.IGNORECASE)


#: a part that a cue opens with a span of time (`trong đó tháng 4 đạt`, `riêng quý III,`): the time's share of the whole
_SUB_PERIOD_PART = lazyre.compile(r"[^\S\n]*:?[^\S\n]*(?:riêng[^\S\n]+)?(?i:tháng|quý|tuần|ngày)[^\S\n]+(?:\d{1,2}|[IV]+)(?!\d)"
                                  r"(?:/\d{4})?(?![^\S\n]*(?:tháng|năm)(?!\w))")
#: the word that claims a share of a whole
_SHARE_WORD = lazyre.compile(r"(?<!\w)chiếm(?!\w)", regex.IGNORECASE)


def _clause_end(scan: str, pos: int, end: int) -> int:
    """The end of the `;` clause at ``pos`` (or ``end``)."""
    semi = scan.find(";", pos, end)
    return semi if semi >= 0 else end


#: a sentence's opening that says only its time, then a comma (`Tính đến ngày 15/12/2023, `, `Đến nay, `)
_TIME_OPENING = lazyre.compile(r"(?i)[^\S\n]*(?:tính[^\S\n]+đến|đến|tới|trong|hiện(?:[^\S\n]+nay)?|từ[^\S\n]+đầu|năm|tháng|quý)"
                               r"(?:[^\S\n]+(?:ngày|tháng|năm|quý|nay|đầu|cuối|hết|qua|này|[IV]+(?:/\d{4})?|\d[\d/.]*))*"
                               r"[^\S\n]*,[^\S\n]*")


def _wholes_after_cue(drafts: list[Draft], starts: list[int], scan: str, sentences: list[tuple[int, int]],
                      rx: regex.Pattern[str], words: tuple[str, ...] | None = None, folded: str | None = None) -> None:
    """`X, trong đó A, B`: the parts after the cue and their whole before it. Each part takes the figure before
    the cue that counts the same thing (same unit, not below it; of two, the one said with the same verb:
    `làm chết 178 người … làm chết 171 người`), else the figure the cue follows (past a companion joined by
    `với`: `2.861 cơ sở lưu trú với 39.450 phòng, trong đó 168 khách sạn`). A sentence that opens with the cue
    looks for the whole in the two sentences before it. A part takes its whole's estimate or forecast when its
    own clause says none."""
    for i, (s_start, s_end) in enumerate(sentences):
        if not _figure_within(starts, sentences[max(0, i - _MONEY_CUE_SENTENCES)][0], s_end):
            # (a cue takes its whole from the figures at most _MONEY_CUE_SENTENCES sentences back, and its inner figure
            # from its own words: with none from there to the sentence's end, no cue of it has a whole to give, and
            # the sentence is not searched for one)
            continue
        if not _may_match(words, folded, s_start, s_end):
            continue    # (no word the cue's every match holds: see _may_match)
        for m in rx.finditer(scan, s_start, s_end):
            if _SUB_PERIOD_PART.match(scan, m.end(), m.end() + 24) is not None and \
                    _SHARE_WORD.search(scan, m.end(), _clause_end(scan, m.end(), s_end)) is None:
                # `4 tháng đầu năm, xuất khẩu đạt 41,5 triệu USD; trong đó tháng 4 đạt 11,2 triệu USD`: a part of the
                # time is no part of the whole, which counts over another period (FIGURES.md §3, parts of a whole),
                # unless the part says it is its share (`trong đó tháng 3/2024 đón gần 620.000 lượt, chiếm 45,9%`)
                continue
            k = bisect.bisect_left(starts, m.start()) - 1      # the last figure before the cue
            opened_bracket = scan.rfind("(", s_start, m.start())
            in_bracket = opened_bracket >= 0 and scan.find(")", opened_bracket, m.start()) < 0
            # (a time said first, `Tính đến ngày 15/12/2023, trong số này có 625 hồ …`, leaves the cue at the head)
            at_head = not scan[s_start:m.start()].strip(" ,:;-–\t") or \
                _TIME_OPENING.fullmatch(scan, s_start, m.start()) is not None
            reach = _previous_sentence_start(sentences, _previous_sentence_start(sentences, s_start)) if at_head \
                else s_start
            if at_head and _MONEY_CUE.search(m.group()):
                # `… tổng kinh phí 412,8 tỷ đồng. Trong đó: (two lines of bridges) Cơ cấu nguồn vốn: …`: a cue that says
                # it breaks down money reaches back past the lines between to the amount
                for _ in range(_MONEY_CUE_SENTENCES - 2):
                    reach = _previous_sentence_start(sentences, reach)
            wholes: list[Draft] = []                           # the candidates, nearest first
            shares: list[Draft] = []                           # the shares a share after the cue can be part of
            for d in reversed(drafts[:k + 1]):
                if d.attr_end > m.start() and not (in_bracket and opened_bracket >= d.end):
                    break                                      # the cue stands inside the figure's own phrase
                    # (not in a bracket of parts the figure's attributes stepped over: `2.936 lượt (trong đó 812
                    # lượt …), giảm 3,1%`)
                if d.start < reach:
                    break
                aside = _in_bracket(scan, d.start) and 0 <= scan.find(")", d.start) < m.start()
                if at_head and _DIFFERENCE_BEFORE.search(scan, max(0, d.start - 20), d.start) is not None and \
                        _COMPARED_AFTER.match(scan, d.end) is not None:
                    # `… có 1.126 lao động …, tăng 186 người so với năm 2022. Trong đó, thị trường Nhật Bản 612 người`:
                    # a difference against a baseline is no whole the next sentence breaks down
                    continue
                if d.kind in ("count", "money", "measure") and not aside:
                    wholes.append(d)
                elif _share_whole(d, scan) and not aside:
                    shares.append(d)
            inner = next((d for d in drafts[k + 1:k + 3] if m.start() <= d.start < m.end()), None)
            if inner is not None and inner.kind in ("count", "money", "measure") and \
                    not any(w.value == inner.value for w in wholes):
                # `trong tổng số 236 tiểu thương, đã có hơn 190 hộ …`: the whole said in the cue only
                wholes.insert(0, inner)
            if not wholes and not shares:
                continue
            first: Draft | None = wholes[0] if wholes else None
            by_name = next((w for w in wholes if _cue_names(m.group(), w.unit)), None)
            if by_name is not None:
                first = by_name     # `1.973 vụ … với 2.112 trẻ em bị xâm hại. Trong số trẻ em bị xâm hại, có 1.515 em`
            elif len(wholes) > 1 and _COMPANION.fullmatch(scan, wholes[1].attr_end, wholes[0].start):
                first = wholes[1]                              # `A với B, trong đó …`: B goes with A
            if by_name is None and shares and first is not None and shares[0].start > first.start and \
                    _SHARE_OF_THINGS.match(scan, shares[0].end) is not None:
                # `… 1.126 tủ sách … và 100% trường phổ thông có thư viện trường học. Trong đó, 52 thư viện …`: the cue
                # follows a share of things it names, and a count after it is of no figure before that share (not a
                # share said of a figure, `…, bằng 103,2% so với năm 2023`)
                first = None
            restated = inner.value if inner is not None else None
            named: Draft | None = None       # the whole the cue says again, number and all
            if restated is not None:
                # `Trong số 37 cơ sở vi phạm, có 21 nhà thuốc …`: the cue says the whole again, number and all
                named = next((w for w in wholes if w.value == restated), None)
                first = named or first
                if named is not None and named is not inner and \
                        _same_first_word(inner.unit, named.unit):
                    # (the number said again is the whole's, no figure of its own, whatever words its unit takes with
                    # it: `17 vụ khai thác …` said again as `Trong số 17 vụ vi phạm`)
                    inner.restates = named
            near = _previous_sentence_start(sentences, s_start) if at_head else s_start
            if first is not None and first.start < near:
                first = None      # two sentences back, only a figure of the same unit can be the whole
            if in_bracket:
                end = scan.find(")", m.end(), s_end)
            elif at_head or scan[s_start:m.start()].rstrip(" ,").endswith(";") or _COLON_NEXT.match(scan, m.end(), m.end() + 5):
                end = s_end                # the cue opens a list of `;` clauses (`gồm: a; b`): they are all parts
            else:
                end = scan.find(";", m.end(), s_end)   # `X, trong đó A; B`: B is X's sibling, not its part
                part_one = next((d for d in drafts[k + 1:k + 3] if m.end() <= d.start < end), None) \
                    if end >= 0 and wholes else None
                # (a first part that counts the whole's own noun, `5.284 mô hình …, trong đó 1.127 mô hình cho thu nhập
                # …; 26 doanh nghiệp, 41 hợp tác xã …`, says which of them; items of other nouns after the `;` are the
                # whole's siblings, not a list of its parts)
                named_part = part_one is not None and part_one.kind == wholes[0].kind and \
                    part_one.unit.lower() == wholes[0].unit.lower()
                # (`382 chợ, trong đó 7 chợ hạng I, 41 chợ hạng II và 334 chợ hạng III; 28 siêu thị …`: parts that
                # already add up to the whole leave nothing for the items after the `;` to be parts of)
                while 0 <= end and wholes and not _adds_up_to(drafts[k + 1:], m.end(), end, wholes[0]) and \
                        ((_NUMBER_ITEM.match(scan, end + 1) and not named_part and
                          not _counts_as_whole(drafts, starts, end + 1, wholes[0]))
                         or _labelled_like_first(drafts, starts, scan, m.end(), end + 1, wholes[0])) and not _CLAUSE_VERB.search(
                        scan, end + 1, _item_end(scan, end + 1, s_end)):
                    # `27.346 người có công, trong đó 9.812 thương binh; 1.536 bệnh binh; …`: items that open with their
                    # number and count another noun than the whole go on with the list (not `28 triệu dữ liệu …, trong
                    # đó …; trên 6 triệu dữ liệu đăng ký kết hôn`: the whole's noun again, a sibling of the whole; not
                    # `…; 35 cơ sở y tế đã kết nối`: a clause with its own verb)
                    end = scan.find(";", end + 1, s_end)
                if 0 <= end and wholes and _completes_whole(drafts[k + 1:], m.end(), s_end, wholes[0], scan):
                    end = s_end    # `36.700 ha, trong đó tôm - lúa 28.900 ha; quảng canh 7.500 ha; thâm canh 265 ha`
            end = s_end if end < 0 else end
            if _COLON_NEXT.match(scan, m.end(), m.end() + 5):
                end = max(end, _bullets_after(scan, m.end()))   # `Trong đó:` then `- A: 500 hộ;` line by line
            nested = rx.search(scan, m.end(), end)
            if nested is not None and \
                    scan.rfind("(", m.end(), nested.start()) > scan.rfind(")", m.end(), nested.start()):
                # (`trong đó 185 di tích … (trong đó có 1 di tích …) và 145 di tích`: a cue in a bracket opens the
                # bracket's own parts, and the list goes on after it closes)
                nested = None
            if nested is not None:
                before = [d for d in drafts[k + 1:k + 3] if m.end() <= d.start < nested.start()]
                after = next((d for d in drafts[k + 1:k + 4] if nested.end() <= d.start), None)
                if before and after is not None and (after.start - nested.end() <= _NESTED_REACH or
                                                     _RESPECTIVELY_AFTER_CUE.fullmatch(scan, nested.end(), after.start)) and \
                        after.kind == before[-1].kind and after.value <= before[-1].value:
                    # (or whose places come first, then `lần lượt`: `58 khu, điểm …; trong đó Hà Nội, TP. Hồ Chí Minh,
                    # Đà Nẵng và Quảng Ninh lần lượt có 17, 13, 9 và 8 khu, điểm`)
                    # `Trong đó, 112 cơ sở được công nhận hạng sao, gồm 9 khách sạn 5 sao, 14 …`: a cue after a part
                    # that opens a list of its own kind opens that part's own parts; the first cue's list ends there
                    # (not `quà gồm 700.000 đồng tiền mặt`, not `sản phẩm gồm quần áo, giày dép, …`)
                    end = nested.start()
            spread = _SPREAD_OF_PART.search(scan, m.end(), end)
            if spread is not None and any(m.end() <= d.start < spread.start() for d in drafts[k + 1:k + 4]):
                # `hơn 200 km bờ biển, trong đó khoảng 85 km đang sạt lở, tập trung ở các huyện An Biên (32 km), An Minh
                # (28 km)`: where a part is spread over places breaks that part down, not the whole (the places' own
                # brackets add up to it or to nothing; see _wholes_of_placed_brackets)
                end = spread.start()
            if _PARTITION_OPENING.match(m.group()):
                # `Phân theo địa bàn, thành phố Quy Nhơn có 341 doanh nghiệp …; thị xã An Nhơn có 58 doanh nghiệp`: a
                # breakdown's whole is no smaller than any of its items (an item with a share of its own, too)
                items = [d for d in drafts[k + 1:k + 40] if m.end() <= d.start < end]
                wholes = [w for w in wholes if all(d.value <= w.value for d in items if _counts_alike(w, d))]
                if first is not None and first not in wholes:
                    first = None
            taken: list[Draft] = []          # the wholes its sibling parts took, latest first
            previous: Draft | None = None
            for part in drafts[k + 1:]:
                if part.start >= end:
                    break
                if part.start < m.end() or _PER_ITEM.search(scan, max(0, part.start - 30), part.start):
                    continue    # (`(mỗi suất 1,5 triệu đồng)`: what one item is worth is no part of the whole)
                if part.kind == "percent" and (not _share_whole(part, scan) or
                                               _GROUP_NAMED.search(scan, m.end(), part.start) is not None):
                    # (`trong đó công nghiệp tăng 12%`: a rate of growth is no share of a whole; nor is the rate of a
                    # group the part names, `trong đó tỷ lệ sinh con thứ 3 trong đảng viên là 1,2%`)
                    continue
                companion = previous is not None and (_COMPANION.fullmatch(scan, previous.attr_end, part.start) or
                                                      _OWNER.fullmatch(scan, previous.attr_end, part.start) or
                                                      # (`38 người là người nước ngoài thuộc 9 quốc tịch`)
                                                      _OWNER_OF_PART.fullmatch(scan, previous.attr_end, part.start) or
                                                      _SLASH_COMPANION.fullmatch(scan, previous.end, part.start))
                previous = part
                for w in wholes:
                    if (part.kind != w.kind or part.unit.lower() == "điểm") and part.value <= w.value and (
                            _head_of(part.unit, w.unit) or part.unit.lower() == w.unit.lower()):
                        # `54 điểm sạt lở, trong đó huyện Chợ Mới có 14 điểm`: the whole's noun said by its head
                        # (`điểm` alone, a score or a site, whichever kind it was read as; `tại 6 điểm, trong đó có 2
                        # điểm …`: the same noun in the same sense as its whole's)
                        part.kind, part.unit = w.kind, w.unit
                        part.why["unit"] = "its whole's, named by its head noun"
                        break
                # `Trong đó, thủy điện 73 tỷ kWh; …; điện nhập khẩu 5,3 tỷ kWh`: siblings share their whole
                # (`Trong số 97 công trình vi phạm, có 61 công trình …`: the whole whose number the cue says, before
                # any other of the same unit)
                if part.kind == "percent":
                    # (a share after the cue is part of the share before it, `… là 12,67%. Trong đó, … đóng góp 7,77%`;
                    # see _shares_of_a_share)
                    own = shares[0] if shares and shares[0].start >= near else None
                    if own is not None and any(x.kind == "percent" and x.value > own.value and not x.change and
                                               scan.rfind("(", m.end(), x.start) <= scan.rfind(")", m.end(), x.start)
                                               and _SHARE_CLAIM_BEFORE.search(scan, max(0, x.start - 24), x.start) is None
                                               for x in drafts[k + 1:k + 12] if m.end() <= x.start < end):
                        # (`tỷ lệ thất nghiệp … là 2,29%. Trong đó, … khu vực thành thị là 2,64%, khu vực nông thôn là
                        # 2,07%`: one above the rate before the cue says they are rates of groups, which add up to
                        # nothing, none a part)
                        own = None
                else:
                    # (the whole the cue says again counts what its parts count as the cue says it: `3.812 phạm nhân …
                    # Trong số 3.812 người được đặc xá có 297 người là nữ`)
                    own = named if named is not None and (_counts_alike(named, part) or (
                        inner is not None and _counts_alike(inner, part))) and part.value <= named.value \
                        else _whole_of(part, wholes, first, scan, sentences, near, cue=m.group())
                whole = own if own is not None and _said_alike(part, own, scan) else \
                    next((w for w in taken if w.kind == part.kind and _same_thing(w.unit, part.unit)
                          and part.value <= w.value), None) or own
                if companion and whole is not None and not _same_thing(whole.unit, part.unit) and \
                        not _head_of(part.unit, whole.unit) and not (
                            whole.kind == part.kind == "count" and _people(whole.unit) and _people(part.unit)):
                    # (people said by another word count into people: `1.146 người; trong đó tiếng Thái có 27 lớp với
                    # 812 học viên`)
                    continue    # `thụ lý 1.245 vụ với 2.038 bị cáo`: the companion counts another thing than the whole
                if whole is not None and whole not in taken:
                    taken.insert(0, whole)
                nested = whole is not None and part.whole is not None and whole.whole is part.whole
                if nested:
                    # `386 cán bộ, trong đó có 72 bác sĩ, gồm 18 … và 9 bác sĩ …`: a part of a part takes the nearer whole
                    held, part.total, part.whole = (part.total, part.whole), None, None
                if whole is not None and _is_part(part, whole):
                    part.total, part.whole = whole.value, whole
                    part.why["total"] = "cues.toml [total_within]"
                    if part.status == "actual" and "status" not in part.why and whole.status in ("estimate",
                                                                                               "forecast"):
                        part.status = whole.status
                        part.why["status"] = "its whole's"
                elif nested:
                    part.total, part.whole = held


def _completes_whole(after: list[Draft], start: int, s_end: int, whole: Draft, scan: str) -> bool:
    """Whether the figures from ``start`` to the sentence's end, across its `;`, are all of ``whole``'s unit and add up
    to it (exact numbers to rounding, approximate ones to within a twentieth below): the `;` items after a `trong đó` that complete the whole are its
    parts, not its siblings (`gần 36.700 ha nuôi tôm, trong đó tôm - lúa khoảng 28.900 ha; quảng canh cải tiến hơn 7.500
    ha; thâm canh 265 ha`). Shares said of them may stand between; any other figure says the list is of something else."""
    items = []
    for d in after:
        if d.start >= s_end:
            break
        if d.start < start or _in_bracket(scan, d.start):
            continue
        if d.kind == "percent":
            continue
        if d.kind != whole.kind or d.unit.lower() != whole.unit.lower():
            return False
        items.append(d)
    total = sum(d.value for d in items)
    if all(d.approx == "exact" and d.number.multiplier == 1 for d in [whole, *items]):
        # (exact numbers add up exactly: `67 giải pháp …; y tế 7 và môi trường 4` leaves one out, and are siblings; not
        # those rounded to a multiplier, `2,3 triệu tấn`)
        return len(items) >= 2 and abs(total - whole.value) <= _PARTS_ROUNDING * whole.value
    return len(items) >= 2 and (1 - _PARTS_SHORT) * whole.value <= total <= (1 + _PARTS_OVER) * whole.value


#: how far approximate parts (`gần`, `khoảng`, `hơn`) may fall short of their whole, and pass it, and still be all of it
_PARTS_SHORT = 0.05
_PARTS_OVER = 0.01
#: how far exact parts may miss their whole by rounding
_PARTS_ROUNDING = 0.005

#: the names of the places of a `lần lượt` list between a cue and its first number
_RESPECTIVELY_AFTER_CUE = lazyre.compile(r"[^\d;:()\n]{0,160}?(?<!\w)lần\s+lượt(?:\s+(?:là|có|đạt))?\s*", regex.IGNORECASE)
#: how far after a cue inside a list of parts the first part of its own list stands
_NESTED_REACH = 30


def _siblings_that_add_up(drafts: list[Draft], sentences: list[tuple[int, int]]) -> None:
    """`67 giải pháp, trong đó nông nghiệp 24 giải pháp; cơ khí 18 giải pháp; giáo dục 13 giải pháp; y tế 7 giải pháp và
    môi trường 5 giải pháp`: the `;` items after a whole's last part that count its unit and, with its parts, add up to it
    exactly are its parts too (a `;` alone may close the breakdown: only the sum says it does not)."""
    given: dict[int, float] = {}     # id(whole) -> the sum of its parts so far (one pass: dense lines stay linear)
    k = 0
    while k < len(drafts):
        d = drafts[k]
        w = d.whole
        k += 1
        if w is None:
            continue
        given[id(w)] = given.get(id(w), 0.0) + d.value
        if d.why.get("total") != "cues.toml [total_within]":
            continue
        s_end = _sentence_of(sentences, d.start)[1]
        run = []
        j = k
        while j < len(drafts):
            e = drafts[j]
            if e.start >= s_end or e.total is not None or e.kind != w.kind or e.unit.lower() != w.unit.lower():
                break
            run.append(e)
            j += 1
        if run and _adds_up(given[id(w)] + sum(e.value for e in run), w.value):
            for e in run:
                e.total, e.whole = w.value, w
                e.why["total"] = "cues.toml [total_within] (the items after `;` add up to the whole with its parts)"
            given[id(w)] = w.value
            k += len(run)


def _siblings_adding_up_to_a_count(drafts: list[Draft], sentences: list[tuple[int, int]]) -> None:
    """`xử lý 126 vụ vi phạm, …; tịch thu hơn 42.000 sản phẩm. Trong đó, 78 vụ buôn bán hàng nhập lậu, 35 vụ kinh doanh
    hàng giả và 13 vụ khác`, `kiểm tra 286 vụ, xử lý 241 vụ vi phạm …. Trong đó, có 97 vụ …, 63 vụ … và 81 vụ …`: counts
    after one cue, in one sentence, that open with the same noun and were given a whole they do not add up to (or
    different wholes), break down the count before them of that noun they add up to exactly."""
    k = 0
    while k < len(drafts):
        d = drafts[k]
        if d.whole is None or d.kind != "count" or not d.why.get("total", "").startswith("cues.toml [total_within]"):
            k += 1
            continue
        s_end = _sentence_of(sentences, d.start)[1]
        first = k
        k += 1
        while k < len(drafts) and drafts[k].start < s_end and drafts[k].whole is not None and \
                drafts[k].kind == "count" and _same_first_word(drafts[k].unit, d.unit):
            k += 1
        run = drafts[first:k]
        total = sum(p.value for p in run)
        if len(run) < 2 or (all(p.whole is d.whole for p in run) and _adds_up(total, d.whole.value)):
            continue
        whole = next((e for e in reversed(drafts[max(0, first - 12):first]) if e.kind == "count" and e.whole is None
                      and _same_first_word(e.unit, d.unit) and _adds_up(total, e.value)), None)
        if whole is not None:
            for p in run:
                p.total, p.whole = whole.value, whole
                p.why["total"] = "cues.toml [total_within] (the parts add up to the count of their noun)"


#: between a part and the first of the examples `như` gives of it (`642 cơ sở nằm ở các địa phương có khu công nghiệp như
#: TP. Biên Hòa (`): its own words, `như`, a name, its bracket
_EXAMPLES_OPEN = lazyre.compile(r"[^\d;:.()\n]{0,80}?(?<!\w)như[^\S\n]+[^\d;:()\n]{1,40}\([^\S\n]*")


def _wholes_by_sum(drafts: list[Draft], sentences: list[tuple[int, int]], scan: str) -> None:
    """`- Tổng số vụ, việc tiếp nhận: 2.836 vụ, việc; trong đó: hòa giải thành 2.315 vụ, việc; … - Theo lĩnh vực: đất đai
    1.127 vụ, việc; hôn nhân 682 vụ, việc; dân sự 754 vụ, việc; khác 273 vụ, việc`: parts given a whole they do not add up
    to, that add up exactly to an earlier figure of their unit said before that whole, break that figure down (the
    nearer one was a sibling part of it). Counts that a sentence opens as a partition (`Phân theo địa phương, …`), given
    a whole of an earlier sentence that they add up to more than (`… với 74 sản phẩm. Phân theo địa phương, thành phố Vị
    Thanh có 24 sản phẩm, huyện Phụng Hiệp 22 sản phẩm, …`), break down some other whole, one the text does not give:
    they keep none (parts after `Trong đó` may overlap, and add up to more than their whole)."""
    groups: dict[int, list[Draft]] = {}
    for d in drafts:
        if d.whole is not None and d.why.get("total", "").startswith("cues.toml [total_within]"):
            groups.setdefault(id(d.whole), []).append(d)
    if not groups:
        return
    index = {id(d): k for k, d in enumerate(drafts)}
    for parts in groups.values():
        w = parts[0].whole
        if len(parts) < 2 or w is None:
            continue
        total = sum(p.value for p in parts)
        if _adds_up(total, w.value):
            continue
        inner = next((k for k, p in enumerate(parts[:-2]) if _adds_up_to_part(p, parts[k + 1:], scan)), None)
        if inner is not None:
            # `214 vụ … Trong đó, 158 vụ xảy ra tại 4 địa phương: thành phố Hạ Long (71 vụ), Cẩm Phả (39 vụ), Uông Bí (27
            # vụ), Móng Cái (21 vụ)`: the parts after a part that add up to it exactly break that part down
            e = parts[inner]
            for p in parts[inner + 1:]:
                if _counts_alike(p, e):
                    p.total, p.whole = e.value, e
                    p.why["total"] = "cues.toml [total_within] (the parts after a part add up to it)"
            continue
        examples = next((k for k, p in enumerate(parts[:-1])
                         if _EXAMPLES_OPEN.fullmatch(scan, p.attr_end, parts[k + 1].number.start) is not None), None)
        if examples is not None:
            # `trong đó 642 cơ sở nằm ở các địa phương có khu công nghiệp như TP. Biên Hòa (287), huyện Trảng Bom (118)`:
            # the places `như` names after a part are some of it, examples, no breakdown of the whole or of the part
            for p in parts[examples + 1:]:
                if _counts_alike(p, parts[examples]):
                    _drop_whole(p)
            continue
        for e in reversed(drafts[max(0, index[id(w)] - 12):index[id(w)]]):
            if e.kind == w.kind and e.unit.lower() == w.unit.lower() and e.whole is None and _adds_up(total, e.value):
                for p in parts:
                    p.total, p.whole = e.value, e
                    p.why["total"] = "cues.toml [total_within] (the parts add up to it)"
                break
        else:
            opening = _sentence_of(sentences, parts[0].start)[0]
            if w.kind == "count" and total > w.value and w.end <= opening and \
                    _PARTITION_OPENING.match(scan, opening) is not None and \
                    all(p.kind == "count" and p.unit.lower() == w.unit.lower() for p in parts):
                for p in parts:
                    _drop_whole(p)


def _adds_up_to_part(part: Draft, after: list[Draft], scan: str) -> bool:
    """Whether the figures ``after`` a part that count what it counts, two or more, add up to it exactly, and the part
    opens their list (a colon or `gồm` between it and the first of them)."""
    alike = [p for p in after if _counts_alike(p, part)]
    return len(alike) > 1 and _adds_up(sum(p.value for p in alike), part.value) and \
        _OPENS_LIST.search(scan, part.end, alike[0].start) is not None


#: what opens a list after a figure: a colon, `gồm`
_OPENS_LIST = lazyre.compile(r":|(?<!\w)gồm(?!\w)", regex.IGNORECASE)


#: the verb that says where things are spread, and its qualifier, up to `ở`/`tại` (`tập trung chủ yếu tại`; subjects.py
#: reads it too)
SPREAD_AT = r"(?:tập\s+trung|phân\s+bố)(?:\s+(?:chủ\s+yếu|nhiều(?:\s+nhất)?|đông(?:\s+nhất)?|chính))?\s+(?:ở|tại)"
#: a part spread over places, each named with its figure in brackets: `, tập trung chủ yếu ở các huyện Mang Thít (`
#: (or after `;`, and past the kind of site the places hold: `; tập trung tại các khu, cụm công nghiệp ở TP Thuận An (`)
_SPREAD_OF_PART = lazyre.compile(r"[,;][^\S\n]*(?:và[^\S\n]+)?" + SPREAD_AT + r"\s+(?:(?:các|những)\s+)?"
                                 r"(?:[^()\n\d.;]{0,40}?(?<!\w)(?:ở|tại)\s+)?"
                                 r"(?:(?:TP\.?|thành\s+phố|thị\s+xã|huyện|quận|xã|phường|tỉnh|địa\s+phương)\s+)?"
                                 r"(?-i:\p{Lu})[^()\n\d]{0,40}\([^\S\n]*\d", regex.IGNORECASE)

#: a sentence that opens by saying how the figures after it partition a whole (`Phân theo địa phương,`, `Chia theo
#: loại hình,`)
_PARTITION_OPENING = lazyre.compile(r"[^\S\n]*(?:[-–•+*][^\S\n]*)?(?i:phân|chia|xét|tính)[^\S\n]+theo(?!\w)")


#: what is between a count and the places after `gồm` that break it down, up to the first place's bracket (`9 tuyến phố
#: đi bộ, chợ đêm, gồm quận Hải Châu (`): its parts however they are counted (`5 điểm`)
_INCLUDES_PLACES = lazyre.compile(r"[^\d;.()\n]{0,60}?(?<!\w)(?:bao\s+)?gồm\s+[^\d;.()\n]{1,40}\(\s*", regex.IGNORECASE)
#: a name right before the bracket that opens with a figure (`Hải Lăng (`, `Quận 8 (`)
_NAME_BRACKET_BEFORE = lazyre.compile(r"(?-i:\p{Lu}[\p{L}.\-]*|\d{1,2})[^\S\n]*\([^\S\n]*$")


def _wholes_of_placed_brackets(drafts: list[Draft], sentences: list[tuple[int, int]], scan: str) -> None:
    """`tổ chức 64 lớp tập huấn … tại các huyện Hải Lăng (22 lớp), Triệu Phong (19 lớp), Gio Linh (14 lớp) và Cam Lộ (9
    lớp)`, `di dời 815 căn, tập trung tại Quận 8 (342 căn), …`: the amounts in brackets after the names of a list that
    add up exactly to an amount of their unit said before them in the sentence break it down (FIGURES.md §3, parts of
    a whole: all of the parts, so no cue is needed to say so); they take it as their total. After `gồm`, a count's parts
    may be counted by another noun (`9 tuyến phố đi bộ, chợ đêm, gồm quận Hải Châu (5 điểm), …`)."""
    k = 0
    while k < len(drafts):
        d = drafts[k]
        if d.total is not None or _NAME_BRACKET_BEFORE.search(scan, max(0, d.start - 40), d.start) is None:
            k += 1
            continue
        s_start, s_end = _sentence_of(sentences, d.start)
        run = [d]
        for e in drafts[k + 1:]:
            if e.start >= s_end or e.total is not None or e.kind != d.kind or e.unit.lower() != d.unit.lower() or \
                    _NAME_BRACKET_BEFORE.search(scan, max(0, e.start - 40), e.start) is None:
                break
            run.append(e)
        k += len(run)
        if len(run) < 2:
            continue
        total = sum(p.value for p in run)
        sites = d.kind == "measure" and d.unit.lower() == "điểm" and all(float(p.value).is_integer() for p in run)
        whole = next((w for w in reversed(drafts[:k - len(run)]) if w.start >= s_start and _adds_up(total, w.value) and (
            _counts_alike(w, d) or (w.kind == "count" and (d.kind == "count" or sites) and
                                    _INCLUDES_PLACES.fullmatch(scan, w.attr_end, run[0].start) is not None))
                      # (not the list's own first item: `EU (chiếm 38%), Nhật Bản (21%) và Hoa Kỳ (17%)`)
                      and _SIBLING_ITEM_GAP.fullmatch(scan, w.end, run[0].start) is None), None)
        if whole is None:
            continue
        for p in run:
            if sites and whole.kind == "count":
                # (`gồm quận Hải Châu (5 điểm), Sơn Trà (3 điểm)`: the sites of a count, not scores)
                p.kind = "count"
                p.why["kind"] = "sites that add up to the count before them"
            p.total, p.whole = whole.value, whole
            p.why["total"] = "amounts in brackets after listed names that add up to an amount said before them"


#: between an item of a list in its bracket and the next item's bracket: the bracket closes, a separator, the next name
_SIBLING_ITEM_GAP = lazyre.compile(r"[^()\n]{0,20}\)[^\S\n]*(?:,|và|,[^\S\n]*và)[^\S\n]*[^\d()\n;:.]{1,40}\([^\S\n]*")
#: between a whole and its first part: `gồm` (no `trong đó`, after which each part is a clause of its own)
_PARTS_LISTED = lazyre.compile(r"[^\d;:.()\n]{0,60}?(?<!\w)(?:bao\s+)?gồm(?:\s+có)?\s*:?\s*[^\d;:.()\n]{0,40}$", regex.IGNORECASE)
#: a change said after the last part of a list, after a comma (`, tăng 9 bể`)
_CHANGE_AFTER_COMMA = lazyre.compile(r"[^,;.()\n]{0,60}?,\s*(?:so\s+với[^\d,;.()]{1,40}?\s*,?\s*)?(?:tăng|giảm)(?!\w)",
                                     regex.IGNORECASE)


def _change_after_listed_parts(drafts: list[Draft], scan: str, live: list[NumberMatch]) -> None:
    """`xây mới 46 bể bơi, gồm 31 bể bơi lắp ghép và 15 bể bơi xây cố định, tăng 9 bể so với cùng kỳ`: a change said
    after the last part of a list `gồm` opens is the whole's, when the whole has none (the list is noun phrases; the
    change goes on with the whole's clause), not the last part's."""
    for k, d in enumerate(drafts):
        w = d.whole
        if d.change is None or w is None or w.change is not None or w.kind not in ("count", "measure", "money"):
            continue
        parts = [p for p in drafts if p.whole is w]
        if len(parts) < 2 or parts[-1] is not d or k + 1 < len(drafts) and drafts[k + 1].start < d.attr_end:
            continue
        if _PARTS_LISTED.fullmatch(scan, w.attr_end, parts[0].number.start) is None or \
                _CHANGE_AFTER_COMMA.match(scan, d.end) is None:
            continue
        unit = d.change.get("unit") or ""
        if unit != "%" and not _nouns_alike(unit, w.unit):
            continue
        _hand_change(d, w, live, "a change said after the last part of a list `gồm` opens, the whole's")


#: between a whole and its first bracketed part, and between two such parts: the part's own label, no clause break
#: (`1.250 bóng đèn … cho hộ nghèo (`, `) và hộ cận nghèo (`), or the bracket right after the whole (`1,5% (`), or the
#: bracket after it that opens with the first part's label (`145 ha trồng đào, quất và cây cảnh (Nhật Tân `)
_TO_BRACKETED_PART = lazyre.compile(r"[^\d;:.()\n]{0,80}\([^\S\n]*(?:[^\d;:.,()\n]{1,40}[^\S\n])?")
_BETWEEN_BRACKETED_PARTS = lazyre.compile(r"[^\d;:.()\n]{0,60}?(?:[^\S\n]*\)[^\S\n]*(?:,|và|,[^\S\n]*và)[^\S\n]*"
                                          r"[^\d;:.()\n]{0,60}\(|(?:,|và|,[^\S\n]*và)[^\d;:.()\n]{0,60}?)[^\S\n]*")


def _bracketed_parts_adding_up(drafts: list[Draft], scan: str, sentences: list[tuple[int, int]]) -> None:
    """`thay 1.250 bóng đèn … cho hộ nghèo (720 bóng) và hộ cận nghèo (530 bóng)`, `mức khấu trừ 1,5% (1% thuế giá trị
    gia tăng và 0,5% thuế thu nhập cá nhân)`, `145 ha trồng đào (Nhật Tân 48 ha, Phú Thượng 41 ha, …)`: figures right
    after a figure of their sentence, each alone in the bracket after its label (or all in the bracket after the
    figure, each after its own label or none), that count what it counts and add up to it exactly, are its parts
    (FIGURES.md §3, parts of a whole; no cue says so, the sum does)."""
    for k, w in enumerate(drafts):
        if w.kind not in ("count", "measure", "money", "percent") or k + 2 > len(drafts) or \
                scan.find("(", w.attr_end, drafts[k + 1].number.start) < 0:
            continue        # (a whole and two parts at least, the first in a bracket)
        s_end = _sentence_of(sentences, w.start)[1]
        run: list[Draft] = []
        pos = w.attr_end
        gap = _TO_BRACKETED_PART
        for i in range(k + 1, len(drafts)):
            p = drafts[i]
            if p.start >= s_end or p.total is not None or gap.fullmatch(scan, pos, p.number.start) is None or \
                    not (_counts_alike(p, w) if w.kind != "percent" else p.kind == "percent"):
                break
            run.append(p)
            pos, gap = p.attr_end, _BETWEEN_BRACKETED_PARTS
            if len(run) >= 2 and _adds_up(sum(x.value for x in run), w.value):
                close = scan.find(")", pos, s_end)
                if close < 0 or "(" in scan[pos:close]:
                    break
                for x in run:
                    x.total, x.whole = w.value, w
                    x.why["total"] = "parts in brackets after it that add up to it"
                break


def _adds_up(total: float, whole: float) -> bool:
    """Whether parts summing to ``total`` make up ``whole`` exactly (up to float rounding)."""
    return abs(total - whole) <= 1e-9 * max(1.0, whole)


def _cue_names(cue: str, unit: str) -> bool:
    """Whether the words of a part cue name ``unit`` whole (`Trong số trẻ em bị xâm hại` names `trẻ em`)."""
    return bool(unit) and f" {unit.lower()} " in f" {' '.join(cue.lower().split())} "


#: how many sentences back a part cue that names money looks for its amount
_MONEY_CUE_SENTENCES = 5
#: the words of a part cue that name an amount of money (`Trong tổng số tiền trên`, `Trong tổng kinh phí này`)
_MONEY_CUE = lazyre.compile(r"(?<!\w)(?:tiền|kinh\s+phí|vốn|ngân\s+sách)(?!\w)", regex.IGNORECASE)


def _cue_names_whole(cue: str, whole: Draft) -> bool:
    """Whether a part cue names what ``whole`` is: its counted noun (:func:`_cue_names`), or money for an amount."""
    if whole.kind == "count":
        return _cue_names(cue, whole.unit)
    return whole.kind == "money" and _MONEY_CUE.search(cue) is not None


def _counts_alike(a: Draft, b: Draft) -> bool:
    """Whether ``a`` and ``b`` are of one kind and count the same thing, or one counts the other's head noun (things
    counted by their codes or kinds count those things: `1.386 mã sản phẩm …, trong đó có 64 sản phẩm OCOP`)."""
    if a.kind != b.kind:
        return False
    ua, ub = _COUNTED_BY.sub("", a.unit, count=1), _COUNTED_BY.sub("", b.unit, count=1)
    return _nouns_alike(ua, ub) or (a.kind == "measure" and _scale(ua, ub) is not None)     # (`780 kg` of `1,2 tấn`)


def _nouns_alike(a: str, b: str) -> bool:
    """Whether two units name the same thing, or one is the head noun the other opens with (`vụ` of `vụ vi phạm`)."""
    return _same_thing(a, b) or _head_of(a, b) or _head_of(b, a)


def _item_end(scan: str, start: int, s_end: int) -> int:
    """Where the `;` item that starts at ``start`` ends: the next `;` of its sentence, else the sentence's end."""
    semicolon = scan.find(";", start, s_end)
    return s_end if semicolon < 0 else semicolon


def _adds_up_to(after: list[Draft], start: int, end: int, whole: Draft) -> bool:
    """Whether the figures from ``start`` to ``end`` that count what ``whole`` counts add up to it exactly."""
    mine = [d.value for d in after if start <= d.start < end and _counts_alike(d, whole)]
    return len(mine) > 1 and _adds_up(sum(mine), whole.value)


def _labelled_like_first(drafts: list[Draft], starts: list[int], scan: str, cue_end: int, pos: int,
                         whole: Draft) -> bool:
    """Whether the `;` item at ``pos`` says its figure as the first part after the cue (ending at ``cue_end``) did: a
    label of a few words that opens with the first part's head noun, then the number in the same unit (`trong đó khối
    giáo dục 21.540 người, chiếm 52,2%; khối y tế 5.318 người; …`): the list goes on (not a clause of its own, `trong đó
    phát hiện 41 cơ sở …; xử phạt 29 cơ sở`), and no more than ``whole`` (`3,57 triệu ha đất trồng lúa, trong đó đất
    chuyên trồng lúa 3,01 triệu ha; đất rừng phòng hộ 5,24 triệu ha`: another whole's)."""
    k = bisect.bisect_left(starts, pos)
    j = bisect.bisect_left(starts, cue_end)
    if k >= len(drafts) or j >= k:
        return False
    item, first = drafts[k], drafts[j]
    if item.unit.lower() != first.unit.lower() or item.kind != first.kind or item.value > whole.value:
        return False
    mine = _LABEL_WORDS_ONLY.fullmatch(scan, pos, item.start)
    theirs = _LABEL_WORDS_ONLY.fullmatch(scan, cue_end, first.start)
    return mine is not None and theirs is not None and \
        mine.group("head").lower() == theirs.group("head").lower()


#: a label of a few words and nothing else before an item's number (`khối y tế `, `cán bộ, công chức cấp xã `)
_LABEL_WORDS_ONLY = lazyre.compile(r"[^\S\n,:]*(?P<head>\p{L}+)(?:[^\S\n]*,?[^\S\n]+[\p{L}\-]+){0,7}[^\S\n]*")


def _counts_as_whole(drafts: list[Draft], starts: list[int], pos: int, whole: Draft) -> bool:
    """Whether the first figure from ``pos`` on counts what ``whole`` counts (or there is none)."""
    k = bisect.bisect_left(starts, pos)
    if k >= len(drafts):
        return True
    d = drafts[k]
    return d.kind != whole.kind or _counts_alike(d, whole)


_COLON_NEXT = lazyre.compile(r"\s*:")
_CLAUSE_VERB = lazyre.compile(r"(?<!\w)(?:đã|đang|sẽ|được|đạt|tăng|giảm|là|chiếm|có)(?!\w)", regex.IGNORECASE)
_NUMBER_ITEM = lazyre.compile(r"[^\S\n]*(?:(?:khoảng|gần|hơn|trên)\s+)?\d")
#: (a page may set a blank line after each bullet line, and after the colon's line: `Cụ thể:` then a blank line)
_BULLET_LINE = lazyre.compile(r"[ \t]*(?P<mark>[-–•+*·])[ \t]+[^\n]*(?:\n(?:[ \t]*\n)?|$)")
#: the same line's opening only, for asking whether a line is a bullet without reading the rest of it (a figure-dense
#: bullet line asks once per figure)
_BULLET_OPENS = lazyre.compile(r"[ \t]*[-–•+*·][ \t]")
_REST_OF_LINE = lazyre.compile(r"[^\n]*?:[ \t]*\n(?:[ \t]*\n)?")


def _bullets_after(scan: str, pos: int) -> int:
    """Where the run of bullet lines (`- …`, `+ …`, `• …`) that starts on the line after the colon at ``pos`` ends;
    ``pos`` when the colon does not end its line or no bullet line follows."""
    rest = _REST_OF_LINE.match(scan, pos, pos + 10)
    if rest is None:
        return pos
    end = at = rest.end()
    mark = None
    while (line := _BULLET_LINE.match(scan, at)) is not None and line.end() > at:
        if mark is not None and line.group("mark") != mark:
            break       # `+ Trâu, bò: …` under `- Vắc xin …; trong đó:`: a line of the outer list's mark ends the parts
        mark = line.group("mark")
        end = at = line.end()
    return end
#: `2.861 cơ sở lưu trú với 39.450 phòng`: a second figure that goes with the first
_COMPANION = lazyre.compile(r"(?:\s+\p{L}+){0,5}?\s*,?\s*(?:với|gồm)\s+(?:\p{L}+\s+){0,3}?", regex.IGNORECASE)
#: `thụ lý 1.102 vụ/2.087 bị cáo`: a count said after another's slash, of another noun, counts what goes with those
_SLASH_COMPANION = lazyre.compile(r"[^\S\n]*/[^\S\n]*")
#: `3.200 lượt học sinh của 27 trường`, `15 em thuộc 3 trường`: a second figure that counts whose the first one's are
_OWNER = lazyre.compile(r"(?:\s+\p{L}+){0,3}?\s+(?:của|thuộc)\s+", regex.IGNORECASE)
#: the same after a part said with a few words of its own (`38 người là người nước ngoài thuộc `)
#: (or whence they come: `6 ca nhận tạng từ 2 người hiến`, `2.150 sinh viên tình nguyện đến từ 9 trường`)
_OWNER_OF_PART = lazyre.compile(r"(?:\s+\p{L}+){0,6}?\s+(?:của|thuộc|(?:đến\s+)?từ)\s+", regex.IGNORECASE)
#: after a change, the words that say it is of a number of things (`tăng 23,5% về số hộ`)
_COUNT_NAMED_AFTER = lazyre.compile(r"\s*(?:,\s*)?(?:về|theo)\s+số(?:\s+lượng)?\s+\p{L}", regex.IGNORECASE)
#: a year named in a gap (`năm 2024`, `đến năm 2025`), and a copula or colon that gives a plan's value
_YEAR_IN_GAP = lazyre.compile(r"(?<!\w)năm\s+(?:19|20)\d\d(?!\d)", regex.IGNORECASE)
_PLAN_COPULA = lazyre.compile(r"(?<!\w)là(?!\w)|:", regex.IGNORECASE)
#: a time a rate is per, right after its denominator (`/ngày` of `đồng/1 triệu đồng/ngày`)
_PER_TIME_AFTER = lazyre.compile(r"\s*/\s*(?:ngày|tháng|năm|tuần)(?!\w)", regex.IGNORECASE)
#: between an amount and the count of what it is given to (`186,5 tỷ đồng cho `, `6.820 tấn xi măng cho `)
_RECIPIENTS = lazyre.compile(r"(?:\s+\p{L}+){0,3}?\s+cho\s+", regex.IGNORECASE)
_LEAD_WORDS = lazyre.compile(r"(\p{L}+)\s+(\p{L}+)\s*$")
_TRAIL_WORDS = lazyre.compile(r"[ \t]+(\p{L}+[ \t]+\p{L}+)")


def _same_first_word(a: str, b: str) -> bool:
    """Whether units ``a`` and ``b`` open with the same word, whatever words follow it (`vụ` and `vụ vi phạm`)."""
    return a.lower().split()[:1] == b.lower().split()[:1]


def _shared_head(a: str, b: str) -> bool:
    """Whether units ``a`` and ``b``, each of several words, open with the same head noun (`vụ khai thác`, `vụ vi
    phạm`)."""
    a, b = a.lower().split(), b.lower().split()
    return len(a) > 1 and len(b) > 1 and a[0] == b[0]


def _index_named_before(scan: str, pos: int) -> bool:
    """Whether the sentence before ``pos`` names an index scored in points (`chỉ số WQI trung bình đạt 41 điểm`, `Các
    đoạn sông có WQI … thấp nhất gồm: sông Tô Lịch, Hà Nội (14 điểm)`): a bare `điểm` there is a score, not a site."""
    start = max(0, pos - _INDEX_REACH)
    stop = max(scan.rfind(". ", start, pos), scan.rfind("\n", start, pos))
    return _SCORE_INDEX.search(scan, stop + 1 if stop >= 0 else start, pos) is not None


#: how far back the index a score is of may be named, and the index (water and air quality, a province's indices)
_INDEX_REACH = 200
_SCORE_INDEX = lazyre.compile(r"(?<!\w)(?:WQI|VN[_-]?AQI|AQI|PCI|PAPI|PAR\s+INDEX|SIPAS|DTI|ICT\s+Index|chỉ\s+số(?!\s+giá)"
                              r"|điểm\s+số|điểm\s+trung\s+bình|điểm\s+chuẩn)(?!\w)", regex.IGNORECASE)


def _sites_by_head(drafts: list[Draft], text: str, sentences: list[tuple[int, int]]) -> None:
    """`đã xảy ra 47 điểm sạt lở …. Các địa phương bị ảnh hưởng nặng nhất là huyện Chợ Mới (14 điểm)`: a bare `điểm`
    (a score or a site) after a count of sites named in full (or read as sites: `phát hiện 312 điểm nghi biến động
    rừng`) in its sentence or the few before, and not above it, counts those sites; so does one that ends its clause or
    says what the site does, in an article that counted its sites by their kind before (`toàn tỉnh có 689 điểm cung cấp
    dịch vụ trò chơi điện tử`, then `đã kiểm tra 214 điểm, bằng 31,1% số điểm`; not `đạt 14 điểm`, a score, which is no
    more than a hundred)."""
    for k, d in enumerate(drafts):
        if d.unit.lower() != "điểm" or d.kind == "count" or d.value != int(d.value) or not sentences:
            continue
        i = bisect.bisect_right(sentences, d.start, key=operator.itemgetter(0)) - 1     # (its sentence)
        # (`Điểm trung bình môn Toán đạt 6 điểm`, `… có WQI thấp nhất gồm: sông Tô Lịch (14 điểm)`: a score)
        scored = _index_named_before(text, d.start)
        if not scored and not _SCORE_WORDS.search(text, sentences[max(0, i)][0], d.start):
            before = sentences[max(0, i - _SITE_SENTENCES)][0]
            for w in reversed(drafts[max(0, k - _SITE_LOOKBACK):k]):
                if w.start < before:
                    break
                if w.kind == "count" and (_head_of("điểm", w.unit) or w.unit.lower() == "điểm") and d.value <= w.value:
                    d.kind, d.unit = "count", w.unit
                    d.why["unit"] = "the sites counted in full just before, named by their head noun"
                    break
        if d.kind != "count" and not scored and (_CLAUSE_ENDS.match(text, d.end) or _THE_REST.match(text, d.end) or
                                                 _SITE_DOES.match(text, d.end)) and \
                (d.value > 100 or _SCORED_BEFORE.search(text, max(0, d.start - 12), d.start) is None) and \
                sites_named_before(text, d.start):
            d.kind = "count"
            d.why["kind"] = "sites, as the article counted them by their kind before"


#: how many figures back a bare `điểm` looks for the sites it counts
_SITE_LOOKBACK = 12
#: how many sentences back it looks
_SITE_SENTENCES = 3
#: a verb of scoring right before a number (`đạt 14 điểm`, `được chấm 9 điểm`)
_SCORED_BEFORE = lazyre.compile(r"(?<!\w)(?:đạt|được|chấm|thi|xét)(?:\s+(?:khoảng|gần|hơn|trên))?\s+$", regex.IGNORECASE)
#: words before a bare `điểm` in its sentence that make it a score
_SCORE_WORDS = lazyre.compile(r"(?<!\w)(?:(?<!\d\s)điểm|đạt|được|chấm|thi|xét)(?!\w)", regex.IGNORECASE)   # (not a count's)


def _head_of(head: str, unit: str) -> bool:
    """Whether ``head`` is the head noun ``unit`` opens with (`vụ` of `vụ tai nạn`)."""
    return len(unit) > len(head) and unit.lower().startswith(head.lower() + " ")


def _shares_of_a_share(drafts: list[Draft], scan: str) -> None:
    """Percents after `trong đó` are parts of the share before it only when they add up to it (`… là 12,67%. Trong đó,
    ngành kinh tế số lõi đóng góp 7,77%, số hóa các ngành khác đóng góp 4,91%`) or when one names the same rate of a
    narrower set (`tỷ lệ hộ … hợp vệ sinh lên 98,6%, trong đó tỷ lệ hộ sử dụng nước sạch đạt chuẩn … là 86,8%`);
    rates of the places or things listed after it (`đạt 48%; trong đó hồ Cửa Đạt đạt 56%, hồ Yên Mỹ đạt 41%`) are
    not."""
    groups: dict[int, list[Draft]] = {}
    for d in drafts:
        if d.kind == "percent" and d.whole is not None and d.whole.kind == "percent":
            groups.setdefault(id(d.whole), []).append(d)
    for parts in groups.values():
        whole = parts[0].whole
        assert whole is not None
        adds_up = len(parts) > 1 and abs(sum(p.value for p in parts) - whole.value) <= 0.05 * len(parts)
        if adds_up or (len(parts) == 1 and _same_rate(parts[0], whole, scan)):
            continue
        for p in parts:
            _drop_whole(p)


def _drop_whole(d: Draft) -> None:
    """Take back the whole a part was given."""
    d.total, d.whole = None, None
    d.why.pop("total", None)


def _same_rate(part: Draft, whole: Draft, scan: str) -> bool:
    """Whether the rate named last before ``part`` is named before ``whole`` too, by its first three words (`tỷ lệ
    hộ`)."""
    rate = None
    for rate in _RATE_NAME.finditer(scan, max(whole.attr_end, part.start - 100), part.start):
        pass    # (the last before the part)
    if rate is None:
        return False
    lead = scan[max(0, whole.start - 120):whole.start].lower()
    return " ".join(rate.group().lower().split()) in " ".join(lead.split())


#: the name of a rate that opens a clause: `tỷ lệ hộ`, `tỷ trọng kinh tế`
_RATE_NAME = lazyre.compile(r"(?<!\w)(?:tỷ|tỉ)\s+(?:lệ|trọng)\s+\p{L}+", regex.IGNORECASE)


def _share_whole(d: Draft, scan: str) -> bool:
    """Whether the percent ``d`` is a share that shares of it can be parts of (`tỷ trọng kinh tế số trong GDP là 12,67%.
    Trong đó, ngành kinh tế số lõi đóng góp 7,77%`), not a rate of growth (`GRDP tăng 8%, trong đó công nghiệp tăng
    12%`: sectors' growth is no part of the whole's)."""
    return d.kind == "percent" and _GROWTH_BEFORE.search(scan, max(0, d.start - 50), d.start) is None


#: a group a rate is taken among (`trong đảng viên`, `ở nữ giới`, `của khu vực nông thôn`)
#: a share's verb right before its number (`chiếm 61,29%`, `chiếm khoảng 8,5%`)
_SHARE_CLAIM_BEFORE = lazyre.compile(r"(?<!\w)chiếm(?:\s+(?:khoảng|gần|hơn|trên|tới|đến))?\s+$", regex.IGNORECASE)
_GROUP_NAMED = lazyre.compile(r"(?<!\w)(?:trong|ở|tại|của|đối\s+với)\s+\p{L}", regex.IGNORECASE)
#: the things a percent is a share of, named right after it (`100% trường phổ thông`), not its yardstick (`so với`)
_SHARE_OF_THINGS = lazyre.compile(r"[^\S\n]+(?!(?:so\s+với|kế\s+hoạch|dự\s+toán|cùng\s+kỳ|chỉ\s+tiêu|mục\s+tiêu|tổng|số)"
                                 r"(?!\w))\p{Ll}")
#: a rate of growth or change said before a percent, in its clause
_GROWTH_BEFORE = lazyre.compile(r"(?<!\w)(?:tăng|giảm|tốc\s+độ|cao\s+hơn|thấp\s+hơn|vượt|gấp)(?!\w)[^,;:()]{0,40}$",
                               regex.IGNORECASE)


#: a sentence that opens by pointing back at the figure before it (`Tỷ lệ này cao hơn bình quân chung của tỉnh`): it speaks
#: of the same thing, and a breakdown after it reaches back past it
_SAID_OF_IT = lazyre.compile(r"\s*(?:(?:tỷ|tỉ)\s+lệ|con\s+số|mức|kết\s+quả|số\s+liệu)\s+(?:này|trên)(?!\w)", regex.IGNORECASE)


def _whole_of(part: Draft, wholes: list[Draft], first: Draft | None, scan: str, sentences: list[tuple[int, int]],
              near: int, *, cue: str = "") -> Draft | None:
    """The whole a part counts into: the nearest candidate of the same unit and not below it, the one said
    with the part's own verb first; else ``first`` (the figure the cue follows), if any. A candidate before
    ``near`` (two sentences back) counts only when the sentence between speaks of the same thing too
    (`… ước đạt 260 tỷ kWh. Riêng tháng 10 đạt 25 tỷ kWh. Trong đó, thủy điện 73 tỷ kWh`; `… 812 doanh nghiệp. Vốn
    bình quân 8,46 tỷ đồng/doanh nghiệp. Phân theo lĩnh vực, dịch vụ 571 doanh nghiệp`) or the ``cue`` names
    what it counts (`1.752.310 người tham gia BHYT. Tỷ lệ bao phủ … 93,6%. Trong số người tham gia, …`) or, for an
    amount, says it is money (`… 52,47 tỷ đồng …. Diện tích … 198.635 ha. Trong tổng số tiền trên, …`), or the sentence
    between points back at it (`… 412,6 tỷ đồng. Tỷ lệ này cao hơn …. Trong đó, chi đầu tư phát triển 86,4 tỷ đồng`)."""
    # (what one period holds on average is no whole, `Trung bình mỗi tháng có khoảng 102 doanh nghiệp thành lập mới`;
    # nor is an item of one breakdown the whole of the next, `Phân theo địa bàn, thành phố Quy Nhơn có 341 doanh
    # nghiệp …. Phân theo ngành nghề, … bán buôn, bán lẻ có 187 doanh nghiệp`)
    wholes = [w for w in wholes if _PER_PERIOD_AVERAGE.search(scan, max(0, w.start - 60), w.start) is None]
    if _in_partition(part, scan, sentences):
        wholes = [w for w in wholes if not _in_partition(w, scan, sentences)]
    alike = [w for w in wholes if _counts_alike(w, part)]
    far_ok = (part.kind == "count" and not any(w.kind == "count" and w.start >= near for w in wholes)) or \
        any(w.start >= near for w in alike) or \
        any(_cue_names_whole(cue, w) for w in alike) or \
        _SAID_OF_IT.match(scan, near) is not None or \
        (part.kind == "count" and any(w.start >= near and "/" in w.unit and part.unit.lower().startswith(
            w.unit.lower().split("/", 1)[1].strip()) for w in wholes))   # (`… 8,46 tỷ đồng/doanh nghiệp`: the things
    #                                                                       counted, said per one; not a yield per ha)
    if first is not None and first.kind == part.kind == "count" and first not in alike and \
            _shared_head(first.unit, part.unit) and part.value <= first.value and \
            not any(w.start > first.start for w in alike):
        # `kiểm tra 1.236 vụ, … xử lý 1.128 vụ vi phạm …. Trong đó, 412 vụ buôn lậu`: the count the cue follows counts
        # the part's head noun, of another kind; it is the whole, not a count of the bare noun before it
        return first
    # (a count as large as the part said in another sentence, `Cả nước có 159 bệnh viện …` over `Trong đó, 159 bệnh
    # viện …`, is the part said again, a headline's, not its whole)
    own_sentence = _sentence_of(sentences, part.start)[0]
    # (nor is one said rounded and hedged, `gần 9.400 lượt` over `Trong đó có 9.316 lượt`)
    same = [w for w in alike if _in_unit_of(part, w) <= w.value and (w.start >= near or far_ok and w.whole is None)
            and not (w.start < own_sentence and w.kind == "count" and _in_unit_of(part, w) == w.value)
            and not (w.start < own_sentence and w.approx != "exact" and
                     w.value - _in_unit_of(part, w) <= 0.05 * w.value)]
    if same:
        if first is not None and first in same and first.approx == "exact" and \
                any(w.start < first.start and w.approx != "exact" and abs(w.value - first.value) <= 0.05 * first.value
                    for w in same):
            # (`Công an cấp xã đăng ký hơn 4.200 xe mô tô` over `… cấp biển số cho 4.251 xe mô tô …. Trong đó, đăng ký
            # mới 3.118 xe`: a headline's round figure says again the exact one the cue follows, which is the whole)
            return first
        return next((w for w in same if _said_alike(part, w, scan) or _named_alike(part, w, scan)), same[0])
    if part.kind == "count":
        # `1.826 vận động viên … Trong đó, vận động viên là người dân tộc thiểu số 642 người`: the part's clause opens
        # with the noun the whole counts, and counts them by another word
        opening = _part_opening(part, scan)
        named_whole = next((w for w in wholes if w.kind == "count" and part.value <= w.value and w.unit
                            and opening.startswith(w.unit.lower() + " ")), None)
        if named_whole is not None:
            return named_whole
    # (people are no part of a count of other things the cue follows, households or firms, but of the people the
    # sentence counts with them: `420 hộ với khoảng 650 thợ gốm, trong đó có 1 Nghệ nhân nhân dân`, `cho 9.874 người lao
    # động tại 1.426 doanh nghiệp, trong đó 6.120 người là đoàn viên`)
    companion = first is not None and first.kind == "count" and not _people(first.unit) and \
        not _GROUPS.match(first.unit)
    if part.kind == "count" and _people(part.unit) and (first is None or first.kind != "count" or companion):
        # `mừng thọ cho 2.746 người cao tuổi với tổng kinh phí gần 1,1 tỷ đồng; trong đó có 36 cụ …`: people counted by
        # another word count into the people before, not into an amount the cue follows
        # (in the cue's sentence or the one it follows: `… cho 5.346 đối tượng … với tổng kinh phí hơn 29,8 tỷ đồng.
        # Trong đó, người cao tuổi 3.128 người`)
        opening = _sentence_of(sentences, part.start if first is None else min(part.start, first.start))[0]
        people = next((w for w in wholes if w.kind == "count" and w.start >= opening and _people(w.unit)
                       and part.value <= w.value), None)
        if people is not None and (not companion or ";" not in scan[min(first.end, people.end):part.start]):
            return people
    if part.kind == "count" and (part.unit.lower() in CLASSIFIERS or part.unit.lower() in _GENERIC_MEMBERS) and \
            (first is None or first.kind != "count"):
        # `4.826 tàu cá, với tổng công suất hơn 2,17 triệu CV. Trong đó, … 3.512 chiếc`: a count by a classifier counts
        # into the count before, not into a measure the cue follows; so does a count of bodies by the generic noun
        # (`20 sở, ban, ngành được đánh giá, … điểm trung bình đạt 86,42 điểm … Trong đó, có 7 đơn vị đạt trên 90 điểm`),
        # and a count of cases (`xử phạt 27 tổ chức, cá nhân với tổng số tiền phạt 3.426,5 triệu đồng. Trong đó: … 11
        # trường hợp`)
        counted = next((w for w in wholes if w.kind == "count" and part.value <= w.value), None)
        if counted is not None:
            return counted
    # (a rate, `8,46 tỷ đồng/doanh nghiệp`, is what each one holds: no whole of parts)
    if first is None or "/" in first.unit:
        return None
    if part.kind == "count" and first.kind == "count" and _people(first.unit) and \
            _PLACES_AND_FACILITIES.fullmatch(part.unit) is not None:
        return None     # `Trong số 3.840 phạm nhân …, có 2.150 người thuộc 12 trại giam`: places and facilities are no
        #                 part of a count of people (prizes may be: `103 học sinh đoạt giải, trong đó 12 giải Nhất`)
    return first


#: the units of places and of facilities people are held or taught in (`12 trại giam`, `31 tỉnh, thành phố`, `5 trường`,
#: `27 lớp`)
_PLACES_AND_FACILITIES = lazyre.compile(r"(?:tỉnh|thành\s+phố|huyện|quận|thị\s+xã|xã|phường|thị\s+trấn|thôn|bản|ấp|"
                                       r"trại(?:\s+giam)?|trường(?:\s+học)?|cơ\s+sở|địa\s+phương|"
                                       # (and the classes and courses they are taught in: `27 lớp với 812 học viên`)
                                       r"lớp(?:\s+học)?|khóa(?:\s+học)?|khoá(?:\s+học)?)(?:\s*,\s*[\p{L} ]+)?",
                                       regex.IGNORECASE)
#: an average per period said before a figure (`Trung bình mỗi tháng có khoảng`)
_PER_PERIOD_AVERAGE = lazyre.compile(r"(?<!\w)(?:trung\s+bình|bình\s+quân)\s+mỗi\s+(?:ngày|tuần|tháng|quý|năm)(?!\w)"
                                    r"[^.;:\d]{0,40}$", regex.IGNORECASE)


def _in_partition(d: Draft, scan: str, sentences: list[tuple[int, int]]) -> bool:
    """Whether ``d``'s sentence opens as a breakdown (`Phân theo địa bàn, …`)."""
    return _PARTITION_OPENING.match(scan, _sentence_of(sentences, d.start)[0]) is not None


#: nouns that classify what they count and name nothing of it (`3.512 chiếc` of ships, `1.120 con` of pigs)
CLASSIFIERS = frozenset({"con", "chiếc", "cái", "cây", "quả"})
#: the generic nouns of bodies and places (`7 đơn vị` of departments, `5 địa phương` of districts), and of cases of
#: anything (`11 trường hợp` of those fined)
_GENERIC_MEMBERS = frozenset({"đơn vị", "cơ quan", "địa phương", "trường hợp"})


def _clause_opening(part: Draft, scan: str) -> int | None:
    """Where ``part``'s clause opens: the end of the last list punctuation or part cue before it (`_CLAUSE_OPENING`,
    within 80 characters), or None."""
    clause = _CLAUSE_OPENING.search(scan, max(0, part.start - 80), part.start)
    return clause.end() if clause is not None else None


def _part_opening(part: Draft, scan: str) -> str:
    """The words between the opening of ``part``'s clause and the part, in small letters."""
    opening = _clause_opening(part, scan)
    return " ".join(scan[opening if opening is not None else part.start:part.start].lower().split()) + " "


def _named_alike(part: Draft, whole: Draft, scan: str) -> bool:
    """Whether the noun that opens ``part``'s clause (`Trong đó, dư nợ cho vay … 34.120 tỷ đồng`) is named in the
    clause of ``whole`` (`tổng dư nợ tín dụng đạt 168.450 tỷ đồng`): the whole of the same indicator."""
    opening = _clause_opening(part, scan)
    if opening is None:
        return False
    noun = _FIRST_TWO_WORDS.match(scan, opening, part.start)
    if noun is None:
        return False
    words = " ".join(noun.group().lower().split())
    lead = scan[max(0, whole.start - 60):whole.start]
    lead = lead[max(lead.rfind(c) for c in ",;:.\n") + 1:]        # the whole's own clause (not a heading above it)
    return words in " ".join(lead.lower().split())


#: what one item is worth: `mỗi suất 1,5 triệu đồng`, `2.000 suất mức 500.000 đồng` (N items at a level each)
_PER_ITEM = lazyre.compile(r"(?<!\w)mỗi\s+\p{L}+(?:\s+\p{L}+)?(?:\s+(?:là|được|có|trị giá))?\s*:?\s*$"
                          # (what each holds, item by item: `mỗi suất gồm 5 mét vải lụa và 500.000 đồng tiền mặt`)
                          r"|(?<!\w)mỗi\s+\p{L}+(?:\s+\p{L}+)?\s+(?:bao\s+)?gồm\s+[^;.:()]{0,40}?(?:,|\s+và)\s+$"
                          r"|\d\s+\p{L}+(?:\s+\p{L}+)?\s+(?:mức|loại)\s*$", regex.IGNORECASE)
#: where a part's clause opens: after a list's punctuation or a part cue (searched backwards: the last)
_CLAUSE_OPENING = lazyre.compile(r"(?:[,;:]|(?<!\w)(?:trong đó|gồm|bao gồm))\s*", regex.IGNORECASE | regex.REVERSE)
_FIRST_TWO_WORDS = lazyre.compile(r"\p{L}+\s+\p{L}+")


def _said_alike(part: Draft, whole: Draft, scan: str) -> bool:
    """Whether the two words before ``part`` and before ``whole`` are the same (`làm chết 171 người` of
    `làm chết 178 người`, `thụ lý 1.134 vụ` of `thụ lý 5.236 vụ, việc`), or the two words after them
    (`40 cơ sở vi phạm` of `60 cơ sở vi phạm`)."""
    verb = _LEAD_WORDS.search(scan, max(0, part.start - 30), part.start)
    wv = _LEAD_WORDS.search(scan, max(0, whole.start - 30), whole.start) if verb is not None else None
    if wv is not None and wv.group().lower() == verb.group().lower():
        return True
    # (`60 cơ sở vi phạm … có 40 cơ sở vi phạm`: the same words after the unit say the same thing)
    after = _TRAIL_WORDS.match(scan, part.end)
    wa = _TRAIL_WORDS.match(scan, whole.end) if after is not None else None
    return wa is not None and wa.group(1).lower() == after.group(1).lower()


def _figure_within(starts: list[int], start: int, end: int) -> bool:
    """Whether a figure starts in ``[start, end)`` (``starts``: the figures' starts, sorted)."""
    k = bisect.bisect_left(starts, start)
    return k < len(starts) and starts[k] < end


def _previous_sentence_start(sentences: list[tuple[int, int]], s_start: int) -> int:
    i = bisect.bisect_left(sentences, s_start, key=lambda span: span[0])
    return sentences[i - 1][0] if i > 0 else s_start


#: a threshold that says which things a count counts, then the bracket after it
_CRITERION_THEN_BRACKET = lazyre.compile(r"[^\d,;.()\n]{0,60}?(?<!\w)(?:từ|trên|dưới)[^\S\n]+\d[\d.,]*[^\S\n]*\p{L}+"
                                         r"(?:[^\S\n]+trở[^\S\n]+(?:lên|xuống))?[^\S\n]*\([^\S\n]*", regex.IGNORECASE)


def _wholes_in_brackets(drafts: list[Draft], scan: str) -> None:
    for k, d in enumerate(drafts):
        if d.kind not in ("count", "money", "measure"):
            continue
        om = _BRACKET_AFTER.match(scan, d.attr_end)   # `45 học sinh đoạt giải (7 giải Nhất, …)`
        if om is None and d.attr_end > d.end:
            # (a breakdown its attributes stepped over: `61 vụ ngộ độc (24 vụ do vi sinh vật, …), giảm 11,6%`)
            om = _BRACKET_AFTER.match(scan, d.end)
        if om is None:
            # (past the threshold that says which of its things are counted: `9 trang trại gà quy mô từ 10.000 con trở
            # lên (ấp 2 có 4 trang trại, …)`)
            om = _CRITERION_THEN_BRACKET.match(scan, d.attr_end)
        if om is None:
            continue
        close = scan.find(")", om.end(), om.end() + 400)
        if close < 0:
            continue
        parts = [p for p in drafts[k + 1:] if om.end() <= p.start < close and p.kind == d.kind]
        # (parts given the whole of a cue before: `1.236 trường hợp, trong đó có 47 trẻ em tử vong (đuối nước 29 em,
        # …)` breaks down 47, the nearer whole they add up to)
        if len(parts) >= 2 and all(p.total is None or (d.whole is not None and p.whole is d.whole) for p in parts) and \
                _adds_up(sum(p.value for p in parts), d.value):
            for p in parts:
                p.total, p.whole = d.value, d
                p.why["total"] = "cues.toml [total_in_brackets]"


#: nouns that count the members of whatever set was named before (`có 258 đơn vị`; of a set of people, `có 46 em`,
#: `có 600 người`, `có 20 trường hợp`)
_SET_NOUNS = frozenset({"đơn vị", "địa phương", "em", "cháu", "người", "trường hợp"})


#: what closes the set named at a sentence's head: a comma, or `có` (`trong số 27 hài cốt quy tập được có 4 hài cốt …`)
_SET_CLOSED = lazyre.compile(r",|(?<!\w)có(?!\w)", regex.IGNORECASE)


def _wholes_of_set(drafts: list[Draft], scan: str, sentences: list[tuple[int, int]], rx: regex.Pattern[str]) -> None:
    for k, d in enumerate(drafts):
        if d.kind not in ("count", "measure", "money"):
            continue
        s_start, s_end = _sentence_of(sentences, d.start)
        if not rx.search(scan[max(s_start, d.start - 20):d.start]) or not _SET_CLOSED.search(scan, d.attr_end, s_end):
            continue
        for part in drafts[k + 1:]:
            if part.start >= s_end:
                break
            # (an amount is split only into amounts of its own unit: `trong số 12 km đường mới, có 7 km …`)
            if _is_part(part, d, same_unit=True) or (d.kind == "count" and
                    _is_part(part, d) and (part.unit.lower() in _SET_NOUNS or _head_of(part.unit, d.unit) or
                                           _shared_head(part.unit, d.unit) or _counts_alike(part, d))):
                # (`Trong số 260 xã, phường, thị trấn, có 258 đơn vị …`, `Trong 12 nhóm hàng, có 8 nhóm …`: a
                # generic noun or the set's head noun counts members of the set; `Trong số 73 vụ vi phạm, có 41 vụ
                # khai thác …`: the same classifier noun, another kind of it; `Trong số 146 cây cầu …, huyện Cầu Kè có
                # 31 cầu`: the noun without its classifier)
                part.total, part.whole = d.value, d
                part.why["total"] = "cues.toml [total_of_set]"


def _next_live(live: list[NumberMatch], i: int, pos: int, limit: int) -> tuple[int, NumberMatch] | None:
    for j in range(i + 1, len(live)):
        if live[j].start >= pos:
            return (j, live[j]) if live[j].start < limit else None
    return None


def _loose_word_range(scan: str, live: list[NumberMatch], i: int) -> tuple[int, NumberMatch, float] | None:
    """(index, upper end, lower end) of a rough range said in two number words side by side (`hai, ba người`, `hai, ba
    chục người`): a digit word, then one that is one or two more, in ones, tens or hundreds; else None."""
    n = live[i]
    if n.form != "words" or n.multiplier != 1 or not 1 <= n.value <= 8 or i + 1 >= len(live):
        return None
    m = live[i + 1]
    if m.form != "words" or _WORD_PAIR_GAP.fullmatch(scan, n.end, m.start) is None:
        return None
    for power in (1, 10, 100):
        if m.value % power == 0 and m.value / power - n.value in (1, 2) and m.value / power <= 9:
            return i + 1, m, n.value * power
    return None


#: between the two number words of a rough range: a comma, a space
_WORD_PAIR_GAP = lazyre.compile(r"[^\S\n]*,?[^\S\n]*")

# (one line: a range never spans a break; `từ 12 m đến dưới 15 m`: a half-open range is a range too)
_RANGE = lazyre.compile(r"[^\S\n]*(?:-|(?P<w>đến|tới)(?:[^\S\n]+(?:dưới|hết))?)[^\S\n]*", regex.IGNORECASE)


#: `từ` right before a number (with a qualifier), and an aside in brackets of a few words (a time of day in it)
_FROM_BEFORE = lazyre.compile(r"(?<!\w)từ[^\S\n]+(?:(?:khoảng|gần|hơn|trên)[^\S\n]+)?$", regex.IGNORECASE)
_ASIDE_BRACKET = lazyre.compile(r"[^\S\n]*\([^()\n]{2,60}\)")


def _range_end(scan: str, live: list[NumberMatch], i: int, pos: int, *, unit: Unit | None, r: Rules, text: str):
    """`từ 10 đến 15%`, `10-15%`, `300 đến 400 người`, `từ 6% đến 8%`: the upper end, if one follows (past an aside in
    brackets on the lower end, after its unit: `từ 55.000 đồng (suất chiếu trước 12 giờ) đến 250.000 đồng`)."""
    rm = _RANGE.match(scan, pos, min(len(scan), pos + 12))
    aside = _ASIDE_BRACKET.match(scan, pos) if not rm and unit is not None else None
    if aside is not None and _FROM_BEFORE.search(scan, max(0, live[i].start - 20), live[i].start):
        rm = _RANGE.match(scan, aside.end(), min(len(scan), aside.end() + 12))
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
               sentences: list[tuple[int, int]], r: Rules, prior: list[Draft] = ()) -> Draft | None:
    n = live[i]
    s_start, s_end = _sentence_of(sentences, n.start)
    pos = n.end
    value_max = None
    # a range: `từ 10 đến 15%`, `10-15%`, `10 – 15 tỷ đồng`
    nxt = _range_end(scan, live, i, pos, unit=None, r=r, text=text)
    loose = _loose_word_range(scan, live, i) if nxt is None else None
    if loose is not None:
        # `hai, ba chục người`: two number words side by side, the second one or two more, are a rough range (about
        # twenty to thirty), the lower end in the upper's tens or hundreds
        j, m = loose[0], loose[1]
        n = NumberMatch(n.start, n.end, loose[2], "approx", n.number_end, n.multiplier)
        value_max = m.value
        consumed.add(j)
        pos = m.end
        i = j
    if nxt:
        j, m = nxt
        value_max = m.value
        if m.multiplier != 1.0 and n.multiplier == 1.0 and scale(n.value, m.multiplier) <= m.value:
            # `từ 10 đến 15 tỷ đồng`: the lower end borrows the upper's multiplier, unless it is written in full
            # (`từ 150.000 đến 8 triệu đồng/m2`)
            n = NumberMatch(n.start, n.end, scale(n.value, m.multiplier), n.form, n.number_end, m.multiplier)
            value_max = m.value
        consumed.add(j)
        pos = m.end
        i = j
    value = n.value
    total = None
    over_plan = False   # (the number after the slash is a plan the share said after the pair shows beaten)
    # `42/63 tỉnh`, `150 trên tổng số 200 xã`: the total stands between the number and the unit
    if _unit_at(text, scan, pos, r, allow_segment=False) is None:
        for name, rx in r.attributes_of.get("total", ()):
            sm = rx.match(scan, pos, min(len(scan), pos + 40))
            nxt = _next_live(live, i, sm.end(), sm.end() + 1) if sm else None
            # `1.200/1.500 tỷ đồng`: the multiplier after the pair counts both numbers
            shared = nxt is not None and nxt[1].multiplier != 1.0 and n.multiplier == 1.0
            whole = nxt is not None and (nxt[1].value >= (scale(value, nxt[1].multiplier) if shared else value)
                                         or _plan_after(text, scan, nxt[1].end, r) is not None)
            over_plan = nxt is not None and not whole and _share_of_plan_says(scan, nxt[1].end, value, nxt[1].value)
            if whole or over_plan:
                j, m = nxt
                if shared:
                    n = NumberMatch(n.start, n.end, scale(n.value, m.multiplier), n.form, n.number_end, m.multiplier)
                    value = n.value
                total = m.value
                consumed.add(j)
                pos = m.end
                i = j
                break
    # a rank: `xếp thứ 2`, `vị trí số 13`, `xếp thứ 12/63 tỉnh`, `xếp thứ 11, Phú Thọ thứ 17 và Bắc Kạn thứ 52`
    before = scan[max(0, s_start, n.start - 80):n.start]
    if r.rank is not None and search_to_end(r.rank, before):
        field = _RANK_FIELD.match(scan, pos, pos + 80) if total is not None else None
        # `xếp thứ 21/63 tỉnh, thành phố, tăng 9 bậc`: what the rank is out of belongs to it
        d = Draft(n.start, pos, value, "rank", "hạng", "rank", n, total=total, attr_end=field.end() if field else pos)
        return _finish(d, text, scan, masked, live, i, consumed, s_start, s_end, r, prior)
    # `gần gấp đôi cùng kỳ`: a multiple said in a word counts times; so does a number right after `gấp` that names no
    # unit of its own (`lãi gấp ba nhờ làm muối trên bạt`: `gấp` says times, the word after it is the clause going on)
    unit = Unit("lần", "multiple", pos, pos, "multiple") if n.form == "multiple" else _unit_at(text, scan, pos, r)
    if (unit is None or unit.kind != "multiple") and n.multiplier == 1 and \
            _TIMES_SAID_BEFORE.search(scan, max(0, n.start - 12), n.start) is not None:
        unit = Unit("lần", "multiple", pos, pos, "multiple")
    if unit is not None and unit.rule == "segmented" and _OWNERSHIP_WORD.match(unit.text) is not None and \
            (part := _bracketed_part(scan, n, s_start, prior)) is not None:
        # (`9 cơ sở … (3 công lập, 6 ngoài công lập)`: `ngoài công lập` says whose, the unit is elided; a noun of its
        # own, `(64 thạc sĩ, 5 tiến sĩ)`, is the item's unit)
        unit = part
    if unit is None:
        # (after `lần lượt` the list's own unit, said after its last number, before the unit of a figure before it:
        # `lần lượt đạt 4,2 triệu và 3,6 triệu bưu gửi`)
        listed = _in_respective_list(scan, live, i)
        shared = _shared_unit_and_multiplier(text, scan, live, i, r, listed) if listed else None
        if shared is not None and shared[1] != n.multiplier and _named_before(text, scan, n.start, s_start, r) is None:
            # (`lần lượt đạt 14,1; 8,2; 7,6 và 3,9 triệu tấn`: each bare number in the last one's millions)
            n = NumberMatch(n.start, n.end, scale(n.value, shared[1]), n.form, n.number_end, shared[1])
            value = n.value
        unit = _named_before(text, scan, n.start, s_start, r)
        reached = _level_reached_unit(text, scan, live, i, r)
        if reached is not None and (unit is None or not _same_first_word(unit.text, reached.text)):
            unit = reached  # (but `Số hộ nghèo giảm từ 70 xuống còn 48 hộ`: the noun `số` names, said in full)
        unit = unit or \
            (shared[0] if shared is not None else None) or _elided(text, scan, n, s_start, prior) or \
            _bracketed_part(scan, n, s_start, prior) or _colon_part(scan, n, s_start, prior) or \
            _listed_bracket_part(scan, n, s_start, prior) or \
            (not listed and _shared_unit(text, scan, live, i, r, listed)) or \
            _listed_after(scan, n, prior) or _named_item_after(text, n, s_start, prior) or \
            _named_items_on(text, n, s_start, prior) or _unit_of_lead_bracket(text, scan, n, s_start, r) or \
            _unit_of_lead_count(text, scan, n, s_start, r) or _unit_of_place_list(text, scan, n, s_start, r, prior) or \
            _index_value(scan, n, s_start, r) or _unit_of_named_rate(text, scan, n, s_start) or \
            _money_named_before(scan, n, s_start, r)
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
    plan = _plan_after(text, scan, pos, r) if total is not None else None
    if plan is not None:
        # `đạt 324/320 tỷ đồng kế hoạch`: the number after the slash is the plan, not a whole
        d.target, d.total = {"value": total, "unit": unit.text, "met": value >= total}, None
        d.why["target"] = f"cues.toml [{plan[0]}]"
        d.attr_end = max(d.attr_end, plan[1])
    elif over_plan:
        # `trồng mới 124/120 ha rừng …, đạt 103,3% kế hoạch`: the plan, beaten
        d.target, d.total = {"value": total, "unit": unit.text, "met": True}, None
        d.why["target"] = "the number after the slash, which the share of the plan said after the pair is of"
    elif total is not None and unit.text.lower() == "chỉ tiêu" and (
            _ACHIEVED_BEFORE.search(scan, max(0, n.start - 12), n.start) or _QUOTA_NAMED.match(scan, d.end)):
        # `tuyển dụng được 437/612 chỉ tiêu`, `có 1.652/1.700 chỉ tiêu nhập học`: the quota slots filled, out of the
        # quota given: the plan, not a whole (not `18/20 chỉ tiêu đạt kế hoạch`: targets met, out of a set of them)
        d.target, d.total = {"value": total, "unit": unit.text, "met": value >= total}, None
        d.why["target"] = "slots of a quota filled (`được a/b chỉ tiêu`, `a/b chỉ tiêu tuyển sinh`): b is the plan"
    return _finish(d, text, scan, masked, live, i, consumed, s_start, s_end, r, prior)


#: what was achieved: `tuyển được 139/146 chỉ tiêu`
_ACHIEVED_BEFORE = lazyre.compile(r"(?<!\w)được\s+$", regex.IGNORECASE)
#: a quota of places named by what they are for, right after `chỉ tiêu` (`1.652/1.700 chỉ tiêu nhập học`)
_QUOTA_NAMED = lazyre.compile(r"[^\S\n]+(?:tuyển\s+sinh|nhập\s+học|tuyển\s+dụng|tuyển\s+quân|tuyển\s+mới|đào\s+tạo)(?!\w)",
                             regex.IGNORECASE)


def _share_of_plan_says(scan: str, pos: int, done: float, plan: float) -> bool:
    """`trồng mới 124/120 ha rừng …, đạt 103,3% kế hoạch`: whether the share of the plan said after a pair whose first
    number exceeds the second is the one over the other (a part never exceeds its whole: the second is the plan)."""
    if not 0 < plan < done:
        return False
    m = _SHARE_OF_PLAN.match(scan, pos, min(len(scan), pos + 160))
    if m is None:
        return False
    share = float(m.group("p").replace(",", "."))
    return abs(share - 100 * done / plan) <= 0.2


#: the share of a plan said in the clause after a figure (`…, đạt 103,3% kế hoạch`, `bằng 104% chỉ tiêu`; not `vượt 3,3%
#: kế hoạch`, by how much it beat it)
_SHARE_OF_PLAN = lazyre.compile(r"[^.;\n]*?(?<!\w)(?:đạt|bằng)[^\S\n]+(?P<p>\d{2,3}(?:,\d{1,2})?)[^\S\n]*%[^\S\n]*"
                                r"(?:so[^\S\n]+với[^\S\n]+)?(?:kế[^\S\n]+hoạch|KH|chỉ[^\S\n]+tiêu)(?!\w)", regex.IGNORECASE)


def _plan_after(text: str, scan: str, pos: int, r: Rules) -> tuple[str, int] | None:
    """(entry, end) of a plan word right after the unit that follows ``pos`` (`… tỷ đồng kế hoạch`), else None."""
    unit = _unit_at(text, scan, pos, r, allow_segment=False)
    end = unit.end if unit else pos
    for name, rx in r.attributes_of.get("plan", ()):
        m = rx.match(scan, end, min(len(scan), end + 40))
        if m:
            return name, m.end()
    return None


def _elided(text: str, scan: str, n: NumberMatch, s_start: int, prior: list[Draft]) -> Unit | None:
    """`thuê bao di động là xấp xỉ 127 triệu`, `… 7.404 tỷ đồng, … đạt 2.854 tỷ`: an amount written with a
    multiplier and no unit counts what a figure just before it counts, when its own phrase names that unit
    again, or when that figure is money (FIGURES.md §3; the unit is elided, not missing)."""
    if not prior:
        return None
    if n.multiplier <= 1:
        return _labelled_by_unit(scan, n, s_start, prior[-1])
    last = prior[-1]
    if last.start < _paragraph_start(scan, s_start) or last.kind not in ("count", "money"):
        return None
    lead = scan[max(s_start, n.start - 120):n.start].lower()
    if last.kind == "money" or regex.search(rf"(?<!\w){regex.escape(last.unit.lower())}(?!\w)", lead):
        return Unit(last.unit, last.kind, n.end, n.end, "elided")
    return None


def _labelled_by_unit(scan: str, n: NumberMatch, s_start: int, last: Draft) -> Unit | None:
    """`1.068.500 thuê bao, trong đó thuê bao di động 1.052.300, thuê bao cố định 16.200`: a whole number whose clause
    opens with the noun a count just before it in its sentence counts (and the words that say which ones) counts it;
    so does one whose clause opens with the initials the count's noun is given in brackets (`1.214.650 giấy phép lái
    xe (GPLX); trong đó GPLX ô tô 512.300`), counted by them."""
    if n.form != "digits" or not float(n.value).is_integer() or last.kind != "count" or last.start < s_start:
        return None
    clause = _CLAUSE_OPENING.search(scan, max(last.attr_end, n.start - 60), n.start)
    if clause is None:
        return None
    label = scan[clause.end():n.start]
    if _LABEL_OF_UNIT.fullmatch(label) is None:
        return None
    if label.lower().startswith(last.unit.lower() + " "):
        return Unit(last.unit, last.kind, n.end, n.end, "elided")
    initials = _INITIALS_AFTER.match(scan, last.end)
    if initials is not None and label.startswith(initials.group("i") + " "):
        return Unit(initials.group("i"), last.kind, n.end, n.end, "elided")
    return None


#: the initials a noun phrase is given in brackets right after it (`giấy phép lái xe (GPLX)`)
_INITIALS_AFTER = lazyre.compile(r"(?:[^\S\n]+\p{Ll}+){0,4}[^\S\n]*\([^\S\n]*(?P<i>(?-i:\p{Lu}{2,}))[^\S\n]*\)")


#: the words that say which of the things counted a bare number counts (`thuê bao di động `), then its verb, if any
_LABEL_OF_UNIT = lazyre.compile(r"\p{L}+(?:[^\S\n]+\p{L}+){1,5}?[^\S\n]+(?:(?:là|đạt|có)[^\S\n]+)?")


#: one item of a bracketed breakdown with bare numbers: `tố cáo đúng một phần 5` (a label of words, then a whole number)
#: (or the number first, then what kind of the host's things it counts: `45 trường (40 công lập, 5 tư thục)`)
_LABELLED_COUNT = lazyre.compile(r"\s*(?:và\s+)?(?:(?P<label>\p{L}[\p{L}\s]{0,60}?)\s+(?P<n>\d{1,3}(?:\.\d{3})*)"
                                 r"|(?P<n>\d{1,3}(?:\.\d{3})*)\s+(?P<label>\p{Ll}[\p{L}\s]{0,30}?))\s*")
_BREAKDOWN_ITEMS = lazyre.compile(r"[,;]|\s+và\s+(?=\d)")
_BREAKDOWN_REACH = 300      # (characters: a bracket of a few labelled counts)


def _labelled_total(items: str, separators: regex.Pattern[str]) -> int | None:
    """The sum of the numbers of ``items`` split by ``separators``, when every item is a label and a whole number
    (`tố cáo đúng 2, tố cáo sai 9`); else None."""
    total = 0
    for item in separators.split(items):
        m = _LABELLED_COUNT.fullmatch(item)
        if m is None:
            return None
        total += int(m.group("n").replace(".", ""))
    return total


def _may_be_part(n: NumberMatch, prior: list[Draft]) -> bool:
    """Whether ``n`` may be a part of a count said before it (a whole number in digits, no multiplier word)."""
    return bool(prior) and n.multiplier == 1 and n.form == "digits" and float(n.value).is_integer()


def _count_of_parts(n: NumberMatch, prior: list[Draft], s_start: int, before: int, total: int) -> Unit | None:
    """The unit of the count said in the sentence (from ``s_start``) before ``before`` whose parts, adding up to
    ``total``, ``n`` is one of (elided after ``n``); else None."""
    whole = next((d for d in reversed(prior) if s_start <= d.start and d.end <= before and d.kind == "count"
                  and d.value == total), None)
    return Unit(whole.unit, "count", n.end, n.end, "elided") if whole is not None else None


def _colon_part(scan: str, n: NumberMatch, s_start: int, prior: list[Draft]) -> Unit | None:
    """`đào tạo 212 vận động viên tại 3 tuyến: đội tuyển 46, trẻ 71, năng khiếu 95`, `đã cấp 31.580 GPLX, gồm cấp mới
    14.402, cấp đổi 15.926 và cấp lại 1.252`: a bare number in the list a colon or `gồm` opens, every item of which is a
    label and a whole number, the numbers adding up to a count said before the list in its sentence, counts what that
    count counts (FIGURES.md §3, the parts of a whole; the unit is elided)."""
    if not _may_be_part(n, prior):
        return None
    reach = max(s_start, n.start - _BREAKDOWN_REACH)
    colon = scan.rfind(":", reach, n.start)
    opens = colon + 1
    if colon < 0:
        lead = _PARTS_LEAD.search(scan, reach, n.start)
        if lead is None:
            return None
        colon, opens = lead.start(), lead.end()
    if "\n" in scan[colon:n.start]:
        return None
    end = _LIST_END.search(scan, n.start, n.start + _BREAKDOWN_REACH)
    if end is None:
        return None
    total = _labelled_total(scan[opens:end.start()], _COLON_ITEMS)
    return _count_of_parts(n, prior, s_start, colon, total) if total is not None else None


#: `, gồm ` (`, bao gồm `) before a list of labelled parts, the last in the reach
_PARTS_LEAD = lazyre.compile(r"(?r),[^\S\n]*(?:bao[^\S\n]+)?gồm[^\S\n]+", regex.IGNORECASE)


#: where the list a colon opens ends: its sentence's end or a line break
_LIST_END = lazyre.compile(r"\.(?!\d)|\n|$")
_COLON_ITEMS = lazyre.compile(r"[,;]|\s+và\s+(?=\p{L})")


#: the first word of who owns or runs a thing (`công lập`, `ngoài công lập`, `tư thục`, `dân lập`, `bán công`), read by
#: the segmenter as if it were a noun
_OWNERSHIP_WORD = lazyre.compile(r"(?:ngoài|công|tư|dân|bán)(?!\w)", regex.IGNORECASE)
#: between a count and the bracket that breaks it down: nothing, or the few words of its own phrase (`1.850 thanh niên
#: nhập ngũ (Quân đội 1.650, Công an 200)`)
_COUNTS_OWN_WORDS = lazyre.compile(r"(?:[^\S\n]+(?-i:\p{Ll})+){0,8}[^\S\n]*")


def _listed_bracket_part(scan: str, n: NumberMatch, s_start: int, prior: list[Draft]) -> Unit | None:
    """`… là 41 cá thể, gồm tê tê Java (34), voọc chà vá chân nâu (5) và gấu ngựa (2)`: a bare whole number alone in the
    brackets after an item of a list `gồm` opens, the numbers of all its brackets adding up to a count said before
    `gồm` in its sentence, counts what that count counts (FIGURES.md §3, the parts of a whole; the unit is elided)."""
    if not _may_be_part(n, prior) or scan[n.start - 1:n.start] != "(" or scan[n.end:n.end + 1] != ")":
        return None
    lead = _LIST_OPENS.search(scan, max(s_start, n.start - _BREAKDOWN_REACH), n.start)
    if lead is None:
        return None
    end = _LIST_END.search(scan, n.start, n.start + _BREAKDOWN_REACH)
    if end is None:
        return None
    items = scan[lead.end():end.start()]
    numbers = _BARE_BRACKET.findall(items)
    if len(numbers) < 2 or items.count("(") != len(numbers):
        return None
    return _count_of_parts(n, prior, s_start, lead.start(), sum(int(x.replace(".", "")) for x in numbers))


#: what opens a list of parts (`, gồm `, `, bao gồm `, `, trong đó có `), and a bracket holding a whole number alone
_LIST_OPENS = lazyre.compile(r"(?<!\w)(?:bao\s+)?gồm(?:\s+có)?\s*:?\s+(?=\p{L})", regex.IGNORECASE)
_BARE_BRACKET = lazyre.compile(r"\(\s*(\d{1,3}(?:\.\d{3})*)\s*\)")


def _bracketed_part(scan: str, n: NumberMatch, s_start: int, prior: list[Draft]) -> Unit | None:
    """`giải quyết 16 vụ việc (tố cáo đúng 2, tố cáo đúng một phần 5, tố cáo sai 9)`: a bare number in a bracket right
    after a count, every item of which is a label and a whole number (or a number and the kind it counts, `45 trường
    (40 công lập, 5 tư thục)`), the numbers adding up to that count, counts what the count counts (FIGURES.md §3, a
    bracketed breakdown; the unit is elided)."""
    if not _may_be_part(n, prior):
        return None
    open_at = scan.rfind("(", max(s_start, n.start - _BREAKDOWN_REACH), n.start)
    if open_at < 0 or scan.find(")", open_at, n.start) >= 0:
        return None
    last = next((d for d in reversed(prior) if d.end <= open_at), None)
    if last is None or last.kind != "count" or last.start < s_start or \
            _COUNTS_OWN_WORDS.fullmatch(scan, last.end, open_at) is None:
        return None
    close_at = scan.find(")", n.start, n.start + _BREAKDOWN_REACH)
    if close_at < 0 or "\n" in scan[open_at:close_at] or "(" in scan[open_at + 1:close_at]:
        return None
    total = _labelled_total(scan[open_at + 1:close_at], _BREAKDOWN_ITEMS)
    if total is None or total != last.value:
        return None
    return Unit(last.unit, "count", n.end, n.end, "elided")


def _index_value(scan: str, n: NumberMatch, s_start: int, r: Rules) -> Unit | None:
    """`giá trị trung bình DTI cấp tỉnh đạt 0,5233`: a decimal with no unit in a clause that names an index
    (cues.toml [index_named_before]) is the index's value, in điểm; a whole number where the clause names the air quality
    index, in AQI."""
    if n.form != "digits" or n.multiplier != 1:
        return None
    clause = max(s_start, scan.rfind(";", s_start, n.start) + 1)
    if float(n.value).is_integer():
        # `Chỉ số AQI trung bình quý I toàn tỉnh là 118, cao nhất tại thị xã Quế Võ (146)`: the air quality index is
        # said in whole numbers, in a unit of its own
        return Unit("AQI", "measure", n.end, n.end, "index") if 0 < n.value <= 500 and \
            _AQI_NAMED.search(scan, clause, n.start) is not None else None
    for _, rx in r.attributes_of.get("index", ()):
        if rx.search(scan, clause, n.start):
            return Unit("điểm", "measure", n.end, n.end, "index")
    return None


def _money_named_before(scan: str, n: NumberMatch, s_start: int, r: Rules) -> Unit | None:
    """`thợ lành nghề nhận lương 15 triệu`: an amount in millions or more with no unit, in a clause whose noun before it
    names money (cues.toml [money_named_before]), is in đồng, but in a clause of trade or foreign money (said in dollars)."""
    if n.multiplier < 1e6:
        return None
    before = scan[s_start:n.start]
    clause = s_start + max(0, *(before.rfind(c) + 1 for c in ",;:()"))
    if _FOREIGN_MONEY.search(scan, clause, n.start) is not None:
        return None
    for _, rx in r.attributes_of.get("money", ()):
        if rx.search(scan, clause, n.start) is not None:
            return Unit("đồng", "money", n.end, n.end, "money_named")
    return None


#: what says an amount is in dollars or another currency, not đồng (`kim ngạch xuất khẩu`, `vốn FDI`)
_FOREIGN_MONEY = lazyre.compile(r"(?<!\w)(?:kim\s+ngạch|xuất\s+khẩu|nhập\s+khẩu|FDI|ODA|USD|đô\s+la|ngoại\s+tệ|nước\s+ngoài|"
                                r"viện\s+trợ)(?!\w)", regex.IGNORECASE)


#: the air quality index by its name (`chỉ số AQI`, `VN_AQI`)
_AQI_NAMED = lazyre.compile(r"(?<![\p{L}\d])(?:VN_)?AQI(?![\p{L}\d])")
#: between numbers of a list that share the unit after the last: `410.000, 205.000 và 186.000 lượt khách`
_LIST_GAP = lazyre.compile(r"\s*(?:,|và|,\s*và|hoặc|lên|xuống(?:\s+còn)?)\s*")   # (`từ 14 lên 20 chuyến`: the pair too)


def _in_respective_list(scan: str, live: list[NumberMatch], i: int) -> bool:
    """Whether ``live[i]`` is the first number after `lần lượt`, or one that goes on a list of bare numbers, or of
    numbers with one and the same multiplier word, opened there (`lần lượt đạt 14,1; 8,2; 7,6 và …`); looked for a
    dozen numbers back at most (a line of bare numbers stays linear)."""
    for k in range(i, max(-1, i - 12), -1):
        if _RESPECTIVELY_BEFORE.search(scan, max(0, live[k].start - 30), live[k].start) is not None:
            return True
        # (or of numbers each said with the same multiplier word: `lần lượt 1,92 triệu, 1,64 triệu và 1,05 triệu trang`)
        if k == 0 or live[k - 1].multiplier not in (1, live[k].multiplier) or not (
                _LIST_GAP.fullmatch(scan, live[k - 1].end, live[k].start) or
                _LISTED_GAP.fullmatch(scan, live[k - 1].end, live[k].start)):
            return False
    return False


#: between the numbers of a `lần lượt` list, also a semicolon (`lần lượt đạt 14,1; 8,2; 7,6 và 3,9 triệu tấn`)
_LISTED_GAP = lazyre.compile(r"\s*;\s*(?:và\s*)?")


#: a list's items named before their numbers: `Thành Vân 119,2; Thành Tâm 117,5 bé trai/100 bé gái`
_ITEM_NAME_BEFORE = lazyre.compile(r"(?<![\p{L}\d.,])\p{Lu}\p{L}*(?:[^\S\n]+\p{Lu}\p{L}*){0,3}[^\S\n]*:?[^\S\n]*$")
_NAMED_ITEM_GAP = lazyre.compile(r"[^\S\n]*(?:[,;][^\S\n]*(?:và[^\S\n]+)?|[^\S\n]+và[^\S\n]+)"
                                r"\p{Lu}\p{L}*(?:[^\S\n]+\p{Lu}\p{L}*){0,3}[^\S\n]*:?[^\S\n]*")


def _shared_unit(text: str, scan: str, live: list[NumberMatch], i: int, r: Rules, listed: bool) -> Unit | None:
    """`lần lượt đón 410.000, 205.000 và 186.000 lượt khách`: bare numbers listed before a number with its
    unit count what it counts (numbers without a multiplier word only: `2 và 3 triệu` is not read so). So do the
    bare numbers of a list of named items (`Thành Vân 119,2; Thành Tâm 117,5 bé trai/100 bé gái`). ``listed``: whether
    the number stands in a `lần lượt` list (:func:`_in_respective_list`)."""
    found = _shared_unit_and_multiplier(text, scan, live, i, r, listed)
    return found[0] if found is not None else None


def _shared_unit_and_multiplier(text: str, scan: str, live: list[NumberMatch], i: int, r: Rules,
                                listed: bool) -> tuple[Unit, float] | None:
    """:func:`_shared_unit`, and the multiplier the number takes: its own, or after `lần lượt` the one of the list's
    last number when only that one says it (`lần lượt đạt 14,1; 8,2; 7,6 và 3,9 triệu tấn`: every item in millions)."""
    n = live[i]
    # (after `lần lượt` the numbers are a list whatever the noun after the last: `lần lượt 285, 251 và 240 công dân`;
    # and numbers said with one multiplier word each are a list too: `lần lượt 4,2 triệu và 3,6 triệu bưu gửi`)
    if n.multiplier != 1 and not listed:
        return None
    named = _ITEM_NAME_BEFORE.search(text, max(0, n.start - 40), n.start) is not None
    # (items that each say their label and the same verb before their number: `mầm non thiếu 74, tiểu học thiếu 81 và
    # THCS thiếu 31 giáo viên`)
    verb = _VERB_BEFORE.search(scan, max(0, n.start - 20), n.start)
    said = verb.group("v").lower() if verb is not None and verb.group("v").lower() not in _NOT_ITEM_VERBS else None
    # (or acts, each its own verb and its number, the last number saying the thing they were done to: `xây mới 21 và
    # nâng cấp 37 nhà vệ sinh`; whether the first is one is asked only at a gap that joins two acts, which most numbers
    # never reach)
    acted: bool | None = None
    by_act = False      # (whether some item was joined only as an act of its own)
    j = i
    while j + 1 < len(live) and (live[j + 1].multiplier == n.multiplier or listed and n.multiplier == 1 and
                                 all(x.multiplier == 1 for x in live[i:j + 1])):
        a, b = live[j].end, live[j + 1].start
        if not (_LIST_GAP.fullmatch(scan, a, b) or listed and _LISTED_GAP.fullmatch(scan, a, b) or
                named and _NAMED_ITEM_GAP.fullmatch(text, a, b) or
                said is not None and _same_verb_item(scan, a, b, said)):
            if _ACT_ITEM_GAP.fullmatch(scan, a, b) is None:
                break
            if acted is None:
                acted = _acted_before(scan, n.start)
            if not (acted and _acted_before(scan, b)):
                break
            by_act = True
        j += 1
        if live[j].multiplier != n.multiplier and _unit_at(text, scan, live[j].end, r, allow_segment=listed) is None:
            return None     # (a list of bare numbers says its multiplier once, with its last number and its unit)
        unit = _unit_at(text, scan, live[j].end, r, allow_segment=listed)
        if unit is not None:
            if by_act and unit.kind not in ("count", "measure"):
                return None     # (acts share a thing counted or measured, not a share: `độ 2 và chiếm 34,9%`)
            return Unit(unit.text, unit.kind, n.end, n.end, "shared"), live[j].multiplier
    return None


#: the word right before a number, and the words that are no verb an item says (prepositions, qualifiers, copulas)
_VERB_BEFORE = lazyre.compile(r"(?<!\w)(?P<v>\p{Ll}+)[^\S\n]+$")
_NOT_ITEM_VERBS = frozenset({"là", "có", "với", "và", "của", "trong", "từ", "đến", "tới", "khoảng", "gần", "hơn", "trên",
                             "dưới", "mới", "chỉ", "còn", "được", "cho", "tại", "ở", "năm", "tháng", "ngày", "số", "lên",
                             "xuống", "quý", "lượt", "đợt", "thứ"})
#: the gap between two items that each say a label and a verb: `, tiểu học thiếu ` (no number, a few words)
_ITEM_LABEL_GAP = lazyre.compile(r"[^\S\n]*(?:,|;|và|,[^\S\n]*và)[^\S\n]+(?P<w>(?:[\p{L}][\p{L}\d]*[^\S\n]+){1,4}?)"
                                 r"(?P<v>\p{Ll}+)[^\S\n]+")


#: the words that end an act right before its number, `xây mới `, `nâng cấp `: a verb (a word that is no
#: preposition, qualifier or copula), or `mới` after one (`trồng mới`, `cấp mới`)
_ACT_BEFORE = lazyre.compile(r"(?<!\w)(?P<w>\p{Ll}+)(?:[^\S\n]+(?P<v>\p{Ll}+))?[^\S\n]+$")
#: the gap between two acts, each with its number: `và` then one to three words of the next act
_ACT_ITEM_GAP = lazyre.compile(r"[^\S\n]*,?[^\S\n]*và[^\S\n]+(?:\p{Ll}+[^\S\n]+){1,3}")
#: words before a number that names a grade or a numbered thing, no act done to it (`mức 1`, `độ 2`, `tổ 5`)
_GRADE_WORDS = frozenset({"mức", "độ", "loại", "hạng", "nhóm", "tổ", "khu", "bậc", "lô", "tầng", "phòng",
                          "lớp", "khóa", "đội", "ấp", "thôn", "khóm", "xóm", "bản", "đoạn", "tuyến", "khoản", "điều",
                          "mục", "phần", "chương", "giai", "vòng", "kỳ", "ca", "hệ", "top", "nhất", "cỡ", "size"})


def _acted_before(scan: str, at: int) -> bool:
    """Whether the words right before the number at ``at`` end an act done to it (`xây mới 21`, `nâng cấp 37`): a verb,
    or `mới` after a verb; not a preposition, a qualifier or a copula (`có 21`, `khoảng 37`)."""
    m = _ACT_BEFORE.search(scan, max(0, at - 30), at)
    if m is None:
        return False
    last = (m.group("v") or m.group("w")).lower()
    if last == "mới" and m.group("v") is not None:
        return m.group("w").lower() not in _NOT_ITEM_VERBS and m.group("w").lower() not in ("vừa", "mới", "đổi")
    return last not in _NOT_ITEM_VERBS and last not in _GRADE_WORDS


def _same_verb_item(scan: str, a: int, b: int, verb: str) -> bool:
    """Whether ``scan[a:b]`` goes on to the next item of a list whose items each say their label and ``verb`` before
    their number."""
    m = _ITEM_LABEL_GAP.fullmatch(scan, a, b)
    return m is not None and m.group("v").lower() == verb


#: a rate named by its two nouns before a bare number of its clause (`Tỷ lệ giáo viên/lớp ở bậc tiểu học chỉ đạt 1,21`)
_NAMED_RATE = lazyre.compile(r"(?<!\w)(?:tỷ|tỉ)[^\S\n]+lệ[^\S\n]+"
                             r"(?P<u>\p{L}+(?:[^\S\n]+\p{L}+)?[^\S\n]*/[^\S\n]*\p{L}+(?:[^\S\n]+(?:dân|khẩu))?)"
                             r"(?![^\S\n]*/)[^\d;:()\n]{0,60}?(?<!\w)(?:đạt|là|ở\s+mức|còn|mới\s+có)[^\S\n]+$",
                             regex.IGNORECASE)


def _unit_of_named_rate(text: str, scan: str, n: NumberMatch, s_start: int) -> Unit | None:
    """`Tỷ lệ giáo viên/lớp ở bậc tiểu học chỉ đạt 1,21`: a bare number its clause's rate names by its two nouns is in
    that rate's unit (FIGURES.md §3, Rates: a measure whose unit keeps its denominator)."""
    if n.multiplier != 1:
        return None
    m = _NAMED_RATE.search(scan, max(s_start, n.start - 100), n.start)
    if m is None:
        return None
    return Unit(_SPACES.sub(" ", text[m.start("u"):m.end("u")]).replace(" /", "/").replace("/ ", "/"), "measure",
                n.end, n.end, "named_rate")


#: `lần lượt` (with a verb or `là` after it) right before the first number of a list
_RESPECTIVELY_BEFORE = lazyre.compile(r"(?<!\w)lần\s+lượt(?:\s+(?:là|\p{L}+(?:\s+\p{L}+)?))?\s*$", regex.IGNORECASE)


def _listed_after(scan: str, n: NumberMatch, prior: list[Draft]) -> Unit | None:
    """`Số đoàn viên tham gia ở ba huyện lần lượt là 46, 38 và 31`: a bare number listed right after a figure whose
    unit was named before it (`Số đoàn viên … là 46`) counts the same thing."""
    if not prior or n.multiplier != 1:
        return None
    last = prior[-1]
    if last.end != last.number.end or last.kind not in ("count", "measure") or last.number.multiplier != 1 or \
            not _LIST_GAP.fullmatch(scan, last.end, n.start):
        return None
    return Unit(last.unit, last.kind, n.end, n.end, "shared")


def _named_item_after(text: str, n: NumberMatch, s_start: int, prior: list[Draft]) -> Unit | None:
    """`TP Hồ Chí Minh có mức sinh thấp nhất cả nước với 1,39 con/phụ nữ, tiếp đến là Bình Dương (1,45) và Đồng Nai
    (1,52)`: a bare number alone in the brackets after a name that the list goes on with, right after a figure of its
    sentence, is what that figure is (and so after a superlative that opens the list: `Cả nước cấp 1.126.480 hộ chiếu,
    nhiều nhất là Hà Nội (125.300), TP Hồ Chí Minh (98.200)`)."""
    if not prior or n.multiplier != 1:
        return None
    last = prior[-1]
    if last.start < s_start or last.kind not in ("count", "measure", "money") or \
            _NAMED_ITEM_THEN_BRACKET.fullmatch(text, max(last.end, last.attr_end), n.start) is None or \
            not _BARE_SHARE_CLOSE.match(text, n.end):
        return None
    return Unit(last.unit, last.kind, n.end, n.end, "shared")


def _named_items_on(text: str, n: NumberMatch, s_start: int, prior: list[Draft]) -> Unit | None:
    """`huyện Tân Kỳ 12.500 khách hàng, huyện Anh Sơn 9.800, huyện Con Cuông 7.200`: a list of named items whose
    first number has its unit goes on with bare numbers after the next names, and they count what the first counts
    (numbers without a multiplier word only: `500 triệu đồng, Anh Sơn 450` is not read so)."""
    if not prior or n.multiplier != 1:
        return None
    last = prior[-1]
    # (after an item said with a multiplier word, `Hà Nội 1,1 triệu`, only a bare number of thousands or more, of the
    # same size, is the item's whole amount, `Bình Dương 486.000`: `500 triệu đồng, Anh Sơn 450` elides the word)
    written_out = last.number.multiplier != 1 and n.value >= 1000 and 0.01 <= n.value / last.value <= 100
    if last.start < s_start or last.kind not in ("count", "measure", "money") or \
            (last.number.multiplier != 1 and not written_out) or \
            last.end != last.attr_end or _LIST_ITEM_NAME_GAP.fullmatch(text, last.end, n.start) is None or \
            _LIST_ITEM_NAME_BEFORE.search(text, max(s_start, last.start - 50), last.start) is None or \
            not _BARE_ITEM_CLOSE.match(text, n.end, n.end + 8):
        return None
    return Unit(last.unit, last.kind, n.end, n.end, "shared")


def _unit_of_lead_bracket(text: str, scan: str, n: NumberMatch, s_start: int, r: Rules) -> Unit | None:
    """`Giá gas bán lẻ một số thương hiệu (đồng/bình 12kg): Petrolimex 470.000; Saigon Petro 446.000`: the bare
    numbers of named items listed after a lead whose bracket, right before its colon, gives the unit are in it."""
    start = max(s_start, n.start - _LEAD_LIST_REACH)     # (no search back to the start of a figure-dense line)
    if scan.find(":", start, n.start) < 0:
        return None
    lead = _LEAD_UNIT_LIST.search(scan, start, n.start)
    if lead is None:
        return None
    unit = _unit_at(text, scan, lead.start("u"), r)
    if unit is None or unit.end > lead.end("u") + 1:
        return None
    name, end = unit.text, unit.end
    slash = _PER_SLASH.match(scan, unit.end) if unit.kind == "money" else None
    word = _PER_WORD.match(scan, slash.end()) if slash is not None else None
    if word is not None and word.end() <= lead.end("u"):
        name, end = f"{name}/{text[word.start():word.end()]}", word.end()   # (a price's denominator: `đồng/bình`)
    if not _UNIT_BRACKET_REST.fullmatch(scan, end, lead.end("u")):
        return None     # (a bracket that names something, `(ICT index)`, gives no unit)
    return Unit(name, unit.kind, n.end, n.end, "shared")


def _unit_of_lead_count(text: str, scan: str, n: NumberMatch, s_start: int, r: Rules) -> Unit | None:
    """`Số trạm BTS của các doanh nghiệp lần lượt là: Viettel 1.250, VNPT 980, MobiFone 640`: the bare numbers of named
    items listed after a lead that opens with `Số <noun>` (`Tổng số`, `Số lượng`) and ends with `lần lượt là` or a colon
    count that noun (FIGURES.md §3, lists that share one indicator)."""
    if n.multiplier != 1:
        return None
    lead = _LEAD_COUNT_LIST.search(scan, max(s_start, n.start - _LEAD_LIST_REACH), n.start)
    return _counted_in_lead(text, scan, lead, n, r) if lead is not None else None


def _counted_in_lead(text: str, scan: str, lead: regex.Match[str], n: NumberMatch, r: Rules) -> Unit | None:
    """The count noun a list's lead names in its group ``u`` (the unit there, no more than the group), as the unit of
    the bare number ``n`` that one of its items has; None when the group opens with no count noun."""
    unit = _unit_at(text, scan, lead.start("u"), r)
    if unit is None or unit.kind != "count" or unit.end > lead.end("u") + 1:
        return None
    return Unit(unit.text, unit.kind, n.end, n.end, "shared")


def _unit_of_place_list(text: str, scan: str, n: NumberMatch, s_start: int, r: Rules,
                        prior: list[Draft] = ()) -> Unit | None:
    """`Các địa phương dẫn đầu về số người nộp thuế … là TP Hồ Chí Minh (14.275), Hà Nội (11.902)`, `Một số địa phương
    còn nhiều biên chế chưa tuyển như Hà Nội (4.816), Nghệ An (2.310)`: a bare whole number (or one in millions, `Phật
    giáo (14,1 triệu)`) alone in the brackets after a name, in a list a lead opens with `là`/`như`/`gồm`/a colon,
    counts what the lead says the places have the number (`số …`) or much (`nhiều …`) of (FIGURES.md §3, lists that
    share one indicator)."""
    if n.multiplier == 1 and not float(n.value).is_integer():
        return None
    bracketed = _BARE_IN_BRACKETS.match(scan, n.end) is not None
    if n.multiplier != 1 and not bracketed:
        # (a number in millions counts the lead's thing only alone in its brackets: `Các tôn giáo có số tín đồ đông nhất
        # lần lượt là Phật giáo (14,1 triệu), Công giáo (7,2 triệu)`)
        return None
    if bracketed:
        most = _MOST_THEN_BRACKETS.search(scan, max(s_start, n.start - _LEAD_LIST_REACH), n.start)
        if most is not None:
            # (`Quận Hoàng Mai có nhiều câu lạc bộ nhất (186), tiếp đến là huyện Đông Anh (172)`: the place said to have
            # the most, its number in brackets after `nhất`, then the places after it)
            return _counted_in_lead(text, scan, most, n, r)
        item = _NAMED_BRACKET_BEFORE.search(scan, max(s_start, n.start - 60), n.start)
    elif _BARE_ITEM_CLOSE.match(scan, n.end, n.end + 8) is not None:
        # (or each name with its bare number: `nhiều cơ sở bị đình chỉ nhất là Đống Đa 214, Thanh Xuân 187`)
        item = _NAMED_BARE_BEFORE.search(scan, max(s_start, n.start - 60), n.start)
    else:
        return None
    if item is None:
        return None
    lead = _PLACE_LIST_LEAD.search(scan, s_start, item.start() + 1) or \
        _SPREAD_LIST_LEAD.search(scan, s_start, item.start() + 1)
    if lead is not None and _MOST_ALONE.match(lead.group("u")):
        # `… cấp hơn 5,4 triệu thị thực điện tử …. Các quốc tịch được cấp nhiều nhất lần lượt là Trung Quốc (1,12
        # triệu), Ấn Độ (532.000)`: `nhiều nhất` with no noun of its own counts what the count before the list counts,
        # in its paragraph (`nhất` is no thing counted)
        whole = next((d for d in reversed(prior) if d.end <= s_start), None)
        if whole is None or whole.kind != "count" or "\n" in scan[whole.end:s_start]:
            return None
        return Unit(whole.unit, "count", n.end, n.end, "shared")
    return _counted_in_lead(text, scan, lead, n, r) if lead is not None else None


#: what closes a bare number's bracket, the name before its opening, and a list's lead that says what its places have the
#: number or much of, up to `là`/`như`/`gồm`/a colon, then any items before
_BARE_IN_BRACKETS = lazyre.compile(r"[^\S\n]*\)")
#: (a name may go on in small letters after its capital, `Phật giáo (`, `Công giáo (`, and have an aside of its own in
#: brackets, `Đài Loan (Trung Quốc) (`)
_NAMED_BRACKET_BEFORE = lazyre.compile(r"\p{Lu}[\p{L}.]*(?:[^\S\n]+\p{L}[\p{L}.]*){0,4}"
                                       r"(?:[^\S\n]*\([^\S\n]*\p{Lu}[^()\n\d]{0,30}\))?[^\S\n]*\([^\S\n]*$")
#: the superlative alone, where a list's lead names no thing (`nhiều nhất lần lượt là`)
_MOST_ALONE = lazyre.compile(r"nhất(?!\w)")
_NAMED_BARE_BEFORE = lazyre.compile(r"(?<=(?:^|[,:;]|(?<!\w)(?:là|gồm|như|và))[^\S\n]*)\p{Lu}[\p{L}.]*"
                                    r"(?:[^\S\n]+\p{Lu}[\p{L}.]*){0,4}[^\S\n]+$")
_PLACE_LIST_LEAD = lazyre.compile(r"(?i)(?<!\w)(?:(?:về|có)[^\S\n]+số(?:[^\S\n]+lượng)?|nhiều|"
                                  # (or a clause that opens with `số`: `Phân theo địa bàn, số trường hợp vi phạm gồm: Hải
                                  # Châu (298), …`; not `một số`, `tỷ số`)
                                  r"(?<!\p{L}[^\S\n]{1,3})số(?:[^\S\n]+lượng)?)[^\S\n]+"
                                  # (what they have may be named by its initials: `nhiều GPLX nhất là`)
                                  r"(?P<u>(?-i:\p{Ll}|\p{Lu}{2,}(?!\p{Ll}))[^\d;:()\n]{0,80}?)"
                                  r"(?:[^\S\n]+(?:là|như|gồm)[^\S\n]*:?|[^\S\n]*:)[^\S\n]+"
                                  r"(?:[^;:()\n\d]{1,40}(?:\([^\S\n]*\p{Lu}[^()\n\d]{0,30}\)[^\S\n]*)?"
                                  r"(?:\([^()\n]{1,20}\)|[^\S\n]\d[\d.,]*)[^\S\n]*(?:,|và)[^\S\n]*)*\p{Lu}")


#: a place said to have the most of a thing, its bare number in brackets right after `nhất`, then any places after it
#: each with its own (`Quận Hoàng Mai có nhiều câu lạc bộ nhất (186), tiếp đến là huyện Đông Anh (`)
_MOST_THEN_BRACKETS = lazyre.compile(r"(?i)(?<!\w)(?:có|với)[^\S\n]+nhiều[^\S\n]+(?P<u>(?-i:\p{Ll})[^\d;:()\n]{0,60}?)"
                                     r"[^\S\n]+nhất[^\S\n]*\([^\S\n]*(?:\d[\d.,]*[^\S\n]*\)[^;:()\n\d]{1,60}?\([^\S\n]*)*$")


#: a lead that says where things are spread, opening with them (`Các doanh nghiệp nợ lương tập trung tại các huyện `), then
#: any items before (`Trảng Bom (4), `), up to the name of this one
_SPREAD_LIST_LEAD = lazyre.compile(r"(?i)(?<!\w)(?:các|những)[^\S\n]+(?P<u>(?-i:\p{Ll})[^\d;:()\n]{0,60}?)[^\S\n]+"
                                   + SPREAD_AT + r"[^\S\n]+(?:(?:các|những)[^\S\n]+(?:huyện|xã|phường|quận|tỉnh|"
                                   r"địa[^\S\n]+phương)[^\S\n]*:?[^\S\n]+)?"
                                   r"(?:[^;:()\n\d]{1,40}\([^()\n]{1,20}\)[^\S\n]*(?:,|và)[^\S\n]*)*\p{Lu}")
#: a lead `Số <noun> … lần lượt là:` (or a colon), then named items (capitalised) each with its bare number, up to the
#: name of this one
_LEAD_COUNT_LIST = lazyre.compile(r"(?<!\w)(?<!\p{L}\s)(?:[Ss]ố(?:\s+lượng)?|[Tt]ổng\s+số)\s+"    # (not `một số`, `tỷ số`)
                                 # (the lead may give its year: `năm 2024`)
                                 r"(?P<u>\p{Ll}(?:[^\d;:\n()]|(?<!\d)(?:19|20)\d\d(?!\d)){0,60}?)"
                                 r"(?:\s+lần\s+lượt(?:\s+là)?[^\S\n]*:?|[^\S\n]*:)[^\S\n]*"
                                 r"(?:\p{Lu}[^\d;,:\n()]{0,40}?[^\S\n]+\d[\d.,]*[^\S\n]*(?:[;,]|[^\S\n]+và)[^\S\n]*)*"
                                 r"\p{Lu}[^\d;,:\n()]{0,40}?[^\S\n]+$")


#: how far back from a bare number its lead's bracket and colon are looked for
_LEAD_LIST_REACH = 400
#: what may follow the unit in a lead's bracket: nothing, or the size it is for (`đồng/bình 12kg`)
_UNIT_BRACKET_REST = lazyre.compile(r"(?:[^\S\n]*\d[\d.,]*[^\S\n]*[^\W\d_]+)?[^\S\n]*")
#: a lead's unit in brackets before its colon, then named items each with its number, up to the name of this one
_LEAD_UNIT_LIST = lazyre.compile(r"\([^\S\n]*(?P<u>[^()\n\d][^()\n]{0,30}?)[^\S\n]*\)[^\S\n]*:[^\S\n]*"
                                r"(?:[^\d;,:\n()]{1,40}?[^\S\n]+\d[\d.,]*[^\S\n]*[;,][^\S\n]*)*"
                                r"[^\d;,:\n()]{1,40}?[^\S\n]*$")


_LEVEL_WORD = r"(?:(?:tỉnh|thành\s+phố|TP\.?|huyện|thị\s+xã|quận|xã|phường|thị\s+trấn|môn|ngành)[^\S\n]+)?"
#: (a proper name, `Anh Sơn`, or a name written in sentence case, `Lịch sử`, `Địa lý`: a school subject, a sector)
_ITEM_NAME = r"\p{Lu}\p{L}*(?:(?:[^\S\n]+\p{Lu}\p{L}*){0,3}|(?:[^\S\n]+\p{Ll}\p{L}*){1,3})"
#: the next item's name between a figure and a bare number (`, huyện Anh Sơn `, ` và Con Cuông `)
_LIST_ITEM_NAME_GAP = lazyre.compile(rf"[^\S\n]*(?:[,;][^\S\n]*(?:(?:và|(?:tiếp|kế)[^\S\n]+(?:đến|theo)"
                                    rf"(?:[^\S\n]+là)?)[^\S\n]+)?|[^\S\n]+và[^\S\n]+){_LEVEL_WORD}{_ITEM_NAME}[^\S\n]*:?[^\S\n]*")
#: the first item's name right before its figure (`: huyện Tân Kỳ `, `trong đó huyện Bình Sơn `, `tại huyện Ba Vì `)
_LIST_ITEM_NAME_BEFORE = lazyre.compile(r"(?:^|[:,;(]|[^\S\n]và|(?<!\w)(?:trong[^\S\n]+đó|gồm(?:[^\S\n]+có)?|như|tại|ở|"
                                       r"(?:tiếp|kế)[^\S\n]+(?:đến|theo)(?:[^\S\n]+là)?|(?:nhất|đầu)[^\S\n]+là))"
                                       rf"[^\S\n]*{_LEVEL_WORD}{_ITEM_NAME}[^\S\n]*:?"
                                       # (the first item may say its verb: `huyện Ba Vì có 3.200 trẻ, huyện Phúc Thọ 2.800`,
                                       # `Nhiều nhất là Hà Nội với 47 sự cố, tiếp đến Phú Thọ 22`)
                                       r"(?:[^\S\n]+(?:có|đạt|là|với))?[^\S\n]*$")
#: what may follow an item's bare number: the next item, the end of the clause or sentence
_BARE_ITEM_CLOSE = lazyre.compile(r"[^\S\n]*(?:[,;.)]|và(?!\w)|$)")


#: `…, tiếp đến là Bình Dương (` / `) và Đồng Nai (`: a list going on with a name and the bracket of its bare number
_NAMED_ITEM_THEN_BRACKET = lazyre.compile(
    # (or the first of them after a superlative: `…, nhiều nhất là Hà Nội (`, `cao nhất là Bắc Ninh (`)
    # (the figure's own words before the comma: `1.250 tình nguyện viên tham gia, nhiều nhất là các huyện Lục Ngạn (`)
    r"(?:[^\S\n]+\p{Ll}+){0,4}?"
    # (or the words that say where, then `như` before the examples: `642 cơ sở nằm ở các địa phương có khu công nghiệp
    # như TP. Biên Hòa (`)
    r"(?:(?:[^\S\n]+\p{Ll}+){0,8}?[^\S\n]+như(?=[^\S\n]))?"
    r"[^\S\n]*\)?[^\S\n]*(?:[,;][^\S\n]*)?(?:(?:tiếp\s+(?:đến|theo)\s+là|sau\s+đó\s+là|và|"
    r"(?:(?:nhiều|cao|lớn|thấp|ít|đông)\s+nhất|dẫn\s+đầu|đứng\s+đầu)(?:\s+(?:là|thuộc\s+về|ở|tại))?[^\S\n]*:?)[^\S\n]+)?"
    r"(?:(?:các|những)[^\S\n]+(?:tỉnh|thành\s+phố|huyện|thị\s+xã|quận|địa\s+phương)(?:,[^\S\n]*(?:thành\s+phố|thị\s+xã))?"
    r"[^\S\n]*:?[^\S\n]+)?"
    # (communes too: `4 điểm: xã Pả Vi (286 thí sinh), xã Lũng Pù (`; an urban district by its number: `và quận 7 (`)
    r"(?:(?:(?:tỉnh|thành\s+phố|TP\.?|huyện|thị\s+xã|quận|xã|phường|thị\s+trấn)[^\S\n]+)?\p{Lu}\p{L}*"
    r"(?:[^\S\n]+\p{Lu}\p{L}*){0,3}|(?:[Qq]uận|[Pp]hường)[^\S\n]+\d{1,2})[^\S\n]*\([^\S\n]*")


def _shared_rates(drafts: list[Draft]) -> None:
    """`Thành Vân 119,2; Thành Tâm 117,5 bé trai/100 bé gái`: a number that shares the unit of a later item shares
    the denominator that unit has there (the rate is read at the item that writes it)."""
    for k, d in enumerate(drafts):
        if d.rule != "shared" or "/" in d.unit:
            continue
        for e in drafts[k + 1:k + 12]:
            if e.rule != "shared" and e.unit.lower().startswith(d.unit.lower() + "/"):
                d.kind, d.unit, d.per = e.kind, e.unit, e.per
                break
            if e.rule != "shared":
                break


def _level_reached_unit(text: str, scan: str, live: list[NumberMatch], i: int, r: Rules) -> Unit | None:
    """`Số nhà hảo tâm giảm từ 70 xuống còn 48 người`: the level a change went from, a bare number, is counted in the
    unit said once with the level it reached (before what `số` names: a noun of its own words, `nhà hảo tâm`, may count
    people)."""
    n = live[i]
    if i + 1 >= len(live) or live[i + 1].multiplier != n.multiplier or \
            _FROM_END.search(scan, max(0, n.start - 4), n.start) is None or \
            _TO_GAP.fullmatch(scan, n.end, live[i + 1].start) is None:
        return None
    unit = _unit_at(text, scan, live[i + 1].end, r)
    return Unit(unit.text, unit.kind, n.end, n.end, "shared") if unit is not None else None


def _paragraph_start(scan: str, pos: int) -> int:
    return scan.rfind("\n", 0, pos) + 1


def _named_before(text: str, scan: str, start: int, s_start: int, r: Rules) -> Unit | None:
    """`Số doanh nghiệp thành lập mới là 1.200`: the unit that `số …` named earlier in the clause."""
    cues = [rx for _, rx in r.attributes_of.get("named", ())]
    if not cues:
        return None
    # (a bracket closed before the number is an aside of the clause: `Số thuê bao băng rộng cố định (FTTH) đạt 5,84
    # triệu`)
    before = scan[s_start:start]
    if ")" in before:
        before = _ANY_BRACKET.sub(lambda m: " " * len(m.group()), before)
    clause_start = s_start + max(0, *(before.rfind(c) + 1 for c in ",;:("))
    seg = scan[clause_start:start]
    if not _LINK_VERB_END.search(seg) and not _COUNT_LABEL.fullmatch(seg):
        return None
    for rx in cues:
        for m in rx.finditer(scan, clause_start, start):
            u = _unit_at(text, scan, m.end(), r)
            if u is not None and u.kind == "count":
                return u
    return None


#: between two items of a `lần lượt` list (`, `, ` và `), and the cue with a qualifier right before its first item
_LIST_GOES_ON = lazyre.compile(r"[^\S\n]*(?:,|;|,?[^\S\n]+và)[^\S\n]*")
_RESPECTIVELY_QUALIFIED = lazyre.compile(r"(?i)(?<!\w)lần[^\S\n]+lượt(?:[^\S\n]+(?:là|đạt|có|ở[^\S\n]+mức))?[^\S\n]*:?"
                                         r"[^\S\n]+(?:khoảng|gần|hơn|trên|xấp[^\S\n]+xỉ|ước(?:[^\S\n]+đạt)?)[^\S\n]*$")


def _finish(d: Draft, text: str, scan: str, masked: str, live: list[NumberMatch], i: int, consumed: set[int],
            s_start: int, s_end: int, r: Rules, prior: Sequence[Draft] = ()) -> Draft:
    q = _qualifier(scan, d.start, d.number.end, r)
    if q:
        d.approx = q[1]
        d.why["approx"] = f"qualifiers.toml [{q[0]}]"
    if d.number.form == "approx":
        d.approx = "about"
    if d.approx == "exact" and prior and prior[-1].approx not in ("exact", None) and \
            prior[-1].start >= s_start and _LIST_GOES_ON.fullmatch(scan, prior[-1].end, d.start) is not None and \
            _RESPECTIVELY_QUALIFIED.search(scan, max(s_start, prior[-1].start - 40), prior[-1].start) is not None:
        # `lần lượt khoảng 1.400 và 1.700 người`: the qualifier said before a `lần lượt` list is each item's
        d.approx = prior[-1].approx
        d.why["approx"] = "its list's, said before the first item"
    opened_by_from = d.approx == "exact" and _FROM_END.search(scan, max(0, d.start - 4), d.start) is not None
    for name, approx, rx, rx_from in r.qualifiers_after:
        if d.approx == "exact" and (rx.match(scan, d.end, d.end + 30) or opened_by_from and rx_from is not None
                                    and rx_from.match(scan, d.end, d.end + 200)):
            d.approx = approx                  # `từ 8% trở lên`
            d.why["approx"] = f"qualifiers.toml [{name}]"
            break
    if d.kind in ("count", "measure"):
        _rate(d, text, scan, r)
        if d.kind == "count":
            _rate_said_around(d, text, scan, s_start, r)
        if d.kind == "count":
            _rate_per_each_before(d, text, scan, s_start)
    elif d.kind == "money":
        _money_rate(d, text, scan, r)
        _money_per_unit_before(d, scan, s_start)
    if opened_by_from and d.approx == "exact" and d.kind == "money" and "/" in d.unit and d.value_max is None and \
            _BOUND_GOES_ON.match(scan, d.end) is None and \
            _CHANGED_FROM.search(scan, max(s_start, d.number.start - 40), d.number.start) is None:
        # `du thuyền ngắm vịnh từ 450.000 đồng/người`: a price that prices start from, with no upper end and no level
        # it changed to, is a floor
        d.approx = "at_least"
        d.why["approx"] = "a price said from its lower end (`từ … đồng/người`)"
    _attributes(d, text, masked, live, i, consumed, s_end, r, _Earlier(prior, s_start), plain=scan)
    # (a change after times counted is theirs: `với 1.236 lần thao tác, tăng 21% so với năm trước`)
    acts = d.change is not None and d.unit.lower() == "lần" and d.number.form != "multiple" and \
        _TIMES_BEFORE.search(scan, max(s_start, d.start - 40), d.start) is None and \
        _ACT_AFTER_TIMES.match(scan, d.end) is not None
    if d.kind == "multiple" and (d.change is None or acts) and (d.unit.lower() != "lần" or (
            d.number.form != "multiple" and _times_counted(scan, s_start, d))):
        d.kind = "count"    # `xét nghiệm 1,26 triệu lần`, `vận động 3 lần`: times counted, no multiple of a thing
        d.why["kind"] = "a count of times (`lần` not after `gấp`)"
        _rate(d, text, scan, r)     # (`thu gom 2 lần/ngày`: times per a span, a frequency)
        if d.kind == "count" and d.unit.lower() == "lần" and not float(d.value).is_integer():
            # `Hệ số nợ phải trả trên vốn chủ sở hữu là 0,59 lần`, `SAIFI đạt 2,31 lần`: no act happens a fraction of a
            # time; a fraction of `lần` is a ratio, measured
            d.kind = "measure"
            d.why["kind"] = "a ratio (a fraction of `lần`, not after `gấp`)"
    d.status = _status(scan, s_start, d, r, s_end)
    d.why.setdefault("kind", f"units.toml [{d.rule}]" if d.rule not in ("rank", "elided", "shared", "index") else d.rule)
    d.why.setdefault("unit", d.why["kind"])
    return d


#: what a share of the work done names after its percent (`đạt 92% khối lượng.`, `đạt 80% tiến độ`): progress, never
#: a share of an amount of money (not a volume named, `bằng 80% khối lượng gọi thầu`)
_WORK_DONE = lazyre.compile(r"\s*(?:khối\s+lượng(?:\s+(?:công\s+việc|thi\s+công|xây\s+lắp))?(?=\s*(?:[.,;)]|$))|tiến\s+độ)(?!\w)",
                           regex.IGNORECASE)
#: a share said as the part completed (`doanh thu 980 tỷ đồng, hoàn thành 104% kế hoạch`), and the plan it must name
#: to be the figure's share, said bare or with its year or giver (not the work's progress, `hoàn thành 80% khối lượng`,
#: nor a plan of something else, `thành lập 3 CĐCS, hoàn thành 100% chỉ tiêu thu kinh phí công đoàn`)
_COMPLETED_GAP = lazyre.compile(r"(?<!\w)hoàn\s+thành\s*$", regex.IGNORECASE)


def _completed_of_no_plan(gap: str, scan: str, end: int) -> bool:
    """Whether ``gap`` ends in `hoàn thành` and the percent ending at ``end`` names no plan after it (see
    _PLAN_NAMED): the work's progress or another thing's plan, no share of the figure's plan."""
    return _COMPLETED_GAP.search(gap) is not None and not _PLAN_NAMED.match(scan, end, end + 80)


#: the plan a completed share must name (see _COMPLETED_GAP)
_PLAN_NAMED = lazyre.compile(r"\s*(?:kế\s+hoạch|chỉ\s+tiêu|dự\s+toán|mục\s+tiêu)"
                         r"(?:\s+(?:năm(?:\s+(?:19|20)\d\d)?|cả\s+năm|năm\s+nay|đề\s+ra|được\s+giao|"
                         r"(?:tỉnh|huyện|cấp\s+trên)\s+giao|giao|của\s+(?:tỉnh|huyện|công\s+ty)))*\s*(?:[.,;()]|$)",
                         regex.IGNORECASE)
#: the figure's words, then `trên` before the quota it is said out of (`18 học viên ngành … trên `), and the quota's noun
_OUT_OF_GAP = lazyre.compile(r"(?:[^\S\n]+\p{L}+){0,10}?[^\S\n]+trên[^\S\n]+", regex.IGNORECASE)
_QUOTA_NOUN = lazyre.compile(r"chỉ\s+tiêu", regex.IGNORECASE)
#: a thing the figure's words name, then its size by its adjective (`… lên đỉnh Fansipan cao `; not by its noun, `với
#: tổng chiều dài 41,3 km`, a measure of its own), and the units of length
_SIZE_OF_A_THING_GAP = lazyre.compile(r"(?:[^\S\n]+\p{L}+){1,12}?[^\S\n]+(?<!(?:chiều|độ|bề)[^\S\n]+)(?:cao|dài|rộng|sâu)[^\S\n]+"
                                      r"(?:(?:khoảng|gần|hơn|trên)[^\S\n]+)?", regex.IGNORECASE)
_LENGTHS = frozenset({"m", "km", "mét", "ki-lô-mét"})
#: a rank said right after a figure (`, đứng thứ `), and the rest of its clause up to the share said after it
_RANK_AFTER_GAP = lazyre.compile(r"[^\S\n]*,[^\S\n]*(?:đứng|xếp(?:[^\S\n]+hạng)?)[^\S\n]+(?:thứ[^\S\n]+)?",
                                 regex.IGNORECASE)
_RANK_CLAUSE_REST = lazyre.compile(r"[^,;.:()\n]{0,60}(?=,[^\S\n]*chiếm(?!\w))", regex.IGNORECASE)
#: `… tại 42 trường`: where the counted ones are, a count of places after `tại`/`ở` in the figure's own words
#: (or where they were sent: `luân chuyển 5.640 bản sách xuống 18 xã`, `về 12 trường`)
_WHERE_GAP = lazyre.compile(r"(?:[^\S\n]+\p{L}+){0,8}?[^\S\n]+(?:tại|ở|xuống|về|đến|tới)[^\S\n]+(?:các[^\S\n]+)?",
                            regex.IGNORECASE)
#: between a sum of money and whom it went to (`… cho `), and a share of a sum of money said after them (`, bằng 72% kế
#: hoạch vốn`, `, đạt 85% dự toán`)
_FOR_WHOM_GAP = lazyre.compile(r"[^\S\n]+cho[^\S\n]+(?:các[^\S\n]+)?", regex.IGNORECASE)
_SHARE_OF_MONEY_AFTER = lazyre.compile(
    r"[^\S\n]*,[^\S\n]*(?:bằng|đạt|chiếm)[^\S\n]+(?:khoảng[^\S\n]+|gần[^\S\n]+|hơn[^\S\n]+)?[\d.,]+[^\S\n]*%[^\S\n]+"
    r"(?:tổng[^\S\n]+)?(?:kế[^\S\n]+hoạch[^\S\n]+vốn|dự[^\S\n]+toán|vốn|kinh[^\S\n]+phí|ngân[^\S\n]+sách|số[^\S\n]+tiền)(?!\w)",
    regex.IGNORECASE)
#: between an amount and a count of the places where or whose it is (`… tại `, `… của người dân `, `… thuộc `)
_PLACES_OF_GAP = lazyre.compile(r"(?:[^\S\n]+[^\s\d.;:()]+){0,8}?[^\S\n]+(?:tại|ở|thuộc|của(?:[^\S\n]+người[^\S\n]+dân)?|"
                                r"trên[^\S\n]+địa[^\S\n]+bàn)[^\S\n]+(?:các[^\S\n]+)?", regex.IGNORECASE)
#: a count of districts or communes (more after a comma), their names listed after it, up to the comma that goes on
_PLACE_LEVEL = r"(?:huyện|xã|tỉnh|quận|phường|thị[^\S\n]+xã|thị[^\S\n]+trấn|thôn|bản|ấp)"
_PLACE_NAME = r"(?-i:\p{Lu})\p{L}*(?:[^\S\n]+(?-i:\p{Lu})\p{L}*){0,3}"
_PLACES_COUNTED = lazyre.compile(
    r"(?:\d{1,3}|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)[^\S\n]+" + _PLACE_LEVEL +
    r"(?:[^\S\n]*,[^\S\n]*\d{1,3}[^\S\n]+" + _PLACE_LEVEL + r")*"
    r"(?:[^\S\n]+" + _PLACE_NAME + r"(?:[^\S\n]*(?:,|và)[^\S\n]*" + _PLACE_NAME + r")*)?(?=[^\S\n]*,)", regex.IGNORECASE)
#: what closes a threshold after its number, its unit or none between (`2,5 trở lên`, `15 năm trở lên`)
_THRESHOLD_AFTER = lazyre.compile(r"(?:[^\S\n]+\p{L}+)?[^\S\n]+trở[^\S\n]+(?:lên|xuống)(?!\w)", regex.IGNORECASE)
#: a part's whole after a slash, right after its number (`62/63`)
_SLASH_WHOLE = lazyre.compile(r"[^\S\n]*/[^\S\n]*\d[\d.,]*")
#: a share said right after a count of all (`1.058/1.645 bệnh viện, đạt tỷ lệ 64,3%`): its number and decimals
_SHARE_NEXT = lazyre.compile(r"[^\S\n]*,?[^\S\n]*(?:(?:đạt|chiếm|bằng|tương\s+đương)[^\S\n]+)?(?:(?:tỷ|tỉ)\s+lệ[^\S\n]+)?"
                            r"(?P<n>\d+(?:,(?P<d>\d+))?)[^\S\n]*%", regex.IGNORECASE)


def _share_of_its_own(scan: str, pos: int, live: list[NumberMatch], j: int) -> bool:
    """Whether the share said at ``pos``, after the count ``live[j]`` out of all (``live[j + 1]``), is that count's
    own: the part over the whole, as the share is rounded (`1.058/1.645 bệnh viện, đạt tỷ lệ 64,3%`: 64,32%)."""
    m = _SHARE_NEXT.match(scan, pos, pos + 48)
    if m is None or j + 1 >= len(live) or not live[j + 1].value:
        return False
    return _as_written(float(m.group("n").replace(",", ".")), len(m.group("d") or ""), live[j].value, live[j + 1].value)
_PLACE_NOUN = lazyre.compile(r"(?:trường|xã|phường|thị\s+trấn|huyện|thôn|bản|ấp|tổ\s+dân\s+phố|khu\s+phố|cơ\s+sở|điểm|doanh\s+nghiệp|"
                            r"địa\s+phương|đơn\s+vị|bệnh\s+viện|trạm\s+y\s+tế|tỉnh)(?!\w)", regex.IGNORECASE)
#: between an amount and a count of what it is for (`1.184,6 ha đất để thực hiện 212 dự án`, `500 tỷ đồng để xây dựng
#: 12 trường`): a purpose, read past; so is a count of whom the money came from (`tiếp nhận 12,86 tỷ đồng từ 415 lượt
#: tập thể, cá nhân …, tăng gấp 3 lần`)
_PURPOSE_GAP = lazyre.compile(r"(?:[^\S\n]+\p{L}+){0,3}?[^\S\n]+để[^\S\n]+(?:thực\s+hiện|xây\s+dựng|triển\s+khai|phục\s+vụ|"
                             r"đầu\s+tư|hỗ\s+trợ|làm|mua|cho)[^\S\n]+(?:các[^\S\n]+|cho[^\S\n]+)?"
                             # (or who gave it: `1,35 tỷ đồng do 4 doanh nghiệp trên địa bàn tài trợ, tăng 12,5%`)
                             r"|[^\S\n]+(?:từ|do)[^\S\n]+", regex.IGNORECASE)
#: `từ` right before a number: a bound whose `trở lên`/`trở xuống` may come later in the clause
_FROM_END = lazyre.compile(r"(?<!\w)từ\s+$", regex.IGNORECASE)
#: what makes a `từ` before a price no floor: the other end or the level it went to after it (`đến`, `lên`, `- 5`),
#: or a change said before it (`giảm từ 450.000 đồng/người xuống`)
_BOUND_GOES_ON = lazyre.compile(r"[^,;.()\n]{0,40}?(?<!\w)(?:đến|tới|lên|xuống|trở|còn)(?!\w)|\S*\s*[-–]\s*\d",
                                regex.IGNORECASE)
#: (`hạ` as a verb of lowering, not in a noun: `đông trùng hạ thảo`, `hạ tầng`, `hạ lưu`)
_CHANGED_FROM = lazyre.compile(r"(?<!\w)(?:tăng|giảm|nâng|hạ(?![^\S\n]+(?:thảo|tầng|lưu|du|thủy|sĩ|viện|tuần|long)(?!\w))|"
                               r"điều\s+chỉnh|chuyển)(?!\w)[^,;.\n]{0,30}$",
                               regex.IGNORECASE)
def _times_counted(scan: str, s_start: int, d: Draft) -> bool:
    """`vận động 3 lần`, `giảm 2 lần phun thuốc`: times counted. `lần` is a multiple only after a word of comparing
    (`gấp`, `tăng`, `vượt`), and after any but `gấp` not when an act follows it: `giảm 2 lần phun` counts sprayings."""
    before = _TIMES_BEFORE.search(scan, max(s_start, d.start - 40), d.start)
    if before is None:
        return True
    # (`gấp` anywhere in the words before says times: `tăng gấp 3-4 lần ngày thường`, a baseline after it)
    return _GAP_WORD.search(before.group()) is None and _ACT_AFTER_TIMES.match(scan, d.attr_end) is not None


#: `gấp` among the words that say times
_GAP_WORD = lazyre.compile(r"(?<!\w)gấp(?!\w)", regex.IGNORECASE)
#: a word after `N lần` that names an act (`lần phun thuốc`, `lần kiểm tra`), not a baseline or the clause going on
_ACT_AFTER_TIMES = lazyre.compile(
    r"[^\S\n]+(?!(?:so|với|năm|tháng|quý|kỳ|cùng|mức|trung|bình|con|giá|trước|ngoái|đầu|khi|sau|và|nhưng|lên|xuống|"
    r"trở|thì|đạt|là|còn|nữa|rưỡi|ở|tại|trong|của|từ|đến|tới|nên|do|vì|mà|hơn|như|lượt|ra|vào|về|qua|sang|cho|mỗi|"
    r"ngoài|khiến|làm|gây|"
    # (a limit exceeded: `vượt 3,4 lần quy chuẩn`, `tiêu chuẩn`, `ngưỡng`, `giới hạn`, `định mức`, `chỉ tiêu`)
    r"quy|tiêu|ngưỡng|giới|định|chỉ)(?!\w))(?-i:\p{Ll})")
#: `gấp` right before a number (not a thing that folds, `tờ gấp` a leaflet, `ô gấp ba tầng` an umbrella folding in three):
#: times, with or without `lần` after the number
_TIMES_SAID_BEFORE = lazyre.compile(r"(?<![\p{L}])(?<!(?:tờ|ô|dù|ghế|bàn|giường|thang)[^\S\n]+)gấp[^\S\n]+$",
                                    regex.IGNORECASE)
#: what says that the `lần` after it is a multiple (`gấp 3 lần`, `tăng gần 2 lần`, `bằng 1,5 lần`, `vượt 3,4 lần`)
_TIMES_BEFORE = lazyre.compile(r"(?<!\w)(?:gấp|tăng|giảm|bằng|hơn|cao\s+hơn|thấp\s+hơn"
                              # (`amoni vượt 3,4 lần`, `COD vượt quy chuẩn từ 1,2 đến 2,7 lần`: exceeds a limit so many times)
                              r"|vượt(?:\s+(?:quy\s+chuẩn|tiêu\s+chuẩn|mức\s+cho\s+phép|ngưỡng|giới\s+hạn)(?:\s+\p{L}+){0,3}?)?"
                              # (the standard by its code, `vượt quy chuẩn QCVN 08:2023/BTNMT từ 2 đến 3 lần`)
                              r"(?:\s+(?-i:QCVN|TCVN)\s*[\w:./-]+)?"
                              # (`giá trúng cao hơn giá khởi điểm từ 20 đến 35 lần`, `vượt kê khai từ 1,3 đến 1,8 lần`:
                              # the yardstick named between the comparison and the times)
                              r"|(?:cao\s+hơn|thấp\s+hơn|lớn\s+hơn)(?:\s+(?-i:\p{Ll}+)){1,4}?"
                              r"|vượt(?:\s+(?-i:\p{Ll}+)){1,4}?(?=\s+từ\s))"
                              r"(?:\s+(?:gấp|khoảng|gần|hơn|trên|xấp\s+xỉ|tới|đến|từ))*\s*$", regex.IGNORECASE)


class _Earlier(Sequence):
    """The drafts of ``prior`` (in text order) that start at or after ``s_start``: the sentence's figures so far,
    found only when asked for (most figures never ask: a figure-dense line stays linear)."""

    def __init__(self, prior: Sequence[Draft], s_start: int) -> None:
        self._prior, self._s_start, self._items = prior, s_start, None

    def _get(self) -> Sequence[Draft]:
        if self._items is None:
            lo = bisect.bisect_left(self._prior, self._s_start, key=_DRAFT_START)
            self._items = self._prior[lo:]
        return self._items

    def __getitem__(self, k):
        return self._get()[k]

    def __len__(self) -> int:
        return len(self._get())


_DRAFT_START = operator.attrgetter("start")


def _counts(e: Draft, noun: str) -> bool:
    """Whether ``e`` counts ``noun`` (lower case): its unit, a unit that opens with it (`vụ cháy` counts `vụ`), or
    one whose last word it is (`trẻ em` counts `em`)."""
    return e.unit.lower() == noun or _head_of(noun, e.unit) or e.unit.lower().endswith(" " + noun)


def _against(change: dict, yardstick: str | None) -> dict:
    """``change`` with the baseline said before its number (``yardstick``) when none follows it."""
    if yardstick and change["baseline"] is None:
        change["baseline"] = _SPACES.sub(" ", yardstick).strip()
    return change


def _counter_of(change_unit: str, d: Draft, earlier: Sequence[Draft], own: bool = False,
                r: Rules | None = None, said: tuple[str, int] | None = None) -> Draft | None:
    """`412 doanh nghiệp … vốn đăng ký 3.600 tỷ đồng, tăng 15 doanh nghiệp`: a change counted in a noun
    measures the figure that counts that noun. The first figure of the sentence before ``d`` that counts it and
    has no change yet, when ``d`` counts something else (or whatever ``d`` counts, with ``own``); else None. A change
    in a general noun counts its members (:func:`_members_counting`; ``said``: the scan and where the change's unit
    ends) when no figure counts the noun itself and ``d`` is none of them (`142 homestay với 1.860 giường, tăng 11 cơ
    sở`; `làm chết 3 em, …, giảm 2 người chết`)."""
    if d.kind not in ("count", "money", "measure", "rank") or \
            (not own and (_same_thing(d.unit.lower(), change_unit.lower()) or
                          (d.kind == "count" and _head_of(change_unit.lower(), d.unit)))):
        return None     # (`xử lý 358 vụ vi phạm, tăng 12 vụ`: ``d`` counts the noun itself, of a kind)
    noun = change_unit.lower()
    open_ = [e for e in earlier if e.kind in ("count", "measure") and e.change is None]
    # (changes listed after their figures go to them in order: the first that has none)
    # (`150 vụ cháy … giảm 20 vụ`: the change names the head noun)
    exact = next((e for e in open_ if _counts(e, noun)), None)
    if exact is not None or said is None or _member_of(d, noun, r):
        return exact
    kin = _members_counting(said[0], open_, noun, said[1], r)
    return kin[0] if kin else None


def _general_of(noun: str, r: Rules | None) -> str | None:
    """The general noun (units.toml entries with ``general``) that ``noun`` (lower case) is, or opens with (`người
    chết`), or None."""
    return next((g for g in r.members if noun == g or noun.startswith(g + " ")), None) if r is not None else None


def _member_of(e: Draft, noun: str, r: Rules | None) -> bool:
    """Whether ``e`` counts one of the things the general ``noun`` names: `3 em` is counted by `người`, `142
    homestay` by `cơ sở`."""
    general = _general_of(noun, r)
    return general is not None and e.unit.lower() in r.members[general]


def _members_counting(scan: str, owners: Sequence[Draft], noun: str, end: int, r: Rules | None) -> list[Draft]:
    """Of ``owners``, those counting members of the general ``noun`` (lower case) a change or its clause counts in;
    for a noun named by what befell them (units.toml ``by_deed``), only those said with the words that say it: the
    rest of ``noun`` (`người chết`), else the words after ``end``, where the change's unit ends (`giảm 2 người chết`
    of `làm chết 3 em`); of several, the one those words pick (:func:`_said_of`), else none."""
    general = _general_of(noun, r)
    kin = [e for e in owners if general is not None and e.unit.lower() in r.members[general]]
    if general is None or general not in r.by_deed or not kin:
        return kin
    rest = noun[len(general):].strip()
    if rest:
        return [e for e in kin if _said_with(scan, e, rest)]
    if len(kin) > 1:
        picked = _said_of(scan, kin, end)
        return [picked] if picked is not None else []
    said = [w for w in _words_after(scan, end) if w.split()[0].lower() not in _NOT_A_DEED]
    return kin if any(_said_with(scan, kin[0], w) for w in said) else []


#: words after a change's unit that say nothing of what befell the things counted (`giảm 5 người so với …`)
_NOT_A_DEED = frozenset({"so", "và", "với", "là", "của", "trong", "ở", "tại", "từ", "đến", "cùng", "kỳ", "năm"})


def _qualified_by(scan: str, d: Draft, earlier: Sequence[Draft]) -> Draft | None:
    """The figure right before ``d`` that ``d`` only qualifies, when it has no change yet: a change said after ``d`` is
    that figure's (:func:`_attributes`). ``d`` counts whose it is (`968 cá thể thuộc 64 loài`, `3.200 lượt học sinh
    của 27 trường`) or what an amount is given to (`186,5 tỷ đồng cho 24 công trình`), or is its average per a time
    unit (`thu gom 2,7 triệu tấn rác, bình quân 7.400 tấn/ngày`)."""
    head = earlier[-1] if earlier else None
    if head is None or head.change is not None or head.kind not in ("count", "measure", "money"):
        return None
    if d.kind == "count" and _OWNER.fullmatch(scan, head.attr_end, d.start) is not None:
        return head
    if d.kind == "count" and head.kind in ("money", "measure") and \
            _RECIPIENTS.fullmatch(scan, head.attr_end, d.start) is not None:
        return head     # `bố trí 186,5 tỷ đồng cho 24 công trình, tăng 12,4%`: the amount's, given to them
    if d.unit.lower().startswith(head.unit.lower() + "/") and \
            _AVERAGE_ASIDE.fullmatch(scan, head.attr_end, d.start) is not None:
        return head
    return None


#: between an amount and its average per a time unit: `, bình quân `, `, trung bình mỗi ngày `
_AVERAGE_ASIDE = lazyre.compile(r"[^\S\n]*(?:\p{L}+[^\S\n]+){0,2}?,[^\S\n]*(?:bình\s+quân|trung\s+bình)"
                               r"(?:[^\S\n]+mỗi[^\S\n]+\p{L}+)?(?:[^\S\n]+(?:là|đạt|khoảng|gần|hơn|trên))?[^\S\n]*",
                               regex.IGNORECASE)


#: after a share of a plan, the plan's value in money (`… kế hoạch (kế hoạch 58 tỷ đồng)`, `… kế hoạch vốn năm (58 tỷ
#: đồng)`)
_MONEY_PLAN_AFTER = lazyre.compile(r"[^.;:\n()\d]{0,40}\(\s*(?:(?:kế\s+hoạch|chỉ\s+tiêu|dự\s+toán|KH)[^()\d]{0,20})?"
                                  r"\d[\d.,]*\s*(?:nghìn|ngàn|triệu|tỷ)?\s*(?:đồng|USD)(?!\w)", regex.IGNORECASE)

#: the base of a share that is an amount of money by its noun (`đạt 1,3% quy mô gói`, `bằng 45% tổng vốn`)
_MONEY_BASE_AFTER = lazyre.compile(r"\s+(?:tổng\s+)?(?:quy\s+mô|vốn|mức\s+đầu\s+tư|kinh\s+phí|nguồn\s+vốn)(?!\w)",
                                   regex.IGNORECASE)


def _amount_of_the_plan(scan: str, end: int, d: Draft, earlier: Sequence[Draft]) -> Draft | None:
    """The amount of money in ``d``'s sentence before it that a share of a plan said in money (its value in brackets
    after the share that ends at ``end``) is of, when ``d`` counts things; else None."""
    if d.kind != "count" or (_MONEY_PLAN_AFTER.match(scan, end) is None and _MONEY_BASE_AFTER.match(scan, end) is None):
        return None
    payer = next((e for e in reversed(earlier) if e.kind == "money"), None)
    if payer is None or payer.percent is not None or payer.target is not None or \
            scan.find(";", payer.end, d.start) >= 0:
        return None
    return payer


#: what a change is of, said after it: `giảm 12,5% về số doanh nghiệp`, `tăng 1,7% … về số dự án`, `về vốn`
_ABOUT_WHAT = lazyre.compile(r"\s+về\s+(?:số\s+(?:lượng\s+)?)?(?P<n>\p{L}+(?:\s+(?!so\s+với)\p{L}+)?)", regex.IGNORECASE)
_ALLOTTED_TO = lazyre.compile(r"(?<!\w)giao\s+cho\s+(?:tỉnh\s+|huyện\s+|thành\s+phố\s+)?\p{Lu}")
_ANOTHER_NUMBER = lazyre.compile(r"\s*(?:,|và)\s*\d")
_ABOUT_CUT = lazyre.compile(r"\s+về\s+.*$", regex.IGNORECASE)
_AMOUNT_WORDS = ("vốn", "giá trị", "kim ngạch", "doanh thu", "tiền")


def _other_figure_named(scan: str, end: int, number_start: int, d: Draft, earlier: Sequence[Draft]
                        ) -> tuple[Draft | None, regex.Match[str] | None]:
    """The count of the clause other than ``d`` that the words at ``end`` name (`… số lượt tuần tra`, `… số hộ`, after
    a change or a share whose number starts at ``number_start``), with the match of those words; (None, None)."""
    obj = _CHANGE_OBJECT_NOUN.match(scan, end)
    named = _named_by(obj.group("n"), d, earlier) if obj is not None else None
    if named is None or named is d or named.kind not in ("count", "money") or \
            _SEMICOLON.search(scan, named.end, number_start):
        return None, None
    return named, obj


def _owned_head(scan: str, d: Draft, earlier: Sequence[Draft], end: int) -> Draft | None:
    """`tiêm 8.450 liều vắc xin … cho đàn lợn của 312 hộ và 18 trang trại, đạt 42,3% tổng đàn`: the figure before the
    counts of whose its things are (``d`` the last of them, joined by `và` or commas), when the share after them, whose
    base ends at ``end``, names none of their nouns; else None."""
    if d.kind != "count" or not earlier:
        return None
    chain = [d]
    k = len(earlier) - 1
    while k >= 0 and earlier[k].kind == "count" and _OWNERS_JOINED.fullmatch(scan, earlier[k].attr_end,
                                                                                chain[-1].start) is not None:
        chain.append(earlier[k])
        k -= 1
    if k < 0:
        return None
    head = earlier[k]
    if head.kind not in ("count", "measure", "money") or head.percent is not None or \
            _OWNED_AFTER.fullmatch(scan, head.attr_end, chain[-1].start) is None:
        return None
    base = _WORDS_TO_STOP.match(scan, end).group().lower()
    if any(f" {c.unit.lower()}" in f" {base}" for c in chain):
        return None     # (`… của 312 hộ, đạt 60% số hộ`: the share of the owners)
    return head


#: between counts of owners listed (`312 hộ và 18 trang trại`)
_OWNERS_JOINED = lazyre.compile(r"[^\S\n]*(?:,|và|,[^\S\n]*và)[^\S\n]*", regex.IGNORECASE)
#: between a figure and the counts of whose its things are: its own words, then `của`/`thuộc` (`liều vắc xin … cho đàn
#: lợn của `)
_OWNED_AFTER = lazyre.compile(r"[^.;:\d\n]{0,80}?[^\S\n](?:của|thuộc)[^\S\n]+", regex.IGNORECASE)


def _says_again(scan: str, named: Draft, said: regex.Match[str] | None) -> bool:
    """Whether the words ``said`` after a share (`đạt 41,2% số lao động đăng ký`) name ``named`` in all of its own words,
    its noun and what follows it (`14.860 lao động đăng ký tìm việc`), more than its noun: the share is of that figure
    as a whole, the share of the figure it is said after (`kết nối thành công 6.120 lượt người, đạt 41,2% …`)."""
    if said is None:
        return False
    unit = named.unit.lower().split()
    words = _WORDS_TO_STOP.match(scan, said.start("n")).group().lower().split()
    own = _WORDS_TO_STOP.match(scan, named.end).group().lower().split()
    if len(words) <= len(unit) or words[:len(unit)] != unit:
        return False
    if own[:len(words) - len(unit)] == words[len(unit):]:
        return True
    # `Đã gửi 24.615 thông báo …, xử phạt 17.206 trường hợp, đạt 69,9% số thông báo đã gửi`: the verb it was said with
    # (`số thông báo đã gửi` after `gửi 24.615 thông báo`)
    verbs = [w for w in words[len(unit):] if w not in _TENSE_WORDS]
    before = scan[max(0, named.start - 16):named.start].lower().split()
    return bool(verbs) and len(verbs) <= 2 and before[-len(verbs):] == verbs


#: words of tense and voice before a verb (`đã gửi`, `được cấp`)
_TENSE_WORDS = frozenset(("đã", "được", "bị", "đang", "sẽ"))
#: the words from where a noun starts to the next punctuation or number
_WORDS_TO_STOP = lazyre.compile(r"[^\d,;:.()\n]{0,60}")


def _named_by(noun: str, d: Draft, earlier: Sequence[Draft], scan: str | None = None) -> Draft | None:
    """The figure of the sentence (``d`` or one before it) that ``noun`` names: an amount of money for `vốn`,
    `giá trị` …; else the last one counting ``noun``'s first words (`doanh nghiệp`, `dự án`); else None. With
    ``scan``, words of ``noun`` after what the figures count pick the figure said with them: `số người chết` names
    `làm chết 41 người`, not `bị thương 33 người`."""
    noun = noun.lower()
    counting = []
    for e in (d, *reversed(earlier)):
        if noun.startswith(_AMOUNT_WORDS):
            if e.kind == "money":
                return e
        elif e.kind == "count" and (noun.startswith(e.unit.lower()) or e.unit.lower().startswith(noun)):
            if scan is None:
                return e
            counting.append(e)
    unit = counting[0].unit.lower() if counting else ""
    rest = noun[len(unit):].strip() if noun.startswith(unit + " ") else ""
    if rest and len(counting) > 1 and all(e.unit.lower() == unit for e in counting):
        said = [e for e in counting if _said_with(scan, e, rest)]
        if len(said) == 1:
            return said[0]
    return counting[0] if counting else None


#: the clause before a figure, back to its comma or semicolon
_CLAUSE_BEFORE = lazyre.compile(r"[^,;:.\n]{0,30}$")


def _said_with(scan: str, e: Draft, words: str) -> bool:
    """Whether ``words`` are said with the figure ``e``: in its clause before it (`làm chết 41 người` for `chết`), or
    right after it (`41 người chết`)."""
    rx = rxcache.compile(rf"(?<!\w){regex.escape(words)}(?!\w)", regex.IGNORECASE)
    before = _CLAUSE_BEFORE.search(scan, max(0, e.number.start - 30), e.number.start)
    return (before is not None and rx.search(scan, before.start(), e.number.start) is not None) or \
        rx.match(scan, _SPACE.match(scan, e.end).end()) is not None


def _opened_after(scan: str, start: int, pos: int) -> bool:
    """Whether ``pos`` stands in a bracket (:func:`_in_bracket`) opened at or after ``start``."""
    opens, _ = _parentheses(scan)
    i = bisect.bisect_left(opens, pos)
    return i > 0 and opens[i - 1] >= start and _in_bracket(scan, pos)


def _alone_in_bracket_after_words(scan: str, d: Draft, earlier: Sequence[Draft]) -> bool:
    """Whether ``d`` stands alone right after the opening of a bracket that follows words, not another figure
    (`thấp nhất tỉnh (61,2%)`, not `đạt 1.200 tỷ đồng (58%)`, whose bracket is an aside of the amount)."""
    opened = _BRACKET_RIGHT_BEFORE.search(scan, max(0, d.start - 4), d.start)
    if opened is None:
        return False
    return not earlier or earlier[-1].attr_end < opened.start() - 3


#: the opening of a bracket right before a figure; its close, then a comma
_BRACKET_RIGHT_BEFORE = lazyre.compile(r"\([^\S\n]*$")
_CLOSE_THEN_COMMA = lazyre.compile(r"\s*\)\s*,")


#: a change's rate in brackets after its amount, with its sign (`(+2,39%)`), and the baseline after it
_SIGNED_RATE_BRACKET = lazyre.compile(r"[^\S\n]*\([^\S\n]*[+\-−–][^\S\n]*(?P<n>\d[\d.,]*)[^\S\n]*%[^\S\n]*\)"
                                     r"(?:[^\S\n]*so[^\S\n]+với[^,;.()\d\n]{1,40})?")


def _attributes(d: Draft, text: str, scan: str, live: list[NumberMatch], i: int, consumed: set[int],
                limit: int, r: Rules, earlier: Sequence[Draft] = (), plain: str | None = None) -> None:
    """Read the numbers after the figure that belong to it: total, percent, change, target, denominator.

    One attribute of each kind: a second change or share ends the reading (its number is a figure of its
    own). A bracket that holds a figure of its own (`(tháng 2 đạt 250.199 tỷ đồng)`) is stepped over, so
    that the attributes after it still reach the figure (FIGURES.md §3).

    ``scan`` has its non-figures masked (for reading the gaps); ``plain``, the scan unmasked, is where an
    attribute's unit is read (`thấp hơn chỉ tiêu 10 m2/người`: the digit of `m2` is no non-figure there).
    """
    plain = scan if plain is None else plain
    pos = d.attr_end
    if d.unit.lower() in _ADMIN_UNITS:
        joined = _ADMIN_JOINED.match(scan, pos)
        if joined is not None:
            pos = joined.end()      # `4/21 xã, thị trấn được công nhận (kế hoạch năm 2024 là 6 xã)`: units of one level
    last = i
    stepped = False     # past a second share
    growth = d.kind == "percent" and _is_growth_rate(scan, d, r)
    if growth:
        said_against = _BASELINE.match(scan, pos)
        if said_against is not None:
            pos = said_against.end()    # `CPI tăng 3,12% so với cùng kỳ năm 2023, thấp hơn mục tiêu …`: its own baseline
    for _ in range(6):
        nxt = _next_live(live, last, pos, limit)
        if nxt is None:
            return
        j, m = nxt
        if j in consumed:
            return      # (a figure before this one read past it and took the number: see the purpose below)
        quoted = _QUOTE_OPENED.fullmatch(scan, pos, m.start)
        if quoted is not None and not _CLAUSE_WORD.search(scan, pos, m.start):
            close = _QUOTE_CLOSE.search(scan, m.end, min(limit, m.end + 50))
            if close is not None:
                # `18.400 ha lúa áp dụng quy trình "1 phải 5 giảm", chiếm 62%`: a quoted name in the figure's modifier
                # words, numbers and all, is stepped over
                pos = close.end()
                last = _last_before(live, j, pos)
                continue
        if _NAMED_ITEM_BRACKET.search(scan, pos, m.start) is not None:
            return      # `hai địa phương có IIP giảm là Hà Tĩnh (giảm 6,8%)`: the bracket after a named item is its
        gap = _shield_brackets(scan[pos:m.start])
        if _CLOSE_THEN_COMMA.match(gap) and _alone_in_bracket_after_words(scan, d, earlier):
            # `có tỷ lệ … thấp nhất tỉnh (61,2%), giảm 3,4% so với năm học 2022-2023`: a figure alone in the bracket
            # that names it reads its attributes on past the close
            k = gap.index(")")
            gap = f"{gap[:k]} {gap[k + 1:]}"
        elif gap.lstrip().startswith(")") and _opened_after(scan, d.end, pos):
            # `đạt 87% kế hoạch năm (kế hoạch thu 25 tỷ đồng), tăng 2 tỷ đồng`: the close of a bracket an attribute
            # opened, read past
            k = gap.index(")")
            gap = f"{gap[:k]} {gap[k + 1:]}"
        if d.kind == "count" and d.target is None and _OUT_OF_GAP.fullmatch(gap):
            unit = _unit_at(text, plain, m.end, r, allow_segment=False)
            if unit is not None and _QUOTA_NOUN.fullmatch(unit.text):
                # `chỉ tuyển được 18 học viên ngành nghệ thuật cải lương trên 50 chỉ tiêu`: out of the quota, the figure's
                # plan in its own noun (no denominator of a rate)
                d.target = {"value": m.value, "unit": d.unit, "met": d.value >= m.value}
                d.why["target"] = "the quota it is said out of (trên … chỉ tiêu)"
                _take(d, j, consumed)
                pos = d.attr_end = unit.end
                last = j
                continue
        hit = _match_gap(gap, d, r)
        if hit is not None and hit[0] == "share_in_brackets" and not _share_in_brackets(scan, d, m):
            hit = None      # (a bare percent in brackets is a share only in a sentence about shares)
        elif hit is not None and d.kind == "money" and hit[1] == "percent" and \
                (opened := _OPEN_BRACKET.match(gap)) is not None and (close := scan.find(")", m.end, limit)) >= 0 and \
                _CONVERTED.fullmatch(scan, pos + opened.end(), close) is not None:
            hit = None      # (`21,6 tỷ đồng (tương đương 880.000 USD), chiếm 25%`: the amount said again, stepped over)
        if hit is None:
            if d.change and _PLAN_BASELINE.search(d.change.get("baseline") or "") and _OPEN_BRACKET.fullmatch(gap) \
                    and d.target is None:
                # `thấp hơn 0,4% so với chỉ tiêu UBND tỉnh giao (35,5%)`: the bracket gives the plan itself
                unit = _unit_at(text, plain, m.end, r, allow_segment=False)
                d.target = {"value": m.value, "unit": unit.text if unit else d.unit,
                            "met": d.change["direction"] == "increase"}
                d.why["target"] = "the plan in brackets after a change against it"
                _take(d, j, consumed)
                pos = d.attr_end = unit.end if unit else m.end
                last = j
                continue
            if d.percent is not None and d.target is None and d.kind in ("count", "measure", "money") and \
                    _COMPARED_WITH_GAP.fullmatch(gap) is not None:
                unit = _unit_at(text, plain, m.end, r, allow_segment=False)
                if unit is not None and _nouns_alike(unit.text, d.unit) and \
                        _PLAN_NAMED_AFTER.match(plain, unit.end) is not None:
                    # `đạt 80,4% so với 6.000 hộ theo kế hoạch`: after the figure's share, the amount it is compared
                    # with, named as the plan's by the words after it, is the plan
                    d.target = {"value": m.value, "unit": unit.text, "met": d.percent >= 100}
                    d.why["target"] = "the amount its share is of, named as the plan's after it"
                    _take(d, j, consumed)
                    pos = d.attr_end = unit.end
                    last = j
                    continue
            if d.kind == "count" and _SIZE_OF_A_THING_GAP.fullmatch(gap):
                unit = _unit_at(text, plain, m.end, r, allow_segment=False)
                if unit is not None and unit.text.lower() in _LENGTHS:
                    # `đón khoảng 780.000 lượt khách đi cáp treo lên đỉnh Fansipan cao 3.143 m, tăng 25% so với cùng
                    # kỳ`: the size of a thing the figure's words name, an aside; what is said after it is of the figure
                    pos, last = unit.end, j
                    continue
            if d.kind in ("count", "measure", "money") and _RANK_AFTER_GAP.fullmatch(gap) is not None and \
                    (rest := _RANK_CLAUSE_REST.match(plain, m.end)) is not None:
                # `Việt Nam có 36.339 du học sinh, đứng thứ 3 sau Trung Quốc và Nepal, chiếm 13% tổng số`: the rank the
                # amount holds, a clause of its own; the share said after it is still the amount's (a rank has no
                # share; a change after it is the rank's: `xếp thứ 3/8 huyện, tăng 2 bậc`)
                pos, last = rest.end(), _last_before(live, j, rest.end())
                continue
            if d.kind == "money" and _FOR_WHOM_GAP.fullmatch(gap) is not None:
                unit = _unit_at(text, plain, m.end, r, allow_segment=False)
                if unit is not None and unit.kind == "count" and _SHARE_OF_MONEY_AFTER.match(plain, unit.end):
                    # `chi hỗ trợ 1,08 tỷ đồng cho 612 hộ, bằng 72% kế hoạch vốn`: whom the money went to; a share of a
                    # sum of money said after them is the money's
                    pos, last = unit.end, j
                    continue
            if d.kind in ("count", "measure", "money") and _PLACES_OF_GAP.fullmatch(gap) is not None and \
                    (places := _PLACES_COUNTED.match(plain, m.start)) is not None:
                # `phá hoại gần 120 ha ngô … của người dân ba huyện Con Cuông, Tương Dương, Quế Phong, tăng 35%`, `gây hại
                # 186,4 ha cây trồng tại 4 huyện, 27 xã, tăng 18,6%`: the districts or communes where the amount is, or
                # whose, counted and named; what is said after them is of the amount
                pos, last = places.end(), _last_before(live, j, places.end())
                continue
            if d.kind == "count" and _WHERE_GAP.fullmatch(gap):
                # (the places may be said as a part of all, `tại 62/63 tỉnh, thành phố`)
                of_all = _SLASH_WHOLE.match(plain, m.end)
                unit = _unit_at(text, plain, of_all.end() if of_all else m.end, r)
                if unit is not None and unit.kind == "count" and _PLACE_NOUN.match(unit.text):
                    if of_all is not None and _share_of_its_own(scan, unit.end, live, j):
                        return  # (`1.126 bếp ăn … tại 1.058/1.645 bệnh viện, đạt tỷ lệ 64,3%`: the places' own share)
                    # `có 9.846 trẻ mẫu giáo … tại 42 trường được uống sữa, đạt 100% kế hoạch`: the places where the
                    # counted ones are; what is said after them is of the figure
                    pos, last = unit.end, _last_before(live, j, unit.end) if of_all else j
                    continue
            if d.kind == "count" and (threshold := _THRESHOLD_AFTER.match(plain, m.end)) is not None and \
                    _CRITERION_GAP.fullmatch(scan, pos, m.start) is not None:
                # `64 trận động đất có độ lớn từ 2,5 trở lên …, tăng 18,5%`: the threshold that says which things are
                # counted; what is said after it is of the count
                pos, last = threshold.end(), j
                continue
            if d.kind in ("measure", "money") and _PURPOSE_GAP.fullmatch(gap):
                unit = _unit_at(text, plain, m.end, r)
                if unit is not None and unit.kind == "count":
                    # `thu hồi 1.184,6 ha đất để thực hiện 212 dự án, tăng 18,4% …`: the count says what the land or
                    # the money is for; what is said after it is of the land
                    pos, last = unit.end, j
                    continue
            signed = _SIGNED_RATE_BRACKET.match(scan, pos) if d.change is not None else None
            if signed is not None and signed.start("n") == m.start:
                # `tăng 412 tỷ đồng (+2,39%) so với đầu năm, chiếm 31,5% thị phần`: the change said again as a rate,
                # a figure of its own; what is said after it is still the figure's
                pos, last = signed.end(), j
                continue
            skip = _own_bracket(scan, pos, m.start, limit, base=d.percent is not None, unit=d.unit,
                                money=d.kind == "money")
            if skip is None:
                return
            pos = skip
            last = _last_before(live, j, skip)
            continue
        name, attribute, gm = hit
        if stepped and attribute != "change":
            return      # (past a second share, only the amount's change is read)
        if attribute == "change" and d.kind == "count" and _PERCENT_NEXT.match(scan, m.end) and \
                _OWNERS_COUNT.search(scan, max(0, d.number.start - 20), d.number.start) is not None and \
                not (earlier and earlier[-1].end > max(scan.rfind(c, 0, d.number.start) for c in ",;.\n")):
            # `Lương hưu của 12.500 người được điều chỉnh tăng 15%`: a rate of what they own, not of them (what they
            # own said as a figure, `hỗ trợ 320 hộ của 12 xã, tăng 15%`, takes it: _qualified_by)
            return
        if attribute == "change" and d.kind == "count" and _WHOSE_THING_CHANGED.match(gap) is not None:
            return      # `gần 2,3 triệu hộ có tiền điện tăng trên 30%`: which households, by how their bills grew
        if gap.lstrip().startswith(")") and not scan[max(0, d.start - 3):d.start].rstrip().endswith("("):
            return      # `(trong đó 97 cuộc …, 45 cuộc đột xuất), đạt 104%`: said of what the bracket is about
        upper = _range_end(scan, live, j, m.end, unit=None, r=r, text=text) if attribute in ("change", "target") \
            else None
        if upper is not None and ";" in gap:
            return      # `…; giảm từ 5 đến 10% số vụ tai nạn`: a range after `;` is a claim of its own
        # (`tăng từ 18 đến 20%`: a change said as a range reads its unit at the upper end; its value is the lower; so
        # does a plan said as a range, `(Nghị quyết đề ra 8-8,5%)`, whose lower end is what meets it)
        unit = _unit_at(text, plain, upper[1].end if upper else m.end, r, allow_segment=attribute in ("change", "per"))
        end = unit.end if unit else (upper[1].end if upper else m.end)
        # (`cao hơn giá thế giới khoảng 16-17 triệu đồng`, `(mục tiêu 70-75 triệu đồng)`: the lower end of a range borrows
        # the upper's multiplier)
        low = scale(m.value, upper[1].multiplier) if upper is not None and upper[1].multiplier != 1.0 and \
            m.multiplier == 1.0 and scale(m.value, upper[1].multiplier) <= upper[1].value else m.value
        if attribute == "change" and _CHANGE_OBJECT.match(scan, end) and gm.group("dir").lower() in ("tăng", "giảm"):
            # `đạt trên 90%; giảm ít nhất 5% số vụ phạm pháp`: a change that names what changes is its own claim, unless
            # it names a figure of the sentence: `tổ chức 1.215 lượt tuần tra … với 4.800 lượt người, tăng 8,2% số
            # lượt tuần tra so với năm 2022` is the change of the patrols
            named, obj = _other_figure_named(scan, end, m.start, d, earlier) if unit is not None else (None, None)
            if named is not None and named.change is None:
                to_baseline = _UP_TO_BASELINE.match(scan, obj.end())
                change, _ = _change(_SPACES.sub(" ", gm.group("dir").lower()), m.value, unit.text,
                                    _approx_word(gm.group("approx") or gm.groupdict().get("approx0"), r), text, scan,
                                    to_baseline.end() if to_baseline else obj.end())
                named.change = change
                named.why["change"] = f"cues.toml [{name}], of the figure the words after it name"
                _take(named, j, consumed)
                return
            own = _CHANGE_OBJECT_NOUN.match(scan, end) if named is None and d.change is None else None
            if own is None or _named_by(own.group("n"), d, ()) is not d:
                return
            # `thụ lý 1.124 vụ án, giảm 5,3% số vụ so với năm 2023`: the change of the figure itself, which it names
            to_baseline = _UP_TO_BASELINE.match(scan, own.end())
            end = to_baseline.end() if to_baseline else own.end()
        uname = unit.text if unit else ""
        if m.form == "multiple":      # `tăng gấp đôi năm 2023`: times, and the words after it are no unit
            unit, uname, end = None, "lần", m.end
        if attribute == "total":
            if name == "total_of" and "," in gap and (d.total is not None or (
                    unit is not None and d.kind == unit.kind == "count" and not _nouns_alike(unit.text, d.unit))):
                # `32/39 xã, thị trấn, tổng số 704 cầu thủ`: after a comma, the sum of other things (or of any, once the
                # figure is out of its whole) is a figure of its own
                return
            plan = _plan_after(text, scan, m.end, r) if d.target is None else None
            if plan is not None and d.kind != "percent":
                # `đạt 652 tỷ đồng/800 tỷ đồng kế hoạch`: the plan, not a whole
                d.target = {"value": m.value, "unit": uname or d.unit, "met": d.value >= m.value}
                d.why["target"] = f"cues.toml [{plan[0]}]"
                end = max(end, plan[1])
            elif name == "total_slash" and unit is not None and d.kind != "percent" and \
                    (not _same_thing(unit.text, d.unit) or _per_round_base(text, d, m.value)) \
                    and (unit.kind == "count" or (unit.kind == "measure" and m.value in _PER_BASES)):
                if m.value in _PER_BASES:
                    # `mật độ đạt 52 thuê bao/100 hộ gia đình`, `11,8 ca/1.000 ngày thở máy`: a rate, its denominator part
                    # of its unit (money per so many stays money: `lãi 15 triệu đồng/1.000 con`, FIGURES.md §3)
                    d.kind = "money" if d.kind == "money" else "measure"
                    d.unit = f"{d.unit}/{text[m.start:end].strip()}"
                    d.per = text[m.start:end].strip()
                    d.end = end
                    d.why["unit"] = "a count per a round number of another (a rate)"
                else:
                    return     # `thụ lý 410 vụ/690 bị cáo`: two counts of different things, each a figure
            elif name == "total_slash" and unit is None and d.kind == "money" and m.value in _PER_BASES \
                    and (per := _PER_NOUN_AFTER.match(plain, m.end)) is not None:
                # `lãi 15-20 triệu đồng/1.000 con vịt`: money per so many of a noun the lexicon need not know, a rate of
                # money (its base is no figure); per so many head, a classifier alone (`đồng/1.000 con`)
                first = _NEXT_WORDS.match(plain, per.start(), per.end())
                stop = first.end(1) if first is not None and first.group(1).lower() in r.classifiers else per.end()
                d.unit = f"{d.unit}/{text[m.start:stop].strip()}"
                d.per = text[m.start:stop].strip()
                d.end = end = stop
                d.why["unit"] = "money per a round number of things (a rate)"
            elif name == "total_slash" and unit is None and d.kind == "count" and _per_round_base(text, d, m.value) \
                    and (per := _PER_NOUN_AFTER.match(plain, m.end)) is not None:
                # `2,2 vụ/1.000 thang máy`, `48 trẻ/1.000 phụ nữ`: a count per a round thousand of a noun the lexicon
                # need not know is a rate too, not a part of a whole
                d.kind, d.unit = "measure", f"{d.unit}/{text[m.start:per.end()].strip()}"
                d.per = text[m.start:per.end()].strip()
                d.end = end = per.end()
                d.why["unit"] = "a count per a round number of another (a rate)"
            elif name == "total_slash" and unit is not None and d.kind == "money" and unit.kind == "money" and \
                    m.value in _PER_BASES and (per_time := _PER_TIME_AFTER.match(plain, end)) is not None:
                # `lãi suất 5.000 đồng/1 triệu đồng/ngày`: money per a round sum per a time, a rate of interest; the sum
                # is its denominator, no whole
                d.unit = f"{d.unit}/{text[m.start:per_time.end()].strip()}"
                d.end = per_time.end()
                d.why["unit"] = "money per a round sum per a time (a rate)"
                end = per_time.end()
            elif m.value < d.value or d.kind == "percent":
                return     # a share is already relative to its whole: `68,54% trong tổng số 168.000 hồ sơ`
            else:
                d.total = m.value
        elif attribute == "percent":
            if d.kind == "rank":
                return      # (`giữ vị trí số một thế giới …, chiếm hơn 80% thị phần`: a place in a ranking is no whole)
            if d.kind == "count" and d.percent is None and _BARE_SHARE_GAP.fullmatch(gap) and \
                    _share_said_of_another(scan, d):
                # `miền Nam có 21 công ty, doanh thu chiếm 84,2% …; miền Trung có 14 công ty, chiếm 9,1%`: a clause
                # that goes on as the one before it did leaves out what it is a share of, and that is not the count
                return
            if d.percent is not None and d.kind != "percent" and unit and unit.kind == "percent" and \
                    d.change is None and not stepped and ";" not in gap:
                # `486,7 tỷ đồng, bằng 81,1% dự toán tỉnh giao, bằng 73,7% dự toán huyện giao, tăng 12,4% so với cùng kỳ`:
                # the second share is a figure of its own; the change said after it is still the amount's
                stepped = True
                pos, last = end, j
                continue
            if d.kind != "percent" and (not unit or unit.kind != "percent") and \
                    (skip := _equivalent_after(scan, pos, m.start, limit)) is not None:
                # `4.300 tấn khô (tương đương khoảng 34.400 tấn tươi), tăng 9,4%`: the figure said again in another
                # measure, stepped over; what is said after it is the figure's
                pos, last = skip, _last_before(live, j, skip)
                continue
            if d.kind == "percent" or not unit or unit.kind != "percent" or d.percent is not None:
                return
            if d.kind == "money" and _WORK_DONE.match(scan, end):
                return      # `tài trợ 2,25 triệu USD đã cơ bản hoàn thành, đạt 92% khối lượng`: the work's progress
            if _completed_of_no_plan(gap, scan, end):
                return      # `hoàn thành 80% khối lượng`: what is completed is a plan's share only when it names one
            if d.unit == "tuổi" and (d.value_max is not None or d.approx != "exact"):
                return      # `ở độ tuổi từ 5 đến 15 tuổi, chiếm khoảng 42% số ca mắc`: the share of the age group's people
            # `chi 45 tỷ đồng hỗ trợ 1.200 học sinh, đạt 78% kế hoạch (kế hoạch 58 tỷ đồng)`: a share of a plan said in
            # money is the amount's, not the count's between them; `sơ tán 12.436 hộ với 38.912 người …, đạt 96,3% số hộ
            # theo phương án`: the share of the figure the words after it name
            other, whose = _amount_of_the_plan(scan, end, d, earlier), "of the amount its plan is said in"
            if other is None:
                other, whose = _owned_head(scan, d, earlier, end), "of the figure its owners are said after"
            if other is None:
                named, said = _other_figure_named(scan, end, m.start, d, earlier)
                if named is not None and named.percent is None and named.total is None and not (
                        d.kind == named.kind == "count" and d.value < named.value and
                        _same_first_word(d.unit, named.unit)) and not (d.kind == "count" and _says_again(scan, named, said)):
                    # (not when ``d`` counts the same noun as the named figure and is fewer: `kiểm tra 52.369 vụ, … xử lý
                    # 44.563 vụ vi phạm, chiếm 85,1% số vụ kiểm tra` names the base of ``d``'s own share)
                    other, whose = named, "of the figure the words after it name"
            if other is not None:
                other.percent = m.value
                other.why["percent"] = f"cues.toml [{name}], {whose}"
                _take(other, j, consumed)
                # (what follows the share goes on about that figure: `khám cho 318.452 học sinh tại 712 trường …, đạt
                # 96,7% tổng số học sinh, tăng 2,3% so với năm học trước`)
                d, pos, last, growth = other, end, j, False
                d.attr_end = max(d.attr_end, end)
                continue
            d.percent = m.value
        elif attribute == "per":
            if not unit or unit.kind not in ("count", "measure") or d.kind not in ("count", "measure"):
                return
            if _SIZE_NAMED.search(gap, 0, gm.start()) or _HOLDS_BEFORE.search(gap, 0, gm.start()):
                return      # `2 công viên quy mô trên 10 ha`: a size named after the unit; `trên` is over, no per
                #             (`38 hộ nuôi trên 100 con`: what they keep, over an amount)
            if m.value not in _PER_BASES:
                return      # `ký kết hợp đồng bao tiêu trên 41.000 ha`: over an amount; a rate is per one, per 1.000
            d.kind = "measure"
        elif attribute == "change":
            if growth:
                return   # the change of a growth rate: a percent figure of its own
            if unit is not None and _TO_LEVEL.search(gm.group()) is not None and (
                    unit.text.lower() in (d.unit.lower(), d.unit.lower().split("/")[0]) or
                    (unit.kind == "percent" and d.kind == "percent")):
                return   # `đạt 9.000 lượt, tăng lên 12.000 lượt`: `lên`/`xuống` before the figure's own unit give the
                #         new level it reached, a figure of its own, not the change
            if unit is not None and unit.text.lower() == d.unit.lower() and _times_one_way(scan, d) and \
                    not _in_change_clause(scan, d.start):
                return   # `giá xăng giảm 6 kỳ, tăng 4 kỳ`: counts of the times each way, siblings, no change of one
                #         (but `; so với năm trước tăng 30 học sinh và tăng 12 học sinh`: changes, chained)
            times = unit is not None and unit.text.lower() == "lần" and d.unit.lower() != "lần"
            if name == "change_over_norm_in_percent" and not times and (
                    unit is None or unit.kind != "percent" or d.kind == "percent"):
                return   # a norm's gap in percent, of a figure that is no percent (else the number may be the norm's); or
                #         in times (`cao hơn mức chi trả thông thường khoảng 1,5 lần`: times are never the norm's value)
            if name == "change_over_named_yardstick" and not (
                    unit is not None and (unit.kind == "percent" or times or _same_thing(unit.text, d.unit) or
                                          _same_thing(unit.text, d.unit.split("/")[0]) or
                                          (d.kind == "percent" and unit.text.lower() in _POINTS))):
                return   # a gap to a yardstick named in plain words is said in the figure's own unit (or in percent, or
                #         in times: `145 USD/ngày, cao hơn khách nội địa khoảng 1,8 lần`; a share's in points, `đạt
                #         82,4%, thấp hơn khu vực nội trú khoảng 4 điểm phần trăm`)
            if unit is not None and unit.kind == "money" and d.kind != "money" and not (
                    earlier and earlier[-1].kind == "money" and _COMPANION.fullmatch(scan, earlier[-1].attr_end, d.start)):
                return   # `điều chỉnh vốn cho 41 dự án, tăng thêm 12.860 tỷ đồng`: money added is no change of a count
                #         (but `dư nợ đạt 612,4 tỷ đồng với 9.120 hộ vay, tăng 38,6 tỷ đồng`: of the sum before)
            if unit is not None and unit.kind == "count" and d.kind == "money":
                return   # `tổng vốn 86,7 tỷ đồng, tăng thêm 9.850 đấu nối`: things added are no change of a sum of money
            if d.kind == "multiple" and unit is not None and unit.kind in ("count", "measure", "money"):
                return   # `sản lượng tăng gấp 1,5 lần và giảm 60 lao động`: times change in nothing counted; the count is a
                #         claim of its own
            if unit is not None and unit.kind == "count" and not _same_thing(unit.text, d.unit) and any(
                    d.end <= x.start and x.end <= m.start and (between := _unit_at(text, scan, x.end, r,
                                                                                 allow_segment=False)) is not None
                    and _same_thing(between.text, unit.text) for x in live[i + 1:j]):
                return   # `thu hồi 2.342,6 ha đất để thực hiện 1.126 dự án, tăng 134 dự án`: a change counted in the noun
                #         of a figure between is that figure's
            if d.kind == "percent" and gm.group("dir").lower() in ("tăng", "giảm") and unit is not None and \
                    unit.kind == "percent" and _SHARE_CLAIM.search(scan, max(0, d.start - 30), d.start) and \
                    _RATE_OF_WHAT.match(scan, end) is None:
                # `Ngành chế biến, chế tạo chiếm tỷ trọng 97% giá trị sản xuất công nghiệp, tăng 10,1%`: the sector
                # grows, not its share (a share moves in points): the growth rate is a figure of its own
                return
            direction = _SPACES.sub(" ", gm.group("dir").lower())
            if direction.endswith("gấp"):
                direction = "gấp"     # `cao gấp đôi`: as many times as
            if direction == "gấp" or (direction == "tăng" and "gấp" in gm.group().lower()):
                uname = uname or "lần"
            elif not uname and m.multiplier > 1 and d.kind in ("count", "money"):
                uname = d.unit        # `15,71 triệu (thuê bao), tăng 2 triệu`: the change counts the same thing
            if not uname:
                return
            counted = unit is not None and unit.kind in ("count", "measure")
            if counted and ";" in gap and _counter_of(uname, d, earlier, own=True):
                # `640 học sinh … và 580 học sinh; so với năm học trước tăng 30 học sinh và tăng 12 học sinh`: changes
                # in a clause of their own after several figures counting the noun go to them in order
                # (_changes_said_after), not all to the last figure
                return
            approx = _approx_word(gm.group("approx") or gm.groupdict().get("approx0"), r)
            # (`cao hơn trung bình cả nước 1,5 điểm`, `; so với kế hoạch tăng 150 hộ`: a baseline said before it)
            # (read from the text: the scan masks the numbers of non-figures, `báo động 1`)
            yardstick = text[pos + gm.start("cmp"):pos + gm.end("cmp")] if gm.groupdict().get("cmp") else None
            change, change_end = _change(direction, low, uname, approx, text, scan, end)
            if direction in _MORE_OR_FEWER and change["baseline"] is None and yardstick is None:
                return     # `nhiều hơn 200 khách`: more than 200, said of another figure (qualifiers.toml [over])
            # (a gap to a yardstick named in plain words is the figure's own: `đạt 6,8 tấn/ha, cao hơn ruộng đối chứng 0,4
            # tấn/ha`)
            owner = _counter_of(uname, d, earlier, r=r, said=(scan, end)) \
                if counted and name != "change_over_named_yardstick" else None
            if owner is not None:
                # (`đạt 67,35 điểm, xếp hạng 12/63, tăng 1,82 điểm`: the score's change, said after the rank)
                owner.change = _against(change, yardstick)
                owner.why["change"] = f"cues.toml [{name}], counted in its noun"
                _take(owner, j, consumed)
                return
            head = _qualified_by(scan, d, earlier)
            if head is not None and _COUNT_NAMED_AFTER.match(scan, end) is not None:
                head = None     # `cho 2.318 hộ …, tăng 23,5% về số hộ`: the change says it is of the count
            if head is not None and (unit is None or unit.kind == "percent" or uname.lower() == "lần" or
                                     _counts(head, uname.lower())):
                # `tiếp nhận 968 cá thể thuộc 64 loài, tăng gần gấp đôi`, `2,7 triệu tấn rác, bình quân 7.400 tấn/ngày,
                # tăng 5,3%`: a change after the count of whose the figure before is, or after its average, in percent,
                # in times or in the figure's own noun is the figure's (not one counted in another noun, the owners':
                # `…, tăng 5 loài`, `26.500 bài dự thi của 315 trường học, tăng 20 trường`)
                head.change = _against(change, yardstick)
                head.why["change"] = f"cues.toml [{name}], of the figure the one before the change qualifies"
                _take(head, j, consumed)
                return
            about = _ABOUT_WHAT.match(scan, end)
            if about is not None:       # `giảm 12,5% về số doanh nghiệp so với tháng trước`: the baseline after it
                change, change_end = _change(direction, low, uname, approx, text, scan, about.end())
            else:
                about = _ABOUT_WHAT.search(scan, end, change_end) or _ABOUT_WHAT.match(scan, change_end)
                if about is not None and change["baseline"]:   # `… so với cùng kỳ năm trước về số dự án`
                    change["baseline"] = _ABOUT_CUT.sub("", change["baseline"]).strip() or None
            if about is not None and _ANOTHER_NUMBER.match(scan, about.end()):
                about = None    # `tăng 15% về lượt khách và 22% về doanh thu`: respective changes (_respective_changes)
            named = _named_by(about.group("n"), d, earlier) if about is not None else None
            if named is not None and named is not d:
                # `48 doanh nghiệp … tổng vốn 356 tỷ đồng, giảm 12,5% về số doanh nghiệp`: the change of the
                # figure it names; the reading of this figure goes on after it
                if named.change is None:
                    named.change = change
                    named.why["change"] = f"cues.toml [{name}], of the figure `về số …` names"
                    _take(named, j, consumed)
                    pos = d.attr_end = max(change_end, about.end())
                    last = j
                    continue
                return
            if d.change is not None:
                return   # a second change: a percent figure of its own
            own = gm.groupdict().get("own")
            if own is not None and not _SPACES.sub(" ", own).lower().startswith(d.unit.lower()):
                return   # `so với năm 2022, số người chết giảm 3 người`: the change of another thing, a figure of its own
            if unit is not None and unit.rule != "segmented" and unit.kind == "measure" and \
                    d.kind in ("count", "money") and not unit.text.lower().startswith("điểm") and \
                    unit.text.lower() != d.unit.lower():
                # `86 khách hàng … giảm được khoảng 95 MW`: a change in a unit of measure (one the lexicon knows; not
                # points, the change of a share) is no change of a count or a sum: a figure of its own
                return
            if d.kind == "percent" and unit is not None and unit.kind == "count" and \
                    not unit.text.lower().startswith(("điểm", "%")):
                # `đưa tỷ lệ hộ nghèo xuống dưới 2%, giảm ít nhất 1.500 hộ nghèo`: things counted are no change of a
                # share (that is in points or percent): a figure of its own
                return
            d.change, end = _against(change, yardstick), change_end
            _plan_of_baseline(d, text, scan, live, j, change_end, consumed, r)
            if about is not None and named is d:
                end = max(end, about.end())
            if upper is not None:
                _take(d, upper[0], consumed)
        elif attribute == "target":
            # (of a rate, its counted noun: `1,8 cuốn sách/năm, còn thấp so với mục tiêu 4 cuốn sách/người/năm`)
            own_noun = _word_after(plain, m.end, d.unit.split("/")[0]) \
                if not unit and (d.kind == "count" or (d.kind == "measure" and "/" in d.unit)) else None
            if own_noun is None and not unit and d.kind == "count" and " " in d.unit:
                head = _word_after(plain, m.end, d.unit.split()[0])
                if head is not None and _BARE_SHARE_CLOSE.match(scan, head):
                    # `cấp 1.865 giấy chứng nhận, đạt 74,6% kế hoạch tỉnh giao (2.500 giấy)`: the plan in brackets
                    # names the counted noun by its head word alone
                    own_noun = head
            if own_noun is not None:
                # `hoàn thành 5.326 căn, đạt 36,6% mục tiêu 14.560 căn`: the plan counts the figure's own noun, one the
                # lexicon need not know
                uname, end = d.unit, own_noun
            if (not unit and own_noun is None and d.kind != "percent") or d.target is not None:
                return
            if _ALLOTTED_TO.search(gap):
                return   # `1 triệu căn hộ …, chỉ tiêu giao cho Bình Định … là 16.700 căn`: a target allotted to another
                #         place or body is a figure of its own
            if ";" in gap and _YEAR_IN_GAP.search(plain, pos + gap.index(";"), m.start) and \
                    not _PLAN_COPULA.search(gap, gap.index(";")):
                return   # `… đến 31/12/2023 là 214,3 tỷ đồng; kế hoạch năm 2024 giảm xuống dưới 150 tỷ đồng`: a plan
                #         after `;` that names its own year and says with its own verb what is to be done is a claim of
                #         its own (one that only gives the plan's value, `; mục tiêu đến năm 2025 là 100%`, is the
                #         figure's target)
            groups = gm.groupdict()
            if d.kind == "count" and _WHILE.search(gm.group()):
                return   # `có 19.950 học sinh …, trong khi chỉ tiêu tuyển sinh là 13.640 học sinh`: a count set against
                #         another's plan is a figure of its own (a rate against its plan, `đạt 88,2%, trong khi chỉ
                #         tiêu … là 90%`, is the rate's target; so is a level against what a criterion requires,
                #         `thu nhập … đạt 28,6 triệu đồng/người/năm, trong khi yêu cầu của tiêu chí … là 45 triệu đồng`)
            if uname.lower() in _POINTS and d.kind == "percent" and (groups.get("met") or groups.get("unmet")) \
                    and d.change is None:
                # `đạt 97,5%, vượt chỉ tiêu 2,5 điểm phần trăm`: a gap to the plan in points is a change against it
                # (FIGURES.md §3), not the plan's value
                d.change = _gap_to_plan(groups, m.value, uname, "chỉ tiêu", r)
                d.why["change"] = f"cues.toml [{name}], a gap in points to the plan"
                _take(d, j, consumed)
                pos = d.attr_end = end
                last = j
                continue
            # (not where the figure is a share already, `chiếm 65,3% tổng số hồ sơ, vượt chỉ tiêu … (60%)`, nor a part of
            # a total: its plan is a rate; nor a plan's value given in brackets)
            if uname == "%" and d.kind != "percent" and (groups.get("met") or groups.get("unmet")) and \
                    d.change is None and d.percent is None and d.total is None and "(" not in gm.group() and \
                    (plan := _PLAN_IN_CUE.search(gm.group())) is not None:
                # `đạt khoảng 4.336 tấn, vượt kế hoạch 0,8%`: a percent beyond a plan of an amount is how far the amount
                # went past it, a change against the plan (FIGURES.md §3: `vượt 5% kế hoạch`), not the plan's value
                d.change = _gap_to_plan(groups, m.value, "%", plan.group().lower(), r)
                d.why["change"] = f"cues.toml [{name}], a percent beyond the plan"
                _take(d, j, consumed)
                pos = d.attr_end = end
                last = j
                continue
            if d.kind in ("count", "money", "measure") and (uname or d.unit) == d.unit and upper is None and \
                    d.change is None and (plan := _PLAN_IN_CUE.search(gm.group())) is not None and \
                    ((groups.get("unmet") or "").lower().startswith("thấp") and low < d.value or
                     (groups.get("met") or "").lower() in ("vượt", "cao hơn") and low > d.value):
                # `đạt khoảng 595 tỷ đồng, thấp hơn kế hoạch khoảng 5 tỷ đồng`: a plan below what fell short of it (or
                # above what went past it) cannot be the plan's value; it is the gap, a change against the plan
                d.change = _gap_to_plan(groups, low, d.unit, plan.group().lower(), r)
                d.why["change"] = f"cues.toml [{name}], a gap to the plan"
                _take(d, j, consumed)
                pos = d.attr_end = end
                last = j
                continue
            d.target = {"value": low, "unit": uname or d.unit,
                        "met": True if groups.get("met") else False if groups.get("unmet") else None}
            if upper is not None:
                _take(d, upper[0], consumed)
            per_period = _PER_PERIOD.match(scan, end)
            if per_period is not None:
                end = per_period.end()   # `(chỉ tiêu … giao 500 đảng viên/năm), tăng 9,4%`: the plan's period, read past
        if attribute == "percent" and "(" in gap and ")" not in gap[gap.rfind("("):]:
            closed = _BASE_TO_CLOSE.match(scan, end)
            if closed is not None:
                end = closed.end()  # `48.250 tỷ đồng (chiếm 52% tổng dư nợ), tăng 6,8%`: the share's base closes its
                #                     bracket; what is said after it is of the figure still
        _take(d, j, consumed)
        d.notes.append(name)
        d.why[_ATTRIBUTE_OF.get(attribute, attribute)] = f"cues.toml [{name}]"
        pos = end
        last = j
        d.attr_end = end


def _gap_to_plan(groups: dict[str, str | None], value: float, unit: str, baseline: str, r: Rules) -> dict[str, Any]:
    """The change a gap to a plan says (`vượt chỉ tiêu 2,5 điểm phần trăm`, `vượt kế hoạch 0,8%`, `thấp hơn kế hoạch
    khoảng 5 tỷ đồng`): up where the plan was met or passed, down where it was not, against the plan named."""
    return {"direction": "increase" if groups.get("met") else "decrease", "value": value, "unit": unit,
            "approx": _approx_word(groups.get("approx"), r), "baseline": baseline}


#: the plan a figure is set against, named in a target cue (`vượt kế hoạch`, `thấp hơn chỉ tiêu`)
_PLAN_IN_CUE = lazyre.compile(r"(?<!\w)(?:kế\s+hoạch|chỉ\s+tiêu|mục\s+tiêu|dự\s+toán)(?!\w)", regex.IGNORECASE)
#: the administrative units that are counted together, `xã, thị trấn`, `xã, phường, thị trấn`: the ones after a count's
#: unit are its own
_ADMIN_UNITS = frozenset({"xã", "phường", "thị trấn", "huyện", "quận", "thị xã", "thành phố", "tỉnh"})
_ADMIN_JOINED = lazyre.compile(r"(?:\s*,\s*(?:xã|phường|thị\s+trấn|huyện|quận|thị\s+xã|thành\s+phố))+(?!\w)(?!\s+\p{Lu})")
#: a share said after a count, with words of the count's clause and a comma between (`14 công ty, chiếm 9,1%`, `28 công ty
#: tham gia Hội đồng …, chiếm 6,7%`)
_BARE_SHARE_GAP = lazyre.compile(r"[^\d;:()]{0,80}?,\s*chiếm\s+(?:(?:khoảng|gần|hơn|trên|xấp\s+xỉ)\s+)?", regex.IGNORECASE)


def _share_said_of_another(scan: str, d: Draft) -> bool:
    """Whether an earlier clause of ``d``'s sentence counts ``d``'s noun and then names another thing as what has a share
    (`21 công ty, doanh thu chiếm 84,2%`): in a clause like it, a share after the count is of that other thing too."""
    lo = max(scan.rfind(".", 0, d.start), scan.rfind("\n", 0, d.start), d.start - 400) + 1
    if not d.unit or "chiếm" not in scan[lo:d.start]:
        return False
    rx = rxcache.compile(rf"(?<!\w){regex.escape(d.unit)}\s*,\s*(?:\p{{Ll}}+\s+){{1,3}}?chiếm(?!\w)")
    return rx.search(scan, lo, d.start) is not None


#: the words of a share's base up to the bracket it stands in closes (`52% tổng dư nợ)`)
_BASE_TO_CLOSE = lazyre.compile(r"[^\d()\n,;:]{0,60}\)")
#: a plan said per period of time: `500 đảng viên/năm`
_PER_PERIOD = lazyre.compile(r"[^\S\n]*/[^\S\n]*(?:năm|quý|tháng|tuần|ngày)(?!\w)", regex.IGNORECASE)


def _word_after(plain: str, pos: int, word: str) -> int | None:
    """The end of ``word`` when it follows ``pos`` (past spaces) as a whole word, in any case; else None."""
    if not word:
        return None
    at = _SPACE.match(plain, pos).end()
    end = at + len(word)
    if plain[at:end].lower() != word.lower() or (end < len(plain) and plain[end].isalnum()):
        return None
    return end


#: the most words between a figure's unit and the slash before a thing that is a rate's denominator (`lượt xe hàng/
#: ngày`, `người bệnh/giường`)
_SLASH_WORDS_MAX = 3
#: one word between a counted noun and the slash of its denominator (`xe hàng/ngày`)
_KIND_OF_THING = lazyre.compile(r"[^\S\n]+(?P<w>(?-i:\p{Ll})+)")
#: (or the verb of a contest for one place: `8 thí sinh cạnh tranh 1 chỉ tiêu`, a rate per place)
_RATE_SLASH = lazyre.compile(r"^\s*(?:/|trên|mỗi|(?:cạnh\s+tranh|tranh)\s+(?:cho\s+)?(?:1|một)\s+)\s*", regex.IGNORECASE)


def _rate(d: Draft, text: str, scan: str, r: Rules) -> None:
    """`0,72 doanh nghiệp/1.000 dân`: the denominator joins the unit (`doanh nghiệp/1.000 dân`), kind measure."""
    rates = [(name, rx, True) for name, rx in r.attributes_of.get("rate", ())] + \
        [(name, rx, False) for name, rx in r.attributes_of.get("rate_unit", ())]
    tail = scan[d.attr_end:d.attr_end + _TAIL_MAX]
    digit = _ANY_DIGIT.search(tail)
    # modifiers of the unit may stand before the denominator, but no other number: `14 tàu hút cát có công suất từ 200
    # đến 400 m3/giờ` (the cuts rise, so those up to the first digit are the ones before it)
    cuts = [cut for cut in _tail_cuts(tail) if digit is None or cut <= digit.start()]
    if _RATE_SLASH.match(tail) is not None and tail.lstrip()[:1] == "/":
        cuts = [0]  # (a denominator right after the unit is read from its first word: `sản phẩm/lao động/ngày`)
    for name, rx, names_subject in rates:
        for cut in cuts:
            m = rx.match(tail, cut)
            if m and name == "rate_per_thing" and len(tail[:m.start()].split()) > _SLASH_WORDS_MAX:
                continue    # (`8.600 người được cấp phát và hướng dẫn uống viên sắt/axit folic`: a slash before a
                #             thing, a verb phrase away, joins two nouns of that phrase, `iron or folic acid tablets`,
                #             no denominator of the figure's unit; a span of time is one however far: `38 vụ việc tham
                #             gia tố tụng/năm`)
            if m:
                denominator = _RATE_SLASH.sub("", _SPACES.sub(" ", text[d.attr_end + m.start():d.attr_end + m.end()]))
                kind_of = _KIND_OF_THING.fullmatch(text, d.attr_end, d.attr_end + m.start()) \
                    if d.kind == "count" and tail[m.start():m.start() + 1] == "/" else None
                if kind_of is not None:
                    # `450 lượt xe hàng/ngày`, `45 toa hàng/ngày`: the word written against the slash says which things
                    # are counted (cargo trucks) and is of the unit; a material weighed is not (`tấn mía/ngày`: tấn)
                    d.unit, d.end = f"{d.unit} {kind_of.group('w')}", kind_of.end()
                d.kind, d.unit, d.attr_end = "measure", f"{d.unit}/{denominator}", d.attr_end + m.end()
                # (a denominator of people, `1.000 dân`, names what is counted per head: the subject runs to it;
                # one of time or area, `tấn/ngày`, does not)
                d.per = denominator if names_subject else None
                d.why["unit"] = d.why["kind"] = f"cues.toml [{name}]"
                return
    if d.kind == "count" and "/" in d.unit:
        d.kind = "measure"      # `1,85 con/phụ nữ`: a count per something is a rate (FIGURES.md §3, Rates)
        d.why["kind"] = "a unit with a denominator is a rate"


#: up to two words that qualify a counted noun before a rate's denominator (`giường [bệnh] trên 1 vạn dân`)
_NOUN_WORDS = lazyre.compile(r"(?:[^\S\n]+(?-i:\p{Ll}+)){0,2}?(?=[^\S\n]*(?:/|(?:trên|mỗi)[^\S\n]))")
#: the next item of a list of counts, up to where its unit's words end (`và 14,2 bác sĩ`, `, 19 bác sĩ`)
_NEXT_COUNT_ITEM = lazyre.compile(r"[^\S\n]*(?:,|và)[^\S\n]*\d[\d.,]*(?:[^\S\n]+(?-i:\p{Ll}+)){1,3}?"
                                  r"(?=[^\S\n]*(?:/|trên|mỗi)[^\S\n]*\d)")


#: how far back in its paragraph a fraction of things looks for the rate it is of (characters)
_RATE_REACH = 400
#: a number right before a noun: the noun is that number's unit, no indicator's name
_NUMBER_BEFORE = lazyre.compile(r"\d[^\S\n]*$")


def _rate_said_around(d: Draft, text: str, scan: str, s_start: int, r: Rules) -> None:
    """A count of things stated as a rate outside its own words: the indicator before it in its clause names the
    counted noun per a population (`Số giường bệnh trên 1 vạn dân … đạt 32,0 giường`), or a list of such counts ends
    in one denominator that all its items share (`đạt 32,5 giường bệnh và 14,2 bác sĩ trên 1 vạn dân`: no bed is
    counted in a fraction, so the first item is the same rate); a fraction of things is the rate of them its
    paragraph named before. The denominator joins the unit; the figure is a measure (FIGURES.md §3, Rates)."""
    rates = r.attributes_of.get("rate", ())
    if not rates or not d.unit:
        return
    noun = regex.escape(without_classifier(d.unit).split()[0])
    lo = max(s_start, scan.rfind(";", 0, d.start) + 1)
    fraction = None if float(d.value).is_integer() else d.value
    if fraction is not None:
        # (no bed is counted in a fraction: `năm 2023 các chỉ số này mới đạt 28,6 giường` is the rate its paragraph
        # named before, `32 giường bệnh/vạn dân`)
        lo = max(scan.rfind("\n", 0, s_start) + 1, s_start - _RATE_REACH)
    found: tuple[str, int, int] | None = None
    for m in rxcache.compile(rf"(?<!\w){noun}(?!\w)", regex.IGNORECASE).finditer(scan, lo, d.start):
        if fraction is None and _NUMBER_BEFORE.search(scan, max(0, m.start() - 12), m.start()):
            continue    # (another figure's own rate, `đạt 3,4 bác sĩ/vạn dân, … cần thêm 15 bác sĩ`, names no indicator)
        words = _NOUN_WORDS.match(scan, m.end(), d.start)
        at = words.end() if words is not None else m.end()
        for name, rx in rates:
            hit = rx.match(scan, at)
            if hit is not None and hit.end() <= d.start:
                found = (name, hit.start(), hit.end())
                break
        if found is not None:
            break
    if found is None and fraction is not None:
        item = _NEXT_COUNT_ITEM.match(scan, d.attr_end)
        for name, rx in rates if item is not None else ():
            hit = rx.match(scan, item.end())
            if hit is not None:
                found = (name, hit.start(), hit.end())
                break
    if found is None:
        return
    name, a, b = found
    denominator = _RATE_SLASH.sub("", _SPACES.sub(" ", text[a:b]))
    d.kind, d.unit = "measure", f"{d.unit}/{denominator}"
    d.why["unit"] = d.why["kind"] = f"cues.toml [{name}] (said around the figure)"


#: a noun that names a size, right before a cut of a figure's tail (`2 công viên quy mô`, `3 hồ chứa dung tích`), or a few
#: words before `trên` (`12/16 xã có diện tích cao su trên 1.000 ha`)
_SIZE_NAMED = lazyre.compile(r"(?<!\w)(?:quy\s+mô|diện\s+tích|công\s+suất|chiều\s+(?:dài|rộng|cao|sâu)|dung\s+tích|"
                            r"trọng\s+tải|sức\s+chứa)(?:\s+(?-i:\p{Ll}+)){0,3}?\s*$", regex.IGNORECASE)
#: a verb of keeping or growing right before `trên` (`38 hộ nuôi trên 100 con`): the amount kept is over a threshold
_HOLDS_BEFORE = lazyre.compile(r"(?<!\w)(?:nuôi|trồng|có|sở\s+hữu|canh\s+tác|quản\s+lý)\s*$", regex.IGNORECASE)
#: the slash before a price's or an amount's denominator, and one word of it (FIGURES.md §3, Rates)
_PER_SLASH = lazyre.compile(r"[^\S\n]*/[^\S\n]*")
_PER_WORD = lazyre.compile(r"[^\W\d_][\w²³]*")
#: `mỗi` or `một` before a price's denominator (`đồng mỗi m2`, `đồng một kg`), and the times that, after it, say when
#: and not per what (the units of time and the terms and seasons of a year)
_PER_EACH = lazyre.compile(r"[^\S\n]+(?:mỗi|một)[^\S\n]+")     # (context.py reads the denominator after it again)
_WHEN_AFTER_EACH = frozenset({"kỳ", "vụ", "mùa"})
#: the one piece a price is said per after `một` (`200 đồng một quả`, `5.000 đồng một bó`), besides the classifiers
_PIECES = frozenset({"quả", "trái", "bó", "cây", "cái", "chai", "hộp", "gói", "túi", "bao", "thùng"})
#: `cho mỗi 1.000 con`: the round number of things a price is per, and its noun (nonfigures.toml [money_per_round])
_PER_ROUND_EACH = lazyre.compile(r"[^\S\n]+(?:cho[^\S\n]+)?mỗi[^\S\n]+(?P<b>1\.000|100|10\.000|1\.000\.000)[^\S\n]+(?P<w>\p{Ll}+)")


def _money_rate(d: Draft, text: str, scan: str, r: Rules) -> None:
    """`23.500 đồng/lít`, `96 triệu đồng/ha`, `1.440.000 đồng/học sinh/tháng`: money per a unit (one or two of them,
    each a word or a unit of the lexicon, `học sinh`) keeps its denominator in its unit (kind money)."""
    pos, parts = d.attr_end, []
    each_round = _PER_ROUND_EACH.match(scan, pos, pos + 48)
    if each_round is not None:
        # `lãi từ 15 đến 20 triệu đồng cho mỗi 1.000 con`: money per a round number of head or of a unit
        named = r.unit_rx.match(scan, each_round.start("w"))
        word = each_round.group("w") if each_round.group("w").lower() in r.classifiers else \
            named.group() if named is not None else None
        if word is not None:
            d.unit = f"{d.unit}/{each_round.group('b')} {_SPACES.sub(' ', word)}"
            d.attr_end = each_round.start("w") + len(word)
            d.why["unit"] = "a price per a round number of things keeps its denominator"
        return
    for i in range(2):
        # (the first denominator may be said with `mỗi`: `687,2 triệu đồng mỗi m2`, `200 đồng mỗi lít`)
        slash = _PER_SLASH.match(scan, pos)
        each = _PER_EACH.match(scan, pos) if slash is None and i == 0 else None
        slash = slash or each
        word = _PER_WORD.match(scan, slash.end()) if slash is not None else None
        if word is None:
            break
        named = r.unit_rx.match(scan, word.start())
        one_piece = each is not None and each.group().strip().lower() == "một" and \
            word.group().lower() in r.classifiers | _PIECES
        if each is not None and not one_piece and (named is None or named.end() != word.end() or
                                                   named.group().lower() in TIME_UNITS | _WHEN_AFTER_EACH or
                                                   r.unit_info.get(named.group().lower(), ("",))[0] != "measure"):
            # (`mỗi` before a unit of measure only: `mức thưởng 800.000 đồng mỗi cá nhân`, `60.000 đồng mỗi tháng` say
            # whose or when, in the subject)
            break
        end = named.end() if named is not None and named.end() > word.end() else word.end()
        parts.append(_SPACES.sub(" ", text[word.start():end]))
        pos = end
    if not parts or (pos < len(scan) and (scan[pos].isalnum() or scan[pos] in "_/")):
        return      # (no denominator, or more than two: `đồng/xe/lượt/ngày` is no rate of one)
    d.unit, d.attr_end = d.unit + "".join(f"/{p}" for p in parts), pos
    d.why["unit"] = "a price per a unit keeps its denominator"


#: the base a rate is said per with `cứ` before the count, its noun, and the verb that gives the count (`cứ 1.000 trẻ
#: sinh ra có từ `)
_EACH_BASE_BEFORE = lazyre.compile(r"(?<!\w)[Cc]ứ\s+(?P<base>1|10|100|1\.000|10\.000|100\.000)\s+(?P<noun>[\p{L}\s]{1,30}?)"
                                   r"\s+(?:thì\s+)?(?:lại\s+)?có\s+(?:(?:từ|khoảng|gần|hơn|trên)\s+)?$")


def _rate_per_each_before(d: Draft, text: str, scan: str, s_start: int) -> None:
    """`cứ 1.000 trẻ sinh ra có từ 1 đến 3 trẻ bị nghe kém`: a count said per a round number of things with `cứ` is a
    rate; the base joins its unit (`trẻ/1.000 trẻ sinh ra`), kind measure (FIGURES.md §3, Rates)."""
    m = _EACH_BASE_BEFORE.search(scan, max(s_start, d.number.start - 60), d.number.start)
    if m is None:
        return
    per = _SPACES.sub(" ", f"{text[m.start('base'):m.end('base')]} {text[m.start('noun'):m.end('noun')]}")
    d.kind, d.unit, d.per = "measure", f"{d.unit}/{per}", per
    d.why["unit"] = "a count said per a round number of things with `cứ` (a rate)"


#: the one unit of land or goods a sum is said per, before it in its clause (`Mỗi ha na … cho lợi nhuận`, `trên 1 ha dứa
#: đạt`), and no number between
_PER_UNIT_BEFORE = lazyre.compile(r"(?<!\w)(?:[Mm]ỗi|trên[^\S\n]+(?:1|một))[^\S\n]+(?P<u>ha|héc-ta|m2|m²|sào|tấn|kg)(?!\w)"
                                  r"[^\d;:()\n.]{0,80}$")


def _money_per_unit_before(d: Draft, scan: str, s_start: int) -> None:
    """`Mỗi ha na … cho lợi nhuận từ 250 đến 300 triệu đồng`, `trên 1 ha dứa đạt 200 triệu đồng`: a sum said per one
    unit of land or goods before it in its clause is a rate of money per that unit (FIGURES.md §3, Rates: `96 triệu
    đồng/ha`)."""
    if d.per or d.unit.lower() != "đồng":
        return      # (a sum per a span, `đồng/năm`, keeps the span its unit says: annotators write `đồng/năm`)
    lo = max(s_start, scan.rfind(",", s_start, d.number.start) + 1, scan.rfind(";", s_start, d.number.start) + 1)
    m = _PER_UNIT_BEFORE.search(scan, lo, d.number.start)
    if m is None:
        return
    d.unit = f"{d.unit}/{m.group('u')}"
    d.why["unit"] = "a sum said per one unit of land or goods before it (a rate)"


#: a share claimed just before a percent figure: `chiếm 97%`, `chiếm tỷ trọng khoảng 97%`
_SHARE_CLAIM = lazyre.compile(r"(?<!\w)chiếm(?:\s+(?:tỷ|tỉ)\s+(?:trọng|lệ))?(?:\s+(?:khoảng|gần|hơn|trên|xấp\s+xỉ))?\s*$",
                             regex.IGNORECASE)
#: a change that says it is the share's own (`tăng 2% về tỷ trọng`)
_RATE_OF_WHAT = lazyre.compile(r"\s*(?:về\s+)?(?:tỷ|tỉ)\s+(?:trọng|lệ)", regex.IGNORECASE)
_ATTRIBUTE_OF = {"per": "kind"}
_PLAN_BASELINE = lazyre.compile(r"^(?:chỉ tiêu|kế hoạch|mục tiêu|dự toán|yêu cầu)", regex.IGNORECASE)
_OPEN_BRACKET = lazyre.compile(r"\s*\(\s*")
_BRACKET_AFTER = lazyre.compile(r"[^\d,;.()\n]{0,80}\(\s*")   # (the parts must add up to the figure: a long gap is safe)
_DIGITLESS_BRACKET = lazyre.compile(r"\([^()\d\n]{0,40}\)")
_WORDS_BRACKET = lazyre.compile(r"\([^()\d\n]*\)")     # (the same, of any length)
_OWN_WORDS = "đạt|là|có|ước|tháng|năm|quý|kỳ"
_OWN_VERB = lazyre.compile(rf"(?<!\w)(?:{_OWN_WORDS})(?!\w)", regex.IGNORECASE)
#: a bracket the attributes after it step over: its figure has a verb or period of its own, or is a part of the
#: figure before it (`(trong đó 812 lượt tàu nước ngoài)`)
_ASIDE = lazyre.compile(rf"(?<!\w)(?:{_OWN_WORDS}|trong đó|trong số đó|gồm)(?!\w)", regex.IGNORECASE)


#: modifier words after a figure that open a quote before the next number (`ha lúa áp dụng quy trình "1 phải`), and the
#: quote's close
_QUOTE_OPENED = lazyre.compile(r'[^\S\n]*(?:\p{L}+[^\S\n]+){0,8}["“][^"“”\n]{0,30}')
_QUOTE_CLOSE = lazyre.compile(r'["”]')


def _shield_brackets(gap: str, *, bounded: bool = True) -> str:
    """``gap`` with closed brackets that hold no number blanked (same length): `lao động (LLLĐ), thấp hơn`; up to 40
    characters inside, or (``bounded`` False) of any length."""
    if "(" not in gap:
        return gap
    return (_DIGITLESS_BRACKET if bounded else _WORDS_BRACKET).sub(lambda m: " " * len(m.group()), gap)


def _own_bracket(scan: str, pos: int, number_start: int, limit: int, *, base: bool = False,
                 unit: str = "", money: bool = False) -> int | None:
    """Where the bracket that opens right after ``pos`` closes, when the number at ``number_start`` stands in
    it with a verb or period of its own (`(tháng 2/2023 đạt 250.199 tỷ đồng)`); else None. With ``base`` (a share
    was read just before), a bracket that holds only an amount is the value of the share's base, a figure of its
    own too (`chỉ đạt 38% dung tích thiết kế (196,3 triệu m3), thấp hơn 21,5 triệu m3 …`). A bracket that lists
    counts of the figure's own noun (``unit``) is its breakdown: `61 vụ ngộ độc (24 vụ do vi sinh vật, 11 vụ …),
    giảm 11,6%`; so is one of labels and bare whole numbers, `1.850 thanh niên (Quân đội 1.650, Công an 200), đạt
    100% chỉ tiêu`. With ``money``, a bracket that gives the amount in another currency is the same amount said again:
    `120 triệu USD (khoảng 2.900 tỷ đồng), tăng 15%`; so is any figure a bracket says is its equivalent, `4.300 tấn khô
    (tương đương khoảng 34.400 tấn tươi), tăng 9,4%`. A threshold that says which things are counted, `(từ 60 tuổi
    trở lên)`, is stepped over too."""
    gap = _shield_brackets(scan[pos:number_start])
    om = _OPEN_BRACKET.match(gap)
    if om is None and "(" in gap:
        # (`2.936 lượt tàu ra vào cảng (trong đó 812 …), giảm 3,1%`: modifier words of the unit may stand first)
        om = next((m for cut in _tail_cuts(gap) if cut and (m := _OPEN_BRACKET.match(gap, cut)) is not None), None)
    if om is None:
        return None
    opened = pos + om.end()
    close = scan.find(")", opened, limit)
    if close < 0 or close < number_start or "(" in scan[opened:close]:
        return None
    if not _ASIDE.search(scan, opened, number_start) and not (base and _BARE_AMOUNT.fullmatch(scan, opened, close)) \
            and not _lists_parts(scan, opened, number_start, close, unit) \
            and _labelled_total(scan[opened:close], _BREAKDOWN_ITEMS) is None \
            and not _NAMED_AMOUNT.fullmatch(scan, opened, number_start) \
            and not (money and _CONVERTED.fullmatch(scan, opened, close)) \
            and not _EQUIVALENT_BRACKET.fullmatch(scan, opened, close) \
            and not _CRITERION_BRACKET.fullmatch(scan, opened, close):
        return None
    return close + 1


#: a bracket that says which of the figure's things it counts by a threshold (`41.236 người cao tuổi (từ 60 tuổi trở
#: lên), chiếm 16,8% dân số`, `(dưới 5 tuổi)`): an aside of the noun, stepped over
_CRITERION_BRACKET = lazyre.compile(r"\s*(?:từ|trên|dưới|đủ)\s+\d[\d.,]*\s*\p{L}+[²³]?(?:\s+(?:trở\s+lên|trở\s+xuống))?\s*",
                                    regex.IGNORECASE)


#: the figure said again in another measure, alone in a bracket that says so (`(tương đương khoảng 34.400 tấn tươi)`)
_EQUIVALENT_BRACKET = lazyre.compile(r"\s*(?:tương\s+đương(?:\s+với)?|tức\s+là)\s+(?:(?:khoảng|gần|hơn|trên|xấp\s+xỉ)\s+)?"
                                     r"\d[\d.,]*(?:\s*(?:nghìn|ngàn|triệu|tỷ|tỉ))*\s*\p{L}[\p{L}\s/]{0,30}", regex.IGNORECASE)


def _equivalent_after(scan: str, pos: int, number_start: int, limit: int) -> int | None:
    """Where the bracket right after ``pos`` closes when it says the figure again in another measure, the number at
    ``number_start`` in it (:data:`_EQUIVALENT_BRACKET`); else None."""
    opened = scan.find("(", pos, number_start)
    close = scan.find(")", number_start, limit) if opened >= 0 else -1
    if close < 0 or not _UNIT_WORDS_GAP.fullmatch(scan, pos, opened) or \
            not _EQUIVALENT_BRACKET.fullmatch(scan, opened + 1, close):
        return None
    return close + 1


#: the words of a figure's unit between it and a bracket (` khô `)
_UNIT_WORDS_GAP = lazyre.compile(r"(?:[^\S\n]+\p{L}+){0,2}[^\S\n]*")


#: an amount said again in another currency, alone in a bracket (`(khoảng 2.900 tỷ đồng)`, `(tương đương 5,2 triệu
#: USD)`, `(tương đương khoảng 880.000 USD)`)
_CONVERTED = lazyre.compile(r"\s*(?:(?:tương\s+đương(?:\s+với)?|tức|hay|bằng)\s+)?(?:(?:khoảng|gần|hơn|trên|xấp\s+xỉ)\s+)?"
                           r"\d[\d.,]*(?:\s*(?:nghìn|ngàn|triệu|tỷ|tỉ))*\s*"
                           r"(?:đồng|VNĐ|VND|USD|đô\s+la(?:\s+Mỹ)?|EUR|euro|yên(?:\s+Nhật)?|JPY|won|KRW|"
                           r"nhân\s+dân\s+tệ|CNY|bảng\s+Anh|GBP|AUD|SGD)\s*", regex.IGNORECASE)


#: an amount of the figure's things named by its own noun at a bracket's head (`286 con (tổng trọng lượng hơn 14,2 tấn),
#: giảm 71%`): a figure of its own, stepped over
_NAMED_AMOUNT = lazyre.compile(r"\s*(?:tổng\s+)?(?:trọng\s+lượng|khối\s+lượng|giá\s+trị|trị\s+giá|số\s+tiền|kinh\s+phí|"
                              r"diện\s+tích|công\s+suất)(?:\s+\p{L}+){0,3}?\s*(?:(?:là|đạt|khoảng|gần|hơn|trên)\s+)*",
                              regex.IGNORECASE)


def _lists_parts(scan: str, opened: int, number_start: int, close: int, unit: str) -> bool:
    """Whether the bracket from ``opened`` to ``close`` opens with the number at ``number_start`` counted by the first
    word of ``unit`` and goes on to another item (a comma or `và`, then a number): a list of parts."""
    head = unit.split(" ", 1)[0]
    if not head or scan[opened:number_start].strip():
        return False
    counted = _PART_NOUN.match(scan, number_start, close)
    if counted is None:
        return False
    noun = counted.group("noun")
    # (or by the initials of a kind of the unit: `186 huy chương (54 HCV, 61 HCB, 71 HCĐ)`)
    kind_of = noun.isupper() and len(_initials(unit)) >= 2 and noun.startswith(_initials(unit))
    return (noun.lower() == head.lower() or kind_of) and _NEXT_ITEM.search(scan, counted.end(), close) is not None


#: a number and the word after it (the noun it counts)
_PART_NOUN = lazyre.compile(r"\d[\d.,]*\s+(?P<noun>\p{L}+)")
#: another item of a list: a comma, `;` or `và`, then a number
_NEXT_ITEM = lazyre.compile(r"(?:[,;]|\s+và)\s+\d")


#: a bracket's content that is only an amount: `196,3 triệu m3`, `khoảng 5.500 tỷ đồng`
_BARE_AMOUNT = lazyre.compile(r"\s*(?:(?:khoảng|gần|hơn|trên)\s+)?\d[\d.,]*(?:\s+[\p{L}\d/.²³]+){1,3}\s*")


def _last_before(live: list[NumberMatch], j: int, pos: int) -> int:
    """The index of the last number of ``live`` (from ``j`` on) that starts before ``pos``."""
    while j + 1 < len(live) and live[j + 1].start < pos:
        j += 1
    return j


def _is_growth_rate(scan: str, d: Draft, r: Rules) -> bool:
    """Whether a percent figure is itself a rate of change (`GRDP ước tăng 3,02%`, `tốc độ tăng trưởng … là 13,6%`):
    its own clause before it holds a cue of the ``growth`` entries (cues.toml)."""
    before = scan[max(0, d.start - 80):d.start]
    cut = max(before.rfind(","), before.rfind(";"), before.rfind("("), before.rfind("."), before.rfind(":"))
    before = before[cut + 1:]
    return any(rx.search(before) for _, rx in r.attributes_of.get("growth", ()))


_NOT_IN_GAP = frozenset({"whole", "named", "growth", "rate", "rate_unit", "respectively", "index", "level", "plan",
                         "money"})


def _per_round_base(text: str, d: Draft, base: float) -> bool:
    """`Tỷ lệ phát hiện là 854 người/100.000 người`: a count with its own noun before the slash, over a round thousand or
    more of the same noun, is a rate per that many (a part of a whole names its noun once, `5.400/6.000 người`, or over
    a whole that is not round, `108.077 hồ sơ/158.110 hồ sơ`)."""
    return base in _PER_BASES and base >= 1000 and d.value < base and bool(text[d.number.end:d.end].strip())


def _match_gap(gap: str, d: Draft, r: Rules):
    """The first cue (``gap_attributes`` in file order) that reads the whole ``gap`` after a figure, from its start
    or after modifier words: (entry, attribute, match), or None. Answers are kept per gap (a figure-dense list
    repeats its gaps, and most gaps are a comma or a space)."""
    if len(gap) > _TAIL_MAX + 60 or "\n" in gap:
        return None
    key = (gap, d.total is not None)
    memo = r.gap_memo
    found = memo.get(key, _UNREAD)
    if found is _UNREAD:
        if len(memo) >= _GAP_MEMO_SIZE:
            memo.clear()
        found = memo[key] = _read_gap(gap, d.total is not None, r)
    return found


_GAP_MEMO_SIZE = 4096
#: between a figure's share and the amount it is compared with (`, đạt 80,4%` then ` so với `), and the words after that
#: amount that name it as the plan's (` theo kế hoạch`, ` của chỉ tiêu`)
_COMPARED_WITH_GAP = lazyre.compile(r"\s*so(?:\s+với)?\s+", regex.IGNORECASE)
_PLAN_NAMED_AFTER = lazyre.compile(r"\s*(?:\p{L}+\s+){0,2}?(?:theo|của)\s+(?:kế\s+hoạch|chỉ\s+tiêu|mục\s+tiêu)(?!\w)",
                                   regex.IGNORECASE)
_ANY_DIGIT = lazyre.compile(r"\d")
#: words that start a clause of their own between two commas (then the second comma ends no noun phrase; not `đạt
#: chuẩn`, `đạt chứng nhận`, which say which things: `9.846,5 ha sản xuất đạt chứng nhận VietGAP, GlobalGAP và hữu cơ, đạt
#: 89,5% kế hoạch năm`)
#: (not the `với` of `gắn liền với`, `attached to`: `tài sản khác gắn liền với đất` is one noun phrase)
#: (nor of `đối với`, `for`: `18.350 hồ sơ công bố tiêu chuẩn áp dụng đối với trang thiết bị y tế loại A, B, tăng 9,6%`)
#: (nor the `có` of a relative that says which things are counted, right after their noun: `127 quyết định xử phạt có sai
#: sót về thể thức, thẩm quyền hoặc áp dụng sai mức phạt, chiếm 2,3%`)
#: (nor `miễn, giảm`, exempted or reduced, a pair of nouns: `38.615 học sinh, sinh viên được miễn, giảm học phí …, chiếm
#: 18,7%`)
#: (nor `chiếm đoạt`, to appropriate, a word of what is counted: `312 tin báo, tố giác tội phạm … lừa đảo chiếm đoạt tài
#: sản trên không gian mạng, tăng 18,2%`)
_CLAUSE_WORD = lazyre.compile(r"(?<!\w)(?:trong đó|gồm|là|đạt(?!\s+(?:chuẩn|tiêu\s+chuẩn|chứng\s+nhận))|tăng|"
                             r"(?<!miễn\s)(?<!miễn,\s)giảm|"
                             r"chiếm(?!\s+(?:đoạt|dụng))|(?<!\p{L}\s)có|được|đã"
                             r"|(?<!liền\s)(?<!đối\s)với|so với)(?!\w)",
                             regex.IGNORECASE)
_UNREAD = object()
#: what ends a sentence or a clause before a gap's comma (a site's dots do not, `canhbao.khonggianmang.gov.vn`; nor does a
#: closed bracket of words, blanked first: `37.512 thí sinh đủ điều kiện xét tuyển (không có bài thi …), chiếm 93,49%`)
_STOP_BEFORE_COMMA = lazyre.compile(r"[;:()!?\n]|\.(?!\p{L})|(?<!\p{L})\.")
#: a passive in a gap (`được mừng thọ, chúc thọ`, `trẻ em dưới 5 tuổi được cân, đo`): what is done to the figure's
#: thing names it
_PASSIVE_OPEN = lazyre.compile(r"(?<!\w)được\s", regex.IGNORECASE)


def _read_gap(gap: str, has_total: bool, r: Rules):
    cuts = list(_tail_cuts(gap))
    last = gap.rfind(",")
    passive = _PASSIVE_OPEN.search(gap, 0, last) if last > 0 else None
    if last > 0 and (gap.rfind(",", 0, last) >= 0 or
                     (last >= _TAIL_MAX and not _STOP_BEFORE_COMMA.search(_shield_brackets(gap, bounded=False), 0, last))) \
            and not _ANY_DIGIT.search(gap) and not _CLAUSE_WORD.search(gap, passive.end() if passive else 0, last):
        # `176.320 hộ nông, lâm nghiệp và thủy sản, chiếm 61,5%`, `58 cuộc thanh tra, kiểm tra tại doanh nghiệp, đạt
        # 105%`: a noun phrase with a comma of its own, closed by a second comma, still names the figure (so does one
        # with a passive of its own: `12.645 người cao tuổi được mừng thọ, chúc thọ, tăng 6,2%`, `71.560 trẻ em dưới 5
        # tuổi được cân, đo, đạt 96,2%`); so does a long one closed by its only comma, past the reach of modifier words
        # (`1.126 lưu học sinh nước ngoài đang theo học tại các cơ sở giáo dục đại học và giáo dục nghề nghiệp, tăng 14,2%`),
        # within its sentence and clause
        cuts.append(last)
    for name, attribute, rx in r.gap_attributes:
        if attribute == "total" and name == "total_slash" and has_total:
            continue
        # the gap may start with modifier words of the figure's unit (no punctuation)
        for cut in cuts:
            gm = rx.fullmatch(gap, cut)
            if gm:
                if attribute == "target" and _PURPOSE_IN_GAP.search(gap, 0, cut + 1 + len(gm.group()) // 2):
                    break   # `đón thêm 600.000 lượt khách để hoàn thành kế hoạch 2,75 triệu lượt`: what the figure is
                    #         for, a plan of its own, not the figure's target
                return name, attribute, gm
    return None


#: a count said as whose a thing is (`lương hưu của 12.500 người`), and a percent right after a number
_OWNERS_COUNT = lazyre.compile(r"(?<!\w)của\s+(?:(?:khoảng|gần|hơn|trên)\s+)?$", regex.IGNORECASE)
_PERCENT_NEXT = lazyre.compile(r"[^\S\n]*%")
#: a count's things said by what of theirs changed (`2,3 triệu hộ có tiền điện tăng trên 30%`, `120 doanh nghiệp có doanh
#: thu tăng`): a clause that says which things are counted; the change is of what they have, not of the count
_WHOSE_THING_CHANGED = lazyre.compile(r"[^\S\n]+có[^\S\n]+(?!(?:xu|chiều)[^\S\n]+hướng|dấu[^\S\n]+hiệu|mức|số|sự|tốc[^\S\n]+độ)"
                                      r"\p{L}+(?:[^\S\n]+\p{L}+){0,4}?(?:[^\S\n]+(?:tháng|quý|năm)[^\S\n]+\S+)?"
                                      r"[^\S\n]+(?:tăng|giảm)(?!\w)", regex.IGNORECASE)
#: a purpose said after a figure (`để hoàn thành`, `nhằm đạt`)
_PURPOSE_IN_GAP = lazyre.compile(r"(?<!\w)(?:để|nhằm)\s+(?:hoàn\s+thành|đạt|thực\s+hiện)(?!\w)", regex.IGNORECASE)


#: one to three words in small letters between two commas, none a verb of a cue: a noun listed with the one before
_LISTED_NOUN = lazyre.compile(r"[^\S\n]*(?!(?:chiếm|tăng|giảm|đạt|bằng|là|và|với|gấp|vượt|trong|riêng)(?!\w))"
                             r"\p{Ll}+(?:[^\S\n]+\p{Ll}+){0,5}(?=[^\S\n]*,)")
#: what ends the modifier words after a figure: `với` (another noun follows), `nhưng`, `song`, `trong khi` (another
#: clause, with a subject of its own: `số vụ giảm 9 vụ nhưng chiều dài sạt lở tăng 312 mét`)
#: (not `đối với`, towards: `127 văn bản … đối với thương nhân, giảm 6%`)
#: (not the `với` of a verb that takes it, `gắn với`, `gắn liền với`, `cùng với`: `215 hợp tác xã tham gia chuỗi liên kết
#: gắn với tiêu thụ sản phẩm (chiếm 30,2%)` is one noun phrase)
#: (nor `và số …`, another indicator with a verb of its own: `mỗi xã có ít nhất 1 tủ sách … và số lượt bạn đọc tăng 10%`)
_MODIFIERS_END = lazyre.compile(r"(?<!\w)(?:(?<!(?:đối|so|gắn|liền|cùng)\s)với|nhưng|song|trong khi"
                               r"|và\s+(?:tổng\s+)?số(?=\s+\p{L}))(?!\w)", regex.IGNORECASE)


def _tail_cuts(gap: str):
    """Positions where a cue may start: right away, or after a run of modifier words. `với` ends the run: what
    follows it is another noun (`250 lượt dự án với tổng vốn tăng thêm 2,1 tỷ USD`), whose cue it is, unless a comma
    closes it before the cue; so does `nhưng`, after which another clause speaks."""
    yield 0
    stop = _PUNCT.search(gap, 0, _TAIL_MAX)
    while stop is not None and gap[stop.start()] == "," and (listed := _LISTED_NOUN.match(gap, stop.end())):
        # `42 công dân có trình độ đại học, cao đẳng, chiếm 16,9%`: nouns listed after a comma go on with the run
        stop = _PUNCT.search(gap, listed.end(), _TAIL_MAX)
    limit = stop.start() if stop else _TAIL_MAX
    companion = _MODIFIERS_END.search(gap, 0, limit)
    if companion is not None and not (companion.group().lower() == "với" and stop is not None and gap[stop.start()] == ","):
        # (a `với` phrase that a comma closes before the cue names a partner, no figure of its own: `tổ chức 214 buổi hội
        # chẩn trực tuyến với các bệnh viện tuyến trung ương, tăng 1,6 lần`)
        limit = companion.start()
    for m in _WORD_END.finditer(gap, 0, min(_TAIL_MAX, limit + 1)):   # (none after the limit is wanted)
        yield m.start()


def _change(direction: str, value: float, unit: str, approx: str, text: str, scan: str, end: int
            ) -> tuple[dict, int]:
    """A change record (``tăng``/``giảm``/``gấp`` …) and where it ends, with the baseline
    (``so với năm 2022``) that follows at ``end`` if there is one."""
    if direction in _FASTER:    # (faster by a time is less time; faster by a speed, more speed)
        down = unit.lower() in _TIMES
    elif direction in _SLOWER:
        down = unit.lower() not in _TIMES
    else:
        down = direction in _DECREASE
    ch = {"direction": "decrease" if down else "increase", "value": value, "unit": unit, "approx": approx,
          "baseline": None}
    bm = _BASELINE.match(scan, end)
    if bm is None and direction == "gấp":
        bm = _BASELINE_OF_MULTIPLE.match(text, end)  # (the text: `scan` here has the period masked out)
    if bm:
        ch["baseline"] = text[bm.start("b"):bm.end("b")].strip()
        end = bm.end()
    return ch, end


_DECREASE = {"giảm", "thấp hơn", "dưới", "nông hơn", "ngắn hơn", "hẹp hơn", "ít hơn", "tụt", "rút ngắn", "hụt", "hụt thu",
             "rẻ hơn"}
_FASTER = frozenset({"nhanh hơn", "sớm hơn"})
_SLOWER = frozenset({"chậm hơn", "muộn hơn"})
#: units of time (context.py reads the words after them as theirs: `15 ngày làm việc`, `5-6 năm như trước`)
TIME_UNITS = frozenset({"giây", "phút", "giờ", "ngày", "tuần", "tháng", "quý", "năm"})
_TIMES = TIME_UNITS | {"ngày làm việc"}
#: more / fewer: a difference only against a yardstick said with it (`nhiều hơn 14 người so với định biên`)
_MORE_OR_FEWER = frozenset({"nhiều hơn", "ít hơn"})
#: the round numbers a rate is said per (`/100 hộ`, `/1.000 dân`)
_PER_BASES = frozenset({1.0, 10.0, 100.0, 1000.0, 10000.0, 100000.0, 1000000.0})
#: the noun right after a rate's round base (`/1.000 thang máy`): a few small words, none a verb or a preposition
_PER_NOUN_AFTER = lazyre.compile(r"[^\S\n]+(?-i:\p{Ll}+)(?:[^\S\n]+(?!(?:là|và|của|trong|tại|ở|năm|tháng|đạt|tăng|giảm|so|"
                                 r"với|được|đã|có|trên|dưới)(?!\w))(?-i:\p{Ll}+)){0,2}(?!\w)")
#: a plan named with its value as a change's baseline: `so với mục tiêu 50%`, `so với kế hoạch năm là 1.200 tỷ đồng`
_PLAN_VALUE = lazyre.compile(r"(?:chỉ tiêu|mục tiêu|kế hoạch|dự toán)(?!\w)[^\d]{0,40}?(?:là\s+)?$", regex.IGNORECASE)


def _plan_of_baseline(d: Draft, text: str, scan: str, live: list[NumberMatch], j: int, end: int, consumed: set[int],
                      r: Rules) -> None:
    """`cao hơn 2,4% so với mục tiêu 50%`: the value of a plan the change is measured against is the target (met
    when the change is up), and the baseline is the plan; the number is no figure of its own."""
    base = d.change.get("baseline") if d.change else None
    nxt = _next_live(live, j, d.attr_end, end) if base else None
    if nxt is None or d.target is not None:
        return
    k, m = nxt
    plan = _PLAN_VALUE.search(scan, max(0, m.start - 60), m.start)
    if plan is None:
        return
    unit = _unit_at(text, scan, m.end, r, allow_segment=False)
    d.target = {"value": m.value, "unit": unit.text if unit else d.unit, "met": d.change["direction"] == "increase"}
    d.change["baseline"] = _SPACES.sub(" ", text[plan.start():plan.end()]).strip().removesuffix(" là")
    d.why["target"] = "the value of the plan a change is measured against"
    _take(d, k, consumed)


#: what a change names as changing, right after its unit (`giảm 5% số vụ`, `tăng 10% lượng khách`)
_CHANGE_OBJECT = lazyre.compile(r"\s+(?:(?:số|tổng(?:\s+số)?|tỷ lệ|tỉ lệ|lượng|số lượng)\s+\p{L}|"
                                 # (an amount named by its noun: `giảm ít nhất 50% thiệt hại về người`, or as a total:
                                 # `giảm 20% tổng lưu lượng khai thác`)
                                 r"(?:thiệt\s+hại|diện\s+tích|khối\s+lượng|chi\s+phí)(?!\w))", regex.IGNORECASE)
#: the noun a change or a share names as what it is of (`tăng 8,2% số lượt tuần tra`, `đạt 96,3% số hộ`)
_CHANGE_OBJECT_NOUN = lazyre.compile(r"\s+(?:số|tổng số|số lượng)\s+(?P<n>\p{L}+(?:\s+(?!so\s+với)\p{L}+)?)",
                                    regex.IGNORECASE)
#: the words that end what a change names, up to its baseline (`số lượt tuần tra` before ` so với năm 2022`)
_UP_TO_BASELINE = lazyre.compile(r"[^,;.()\d]{0,40}?(?=\s+so\s+với\s)", regex.IGNORECASE)


def _approx_word(word: str | None, r: Rules) -> str:
    if not word:
        return "exact"
    for _, approx, rx in r.qualifiers:
        if rx.search(word + " "):
            return approx
    return "exact"


#: the words that open a breakdown of what was said before (`Trong đó, …`, `Cụ thể:`)
_BREAKDOWN_WORDS = "trong đó|trong số đó|cụ thể|bao gồm"
#: a sentence that goes on with the one before it (`… ước tăng 3,02%. Trong đó, khu vực dịch vụ tăng 3,84%`)
_CONTINUES = lazyre.compile(rf"\s*(?:{_BREAKDOWN_WORDS})(?!\w)", regex.IGNORECASE)
#: a clause that opens with an indicator of its own (`; tỷ lệ thất nghiệp … ở mức 3,1%`) is a claim of its own
_OWN_INDICATOR = lazyre.compile(r"\s*(?:tỷ lệ|tỉ lệ|số|tổng|chỉ số|doanh thu|kim ngạch|giá trị|sản lượng|thu nhập|lượng|"
                               r"tốc độ|mức)(?!\w)", regex.IGNORECASE)
_PARTS_OPENED = lazyre.compile(r"(?<!\w)(?:trong đó|trong số đó|bao gồm)(?!\w)", regex.IGNORECASE)
_AFTER_UNIT = lazyre.compile(r"\s+(?:\S+\s+){0,1}?(?=\S)")


#: between a count and the size that defines its class (`3.843 tàu có chiều dài từ 15 m trở lên`): words, no break
_CLASS_GAP = lazyre.compile(r"[^\S\n]+(?:[\p{L}]+[^\S\n]+){1,6}từ[^\S\n]+")


def _thresholds_hand_on(drafts: list[Draft], scan: str) -> None:
    """`trong đó 3.843 tàu có chiều dài từ 15 m trở lên, chiếm 75%`: a floor that says which of the things counted are
    meant is part of the count's phrase; the share or change said after it is the count's."""
    for k in range(1, len(drafts)):
        d, e = drafts[k], drafts[k - 1]
        if d.approx != "at_least" or e.kind != "count" or (d.percent is None and d.change is None) or \
                e.percent is not None or e.change is not None or \
                not _CLASS_GAP.fullmatch(scan, e.attr_end, d.start):
            continue
        e.percent, e.change, d.percent, d.change = d.percent, d.change, None, None
        for key in ("percent", "change"):
            if key in d.why:
                e.why[key] = d.why.pop(key)
        e.taken.extend(d.taken)


#: the end of the reason a status gives when it came from the sentence before, which the figure's sentence continues
_CONTINUED = " in the sentence it continues"


def _status_of_wholes(drafts: list[Draft]) -> None:
    """`… xử lý 1.694 vụ vi phạm; trị giá hàng hóa vi phạm ước khoảng 95 tỷ đồng. Trong số đó, buôn lậu 387 vụ, …`: parts
    that open a new sentence break down their whole, and make its claim; the cue that ends the sentence before governs
    only its own clause (here the 95 tỷ), so a part whose status came from it takes its whole's status instead."""
    for d in drafts:
        w = d.whole
        if w is not None and w.status != d.status and d.why.get("status", "").endswith(_CONTINUED) \
                and w.end <= d.start:
            d.status = w.status
            d.why["status"] = "the status of its whole (a part in the next sentence makes the whole's claim)"
        elif w is not None and w.status in ("estimate", "forecast") and d.status == "actual" and \
                "status" not in d.why and w.end <= d.start:
            # `Tính chung 10 tháng, tổng mức ước đạt 203.517,2 tỷ đồng …: doanh thu bán lẻ hàng hóa đạt 150.912,6 tỷ
            # đồng`: a part whose own clause says nothing of its status is as estimated as its whole
            d.status = w.status
            d.why["status"] = "the status of its whole (its own clause says none)"


#: the heading of a report's section of plans (`III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2024`, `4. Kế hoạch năm 2025`, `II. NHIỆM VỤ
#: TRỌNG TÂM QUÝ IV/2023`): a numbered line of its own, without a sentence's end or a colon
_PLAN_HEADING = lazyre.compile(r"^[^\S\n]*(?P<num>[IVX]{1,4}|\d{1,2})[.)][^\S\n]*(?:phương\s+hướng|nhiệm\s+vụ|kế\s+hoạch|"
                              r"mục\s+tiêu)(?!\w)[^\n:;.]{0,70}$", regex.IGNORECASE | regex.MULTILINE)
#: the heading of any numbered section, or the list of recipients that closes a formal letter
_NEXT_SECTION = lazyre.compile(r"^[^\S\n]*(?:(?P<num>[IVX]{1,4}|\d{1,2})[.)][^\S\n]*\p{Lu}[^\n:;.]{0,80}$|Nơi\s+nhận)",
                              regex.MULTILINE)
#: a clause in a plan section that reports what was done (`tỷ lệ giải ngân` there names the rate planned)
_DONE_IN_PLAN = lazyre.compile(r"(?<!\w)(?:đã|vừa|đến\s+nay|tới\s+nay|hiện\s+nay|hiện\s+tại)(?!\w)", regex.IGNORECASE)
#: a request to another body, which says what is, not what is planned (`Đề nghị Bộ Tài chính … cho 2 dự án mới`)
_REQUEST = lazyre.compile(r"[\s\-–•+*]*(?:đề\s+nghị|kiến\s+nghị|đề\s+xuất)(?!\w)", regex.IGNORECASE)


def _plan_sections(drafts: list[Draft], scan: str, sentences: list[tuple[int, int]]) -> None:
    """`III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2024` then `- 100% hòa giải viên mới được bồi dưỡng …`: in a report's section of
    plans and tasks, a figure that no cue of its own clause qualifies is planned, a target (one that says what was done,
    `(năm 2024 đạt 71,5%)`, has its own cue; a request to another body is no plan)."""
    if not drafts or _PLAN_HEADING.search(scan) is None:
        return
    starts = [d.start for d in drafts]
    for h in _PLAN_HEADING.finditer(scan):
        roman = h.group("num")[0] in "IVX"
        end = len(scan)
        for m in _NEXT_SECTION.finditer(scan, h.end()):
            num = m.group("num")
            if num is None or not roman or num[0] in "IVX":
                # (a Roman section ends at the next Roman one, or the recipients; a numbered one at any next heading)
                end = m.start()
                break
        for d in drafts[bisect.bisect_left(starts, h.end()):bisect.bisect_left(starts, end)]:
            if d.status != "actual" or "status" in d.why:
                continue
            s_start = _sentence_of(sentences, d.start)[0]
            if _REQUEST.match(scan, s_start) or _DONE_IN_PLAN.search(scan, s_start, d.start):
                continue
            d.status = "target"
            d.why["status"] = f"the section of plans it stands in ({' '.join(h.group().split())!r})"


def _status(scan: str, s_start: int, d: Draft, r: Rules, s_end: int | None = None) -> str:
    status, why = _status_and_rule(scan, s_start, s_end if s_end is not None else d.end, d, r)
    if why:
        d.why["status"] = why
    return status


def _status_and_rule(scan: str, s_start: int, s_end: int, d: Draft, r: Rules) -> tuple[str, str | None]:
    """The status a figure's clause gives it (FIGURES.md §3 status), with the cue that gave it.

    The last cue before the figure in its sentence wins; a cue does not reach past `;` unless a list was
    opened with `:`. A sentence that continues the one before it (`Trong đó, …`) continues its cue, `;`
    and all. A bracket with a verb or period of its own (`(tháng 2/2023 đạt 250.199 tỷ đồng)`) is governed
    only by what it says. A cue right after the figure's unit governs it too (`10 chỉ tiêu dự kiến đạt`).

    The cues of a sentence are found once and looked up by bisection, so a figure-dense sentence (a
    table flattened into one line) costs a look-up per figure, not a rescan.
    """
    pos = d.start
    if _COMPARED_LEVEL.search(scan, max(s_start, pos - 40), pos):
        return "actual", "the level it is compared with (`cao hơn mức tăng 2,1% của quý I/2023`)"
    open_at = scan.rfind("(", max(s_start, pos - _BRACKET_REACH), pos)
    if open_at >= 0 and scan.find(")", open_at, pos) < 0 and \
            (_OWN_VERB.search(scan, open_at, pos) or _NOW_OPENS.match(scan, open_at + 1, pos)) \
            and not _CONTINUES.match(scan, open_at + 1):
        found = _last_cue_in(scan, open_at, pos, r)
        return (found[0], f"cues.toml [{found[1]}] within its bracket") if found else ("actual", "its own bracket")
    if _NOW_RIGHT_AFTER.match(scan, d.end, d.end + 16) is not None:
        # `giảm tỷ lệ hộ nghèo từ 3,12% hiện nay xuống dưới 2%`: the level it is now, in a target's sentence
        return "actual", "the level it is now (`hiện nay` right after it)"
    after = _AFTER_UNIT.match(scan, d.end, min(len(scan), d.end + 40))
    if after and (r.status_any is None or r.status_any.match(scan, after.end(), min(len(scan), after.end() + 20))):
        # (one look for any cue, then which: most figures have none after their unit)
        for name, status, rx in r.statuses:
            if rx.match(scan, after.end(), min(len(scan), after.end() + 20)):
                return status, f"cues.toml [{name}] after its unit"
    cues = _sentence_cues(scan, s_start, max(s_end, pos), r)
    if _CONTINUES.match(scan, s_start) and s_start > 0:
        # `Trong đó, A tăng 4,2%; B tăng 0,4%`: the items continue the sentence before, `;` and all
        found = cues.last_before(pos, s_start)
        if found is None:
            before = _previous_sentence(scan, s_start)
            end = s_start
            if 0 <= scan.find(";", before, s_start):
                # (the sentence before: what its first clause claims, not a `;` clause after it, `Năng suất bình quân
                # đạt 7,35 tấn/ha …; sản lượng ước đạt hơn 1,7 triệu tấn.` / `Trong đó, các huyện có năng suất cao nhất
                # …`; `… đạt 87,4%; mục tiêu của chiến dịch là 95%. Trong đó, nhóm trẻ 1-5 tuổi đạt 93,1%`)
                end = scan.find(";", before, s_start)
            found = _last_cue_in(scan, before, end, r)
            if found is not None:
                return found[0], f"cues.toml [{found[1]}]{_CONTINUED}"
    else:
        cut = s_start
        if not (0 <= cues.colon < pos):
            k = bisect.bisect_left(cues.semicolons, pos) - 1
            if k >= 0:
                cut = cues.semicolons[k] + 1   # a cue does not reach past `;` unless a list was opened with `:`
        if cut > s_start and (_CONTINUES.match(scan, cut) or (_PARTS_OPENED.search(scan, s_start, cut)
                                                             and not _OWN_INDICATOR.match(scan, cut))):
            # `IIP ước tăng 8,2%; trong đó ngành chế biến tăng 9,1%`, `… ước thu 3.200 tỷ đồng, trong đó thu nội địa
            # tăng 8,1%; thu xuất nhập khẩu tăng 12,4%`: the parts go on with its claim, `;` and all
            cut = s_start
        last = cues.last_cue(pos, cut)
        found = (last[2], last[3]) if last is not None else None
        if found is not None and found[0] != "actual" and \
                _CONTRAST_AFTER_FIGURE.search(scan, last[1], pos) is not None:
            # `nhu cầu … ước khoảng 196.000 người, song các dự án … mới đáp ứng cho hơn 38.000 người`, `đặt mục tiêu
            # 35.000 căn hộ, nhưng … mới hoàn thành 15 dự án`: a clause that sets itself against the figure of the cue
            # says what is so, not what was planned or estimated
            found = None
        if found is not None and found[0] == "target":
            cue = last
            if _HORIZON_ONLY.fullmatch(scan, cue[0], cue[1]) is not None and \
                    (prior := cues.last_cue(cue[0], cut)) is not None and prior[2] == "forecast" and \
                    _OPENING_SOURCE.fullmatch(scan, cut, prior[0]) is not None:
                # `Theo dự báo của Bộ Công Thương, đến năm 2030 nhu cầu LPG … sẽ đạt khoảng 3,8-4,2 triệu tấn/năm`: a
                # horizon after a forecast that opens the sentence dates the forecast; it sets no goal
                return prior[2], f"cues.toml [{prior[3]}] (the horizon after it dates the forecast)"
            if (_PLAN_IS.search(scan, cue[0], cue[1]) and _DONE_AFTER_PLAN.search(scan, cue[1], pos)) or \
                    _DONE_SO_FAR.search(scan, cue[1], pos) or _NOW_CLAUSE.search(scan, cue[1], pos):
                # `Kế hoạch vốn năm 2024 là 1.200 tỷ đồng, giải ngân được 800 tỷ đồng`: the plan is the amount the
                # copula gives; a clause after it that reports what was done is actual (`đặt mục tiêu đón 9 triệu
                # lượt khách, đến nay đã đạt 80% kế hoạch năm`); so is one that opens with now, after the target's figure
                # (`phấn đấu đến năm 2025 đạt 45%, hiện đạt 42,3%`)
                found = None
            elif cue[3] == "status_quota" and _SAYS_DONE.search(scan, cue[1], pos):
                # `được giao 1.035 chỉ tiêu biên chế giáo viên và đã tuyển được 798 người`: what was done against the
                # quota is done
                found = None
            elif _AGAINST.search(scan, max(cut, cue[0] - 20), cue[0]) and \
                    _DONE_AFTER_COMPARISON.search(scan, cue[1], pos):
                # `so với mục tiêu của Đề án … ít nhất 1 triệu căn …, số căn đã hoàn thành mới đạt khoảng 4%`: the
                # plan a result is measured against is the plan's; the clause that says what was done is actual
                found = None
            elif ((purpose := _PURPOSE_BEFORE.search(scan, max(cut, cue[0] - 24), cue[0])) is not None or
                  _PURPOSE_OPENS.match(scan, s_start)) and _DONE_AFTER_PURPOSE.match(scan, cue[1], pos):
                # `Nhằm đạt chỉ tiêu 35 giường bệnh/vạn dân, năm 2024 tỉnh đã đầu tư thêm 120 giường bệnh`: the aim a
                # purpose clause names is its own; the main clause after it that says done is actual (so after one
                # mid-sentence: `…, để đạt mục tiêu đến cuối năm 2024 có 50% người hưởng nhận qua tài khoản, BHXH tỉnh
                # đã phối hợp với 12 ngân hàng tổ chức 1.146 hội nghị`)
                found = None
            elif purpose is not None and _PURPOSE_CLOSED.match(scan, cue[1], pos) is not None and \
                    (prior := cues.last_before(purpose.start(), cut)) is not None:
                # `Theo ước tính của WB, để đạt mục tiêu đến năm 2030, Việt Nam cần huy động khoảng 14-15 tỷ USD`: the aim
                # a purpose clause names is not what the main clause after it claims; a cue before the purpose governs
                # (with none, what is needed to reach the aim is part of the plan: `Để hoàn thành chỉ tiêu năm 2023, …
                # cần phát triển thêm khoảng 5.600 người`)
                found = prior
        if found is not None and found[0] in ("estimate", "forecast"):
            cue = cues.last_cue(pos, cut)
            if cue is not None and _NOW_CLAUSE.search(scan, cue[1], pos):
                # `nhu cầu vốn … ước khoảng 1.050 tỷ đồng, hiện mới bố trí được khoảng 45%`: a clause that opens with
                # `hiện` or `đến nay` after the estimated figure says what is so now
                found = None
        if found is not None and 0 <= cues.colon < pos:
            # `Sản phẩm chủ yếu: xi măng ước đạt 1.540 nghìn tấn; điện sản xuất đạt 1.265 triệu kWh`: a cue inside an
            # item of a list is that item's (one before the colon governs them all)
            k = bisect.bisect_left(cues.semicolons, pos) - 1
            clause = cues.semicolons[k] + 1 if k >= 0 else s_start
            cue = cues.last_cue(pos, cut)
            if cue is not None and cues.colon < cue[0] < clause and _CLAIM_VERB.search(scan, clause, pos) and \
                    not _NEXT_ITEM_IS.match(scan, clause, pos):
                found = None    # (an item without a verb of its own goes on with the one before: `…; lượng khách
                #                 khoảng 1,05 triệu lượt`)
        if found is None and cut > s_start:
            # `tỉnh đặt mục tiêu GRDP tăng 8%; thu nhập bình quân 130 triệu đồng`: a target opens a list of
            # targets, `;` and all (an estimate or forecast says only its own clause)
            cue = cues.last_cue(pos, s_start)
            if cue is not None and cue[2] == "target" and not _SAYS_DONE.search(scan, cut, pos) \
                    and not _AGAINST.search(scan, max(s_start, cue[0] - 20), cue[0]) \
                    and not _closed_bracket_holds(scan, s_start, cue[0], cut):
                # (not a plan said aside in brackets: `đạt 17,4 bác sĩ/vạn dân (kế hoạch năm 2024 là 17 bác sĩ/vạn
                # dân); dược sĩ đạt 3,9 dược sĩ/vạn dân`)
                found = cue[2], cue[3]
            elif cues.found and not scan[s_start:cues.found[0][0]].strip(" \t-–•+*") and \
                    _OPENING_ADVERBIAL.match(scan, cues.found[0][1]) and not _SAYS_DONE.search(scan, cut, pos):
                # `Ước cả năm 2026, GRDP tăng 9,5%; thu ngân sách đạt 52.000 tỷ đồng; …`: a cue that opens the
                # sentence as its adverbial governs every `;` clause of it
                found = cues.found[0][2], cues.found[0][3]
            elif d.kind != "rank" and ((_ELLIPTICAL.fullmatch(scan, cut, pos) and not _CLAUSE_VERB.search(scan, cut, pos))
                                       or _NEXT_ITEM_IS.match(scan, cut, pos)):
                # `cây có múi cho sản lượng ước đạt 165.000 tấn; nhãn khoảng 26.500 tấn`: a clause of a noun and its
                # number, without a verb, goes on with the estimate or forecast of the clause before (a target there
                # opens a list of targets or is what a figure is measured against: the branch above answers); so does
                # the next of a ranking (`xã Đức Lập Hạ dẫn đầu với … ước đạt 24.300 tỷ đồng; tiếp theo là xã Hựu Thạnh
                # 18.750 tỷ đồng`)
                found = cues.last_before(cut, s_start)
                if found is not None and found[0] not in ("estimate", "forecast"):
                    found = None
    if found is None and _BULLET_OPENS.match(scan, scan.rfind("\n", 0, s_start) + 1):
        before = _before_parts_list(scan, s_start)
        if before is not None:
            # `GRDP … ước tăng 6,85% …` / `Trong mức tăng chung của toàn nền kinh tế:` / `- Khu vực dịch vụ tăng 6,1%`:
            # the items of a breakdown go on with the claim said before its header
            found = _last_cue_in(scan, before[0], before[1], r)
            if found is not None:
                return found[0], f"cues.toml [{found[1]}]{_CONTINUED}"
        header = bullets_header(scan, s_start, _BULLET_OPENS, 12)
        if header is not None:
            # `Mục tiêu đến năm 2030:` / `- Tỷ lệ lao động qua đào tạo đạt 75%.`: a heading that names a plan or an
            # estimate and opens a list of bullets with its colon gives them its status
            found = _last_cue_in(scan, _sentence_ending_at(scan, header[1]), header[1], r)
            if found is not None:
                return found[0], f"cues.toml [{found[1]}] of the line whose colon opens its list of bullets"
    if found is None and (source := _SOURCE_AFTER.match(scan, d.end, s_end)) is not None:
        # `… thất thu khoảng 1.000 tỷ đồng mỗi năm, theo ước tính của hiệp hội`: whose estimate or forecast a figure is,
        # said after it at its clause's end
        return ("estimate" if source.group("c")[0] in "ưƯ" else "forecast"), "the source named after it"
    return (found[0], f"cues.toml [{found[1]}]") if found else ("actual", None)


#: what may stand before a cue that opens its sentence (`Theo dự báo`)
_OPENING_SOURCE = lazyre.compile(r"[^\S\n]*(?:[-–•+*][^\S\n]*)?(?:theo[^\S\n]+)?", regex.IGNORECASE)
#: a target cue that is only a horizon (`đến năm 2030`)
_HORIZON_ONLY = lazyre.compile(r"(?:đến|tới)\s+năm\s+\d{4}", regex.IGNORECASE)
#: an estimate or forecast credited after a figure, at its clause's end (`, theo ước tính của hiệp hội`)
_SOURCE_AFTER = lazyre.compile(r"(?:[^;.!?\n]|\.(?=\d)){0,60}?,[^\S\n]*theo[^\S\n]+(?P<c>ước\s+tính|dự\s+báo|dự\s+kiến)(?!\w)",
                               regex.IGNORECASE)


def bullets_header(text: str, pos: int, bullet: regex.Pattern[str], reach: int) -> tuple[int, int] | None:
    """For a position on a line that ``bullet`` opens, the start of the line whose closing colon opens its list of
    bullets and the colon's position, within ``reach`` lines (only bullets and blank lines between them); else None.

    >>> bullets_header("Mục tiêu:\\n- a 1\\n\\n- b 2", 14, _BULLET_OPENS, 12)
    (0, 8)
    """
    line = text.rfind("\n", 0, pos) + 1
    if not bullet.match(text, line):
        return None
    for _ in range(reach):
        if line == 0:
            return None
        prev = text.rfind("\n", 0, line - 1) + 1
        said = text[prev:line].strip()
        if said.endswith(":"):
            return prev, text.rfind(":", prev, line)
        if said and not bullet.match(text, prev):
            return None
        line = prev
    return None


#: the next places or names of a ranking (`; tiếp theo là xã Hựu Thạnh 18.750 tỷ đồng và thị trấn Hậu Nghĩa`)
_NEXT_ITEM_IS = lazyre.compile(r"[^\S\n]*(?i:tiếp\s+(?:theo|đến|sau)|sau\s+đó|kế\s+đến)\s+là\s+"
                              r"(?:(?:xã|phường|thị\s+trấn|huyện|quận|thị\s+xã|thành\s+phố|tỉnh)\s+)?\p{Lu}[^;:]*$")
#: a clause of a few words and no number before the figure's (`; nhãn khoảng`), that opens with no doer of its own (not
#: `; tỉnh xuất siêu khoảng 9,7 tỷ USD`, `; Việt Nam hiện đứng thứ 11`)
_ELLIPTICAL = lazyre.compile(r"[^\S\n]*(?!(?:tỉnh|huyện|thành\s+phố|thị\s+xã|xã|toàn|cả|tổng)(?!\w))(?-i:\p{Ll})\p{L}*"
                            r"(?:[^\S\n]+\p{L}+){0,5}[^\S\n]*", regex.IGNORECASE)
#: the header line of a breakdown (`Trong đó:`, `Trong mức tăng chung của toàn nền kinh tế:`, `Cụ thể như sau:`)
_PARTS_HEADER = lazyre.compile(rf"[^\S\n]*(?:{_BREAKDOWN_WORDS}|trong mức tăng|trong tổng)(?!\w)"
                              r"[^\n]{0,80}:[^\S\n]*$", regex.IGNORECASE)


def _before_parts_list(scan: str, s_start: int) -> tuple[int, int] | None:
    """For an item of a list (its line opens with a dash), the span of the last sentence before the list's header
    when that header opens a breakdown (:data:`_PARTS_HEADER`); else None. Other items may stand between."""
    line = scan.rfind("\n", 0, s_start) + 1
    for _ in range(12):
        if line == 0:
            return None
        prev = scan.rfind("\n", 0, line - 1) + 1
        if _BULLET_OPENS.match(scan, prev, line):
            line = prev
            continue
        if not _PARTS_HEADER.match(scan, prev, line - 1):
            return None
        if prev == 0:
            return None
        end = prev - 1
        while end > 0 and scan[end - 1] != "\n" and scan[end - 1].isspace():
            end -= 1
        start = _sentence_ending_at(scan, end)
        return (start, end) if start < end else None
    return None


#: before a figure: the level another is compared with, a past value whatever the claim's status (asked of every
#: figure, so read backwards from it: a figure without it is answered at its own position)
_COMPARED_LEVEL = lazyre.compile(r"(?<!\w)(?:cao|thấp)\s+hơn\s+(?:so\s+với\s+)?mức(?:\s+(?:tăng|giảm))?(?:\s+trưởng)?"
                                r"(?:\s+(?:bình\s+quân|chung))?\s*$", regex.IGNORECASE | regex.REVERSE)
#: after a cue that opens its sentence: a time phrase up to a comma (`Ước cả năm 2026,`, `Dự kiến năm 2027,`)
_OPENING_ADVERBIAL = lazyre.compile(r"(?:[^,;:.\d\n]|\d{1,2}(?:\s*(?:đến|-|–)\s*\d{1,2})?\s+(?:tháng|ngày|giờ|tuần)|(?:19|20)\d\d"
                                   r"|\d{1,2}\s*/\s*(?:19|20)\d\d){0,30}?,")
#: the verb of an item's own claim
_CLAIM_VERB = lazyre.compile(r"(?<!\w)(?:đạt|là|có|ở mức|chiếm)(?!\w)", regex.IGNORECASE)
#: a clause that reports what is done (`; hiện đã đạt 60%`, `; đến ngày 30/9 giải ngân 500 tỷ đồng`) is no item of a
#: list of targets (not `hiện đại`, modern; `hiện hành`, in force; `hiện trạng`, the state)
_SAYS_DONE = lazyre.compile(r"(?<!\w)(?:đã|hiện nay|hiện tại|hiện(?!\s+(?:đại|hành|trạng|tượng|thực|diện))|thực hiện|ước|năm nay|"
                           r"vừa|đến nay|tới nay|giải ngân|mới(?=\s+(?:hoàn\s+thành|được)(?!\w))|"
                           # (what there is as of a day: `đến ngày 31/10/2024 có 1.612 sinh viên nhập học`)
                           r"(?:tính\s+)?(?:đến|tới)\s+(?:hết\s+)?ngày\s+\d{1,2}/\d{1,2}(?:/\d{4})?,?(?:\s+\p{L}+){0,4}?\s+có)(?!\w)",
                           regex.IGNORECASE)


def _closed_bracket_holds(scan: str, start: int, at: int, before: int) -> bool:
    """Whether ``at`` stands in a bracket opened after ``start`` (:func:`_opened_after`) and closed before ``before``."""
    return _opened_after(scan, start, at) and 0 <= scan.find(")", at) < before


#: `hiện nay` or `hiện tại` right after a figure: the level it is now
_NOW_RIGHT_AFTER = lazyre.compile(r"[^\S\n]+hiện[^\S\n]+(?:nay|tại)(?!\w)", regex.IGNORECASE)
#: a sentence that opens with its purpose (`Để đạt …`, `Nhằm hoàn thành …`)
_PURPOSE_OPENS = lazyre.compile(r"[^\S\n]*(?:[-–•+*][^\S\n]*)?(?:để|nhằm)\s", regex.IGNORECASE)
#: a purpose clause's opening right before a target cue, mid-sentence (`, để đạt mục tiêu`), and its close after the cue
_PURPOSE_BEFORE = lazyre.compile(r"(?<!\w)(?:để|nhằm)(?:\s+(?:đạt|đạt\s+được|hoàn\s+thành|thực\s+hiện))?\s*$",
                                regex.IGNORECASE)
_PURPOSE_CLOSED = lazyre.compile(r"[^,;]*,[^,;]*$")
#: after a purpose clause's cue, its close, then a main clause that says what was done (`…, năm 2024 tỉnh đã đầu tư`)
#: (or goes on doing now: `Để đạt kế hoạch năm 2025, tỉnh tiếp tục thực hiện chính sách hỗ trợ 50% lãi suất vay, tối đa 3
#: triệu đồng/hộ/năm`)
_DONE_AFTER_PURPOSE = lazyre.compile(r"[^,;]*,[^,;]*?(?<!\w)(?:đã|vừa|tiếp\s+tục|đang|duy\s+trì)(?!\w)[^;]*$",
                                     regex.IGNORECASE)
#: a target cue that states the plan's value with a copula (`kế hoạch vốn năm 2024 là`)
_PLAN_IS = lazyre.compile(r"(?<!\w)là\s*$", regex.IGNORECASE)
#: after the plan's value, a clause that reports what was done against it
_DONE_AFTER_PLAN = lazyre.compile(r"\d[^;]*?[,;]\s*"
                                 r"(?:(?:tính\s+)?(?:đến|tới)\s+(?:ngày\s+)?\d{1,2}/\d{1,2}(?:/\d{4})?\s*,?\s*)?"
                                 r"(?:[^\d,;.:]*\s)?(?:đã|giải ngân|thực hiện|hoàn thành|thu được|đạt được)(?!\w)",
                                 regex.IGNORECASE)


def _share_in_brackets(scan: str, d: Draft, m: NumberMatch) -> bool:
    """Whether the bracket after ``d`` that ``m`` opens holds only a percent that is ``d``'s share: in a sentence about
    shares (`chiếm tỷ lệ cao nhất với 581 người (55%)`), as what it is of its own total (`55/60 phiếu (91,67%)`), or,
    right after the figure, after a part cue (`trong đó 286 sản phẩm (57,4%)`) or in items of a report that each have
    one (`thu tiền sử dụng đất 1.200 tỷ đồng (96,5%); …`). Not after a change or in a sentence whose brackets say
    changes (`312 vụ tai nạn (giảm 7,96%), làm chết 118 người (7,09%)`), nor after one amount alone (`(12%)`: a rate
    of anything)."""
    if d.kind == "percent" or d.percent is not None or _PERCENT_CLOSES.match(scan, m.end) is None:
        return False
    if _SHARE_LEAD.search(scan, max(0, d.start - _SHARE_LEAD_REACH), d.start) is not None:
        return True
    if d.kind not in ("count", "money", "measure") or d.change or _times_one_way(scan, d):
        # (`giảm 27 vụ (7,96%)`: the change said again in percent, after the figure's or as the count after its verb,
        # `tăng 19 vụ (9,74%), giảm 4 người chết (2,74%)`; `xếp thứ 2 (91,87%)`: a score)
        return False
    if d.total and abs(d.value / d.total * 100 - m.value) <= 0.5:
        return True     # what it is of its own total: `55/60 phiếu "tín nhiệm cao" (91,67%)`
    if _BARE_OPEN.fullmatch(scan, d.attr_end, m.start) is None:
        return False    # (`1.219 mẫu đạt (12,6%)` says which part, and is checked as a part's share)
    opening = max(scan.rfind(".", 0, d.start), scan.rfind("\n", 0, d.start)) + 1
    if _CHANGE_IN_BRACKET.search(scan, opening, m.start) is not None:
        return False
    # items of a report, each with its share in brackets (`thu tiền sử dụng đất 1.200 tỷ đồng (96,5%); thu phí 320 tỷ
    # đồng (102,3%)`); one amount alone may have a rate of anything there (`Doanh thu đạt 500 tỷ đồng (12%)`)
    if _PART_CUE_BEFORE.search(scan, max(opening, d.start - 20), d.start) is not None:
        return True     # a part's share (`trong đó 286 sản phẩm (57,4%) đã được đưa lên …`)
    close = scan.find(")", m.end)
    ending = scan.find(".", close)
    # (two are enough: a long line of items is not read again for each of them)
    items = _ITEM_SHARE.finditer(scan, opening, ending if ending >= 0 else len(scan))
    if len(list(itertools.islice(items, 2))) == 2:
        return True
    # (or the other item says its share in words: `giải ngân 2.795 tỷ đồng (45%), trong khi vốn sự nghiệp chỉ đạt 817 tỷ
    # đồng, tương đương 26,4%`)
    return _ITEM_SHARE_SAID.search(scan, close, ending if ending >= 0 else len(scan)) is not None


#: `chiếm tỷ lệ cao nhất với 581 người (55%)`: a sentence about shares, before the amount whose share is in brackets
_SHARE_LEAD = lazyre.compile(r"(?<!\w)chiếm\s+(?:tỷ|tỉ)\s+(?:lệ|trọng)[^.;:\d\n]*\s$", regex.IGNORECASE)
_SHARE_LEAD_REACH = 120
_PERCENT_CLOSES = lazyre.compile(r"[^\S\n]*%[^\S\n]*\)")
#: a bracket opened right after a figure
_BARE_OPEN = lazyre.compile(r"[^\S\n]*\([^\S\n]*")
#: the cue of a part right before its number (`trong đó 286`)
_PART_CUE_BEFORE = lazyre.compile(r"(?<!\w)(?:trong\s+đó|trong\s+số\s+đó|gồm|bao\s+gồm)[\s,:]*(?:có\s+)?$",
                              regex.IGNORECASE)
#: an amount or a count with a bare percent in brackets after it (`320 tỷ đồng (102,3%)`)
_ITEM_SHARE = lazyre.compile(r"\d[^\S\n]*\p{L}[\p{L}/ ]{0,20}\([^\S\n]*(?:(?:bằng|đạt|chiếm)[^\S\n]+)?\d[\d.,]*[^\S\n]*%"
                            r"[^()\n]{0,30}\)")   # (`18,5 tỷ đồng (bằng 9,2% dự toán), 42 tỷ đồng (12,6%)`)
#: an amount or a count with its share said after a comma (`817 tỷ đồng, tương đương 26,4%`)
_ITEM_SHARE_SAID = lazyre.compile(r"\d[^\S\n]*\p{L}[\p{L}/ ]{0,20},[^\S\n]*(?:tương[^\S\n]+đương|chiếm|bằng|đạt)[^\S\n]+"
                                  r"(?:(?:khoảng|gần|hơn|trên)[^\S\n]+)?\d[\d.,]*[^\S\n]*%", regex.IGNORECASE)
#: a bracket that says a change (`(giảm 7,96%)`, `(tăng 12 vụ)`)
_CHANGE_IN_BRACKET = lazyre.compile(r"\(\s*(?:tăng|giảm|cao\s+hơn|thấp\s+hơn)(?!\w)", regex.IGNORECASE)
#: after a plan's value, a clause that says what has been done so far (`, đến nay đã đạt …`)
#: (or up to a day said as such: `, tính đến ngày 20/8 đã tuyển được`)
_DONE_SO_FAR = lazyre.compile(r"\d[^;]*?[,;]\s*(?:tính\s+)?(?:đến|tới|cho\s+đến)\s+(?:nay(?!\w)|(?:hết\s+)?ngày\s+\d{1,2}/\d{1,2}"
                             r"(?:/\d{4})?(?!\d))[^\d;]*?(?<!\w)đã(?!\w)",
                             regex.IGNORECASE)
#: `hiện` as the adverb now: `hiện nay`, `hiện tại`, or `hiện` before a verb (not the noun in `hiện vật`, `hiện trạng`)
#: (`hiện` before the figure said again, `hiện tỷ lệ này mới đạt 54%`: now, as before a verb)
NOW_ADVERB = r"(?:hiện\s+(?:nay|tại)|hiện(?=\s+(?:mới|đã|đang|chỉ|còn|đạt|có|là|vẫn|được)(?!\w))" \
    r"|hiện(?=\s+(?:tỷ\s+lệ|tỉ\s+lệ|con\s+số|số\s+lượng|chỉ\s+số|mức)\s+(?:này|đó|trên)(?!\w)))"
#: a bracket that opens with now (`giảm 10% số tàu lưới kéo (hiện còn khoảng 16.800 chiếc)`): what is so, said beside a goal
_NOW_OPENS = lazyre.compile(rf"[^\S\n]*{NOW_ADVERB}", regex.IGNORECASE)
#: a clause after a figure that opens with now (`…, hiện mới bố trí được`, `…, đến nay đã`), after a contrast too
#: (`…, nhưng hiện mới đạt`, `…, trong khi hiện nay`; `…, trong khi tỷ lệ hiện nay mới`: what is contrasted named first)
_NOW_CLAUSE = lazyre.compile(r"\d[^;]*?,\s*(?:(?:nhưng|song|mà)\s+|trong\s+khi\s+(?:\p{L}+\s+){0,4}?)?"
                            rf"(?:{NOW_ADVERB}|(?:tính\s+)?(?:đến|tới)\s+nay)\s+(?!\d)", regex.IGNORECASE)
#: a clause set against the figure before it (`… 196.000 người, song`, `… 35.000 căn hộ …, nhưng`, `, trong khi khả năng
#: bố trí vốn … mới đạt`; not a `trong khi` that sets two claims of one kind side by side, `tăng lên khoảng 78.500 ha,
#: trong khi đất nông nghiệp giảm xuống còn khoảng 591.000 ha`)
_CONTRAST_AFTER_FIGURE = lazyre.compile(r"\d[^;]*?,\s*(?:nhưng|song(?!\s+song)|tuy\s+nhiên"
                                        # (`, trong khi … mới đạt`: only where it says what is done)
                                        r"|trong\s+khi(?=[^,;]*?(?<!\w)(?:mới|đã|chỉ|hiện)(?!\w)))(?!\w)",
                                        regex.IGNORECASE)
#: a clause after a comma that says what was done (`…, số căn đã hoàn thành mới đạt`)
_DONE_AFTER_COMPARISON = lazyre.compile(r",[^;]*?(?<!\w)(?:đã|mới|chỉ)(?!\w)", regex.IGNORECASE)
#: `đạt 91,3%, thấp hơn chỉ tiêu đề ra là 95%; …`: a target a figure is measured against opens no list of targets
_AGAINST = lazyre.compile(r"(?<!\w)(?:thấp hơn|cao hơn|vượt|so với|bằng|chưa đạt|không đạt)\s*$", regex.IGNORECASE)
#: how far back a figure looks for the bracket it stands in
_BRACKET_REACH = 400


@dataclass(frozen=True)
class _Cues:
    """The status cues of one sentence, found once: (start, end, status, entry) sorted by start."""

    found: list[tuple[int, int, str, str]]
    starts: list[int]
    colon: int
    semicolons: list[int]

    def last_before(self, pos: int, cut: int) -> tuple[str, str] | None:
        """The last cue that starts at or after ``cut`` and ends by ``pos``: (status, entry)."""
        cue = self.last_cue(pos, cut)
        return (cue[2], cue[3]) if cue is not None else None

    def last_cue(self, pos: int, cut: int) -> tuple[int, int, str, str] | None:
        """That cue whole: (start, end, status, entry)."""
        k = bisect.bisect_left(self.starts, pos) - 1
        while k >= 0 and self.found[k][0] >= cut:
            if self.found[k][1] <= pos:
                return self.found[k]
            k -= 1
        return None


_cue_memo = threading.local()


#: a colon that opens a list (not one that opens a quote: `Ông Niê nhấn mạnh: "Năm 2024, huyện phấn đấu …; …"`)
_LIST_COLON = lazyre.compile(r':(?![^\S\n]*["“])')


def _cue_memo_of(scan: str, r: Rules) -> dict:
    """This thread's memo of status cues, for ``scan`` and ``r`` (emptied when either changes; it holds them, so
    that their identities are not reused while it is kept), with ``scan`` in lower case for :func:`_may_match`
    (``folded``: None until asked for, then the text or False)."""
    memo = _cue_memo.__dict__
    if memo.get("scan") is not scan or memo.get("rules") is not r:
        memo.clear()
        memo.update(scan=scan, rules=r, sentences={}, stretches={}, folded=None)
    return memo


def _folded_of(memo: dict) -> str | None:
    """The memo's text in lower case (:func:`windows.fold`), folded when first asked for; None if it cannot be."""
    if memo["folded"] is None:
        memo["folded"] = fold(memo["scan"], memo["rules"].cue_odd) or False
    return memo["folded"] or None


def _may_match(words: tuple[str, ...] | None, folded: str | None, start: int, end: int) -> bool:
    """Whether a cue regex whose matches each hold one of ``words`` (:attr:`Rules.words_of`) may match in
    ``start``..``end``: always, unless ``folded`` (the text in lower case) shows none of them there.

    (A regex scan of a sentence tries every position, lookbehinds and all; most sentences hold no word of most
    cues, and ``str.find`` tells so far faster.)"""
    if words is None or folded is None:
        return True
    for w in words:
        if folded.find(w, start, end) >= 0:
            return True
    return False


def _sentence_cues(scan: str, s_start: int, s_end: int, r: Rules) -> _Cues:
    """The status cues of the sentence that starts at ``s_start`` (memoised per text and sentence)."""
    memo = _cue_memo_of(scan, r)
    cues = memo["sentences"].get(s_start)
    if cues is None:
        folded, words = _folded_of(memo), r.words_of
        found = sorted((m.start(), m.end(), status, name) for name, status, rx in r.statuses
                       if _may_match(words[rx], folded, s_start, s_end)
                       for m in rx.finditer(scan, s_start, s_end))
        semicolons = [s_start + q.start() for q in _SEMICOLON.finditer(scan[s_start:s_end])]
        colon = _LIST_COLON.search(scan, s_start, s_end)
        cues = memo["sentences"][s_start] = _Cues(found, [c[0] for c in found], colon.start() if colon else -1,
                                                   semicolons)
    return cues


def _last_cue_in(scan: str, start: int, end: int, r: Rules) -> tuple[str, str] | None:
    """The status of the last status cue in ``scan[start:end]`` (a short stretch), with the cue's entry.

    (Memoised per text and stretch: the figures of a list ask it of the same sentence before the list, one by one.)"""
    memo = _cue_memo_of(scan, r)
    stretches = memo["stretches"]
    key = (start, end)
    if key not in stretches:
        stretches[key] = _find_last_cue(scan, start, end, r, _folded_of(memo))
    return stretches[key]


def _find_last_cue(scan: str, start: int, end: int, r: Rules, folded: str | None = None) -> tuple[str, str] | None:
    best, best_at = None, -1
    for name, status, rx in r.statuses:
        if not _may_match(r.words_of[rx], folded, start, end):
            continue
        for m in rx.finditer(scan, start, end):
            if m.start() > best_at:
                best, best_at = (status, name), m.start()
    return best


def _previous_sentence(scan: str, s_start: int) -> int:
    """Where the sentence before the one starting at ``s_start`` starts: a sentence that opens with `Trong đó,` goes on
    with the one before it, in its paragraph or, when it opens a paragraph, the last of the paragraph before (`… ước
    tăng 9,12% so với cùng kỳ.` / `Trong đó, khu vực dịch vụ tăng 7,05%`), not past a heading or a bullet."""
    end = s_start
    while end > 0 and scan[end - 1].isspace():
        end -= 1
    if end == 0 or scan[end - 1] not in ".;:" and "\n" in scan[end:s_start]:
        return s_start      # (after a line that ends without a stop: a heading)
    start = _sentence_ending_at(scan, end)
    return start if start < end else s_start


def _sentence_ending_at(scan: str, end: int) -> int:
    """Where the sentence that ends at ``end`` starts, within its line."""
    floor = max(0, end - 2000)      # a sentence is at most 2000 characters (normalise.sentence_spans)
    return max(scan.rfind(". ", floor, end - 1) + 2, scan.rfind("\n", floor, end) + 1, floor)

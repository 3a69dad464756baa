"""What a figure measures: its subject, as a relation on the article's structure.

Each rule is a language fact whose words live in ``patterns/subjects.toml``:

- ``list_item``: an item of a list (`Đà Nẵng (58,89%)`, `Bình Dương với 22,51 tỷ USD`) takes the indicator
  the list shares, named before it in the sentence or in the sentences before; a place in the item is the
  figure's location, never its subject; a foreign partner stays in it (`… của Nhật Bản`).
- ``bracket_host``: a figure in a bracket with its own verb or period (`(tháng 2/2023 đạt 250.199 tỷ đồng)`)
  measures what its host measures.
- ``back_reference``: `tỷ lệ này`, `con số này` name the indicator named before with the same head.
- ``indicator``: a share, an amount or a measure whose own phrase names no indicator takes the indicator its
  sentence names before it, else the topic of the sentences before (`Chỉ số PAPI … Hà Nội đạt 43,96 điểm`).
- ``topic`` for a group: a share said of a group of units (`Khối bộ, ngành đạt 63%`) measures the indicator of
  the sentences before, for that group.
- ``phrase``: otherwise the phrase around the figure (:mod:`dtextract.context`); counts coordinated by `và`
  share the predicate after the last of them; nouns of one class coordinated by commas stay together; a clause
  after `;`, `trong đó`, `riêng`, `còn` that names what it measures keeps it.
- ``respectively``: `A và B lần lượt đạt x và y` pairs the items of the list with the figures in order, each with
  the head the items share (`kim ngạch xuất khẩu và nhập khẩu` → `kim ngạch nhập khẩu`).
- ``contribution``: a share said only as `đóng góp` is the contribution of what the figure before it measures.
- A bare head noun (`tỷ lệ`) becomes the indicator spelled out before it, or the one indicator the article
  names (more than once) with that head.

Every subject is cleaned of place names (they are the location) before it is returned.
"""
from __future__ import annotations

import bisect
import functools
import operator
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

import regex
from pydantic import BaseModel, ConfigDict

from . import lazyre, rxcache
from . import figures as _figures
from . import trie
from . import windows as _windows
from .figures import _BASELINE, _OWN_VERB, Draft
from .numerals import vocabulary
from .patterns import DEFAULT_FLAGS, PatternSet, backwards, search_to_end
from . import places as _places
from .places import PlaceMention
from .structure import CLAUSE_REACH, Structure


class _Entry(BaseModel):
    model_config = ConfigDict(extra="forbid")
    words: list[str] = []
    pattern: str = ""


#: the nouns that count people of any kind: a part counted by one of them is its whole's people of its label's kind
#: (`587 công chức, viên chức …, trong đó cấp tỉnh 203 người`), by another people noun its own kind (`512.340 học sinh,
#: gồm: mầm non 98.450 trẻ`)
_GENERIC_PEOPLE = frozenset({"người", "đối tượng", "em"})
#: the word right after a figure, if it is a lower-case word of the same line (what the figure's own phrase names)
_WORD_AFTER = lazyre.compile(r"[^\S\n]+(?P<w>\p{Ll}+)")
#: a count's things said to be done to or by them right after their noun (`214 doanh nghiệp được tư vấn`, `125/125 xã
#: đã triển khai`)
_SAID_AFTER_UNIT = lazyre.compile(r"[^\S\n]+(?:[^\s\d,;:.()]+[^\S\n]+){0,3}?(?:được|đã|đang|bị)[^\S\n]+\p{Ll}")


@dataclass(frozen=True)
class Rules:
    heads: regex.Pattern[str]
    stops: regex.Pattern[str]
    item: regex.Pattern[str]
    back_reference: regex.Pattern[str]
    coordinated: regex.Pattern[str]
    coordinated_before: regex.Pattern[str]
    group: regex.Pattern[str]
    label: regex.Pattern[str]
    age: regex.Pattern[str]
    respectively: regex.Pattern[str]
    dimension: regex.Pattern[str]            # the adjective of size that ends a phrase (`Tuyến đê biển Tây dài`)
    dimension_nouns: dict[str, str]          # its noun (`dài` -> `chiều dài`)
    attribute: regex.Pattern[str]            # a size, a capacity or an income a thing has (`tổng diện tích`)
    members: regex.Pattern[str]              # `với` before a count of the members of what was counted before it
    payment: regex.Pattern[str]              # a verb of payment (`hỗ trợ`, `trợ cấp`): what a bare `mức` is the rate of
    #: the last words of the coordinated nouns (see :func:`_last_words`), or None: ``coordinated_before`` asked always
    noun_ends: frozenset[str] | None = None
    #: the words of numbers that follow a number (`tỷ`, `trăm`, `mươi`: numbers.toml), no noun a count counts
    number_words: frozenset[str] = frozenset()

    def joins(self, s: str, comma: int, *, parallel: int | None = None) -> int | None:
        """Where the coordination through the comma at ``comma`` ends, when a noun of one class stands on
        both sides of it (`khối bộ, ngành`, `cấp tỉnh, cấp huyện`, `người dân, doanh nghiệp`), or, given where the
        clause opens (``parallel``), two words said in parallel (:func:`_parallel`), or two kinds of what a count right
        before counts (:func:`_unit_said_again`); else None."""
        # (``coordinated_before`` runs backwards and ends in ``\s*$``: any match ends at ``comma``, so it is asked there
        # alone; a search would try each of the forty positions before it as well)
        pair = _CASES_PAIR.match(s, max(0, comma - 2))
        if pair is not None:
            return pair.end()       # `96,2% số vụ, việc`: cases and matters, one noun of the courts
        start = max(0, comma - 40)
        if self._may_end_noun(s, start, comma) and self.coordinated_before.match(s, start, comma) is not None and \
                _SCORE_BEFORE_COMMA.search(s, start, comma) is None:
            m = self.coordinated.match(s, comma, comma + _NEAR)
            if m is not None:
                return m.end()
        joined = _parallel(s, comma, parallel) if parallel is not None else None
        return joined if joined is not None else _unit_said_again(s, comma, self.number_words)

    def _may_end_noun(self, s: str, start: int, end: int) -> bool:
        """Whether the word ``s[start:end]`` ends with (before white space) is the last word of a coordinated noun, as
        ``coordinated_before`` would need to match there: that pattern, read backwards, tries each of its two hundred
        nouns from their ends (some 8 µs a comma), a set answers no for most commas at once. (A match's last word is the
        whole run of word characters before the white space: the noun's word before it ends at a non-word character
        or at the noun's start, where ``(?<!\\w)`` holds.)"""
        if self.noun_ends is None:
            return True
        m = _WORD_AT_END.match(s, start, end)
        return m is not None and _folded(m.group(1)) in self.noun_ends


#: the communes or villages of a list, each with its bracketed figure, up to the name of the next
#: (`tại các xã Pù Nhi (4 lớp), Mường Chanh (3 lớp) và `): places, whose names are no words of what is counted
_COMMUNES_LISTED = lazyre.compile(r"(?<!\w)(?:các|những)\s+(?:xã|phường|thị\s+trấn|thôn|bản|ấp|làng|buôn|tổ\s+dân\s+phố)"
                                  r"(?:\s*,\s*(?:xã|phường|thị\s+trấn))?\s+"
                                  r"(?:(?-i:\p{Lu})[^\s\d,;:.()]*(?:\s+[^\s\d,;:.()]+){0,3}\s*\([^()\n]{1,40}\)\s*(?:,|;|và|,\s*và)\s*)*$",
                                  regex.IGNORECASE)
#: a `;` item of a few words in small letters before its claim (`; khâu gieo sạ, cấy đạt `)
_KIND_ITEM = lazyre.compile(r"[^\S\n]*(?P<item>(?-i:\p{Ll})+(?:[^\S\n]*,?[^\S\n]+(?-i:\p{Ll})+){1,5})[^\S\n]+"
                            r"(?:đạt|là|chiếm)[^\S\n]+(?:(?:khoảng|gần|hơn|trên)[^\S\n]+)?$")
#: a rate raised to the figure (`nâng tỷ lệ lên `, `đưa tỷ lệ chung lên `)
_RATE_RAISED = lazyre.compile(r"(?<!\w)(?:nâng|đưa)\s+(?:tỷ|tỉ)\s+lệ(?:\s+[^\s\d,;:.()]+){0,3}?\s+lên\s+$",
                              regex.IGNORECASE)
#: a rate named by its bare noun (`tỷ lệ`), which says not what it is the rate of
_RATE_NOUN_ALONE = lazyre.compile(r"(?i:tỷ|tỉ)\s+lệ(?!\s+\S)")
#: a score right before a comma (`89,02 điểm,`): the unit of a figure, no noun coordinated with the next
_SCORE_BEFORE_COMMA = lazyre.compile(r"\d[^\S\n]*điểm[^\S\n]*$", regex.IGNORECASE)
#: the run of word characters right before the white space at the end (read backwards)
_WORD_AT_END = lazyre.compile(r"(?r)(\w+)\s*$")


def _folded(word: str) -> str:
    """``word`` folded as an IGNORECASE match compares it: ``str.casefold``, save `İ`, which the regex module takes for
    `i` and casefold makes `i` and a combining dot."""
    return word.replace("İ", "i").casefold()


def _holds(text: str, start: int, end: int, *words: str) -> bool:
    """Whether ``text[start:end]`` holds one of ``words`` (lower case) in any case, as an IGNORECASE pattern finds them:
    asked before a pattern that cannot match without one of them (``str.find`` over a stretch that the pattern would try
    its alternatives at each position of; most stretches hold none)."""
    low = _folded(text[start:end])
    return any(w in low for w in words)


def _last_words(words: list[str]) -> frozenset[str] | None:
    """The last words of ``words`` (their last runs of word characters), folded (:func:`_folded`); None when one of
    them does not end with a word character (its last word is not what a comma follows)."""
    ends = set()
    for w in words:
        if not w:
            continue    # (:func:`_words` leaves out empty words)
        m = _WORD_AT_END.match(w)
        if m is None or m.end(1) != len(w):
            return None
        ends.add(_folded(m.group(1)))
    return frozenset(ends)


def _unit_said_again(s: str, comma: int, number_words: frozenset[str]) -> int | None:
    """Where the noun after the comma at ``comma`` ends when it opens with the word a count's noun right before the comma
    opens with (`142 cầu khỉ, cầu tạm`, `1.108 hộ nghèo, hộ cận nghèo`, `12.436 hồ sơ cư trú, hồ sơ căn cước`): two kinds
    of the thing counted, coordinated; else None. Not a word of grammar or of a number (`685 tỷ đồng, tỷ lệ`), nor an
    item with a number of its own (`500 hộ, hộ nghèo 120 hộ`)."""
    before = _COUNTED_BEFORE.search(s, max(0, comma - 50), comma)
    if before is None or before.group("w").lower() in number_words:
        return None
    label = _ITEM_LABEL_BEFORE.search(s, max(0, before.start() - 60), before.start())
    if label is not None and label.group("w").lower() == before.group("w").lower():
        return None     # (`đơn tố cáo 643 đơn, đơn kiến nghị, phản ánh 12.489 đơn`: items labelled by kinds of the noun)
    after = _KIND_AFTER.match(s, comma, comma + 40)
    if after is None or after.group("w").lower() != before.group("w").lower() or \
            after.group("w").lower() in _FUNCTION_WORDS:
        return None
    item = _ITEM_REST.match(s, after.end())
    if item.end() >= len(s) or _DIGIT.search(s, after.end(), item.end()):
        # (a stretch that ends before the item does, a clause up to a figure, cannot tell)
        return None     # (`người thuộc hộ nghèo 128 người, người dân tộc thiểu số … 157 người`: the next item's own count)
    return after.end()


#: a count's number and the words of its noun up to a comma (`142 cầu khỉ`), and a noun after a comma that opens with a
#: word of them (`, cầu tạm`): its first word and the next
_COUNTED_BEFORE = lazyre.compile(r"(?<![\w.,])\d[\d.,]*[^\S\n]+(?P<w>(?-i:\p{Ll})+)(?:[^\S\n]+(?-i:\p{Ll})+){0,4}[^\S\n]*$")
_KIND_AFTER = lazyre.compile(r",[^\S\n]*(?P<w>(?-i:\p{Ll})+)[^\S\n]+(?-i:\p{Ll})+[^\S\n]*")
#: the label of a list's item before its number, after a comma or colon (`, đơn tố cáo `): its first word
_ITEM_LABEL_BEFORE = lazyre.compile(r"[,:;][^\S\n]*(?P<w>(?-i:\p{Ll})+)(?:[^\S\n]+(?-i:\p{Ll})+){0,5}[^\S\n]*$")
#: the rest of a list item up to the next mark of punctuation
_ITEM_REST = lazyre.compile(r"[^,;:.()\n]*")


def _parallel(s: str, comma: int, opening: int) -> int | None:
    """Where the word pair after the comma at ``comma`` ends when it repeats one word of the pair before it in the same
    place and not the other (`sức khỏe loại 1, loại 2`, `đi không đúng phần đường, làn đường`): two of one kind,
    coordinated. Not a number against a word (`đạt chuẩn, đạt 83,3%`), not a name (`Đông Hương, Đông Thọ`), not a
    quantifier (`Thông tin huyện, toàn huyện`), not after a number of the clause that opens at ``opening`` (`47 vụ cứu
    nạn, cứu hộ, cứu được 38 người`: the first clause is said)."""
    before = _PAIR_BEFORE.search(s, max(0, comma - 30), comma)
    after = _PAIR_AFTER.match(s, comma, comma + 30) if before is not None else None
    if after is None or _DIGIT.search(s, opening, before.start()):
        return None
    (a1, a2), (b1, b2) = before.group(1, 2), after.group(1, 2)
    if (a1.lower() == b1.lower()) == (a2.lower() == b2.lower()) or b1.lower() in _DETERMINERS or \
            b2.lower() in _FUNCTION_WORDS or b1.lower() == "số":
        return None     # (`cứu hộ, cứu được 38 người`: a verb said again with its own object; `Đội số 1, số 2`: names)
    if any(a.isdigit() != b.isdigit() or a[0].isupper() != b[0].isupper() or b[0].isupper() and a != b
           for a, b in ((a1, b1), (a2, b2))):
        return None
    return after.end()


@functools.lru_cache(maxsize=8)
def rules(patterns: PatternSet) -> Rules:
    entries = patterns.entries("subjects", _Entry)
    heads = entries["indicator_heads"].words
    pats = {name: entries[name].pattern for name in ("indicator_stops", "list_items", "back_references", "labels",
                                                     "group_ages", "respectively")}
    # (not after `không` or `miễn`, without: `vay không lãi suất 15 tỷ đồng` is a loan free of interest, no rate; nor
    # inside a tax's name: `thuế giá trị gia tăng` is VAT, its `giá trị` heads no indicator)
    head_rx = patterns.regex("subjects", "indicator_heads",
                             rf"(?<!\w)(?<!(?<!\w)(?i:không|miễn)\s+)"
                             rf"(?!(?<=(?<!\w)(?i:thuế)\s+)(?i:giá\s+trị\s+gia\s+tăng)(?!\w)){_words(heads)}(?!\w)")
    noun = _words(entries["coordinated_nouns"].words)
    # (not the last syllable of a word of another kind: `bão đổ bộ, các địa phương`)
    compound = _words(entries["not_coordinated"].words) if "not_coordinated" in entries else "(?!)"
    # (not a capitalised name after the comma; a noun said by its initials may be one, `trường tiểu học, THCS`, but not
    # the label of a list's next item, `Mầm non 8.905 học sinh, THCS 13.225 học sinh`, said right before its number or
    # before the end of the text asked, which a figure's number ends, or before a name, `…, THPT Trần Phú 585 học sinh`;
    # nor one whose place follows it, `trường tiểu học, THCS thuộc các huyện`, where the phrase would run on into the
    # place)
    coordinated = (rf"(?:(?:\s*,\s*|\s+và\s+)"
                   rf"(?-i:(?!\p{{Lu}}(?!\p{{Lu}}))"
                   rf"(?!\p{{Lu}}++(?:\s*(?:\d|$)|\s+(?:\p{{Lu}}|(?:thuộc|trên\s+địa\s+bàn)(?!\w)))))"
                   rf"(?:các\s+|cấp\s+)?{noun}(?!\w))+")
    levels = _words(entries["group_levels"].words) if "group_levels" in entries else "(?!)"
    sizes = dict(w.split(":", 1) for w in entries["dimensions"].words) if "dimensions" in entries else {}
    size_words = "|".join(regex.escape(w) for w in sorted(sizes, key=len, reverse=True)) or "(?!)"
    numbers = vocabulary(patterns)
    return Rules(
        heads=head_rx,
        stops=patterns.regex("subjects", "indicator_stops", pats["indicator_stops"]),
        item=patterns.regex("subjects", "list_items", pats["list_items"], flags=DEFAULT_FLAGS & ~regex.IGNORECASE),
        back_reference=patterns.regex("subjects", "back_references", pats["back_references"]),
        coordinated=patterns.regex("subjects", "coordinated_nouns", coordinated),
        coordinated_before=patterns.regex("subjects", "coordinated_nouns",
                                          rf"(?<!\w){noun}(?<!(?<!\w){compound})\s*$",
                                          flags=DEFAULT_FLAGS | regex.REVERSE),
        group=patterns.regex("subjects", "coordinated_nouns",
                             rf"(?:(?:khối|nhóm|các|những)\s+)?(?:(?:cấp|tuyến|bậc)\s+)?(?:{noun}|{levels})"
                             rf"(?:{coordinated})?"),
        label=patterns.regex("subjects", "labels", pats["labels"]),
        age=patterns.regex("subjects", "group_ages", pats["group_ages"]),
        respectively=patterns.regex("subjects", "respectively", pats["respectively"]),
        # (not `có chiều dài 17 km`: the dimension named already)
        dimension=patterns.regex("subjects", "dimensions",
                                 # (nor `lúa chất lượng cao`, `công nghệ cao`: high, of a quality)
                                 rf"\s(?<!(?:chiều|độ|bề|kéo|chất\s+lượng|công\s+nghệ|năng\s+suất|giá\s+trị)\s)"
                                 rf"(?P<adj>{size_words})(?:\s+(?:khoảng|gần|hơn|trên|xấp xỉ))?$"),
        dimension_nouns=sizes,
        attribute=patterns.regex("subjects", "attributes", rf"(?:tổng\s+)?{_words(entries['attributes'].words)}(?!\w)"),
        members=patterns.regex("subjects", "members", entries["members"].pattern),
        payment=patterns.regex("subjects", "rates", entries["rates"].pattern),
        noun_ends=_last_words(entries["coordinated_nouns"].words),
        number_words=frozenset(w.lower() for w in (*numbers.approx_words, *numbers.times_ten)),
    )


#: `nâng tổng số (xã đạt chuẩn) lên`, `đưa tổng số … lên`: a new total, right before its number
_RAISES_TOTAL = lazyre.compile(r"(?<!\w)(?:nâng|đưa)\s+tổng\s+số(?:\s+(?P<what>[^\d,;.()]{1,60}?))?\s+(?:lên|thành)"
                              r"(?:\s+(?:gần|hơn|khoảng|trên))?\s+$", regex.IGNORECASE)
#: units of area: a figure in one measures the area of what its clause names (`1.240 ha bắp`: `diện tích bắp`)
AREA_UNITS = frozenset({"ha", "héc-ta", "hecta", "km2", "km²", "m2", "m²"})
#: units of electric energy: a figure in one that its clause names only by a verb measures energy
ENERGY_UNITS = frozenset({"kwh", "mwh", "gwh", "twh"})
#: a subject that is a verb alone, or a verb and `được` (`tiết kiệm`, `tiêu thụ được`, `sản xuất`)
_VERB_ONLY_SUBJECT = lazyre.compile(r"(?:tiết\s+kiệm|tiêu\s+thụ|sản\s+xuất|truyền\s+tải|phát|cung\s+cấp|cung\s+ứng|"
                                    r"mua|bán|nhập\s+khẩu|xuất\s+khẩu)(?:\s+được)?", regex.IGNORECASE)
#: units of length, and what stands before a distance: `cách` and the place it is measured to (`cách đảo Lý Sơn khoảng 70
#: hải lý`, `cách trung tâm huyện hơn 40 km`), past a word of approximation
LENGTH_UNITS = frozenset({"km", "m", "mét", "ki-lô-mét", "cây số", "hải lý", "cm"})
_DISTANCE_TO = lazyre.compile(r"(?<!\w)(?<!(?:bằng|phương|tư|nhân|tính|phong|cải|biến|đổi|qua|với)\s)cách\s+"
                              r"(?P<to>(?!(?:nhau|mạng|chức|ly|thức|làm|nào|đây|đó)(?!\w))[^\W\d]"
                              r"(?:[^\d,;:.()\n]*?[^\W\d])??)\s+(?:(?:khoảng|chừng|hơn|gần|trên|dưới|"
                              r"từ|chưa\s+đến|tới|xấp\s+xỉ|ít\s+nhất|tối\s+thiểu)\s+)?$", regex.IGNORECASE)
_NUMBERS = lazyre.compile(r"\d[\d.,]*")
_NUMBER = lazyre.compile(r"\d+(?:[.,]\d+)*")
#: what ends an item of a list right after its figure
_ITEM_END = lazyre.compile(r"\s*(?:[,;.)]|và\s|$)")
#: the words that open or join a part of a whole (`gồm`, `trong đó`, `ở`, `tại`), and nothing more
_PART_WORDS = lazyre.compile(r"(?<!\w)(?:trong đó|trong số đó|bao gồm|gồm|có|ở|tại|và|riêng)(?!\w)", regex.IGNORECASE)
#: a claim's verb that opens what is left before a figure (`đạt tỉ lệ 0,69 doanh nghiệp/1.000 dân`)
_CLAIM_START = lazyre.compile(r"^(?:đạt|là|có|ở mức|ước đạt)\s+", regex.IGNORECASE)


#: how many words a label before a colon may have (`Vắc xin tụ huyết trùng trâu bò: 245.700 liều`)
_LABEL_WORDS = 8
#: how far back from an item its list's colon is looked for (eight items of some forty characters)
_LIST_REACH = 400
#: a list's lead that names what is measured (`Mức trích lập …`, `Giá …`, `Sản lượng …`)
_INDICATOR_LEAD = lazyre.compile(r"(?:mức|giá|tỷ\s+lệ|tỉ\s+lệ|sản\s+lượng|kim\s+ngạch|doanh\s+thu|diện\s+tích|"
                                r"năng\s+suất|lượng|chi\s+phí|lãi\s+suất|thu\s+nhập|tổng\s+(?:số|giá\s+trị|vốn)|"
                                r"giá\s+trị|số\s+lượng|số\s+tiền|mức\s+giá|thuế\s+suất|công\s+suất|trữ\s+lượng)(?!\w)",
                                regex.IGNORECASE)
#: a bullet line's label names its figure however long (`- Chương trình mục tiêu quốc gia giảm nghèo bền vững: …`)
_BULLET_LABEL_WORDS = 14
_BULLET_MARK = lazyre.compile(r"[-–•+*·]")


def _names_unit(phrase: str, unit: str) -> bool:
    """Whether ``phrase`` holds the counted noun of the rate ``unit`` (`giường` of `giường/vạn dân` in
    `Số giường bệnh`)."""
    noun = unit.split("/", 1)[0].strip().lower()
    return bool(noun) and regex.search(rf"(?<!\w){regex.escape(noun)}(?!\w)", phrase.lower()) is not None


def _lower_first(phrase: str) -> str:
    """`Khối sở, ngành` inside a longer subject: `khối sở, ngành` (an acronym keeps its case)."""
    return phrase[:1].lower() + phrase[1:] if phrase[1:2].islower() else phrase


@functools.lru_cache(maxsize=16)
def _reversed(rx: regex.Pattern[str]) -> regex.Pattern[str] | None:
    """``rx`` compiled to match backwards, for :meth:`Subjects._back_references`; None (scan each lead whole)
    for a user's guarded pattern, or one whose look-aheads may read more than one character past a match
    (only a final ``(?!\\w)`` is allowed): there a lead could hold a match that ends before its end and
    that the whole sentence does not."""
    if lazyre.real(rx) is None:
        return None
    ahead = rx.pattern.count("(?=") + rx.pattern.count("(?!")
    if ahead != (1 if rx.pattern.rstrip().endswith("(?!\\w)") else 0):
        return None
    return backwards(rx)


def _asked_once(ask: Callable[[Draft], str | None], d: Draft) -> Callable[[Draft], str | None]:
    """``ask`` that answers for ``d`` from its first answer: the rules of :meth:`Subjects._find` may each want the
    words a figure's clause says of it, which cost more to find than most rules, and nothing they depend on changes
    while one figure's subject is found."""
    answer: list[str | None] = []

    def once(x: Draft) -> str | None:
        if x is not d:
            return ask(x)
        if not answer:
            answer.append(ask(d))
        return answer[0]
    return once


def _words(words: list[str]) -> str:
    """A trie alternation of ``words``, a space matching any run of white space."""
    return trie.alternation([r"\s+" if c == " " else regex.escape(c) for c in w] for w in words if w)


_ORG = lazyre.compile(r"^(?:Bộ|Sở|UBND|Ủy ban|Uỷ ban|Tỉnh|Thành phố|TP|Huyện|Quận|Thị xã|Ban|Cục|Tổng cục|Ngân hàng)\b")
_ABBREVIATION = lazyre.compile(r"\s*\([^()]{1,8}\)\s*$")
_SPECIAL_REGION = lazyre.compile(r"^Đặc khu Hành chính\s+")
_SPACES = lazyre.compile(r"\s+")
#: a page's counter of its readers (`Lượt xem: 2.316`, `Lượt truy cập: 15.230`)
_PAGE_COUNTER = lazyre.compile(r"lượt\s+(?:xem|đọc|truy\s+cập)\s*:\s*\d", regex.IGNORECASE)
_LETTER = lazyre.compile(r"\p{L}")
#: the longest subject kept (characters) and how far before a figure a list item's name is looked for
_MAX_SUBJECT = 200
_ITEM_REACH = 120
_CLAUSE_END = lazyre.compile(r"[,;:.()\n]|\s\d")
#: what a phrase's edges shed: punctuation, and the joining words it cannot open or end on
_EDGE_OPEN = lazyre.compile(r"(?:[\s,;:.()\-–]|(?:và|của|tại|ở)(?!\w))+", regex.IGNORECASE)
#: (asked backwards from the end, `(?r)`: forwards the engine would try it at every position)
#: (not `ở` of `nhà ở`, housing: a noun of its own, `dự án nhà ở`)
_EDGE_CLOSE = lazyre.compile(r"(?r)(?:[\s,;:.()\-–]|(?<!\w)(?:và|của|tại|(?<!(?<!\w)nhà\s)ở|với|là|có|các|những))+$",
                            regex.IGNORECASE)


def _area_of(indicator: str, unit: str) -> str:
    """An ``indicator`` said before, for a figure in ``unit``: `Sản lượng sầu riêng … đạt 185.000 tấn. Huyện Cai Lậy dẫn
    đầu với 7.820 ha` — an area is no output, price or value, but the area of what that indicator measures (`diện tích
    sầu riêng`); any other indicator as it is."""
    other = _NOT_AN_AREA.match(indicator) if unit.lower() in AREA_UNITS else None
    return f"diện tích {indicator[other.end():]}" if other is not None else indicator


def _trim_edges(phrase: str) -> str:
    """``phrase`` without the punctuation and joining words at its two edges (`, và tỷ lệ hộ nghèo của` → `tỷ lệ
    hộ nghèo`)."""
    if (m := _EDGE_OPEN.match(phrase)) is not None:
        phrase = phrase[m.end():]
    if (m := _EDGE_CLOSE.match(phrase)) is not None:    # (backwards, `match` starts at the end)
        phrase = phrase[:m.start()]
    return phrase


_ABBREVIATION_AFTER = lazyre.compile(r"\(\s*[\p{Lu}\d&-]{2,10}\s*\)")
_KINDS_WITH_INDICATOR = ("percent", "money", "measure", "rank")
#: a name and nothing else: capitalised words, acronyms (`VNPT`, `Viettel`, `Công ty Cấp nước`)
_PROPER_NAME = lazyre.compile(r"\p{Lu}[\p{L}\d&.\-]*(?:\s+\p{Lu}[\p{L}\d&.\-]*)*")
#: a topic that says how what follows is broken down, not what it counts (`Về địa bàn,`, `Đối với từng lĩnh vực,`)
_BREAKDOWN_TOPIC = lazyre.compile(r"(?:từng\s+|các\s+)?(?:địa\s+bàn|địa\s+phương|lĩnh\s+vực|ngành(?:\s+nghề)?|loại\s+hình|"
                                 r"quy\s+mô|cơ\s+cấu|khu\s+vực|đối\s+tượng|thời\s+gian|tiến\s+độ|kết\s+quả)",
                                 regex.IGNORECASE)
#: a topic the sentence opens with (`Về thị phần băng rộng,`, `Đối với dư nợ tín dụng,`)
_FRONTED_TOPIC = lazyre.compile(r"\s*(?:về|đối với)\s+(?P<t>[^,;:.\d()]{3,60}),", regex.IGNORECASE)
#: `điện cho công nghiệp chiếm 38,2%`: the clause's own noun phrase is what a share measures
_SHARE_BEFORE = lazyre.compile(r"(?<!\w)(?:chiếm|chiếm tỷ lệ|chiếm tỉ lệ)\s*(?:khoảng|gần|hơn|trên)?\s*$", regex.IGNORECASE)
#: what a list's lead says around what it names: `Các …`, `… lớn nhất là`
_LEAD_EDGES = lazyre.compile(r"^(?:các|những)\s+|(?:\s+(?:lớn|cao|nhiều|chính|chủ yếu)(?:\s+nhất)?)?(?:\s+(?:là|gồm(?:\s+có)?))?\s*$",
                            regex.IGNORECASE)
#: `…, tương đương 936.000 đồng`: a figure that restates the one before it
_EQUIVALENT_BEFORE = lazyre.compile(r",\s*(?:tương\s+đương|tương\s+ứng|tức\s+là)(?:\s+với)?\s*(?:khoảng|gần|hơn|trên)?\s*$",
                                   regex.IGNORECASE)
#: a baseline and the bracket that opens after it (`so với năm 2020 (`, `so với cùng kỳ (`): the bracket gives the value
#: then
#: a level a figure is said to be above or below, right before its number (`cao hơn mức 61,3% của năm 2022`)
_LEVEL_COMPARED = lazyre.compile(r"(?<!\w)(?:cao|thấp|lớn|nhỏ|nhiều|ít)\s+hơn\s+(?:so\s+với\s+)?mức\s+(?:(?:khoảng|gần|"
                                 r"hơn|trên|dưới)\s+)?$", regex.IGNORECASE)
_BASELINE_BRACKET = lazyre.compile(r"(?<!\w)so\s+với\s+(?:[^\s()\d.;:,]+\s+){0,4}?(?:(?:19|20)\d{2}\s*)?\(\s*$",
                                  regex.IGNORECASE)
#: the head of a rate, which the count it comes to is not (`tỷ lệ trẻ em … đạt 21,4%, tương ứng 4.312 trẻ`: `trẻ em …`)
_RATE_HEAD = lazyre.compile(r"^(?:tỷ|tỉ)\s+(?:lệ|trọng)\s+(?=\p{L})", regex.IGNORECASE)
#: the head of an indicator that measures something other than an area (`sản lượng`, `năng suất`, `giá trị`, `doanh
#: thu`): an area said of the same thing is that thing's `diện tích`
_NOT_AN_AREA = lazyre.compile(r"(?:tổng\s+)?(?:sản\s+lượng|năng\s+suất|giá\s+trị(?:\s+sản\s+xuất)?|doanh\s+thu|"
                             r"kim\s+ngạch(?:\s+xuất\s+khẩu)?|giá(?:\s+bán)?)\s+(?=\p{L})", regex.IGNORECASE)
#: a number right after a word: the word labels the next item of a list
_NUMBER_NEXT = lazyre.compile(r"\s*\d")
#: a label that is a kind and its number or letter (`vùng II`, `loại 1`, `hạng A`), alone or ending a subject
_KIND_LABEL = lazyre.compile(r"(?P<kind>\p{Ll}+)\s+(?P<id>[IVX]{1,4}|\d{1,2}|[A-D])", regex.IGNORECASE)
_KIND_ENDING = lazyre.compile(r"(?<!\w)(?P<kind>\p{Ll}+)\s+(?P<id>[IVX]{1,4}|\d{1,2}|[A-D])$", regex.IGNORECASE)
#: `có nơi`, `nơi cao nhất` (in places, the highest place): where an amount was measured, not what it is of; and the
#: `phổ biến` (commonly) of the amount said before it
#: what is done to land, right before its area (`thu hồi 47,3 ha đất`, `lấy lại gần 300 ha đất`)
_LAND_DEALT_BEFORE = lazyre.compile(r"(?<!\w)(?P<v>thu\s+hồi|lấy\s+lại|cho\s+thuê|chuyển\s+mục\s+đích(?:\s+sử\s+dụng)?|"
                                    r"bồi\s+thường|trả\s+lại|giao)\s+(?:(?:khoảng|gần|hơn|trên|tổng\s+cộng)\s+)?$",
                                    regex.IGNORECASE)
#: a numbered kind labelling a part before its colon (`mức độ 1: `, `cấp độ 2: `, `loại I: `)
_NUMBERED_KIND_LABEL = lazyre.compile(r"(?:^|[(,;:]|(?<!\w)(?:đó|gồm))\s*(?P<label>\p{L}+(?:\s+\p{L}+)?\s+(?:\d{1,2}|[IVX]{1,4}))"
                                      r"\s*:\s*$")
#: a label's colon right before a figure (`…: 7.412 trẻ`), and how far back the label's words are looked at
_COLON_BEFORE = lazyre.compile(r":[^\S\n]*$")
_LABEL_REACH = 80
#: a count's classifier `con` before the herd it counts (`con tổng đàn`, `con Đàn lợn của huyện`)
_CLASSIFIER_THEN_HERD = lazyre.compile(r"con\s+(?P<herd>(?:tổng\s+)?đàn(?:\s.*)?)", regex.IGNORECASE)
#: a classifier of things (`chiếc`, `cái`) and the noun phrase it counts, as a subject
_PIECE_THEN_NOUN = lazyre.compile(r"(?P<piece>chiếc|cái)\s+(?P<rest>\S.*)", regex.IGNORECASE)
#: the noun phrase a sentence opens with, up to its verb (`Bò sữa được nuôi …`, `Đàn trâu có …`)
_OPENING_NOUN = lazyre.compile(r"\s*(?P<t>(?!(?:năm|tháng|quý|hiện|toàn|cả|các|theo|trong|tại|ở)(?!\w))[^\W\d][^\d,;:.()\n]{0,40}?)"
                               r"\s+(?:được|bị|có|là|đạt|đang|đã|tập\s+trung|chiếm|tăng|giảm|phát\s+triển)(?!\w)",
                               regex.IGNORECASE)
_IN_PLACES = lazyre.compile(r"(?:có\s+)?nơi(?:\s+(?:cao|thấp|lớn|nhiều|ít)\s+nhất)?", regex.IGNORECASE)
_COMMONLY = lazyre.compile(r"\s+phổ\s+biến(?:\s+(?:từ|ở\s+mức))?\s*$", regex.IGNORECASE)
#: a few words and a number after a noun: in `công an huyện 420 người, bộ đội biên phòng 380 người`, what stands after
#: the comma before a number of the same unit is the next item's label
_WORDS_TO_NUMBER = lazyre.compile(r"[^,;:()\d\n]{0,40}?\d[\d.,]*[^\S\n]+")
#: a rate's head noun
_RATE_OF = lazyre.compile(r"(?:tỷ|tỉ)\s+lệ(?!\w)", regex.IGNORECASE)
#: the clause of a figure opens after a comma and names something before its verb: `, phụ nữ có thai … đạt`
_COMMA_ITEM = lazyre.compile(r",\s*\p{Ll}[^,;:()\d]*?\s(?:đạt|là|chiếm|ở mức)\s*(?:khoảng|gần|hơn|trên)?\s*$")
#: the end of a list's lead, the last before a figure: `… có chỉ số tăng cao như:`, `gồm:`, `cụ thể:`, a colon
_LIST_LEAD_END = lazyre.compile(r"(?<!\w)(?:như|gồm(?:\s+có)?|bao\s+gồm|cụ\s+thể)\s*:?\s*|:\s*",
                               regex.IGNORECASE | regex.REVERSE)
#: the noun of the set a share is of, right after it (`26% gia đình thể thao`, `100% các xã`)
_SET_AFTER = lazyre.compile(r"[^\S\n]+(?:(?:các|những|số)[^\S\n]+)?(?=(?-i:\p{Ll}))")
#: what a share is of when it is no set of things: a plan, a total, a population (`đạt 85% kế hoạch`, `1,2% tổng dư
#: nợ`; context.py reads a claim's base with it)
SHARE_BASES = r"kế hoạch|dự toán|chỉ tiêu|mục tiêu|tổng|dân số|cùng kỳ|GRDP|GDP"
#: ... and, after a share, a comparison, a time or a work's volume or value
_BASE_OF_SHARE = lazyre.compile(rf"(?:{SHARE_BASES}|so với|năm|tháng|quý|khối lượng|giá trị)(?!\w)", regex.IGNORECASE)
#: a sum of money named only as such right before its number (`với tổng số tiền hơn`, `số tiền`)
#: (after a comma or `với`, that join it to the count before: not `phạt tiền`, `xử phạt … tổng số tiền`)
_MONEY_NOUN_BEFORE = lazyre.compile(r"(?i)(?:,|(?<!\w)với)[^\S\n]*(?P<noun>(?:tổng[^\S\n]+)?số[^\S\n]+tiền|tổng[^\S\n]+tiền)"
                                    r"(?:[^\S\n]+(?:là|đạt|khoảng|gần|hơn|trên|xấp[^\S\n]+xỉ))*[^\S\n]*$")
#: what may stand in a clause before a count whose things a sum of money after it is of: nothing, or a verb of having
#: or being, with its time and the one who has them (`Năm 2023, có 14 doanh nghiệp`, `tỉnh có 1.462 giao dịch`, `là 968`)
_STATED_BEFORE_COUNT = lazyre.compile(r"(?i)[^\S\n]*(?:[^,;:()]{0,60}?(?<!\w)(?:có|là|đạt|ghi[^\S\n]+nhận|tiếp[^\S\n]+nhận|"
                                      r"phát[^\S\n]+sinh|thực[^\S\n]+hiện)(?:[^\S\n]+(?:được|khoảng|gần|hơn|trên))?)?"
                                      r"[^\S\n]*")
#: a clause of its own between a count and the sum of money after it (`…, xử phạt vi phạm hành chính với tổng số tiền`)
_CLAUSE_AFTER_COUNT = lazyre.compile(r",[^\S\n]*(?!với|tổng|số|đạt|chiếm|tăng|giảm|bằng)(?P<deed>\p{Ll}+[^\S\n]+\p{Ll}+[^,\d]*?)"
                                     r"[^\S\n]+với[^\S\n]*$")
#: a deed that pays or collects money, right before the things it was done to (`xử phạt `, `đã chi trả cho `, `cho vay `):
#: the sum said after them is its sum
_MONEY_DEED_BEFORE = lazyre.compile(r"(?i)(?<!\w)(?P<deed>xử[^\S\n]+phạt|phạt|cho[^\S\n]+vay|giải[^\S\n]+ngân(?:[^\S\n]+cho[^\S\n]+vay)?|"
                                    r"chi[^\S\n]+trả|hỗ[^\S\n]+trợ|bồi[^\S\n]+thường|truy[^\S\n]+thu|thu|nộp|hoàn(?:[^\S\n]+thuế)?|"
                                    r"trao|tặng)(?:[^\S\n]+(?:cho|đối[^\S\n]+với|với))?[^\S\n]*$")
#: a whole a share is measured against that is no set of things, right after the share (`34% GDP`, `1,6% dân số`)
#: (the phrase ends there: not `15% dân số có bảo hiểm y tế`, the share of a set of people)
#: (or a total, `70% tổng sản lượng khai thác`, which the share is `trong`)
_BASE_AFTER_SHARE = lazyre.compile(r"[^\S\n]*(?P<base>GDP|GRDP|dân[^\S\n]+số|tổng(?:[^\S\n]+(?-i:\p{Ll}+)){1,6}?)"
                                   r"(?=[^\S\n]*(?:[,.;:)(]|$)|[^\S\n]+(?:so[^\S\n]+với|"
                                   r"tăng|giảm|và|vào|mỗi|hằng|hàng|năm[^\S\n]+\d{4})(?!\w))")
#: the words of a claim between what it measures and its number (`ở mức khoảng`, `ước khoảng`, `tương đương`)
_CLAIM_TAIL = lazyre.compile(r"(?i)(?:[^\S\n]+(?:ước(?:[^\S\n]+(?:tính|đạt))?|dự[^\S\n]+kiến|ở[^\S\n]+mức|mức|khoảng|gần|"
                             r"hơn|trên|xấp[^\S\n]+xỉ|chiếm|tương[^\S\n]+đương|bằng|đạt|là|còn|lên|xuống|chỉ|vào|từ|dưới|"
                             r"ít[^\S\n]+nhất|tối[^\S\n]+(?:thiểu|đa)|không[^\S\n]+quá))+"
                             r"[^\S\n]*$")
#: a rate named as such (`Tỷ lệ người tập luyện …`, `tỷ trọng …`)
_RATE_NAMED = lazyre.compile(r"(?i)(?:tỷ|tỉ)[^\S\n]+(?:lệ|trọng)(?!\w)")
#: a claim's verb alone, naming nothing it measures (`đóng góp`, `chiếm`)
_CLAIM_VERB = lazyre.compile(r"(?i)đóng[^\S\n]+góp|góp[^\S\n]+phần|chiếm|tương[^\S\n]+đương|bằng|đạt|tăng|giảm")
#: a lead that names no thing measured against a total: a goal or a number said again (`phấn đấu giải quyết`, `con số
#: này`)
_NO_PHRASE_OF_A_TOTAL = lazyre.compile(r"(?i)(?<!\w)(?:phấn[^\S\n]+đấu|mục[^\S\n]+tiêu|này|đó|con[^\S\n]+số)(?!\w)")
#: a clause that opens with its time, not with what it measures (`đến năm 2030`, `năm 2023`)
_TIME_LEAD = lazyre.compile(r"(?i)(?:đến|tới|năm|tháng|quý|giai[^\S\n]+đoạn|trong|tính[^\S\n]+đến|hiện|nay)(?!\w)")
#: an indicator that is a sum of money (`kim ngạch xuất khẩu`, `doanh thu`, `vốn đầu tư`)
_SUM_HEAD = lazyre.compile(r"(?:kim ngạch|doanh thu|doanh số|vốn|tổng vốn|thu|chi|giá trị|kinh phí|dư nợ|lợi nhuận)"
                          r"(?!\w)", regex.IGNORECASE)
#: an indicator that is a quantity (`sản lượng tiêu thụ`, `diện tích gieo trồng`)
_QUANTITY_HEAD = lazyre.compile(r"(?:sản lượng|tổng sản lượng|lượng|khối lượng|diện tích|năng suất|công suất)(?!\w)",
                               regex.IGNORECASE)
#: words that say an item's value, not its name (`hạt điều nhân 98 nghìn tấn, trị giá 612 triệu USD`)
_VALUE_WORDS = lazyre.compile(r"(?:trị giá|giá trị|tương đương|tương ứng|đạt|tăng|giảm|chiếm|bằng)", regex.IGNORECASE)
#: what changed, its change, then the level it led to right before a figure (`Tiêu thụ thép có thể tăng 5-7% so với
#: năm 2023, đạt khoảng `)
_CHANGE_THEN_LEVEL = lazyre.compile(r"(?:^|[,;:.\n]|\s-\s|\d(?=\s))\s*(?P<what>[^\W\d][^,;:.()\d\n]{2,80}?)\s+"
                                    r"(?:(?:có\s+thể|dự\s+kiến|ước)\s+)?(?:tăng|giảm)\s+[^,;:()\n]{1,60},\s*"
                                    r"(?:(?:chỉ|mới|ước)\s+)?(?:đạt|lên|còn|xuống)(?:\s+(?:mức|khoảng|gần|hơn|trên|xấp\s+xỉ))*\s*$",
                                    regex.IGNORECASE)
#: the next item of a ranking (`, tiếp đến là`, `, sau đó là`, `đứng thứ hai là`)
_RANKING_GOES_ON = lazyre.compile(r"(?<!\w)(?:tiếp\s+(?:đến|theo|sau)|sau\s+đó|đứng\s+thứ|xếp\s+thứ|kế\s+đến)(?!\w)",
                                  regex.IGNORECASE)
#: what sets a figure apart from the list it stands in (`trong đó`, `riêng`, `còn`)
_APART_WORDS = r"trong đó|riêng|còn"
_SET_APART = lazyre.compile(rf"(?<!\w)(?:{_APART_WORDS})(?!\w)", regex.IGNORECASE)
#: where a clause with a subject of its own starts, searched backwards: after a `;`, a part cue, a contrast
_NEW_SUBJECT = lazyre.compile(rf"(?:;|(?<!\w)(?:{_APART_WORDS}|gồm)(?!\w))\s*", regex.IGNORECASE | regex.REVERSE)
#: a phrase that opens with a verb or an aggregate (`thuộc nhóm thấp nhất`, `bình quân 6 tháng`) names no new
#: subject: it goes on speaking of the indicator before it
_CONTINUES = lazyre.compile(r"(?:thuộc|bình quân|trung bình|tính chung|lũy kế|luỹ kế|cộng dồn|chung|cả)(?!\w)",
                           regex.IGNORECASE)
_START = operator.itemgetter(0)
#: how far past a position a pattern that reads forward is matched (`regex` may scan to the end of the text
#: for a required literal otherwise: a figure-dense line becomes quadratic)
_NEAR = 160
#: a noun of one to three words after a comma, then `và` and more (`vận tải, kho bãi và dịch vụ hỗ trợ`): a list inside
#: the phrase, up to its `và`
_LISTED_AND = lazyre.compile(r",[^\S\n]*(?-i:\p{Ll}+)(?:[^\S\n]+(?-i:\p{Ll}+)){0,2}[^\S\n]+và[^\S\n]+")
#: words that say how many or how much of a thing, not which one (`toàn huyện`, `các xã`)
_DETERMINERS = frozenset({"toàn", "các", "những", "mỗi", "cả", "tất", "từng", "mọi", "nhiều", "một"})
#: words of grammar, not of a name (`được`, `đã`, `là`)
_FUNCTION_WORDS = frozenset({"được", "đã", "đang", "sẽ", "bị", "là", "có", "và", "với", "của", "cho", "tại", "ở"})
#: the two words before a comma (not after a number: `12 triệu vé, mỗi vé`), and the two after it
_PAIR_BEFORE = lazyre.compile(r"(?<![\w-]|\d[^\S\n])(\w+)[^\S\n]+(\w+)[^\S\n]*$")
_PAIR_AFTER = lazyre.compile(r",[^\S\n]*(\w+)[^\S\n]+(\w+)(?![\w-])")
_DIGIT = lazyre.compile(r"\d")
_CONTRIBUTION = lazyre.compile(r"(?:đóng góp|góp)(?:\s+(?:thêm|khoảng|gần|hơn|được))?", regex.IGNORECASE)
_BRACKETED_FIGURE = lazyre.compile(r"\(\s*\d")
_AND_A_COUNT = lazyre.compile(r"(?:\s*,\s+|\s+và\s+(?:có\s+)?)\d[\d.,/]*")
_NO_PREDICATE = lazyre.compile(r"\s*(?:[,;:.()…]|$|và(?!\w)|\d)")
#: after a share of a `lần lượt` list: the rest of the list's shares, then the whole they are shares of
_SHARE_OF_AFTER_LIST = lazyre.compile(
    r"(?:[^\S\n]*(?:,|và|,[^\S\n]*và)[^\S\n]*\d+(?:[.,]\d+)*[^\S\n]*%)*[^\S\n]+(?P<of>(?:số|tổng\s+số|tổng|diện\s+tích|"
    r"dân\s+số|lượng|giá\s+trị|kim\s+ngạch|doanh\s+thu|sản\s+lượng|thị\s+phần)[^\S\n][^,;.()\n\d]{1,60}?)(?=[^\S\n]*(?:[,;.()\n]|$))",
    regex.IGNORECASE)
#: the level a subject is said of, at its end (`tỷ lệ … ở cấp tỉnh`, `… khối xã, phường`)
#: (a level of two words among them: `tuyến trung ương`, `cấp cơ sở`)
_LEVEL_IN_SUBJECT = lazyre.compile(r"(?:\s(?:ở|tại|của))?\s(?:cấp|khối|tuyến|bậc)\s+\p{L}+(?:\s+(?:ương|sở))?(?:\s*,\s*\p{L}+)?$", regex.IGNORECASE)
#: the whole's own scope at a subject's end (`… toàn tỉnh`), which a part of it names anew
_WHOLE_SCOPE = lazyre.compile(r"\s+(?:toàn|cả|chung\s+toàn)\s+(?:tỉnh|huyện|thành\s+phố|thị\s+xã|quận|xã|ngành|quốc)$|\s+chung$",
                             regex.IGNORECASE)
#: an extreme said alone after a comma, right before its number (`, thấp nhất 500.000 đồng`), and one said in a subject
_EXTREME_BEFORE = lazyre.compile(r"[,;]\s*(?P<ext>(?:cao|thấp|lớn|nhỏ|nhiều|ít)\s+nhất)"
                                # (where it was reached: `cao nhất tại huyện A Lưới 415 mm`)
                                r"(?:\s+(?:tại|ở)\s+[^,;:()\d]{1,40}?)?(?:\s+(?:là|đạt|chỉ|chỉ\s+có))?\s*"
                                r"(?:(?:khoảng|gần|hơn|trên)\s+)?$", regex.IGNORECASE)
#: the head nouns of an amount or a quantity that its parts, named by their kind only, measure too
_PART_HEAD = lazyre.compile(r"(?:sản\s+lượng|kim\s+ngạch|doanh\s+thu|giá\s+trị|dư\s+nợ)"
                           r"(?:\s+(?:xuất\s+nhập\s+khẩu|xuất\s+khẩu|nhập\s+khẩu|bán\s+lẻ))?\s", regex.IGNORECASE)
#: how many words a part's own name has at most when it names only its kind (`thịt trâu, bò`)
_PART_KIND_WORDS = 4
#: what was reached at times, right before a figure (`, có thời điểm hơn`, `; có lúc lên tới`, `, cao điểm có ngày`)
_AT_TIMES = lazyre.compile(r"[,;]\s*(?:có\s+(?:thời\s+điểm|lúc|ngày|hôm)|(?:vào\s+)?(?:thời\s+điểm\s+)?cao\s+điểm"
                          r"(?:\s+có\s+(?:ngày|lúc))?)(?:\s+(?:lên\s+(?:đến|tới)|đạt|là|tới))?"
                          r"\s*(?:(?:khoảng|gần|hơn|trên|xấp\s+xỉ)\s+)?$", regex.IGNORECASE)
#: the mean a figure before was said as, which the other extreme's clause replaces (`lượng mưa trung bình toàn tỉnh 220 mm,
#: cao nhất tại huyện A Lưới 415 mm`)
_MEAN = lazyre.compile(r"(?<!\w)(?:trung\s+bình|bình\s+quân)(?:\s+(?:chung\s+)?(?:toàn|cả)\s+(?:tỉnh|huyện|thành\s+phố|vùng))?"
                      r"(?!\w)", regex.IGNORECASE)
_EXTREME = lazyre.compile(r"(?<!\w)(?:cao|thấp|lớn|nhỏ|nhiều|ít)\s+nhất(?!\w)", regex.IGNORECASE)
#: what another figure of the clause is named by, after `với` (`11 công viên, vườn hoa với tổng diện tích 96,5 ha`): no
#: predicate of the count before it
_COMPANION_AFTER = lazyre.compile(r"\s+với\s+(?:tổng|số\s+lượng|quy\s+mô|diện\s+tích|kinh\s+phí|vốn|giá\s+trị|công\s+suất)"
                                 r"(?!\w)", regex.IGNORECASE)
#: what a list of places before `lần lượt` is ranked by: `có số trẻ tiêm nhiều nhất`, `có nhiều HTX nhất`, `số ca mắc thấp`
_RANKED_BY = lazyre.compile(
    r"(?:(?<!\w)(?:nhiều|ít)\s+(?P<ind>[^,;:.()\d\n]{1,40}?)\s+nhất"
    # (`Các huyện có nhiều người được điều dưỡng là …`: `nhiều` before what they have much of)
    r"|(?<!\w)có\s+(?:nhiều|đông)\s+(?P<ind>[^,;:.()\d\n]{2,60}?)(?:\s+nhất)?(?=\s+là(?!\w))"
    r"|(?:(?<!\w)có\s+|(?<!\w)(?=(?:số|tỷ\s+lệ|tỉ\s+lệ|sản\s+lượng|lượng)\s))(?P<ind>[^,;:.()\d\n]{2,60}?)\s+"
    r"(?:lớn|nhiều|cao|đông|thấp|ít|mạnh|sôi\s+nổi)(?:\s+nhất)?)(?=\s*(?:,|là(?!\w)|lần\s+lượt|với(?!\w)|$))",
    regex.IGNORECASE)
#: between the figures of a list after `lần lượt`: a comma or `và`, and nothing else
_LIST_GAP = lazyre.compile(r"(?:\s*/\s*\p{L}+\d?)?\s*(?:,|và|,\s*và)\s*", regex.IGNORECASE)
#: between two numbers of one list: a unit, then a comma or `và`
_BETWEEN_NUMBERS = lazyre.compile(r"[^\d;:()]*(?:,|(?<!\w)và)\s*", regex.IGNORECASE)
#: the noun an item has after `có`/`với` (`có giá`, `với số học viên`), when it names an indicator
_ITEM_INDICATOR = lazyre.compile(r"(?:giá|số|mức|lượng|tổng|tỷ lệ|tỉ lệ|diện tích|sản lượng|năng suất|doanh thu|"
                                r"kim ngạch|tốc độ)(?!\w)", regex.IGNORECASE)
#: the verb between a list and the noun that each of its items has (`Cà chua và dưa leo có giá`)
_ITEMS_VERB = lazyre.compile(r"\s(?:có|với)\s+(?=\p{L})", regex.IGNORECASE)
#: a comma segment before a list that is no item: a time phrase or an opening adverbial
_LEAD_SEGMENT = lazyre.compile(r"(?:theo|trong|tại|tính|cụ thể|riêng|ngoài ra|đến|năm|tháng|quý|hiện)(?!\w)",
                               regex.IGNORECASE)
#: the `và` before a list's last item
_LAST_AND = lazyre.compile(r"\s+và\s+", regex.IGNORECASE)
#: `Số học sinh tiểu học`: a count's opening noun phrase is the head its items share
_COUNTED = lazyre.compile(r"(?:tổng số|số lượng|số|các|những)\s+\p{L}+(?:\s+(?:sinh|viên|dân|khách|vực|hộ|nhân))?",
                         regex.IGNORECASE)
_ITEM_WORDS = 8
#: the most items a `lần lượt` list pairs with its figures (a longer run of numbers is a list of its own)
_LIST_ITEMS = 12
#: an administrative level word left at the end of a subject once the place's name after it is cut
_LEVEL_LEFT = lazyre.compile(r"(?<!(?:toàn|cấp|các|những|mỗi|tác|\d)\s)(?<=\s)(?:tỉnh|huyện|thành phố|thị xã|quận|xã)\s*$",
                            regex.IGNORECASE)
#: a bracket that held a place alone, once the place is blanked out
_EMPTIED_BRACKET = lazyre.compile(r"\(\s*(?:(?i:bao\s+gồm|gồm|cả|thuộc|tại|ở)\s+)*"
                                 r"(?:(?i:tỉnh|thành\s+phố|huyện|quận|thị\s+xã|xã|phường|TP\.?)\s*)?\)")
#: `toàn` (the whole of) right before a blanked-out place (its space and the blank)
_WHOLE_OF_BLANK = lazyre.compile(r"(?<!\p{L})(?<!(?i:hoàn|an)\s)(?i:toàn|cả)(?=\s\s|\s*$)")
#: the words of a list of places once the places are blanked out (`các huyện [Kỳ Anh] và [Cẩm Xuyên]`)
_LIST_WORDS = lazyre.compile(r"^(?:[\s,]|(?<!\p{L})(?i:các|những|và|cùng|hai|ba|huyện|quận|thị\s+xã|xã|phường)(?!\p{L}))*")
#: a word that introduces the items after it (`còn thấp như [xã A]`), at the end of a phrase whose items are blanked
_INTRODUCES_ITEMS = lazyre.compile(r"(?<!\p{L})(?i:như|gồm|gồm có|là)[\s,:()]*$")
#: a place's level word before its name (`tỉnh An Giang`, `TP. Đà Lạt`)
_LEVEL_PREFIX = lazyre.compile(r"^(?i:tỉnh|thành\s+phố|huyện|quận|thị\s+xã)\s+|^(?:TP|Tp|TX)\.?\s*")
_OF_NOTHING = lazyre.compile(r"\s+(?:của|tại|ở|trên địa bàn)(?:\s+(?:tỉnh|thành phố|huyện|toàn tỉnh))?\s*$",
                            regex.IGNORECASE)
#: a bracket that opens with the parts of what is before it (`(gồm 9 tuyến …`)
_PARTS_BRACKET = lazyre.compile(r"\(\s*(?:bao\s+)?gồm(?:\s+có)?(?!\w)", regex.IGNORECASE)
#: a thing named by a proper name that has the indicator after it (`Trung tâm Logistics Kim Thành có diện tích …`; not
#: `Các tỉnh còn lại có tỷ lệ …`)
_OWNER_HAS = lazyre.compile(r"(?<!\S)(?P<owner>\p{Lu}[\p{L}\d]*(?:\s+[\p{L}\d]+){0,6}?\s+\p{Lu}[\p{L}\d]*)\s+có\s+$")
#: an owner that names a level of government or the place spoken of, not a thing (`Huyện có diện tích …`)
_GENERIC_OWNER = lazyre.compile(r"(?:tỉnh|huyện|thành\s+phố|thị\s+xã|quận|xã|phường|thị\s+trấn|toàn|cả|địa\s+phương|"
                               r"đơn\s+vị|ngành|chúng\s+tôi|gia\s+đình|hiện|năm|tháng)(?!\w)", regex.IGNORECASE)
#: a day said by its date inside a subject (`vào ngày 22/9/2023`, `trong ngày 2/9`, `ngày 15-3`)
#: (not one of a list of days, `các ngày 29/4 và 30/4`, which says which days the figure is of)
_DAY_PHRASE = lazyre.compile(r"(?:(?<!\w)(?:vào|trong|tính\s+đến|đến)\s+)?(?<!\w)(?<!(?:các|những|hai)\s)"
                            r"(?:ngày|đêm|sáng|chiều|tối|trưa)\s+(?:ngày\s+)?\d{1,2}\s*[/-]\s*\d{1,2}"
                            r"(?:\s*[/-]\s*\d{2,4})?(?![\d/-])(?!\s*(?:và|,|-|–)\s*\d)", regex.IGNORECASE)
_DAY_PHRASE_WORD = lazyre.compile(r"\d\s*[/-]\s*\d")
_YEAR_DIGITS = lazyre.compile(r"(?:19|20)\d\d|tháng|quý", regex.IGNORECASE)
#: a stretch of the calendar inside a subject's words, after its first word (`căn [6 tháng cuối năm 2024] hoàn thành
#: thêm`): when, not what; not a baseline's (`so với năm 2022`), nor a plan's (`kế hoạch năm 2024`), nor the one a
#: baseline is set against (`Doanh thu du lịch năm 2024 so với năm 2023`); one that opens the subject stays (`quý III
#: thu`: it names which quarter's figure the words are)
_SPAN_PHRASE = lazyre.compile(r"(?<=\w\s+)(?<!(?:so\s+với|cùng\s+kỳ|kế\s+hoạch|chỉ\s+tiêu|mục\s+tiêu|dự\s+toán|đến)\s+)"
                             r"(?:trong\s+)?(?:\d{1,2}\s+tháng\s+(?:đầu|cuối)\s+năm(?:\s+\d{4})?|quý\s+(?:I{1,3}|IV)(?:\s*/\s*\d{4}"
                             r"|\s+năm\s+\d{4})?|(?:cả\s+)?năm\s+\d{4})(?=\s+\p{Ll})(?!.*(?<!\w)so\s+với\s)", regex.IGNORECASE)
#: a verb that spreads what a sentence names over the places after it (`tập trung chủ yếu ở`, `phân bố tại`, `tập trung
#: đông nhất tại`)
_SPREAD_VERB = _figures.SPREAD_AT
#: what a list's lead says is spread over the places it lists (`Thiệt hại về nhà ở tập trung chủ yếu tại các huyện:`) or
#: given by place (`Thiệt hại theo địa phương:`)
_SPREAD_LEAD = lazyre.compile(r"(?:^|(?<=[.;:]\s*))(?P<what>\p{L}[^\d:;.()]{2,60}?)\s+"
                             r"(?:tập\s+trung|phân\s+bố|xảy\s+ra)(?:\s+(?:chủ\s+yếu|nhiều(?:\s+nhất)?|chính))?\s+"
                             r"(?:ở|tại)\s+(?:các|một\s+số|những)\s+(?:huyện|xã|phường|địa\s+phương|tỉnh|đơn\s+vị)"
                             r"[^\d:;.()]{0,30}?\s*(?::|\s(?:là|gồm|như)(?:\s+sau)?\s*:?)"
                             # (`Thiệt hại theo địa phương: huyện Lục Yên khoảng 720 tỷ đồng, …`: given by place)
                             r"|(?:^|(?<=[.;]\s*))"
                             r"(?!(?:kết\s+quả|tình\s+hình|số\s+liệu|thống\s+kê|cụ\s+thể)\s+(?:phân\s+|chia\s+)?theo)"
                             r"(?P<what>\p{L}[^\d:;.()]{2,60}?)\s+(?:phân\s+|chia\s+)?theo\s+(?:từng\s+)?"
                             r"(?:địa\s+phương|huyện|xã|đơn\s+vị(?:\s+hành\s+chính)?|địa\s+bàn)\s*:"
                             # (`Đại lý bảo hiểm tập trung chủ yếu ở TP Hà Tĩnh (1.240 người), huyện Cẩm Xuyên (402 người)`:
                             # the places named right after, each with its number in brackets)
                             # (not a set said before, `Các dự án tập trung ở …`: what it refers to is named there)
                             r"|(?:^|(?<=[.;]\s*))(?!(?:các|những)\s|(?i:trong\s+đó|riêng)(?!\w))(?P<what>\p{L}[^\d:;.()]{2,60}?)\s+"
                             # (`tập trung đông nhất tại Hà Giang (42,6 nghìn em)`, `tại các huyện Mường Tè (21 thôn)`)
                             + _SPREAD_VERB + r"\s+"
                             r"(?=(?:(?:các\s+)?(?:TP\.?|thành\s+phố|thị\s+xã|huyện|quận|xã|phường|tỉnh)\s+)?(?-i:\p{Lu})"
                             r"[^()\n]{0,40}\(\s*(?:chiếm\s+)?\d)",
                             regex.IGNORECASE)
_SPREAD_OPENS = lazyre.compile(_SPREAD_VERB + r"\s")
#: the measure a growth rate is of, right after it (`62,5% về số lượng`, `43,6% về giá trị`)
ASPECT_AFTER = lazyre.compile(r"\s+về\s+(?P<a>số\s+lượng|giá\s+trị|lượng|trị\s+giá|khối\s+lượng|kim\s+ngạch|doanh\s+số|"
                             r"sản\s+lượng)(?!\w)", regex.IGNORECASE)
_ASPECT_TAIL = lazyre.compile(r"\s+về\s+[\p{L}\s]+$")
#: an item named as a commune, a ward or a town by its level word (`xã Tân Lập`, `thị trấn Gio Linh`)
_COMMUNE_NAMED = lazyre.compile(r"(?:xã|phường|thị\s+trấn)\s+\p{Lu}", regex.IGNORECASE)
#: the determiner a lead's things open with (`Các điểm sạt lở tập trung ở …`)
_DETERMINER_OPENS = lazyre.compile(r"^(?:các|những)\s+(?=\p{L})", regex.IGNORECASE)
#: an adverbial of place or time that opens a sentence before its comma (`Tại các địa bàn giáp biên, `)
_WHERE_OPENS = lazyre.compile(r"^(?:Tại|Ở|Trên|Trong|Qua|Theo|Tính\s+đến|Đến)\s[^,]{1,60},\s*")
#: the count a list of places names in its lead, `số` and the counted noun before the colon or `là` that opens the
#: items (`các địa phương có số lao động xuất cảnh cao là:`; not `một số`, some)
_COUNT_IN_LEAD = lazyre.compile(r"(?:(?<!\w)(?<!một\s)số\s+(?:lượng\s+)?(?P<what>\p{Ll}[\p{L}\s]{1,60}?)"
                               r"(?:\s+(?:cao|lớn|nhiều|thấp|ít)(?:\s+nhất)?)?"
                               # (`Các huyện có đàn bò lớn gồm:`: the places that have much of what they count; not
                               # `có kết quả cao như`: how well, no thing counted)
                               r"|(?<!\w)có\s+(?!(?:số|kết\s+quả|thành\s+tích|tiến\s+độ|chuyển\s+biến)(?!\w))"
                               r"(?P<what>\p{Ll}[\p{L}\s]{1,60}?)\s+(?:(?:tăng|giảm)\s+)?(?:cao|lớn|nhiều|thấp|ít|mạnh)(?:\s+nhất)?"
                               # (`Các xã có nhiều quân nhân trở về là:`: `nhiều` before the things)
                               r"|(?<!\w)có\s+(?:nhiều|ít)(?:\s+nhất)?\s+(?P<what>\p{Ll}[\p{L}\s]{1,60}?))"
                               # (`… có chi phí bình quân tăng cao so với cùng kỳ như:`: how much it grew, against when)
                               r"(?:\s+so\s+với(?:\s+[\p{L}\d/]+){1,4}?)?"
                               r"\s*(?::|\s(?:là|gồm|như)(?:\s+sau)?\s*:?)",
                               regex.IGNORECASE)
#: a list of places whose lead says what they did most of (`Các địa phương vận động được nhiều tiền, hàng là:`): what,
#: and the verb that did it
_DONE_MOST_LEAD = lazyre.compile(r"(?<!\w)(?:các|những)\s+(?:địa\s+phương|đơn\s+vị|huyện|xã|phường|tỉnh|thị\s+xã|"
                                r"thành\s+phố)\s+(?P<verb>\p{Ll}+(?:\s+\p{Ll}+){0,2}?)\s+(?:được\s+)?(?:nhiều|lớn|cao)"
                                r"(?:\s+nhất)?\s+(?P<what>(?!(?:là|gồm|như)(?!\w))\p{Ll}[\p{Ll}\s,]{0,40}?)"
                                r"\s*(?::|\s(?:là|gồm|như)(?:\s+sau)?\s*:?)", regex.IGNORECASE)
#: a verb that gives the level an indicator went to or stands at, right before its number (`lên `, `đạt khoảng `)
_LEVEL_VERB_BEFORE = lazyre.compile(r"(?<!\w)(?:lên|xuống|còn|là|đạt|ở\s+mức|trên|dưới)(?:[^\S\n]+(?:mức|khoảng|gần|hơn|"
                                    r"trên|xấp\s+xỉ))*[^\S\n]*$", regex.IGNORECASE)
#: the units of a change of a share (`giảm 1,2 điểm phần trăm`): the share's indicator is its own
_POINTS_UNITS = frozenset({"điểm phần trăm", "điểm %", "điểm"})
#: a total named after `với` right after a proper name at the end of a clause's words (`… Trường THCS Phú Thành A với
#: tổng kinh phí`; not a code, `BHYT`, `NĐ-CP`), or a rate after a payment (`được hỗ trợ tiền mặt với mức`)
_WITH_AMOUNT_NOUN = lazyre.compile(r"(?:(?<!\w)(?P<deed>(?:hỗ\s+trợ|trợ\s+cấp|chi\s+trả|thưởng)(?:\s+\p{Ll}+){0,3}?)\s+"
                                   r"với\s+mức|(?<!\w)(?-i:\p{Lu}\p{Ll}*|\p{Lu}{1,3})\s+(?-i:\p{Lu}\p{Ll}*|\p{Lu})\s+với\s+"
                                   r"(?P<n>tổng\s+(?:kinh\s+phí|trị\s+giá|giá\s+trị|vốn)))(?:\s+(?:là|khoảng|gần|hơn|trên|từ))*\s*$", regex.IGNORECASE)
#: the base a share names right after it (`38% số hồ sơ`), and `chiếm` before a share's name
_BASE_NAMED_AFTER = lazyre.compile(r"[^\S\n]+(?:số|tổng\s+số|của|trong)(?!\w)", regex.IGNORECASE)
_SHARE_VERB_BEFORE = lazyre.compile(r"(?<!\w)chiếm[^\S\n]*$", regex.IGNORECASE)
#: a share named only as the highest or lowest rate, then its number (`đạt tỷ lệ cao nhất với `)
_EXTREME_RATE = lazyre.compile(r"(?<!\w)tỷ\s+lệ\s+(?:cao|thấp)\s+nhất(?:\s+(?:là|với|đạt))?[^\S\n]*(?:\([^\S\n]*)?$",
                               regex.IGNORECASE)
#: land right after an area's unit (`ha đất`), and `và` right before a number
_LAND_AFTER = lazyre.compile(r"[^\S\n]+đất(?![\w])(?![^\S\n]+(?:rừng|nông|ở|lúa|trồng|công))", regex.IGNORECASE)
_AND_BEFORE = lazyre.compile(r"(?<!\w)và[^\S\n]+(?:(?:khoảng|gần|hơn|trên)[^\S\n]+)?$", regex.IGNORECASE)
#: a change alone at the head of a bracket (`Hải Phòng (tăng `)
_CHANGE_IN_BRACKET = lazyre.compile(r"\([^\S\n]*(?:tăng|giảm)[^\S\n]+(?:(?:khoảng|gần|hơn|trên)[^\S\n]+)?$", regex.IGNORECASE)
#: the lead of a list of places that says what grew or fell at them (`có lượng hàng container tăng cao như `)
_GROWTH_LEAD = lazyre.compile(r"(?<!\w)có[^\S\n]+(?P<what>\p{Ll}[\p{L}\s]{1,60}?)[^\S\n]+(?P<dir>tăng|giảm)"
                              r"(?:[^\S\n]+(?:cao|mạnh|nhanh|nhiều|sâu))?(?:[^\S\n]+nhất)?[^\S\n]*(?:như|là|gồm|:)",
                              regex.IGNORECASE)
#: a sentence that opens with the things it then spreads over places (`Các mỏ đang hoạt động tập trung trên sông Tiền và
#: sông Hậu, gồm `): the things, then the spread up to the list's opening word
_THINGS_SPREAD = lazyre.compile(r"\W*(?:các|những)[^\S\n]+(?P<what>\p{Ll}[\p{L}\s]{1,50}?)[^\S\n]+(?:tập\s+trung|phân\s+bố|nằm)"
                                r"(?!\w)[^\d;:.()\n]{0,80}?(?:gồm(?:\s+có)?|như|là|tại|ở)[^\S\n]+(?:(?:các|những)[^\S\n]+)?"
                                r"(?:(?:huyện|quận|thị\s+xã|thành\s+phố|tỉnh|xã)[^\S\n]+)?(?=\p{Lu})", regex.IGNORECASE)
#: a sentence that opens with what was done most, then where (`Quà Tết được phân bổ nhiều nhất tại các huyện `)
_MOST_AT_LEAD = lazyre.compile(r"\W*(?P<what>\p{L}[^\d,:;.()\n]{2,60}?)\s+(?:nhiều|lớn|cao)\s+nhất\s+(?:ở|tại)\s+"
                               r"(?:các|những)\s+(?:huyện|xã|phường|địa\s+phương|tỉnh|thành\s+phố|quận|thị\s+xã|đơn\s+vị)"
                               r"(?:\s*,\s*(?:thị\s+xã|thành\s+phố|thị\s+trấn|quận|phường|xã|huyện))*\s*:?\s*(?=\p{Lu})", regex.IGNORECASE)
_SHARE_VERB = lazyre.compile(r"\(\s*(?:chiếm|bằng|tương đương|tương ứng)(?!\w)", regex.IGNORECASE)
_WORDS = lazyre.compile(r"\p{L}+")
#: words of a comparison: a bracket after them gives what is compared with
_COMPARING = lazyre.compile(r"(?<!\w)(?:hơn|nhất|so|là|đạt)(?!\w)", regex.IGNORECASE)
#: words a later item of a run of counts may repeat of the list's head besides its subject's (`Số hộ … tại`)
_RUN_FILLERS = frozenset({"số", "tổng", "tại", "của", "ở", "và", "các", "trên", "địa", "bàn"})
#: a list item's words right before its bracket: after the list's last separator, 1-8 words, no figure
_ITEM_PHRASE = lazyre.compile(r"(?:^|[,;:]|\s(?:và|là|gồm(?:\s+có)?|như))\s+(?P<item>\p{L}[\p{L}\s/-]{0,60}?\p{L})\s*\(?$",
                             regex.IGNORECASE)
#: where a sentence's list of named items opens: `… là`, `… gồm (có)` (a colon's heading is _list_heading's)
#: the words that lead from one item of a ranked list to the next, which name nothing: `Tiếp đến là huyện A 26 vụ`
_CONNECTIVE = lazyre.compile(r"^[\s,;]*(?:(?:tiếp\s+(?:đến|theo)|sau\s+đó|kế\s+đến|đứng\s+(?:đầu|sau|thứ\s+\w+)|dẫn\s+đầu|"
                            r"thấp\s+nhất|cao\s+nhất|cuối\s+cùng)(?:\s+(?:là|với))?[\s,]*)+$", regex.IGNORECASE)
#: the words that go on with a ranking after its first item (`…, tiếp đến là`, `kế đến là`, `theo sau là`)
_RANK_NEXT = lazyre.compile(r"(?<!\w)(?:tiếp\s+(?:đến|theo)|kế\s+(?:đến|tiếp)|theo\s+sau)(?:\s+là)?(?!\w)", regex.IGNORECASE)
#: what separates the items of a ranking, and the qualifier before an item's number
_RANK_ITEM_SPLIT = lazyre.compile(r"[,;]|\s(?:và|là)\s", regex.IGNORECASE)
_RANK_ITEM_QUALIFIER = lazyre.compile(r"(?:\s(?:với|có|đạt|hơn|gần|khoảng|trên|xấp\s+xỉ))+\s*$", regex.IGNORECASE)
#: a share's indicator and the superlative that ranks it, as a subject (`tỷ trọng lớn nhất`)
_SUPERLATIVE_SHARE = lazyre.compile(r"(?:tỷ|tỉ)\s+(?:trọng|lệ)\s+(?:lớn|cao|nhiều)\s+nhất|thị\s+phần\s+(?:lớn|cao|nhiều)\s+nhất",
                                    regex.IGNORECASE)
#: `Thiết bị nâng chiếm tỷ trọng lớn nhất với `: what is ranked first, its share's indicator, up to the first number
_SHARE_RANK_FRAME = lazyre.compile(r"(?P<first>[^\d;:.()\n]{2,80}?)\s+chiếm\s+(?P<ind>(?:tỷ|tỉ)\s+(?:trọng|lệ)|thị\s+phần)"
                                   r"\s+(?:lớn|cao|nhiều)\s+nhất\s*(?:,\s*)?(?:với|là|ở\s+mức)?\s*"
                                   r"(?:(?:khoảng|gần|hơn|trên|xấp\s+xỉ)\s+)?", regex.IGNORECASE)
#: the last clause of a phrase (after its last comma)
_LAST_CLAUSE = lazyre.compile(r"[^,]*$")
#: between two items of a ranking of shares: a comma or `và`, `tiếp đến là`, and the next item's name
_SHARE_ITEM = lazyre.compile(r"\s*(?:,|;)?\s*(?:(?:và|tiếp\s+(?:đến|theo)(?:\s+là)?|sau\s+đó\s+là|kế\s+đến\s+là)\s+)?"
                             r"(?P<name>[^\d,;:.()\n]{2,60}?)\s+(?:(?:chiếm|với|là|đạt)\s+)?(?:(?:khoảng|gần|hơn|trên)\s+)?",
                             regex.IGNORECASE)
#: a list of places led by what they have most of: `Các địa phương có số ca mắc cao: …`, `Các huyện có nhiều HTX nhất là
#: …`, `Các địa phương đón nhiều khách nhất gồm: …` (``a``/``b``: what is counted; ``v``: the verb that counts it)
_MOST_LEAD = lazyre.compile(
    r"\W*(?:(?:các|những|một\s+số)\s+)?(?:địa\s+phương|huyện|xã|tỉnh|thành\s+phố|quận|phường|thị\s+xã|thị\s+trấn|đơn\s+vị"
    r"|nơi|trường|cơ\s+sở)(?:\s*,\s*(?:thị\s+xã|thành\s+phố|thị\s+trấn|quận|phường|xã|huyện))*\s+"
    r"(?:(?:có|ghi\s+nhận)\s+(?:(?:số|lượng|tổng\s+số)\s+(?P<a>[^\d,:;()]+?)|(?P<c>(?:quy\s+mô|sản\s+lượng|diện\s+tích)\s+"
    r"[^\d,:;()]+?))\s+(?:cao|lớn|nhiều|đông|thấp|ít)(?:\s+nhất)?"
    r"|(?P<v>[^\d,:;()]+?\s+)?(?:nhiều|đông)\s+(?P<b>[^\d,:;()]+?)\s+nhất)\s*(?:(?:là|gồm(?:\s+có)?|như)\s*)?:?\s",
    regex.IGNORECASE)
_LIST_OPENS = lazyre.compile(r"\s(?:là|gồm(?:\s+có)?)\s", regex.IGNORECASE)
#: the group a list's lead says its items belong to, after its indicator (`Điểm chuẩn cao nhất thuộc về các trường:`,
#: `Chỉ tiêu tuyển sinh của các trường như sau:`): the items' names say which, the indicator is before it
_LEAD_GROUP_TAIL = lazyre.compile(r"(?:\s+(?:lớn|cao|thấp|nhiều|ít)(?:\s+nhất)?)?\s+(?:thuộc\s+về|của|ở|tại)\s+"
                                 r"(?:các|những|một\s+số)\s+\p{Ll}+(?:\s+\p{Ll}+)?(?:\s+như\s+sau)?\s*$",
                                 regex.IGNORECASE)
#: a bracket that holds only a share verb before its number: `(chiếm 89%)`
_SHARE_VERB_ONLY = lazyre.compile(r"\(\s*(?:(?:chiếm|bằng|tương đương|tương ứng|đạt)(?:\s+(?:khoảng|gần|hơn|trên))?|khoảng|gần|hơn|trên)\s*",
                              regex.IGNORECASE)


def _value_bracket(s: Structure, pos: int) -> tuple[int, int] | None:
    """The bracket the number at ``pos`` stands in when nothing but a share verb or a qualifier comes before it there
    (`(58,89%)`, `(chiếm 89%)`, `(khoảng 118.000 con)`): a bracket that gives the value of what is named before it."""
    bracket = s.bracket(pos)
    if bracket is None or (s.scan[bracket[0] + 1:pos].strip(" \t") and
                           not _SHARE_VERB_ONLY.fullmatch(s.scan, bracket[0], pos)):
        return None
    return bracket


#: a commune, ward, township or hamlet by its name or number (`xã Thanh Thủy`, `phường 3`, `tổ dân phố số 5`)
_LOCALITY = lazyre.compile(r"(?<![\p{L}\d])(?<!(?i:thị|tác)\s)(?:[xX]ã|[pP]hường|[tT]hị\s+trấn|[tT]hôn|[ấẤ]p|[xX]óm|[kK]hóm|"
                          r"[tT]ổ\s+dân\s+phố)[^\S\n]+(?:số[^\S\n]+)?(?:\p{Lu}[\p{L}\p{M}'’-]*(?:[^\S\n]+\p{Lu}[\p{L}\p{M}'’-]*){0,3}"
                          r"(?:[^\S\n]+\d(?=[^\S\n]*\())?|\d{1,2})(?![\p{L}\d])")   # (`xã Sơn Kim 1 (huyện …)`)
#: the level words a match of :data:`_LOCALITY` opens with, in lower case (the first syllable of a longer one): the only
#: positions it is tried at
_LOCALITY_OPENINGS = ("xã", "phường", "thị", "thôn", "ấp", "xóm", "khóm", "tổ")


def _localities(scan: str) -> list[tuple[int, int]]:
    """The spans of ``_LOCALITY.finditer(scan)``. A match opens with one of its level words (:data:`_LOCALITY_OPENINGS`,
    the first letter in either case), and the regex, whose look-behinds come first, costs more tried at every position
    of an article than the rest of ``Subjects``' set-up; so it is tried only where a level word stands (found in the
    text in lower case), in order, each after the last match's end: the matches the whole scan finds."""
    low = scan.lower()
    if len(low) != len(scan):   # (a letter whose lower case is longer: offsets would not carry over)
        return [m.span() for m in _LOCALITY.finditer(scan)]
    starts = set()
    for word in _LOCALITY_OPENINGS:
        at = low.find(word)
        while at >= 0:
            starts.add(at)
            at = low.find(word, at + 1)
    return [m.span() for m in _windows.matches_at(_LOCALITY, scan, starts)]
#: a list announced by a plural level below the district (`Một số xã dẫn đầu gồm:`, `ở 3 phường:`)
_LOCALITY_LIST = lazyre.compile(r"(?<!\p{L})(?i:các|những|một\s+số|\d+|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)[^\S\n]+"
                               r"(?i:xã|phường|thị\s+trấn|thôn|bản|ấp)(?!\p{L})[^.;:\n\d]{0,60}?"
                               r"(?P<close>[^\S\n]+(?i:gồm(?:[^\S\n]+có)?|là)[^\S\n]*:?|[^\S\n]*:)[^\S\n]*")


#: a subject that only says an item stands high or low, after a claim verb, with or without an indicator's head
#: (`đạt cao nhất`, `tỷ lệ cao`, `thấp nhất`; not `ít nhất`, at least)
_RANKED_ONLY = lazyre.compile(r"(?:(?:đạt|có|giữ|ở\s+mức|là)\s+)?(?:(?P<head>\p{L}+(?:\s+\p{L}+)?)\s+)??"
                             r"(?:cao|thấp|lớn|nhỏ)(?:\s+nhất)?(?:\s+là)?"
                             # (or that it leads, `dẫn đầu toàn tỉnh với 96,02%`)
                             r"|dẫn\s+đầu(?:\s+(?:toàn\s+tỉnh|cả\s+nước|toàn\s+quốc|khu\s+vực|toàn\s+thành\s+phố))?",
                             regex.IGNORECASE)
#: the base a share names right after it (`38% số hồ sơ`, `15% tổng …`)
_BASE_AFTER = lazyre.compile(r"\s+(?:số|tổng|của)\s", regex.IGNORECASE)
#: `vụ, việc` (cases and matters), said as one noun with its comma
_CASES_PAIR = lazyre.compile(r"(?<!\w)vụ,[^\S\n]*việc(?!\w)", regex.IGNORECASE)
#: the words of a bound before a number, its `hơn` read as the approximation (`không cao [hơn]`, `chưa [đến]`)
_DEGREE_ONLY = lazyre.compile(r"(?:không|chưa)(?:[^\S\n]+(?:cao|lớn|nhiều|thấp|nhỏ|ít|quá|đến|tới|vượt|đầy))?"
                              r"(?:[^\S\n]+hơn)?"
                              # (or a bound or a share of each time alone: `…, tối đa 30 triệu đồng/hộ`, `mỗi lần`;
                              # ``cap`` those that bound what the figure before them measures)
                              r"|ít[^\S\n]+nhất|nhiều[^\S\n]+nhất|(?P<cap>tối[^\S\n]+(?:đa|thiểu)|mỗi[^\S\n]+(?:lần|đợt|kỳ))",
                              regex.IGNORECASE)
#: a verb of paying or giving right before a figure (`hỗ trợ 50% …`, `cho vay 200 triệu đồng`)
_PAYS_BEFORE = lazyre.compile(r"(?<!\w)(?P<v>hỗ[^\S\n]+trợ|chi[^\S\n]+trả|bồi[^\S\n]+thường|cho[^\S\n]+vay|trợ[^\S\n]+cấp|"
                              r"thưởng|phạt)[^\S\n]+(?:(?:khoảng|gần|hơn|trên|đến|tới)[^\S\n]+)?$", regex.IGNORECASE)
#: a word of capitals alone (`TAND`, `UBND`: a body, once its place is cut)
_ACRONYM_ONLY = lazyre.compile(r"(?-i:\p{Lu}{2,}[\p{Lu}\d]*)")
#: a sentence that opens with the whole a share is of (`Trong số thí sinh trúng tuyển, khoảng 64% là …`)
_AMONG_OPENING = lazyre.compile(r"[^\S\n]*(?:Trong|Trên)[^\S\n]+(?:tổng[^\S\n]+)?số[^\S\n]+(?P<x>(?!\d)[^,;:.()\d\n]{2,60}?)"
                                r"[^\S\n]*,[^\S\n]*(?:(?:có|thì)[^\S\n]+)?(?:(?:khoảng|gần|hơn|trên|chỉ|có)[^\S\n]+)*$",
                                regex.IGNORECASE)
#: `là` right after a share, before what it names (`60% là lao động nữ`)
_IS_AFTER = lazyre.compile(r"[^\S\n]+là[^\S\n]+", regex.IGNORECASE)
#: the words that name a sum only as what something is worth (`trị giá 302 triệu USD`)
_WORTH_WORDS = frozenset({"trị giá", "giá trị", "tổng trị giá", "với trị giá"})
#: the money an undertaking takes, named bare (`… 27 dự án ứng phó với biến đổi khí hậu với tổng vốn 5.680 tỷ đồng`): of
#: the things counted just before it
_FUNDS_WORDS = frozenset({"vốn", "tổng vốn", "tổng số vốn", "vốn đầu tư", "tổng vốn đầu tư", "tổng mức đầu tư",
                          "kinh phí", "tổng kinh phí", "tổng số kinh phí"})
#: the most syllables of the things counted that the money or the land they take is named by (more make a clause)
_FUNDS_OF_WORDS = 12
#: how far after the count before it the members of what it counts may be named (`32 câu lạc bộ với 1.820 thành
#: viên`), and what ends that count's clause
_MEMBERS_REACH = 90
#: what joins two counts of one noun into one whole the members after them belong to (`11 trường … và 142 trường`)
_JOINED_COUNTS = lazyre.compile(r"[^;:.\d\n]{0,80}?(?:\s+và|\s*,)\s+", regex.IGNORECASE)
_CLAUSE_MARK = lazyre.compile(r"[;:.()]|(?<!\w)(?:trong\s+đó|còn|nhưng)(?!\w)", regex.IGNORECASE)
#: what a bare size or capacity after a count is said after: `với` or a bracket, or a comma with `tổng` (the total word
#: in ``total`` when written)
_WITH_OR_BRACKET = lazyre.compile(r"(?:(?:(?<!\w)với|\()\s*(?P<total>tổng\s+)?|,\s*(?P<total>tổng\s+))$", regex.IGNORECASE)
#: the thing that has it, the whole clause before `có`/`đạt` (`Khu tái định cư có diện tích 3,2 ha`, `Bưu điện huyện
#: Bảo Thắng đạt tổng doanh thu 21,36 tỷ đồng`): a noun phrase of a few words, no number, no verb of its own
_OWNER_OF = lazyre.compile(r"\s*(?P<owner>\p{L}[\p{L}\d'-]*(?:\s+[\p{L}\d'-]+){0,7}?)\s+(?:hiện\s+|đã\s+)?(?:có|đạt)\s+$",
                          regex.IGNORECASE)
#: works named right before a bracket or a `với` that gives their size or capacity (`Khu xử lý chất thải Thanh Thủy (`,
#: `Nhà máy xử lý rác thải phát điện với `): the works, from their kind's noun, a few words with no verb or number
_WORKS_BEFORE = lazyre.compile(r"(?<!\w)(?P<owner>(?i:nhà\s+máy|khu\s+xử\s+lý|khu\s+liên\s+hợp|hệ\s+thống|trạm|lò\s+đốt|bãi\s+chôn\s+lấp|"
                              r"bãi\s+rác|hồ\s+chứa|công\s+trình|cầu|cảng|sân\s+bay|cảng\s+hàng\s+không)"
                              r"(?:[^\S\n]+(?!(?i:với|có|đạt|là|được|đã|sẽ|đang|tại|ở|của)(?!\w))[\p{L}'-]+){1,8}?)"
                              r"[^\S\n]*(?:\(|,?[^\S\n]+với[^\S\n]+)(?:tổng[^\S\n]+)?$")
#: `tổng` right before the attribute's noun: part of what the text calls it (`tổng doanh thu`)
_TOTAL_BEFORE = lazyre.compile(r"(?<!\w)tổng\s+$", regex.IGNORECASE)
#: the indicator a clause names before the places it lists (`Số lao động ngành dệt may tại `, `Tỷ lệ hộ nghèo của các
#: huyện `), without `Số`
_INDICATOR_BEFORE_PLACES = lazyre.compile(r"\s*(?:(?:tổng\s+)?số\s+)?(?P<ind>\p{L}[^,;:\d()]{2,80}?)\s+(?:tại|ở|của)\s+"
                                         r"(?:(?:các|những)\s+(?:tỉnh|thành\s+phố|huyện|quận|thị\s+xã|địa\s+phương)\s+)?"
                                         r"(?=(?-i:\p{Lu}))", regex.IGNORECASE)
#: what joins the names of a list, once the names are blanked out
_LIST_GLUE = lazyre.compile(r"[\s,]+|(?<!\w)(?:và|TP\.?|thành\s+phố|tỉnh|huyện|quận|thị\s+xã)(?!\w)", regex.IGNORECASE)
#: `mức` alone right before a figure, opening its clause or bracket (`, mức 2 triệu đồng/hộ`; not `với mức …`, which
#: ends the phrase that names it)
_BARE_RATE = lazyre.compile(r"(?:^|[,;:(])\s*mức\s+$", regex.IGNORECASE)
#: where what a verb of payment pays for ends: a number, its beneficiary or place, a break
_PAID_FOR_END = lazyre.compile(r"\d|(?<!\w)(?:cho|với|tại|ở|của|theo|hơn|khoảng|gần|trên)(?!\w)|[,;:.()\n]",
                               regex.IGNORECASE)
#: words a verb's object may hold: lower-case words only (not a name, not a number)
_LOWER_WORDS = lazyre.compile(r"\p{Ll}+(?:\s+\p{Ll}+)*")
#: words that make the clause before `có` more than a thing's name: a verb, a time, a quantifier, a connective
_NOT_AN_OWNER = lazyre.compile(r"(?<!\w)(?:\d+|năm|tháng|quý|hiện\s+nay|được|bị|đã|sẽ|đang|là|và|với|của|các|những|nhiều|"
                              r"một\s+số|số|bình\s+quân|tổng|trong|tại|ở|nếu|khi|nhằm|để|phấn\s+đấu|dự\s+kiến)(?!\w)",
                              regex.IGNORECASE)


#: what makes a subject the whole's: its sum word first (`Tổng đàn dê`) and whose it is after (`… của 4 huyện vùng cao`)
_WHOLES_OWN = lazyre.compile(r"^(?i:tổng(?:\s+số)?)\s+(?=\p{L})|\s+(?i:của)\s.*$")


def _said_of_things(subject: str, unit: str, opening: str) -> str | None:
    """What ``subject`` (lower case) of a count in ``unit`` says of its things beyond their noun, when that is only what
    the clause before the count said (``opening``, lower case): `""` for the noun alone (`hộ`) or words of the clause's
    verb (`hộ di dời` after `đã di dời`; `đã tiếp 96 lượt người với 81 vụ việc`: the cases came with the visitors,
    they are no part of them); those words after a heading (`phải di dời` after `Số hộ phải di dời khẩn cấp:`); None
    when it names them by more (`câu lạc bộ liên thế hệ`)."""
    if subject == unit:
        return ""
    rest = subject[len(unit):].strip() if subject.startswith(unit + " ") else subject
    if rest in opening.rpartition(":")[0]:
        return rest
    return "" if rest in opening else None


#: where a name (a noun and the words that qualify it) ends and what is said of it begins: a verb of voice, tense or
#: being, a preposition, a conjunction (`tổ | được tập huấn`, `tổ | đã tổ chức`, `tổ | so với cuối năm`)
_PREDICATE_AFTER_NAME = lazyre.compile(r"\s+(?=(?:được|bị|đã|đang|sẽ|vẫn|là|có|không|chưa|với|so|tại|(?<!nhà\s+)ở|trên|cho|"
                                      r"để|do|và|hoặc|thì|mà|này|đó|nhiều|ít|từ|đến|trong|tham gia|bình quân|"
                                      r"trung bình)(?!\w))")
#: a body, experts or a person, then a verb of saying or forecasting, opening a subject: the source, not what the
#: figure is of (`Bộ Nông nghiệp và Phát triển nông thôn dự báo | xuất khẩu gạo`, `Các chuyên gia dự báo | giá heo hơi`)
_SAYER_OPENS = lazyre.compile(r"(?-i:(?:Các\s+)?[Cc]huyên\s+gia|Bộ|Sở|Cục|Tổng\s+cục|Hiệp\s+hội|Ủy\s+ban|UBND|Ban|Viện|"
                              r"Trung\s+tâm|Ngân\s+hàng|Chi\s+cục|Ông|Bà)\s(?:\S+\s+){0,10}?(?:dự\s+báo|ước\s+tính|"
                              r"cho\s+biết|nhận\s+định|thông\s+tin|khẳng\s+định)\s+(?P<what>\S.*)$")
#: a capitalised word after a noun: the two are a proper name (`Phòng Văn hóa`, `Tổ Công tác 701`)
_PROPER_AFTER = lazyre.compile(r"\s+(?-i:\p{Lu})")


def _one_name(said: Iterable[str]) -> str | None:
    """The one name in ``said`` (what an article calls a thing each time it names it): the shortest, when every other is
    a longer form of it and the names were said twice or more; else None (two different names, or one said once)."""
    names: dict[str, str] = {}
    count = 0
    for words in said:
        names.setdefault(words.lower(), words)
        count += 1
    shortest = min(names, key=len) if names else None
    # (a longer form by whole words: `chợ hạng II` is no longer form of `chợ hạng I`)
    one = shortest is not None and count >= 2 and all(n == shortest or n.startswith(shortest + " ") for n in names)
    return names[shortest] if one else None


def _strip_tail_place(phrase: str) -> str:
    """`nhập khẩu của tỉnh` once its place is cut: `nhập khẩu`."""
    return _OF_NOTHING.sub("", phrase.strip())


#: an indicator that is a size (an area, a length, a capacity), which no sum of money measures
_SIZE_INDICATOR = lazyre.compile(r"(?:tổng\s+)?(?:diện\s+tích|chiều\s+(?:dài|rộng|cao|sâu)|dung\s+tích|công\s+suất|"
                                r"trọng\s+tải|sức\s+chứa)(?!\w)", regex.IGNORECASE)


#: the end of a list's lead right before its first item: where the items are (`tại các huyện`), which of them
#: (`nhiều nhất là`), or `gồm`
_LIST_LEAD_BEFORE = lazyre.compile(
    r"(?:(?:ở|tại|trên)\s+(?:các|một\s+số|những|nhiều)\s+(?:huyện|xã|tỉnh|quận|phường|thị\s+xã|thành\s+phố|địa\s+phương)"
    r"|(?:nhiều|cao|lớn|ít|thấp)\s+nhất\s+(?:là|thuộc\s+về)|gồm(?:\s+có)?\s*:?)\s+$", regex.IGNORECASE)
#: a partner's name: capitalised words (`Nhật Bản`, `Hoa Kỳ`; not a product's initials, `LPG`)
_PARTNER_NAME = lazyre.compile(r"(?:thị[^\S\n]+trường[^\S\n]+)?(?-i:\p{Lu}\p{Ll}+)(?:[^\S\n]+(?-i:\p{Lu}\p{Ll}+)){0,3}")
#: the word that names a partner a market, right before its name (`thị trường Trung Quốc`)
_MARKET_BEFORE = lazyre.compile(r"(?<!\w)thị[^\S\n]+trường[^\S\n]+$", regex.IGNORECASE)


@dataclass
class Subjects:
    """Subjects of one article's figures, asked in text order (a bracket's host comes before it)."""

    structure: Structure
    patterns: PatternSet
    places: list[PlaceMention]
    given: list[tuple[Draft, str | None]] = field(default_factory=list)
    _subject_of: dict[int, str | None] = field(default_factory=dict)          # id(draft) -> its subject
    _sentence_phrases: dict[int, list[tuple[int, int, str]]] = field(default_factory=dict)
    _names: dict[str, str | None] = field(default_factory=dict)     # head -> the one name the article gives it
    _before: dict[tuple, str | None] = field(default_factory=dict)  # _indicator_before's answers (see there)
    _back_reference_at: dict[tuple[int, int], int] = field(default_factory=dict)   # sentence -> its first match
    _stripped: dict[tuple[str, bool], str] = field(default_factory=dict)    # _strip_places's answers

    def __post_init__(self) -> None:
        self.r = rules(self.patterns)
        # a commune, ward or hamlet names where, like a province or a district, though it is no figure's location
        scan = self.structure.scan
        localities = _localities(scan)
        for m in _places.finditer_counted(_LOCALITY_LIST, scan, ("xã", "phường", "thị", "thôn", "bản", "ấp")):
            # `Một số xã dẫn đầu gồm: Hải Đông 9,2 km, Hải Lộc 7,8 km`: the names that open the items of the list
            localities += _places.item_names(scan, m.end())
        localities = [(a, b) for a, b in localities if not any(p.start < b and a < p.end for p in self.places)]
        self._place_spans = sorted([(m.start, m.end) for m in self.places] + localities)
        # (each as written, and its bare name: `Toàn tỉnh An Giang có 54 điểm sạt lở` leaves `An Giang` after the
        # lead words went; the longer is blanked first)
        self._named_places = sorted({t for m in self.places if m.text
                                     for t in (m.text, _LEVEL_PREFIX.sub("", m.text)) if _LETTER.search(t)},
                                    key=lambda t: (-len(t), t))
        self._place_texts = self._named_places + \
            [t for t in dict.fromkeys(self.structure.text[a:b] for a, b in localities)
             if t not in self._named_places]

    def of(self, d: Draft, phrase: Callable[[Draft], str | None],
           lead: Callable[[Draft], str] | None = None) -> tuple[str | None, str]:
        """The subject of ``d`` and the name of the rule that gave it (``phrase``: the words the figure's clause
        says of it; ``lead``: the words of its clause before it, cleaned)."""
        rate = self._rate_of_payment(d)
        subject, rule = (rate, "rate") if rate is not None else self._find(d, _asked_once(phrase, d), lead)
        back = self.r.back_reference.fullmatch(subject.strip()) if subject else None
        if back is not None:
            # (`Đến nay, tỷ lệ này đã đạt 81,6%` read as an indicator: it names the one before)
            sentence_start = self.structure.sentence(d.start)[0]
            found = self._referred(d, back.group("head"), sentence_start, sentence_start)
            if found:
                subject, rule = found, "back_reference"
        # (an item of a `lần lượt` list is named in full already: `lượng khách` there is no head to spell out)
        # (a bare `tổng diện tích` after `với` is the area of the count before it, before it is read as the last
        # indicator with that head: `11 công viên, vườn hoa với tổng diện tích 96,5 ha`)
        worth = self._worth_of_before(d, subject.strip()) \
            if subject and self.r.heads.fullmatch(subject.strip()) is not None else None
        if rule != "distance":   # (the place a distance is measured to is no location to strip: `đến đảo Lý Sơn`)
            subject = self._clean(subject, d, fuller=rule != "respectively")
        worth = worth or self._worth_of_before(d, subject)
        if worth is not None:
            subject, rule = worth, "worth_of"
        else:
            owned = self._owner_of_attribute(d, subject)
            if owned is not None:
                subject, rule = owned, "owner_of"
        ranked = self._ranked_by(d, subject)
        if ranked is not None:
            subject, rule = ranked, "ranked_item"
        headed = self._part_with_head(d, subject)
        if headed is not None:
            subject, rule = headed, "part_of_whole"
        if subject and d.unit and subject.strip().lower() == d.unit.lower():
            topic = _FRONTED_TOPIC.match(self.structure.scan, self.structure.sentence(d.start)[0])
            if topic is not None and topic.end() <= d.number.start and not self._only_places(topic.group("t")) and \
                    not _BREAKDOWN_TOPIC.fullmatch(topic.group("t").strip()) and \
                    next(self._given_in_sentence(d), None) is None:
                # `Đối với cây hồ tiêu, toàn tỉnh có 33.800 ha`: a figure its clause names only by its unit is of the
                # topic its sentence opens with (an area, the topic's area); not a topic that says how a list is broken
                # down (`Về địa bàn, quận Hải Châu dẫn đầu với 298 doanh nghiệp …`); only the sentence's first figure (not
                # a companion: `Đối với tàu cá, … 1.230/1.245 tàu với hơn 6.000 lao động`)
                what = _SPACES.sub(" ", topic.group("t")).strip()
                subject = f"diện tích {what}" if d.unit.lower() in AREA_UNITS else f"{d.unit} {what}"
                rule = "topic"
            else:
                said = self._said_again(d)
                if said is not None:
                    subject, rule = said, "said_again"
        label = _KIND_LABEL.fullmatch(subject.strip()) if subject else None
        if label is not None:
            # `mức lương tối thiểu tháng vùng I là 4.960.000 đồng, vùng II là 4.410.000 đồng`: an item named by another
            # of the kind the figure before it in the sentence ends with is that indicator, for this one
            for _g, said in self._given_in_sentence(d):
                kin = _KIND_ENDING.search(said or "")
                if kin is not None and kin.group("kind").lower() == label.group("kind").lower() and \
                        kin.group("id") != label.group("id") and kin.start() > 0:
                    subject, rule = f"{said[:kin.start()].rstrip()} {subject.strip()}", "kind_of_item_before"
                    break
        if subject and d.unit.lower() == "con":
            # `con` is a classifier, it names no animal: `tổng đàn 2.460 con` counts the herd; `Bò sữa được nuôi tại 46
            # tỉnh …: Nghệ An 70.120 con` counts what the sentence opens with
            herd = _CLASSIFIER_THEN_HERD.fullmatch(subject.strip())
            if herd is not None:
                subject, rule = herd.group("herd"), "classifier"
            elif subject.strip().lower() == "con":
                opening = _OPENING_NOUN.match(self.structure.scan, self.structure.sentence(d.start)[0], d.number.start)
                if opening is not None and not self._only_places(opening.group("t")):
                    subject, rule = _SPACES.sub(" ", opening.group("t")).strip(), "classifier"
        elif subject and (piece := _PIECE_THEN_NOUN.fullmatch(subject.strip())) is not None and \
                d.unit.lower().split()[0] == piece.group("piece").lower():
            # `2.940 chiếc lò vi sóng, lò nướng điện`: the classifier counts the noun after it; it names nothing
            subject, rule = piece.group("rest"), "classifier"
        if d.whole is not None and (not subject or subject.strip().lower() == d.unit.lower()):
            label = _NUMBERED_KIND_LABEL.search(self.structure.scan, max(0, d.number.start - 30), d.number.start)
            whole = self._subject_of.get(id(d.whole))
            if label is not None and whole:
                # `98 trường đạt chuẩn quốc gia (mức độ 1: 71 trường; mức độ 2: 27 trường)`: a part labelled by a
                # numbered kind counts its whole's things of that kind
                subject, rule = f"{whole} {_lower_first(_SPACES.sub(' ', label.group('label')))}", "part_of_whole"
        if subject and _IN_PLACES.fullmatch(subject.strip()):
            # `lượng mưa phổ biến 80-150 mm, có nơi trên 200 mm`: `có nơi` says where, the amount is of the indicator of
            # the figure of its unit before it in the sentence (not that figure's `phổ biến`, commonly)
            before = next((s for g, s in self._given_in_sentence(d) if g.unit == d.unit and s
                           and not _IN_PLACES.fullmatch(s.strip())), None)
            if before is not None:
                subject, rule = _COMMONLY.sub("", before), "in_places"
        ranked_share = self._share_ranking_item(d, subject)
        if ranked_share is not None:
            subject, rule = ranked_share, "ranked_item"
        kind_item = self._item_of_kind(d, subject)
        if kind_item is not None:
            # `Tỷ lệ cơ giới hóa khâu làm đất đạt 100%; khâu gieo sạ, cấy đạt 85,6%`: a `;` item that names another of
            # the kind the figure before it names is that indicator, for this kind
            subject, rule = kind_item, "kind_of_item_before"
        if d.kind == "percent" and subject and _RATE_NOUN_ALONE.fullmatch(subject.strip()):
            counted = self._counted_before(d)
            if counted is not None:
                # `… có 38.940 người nhận qua tài khoản, … . Một số địa phương có tỷ lệ cao là TP. Vinh (78,5%)`, `chuyển
                # đổi thêm 12 đài …, nâng tỷ lệ lên 69,7%`: a rate named by its bare noun is the rate of what was counted
                # just before it
                subject, rule = f"{subject.strip()} {counted}", "rate_of_counted"
        self.record(d, subject)
        return subject, rule

    def _item_of_kind(self, d: Draft, subject: str | None) -> str | None:
        """For a figure whose `;` item opens with a noun of kind (`khâu gieo sạ, cấy đạt 85,6%`), the subject of the
        figure before it in the sentence up to that noun (`Tỷ lệ cơ giới hóa khâu làm đất`), then the item's words;
        else None."""
        s = self.structure
        start = s.sentence(d.start)[0]
        semi = s.scan.rfind(";", start, d.number.start)
        if semi < 0 or not subject:
            return None
        item = _KIND_ITEM.match(s.text, semi + 1, d.number.start)
        if item is None:
            return None
        words = " ".join(item.group("item").split())
        kind = words.split()[0].lower()
        for g, said in reversed(self.given[-_LIST_ITEMS:]):
            if g.start < start:
                break
            if not said or g.kind != d.kind:
                continue
            at = f" {said.lower()} ".find(f" {kind} ")
            if at > 0:
                return f"{said[:at].rstrip()} {words}"
            return None
        return None

    def _counted_before(self, d: Draft) -> str | None:
        """What the last count said before ``d`` in its sentence or the one before counts (its subject), when that count
        was said as a share of its whole (`38.940 người …, chiếm 42,6%`, `4/13 huyện`) or ``d`` raises the rate of what
        its sentence counted; else None."""
        start = self.structure.sentence(d.start)[0]
        before = min([start, *(a for a, _ in self.structure.sentences_before(d.start, 1))])
        scan = self.structure.scan
        raised = _RATE_RAISED.search(scan, max(start, d.number.start - 40), d.number.start) is not None
        for g, said in reversed(self.given[-_LIST_ITEMS:]):
            if g.start < before:
                break
            if g.kind == "count" and said and not _RATE_NOUN_ALONE.match(said) and \
                    (g.percent is not None or g.total is not None or (raised and g.start >= start)):
                # (or a count of the things added in its sentence, whose rate it raises: `xây dựng thêm 12 nhà văn hóa,
                # nâng tỷ lệ lên 85,5%`)
                return said.strip()
        return None

    def _said_again(self, d: Draft) -> str | None:
        """`… thu hồi khoảng 372 ha đất. Trong số 372 ha, …`: a number its clause names only by its unit, that says again
        the value and unit of a figure of its own sentence or of the two before, measures what that one does."""
        start = self.structure.sentence(d.start)[0]
        before = min([start, *(a for a, _ in self.structure.sentences_before(d.start, 2))])
        for g, said in reversed(self.given[-_LIST_ITEMS:]):
            if g.start < before:
                break
            if g.value == d.value and g.unit.lower() == d.unit.lower() and said and \
                    said.strip().lower() != d.unit.lower():
                return said
        return None

    def record(self, d: Draft, subject: str | None) -> None:
        """Keep ``subject`` as ``d``'s, for the figures after it (:meth:`of` does; so does a figure whose subject is
        its run's, `Context.attach_as`)."""
        self.given.append((d, subject))
        self._subject_of[id(d)] = subject

    def _rate_of_payment(self, d: Draft) -> str | None:
        """`hỗ trợ 325 hộ, mức 2 triệu đồng/hộ`: `mức` alone before an amount is the rate of the payment its sentence
        names before it with a verb of payment (`mức hỗ trợ`), and of what the verb says is paid for, up to its first
        number or its beneficiary (`hỗ trợ chi phí mai táng cho 52 người`: `mức hỗ trợ chi phí mai táng`); else None."""
        scan = self.structure.scan
        if d.kind != "money" or _BARE_RATE.search(scan, max(0, d.number.start - 12), d.number.start) is None:
            return None
        sentence_start = self.structure.sentence(d.start)[0]
        verb = None
        for verb in self.r.payment.finditer(scan, sentence_start, d.number.start - 4):
            pass
        if verb is None:
            return None
        end = _PAID_FOR_END.search(scan, verb.end(), d.number.start)
        what = scan[verb.end():end.start() if end is not None else verb.end()]
        words = what.split()
        if len(words) > 4 or (words and _LOWER_WORDS.fullmatch(what.strip()) is None):
            words = []
        return " ".join(["mức", self.structure.text[verb.start():verb.end()].lower(), *words])

    def _part_with_head(self, d: Draft, subject: str | None) -> str | None:
        """`Sản lượng thịt hơi xuất chuồng … 198.700 tấn; trong đó thịt lợn 121.500 tấn`: a part of an amount or a
        quantity that names only its kind measures the same indicator as its whole (`sản lượng thịt lợn`), said by the
        head noun its whole's subject opens with; else None."""
        if d.whole is None or d.kind not in ("measure", "money") or not subject or \
                len(subject.split()) > _PART_KIND_WORDS or self.r.heads.search(subject) is not None:
            return None
        whole_subject = self._subject_of.get(id(d.whole)) or ""
        head = _PART_HEAD.match(whole_subject)
        if head is None or _LETTER.search(subject) is None or \
                subject.split()[0].lower() in head.group().lower().split():
            return None     # (`kim ngạch xuất nhập khẩu …, trong đó xuất khẩu …`: the part names its side of the head)
        return f"{head.group().strip().lower()} {subject.strip()}"

    def _referred(self, d: Draft, head: str, at: int, sentence_start: int) -> str | None:
        """What `tỷ lệ này` (``head`` then a demonstrative, at ``at``) refers to: the indicator spelled out before with
        that head, else the last figure of ``d``'s kind said just before (:meth:`_said_before`)."""
        return self._indicator_before(at, head=head) or self._said_before(d, head, sentence_start)

    def _said_before(self, d: Draft, head: str, sentence_start: int) -> str | None:
        """`100% phường đã triển khai camera …; tại thị xã Hương Thủy, tỷ lệ này là 58%`: with no indicator spelled out
        with its head before it, `tỷ lệ này` is the rate of the last figure of its kind in its sentence or the one
        before, named by that figure's subject (and its head, when the subject does not open with one)."""
        before = next(self.structure.sentences_before(sentence_start, 1), None)
        previous = before[0] if before is not None else sentence_start
        for g, given in reversed(self.given[-_LIST_ITEMS:]):
            if g.start < previous:
                return None
            if g.end <= d.start and given and g.kind == d.kind:
                return given if self.r.heads.match(given) else f"{_lower_first(head)} {given}"
            if g.end <= d.start and given and d.kind == "percent" and g.percent is not None and \
                    head.lower() in ("tỷ lệ", "tỉ lệ"):
                # `1.318 hộ đã làm lối thoát nạn thứ hai, chiếm 53,8%. Tại TP Bắc Ninh, tỷ lệ này đạt 61%`: the rate of a
                # count whose share was said with it
                return f"{_lower_first(head)} {given}"
        return None

    def _owner_of_attribute(self, d: Draft, subject: str | None) -> str | None:
        """`Khu tái định cư có diện tích 3,2 ha`, `Bưu điện huyện Bảo Thắng đạt tổng doanh thu 21,36 tỷ đồng`: a size, a
        capacity or an income named bare is that of the thing its clause opens with, before `có`/`đạt` (`diện tích
        Khu tái định cư`); not of a level of government or a place (`Huyện có diện tích …`: the place is the location),
        and not of a clause that says more than a thing's name; else None."""
        if not subject or d.kind not in ("measure", "money") or self.r.attribute.fullmatch(subject.strip()) is None:
            return None
        scan = self.structure.scan
        sentence_start = self.structure.sentence(d.start)[0]
        said = scan.rfind(subject.strip().split()[0], max(sentence_start, d.number.start - 40), d.number.start)
        if said < 0:
            return None
        total = _TOTAL_BEFORE.search(scan, max(sentence_start, said - 8), said)
        said = total.start() if total is not None else said
        clause_start = max(sentence_start, *(scan.rfind(c, sentence_start, said) + 1 for c in ",;:(\n"))
        owner = _OWNER_OF.fullmatch(scan, clause_start, said)
        if owner is None:
            # (`Khu xử lý chất thải Thanh Thủy (công suất 300 tấn/ngày)`, `khởi công Nhà máy xử lý rác thải với công suất
            # 500 tấn/ngày`: works named right before the bracket or the `với` that gives their size)
            owner = _WORKS_BEFORE.search(scan, max(sentence_start, said - 100), said)
        if owner is None or _NOT_AN_OWNER.search(owner.group("owner")) is not None or \
                _GENERIC_OWNER.match(owner.group("owner")) is not None or self._only_places(owner.group("owner")) or \
                not self._strip_places(owner.group("owner")).strip(" ,").split()[0][:1].isalpha():
            return None
        named = self.r.attribute.match(scan, said, d.number.start)     # (as the text says it: `tổng doanh thu`)
        attribute = self.structure.text[said:named.end()] if named is not None else subject.strip()
        owner = _SPACES.sub(" ", self.structure.text[owner.start("owner"):owner.end("owner")])
        if not any(w[:1].isupper() for w in owner.split()[1:]):
            owner = _lower_first(owner)     # (a common noun opening the sentence: `Mỗi căn nhà`; a name keeps its capitals)
        return f"{attribute} {owner}"

    def _worth_of_before(self, d: Draft, subject: str | None) -> str | None:
        """`xuất khẩu hạt điều nhân đạt 85.000 tấn, trị giá 302 triệu USD`: a sum named only `trị giá` is the worth of
        the figure said just before it in its sentence (`trị giá xuất khẩu hạt điều nhân`); so is the money named
        only `tổng vốn`, `kinh phí` (`27 dự án … với tổng vốn 5.680 tỷ đồng`: `tổng vốn dự án …`), a size or a capacity
        named only `diện tích`, `công suất` after `với` or in a bracket, or as their total after a comma (`68 cơ sở sản
        xuất nước đá, tổng công suất khoảng 5.400 tấn/ngày`), and a count of members right after `với` (`32
        câu lạc bộ … với 1.820 thành viên`: `thành viên câu lạc bộ …`), of the count before it; else None."""
        if subject is None or not self.given:
            return None
        said = subject.lower()
        said_of = ""
        if d.kind == "money" and said in _WORTH_WORDS:
            counted_only = False
        elif d.kind == "money" and said in _FUNDS_WORDS:
            counted_only = True
        elif d.kind == "measure" and self.r.attribute.fullmatch(said) is not None:
            counted_only = True
            words = self.structure.scan.rfind(subject.split()[0], max(0, d.start - 60), d.start)
            said_after = _WITH_OR_BRACKET.search(self.structure.scan, max(0, words - 16), words) if words >= 0 else None
            if said_after is None:
                return None
            if said_after.group("total") and not said.startswith("tổng "):
                subject = f"tổng {subject}"     # (as the text words it: `tổng công suất`, the total of the things)
        elif d.kind == "count" and (said == d.unit.lower() or said.startswith(d.unit.lower() + " ")) and \
                self.r.members.search(self.structure.scan, max(0, d.number.start - 24), d.number.start) is not None:
            counted_only = True
            # (`… đã thành lập 32 câu lạc bộ với 1.820 thành viên`: the verb the members were given from the clause
            # before the first count is that count's, not theirs)
            subject = subject[:len(d.unit)]
            said_of = said[len(d.unit):].strip()
        else:
            return None
        before, before_subject = self.given[-1]
        if not before_subject or before.kind == "money" or (counted_only and (
                before.kind != "count" or len(before_subject.split()) > _FUNDS_OF_WORDS)) or \
                self.structure.sentence(before.start) != self.structure.sentence(d.start):
            return None
        opening = self.structure.scan[self.structure.sentence(d.start)[0]:before.start].lower() \
            if d.kind == "count" else ""
        if d.kind == "count" and (before.unit == d.unit or d.start - before.end > _MEMBERS_REACH or
                                  (said_of and said_of not in opening) or
                                  _CLAUSE_MARK.search(self.structure.scan, before.end, d.start) is not None or
                                  _GENERIC_OWNER.match(before_subject) is not None):
            # (a list's next item, `Mường Nhé 58 vụ, Điện Biên với 44 vụ`; a clause of its own; a part in brackets,
            # `15 tuyến xe buýt (gồm … 6 tuyến không trợ giá) với 168 xe`; things named by a level of government, `27
            # đơn vị với 186 Thẩm phán`)
            return None
        if d.kind == "count" and len(self.given) > 1:
            first = self.given[-2][0]
            if first.kind == "count" and first.unit == before.unit and \
                    _JOINED_COUNTS.fullmatch(self.structure.scan, first.end, before.start) is not None:
                return None     # (`11 trường PTDTNT và 142 trường PTDTBT với tổng số 48.650 học sinh`: of both kinds)
        shared = _said_of_things(before_subject.strip().lower(), before.unit.lower(), opening) \
            if d.kind == "count" else None
        if shared == "":
            return None     # (things named by their noun alone or the verb done to them add nothing: `1.842 hộ với 8.730
            # nhân khẩu`, `đã tiếp 96 lượt người với 81 vụ việc`)
        if shared:
            # (`Số hộ phải di dời khẩn cấp: 2.316 hộ với 7.480 nhân khẩu`: the members share what the clause said of
            # the things, `nhân khẩu phải di dời khẩn cấp`)
            named = before_subject.strip()
            if named.lower().startswith(before.unit.lower() + " "):
                named = named[len(before.unit):].strip()
            return f"{subject} {named}"
        return f"{subject} {before_subject}"

    def _ranked_by(self, d: Draft, subject: str | None) -> str | None:
        """`Tỷ lệ hộ có phương tiện nghe, xem đạt 93,2%, trong đó huyện Quản Bạ đạt cao nhất với 97,5%`, `Một số địa
        phương có tỷ lệ cao là …`: a subject that only says the item stands high or low (`cao nhất`, `thấp`, `lớn
        nhất`), with or without the head noun of an indicator, ranks the items by the indicator named before: that
        indicator (the last one spelled out with that head, or the last figure's of the same kind); else None."""
        if not subject or d.kind not in ("percent", "measure", "money"):
            return None
        m = _RANKED_ONLY.fullmatch(subject.strip())
        if m is None or _BASE_AFTER.match(self.structure.scan, d.end):
            return None     # (`chiếm tỷ lệ cao nhất với 38% số hồ sơ`: a share of what it names after it)
        head = m.group("head")
        if head:
            if self.r.heads.fullmatch(head) is None:
                return None
            found = self._indicator_before(self.structure.sentence(d.start)[0], head=head)
            return found if found and len(found) > len(head) + 2 else None
        # (its own sentence or the one before)
        near = [self.structure.sentence(d.start), *list(self.structure.sentences_before(d.start))[:1]]
        for g, given in reversed(self.given[-_LIST_ITEMS:]):
            if g.kind != d.kind or not given or _RANKED_ONLY.fullmatch(given.strip()):
                continue
            if self.structure.sentence(g.start) in near and self.r.back_reference.search(given) is None:
                return given    # (not `tỷ lệ này`: what it refers to is not known here)
            break
        return None

    def _bare_part_of(self, d: Draft) -> str | None:
        """`52 nhà bị sập, gồm huyện Lạc Sơn 30 nhà …`, `120 tỷ đồng, trong đó huyện Đầm Dơi 40 tỷ đồng`: the subject of
        the whole of a part that names nothing but its unit and its place (no label of its own, `Vốn ngân sách tỉnh:
        58 tỷ đồng`, `Nhật Bản (5.120 người)`, and nothing after it in its item), else None."""
        if d.whole is None or _figures.without_classifier(d.unit) != _figures.without_classifier(d.whole.unit):
            return None     # (`146 cây cầu …, huyện Cầu Kè có 31 cầu`: the same noun, its classifier left out)
        whole_subject = self._subject_of.get(id(d.whole))
        s = self.structure
        sentence_start = s.sentence(d.start)[0]
        cut = max(s.scan.rfind(c, sentence_start, d.number.start) for c in ",;:(\n")
        if not whole_subject or (cut >= 0 and s.scan[cut] in ":(") or not _ITEM_END.match(s.scan, d.end):
            return None
        lead = s.text[max(cut + 1, sentence_start):d.number.start]
        for unit in {d.whole.unit, d.unit} - {""}:     # (the items before it: `30 nhà và`)
            lead = lead.replace(unit, " ")
        return None if _PART_WORDS.sub("", _NUMBERS.sub(" ", self._strip_places(lead))).strip() else whole_subject

    def _respectively(self, d: Draft) -> str | None:
        """`Kim ngạch xuất khẩu và nhập khẩu lần lượt đạt 5,2 tỷ USD và 4,1 tỷ USD`: the figure's own item of the list
        before `lần lượt` (the same place in its list as the figure in its own) with the head the items share, else
        None (no `lần lượt` before it with only the list's figures between; items that are places or names)."""
        s = self.structure
        sentence_start, _ = s.sentence(d.start)
        clause_start = max(sentence_start, *(s.scan.rfind(c, sentence_start, d.number.start) + 1 for c in ";:\n"))
        cue = None
        for m in self.r.respectively.finditer(s.scan, clause_start, d.number.start):
            cue = m
        if cue is None:
            return None
        # (a `lần lượt` list names a few items; the figures after the cue are among the last ones given)
        earlier = [g for g, _ in self.given[-_LIST_ITEMS:] if cue.end() <= g.start and g.end <= d.start]
        if len(earlier) >= _LIST_ITEMS - 1:
            return None
        gap, at = [], cue.end()
        for g in earlier:
            gap.append(s.scan[at:g.start])
            at = g.end
        gap.append(s.scan[at:d.start])
        if any(_LIST_GAP.fullmatch(x) is None for x in gap[1:]) or gap[0].strip():
            return None
        n = self._list_length(cue.end())
        items = self._items_before(clause_start, cue.start(), n) if n >= 2 else None
        if items is None:
            shared = self._share_of_after_list(d)
            lead = _INDICATOR_BEFORE_PLACES.match(s.scan, clause_start, cue.start()) if shared is None else None
            if lead is not None and not _LIST_GLUE.sub("", self._strip_places(s.text[lead.end():cue.start()])):
                # `Số lao động ngành dệt may tại Bình Dương, Đồng Nai và Long An lần lượt là …`: the places are the list
                # (each figure's location); what they have is named before them
                shared = _SPACES.sub(" ", s.text[lead.start("ind"):lead.end("ind")]).strip()
            if shared is None:
                # `Các huyện có số lượng lao động xuất cảnh lớn là A, B và C với lần lượt …`: what the places are ranked
                # by is what their figures measure
                ranked = list(_RANKED_BY.finditer(s.scan, clause_start, cue.start()))
                if ranked:
                    shared = _SPACES.sub(" ", s.text[ranked[-1].start("ind"):ranked[-1].end("ind")]).strip()
            if shared is None and earlier:
                # `Giá thuê đất lần lượt là 35.000 đồng/m2 và 42.000 đồng/m2`: no list of items before the cue (its
                # places are the list): the later figures measure what the first one does
                shared = next((given for g, given in self.given[-_LIST_ITEMS:] if g is earlier[0]), None)
            return shared
        head, listed, indicator = items
        if len(listed) < n or len(earlier) >= n:
            return None
        if len(listed) > n:     # `công nghiệp, dịch vụ, nông, lâm nghiệp và thủy sản` for three figures
            rest = listed[n - 1:]
            listed = listed[:n - 1] + [f"{', '.join(rest[:-1])} và {rest[-1]}"]
        own = listed[len(earlier)]
        named = own if not earlier else f"{head} {own}".strip()
        if not indicator and d.kind == "percent" and self.r.group.fullmatch(named):
            # `tỷ lệ hồ sơ đúng hạn đạt 99,8%; cấp huyện và cấp xã lần lượt đạt 98,9% và 99,4%`: groups name whose
            # shares they are; what the shares measure is the indicator named before them
            indicator = self._indicator_before(clause_start) or ""
        return f"{indicator} {_lower_first(named)}" if indicator else named

    def _share_of_after_list(self, d: Draft) -> str | None:
        """`Hà Nội, TP Hồ Chí Minh, Bình Dương và Đà Nẵng lần lượt chiếm 27%, 18%, 9% và 6% số căn hộ mở bán`: the whole
        the shares of a `lần lượt` list are of, named after the last of them, is what each of them measures."""
        if d.kind != "percent":
            return None
        m = _SHARE_OF_AFTER_LIST.match(self.structure.scan, d.end, min(len(self.structure.scan), d.end + 200))
        return " ".join(m.group("of").split()) if m is not None else None

    def _list_length(self, start: int) -> int:
        """How many figures the list that starts at ``start`` holds: numbers joined by a comma or `và`, each
        with at most a few words of unit after it."""
        s = self.structure
        _, end = s.sentence(start)
        n, at = 0, start
        for m in _NUMBER.finditer(s.scan, start, end):
            between = s.scan[at:m.start()]
            if n == 0 and between.strip():
                break
            if n and (_BETWEEN_NUMBERS.fullmatch(between) is None or len(between.split()) > _ITEM_WORDS):
                break
            n, at = n + 1, m.end()
            if n > _LIST_ITEMS:
                break
        return n

    def _items_before(self, start: int, end: int, n: int) -> tuple[str, list[str], str] | None:
        """The list of ``n`` items the words ``start:end`` end with: its head (the first item's words before what
        the second item says in their place), its items (the first with the head), and the noun after the list's
        verb (`Cà chua và dưa leo có giá`); None when there are not two items of a few common words each."""
        s = self.structure
        phrase = s.text[start:end]
        indicator = ""
        verb = _ITEMS_VERB.search(phrase)
        if verb is not None and _ITEM_INDICATOR.match(phrase, verb.end()):
            indicator, phrase = phrase[verb.end():].strip(), phrase[:verb.start()]
            if not indicator or self.r.stops.search(indicator):
                return None
        segments = [x.strip() for x in phrase.split(",")]
        last = _strip_tail_place(self._strip_places(segments.pop()))   # (`… và nhập khẩu của tỉnh Nghệ An`)
        kept = len(segments)
        while kept and not (_LEAD_SEGMENT.match(segments[kept - 1]) or _NUMBERS.search(segments[kept - 1])):
            kept -= 1
        segments = segments[kept:]      # (not `Năm 2024, …`, `Theo Cục Thống kê, …`: said before the list)
        joined = _LAST_AND.split(last, maxsplit=1)
        by_and = _LAST_AND.split(", ".join(segments + [last]))
        if (len(joined) != 2 or len(segments) + 2 != n) and len(by_and) == n:
            # `bán lẻ hàng hóa và lưu trú, ăn uống tăng lần lượt 7,8% và 9,1%`: two items, the second with a comma
            listed = [x.strip() for x in by_and]
        elif len(joined) != 2:
            if not segments or len(segments) + 1 != n:
                return None
            listed = [x.strip() for x in segments + [last]]     # `Thanh long, mít, chuối lần lượt đạt …`: commas only
        else:
            listed = [x.strip() for x in segments + joined]
        if any(not x or _NUMBERS.search(x) or len(x.split()) > _ITEM_WORDS or self.r.stops.search(x.replace(",", " "))
               for x in listed):
            return None
        if any(x[0].isupper() and not self.r.heads.fullmatch(x) for x in listed[1:]) or \
                self._only_places(" ".join(listed[1:])):
            # places or names (`Viettel, VNPT`): the place and list rules answer; not an indicator named by its
            # acronym (`chỉ số SAIDI và SAIFI lần lượt là 365 phút và 3,8 lần`)
            return None
        first, second = listed[0].split(), listed[1].split()
        low = [w.lower() for w in first]
        if self.r.heads.match(listed[1]):
            cut = 0                                     # `lượng khách và doanh thu du lịch`: each names itself
        elif second[0].lower() in low[1:]:
            cut = low.index(second[0].lower(), 1)       # `… của lao động nam và lao động nữ`
        elif second[-1].lower() == low[-1] and len(first) > len(second):
            cut = len(first) - len(second)              # `kim ngạch xuất khẩu và nhập khẩu`
        else:
            opening = self.r.heads.match(listed[0]) or _COUNTED.match(listed[0])
            cut = len(opening.group().split()) if opening else 0     # (`Cà chua và dưa leo`: nothing shared)
        cut = min(cut, len(first) - 1) if len(first) > 1 else 0
        head = " ".join(first[:cut])
        return head, listed, indicator

    def _most_lead(self, d: Draft) -> str | None:
        """`Các địa phương có số lợn tiêu hủy lớn là huyện Quỳnh Lưu 1.120 con, …`: the count of an item of a list of
        places that the sentence leads by what they have most of (:data:`_MOST_LEAD`) counts that (`lợn tiêu hủy`,
        `lượt khách đón`), else None."""
        s = self.structure
        opening = s.sentence(d.start)[0]
        m = _MOST_LEAD.match(s.scan, opening, d.number.start)
        if m is None:
            return None
        if m.group("c"):
            # `Các huyện có quy mô đàn lợn lớn là Yên Định (khoảng 118.000 con)`: an indicator named with its own head
            return _SPACES.sub(" ", s.text[m.start("c"):m.end("c")]).strip()
        what = _SPACES.sub(" ", s.text[m.start("a"):m.end("a")] if m.group("a") else
                           s.text[m.start("b"):m.end("b")]).strip()
        unit = d.unit.lower()
        verb = _SPACES.sub(" ", m.group("v") or "").strip()
        if verb.lower() in ("có", "ghi nhận"):
            verb = ""       # (what the places have or recorded: no verb of their own)
        full = self._counted_in_full_before(d, what) if not verb else what
        if full != what:
            return full     # (`Các địa phương có nhiều cơ sở nhất …` after `cả nước có 31.500 cơ sở kinh doanh …`)
        named = what if what.lower().startswith(unit) or unit in _figures.CLASSIFIERS else f"{d.unit} {what}"
        return f"{named} {verb}" if verb else named

    def _share_ranking_item(self, d: Draft, subject: str | None) -> str | None:
        """`Thiết bị nâng chiếm tỷ trọng lớn nhất với 41,2%, tiếp đến là bình chịu áp lực 33,5%, thang máy 11,8%`: a share
        ranked first by the superlative its sentence opens with, and each item listed after it, is that item's share
        (`thiết bị nâng tỷ trọng`, `bình chịu áp lực tỷ trọng`), not the superlative's; else None."""
        if d.kind != "percent" or not subject or _SUPERLATIVE_SHARE.fullmatch(subject.strip()) is None:
            return None
        s = self.structure
        opening = s.sentence(d.start)[0]
        frame = None
        for frame in _SHARE_RANK_FRAME.finditer(s.scan, opening, d.number.start):
            pass
        if frame is None:
            return None
        if frame.end() == d.number.start:
            name = _LAST_CLAUSE.search(s.text[frame.start("first"):frame.end("first")]).group()
        else:
            before = next((g for g, _ in reversed(self.given) if frame.end() <= g.start and g.end <= d.number.start),
                          None)
            if before is None:
                return None
            gap = s.text[before.attr_end:d.number.start]
            item = _SHARE_ITEM.fullmatch(gap)
            if item is None:
                return None
            name = item.group("name")
        name = _SPACES.sub(" ", name).strip()
        if not name or _LETTER.search(name) is None or len(name.split()) > 6 or self._only_places(name):
            return None     # (a place ranked is the figure's location, not its subject: `Quận Ninh Kiều chiếm tỷ lệ …`)
        return f"{name[0].lower() + name[1:] if not name[:2].isupper() else name} {frame.group('ind').lower()}"

    def _ranking_next(self, d: Draft) -> str | None:
        """`KBNN Hải Lăng có số khoản chi bị từ chối nhiều nhất với 186 khoản, tiếp đến là KBNN Gio Linh 142 khoản`: a
        count after the words that go on with a ranking (:data:`_RANK_NEXT`) counts what its first item counts, said of
        its own name: the first item's name in that subject replaced (`hướng dẫn viên sử dụng tiếng Anh` → `… tiếng
        Trung Quốc`, `lao động Trung Quốc` → `lao động Hàn Quốc`), or as it is when the item is a place or one of its
        offices; else None (`tiếp đến là trẻ em 96 người` names what it counts itself)."""
        if d.kind != "count" or not d.unit:
            return None
        s = self.structure
        opening = s.sentence(d.start)[0]
        if not _holds(s.scan, opening, d.number.start, "tiếp", "kế", "theo"):
            return None     # (no word that :data:`_RANK_NEXT` opens with)
        went_on = None
        for went_on in _RANK_NEXT.finditer(s.scan, opening, d.number.start):
            pass
        if went_on is None or any(c in s.scan[went_on.end():d.number.start] for c in ";:()\n"):
            return None
        unit = d.unit.lower()
        first = next((given for g, given in reversed(self.given[-_LIST_ITEMS:])
                      if opening <= g.start and g.end <= went_on.start() and g.unit.lower() == unit), None)
        if not first:
            return None
        name = _RANK_ITEM_SPLIT.split(s.text[went_on.end():d.number.start])[-1]
        name = _SPACES.sub(" ", _RANK_ITEM_QUALIFIER.sub("", name)).strip()
        if not name or not _LETTER.search(name) or any(c.isdigit() for c in name):
            return None
        words, named = first.split(), name.split()
        if _LOCALITY.fullmatch(name) or named[0].islower() and _places.canonical(name, patterns=self.patterns,
                                                                                 districts=True):
            # `tiếp đến là huyện Hàm Yên 540 hộ`, `xã Trà Dơn 96 hộ`: a place by its level, whose, not what
            return first
        if named[0].islower():
            # `tiếng Trung Quốc` after `… sử dụng tiếng Anh`: the name after the same head word
            at = next((i for i in range(len(words) - 1, -1, -1) if words[i].lower() == named[0].lower()), None)
            end = at + 1 if at is not None else 0
            while at is not None and end < len(words) and words[end][:1].isupper():
                end += 1
            return " ".join(words[:at] + named + words[end:]) if at is not None and end > at + 1 else None
        own = len(words)
        while own > 1 and words[own - 1][:1].isupper() and not words[own - 1].isupper():
            own -= 1    # (a name's words, not an acronym: `lợn được tiêm vắc xin DTLCP` names no item)
        if own < len(words):
            return " ".join(words[:own] + named)   # `lao động Trung Quốc` → `lao động Hàn Quốc`
        rest = self._strip_places(name).strip()
        said_alike = len(named) >= 3 and " ".join(named[:2]).lower() in s.text[opening:went_on.start()].lower()
        if said_alike or rest != name and rest[:1].isupper() or _places.canonical(
                name, patterns=self.patterns, districts=True):
            # a place, an office of one (`KBNN Gio Linh`), or a name that opens as the first item's did (`Chi cục Thuế
            # Gia Lâm` after `Chi cục Thuế Thanh Trì`): whose, not what
            return first
        return None

    def _counted_in_full_before(self, d: Draft, lead: str) -> str:
        """`Cả nước có 31.500 cơ sở kinh doanh dịch vụ giặt là. Các địa phương có nhiều cơ sở nhất lần lượt là TP Hồ Chí
        Minh (8.650 cơ sở), …`: a list's lead that names its things by their noun alone speaks of those the paragraph
        counted last, in full (`cơ sở kinh doanh dịch vụ giặt là`); else the lead as it is."""
        low = lead.lower()
        if len(low.split()) > 2:
            return lead
        paragraph_start = self.structure.paragraph(d.start)[0]
        for g, said in reversed(self.given):
            if g.start < paragraph_start:
                break
            if said and g.kind == "count" and said.lower().startswith(low + " ") and \
                    (g.whole is None or g.whole is g) and not self._is_place(g.start, g.end):
                # (without whose the whole is, `… của các huyện, thị xã`: the places listed are the items')
                return _WHOLES_OWN.sub("", said).strip() or said
        return lead

    def _list_lead(self, d: Draft) -> str | None:
        """What a list's lead names, from its sentence's start to `là:` or `:` (`Các thị trường khách quốc tế lớn
        nhất là:` → `thị trường khách quốc tế`), or None."""
        s = self.structure
        opening = s.sentence(d.start)[0]
        colon = s.scan.rfind(":", opening, d.number.start)
        if colon < 0:
            return None
        lead = _LEAD_EDGES.sub("", _LEAD_GROUP_TAIL.sub("", _SPACES.sub(" ", s.text[opening:colon]))).strip()
        if not lead or not _LETTER.search(lead) or any(c.isdigit() for c in lead) or len(lead.split()) > _LABEL_WORDS \
                or self._only_places(lead) or self._strip_places(lead) != lead:
            return None
        return lead

    def _what_places_have(self, d: Draft, name_start: int) -> str | None:
        """What the lead of a list of places says each has (`các địa phương có số lao động xuất cảnh cao là:`), is spread
        over them (`Thiệt hại về nhà ở tập trung tại các huyện:`) or is given by place (`Thiệt hại theo địa phương:`),
        up to the item that starts at ``name_start``; or None."""
        s = self.structure
        opening = s.sentence(d.start)[0]
        lead = _COUNT_IN_LEAD.search(s.scan, opening, name_start)
        if lead is None:
            # (the spread's lead looks ahead to the first place's bracket, `tập trung ở huyện Văn Lãng (11 vụ)`, which
            # the first item's own figure opens)
            lead = _SPREAD_LEAD.search(s.scan, opening, d.number.end)
            if lead is not None and lead.end() > name_start:
                lead = None
        if lead is None:
            things = _THINGS_SPREAD.match(s.scan, opening, name_start + 1)
            if things is not None and things.group("what").lower().startswith(d.unit.lower() + " ") and \
                    ";" not in s.scan[things.end():name_start]:
                # `Các mỏ đang hoạt động tập trung trên sông Tiền và sông Hậu, gồm huyện Chợ Mới (7 mỏ), …`: the things
                # the sentence opens with are what its places' items count (said with more than their noun: `Các phản
                # ánh tập trung tại …` names the ones the text spoke of before)
                return _SPACES.sub(" ", s.text[things.start("what"):things.end("what")]).strip()
            most = _MOST_AT_LEAD.match(s.scan, opening, name_start + 1)
            if most is not None and ";" not in s.scan[most.end():name_start]:
                # `Quà Tết được phân bổ nhiều nhất tại các huyện Hải Lăng (7.215 suất), …`: what was done most at the
                # places listed after it, done by that verb
                return _SPACES.sub(" ", s.text[most.start("what"):most.end("what")]).strip()
            done = _DONE_MOST_LEAD.search(s.scan, opening, name_start)
            if done is not None and done.group("what").strip():
                # `Các địa phương vận động được nhiều tiền, hàng là: Cái Bè (1,2 tỷ đồng), …`: what the places did most
                # of, done by that verb
                return _SPACES.sub(" ", f"{s.text[done.start('what'):done.end('what')]} "
                                        f"{s.text[done.start('verb'):done.end('verb')]}").strip()
            return None
        # (`Tại các địa bàn giáp biên, số vụ vi phạm tập trung …`: where it is said opens the sentence, not what)
        # (nor does its determiner, `Các điểm sạt lở tập trung ở …`)
        what = _WHERE_OPENS.sub("", s.text[lead.start("what"):lead.end("what")])
        return _SPACES.sub(" ", _DETERMINER_OPENS.sub("", what)).strip()

    def _kinds_after_lead(self, d: Draft, phrase: Callable[[Draft], str | None]) -> str | None:
        """`Mức trích lập Quỹ bình ổn giá: xăng E5RON92 300 đồng/lít, xăng RON95 200 đồng/lít`: kinds of a thing listed
        after a lead that names an indicator, each only named before its figure, are what the lead measures, of that
        kind (places are items of their own: see ``_item``)."""
        s = self.structure
        opening = s.sentence(d.start)[0]
        # (a list's items within reach of its colon: on a figure-dense line, no search back to the sentence's start)
        colon = s.scan.rfind(":", max(opening, d.number.start - _LIST_REACH), d.number.start)
        if colon < 0:
            return None
        seg = s.scan[colon + 1:d.number.start]
        cut = max(seg.rfind(","), seg.rfind(";"))
        if cut >= 0 and not _DIGIT.search(seg, 0, cut):
            return None     # (the items before it have their figures)
        item = _SPACES.sub(" ", s.text[colon + 1 + cut + 1:d.number.start]).strip()
        if not item or len(item.split()) > 4 or item[:1].isdigit() or self._strip_places(item) != item:
            return None
        own = (phrase(d) or "").strip()
        if own.lower() != item.lower():
            return None     # (a verb or a copula in the item: it says more than a kind)
        lead = self._list_lead(d)
        if not lead or not _INDICATOR_LEAD.match(lead):
            return None
        return f"{lead} {item}"

    def _extreme_rate(self, d: Draft) -> str | None:
        """`… lập hồ sơ sức khỏe điện tử cho 1.024.376 người, đạt 82,7% dân số. Trong đó, quận Ninh Kiều đạt tỷ lệ cao
        nhất với 91,4%`: a share named only as the highest or lowest rate is the rate the sentence before gave (a
        share, or the share of a count: `tỷ lệ người được lập …`); else None."""
        s = self.structure
        if d.kind != "percent":
            return None
        sentence_start, _ = s.sentence(d.start)
        named = _EXTREME_RATE.search(s.scan, max(sentence_start, d.number.start - 60), d.number.start)
        if named is None or not self.given or _BASE_NAMED_AFTER.match(s.scan, d.end) is not None or \
                _SHARE_VERB_BEFORE.search(s.scan, max(sentence_start, named.start() - 12), named.start()) is not None:
            return None     # (`chiếm tỷ lệ cao nhất với 38% số hồ sơ`: a share of what it names, not the rate before)
        p_start = s.scan.rfind("\n", 0, sentence_start) + 1
        for g, said in reversed(self.given):
            if g.start < p_start or not said:
                return None
            if g.start >= sentence_start:
                continue        # (the items of the ranking itself)
            if _DIGIT.search(said):
                return None     # (a subject that holds figures of its own names no one rate)
            if g.kind == "percent":
                return said
            if g.percent is not None and g.kind == "count":
                return f"tỷ lệ {said}"
            return None
        return None

    def _land_with_money(self, d: Draft) -> str | None:
        """`kiến nghị thu hồi 61.278 tỷ đồng và 1.145 ha đất`: land said with `và` after a sum of money, both objects of
        one verb, is the land that verb did (`diện tích đất kiến nghị thu hồi`); else None."""
        s = self.structure
        if d.kind != "measure" or d.unit.lower() not in AREA_UNITS or not self.given or \
                _LAND_AFTER.match(s.scan, d.end) is None or \
                _AND_BEFORE.search(s.scan, max(0, d.number.start - 12), d.number.start) is None:
            return None
        prev, said = self.given[-1]
        if prev.kind != "money" or not said or prev.end < d.number.start - 16 or \
                s.scan.find(",", prev.end, d.number.start) >= 0 or self.r.heads.match(said) is not None:
            return None
        return f"diện tích đất {said}"

    def _distance_to(self, d: Draft) -> str | None:
        """`tàu cá chìm cách đảo Lý Sơn khoảng 70 hải lý`, `Trường cách trung tâm huyện hơn 40 km`: a length said right
        after `cách` and a place measures how far it is to that place (`khoảng cách đến đảo Lý Sơn`); else None."""
        if d.kind != "measure" or d.unit.lower() not in LENGTH_UNITS:
            return None
        s = self.structure
        m = _DISTANCE_TO.search(s.scan, max(s.sentence(d.start)[0], d.number.start - 60), d.number.start)
        if m is None or len(m.group("to").split()) > 6:
            return None
        return f"khoảng cách đến {_SPACES.sub(' ', s.text[m.start('to'):m.end('to')])}"

    def _growth_of_places(self, d: Draft) -> str | None:
        """`Một số khu vực có lượng hàng container tăng cao như Hải Phòng (tăng 18%), …`: a change in percent alone in
        the bracket after an item of a list whose lead says what grew (or fell) at the places listed is that growth
        (`lượng hàng container tăng`); else None."""
        s = self.structure
        if d.kind != "percent" or _CHANGE_IN_BRACKET.search(s.scan, max(0, d.number.start - 12), d.number.start) is None:
            return None
        opening = s.sentence(d.start)[0]
        lead = _GROWTH_LEAD.search(s.scan, opening, d.number.start)
        if lead is None or s.scan.find("(", opening, lead.start()) >= 0 or \
                self.r.heads.fullmatch(lead.group("what").strip()) is not None:
            return None     # (`có chỉ số tăng cao là`: a bare head, which the indicator named before spells out)
        return _SPACES.sub(" ", f"{s.text[lead.start('what'):lead.end('what')]} {lead.group('dir').lower()}").strip()

    def _spread_over_places(self, d: Draft, name_start: int) -> str | None:
        """`Tổng đàn trâu của tỉnh đạt 125.000 con, tập trung ở các huyện: Bảo Lạc 18.500 con, …`: the places a figure
        is said to be spread over count what it counts; its subject, for a place's count in its unit; else None."""
        s = self.structure
        opening = s.sentence(d.start)[0]
        cue = _SPREAD_OPENS.search(s.scan, opening, name_start)
        if cue is None:
            return None
        for g, subject in reversed(self.given):
            if g.start < opening:
                return None
            if g.end <= cue.start() and subject and g.kind == d.kind and g.unit.lower() == d.unit.lower():
                return subject
        return None

    def _baseline_value(self, d: Draft) -> str | None:
        """`chỉ có 215 hộ thiếu nước, giảm gần 90% so với năm 2020 (2.150 hộ)`: the value in brackets after a baseline
        is the value the figure compared was at then, of the same thing: that figure's subject; else None."""
        s = self.structure
        start = max(0, d.number.start - 60)
        # (nor the level it is compared with: `chiếm 69,6% …, cao hơn mức 61,3% của năm 2022`)
        compared = _LEVEL_COMPARED.search(s.scan, max(0, d.number.start - 30), d.number.start) is not None
        if (s.scan.find("(", start, d.number.start) < 0 or
                _BASELINE_BRACKET.search(s.scan, start, d.number.start) is None) and not compared:
            return None
        opening = s.sentence(d.start)[0]
        for g, subject in reversed(self.given):
            if g.start < opening:
                return None
            if subject and g.unit.lower() == d.unit.lower() and g.kind == d.kind:
                return subject
            if subject and d.kind == "percent" and g.percent is not None and g.end <= d.start and compared:
                # (`268 trẻ em …, chiếm 69,6% tổng số …, cao hơn mức 61,3%`: the share the count's percent is)
                return subject if _RATE_OF.match(subject) else f"tỷ lệ {subject}"
        return None

    def _find(self, d: Draft, phrase: Callable[[Draft], str | None],
              lead_of: Callable[[Draft], str] | None = None) -> tuple[str | None, str]:
        s = self.structure
        base = self._baseline_value(d)
        if base is not None:
            return base, "baseline_value"
        shared = self._ranking_next(d)   # (before the whole's: the ranking's first item says it nearer)
        if shared is not None:
            return shared, "ranking_next"
        whole_subject = self._bare_part_of(d)
        if whole_subject:
            return whole_subject, "part_of_whole"
        extreme = self._other_extreme(d)
        if extreme is not None:
            return extreme, "other_extreme"
        peak = self._at_peak(d)
        if peak is not None:
            return peak, "at_peak"
        grown = self._growth_of_places(d)
        if grown is not None:
            return grown, "list_item"
        land = self._land_with_money(d)
        if land is not None:
            return land, "shared_predicate"
        distance = self._distance_to(d)
        if distance is not None:
            return distance, "distance"
        extreme_rate = self._extreme_rate(d)
        if extreme_rate is not None:
            return extreme_rate, "back_reference"
        item = self._item(d)
        if item is not None:
            name_start, name = item
            most = self._most_lead(d) if d.kind == "count" else None
            if most is not None:
                return most, "list_item"
            if d.kind == "count":
                # `Hà Nam với 727.215 người`: what the list counts was named before with the same noun,
                # unless the item says it itself (`tỉnh Phú Thọ có 1.250 doanh nghiệp thành lập mới`)
                own = self._strip_places(phrase(d) or "").strip()
                if _CONNECTIVE.fullmatch(own[len(d.unit):] if own.lower().startswith(d.unit.lower()) else own) or \
                        (_LIST_LEAD_BEFORE.search(s.scan, max(0, name_start - 40), name_start) is not None
                         and self._is_place(name_start, name_start + len(name))) or \
                        _COMMUNES_LISTED.search(s.scan, max(s.sentence(d.start)[0], name_start - 200),
                                                name_start) is not None:
                    # (nor the name of a commune of a list of them, `tại các xã Pù Nhi (4 lớp), Mường Chanh (3 lớp)`)
                    # `Tiếp đến là huyện Đak Đoa 26 vụ`: the words that lead to the item name nothing; nor do those of the
                    # list's lead before its first place (`Số ca mắc tập trung tại các huyện Chư Sê 320 ca, …`, `nhiều
                    # nhất là Thái Bình 12 quỹ, …`): they say what every item counts
                    own = ""
                elif own.lower() == f"{d.unit} {name}".lower():
                    # `Các thị trường khách quốc tế lớn nhất là: Pháp (142.000 lượt)`: an item that is only a name
                    # counts what the list's lead names, of that name
                    lead = self._list_lead(d)
                    if lead:
                        return f"{lead} {name}", "list_item"
                    whole_subject = self._subject_of.get(id(d.whole)) if d.whole is not None else None
                    if whole_subject and d.unit.lower() in _GENERIC_PEOPLE and _figures._people(d.whole.unit):
                        # `412.000 học sinh, trong đó …, THCS 110.000 em`: people counted by the generic word in a part
                        # that is only a name are the whole's people, of that name
                        return f"{whole_subject} {name}", "part_of_whole"
                    sibling = self._people_item_before(d) if d.unit.lower() in _GENERIC_PEOPLE else None
                    if sibling:
                        # `Nhật Bản có khoảng 62.300 du học sinh Việt Nam, Hàn Quốc 43.700 người, Úc hơn 33.000 người`:
                        # people counted by the generic word in an item that is only a name are the people the first
                        # item named, of that name
                        return f"{sibling} {name}", "list_item"
                if own and own.lower() != d.unit.lower():
                    return own, "phrase"
                lead = self._what_places_have(d, name_start)
                if lead:
                    # `các địa phương có số lao động xuất cảnh cao là: thị xã Kỳ Anh 1.152 người, …`: the list's lead
                    # names what its places count
                    return lead, "list_item"
                spread = self._spread_over_places(d, name_start)
                if spread:
                    return spread, "list_item"
                before = self._unit_phrase_before(name_start, d.unit)
                whole_subject = self._subject_of.get(id(d.whole)) if d.whole is not None else None
                if not before and whole_subject and _figures._same_thing(d.unit, d.whole.unit):
                    # `Tổng đàn dê của 4 huyện … là 131.970 con, …, gồm: Đồng Văn (38.450 con), …`: a place's part of
                    # the whole, in its noun, is of the indicator the whole names
                    # (without what makes it the whole: its sum word and whose it is, `Tổng …`, `… của 4 huyện`)
                    part = _WHOLES_OWN.sub("", self._indicator_of(self._strip_places(whole_subject))).strip()
                    return (part or whole_subject), "part_of_whole"
                if not before and _COMMUNE_NAMED.match(name):
                    # (`Các xã giáp biên …: xã Tân Lập (41 vụ), xã Hòa Hiệp (33 vụ)`: a commune is no location of its own,
                    # so an item that names nothing else is its unit in that commune)
                    return f"{d.unit} {name}", "list_item"
                return before or d.unit, "list_item"
            placed = self._is_place(name_start, name_start + len(name)) or _ORG.match(name) or \
                _places.canonical(name, patterns=self.patterns, districts=True)
            shared = self._place_item_subject(d) if placed else None
            if shared:
                return shared, "list_item"    # (the item before in the same unit: not an indicator of another unit)
            indicator = self._indicator_before(name_start)
            if placed and d.kind == "percent" and _SPREAD_OPENS.search(s.scan, s.sentence(d.start)[0], name_start):
                lead = self._what_places_have(d, name_start)
                if lead:
                    # `Doanh nghiệp được hỗ trợ tập trung chủ yếu ở quận Ninh Kiều (chiếm 41%), quận Bình Thủy (18%)`:
                    # the shares of what the sentence says is spread over the places
                    return lead, "list_item"
            if placed and not indicator and d.kind in ("money", "measure"):
                lead = self._what_places_have(d, name_start)
                if lead:
                    # `Một số địa phương có số thu tiền sử dụng đất cao gồm: thành phố Việt Trì 1.042 tỷ đồng; …`: the
                    # amount the list's lead names after `số`, for each of its places
                    return lead, "list_item"
            if placed and (not indicator or indicator.lower() == d.unit.lower()):
                # `… kiên cố hóa 120 km kênh mương. Các địa phương đạt khối lượng lớn gồm: huyện Thọ Xuân 18,4 km, Triệu
                # Sơn 16,9 km`: places listed with a figure in a unit said with its indicator just before share it
                earlier = self._said_in_unit_before(d)
                if earlier:
                    return earlier, "list_item"
            if indicator and placed and not self._indicator_in(s.sentence(d.start)[0], name_start):
                # `Huyện Yên Sơn dẫn đầu với 2.730 ha rừng trồng mới; huyện Hàm Yên 2.410 ha`: an item that says what
                # it measures itself, after its number, is not of an indicator of the sentences before
                own = self._strip_places(phrase(d) or "").strip()
                said = _WORD_AFTER.match(s.text, d.end)
                if said is not None and own and own.lower() != d.unit.lower() and \
                        said.group("w").lower() in own.lower().split():
                    return own, "phrase"
            if indicator:
                if placed:
                    return _area_of(indicator, d.unit), "list_item"
                return f"{indicator} của {_SPECIAL_REGION.sub('', _ABBREVIATION.sub('', name))}", "list_item"
            whole_subject = self._subject_of.get(id(d.whole)) if d.whole is not None else None
            if not placed and whole_subject and d.kind != "percent" and self._strip_places(name) == name \
                    and _PARTNER_NAME.fullmatch(name):
                # `vải thiều xuất khẩu đạt 38.000 tấn, trong đó thị trường Trung Quốc 30.000 tấn, Nhật Bản 1.200 tấn`:
                # a part that is only a partner's name is the whole's, to that partner
                market = _MARKET_BEFORE.search(s.text, max(0, name_start - 12), name_start)
                return f"{whole_subject} {market.group().strip() + ' ' if market else ''}{name}", "part_of_whole"
            if not placed and self._strip_places(name) == name:
                # `Thị trường xuất khẩu chủ yếu của tỉnh là Trung Quốc (chiếm 89%), tiếp đến là Hàn Quốc (4%)`: what
                # the sentence says its named items are
                opening = s.sentence(d.start)[0]
                opened = _LIST_OPENS.search(s.scan, opening, name_start)
                head = _trim_edges(_SPACES.sub(" ", s.text[opening:opened.start()])).strip() if opened else ""
                if not head:
                    # (or a lead up to its colon that says the group the items belong to: `Điểm chuẩn cao nhất thuộc về
                    # các trường: THPT Phan Châu Trinh (42,5 điểm)`, the indicator before it)
                    colon = s.scan.rfind(":", opening, name_start)
                    grouped = _LEAD_GROUP_TAIL.search(_SPACES.sub(" ", s.text[opening:colon])) if colon > 0 else None
                    head = _SPACES.sub(" ", s.text[opening:colon])[:grouped.start()].strip() if grouped else ""
                else:
                    head = _LEAD_GROUP_TAIL.sub("", head).strip()
                if head and not self._only_places(head) and len(head.split()) <= _LABEL_WORDS + 4 and \
                        not any(c.isdigit() for c in head):
                    return head, "list_item"
        kinds = self._kinds_after_lead(d, phrase)
        if kinds is not None:
            return kinds, "list_item"
        raised = self._raised_total(d)
        if raised:
            return raised, "raised_total"
        host = self._bracket_host(d)
        if host is not None:
            return host, "bracket_host"
        labelled = self._bracket_label(d)
        if labelled is not None:
            return labelled, "list_item"
        respective = self._respectively(d)
        if respective is not None:
            return respective, "respectively"
        if d.further_of is not None:
            host_subject = self._subject_of.get(id(d.further_of))
            aspect = ASPECT_AFTER.match(s.text, d.end) if host_subject else None
            if aspect is not None and _ASPECT_TAIL.search(host_subject):
                # `giảm 5% về lượng nhưng tăng 8% về trị giá`: the same thing, in its other measure
                return f"{_ASPECT_TAIL.sub('', host_subject)} về {_SPACES.sub(' ', aspect.group('a'))}", "further_rate"
            if host_subject:
                baseline = _BASELINE.match(s.scan, d.end)
                return (f"{host_subject} so với {baseline.group('b').strip()}" if baseline else host_subject), \
                    "further_rate"
        label = self._label(d)
        if label and self._only_places(label):
            label = None    # `Ninh Bình: 100% xã đạt chuẩn`: a place before the colon is where, not what
        elif label and _ACRONYM_ONLY.fullmatch(_SPACES.sub(" ", self._strip_places(label)).strip()) and \
                self._strip_places(label) != label:
            label = None    # `TAND tỉnh Bắc Giang: Giải quyết 96,2% số vụ, việc`: a body of a place is who, not what
        if label:
            if d.kind == "count" and _SAID_AFTER_UNIT.match(s.scan, d.end) is not None:
                # `- Hỗ trợ tư vấn: 214 doanh nghiệp được tư vấn về pháp lý, tài chính`: what the count's own words say
                # of its things names them (the label is the heading they are filed under)
                own = (phrase(d) or "").strip()
                if own.lower().startswith(d.unit.lower()) and len(own.split()) >= len(d.unit.split()) + 2:
                    return own, "phrase"
            return (f"{d.unit} {label}" if d.kind == "count" else label), "label"
        if d.whole is not None and _figures.without_classifier(d.unit) != _figures.without_classifier(d.whole.unit):
            # `51 học sinh (11 giải Nhất, …)`: a part counted by another noun is its whole's thing of that kind
            whole_subject = self._subject_of.get(id(d.whole))
            own = (phrase(d) or d.unit).strip()
            if whole_subject and own.lower().startswith(d.unit.lower()) and \
                    len(own.split()) <= len(d.unit.split()) + 2:
                # (`30 trường … 12 trường mầm non`, `2.100 trạm BTS … 1.480 trạm 4G`: a part whose own name opens
                # with its whole's noun is named already)
                whole_unit = d.whole.unit.lower()
                if own.lower().startswith(whole_unit) or _figures._same_thing(whole_unit, d.unit) or \
                        whole_unit.startswith(d.unit.lower() + " ") or _figures._shared_head(whole_unit, d.unit) or \
                        (_figures._people(whole_unit) and _figures._people(d.unit) and
                         (whole_unit in _GENERIC_PEOPLE or d.unit.lower() not in _GENERIC_PEOPLE)):
                    # (`1.286 người, trong đó có 382 bác sĩ`, `5.346 đối tượng …, trong đó người cao tuổi 3.128 người`:
                    # people counted by another word for people are named by the part's noun)
                    return own, "part_of_whole"
                if d.unit.lower() in _GENERIC_PEOPLE and _figures._people(whole_unit) and own[len(d.unit):].strip():
                    # (`47 trẻ em tử vong (…, ngã 4 em)`: the whole's people, of the part's label)
                    return f"{whole_subject} {own[len(d.unit):].strip()}", "part_of_whole"
                if not _figures._people(whole_unit):
                    # `65 cơ sở, gồm: 11 trường cao đẳng, …`, `24 bài …, gồm: 2 giải Nhất, …`: a part of things counted
                    # by a noun of its own is named by it
                    return own, "part_of_whole"
                # `62 học sinh đạt giải (9 giải Nhất, …)`: people's prizes are the people's who won them
                return f"{whole_subject} {own}", "part_of_whole"
        sentence_start, _ = s.sentence(d.start)
        lead = s.scan[sentence_start:d.number.start]
        for m in self._back_references(lead, s.sentence(d.start)):
            found = self._referred(d, m.group("head"), sentence_start + m.start(), sentence_start)
            if found:
                return found, "back_reference"
        if d.per and d.kind != "money":
            # (money per so many things, `lãi 15 triệu đồng/1.000 con`, is named as any sum of money is)
            # a rate: what its clause names before it (`Số giường bệnh đạt 32,5 giường/vạn dân`, `Mật độ dân số là
            # 320 người/km2`), when that speaks of an indicator or of what the rate counts; else the phrase from its
            # unit to its denominator (up to its denominator: the change or share after it is no part of it)
            named = _CLAIM_START.sub("", lead_of(d) if lead_of is not None else "").strip()
            if named and self.r.heads.fullmatch(named) is None and \
                    (self.r.heads.search(named) or _names_unit(named, d.unit)):
                return named, "rate"
            end = s.text.find(d.per, d.number.end, d.attr_end)
            return s.text[d.number.end:end + len(d.per) if end >= 0 else d.attr_end], "rate"
        if self.given and _EQUIVALENT_BEFORE.search(s.scan, max(sentence_start, d.number.start - 30), d.number.start) \
                and self.given[-1][0].start >= sentence_start and self.given[-1][1]:
            # `hỗ trợ tiền ăn bằng 40% mức lương cơ sở, tương đương 936.000 đồng`: the same amount said again, of the
            # same thing; a rate said again as a count counts what it is the rate of
            said = self.given[-1][1]
            if self.given[-1][0].kind == "percent" and d.kind == "count":
                said = _RATE_HEAD.sub("", said)
            return said, "equivalent"
        got = phrase(d)
        worth = _WITH_AMOUNT_NOUN.search(got) if got and d.kind == "money" and " với " in got else None
        if worth is not None:
            # `… Trường THCS Phú Thành A với tổng kinh phí hơn 2,7 tỷ đồng`: what the amount is, named after `với`; the
            # words before it say what it was spent on or given with (`được hỗ trợ tiền mặt với mức …`: the payment)
            if worth.group("deed"):
                return f"mức {_SPACES.sub(' ', worth.group('deed')).strip()}", "worth"
            return worth.group("n"), "worth"
        degree = _DEGREE_ONLY.fullmatch(got.strip()) if got else None
        if degree is not None:
            # how far a number is from a bound names nothing (`Xăng E5RON92: không cao hơn 23.580 đồng/lít`); a bound
            # after another figure of its sentence bounds what that one measures (`hỗ trợ 50% chi phí chuyển đổi …,
            # tối đa 30 triệu đồng/hộ`)
            prev, said = self.given[-1] if self.given else (None, None)
            bound = got.strip()
            got = None
            if prev is not None and said and prev.start >= sentence_start and degree.group("cap"):
                verb = _PAYS_BEFORE.search(self.structure.scan, max(sentence_start, prev.start - 30), prev.start)
                if verb is not None:
                    # (`hỗ trợ 50% kinh phí xây dựng, tối đa 300 triệu đồng`: the most the support may be)
                    return f"mức {_SPACES.sub(' ', self.structure.text[verb.start('v'):verb.end('v')])} {bound}", "bounded"
                if said.lower().startswith(prev.unit.lower() + " "):
                    said = said[len(prev.unit) + 1:]    # (`3 lần tăng giá …, mỗi lần …`: what each time did)
                return f"{said} {bound}", "bounded"
        if got and not _LETTER.search(got):
            got = None          # `5% 7% 3%`: numbers name nothing (and a figure-dense line stays linear)
        if d.kind == "count" and got:
            got = self._shared_predicate(d, self._coordinated(d, got))
            shared = self._run_subject(d, got)
            if shared:
                return shared, "list_item"
            if _trim_edges(self._strip_places(got)).strip(" ,;:").lower() == d.unit.lower() and \
                    self._place_in_clause(d):
                # `Kết quả: huyện Như Xuân cấp 640 giấy`: a place's item that counts by the bare noun counts what the
                # article named in full with that noun before
                fuller = self._unit_phrase_before(d.number.start, d.unit)
                if fuller and len(fuller.split()) >= len(d.unit.split()) + 2:   # (not a kind of it: `giải Ba`)
                    got = fuller
        if d.kind == "percent":
            members = self._members_named_after(d)
            if members:
                return members, "share_members"
        contribution = self._contribution(d, got)
        if contribution:
            return contribution, "contribution"
        if d.kind == "percent" and d.whole is None:
            of_base = self._share_of_base(d, sentence_start)
            if of_base:
                return of_base, "share_of_base"
        if d.kind == "money" and "/" not in d.unit:     # (`với số tiền 20 triệu đồng/hộ`: a rate, each one's)
            sum_of = self._sum_of_counted(d, sentence_start)
            if sum_of:
                return sum_of, "sum_of_counted"
        if d.kind in _KINDS_WITH_INDICATOR:
            if got and self.r.heads.search(got) and not (d.kind == "percent" and ASPECT_AFTER.match(s.text, d.end)):
                if d.kind == "percent" and self._members_after(d, got):
                    # `ít nhất 50% HTX tham gia liên kết theo chuỗi giá trị`: the noun right after a share names the
                    # members it counts, and what follows says which; an indicator's word inside that (`giá trị`,
                    # `vốn vay`) is of the predicate, not what the share measures
                    return got, "share_members"
                indicator = self._indicator_of(got)
                at = got.find(indicator)
                owner = _OWNER_HAS.search(got, 0, at) if at > 0 else None
                if owner is not None and not _GENERIC_OWNER.match(owner.group("owner")) and \
                        self._strip_places(owner.group("owner")).strip() == owner.group("owner").strip():
                    # `Trung tâm Logistics Kim Thành có diện tích 64,5 ha`: the size of what has it, named before `có`
                    return f"{indicator} {owner.group('owner').strip()}", "indicator"
                return indicator, "indicator"
            # (a phrase that holds figures of its own, `Bộ A (78,44%) và Bộ B (77,66%) lần lượt giữ`, names the
            # items of a list, not what they measure)
            stripped = self._strip_places(got) if got else ""     # (its places blanked, once: a hot path)
            weak = not got or not stripped.strip() or stripped.strip().lower() == d.unit.lower() \
                or _BRACKETED_FIGURE.search(got) is not None \
                or _CONTINUES.fullmatch(_trim_edges(got).strip()) is not None \
                or self.r.respectively.match(_LIST_WORDS.sub("", stripped)) is not None \
                or _INTRODUCES_ITEMS.search(stripped) is not None
            # (`Tính chung 9 tháng đạt …`: a phrase that goes on; `các huyện A và B lần lượt đạt 96,1% và`: the cue
            # names nothing; `Một số xã còn thấp như xã A`: what introduces the items is no indicator)
            bare = _trim_edges(stripped).strip().lower() if got else None
            if bare is not None and bare in ("", d.unit.lower()):   # `Đắk Nông`, `tại Gia Lai là`, `Quảng Trị 280 mm`
                # an indicator named in its own item (after the figure before it) is its own; else it shares the one
                # of the item before it in the same unit
                own = self._indicator_in(max(sentence_start, self.given[-1][0].end) if self.given else sentence_start,
                                         d.number.start)
                if own:
                    return own, "indicator"
                shared = self._place_item_subject(d)
                if shared:
                    return shared, "list_item"
            if weak:
                found = self._indicator_in(sentence_start, d.number.start)
                if not found and not got:
                    # `10 tháng, xuất khẩu tôm hùm đạt 765 triệu USD, gấp 3,2 lần …; riêng tháng 10 đạt 112 triệu USD`,
                    # `… là 95,8 USD/thùng xăng RON92; 98,7 USD/thùng xăng RON95`: a clause that names nothing measures
                    # what the figure before it in its unit measured (not the next of a ranking, `"Nhà bà Nữ" dẫn đầu
                    # với 475 tỷ đồng, tiếp đến là "Lật mặt 6" 270 tỷ đồng`, whose indicator the ranking's lead names)
                    prev = next(((g, said) for g, said in self._given_in_unit(d) if said), None)
                    if prev is not None and _RANKING_GOES_ON.search(s.scan, prev[0].end, d.number.start) is None:
                        found = prev[1]
                if not found and stripped.strip().lower() in ("", d.unit.lower()):
                    # `Tiêu thụ thép có thể tăng 5-7%, đạt khoảng 28 triệu tấn`: the level a change led to measures
                    # what the change's clause names
                    led = _CHANGE_THEN_LEVEL.search(s.scan, max(sentence_start, d.number.start - CLAUSE_REACH),
                                                    d.number.start)
                    if led is not None:
                        found = _SPACES.sub(" ", s.text[led.start("what"):led.end("what")]).strip() or None
            elif (listed := self._listed_under_lead(d, stripped)) is not None:
                return listed, "list_item"
            elif _SHARE_BEFORE.search(s.scan, max(sentence_start, d.number.start - 30), d.number.start) is None:
                # a phrase of its own takes the indicator of its clause, not across a `;` or a part cue
                # (`GRDP tăng 6,5%; trong đó khu vực công nghiệp tăng 8,1%`: the part names itself)
                # (looked for within a clause's reach: a figure-dense line is one long sentence)
                own_clause = _NEW_SUBJECT.search(s.scan, max(sentence_start, d.number.start - CLAUSE_REACH),
                                                 d.number.start) \
                    if not _CONTINUES.match(_trim_edges(self._strip_places(got)).strip()) else None
                found = self._indicator_in(max(own_clause.end() if own_clause else sentence_start,
                                               self._own_set_after_claim(d, got) or 0), d.number.start)
                if found and d.whole is not None and self.given and self.given[-1][0].whole is d.whole and \
                        found == self.given[-1][1] and len(got.split()) >= 2:
                    # `trong đó thu nội địa 6.000 tỷ đồng, thu từ hoạt động xuất nhập khẩu 3.000 tỷ đồng`: a part that
                    # names itself is no sibling's
                    found = None
                elif found and d.kind == "percent" and d.whole is None and _RATE_OF.match(found) and \
                        len(stripped.split()) >= 3 and not _RATE_OF.match(stripped.strip()) and \
                        not any(c.isdigit() for c in stripped) and \
                        _COMMA_ITEM.search(s.scan, max(sentence_start, d.number.start - CLAUSE_REACH), d.number.start):
                    # `tỷ lệ trẻ em được tiêm đủ mũi đạt 96%, phụ nữ có thai được tiêm uốn ván đạt 90%`: an item after a
                    # comma that names its own group shares the rate, not the group; one that names another of the
                    # same noun shares what comes before that noun (`Tỷ lệ thu gom tại khu vực đô thị đạt 99,1%, khu
                    # vực nông thôn đạt 82,5%`)
                    own = _trim_edges(stripped).strip()
                    at = found.lower().find(f" {own.split()[0].lower()} ", _RATE_OF.match(found).end())
                    shared = found[:at + 1] if at >= 0 else f"{_RATE_OF.match(found).group().lower()} "
                    return f"{shared}{own}", "indicator"
            else:
                found = None
            if found and d.kind in ("measure", "count") and d.unit.lower() not in _POINTS_UNITS and \
                    _LEVEL_VERB_BEFORE.search(s.scan, max(sentence_start, d.number.start - 24), d.number.start) is None \
                    and any(g.start >= sentence_start and said == found and g.unit.lower() != d.unit.lower()
                            for g, said in self.given[-_LIST_ITEMS:]):
                # `trạm bơm Yên Sở công suất 90 m³/s, 45 hồ điều hòa, khoảng 1.200 km cống`, `Tỷ lệ đơn hàng giao thành
                # công đạt 98%, thời gian giao … trung bình 24 giờ`: the indicator an earlier figure of the sentence
                # measured in another unit is that one's (not the level it went to, `nâng … lên 0,65 m2/người`, nor
                # its change in points)
                found = None
            if found and d.kind == "money" and _SIZE_INDICATOR.match(found):
                # `Khu tái định cư có diện tích 3,2 ha, … với tổng kinh phí hơn 28 tỷ đồng`: a size names no sum of money
                found = None
            if found:
                return found, "indicator"
            if weak and got and not stripped.strip():
                # `Một số xã dẫn đầu phong trào gồm: Hải Đông 9,2 km`: what the list of communes says they are
                opener = _LOCALITY_LIST.search(s.scan, sentence_start, d.number.start)
                if opener is not None:
                    head = _trim_edges(_SPACES.sub(" ", s.text[opener.start():opener.start("close")])).strip()
                    if head:
                        return head, "list_item"
            if d.kind == "rank":
                # `Đứng thứ hai là Khánh Hòa với GRDP …`: a rank names its indicator after it
                found = self._indicator_in(d.end, s.sentence(d.start)[1])
                if found:
                    return found, "indicator"
            if got and _PROPER_NAME.fullmatch(got.strip()) and not self._only_places(got):
                # `Về thị phần băng rộng cố định, VNPT chiếm 46,2%`: a name alone says whose, the topic the sentence
                # opens with says what
                topic = _FRONTED_TOPIC.match(s.scan, sentence_start)
                found = self._indicator_in(topic.start("t"), topic.end("t")) if topic else None
                if found:
                    return f"{found} {got.strip()}", "topic"
            group = got is not None and d.kind == "percent" and self.r.group.fullmatch(got.strip()) is not None \
                and got.strip().lower() in s.scan[max(sentence_start, d.number.start - CLAUSE_REACH):
                                                  d.number.start].lower()
            if group:
                sibling = self._sibling_group(d, got.strip())
                if sibling:
                    # `Tỷ lệ số hóa hồ sơ ở cấp tỉnh đạt 87,4%; cấp huyện 72,5%`: the rate of the item before, for
                    # this group
                    return sibling, "label"
                heading = self._list_heading(sentence_start, d.number.start)
                if heading:
                    # `Cơ cấu kinh tế: nông, lâm nghiệp và thủy sản chiếm 12,5%; dịch vụ chiếm 31,6%`: the heading
                    # of the list names what its items' shares are of
                    return f"{heading} {_lower_first(got.strip())}", "label"
            if weak or group:
                # `Khối bộ, ngành đạt 63%`: a group of units before a share names whose share, not of what:
                # the indicator is the topic of the sentences before, for that group
                found = self._indicator_before(sentence_start)
                if found:
                    found = _area_of(found, d.unit)
                    return (f"{found} {_lower_first(got.strip())}" if group else found), "topic"
        return got, "phrase"

    def _raised_total(self, d: Draft) -> str | None:
        """`có thêm 9 xã đạt chuẩn, nâng tổng số lên 120 xã`: the new total counts what the figure before it in its
        sentence counts (in the same unit); `nâng tổng số xã đạt chuẩn lên 120 xã` names it itself."""
        s = self.structure
        start = max(s.sentence(d.start)[0], d.number.start - 80)
        m = _RAISES_TOTAL.search(s.scan, start, d.number.start) if _holds(s.scan, start, d.number.start, "tổng") else None
        if m is None:
            return None
        named = _SPACES.sub(" ", s.text[m.start("what"):m.end("what")]).strip()
        return named or next((subject for _, subject in self._given_in_unit(d) if subject), None)

    def _place_item_subject(self, d: Draft) -> str | None:
        """`Giá tiêu tại Đắk Lắk 148.500 đồng/kg; Đắk Nông 148.000 đồng/kg`: an item that names only its place
        shares the indicator of the last item before it in its sentence in the same unit (that item's subject, its
        places left out), not an indicator said for another unit in between (`huyện A 54.200 ha, sản lượng 15.400
        tấn; huyện B 33.800 ha`)."""
        _, subject = next(self._given_in_unit(d), (None, None))
        return self._shared_indicator(subject, d) if subject else None

    def _shared_indicator(self, subject: str, d: Draft) -> str | None:
        """What an item of a list shares of another item's ``subject``: the subject without its places (and the level
        word a place's name left, `thành phố`), if it names more than ``d``'s unit."""
        shared = _trim_edges(_LEVEL_LEFT.sub("", _SPACES.sub(" ", self._strip_places(subject)))).strip()
        return shared if _LETTER.search(shared) and shared.lower() != d.unit.lower() else None

    def _given_in_sentence(self, d: Draft) -> Iterator[tuple[Draft, str | None]]:
        """The figures given a subject before ``d`` in its sentence, last first (among the last few)."""
        sentence_start = self.structure.sentence(d.start)[0]
        for prev, subject in reversed(self.given[-_LIST_ITEMS:]):
            if prev.start < sentence_start:
                return
            yield prev, subject

    def _said_in_unit_before(self, d: Draft) -> str | None:
        """The indicator of the last figure in ``d``'s unit in the sentences just before ``d``'s (its paragraph and
        the one before, :meth:`Structure.sentences_before`), its places left out, if it names more than the unit."""
        s = self.structure
        reach = min((a for a, _ in s.sentences_before(d.start, limit=2)), default=s.sentence(d.start)[0])
        for prev, subject in reversed(self.given[-_LIST_ITEMS:]):
            if prev.start < reach:
                return None
            shared = self._shared_indicator(subject, d) if prev.unit == d.unit and subject else None
            if shared:
                return shared
        return None

    def _given_in_unit(self, d: Draft) -> Iterator[tuple[Draft, str | None]]:
        """The figures given a subject before ``d`` in its sentence, in ``d``'s unit, last first (among the last few)."""
        return ((prev, subject) for prev, subject in self._given_in_sentence(d) if prev.unit == d.unit)

    def _sum_of_counted(self, d: Draft, sentence_start: int) -> str | None:
        """A sum of money said only as `(tổng) số tiền`, joined by a comma or `với` to a count in its sentence, is the money
        of what the clause says of the counted things: of the things themselves when the clause only has them (`có 14
        doanh nghiệp nợ lương … với số tiền 23,47 tỷ đồng` → `số tiền nợ lương`; `1.462 giao dịch nộp phí, lệ phí …,
        tổng số tiền …` → `tổng số tiền nộp phí, lệ phí …`), else of what was done to them (`xử phạt 11 trường hợp với số
        tiền` → `số tiền xử phạt`; `đã chi trả cho 1.097 hộ, số tiền` → `số tiền chi trả`), or of the clause said
        between them (`23 trường hợp …, xử phạt vi phạm hành chính với tổng số tiền` → `tổng số tiền xử phạt vi phạm
        hành chính`)."""
        s = self.structure
        noun = _MONEY_NOUN_BEFORE.search(s.text, max(sentence_start, d.number.start - 40), d.number.start)
        if noun is None:
            return None
        money = " ".join(noun.group("noun").split())
        for prev, subject in reversed(self.given[-_LIST_ITEMS:]):
            if prev.start < sentence_start:
                return None
            if prev.kind != "count" or prev.end > d.start:
                continue
            between = _CLAUSE_AFTER_COUNT.search(s.text, prev.end, noun.start("noun"))
            if between is not None:
                return f"{money} {' '.join(between.group('deed').split())}"
            clause = max(sentence_start, *(s.scan.rfind(c, sentence_start, prev.start) + 1 for c in ",;:("))
            if _STATED_BEFORE_COUNT.fullmatch(s.text, clause, prev.start):
                rest = (subject or "")[len(prev.unit):].strip(" ,") \
                    if (subject or "").lower().startswith(prev.unit.lower()) else ""
                if not rest or not _LETTER.search(rest) or "số tiền" in rest.lower():
                    continue    # (`… của 4.126 người lao động`: a count that says no more than its noun)
                return f"{money} {rest}"
            if any(clause <= g.start < prev.start for g, _ in self.given[-_LIST_ITEMS:]):
                continue    # (`14 doanh nghiệp nợ lương của 4.126 người lao động`: the count before it says what)
            deed = _MONEY_DEED_BEFORE.search(s.text, max(clause, prev.start - 40), prev.start)
            return f"{money} {' '.join(deed.group('deed').split()).lower()}" if deed is not None else None
        return None

    def _share_of_base(self, d: Draft, sentence_start: int) -> str | None:
        """`nợ Chính phủ khoảng 34% GDP`, `Số người hiến máu tương đương khoảng 1,6% dân số`: a share of a whole that
        is no set of things (the economy's output, the population) measures what its clause names before it against
        that whole, not the whole: `nợ Chính phủ so với GDP`. None when the clause names nothing before the share but
        its time (`đến năm 2030 đạt 2,5% dân số`)."""
        s = self.structure
        base = _BASE_AFTER_SHARE.match(s.text, d.end)
        if base is None:
            return None
        opened = max(sentence_start, *(s.scan.rfind(c, sentence_start, d.number.start) + 1 for c in ";:("))
        comma = s.scan.rfind(",", opened, d.number.start)
        while comma >= 0 and self.r.joins(s.text, comma, parallel=opened) is not None:
            comma = s.scan.rfind(",", opened, comma)    # (`thể dục, thể thao`: one noun phrase through its comma)
        lead = _CLAIM_TAIL.sub("", s.text[max(opened, comma + 1):d.number.start]).strip()
        # (`riêng vắc xin dại đạt ít nhất 70% tổng đàn chó`: the word that sets it apart, :data:`_SET_APART`, is no part)
        lead = _SET_APART.sub("", lead)
        if not lead or not _LETTER.search(lead) or _TIME_LEAD.match(lead) or any(c.isdigit() for c in lead) or \
                _CLAIM_VERB.fullmatch(lead) or (base.group("base").lower().startswith("tổng") and (
                    _NO_PHRASE_OF_A_TOTAL.search(lead) or len(lead.split()) > 8)):
            return None     # (`…, đóng góp khoảng 10,2% GDP`: a claim that names nothing; see _contribution)
        whole = " ".join(base.group("base").split())
        rate = _RATE_NAMED.search(lead)
        if rate is not None:
            # (`Tỷ lệ bao phủ bảo hiểm y tế đạt 93,2% dân số`: a rate names what it is a share of, the whole said after
            # it; the actor before it is no part of it, `tỉnh phấn đấu tỷ lệ bao phủ BHYT đạt 93% dân số`)
            return f"{lead[rate.start():]} {whole}"
        return f"{lead} {'trong' if whole.lower().startswith('tổng') else 'so với'} {whole}"

    def _contribution(self, d: Draft, got: str | None) -> str | None:
        """`Khu vực dịch vụ tăng 8,49%, đóng góp 51,64% vào mức tăng chung`: a share said only as `đóng góp`
        is the contribution of what the figure before it in its clause chain measures."""
        # (it opens with `góp`, `đóng góp`: a phrase without `góp` is no contribution, and most phrases are asked)
        if not got or "góp" not in got.lower() or \
                _CONTRIBUTION.fullmatch(_trim_edges(got.replace(d.unit, " ")).strip()) is None:
            return None
        if not self.given:
            return None
        prev, subject = self.given[-1]
        s = self.structure
        if not subject or s.sentence(prev.start) != s.sentence(d.start) or \
                s.scan.find(";", prev.end, d.start) >= 0:
            return None
        return f"đóng góp của {_lower_first(subject)}"

    def _back_references(self, lead: str, sentence: tuple[int, int]) -> Iterator[regex.Match[str]]:
        """``back_reference.finditer(lead)``, ``lead`` the start of ``sentence`` up to a figure. A lead holds no
        match that starts before the sentence's first (a match there would be the sentence's too, found first), and
        none at all when the sentence's first starts at or after the lead's end, but one that ends where the lead
        ends (an assertion after it may fail on the sentence's next character): only that is tried, anchored there.
        (The first match is found once a sentence: the figures before a sentence's `tỷ lệ này` ask no scan.)"""
        rx = self.r.back_reference
        back = _reversed(rx)
        if back is not None and sentence[0] + len(lead) <= sentence[1]:
            first = self._back_reference_at.get(sentence)
            if first is None:
                m = rx.search(self.structure.scan[sentence[0]:sentence[1]])
                first = self._back_reference_at[sentence] = m.start() if m is not None else sentence[1] - sentence[0]
            if first >= len(lead) and back.match(lead) is None:
                return iter(())
        return rx.finditer(lead)

    def _members_named_after(self, d: Draft) -> str | None:
        """`trong đó khoảng 60% là lao động nữ`: a share that `là` names by a counted noun and the words that say which
        measures those members (the noun's phrase, to where it stops)."""
        s = self.structure
        m = _IS_AFTER.match(s.scan, d.end)
        if m is None:
            return None
        unit = _figures._unit_at(s.text, s.scan, m.end(), _figures.rules(self.patterns), allow_segment=False)
        if unit is None or unit.kind != "count":
            return None
        sentence_start, sentence_end = s.sentence(d.start)
        stop = self._stop(s.scan, unit.end, sentence_end)
        members = _SPACES.sub(" ", s.text[m.end():stop]).strip()
        among = _AMONG_OPENING.match(s.scan, sentence_start, d.start)
        if members and among is not None:
            # `Trong số thí sinh trúng tuyển, khoảng 64% là học sinh tỉnh Bình Định`: the share of those said first
            return f"{_SPACES.sub(' ', s.text[among.start('x'):among.end('x')]).strip()} là {members}"
        return members or None

    def _members_after(self, d: Draft, got: str) -> bool:
        """Whether ``got``, a share's phrase, is the words right after it and opens with a counted noun of the unit
        lexicon (no indicator's head): the members the share counts, with what says which of them."""
        s = self.structure
        gap = s.text[d.end:d.end + 4]
        at = d.end + len(gap) - len(gap.lstrip())
        if not s.text.startswith(got, at) or self.r.heads.match(got) is not None:
            return False
        unit = _figures._unit_at(s.text, s.scan, at, _figures.rules(self.patterns), allow_segment=False)
        return unit is not None and unit.kind == "count" and unit.end < at + len(got.rstrip())

    def _indicator_of(self, phrase: str) -> str:
        """The indicator a phrase names: the head-noun phrase (two words or more) it opens with, else its last
        one (`vẫn là địa phương dẫn đầu về kim ngạch xuất khẩu` → `kim ngạch xuất khẩu`); a lone acronym after
        a preposition (`đóng góp vào GDP`) names the whole, not the indicator, and leaves the phrase as it is."""
        found = []
        done = 0
        for m in self.r.heads.finditer(phrase):
            if m.start() < done:
                continue
            done = self._stop(phrase, m.end())
            words = phrase[m.start():done].strip()
            if len(words.split()) >= 2:
                if not phrase[:m.start()].strip() and len(words) > len(m.group()):
                    return words   # the phrase opens with it: `tổng nguồn vốn huy động của các tổ chức tín dụng`
                found.append(words)
        return found[-1] if found else phrase

    def _stop(self, s: str, pos: int, end: int | None = None) -> int:
        """Where the phrase that starts before ``pos`` ends; a bracketed abbreviation (`(CPI)`) belongs to it."""
        end = len(s) if end is None else end
        while True:
            m = self.r.stops.search(s, pos, end)
            if m is None:
                return end
            if s[m.start()] == ",":
                joined = self.r.joins(s, m.start(), parallel=pos)
                if joined is None:
                    listed = _LISTED_AND.match(s, m.start())
                    joined = listed.end() if listed is not None else None
                if joined is None:
                    return m.start()
                pos = joined          # `tỷ lệ hài lòng của người dân, doanh nghiệp`: one phrase
                continue
            ab = _ABBREVIATION_AFTER.match(s, m.start()) if s[m.start()] == "(" else None
            if ab is None:
                return m.start()
            pos = ab.end()

    def _run_subject(self, d: Draft, got: str) -> str | None:
        """`lần lượt là 2.150, 1.320 và 980 hộ`: a count joined by `,`/`và` alone to a bare number before it that
        shares its unit, saying nothing of its own but words of that one's subject, counts the same thing."""
        if not self.given:
            return None
        prev, subject = self.given[-1]
        if not subject or prev.end > prev.number.end or prev.unit.lower() != d.unit.lower() or prev.kind != d.kind or \
                not _figures._AND_GAP.fullmatch(self.structure.scan, prev.attr_end, d.number.start):
            return None
        mine = set(_WORDS.findall(self._strip_places(got).lower()))
        return subject if len(subject) > len(d.unit) and mine <= set(subject.lower().split()) | _RUN_FILLERS else None

    def _place_in_clause(self, d: Draft) -> bool:
        """Whether a place is named in ``d``'s clause before it (an item of a list of places)."""
        start = self.structure.clause_start(d.number.start)
        return any(start <= a and b <= d.number.start for a, b in self._place_spans)

    def _unit_phrase_before(self, pos: int, unit: str) -> str | None:
        """The last phrase before ``pos`` (this sentence, then those before) that starts with ``unit``'s noun."""
        if not unit or not _LETTER.match(unit):
            return None
        # (`em` counts children, the second half of `trẻ em`: the phrase opens with the whole noun, `Trẻ em có hoàn
        # cảnh đặc biệt`, not inside it)
        whole = r"(?:trẻ\s+)?" if unit.lower() == "em" else ""
        rx = rxcache.compile(rf"(?<!\w){whole}{regex.escape(unit)}(?!\w)", regex.IGNORECASE)
        s = self.structure
        spans = [(s.sentence(pos)[0], pos), *s.sentences_before(pos)]
        for a, b in spans:
            hits = list(rx.finditer(s.scan, a, b))
            for m in reversed(hits):
                if _PAGE_COUNTER.match(s.scan, m.start()):
                    continue    # (a page's view counter, `Lượt xem: 2.316`, counts its readers, nothing it reports)
                stop = self._stop(s.scan, m.end(), b)
                words = _SPACES.sub(" ", s.text[m.start():stop]).strip()
                if len(words) > len(unit) + 2:
                    return words
        return None

    # -- relations ------------------------------------------------------------------------------
    def _sibling_group(self, d: Draft, group: str) -> str | None:
        """The subject of the figure before ``d`` in its sentence, of its kind, that names a level (`… ở cấp tỉnh`), with
        ``group`` in that level's place; else None."""
        for g, given in self._given_in_sentence(d):
            if g.kind != d.kind or not given:
                continue
            level = _LEVEL_IN_SUBJECT.search(given)
            if level is not None and level.start() > 0:
                return f"{given[:level.start()].rstrip()} {_lower_first(group)}"
            if _figures._PARTS_OPENED.search(self.structure.scan, g.end, d.number.start):
                # `tỷ lệ khám, chữa bệnh bằng YHCT toàn tỉnh đạt 28,5%; trong đó tuyến tỉnh đạt 19,2%`: a group after
                # the part cue measures its whole's rate, for that group
                return f"{_WHOLE_SCOPE.sub('', given).rstrip()} {_lower_first(group)}"
            return None
        return None

    def _at_peak(self, d: Draft) -> str | None:
        """`mỗi ngày tiếp nhận từ 25 đến 30 ca SXH nhập viện, có thời điểm hơn 40 ca/ngày`: a figure said only as what
        was reached at times (`có thời điểm`, `có lúc`, `cao điểm`) measures what the figure before it in its sentence
        does, counted by the same noun."""
        s = self.structure
        sentence_start, _ = s.sentence(d.start)
        start = max(sentence_start, d.number.start - 40)
        opens = s.scan.find(",", start, d.number.start) >= 0 or s.scan.find(";", start, d.number.start) >= 0
        if not opens or _AT_TIMES.search(s.scan, start, d.number.start) is None:     # (it opens with `,` or `;`)
            return None
        noun = d.unit.split("/")[0].split()[:1]
        prev, given = next(self._given_in_sentence(d), (None, None))
        return given if given and noun and prev.unit.split("/")[0].split()[:1] == noun else None

    def _other_extreme(self, d: Draft) -> str | None:
        """`mức thưởng cao nhất là 385 triệu đồng/người …, thấp nhất 500.000 đồng/người`: a clause that is only the other
        extreme of the one before in its sentence (or an extreme after its mean: `lượng mưa trung bình toàn tỉnh 220 mm, cao
        nhất tại huyện A Lưới 415 mm`) measures the same thing at that extreme."""
        s = self.structure
        sentence_start, _ = s.sentence(d.start)
        start = max(sentence_start, d.number.start - 72)
        m = _EXTREME_BEFORE.search(s.scan, start, d.number.start) if _holds(s.scan, start, d.number.start, "nhất") \
            else None
        if m is None:
            return None
        for _, given in self._given_in_unit(d):
            said = _EXTREME.search(given or "") or _MEAN.search(given or "")
            if said is not None:
                return f"{given[:said.start()]}{m.group('ext')}{given[said.end():]}".strip()
        return None

    def _item(self, d: Draft) -> tuple[int, str] | None:
        """The name that makes ``d`` an item of a list (`Đà Nẵng (58,89%)`), with where it starts."""
        s = self.structure
        anchor = d.number.start
        bracket = _value_bracket(s, anchor)
        if bracket is not None:
            # `Đà Nẵng (58,89%)`, `Trung Quốc (chiếm 89%)`: the item is the name before the bracket
            anchor = bracket[0]
            start = max(s.clause_start(anchor), anchor - _ITEM_REACH)
            lead = s.scan[start:anchor + 1]
        else:
            start = max(s.clause_start(anchor), anchor - _ITEM_REACH)
            lead = s.scan[start:anchor]
        m = search_to_end(self.r.item, lead)
        if m is None:
            return None
        return start + m.start("name"), m.group("name").strip()

    def _bracket_host(self, d: Draft) -> str | None:
        s = self.structure
        bracket = s.bracket(d.number.start)
        if bracket is None:
            return None
        share = bool(_SHARE_VERB.match(s.scan, bracket[0]))    # `(chiếm 61,29%)`: a share of its host
        if not share and not _OWN_VERB.search(s.scan, bracket[0], d.number.start):
            return None
        if d.kind == "count" and _PARTS_BRACKET.match(s.scan, bracket[0]):
            return None     # `15 tuyến … (gồm 9 tuyến có trợ giá và 6 tuyến không trợ giá)`: parts, each named by itself
        sentence = s.sentence(d.start)
        cue = self.r.respectively.search(s.scan, bracket[0], d.number.start)
        n = self._list_length(cue.end()) if cue is not None else 0
        hosts = []
        for host, subject in reversed(self.given):
            if host.start < sentence[0]:
                break                          # the host stands in the bracket's own sentence
            if host.end <= bracket[0] and (share or host.kind == d.kind) and s.bracket(host.start) is None:
                hosts.append(subject)
                if len(hosts) >= max(1, min(n, _LIST_ITEMS)):   # (the hosts a respective bracket pairs with)
                    break
        if not hosts:
            return None
        if 2 <= n <= len(hosts):
            # `đô thị đạt 99,1%, nông thôn đạt 82,5% (cùng kỳ năm trước lần lượt là 98,4% và 76,3%)`: the bracket's
            # figures pair with the figures before it in order, said of what the bracket names before `lần lượt`
            i = 0                              # (the bracket's figures before this one, counted from the end)
            for g, _ in reversed(self.given):
                if g.start <= bracket[0]:
                    break
                i += g.start < d.start
            if i < n:
                label = _trim_edges(_SPACES.sub(" ", s.text[bracket[0] + 1:cue.start()])).strip()
                subject = hosts[n - 1 - i]
                return f"{subject} {label}" if label and len(label.split()) <= _LABEL_WORDS else subject
        return hosts[0]

    def _bracket_label(self, d: Draft) -> str | None:
        """`chủ yếu là đánh bắt bằng xung điện (chiếm 52,1%) và sử dụng lưới cấm (31,4%)`: a share alone in a bracket
        after a phrase with no figure of its own is that phrase's, from the list's last separator (under the
        heading of a `Cơ cấu kinh tế:` list)."""
        s = self.structure
        bracket = _value_bracket(s, d.number.start) if d.kind == "percent" else None
        if bracket is None:
            return None
        sentence_start = s.sentence(d.start)[0]
        m = _ITEM_PHRASE.search(s.scan, max(sentence_start, bracket[0] - 80), bracket[0])
        if m is None or not m.group("item")[0].islower() or _COMPARING.search(m.group("item")) or \
                self._strip_places(m.group("item")) != m.group("item"):
            # (not a name, `Bộ Tư pháp (77,66%)`, nor a yardstick, `cao hơn mức trung bình (81,2%)`, nor a place's
            # item, `sau Thừa Thiên Huế (81,2%)`)
            return None
        item = _SPACES.sub(" ", s.text[m.start("item"):m.end("item")]).strip()
        heading = self._list_heading(sentence_start, d.number.start)
        return f"{heading} {item}" if heading and not item.lower().startswith(heading.lower()) else item

    def _label(self, d: Draft) -> str | None:
        """`BHXH bắt buộc: 199.511 người`: the short label before a colon right before the figure."""
        s = self.structure
        a, _ = s.sentence(d.number.start)
        m = search_to_end(self.r.label, s.scan[max(a, d.number.start - 80):d.number.start])
        if m is None:
            return None
        label = _SPACES.sub(" ", m.group("label")).strip()
        bullet = _BULLET_MARK.search(m.group(), 0, m.start("label") - m.start()) is not None
        return label if 0 < len(label.split()) <= (_BULLET_LABEL_WORDS if bullet else _LABEL_WORDS) else None

    def _list_heading(self, start: int, pos: int) -> str | None:
        """`Cơ cấu kinh tế:` opening the sentence from ``start`` before ``pos``: a short label before the first colon
        that heads the `;` list the figure is an item of (not a connector or topic, `Trong đó:`, `Về môi trường:`)."""
        s = self.structure
        colon = s.scan.find(":", start, pos)
        if colon < 0:
            return None
        m = search_to_end(self.r.label, s.scan[start:colon + 1])
        if m is None:
            return None
        label = _SPACES.sub(" ", m.group("label")).strip()
        return label if 0 < len(label.split()) <= _LABEL_WORDS and not self._only_places(label) else None

    def _coordinated(self, d: Draft, got: str) -> str:
        """`5 bộ, cơ quan đạt …`: nouns coordinated after the unit stay in the subject."""
        s = self.structure
        m = self.r.coordinated.match(s.scan, d.end, d.end + _NEAR)
        if m is None or not got.lower().startswith(d.unit.lower()) or _NUMBER_NEXT.match(s.scan, m.end()) or \
                self._next_item_of_unit(d, m.end()):
            return got      # (`công nghiệp 120 doanh nghiệp, dịch vụ 200 doanh nghiệp`: the next item's label)
        joined = _SPACES.sub(" ", s.text[d.end:m.end()])
        rest = got[len(d.unit):]
        if rest.startswith(joined):
            return got
        tail = self._phrase_after(m.end())
        # (with nothing said after the coordinated nouns, what the subject said of the unit is said of them all:
        # `tiêm phòng dại cho 154.800 con chó, mèo` is `con chó, mèo được tiêm phòng dại`, `chuyển đổi vị trí công tác
        # 587 công chức, viên chức` is `công chức, viên chức chuyển đổi vị trí công tác`)
        return f"{d.unit}{joined}{(' ' + tail) if tail else rest}"

    def _next_item_of_unit(self, d: Draft, pos: int) -> bool:
        """Whether a number of ``d``'s unit follows ``pos`` after a few words (`…, bộ đội biên phòng 380 người`): the
        words are the label of the next item of a list, not nouns coordinated with the unit."""
        m = _WORDS_TO_NUMBER.match(self.structure.scan, pos)
        if m is None:
            return False
        unit = self.structure.scan[m.end():m.end() + len(d.unit) + 1]
        return unit[:len(d.unit)].lower() == d.unit.lower() and not unit[len(d.unit):].isalnum()

    def _shared_predicate(self, d: Draft, got: str) -> str:
        """`Có 11/15 khoản thu và 9/10 huyện đạt trên 50% dự toán`, `120 hộ, 300 nhân khẩu bị ảnh hưởng`: counts
        coordinated by `và` or a comma share the predicate after the last of them; a count with no predicate of its own
        takes it."""
        s = self.structure
        m = self.r.coordinated.match(s.scan, d.end, d.end + _NEAR)
        at = m.end() if m else d.end
        if got.lower().rstrip() != _SPACES.sub(" ", s.text[d.start:at]).lower().split(" ", 1)[-1].strip() and \
                got.lower().strip() != d.unit.lower():
            return got          # it has words of its own after its noun
        sibling = _AND_A_COUNT.match(s.scan, at, at + 40)
        if sibling is None:
            return got
        unit = _figures._unit_at(s.text, s.scan, sibling.end(), _figures.rules(self.patterns), allow_segment=False)
        if unit is None or unit.kind != "count":
            return got
        more = self.r.coordinated.match(s.scan, unit.end, unit.end + _NEAR)
        after = more.end() if more else unit.end
        if _NO_PREDICATE.match(s.scan, after, after + 10):
            return got          # `Có 4 huyện và 2 thị xã.`: nothing said of them
        tail = self._phrase_after(after)
        return f"{got} {tail}" if tail else got

    def _people_item_before(self, d: Draft) -> str | None:
        """What the item before ``d`` in its sentence counted, when it counted people by a noun of their own (`du học sinh
        Việt Nam`) and every item between counts them by the generic word; else None."""
        sentence_start = self.structure.sentence(d.start)[0]
        for g, said in reversed(self.given[-_LIST_ITEMS:]):
            if g.start < sentence_start or g.start >= d.start or g.kind != "count" or not _figures._people(g.unit):
                return None
            if g.unit.lower() not in _GENERIC_PEOPLE:
                return said or None
        return None

    def _phrase_after(self, pos: int) -> str:
        """The predicate words after ``pos`` up to the clause's end (`đạt điểm đánh giá khá`)."""
        s = self.structure
        _, e = s.sentence(pos)
        m = _CLAUSE_END.search(s.scan, pos, e)
        end = m.start() if m else e
        companion = _COMPANION_AFTER.search(s.scan, pos, end)
        words = s.text[pos:companion.start() if companion else end].split()
        return " ".join(words[:10])

    def _phrases(self, start: int, end: int) -> list[tuple[int, str]]:
        """The indicator phrases that start in [start, end) (within one sentence): a head noun up to the next
        stop, or up to ``end``. A sentence's phrases are found once and reused by all its figures, so a
        figure-dense sentence costs a look-up per figure."""
        sentence = self.structure.sentence(start)
        found = self._sentence_phrases.get(sentence[0])
        if found is None:
            found = self._sentence_phrases[sentence[0]] = self._find_phrases(*sentence)
        text = self.structure.text
        out: list[tuple[int, str]] = []
        for at, stop_at, words in found:
            if at < start:
                continue
            if at >= end:
                break
            out.append((at, words if stop_at <= end else _SPACES.sub(" ", text[at:end]).strip()))
        return out

    def _find_phrases(self, start: int, end: int) -> list[tuple[int, int, str]]:
        scan, text = self.structure.scan, self.structure.text
        out: list[tuple[int, int, str]] = []
        done = start
        for m in self.r.heads.finditer(scan, start, end):
            if m.start() < done:
                continue                       # a head inside the phrase before (`tốc độ tăng trưởng GRDP`)
            stop_at = self._stop(scan, m.end(), end)
            out.append((m.start(), stop_at, _SPACES.sub(" ", text[m.start():stop_at]).strip()))
            done = stop_at
        return out

    def _own_set_after_claim(self, d: Draft, got: str) -> int | None:
        """`tỷ lệ người tập luyện thường xuyên đạt 35% và có ít nhất 26% gia đình thể thao`: a share that names the set
        it is of right after it, said after another figure of its sentence, starts a claim of its own: the end of that
        figure (and of its attributes), where its indicator is looked for; else None. ``got``: the words that name the
        share, which must be those after it. Not a share of a plan, a total, a work's volume or a population (`đạt 35%
        và bằng 90% kế hoạch`, `đã hoàn thành 85% khối lượng`), which goes on speaking of the claim before."""
        if d.kind != "percent" or not self.given:
            return None
        s = self.structure
        before = self.given[-1][0]
        sentence_start = s.sentence(d.start)[0]
        end = max(before.end, before.attr_end)
        if not sentence_start <= before.start or end > d.number.start:
            return None
        after = _SET_AFTER.match(s.scan, d.end)
        first = got.split()[0].lower() if got.split() else ""
        if after is None or _BASE_OF_SHARE.match(s.scan, after.end()) is not None or not first or \
                s.scan[after.end():after.end() + len(first)].lower() != first:
            return None
        return end

    def _listed_under_lead(self, d: Draft, own: str) -> str | None:
        """`Một số ngành có chỉ số tăng cao như: dệt may tăng 12,1%; da giày tăng 8,4%`: an item of a list that names
        itself by common nouns (``own``, its words before the figure) measures the indicator its lead names, for it
        (`chỉ số dệt may`); None when the figure is not such an item. Not a part of a whole said before (`gồm:` after a
        total names parts of it), nor an item whose words run long (a clause of its own)."""
        s = self.structure
        own = _trim_edges(own).strip(" ,;:")
        if d.whole is not None or not own or _VALUE_WORDS.fullmatch(own) or len(own.split()) > _LABEL_WORDS or \
                not _LETTER.search(own) or any(c.isdigit() for c in own):
            return None
        sentence_start = s.sentence(d.start)[0]
        # (a lead ends with `:` or one of the words :data:`_LIST_LEAD_END` names)
        lead = _LIST_LEAD_END.search(s.scan, sentence_start, d.number.start) \
            if s.scan.find(":", sentence_start, d.number.start) >= 0 or \
            _holds(s.scan, sentence_start, d.number.start, "như", "gồm", "cụ") else None
        if lead is None or lead.start() <= sentence_start or \
                any(c.isdigit() for c in s.scan[sentence_start:lead.start()]) or \
                _SET_APART.search(s.scan, lead.end(), d.number.start) is not None:
            return None
        indicator = _LEAD_EDGES.sub("", self._indicator_in(sentence_start, lead.start()) or "").strip()
        if not indicator or own.lower() in indicator.lower() or \
                (d.kind != "percent" and not (d.kind == "money" and _SUM_HEAD.match(indicator)) and
                 not (d.kind == "measure" and _QUANTITY_HEAD.match(indicator))):
            return None     # (`kim ngạch lớn: …; cà phê 61,5 nghìn tấn`: a quantity of an item is no sum of it)
        return f"{indicator} {own}"

    def _indicator_in(self, start: int, end: int, head: str | None = None) -> str | None:
        for _, words in reversed(self._phrases(start, end)):
            if head is None or head in ("con số", "số liệu") or words.lower().startswith(head.lower()) or \
                    (head.isupper() and regex.search(rf"(?<!\w){regex.escape(head)}(?!\w)", words)):
                # (an acronym stands for the phrase it ends: `GRDP` for `tốc độ tăng trưởng GRDP`)
                if head is None or len(words) > len(head):
                    return words
        return None

    def _indicator_before(self, pos: int, head: str | None = None) -> str | None:
        """The indicator named last before ``pos``: in its sentence, else in the sentences before.

        The answer depends only on the phrases of the sentence that start before ``pos`` (and on ``pos`` itself
        when the last of them runs past it), so the figures of a figure-dense sentence share it."""
        s = self.structure
        sentence = s.sentence(pos)
        sentence_start = sentence[0]
        self._phrases(sentence_start, sentence_start)          # (the sentence's phrases, found once)
        phrases = self._sentence_phrases[sentence_start]
        k = bisect.bisect_left(phrases, pos, key=_START)
        key = (head, sentence_start, k, pos if k and phrases[k - 1][1] > pos else -1)
        if key in self._before:
            return self._before[key]
        found = self._indicator_in(sentence_start, pos, head)
        if not found:
            for a, b in s.sentences_before(pos):
                found = self._indicator_in(a, b, head)
                if found:
                    break
        self._before[key] = found or None
        return found or None

    # -- cleaning -------------------------------------------------------------------------------
    def _is_place(self, start: int, end: int) -> bool:
        return any(a < end and start < b for a, b in self._place_spans)

    def _only_places(self, phrase: str) -> bool:
        return not self._strip_places(phrase).strip()

    def _strip_places(self, phrase: str, *, localities: bool = True) -> str:
        """``phrase`` with the places it names blanked out: provinces and districts, and (``localities``) the
        communes, wards and hamlets, which an item of a list names as it would a district. (Asked again for the same
        phrase by half the calls: the article's places are fixed, so each answer is kept.)"""
        key = (phrase, localities)
        out = self._stripped.get(key)
        if out is None:
            out = self._stripped[key] = self._blank_places(phrase, localities)
        return out

    def _blank_places(self, phrase: str, localities: bool) -> str:
        out = phrase
        blanked = False
        for t in (self._place_texts if localities else self._named_places):
            if t in out:
                out = out.replace(t, " ")
                blanked = True
        # (`toàn [tỉnh Sơn La]`: the word for the whole of a place goes with it)
        return _WHOLE_OF_BLANK.sub(" ", out) if blanked else out

    def _fuller(self, subject: str, pos: int) -> str:
        """A bare head noun (`tỷ lệ`) stands for the indicator spelled out just before with that head
        (its sentence or the few before it); else it stays bare."""
        if self.r.heads.fullmatch(subject.strip()) is None:
            return subject
        head = subject.strip()
        found = self._indicator_before(pos, head=head)
        if found and len(found) > len(head) + 2:
            return found
        sentence = self.structure.sentence(pos)
        if any(len(words) > len(head) + 2 for _, words in self._phrases(*sentence)):
            return subject    # `diện tích lúa …, năng suất …, sản lượng …`: the bare one shares its sentence's thing
        return self._only_name(head) or subject

    def _only_name(self, head: str) -> str | None:
        """The one indicator the whole article spells out with ``head`` (`tỷ lệ hồ sơ trực tuyến toàn
        trình`), when it names one only and more than once: a bare `tỷ lệ` in an article about one rate is
        that rate, even where the name comes after it. Two different names, or a name said once, leave it bare."""
        key = head.lower()
        if key not in self._names:
            found = []
            for m in self.r.heads.finditer(self.structure.scan):
                if m.group().lower() != key:
                    continue
                words = self._named_from(m)
                if len(words) > len(head) + 2 and self.r.back_reference.search(words) is None:
                    found.append(words)
            self._names[key] = _one_name(found)
        return self._names[key]

    def _unit_name(self, unit: str) -> str | None:
        """The one thing the article names with the noun ``unit`` and words after it (`1.528 tổ công nghệ số
        cộng đồng`): when it names one only (the others longer forms of it) and more than once."""
        key = "\0" + unit
        if key not in self._names:
            found = []
            noun = rxcache.compile(rf"(?<!\w){regex.escape(unit)}(?!\w)", regex.IGNORECASE)
            for m in noun.finditer(self.structure.scan):
                words = _PREDICATE_AFTER_NAME.split(self._named_from(m), maxsplit=1)[0]
                if _PROPER_AFTER.match(words, len(unit)):
                    continue    # (`Phòng Văn hóa - Thông tin`: an office's proper name, no thing counted in `phòng`)
                if len(words.split()) >= len(unit.split()) + 2 and self.r.back_reference.search(words) is None:
                    found.append(words)
            self._names[key] = _one_name(found)
        return self._names[key]

    def _label_names(self, d: Draft) -> str | None:
        """The phrase that opens with ``d``'s unit noun at the end of the label right before it (`… cho trẻ 9 tháng
        tuổi: 7.412 trẻ`), when it says more than the noun; else None."""
        s = self.structure
        colon = _COLON_BEFORE.search(s.scan, max(0, d.number.start - 6), d.number.start)
        if colon is None:
            return None
        start = max(s.sentence(d.start)[0], colon.start() - _LABEL_REACH)
        noun = rxcache.compile(rf"(?<!\w){regex.escape(d.unit)}(?!\w)", regex.IGNORECASE)
        last = None
        for m in noun.finditer(s.scan, start, colon.start()):
            last = m
        if last is None:
            return None
        words = _SPACES.sub(" ", s.text[last.start():colon.start()]).strip()
        return words if len(words.split()) >= len(d.unit.split()) + 2 and not any(c in words for c in ",;:()") \
            else None

    def _named_from(self, m: regex.Match[str]) -> str:
        """The phrase the noun matched by ``m`` opens, up to where a phrase stops (:meth:`_stop`)."""
        s = self.structure
        return _trim_edges(_SPACES.sub(" ", s.text[m.start():self._stop(s.scan, m.end())])).strip()

    def _clean(self, subject: str | None, d: Draft, *, fuller: bool = True) -> str | None:
        if not subject:
            return None
        if len(subject) > _MAX_SUBJECT:     # a phrase, not a page: its last words
            subject = subject[-_MAX_SUBJECT:].split(" ", 1)[-1]
        if fuller:
            subject = self._fuller(subject, d.start)
        if not _LETTER.search(subject):   # what follows only takes characters away: no letter ever comes back
            return d.unit if d.kind == "count" else None
        if _DAY_PHRASE_WORD.search(subject):
            # `Lượng mưa lớn nhất được ghi nhận vào ngày 22/9/2023`: a day says when (the period), not what
            subject = _SPACES.sub(" ", _DAY_PHRASE.sub(" ", subject)).strip()
        said = _SAYER_OPENS.match(subject)
        if said is not None and _LETTER.search(said.group("what")):
            # `Bộ Nông nghiệp và Phát triển nông thôn dự báo xuất khẩu gạo`: who forecasts or says it is the source;
            # what is said of is the subject
            subject = said.group("what")
        if _YEAR_DIGITS.search(subject):
            # (and so does a stretch of months or a year between its words: `căn 6 tháng cuối năm 2024 hoàn thành thêm`)
            subject = _SPACES.sub(" ", _SPAN_PHRASE.sub(" ", subject)).strip()
        # (a commune stays: `hộ của xã Khánh Yên` in an article about that commune says which households)
        cleaned = _SPACES.sub(" ", self._strip_places(subject, localities=False))
        if cleaned != subject:      # `tỷ lệ hộ nghèo cao nhất tỉnh [Hà Giang]`: the level word its place's name left
            cleaned = _LEVEL_LEFT.sub("", _SPACES.sub(" ", _EMPTIED_BRACKET.sub(" ", cleaned)))  # (and `(quận [X])`)
        for _ in range(3):
            if (trimmed := _trim_edges(cleaned).strip()) == cleaned:
                break
            cleaned = trimmed
        if not cleaned or not _LETTER.search(cleaned):
            return d.unit if d.kind == "count" else None
        if cleaned.count("(") > cleaned.count(")") and subject.rstrip().endswith(")"):
            cleaned += ")"               # `tổng sản phẩm trên địa bàn (GRDP)`: the edge trim took its bracket
        unit = d.unit.lower()
        if fuller and d.kind == "count" and cleaned.lower() == unit and (labelled := self._label_names(d)):
            # `3. Tiêm sởi mũi 1 cho trẻ 9 tháng tuổi: 7.412 trẻ`: the label before the colon names what its bare unit
            # counts, in the words that open with that noun
            return labelled
        if fuller and d.kind == "count" and cleaned.lower() == unit and (named := self._unit_name(unit)):
            # `huyện Bát Xát (236 tổ)` in an article on `tổ công nghệ số cộng đồng`: a bare unit noun stands for the
            # one thing of that noun the article names, when it names one only and more than once
            return named
        if unit in AREA_UNITS and cleaned.lower().startswith(unit + " "):
            # `gieo cấy 75.200 ha lúa`: an area of a crop or a land is that area (`diện tích lúa`)
            cleaned = "diện tích " + cleaned[len(unit) + 1:]
            done = _LAND_DEALT_BEFORE.search(self.structure.scan, max(0, d.number.start - 40), d.number.start)
            if done is not None and done.group("v").lower() not in cleaned.lower():
                # `thu hồi 47,3 ha đất`: what was done to the land says which land (`diện tích đất thu hồi`)
                cleaned = f"{cleaned} {done.group('v').lower()}"
        if unit in ENERGY_UNITS and "điện" not in cleaned.lower() and _VERB_ONLY_SUBJECT.fullmatch(cleaned):
            # `toàn tỉnh tiết kiệm được 108,5 triệu kWh`: what a verb did in kilowatt-hours is electric energy (`điện năng
            # tiết kiệm`)
            cleaned = f"điện năng {cleaned}"
        return cleaned

"""The time layer: period phrases and the article's publication date.

Vietnamese reports locate their figures in time with phrases such as
``năm 2021``, ``quý I/2022``, ``6 tháng đầu năm``, ``tính đến ngày 30/6/2023``
or ``giai đoạn 2021-2025``. This module finds every such phrase in an article
and resolves it to ISO start and end dates (FIGURES.md §3), and finds the
article's own date (its dateline).

The regexes are rule data in ``patterns/periods.toml``; this module only
knows what each entry's ``span`` means. Every entry is one table::

    [quarter]
    pattern = 'quý\\s+{QUARTER}(?:\\s*/\\s*{YEAR})?'
    span = "quarter"          # what the match denotes, see PeriodRule.span
    mode = "span"             # "as_of" drops the start, "since" ends at `published`
    sets_year = true          # may a year stated here date later yearless phrases?
    examples = ["trong quý I/2022, ...", {text = "quý 1 năm 2022", start = "2022-01-01", end = "2022-03-31"}]
    negative_examples = ["khách hàng quý báu"]

Patterns may use the macros of :data:`MACROS` (``{YEAR}``, ``{MONTH}``,
``{DAY}``, ``{QUARTER}``, ``{COUNT}`` ...), which expand to named groups
(``y``, ``m``, ``d``, ``q``, ``n`` ...). The span of an entry says which of
those groups it needs; :func:`rules` checks that when it compiles the entry.

Spans chosen where Vietnamese usage is vague (documented here once):

* ``đầu năm`` (early in the year) is the first quarter, Jan 1 – Mar 31;
  ``những tháng cuối năm`` (the last months) is the last quarter, Oct 1 – Dec 31.
  ``cuối năm``, ``đến cuối năm``, ``đến hết năm`` are an as-of date, Dec 31
  (a stock counted at the year's end).
* ``năm học 2022-2023`` (a school year) is 2022-09-01 – 2023-05-31, the span
  of the Vietnamese school calendar from opening day to the end of the second
  semester.
* ``N tháng`` / ``N tháng đầu năm`` counts months from January: ``9 tháng`` is
  Jan 1 – Sep 30; ``N tháng cuối năm`` counts back from December.
* ``hiện nay``, ``đến nay`` are as of the publication date (start None);
  ``từ đầu năm (đến nay)`` and ``từ năm 2020 đến nay`` run from the start of
  that year to the publication date.
* ``tuần 41`` (a week by its number, as weekly health bulletins count them) is
  the ISO week of that number, Monday to Sunday.
* ``cùng kỳ`` (the same period, a change baseline) is reported with neither
  start nor end; :func:`resolve_baseline` dates it against the current period.

Year inheritance (``find_periods``): a phrase without a year takes the year
of the last item of a list of like phrases it opens (``quý I và quý II/2023``,
``tháng 6, tháng 7/2023``), else the year of the nearest earlier phrase that
states one, else the year of ``published``, else the year after that of the
nearest ``cùng kỳ năm Y`` baseline anywhere in the article (``so với cùng kỳ năm
2023`` speaks of 2024), else it stays unresolved (still reported).
``năm nay``/``năm ngoái`` count from the year of ``published`` first. Phrases that do not date the
sentence around them never set that year: entries with ``sets_year = false``
(multi-year spans, ``đến năm 2030`` horizons, ``cùng kỳ``), a phrase right after
``so với``, ``gấp N lần``, ``bằng N%``, ``cao/thấp hơn`` (a comparison baseline, ``tăng 10% so với năm
2022``), one that opens a bracket giving its own value (``(năm 2023 là 63,2%)``) and one right
after ``cho``/``sang``/``chuẩn bị`` (the purpose of a plan, ``kinh phí cho năm 2023``).
"""
from __future__ import annotations

import bisect
import calendar
import dataclasses
import datetime as dt
import functools
import weakref
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, Literal

import regex
from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from . import lazyre
from .errors import PatternError
from .normalise import sentence_spans
from .patterns import DEFAULT_FLAGS, PatternSet, load, match_timeout
from .structure import pipe_row
from .windows import anchor_spans, check_words, finditer_in, fold, having, merge, odd_cases, plain_word, word_spans

__all__ = ["PeriodMention", "PeriodRule", "find_periods", "resolve_baseline", "find_published",
           "check_example", "rules", "expand_macros", "MACROS", "STEM"]

#: The pattern file this module reads (``patterns/periods.toml``).
STEM = "periods"

#: Building blocks a pattern may use as ``{NAME}``; they expand before compiling.
#: Groups: ``y``/``y2`` year, ``m``/``m2`` month, ``d``/``d2`` day, ``q``
#: quarter (1-4 or I-IV), ``n`` a month count (digits or words), ``rel`` a
#: relative year word (``nay`` this year, ``ngoái``/``trước`` last year).
MACROS: dict[str, str] = {
    "YEAR": r"(?<y>(?:19|20)\d\d)(?!\d)",
    "YEAR2": r"(?<y2>(?:19|20)\d\d)(?!\d)",
    # a crop season (`vụ lúa Đông Xuân`, `vụ Hè Thu`, `vụ mùa`; of another crop by its two seasons' names, `vụ ớt Đông
    # Xuân`, `vụ dưa hấu Thu Đông`) or a dry or rainy season (`mùa khô`)
    "SEASON": r"(?:vụ\s+(?:lúa\s+)?(?:đông\s+xuân|hè\s+thu|thu\s+đông|xuân\s+hè|chiêm\s+xuân|chiêm|mùa|xuân|đông)"
              r"|vụ(?:\s+(?-i:\p{Ll}+)){1,2}?\s+(?:đông\s+xuân|hè\s+thu|thu\s+đông|xuân\s+hè|chiêm\s+xuân)"
              r"|mùa\s+(?:khô|mưa|mưa\s+bão|lũ))",
    "YEAR_REL": r"(?:(?<y>(?:19|20)\d\d)(?!\d)|(?<rel>nay|ngoái)(?![\p{L}\p{N}]))",
    "MONTH": r"(?<m>1[0-2]|0?[1-9])(?!\d)",
    "MONTH2": r"(?<m2>1[0-2]|0?[1-9])(?!\d)",
    # a month named in words, capitalised (lowercase `tháng một lần` is "once a month"): tháng Một,
    # tháng Mười Hai, tháng Giêng (the first), tháng Chạp (the twelfth)
    "MONTH_WORD": (r"(?-i:(?<mw>Mười\s+Một|Mười\s+Hai|Mười|Một|Giêng|Hai|Ba|Tư|Bốn|Năm|Sáu|Bảy|Tám|Chín|Chạp"
                   r"|MƯỜI\s+MỘT|MƯỜI\s+HAI|MƯỜI|MỘT|GIÊNG|HAI|BA|TƯ|BỐN|NĂM|SÁU|BẢY|TÁM|CHÍN|CHẠP))(?![\p{L}\p{N}])"),
    "DAY": r"(?<d>3[01]|[12]\d|0?[1-9])(?!\d)",
    "DAY2": r"(?<d2>3[01]|[12]\d|0?[1-9])(?!\d)",
    "QUARTER": r"(?<q>IV|III|II|I|[1-4])(?![\p{L}\p{N}])",
    "QUARTER2": r"(?<q2>IV|III|II|I|[1-4])(?![\p{L}\p{N}])",
    # (a quick guard first: the look-behind runs only where a count starts)
    "COUNT": (r"(?=mười|một|hai|ba|bốn|tư|năm|sáu|bảy|bẩy|tám|chín|\d)"
              r"(?<!\b(?:mười|mươi|trăm|nghìn|ngàn)\s{1,3})"  # not the tail of 'mười ba'
              # (nor of 'một trăm lẻ ba'; a digit after `lẻ` is none: `tổng mức bán lẻ 6 tháng đầu năm`)
              r"(?:(?=\d)|(?<!\b(?:lẻ|linh)\s{1,3}))"
              r"(?<n>mười\s+một|mười\s+hai|mười|một|hai|ba|bốn|tư|năm|sáu|bảy|bẩy|tám|chín"
              r"|1[0-2]|0?[1-9])(?![\p{L}\p{N}])"),
    "DASH": r"\s*[-–—‐‑−]\s*",
    "DSEP": r"[/\-]",
    "TIME": r"\d{1,2}[:hg]\d\d(?::\d\d)?(?:\s*(?:AM|PM|SA|CH))?",
    "WEEKDAY": r"(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật|CN|T[2-7])(?![\p{L}\p{N}])",
    "NUM_START": r"(?<![\p{L}\p{N}.,/\-])(?<!số\s)",
    "NUM_END": r"(?![\p{N}]|[.,/\-]\p{N}|[/\-]\p{L})",
    "WORD_START": r"(?<![\p{L}\p{N}])",
    "WORD_END": r"(?![\p{L}\p{N}])",
    "UNTIL": r"(?:(?:tính|cho)\s+)?(?:đến|tới)",
}
_MACRO_RX = lazyre.compile(r"(?<!\\[pP])\{([A-Z][A-Z0-9_]+)\}")

Span = Literal["day", "days", "first_days", "month", "months", "quarter", "first_months", "last_months", "year",
               "years", "year_list", "school_year", "early_year", "late_year", "now", "same_period", "dateline",
               "first_half", "second_half", "month_first_half", "month_second_half", "decade", "report_month",
               "report_quarter", "report_week", "report_holiday", "report_school_year",
               "past_months", "years_to_month", "years_to_quarter", "years_to_day", "month_to_year", "week"]

#: The groups each span needs (all of them) in its pattern.
_NEEDS: dict[str, frozenset[str]] = {
    "day": frozenset("dm"), "days": frozenset({"d", "m", "d2", "m2"}), "first_days": frozenset("d"),
    "month": frozenset("m"),
    "months": frozenset({"m", "m2"}), "quarter": frozenset("q"), "first_months": frozenset("n"),
    "last_months": frozenset("n"), "year": frozenset(), "years": frozenset({"y", "y2"}),
    "year_list": frozenset("y"), "school_year": frozenset({"y", "y2"}), "early_year": frozenset(),
    "late_year": frozenset(), "now": frozenset(), "same_period": frozenset(), "dateline": frozenset("dmy"),
    "first_half": frozenset(), "second_half": frozenset(), "month_first_half": frozenset("m"),
    "month_second_half": frozenset("m"), "decade": frozenset("y"), "report_month": frozenset(),
    "report_quarter": frozenset(), "report_week": frozenset(), "report_holiday": frozenset(),
    "report_school_year": frozenset(), "past_months": frozenset("n"),
    "years_to_month": frozenset({"y", "m2"}), "years_to_quarter": frozenset({"y", "q2"}),
    "years_to_day": frozenset({"y", "d2", "m2"}),
    "month_to_year": frozenset({"m", "y2"}), "week": frozenset("n"),
}
_KNOWN_GROUPS = frozenset({"d", "m", "y", "d2", "m2", "y2", "q", "q2", "n", "rel", "past", "sep", "mw"})
_MONTH_WORDS = {"một": 1, "giêng": 1, "hai": 2, "ba": 3, "tư": 4, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8,
                "chín": 9, "mười": 10, "mười một": 11, "mười hai": 12, "chạp": 12}

_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
_COUNT_WORDS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "tư": 4, "năm": 5, "sáu": 6, "bảy": 7, "bẩy": 7,
                "tám": 8, "chín": 9, "mười": 10, "mười một": 11, "mười hai": 12}
_REL_WORDS = {"nay": 0, "này": 0, "ngoái": -1, "trước": -1}

#: Right before a phrase, marks it as not dating the facts around it: the baseline of a
#: comparison (``so với năm 2022``, ``gấp 2 lần năm 2023``, ``bằng 95% năm 2023``, ``cao hơn năm 2023``, the one ranked
#: before, ``…, sau năm 2019``, the average it is set against, ``cao hơn trung bình giai đoạn 1991-2020``)
#: or the purpose of a plan (``kinh phí cho năm 2023``), the time a record was set (``đỉnh lũ lịch sử năm 2020``,
#: ``kỷ lục 43,4°C ghi nhận năm 2019``), or the
#: number of the document a date was issued on (``Quyết định số 1726/QĐ-TTg ngày 29/12/2023``).
_NON_DATING_CUE = lazyre.compile(
    # (and the level compared with, its value said: `so với mức 18% của năm 2022`)
    r"(?:so\s+với\s+(?:(?:cùng\s+k[ỳì]|số\s+liệu|mức|kết\s+quả)\s+(?:[\d.,]+\s*%\s+)?(?:của\s+)?|(?:\p{L}+\s+){1,4}?)?"
    # (and the base a share is of, named at some length: `bằng 10,4% số biên chế giao năm 2021`)
    r"|(?<![\p{L}])(?:gấp|bằng)\s+(?:(?:gần|hơn|khoảng|xấp\s+xỉ)\s+)?(?:đôi|rưỡi|[\d.,]+\s*(?:lần|%))\s+(?:(?:của|so\s+với)\s+)?"
    # (or said of when the base was, `gấp 4 lần khi mới vận hành năm 2021`: the baseline's year)
    r"(?:(?:khi|lúc|hồi|thời\s+điểm)(?:\s+\p{L}+){0,4}?\s+)?"
    r"(?:(?:tổng\s+)?số(?:\s+\p{L}+){1,5}\s+)?"
    # (`cao hơn mức tăng 2,1% của quý I/2023`: the level compared with, and its value)
    r"|(?<![\p{L}])(?:cao|thấp)\s+hơn\s+(?:(?:mức|tốc\s+độ)(?:\s+(?:tăng|giảm))?(?:\s+trưởng)?\s+(?:[\d.,]+\s*%\s+)?(?:của\s+)?)?"
    # (the average a level is set against: `cao hơn trung bình giai đoạn 1991-2020 khoảng 0,8°C`)
    r"(?:(?:trung\s+bình|bình\s+quân)(?:\s+nhiều\s+năm)?\s+(?:của\s+)?)?"
    r"|(?<![\p{L}])(?:cho|sang|chuẩn\s+bị)\s+"
    # (the one ranked before: `là năm nóng thứ hai …, sau năm 2019`, `chỉ đứng sau năm 2016`)
    r"|(?:(?<![\p{L}])(?:chỉ|đứng|xếp)\s+|,\s*)sau\s+"
    # (a record of the past: `vượt đỉnh lũ lịch sử năm 2020`, `mức kỷ lục năm 2019` is when the record was set)
    r"|(?<![\p{L}])(?:lịch\s+sử|kỷ\s+lục)\s+(?:[\d.,]+\s*[^\s\d]+\s+)?"
    r"(?:(?:của|vào|trong|từ|xảy\s+ra|(?:được\s+)?ghi\s+nhận(?:\s+(?:vào|trong))?|lập)\s+)?"
    # (the date a document was issued, after its number: `Quyết định số 1726/QĐ-TTg ngày 29/12/2023` names the document;
    # not a date that opens the next sentence, `… Thông tư số 24/2023/TT-BCA.\n\nĐến ngày 30/6/2024, …`)
    r"|(?<![\p{L}\d])\d+/(?=[\w/.\-&]*\p{L})[\w/.\-&]*(?<!\.)[^\S\n]+(?:ngày\s+)?)$", regex.IGNORECASE)
#: a plan's word right before a month or a quarter (`Kế hoạch quý IV/2024`, a table's column): the period planned for,
#: not the one a later `trong quý` reports on
_PLAN_BEFORE = lazyre.compile(r"(?<![\p{L}])(?:kế\s+hoạch|chỉ\s+tiêu|mục\s+tiêu|dự\s+kiến)\s+$", regex.IGNORECASE)
#: a bracketed aside that gives another period's value (``(năm 2023 là 63,2%)``, ``(cuối năm 2023 là 1,98%)``): its
#: phrase dates that value only
_ASIDE_VALUE = lazyre.compile(r"\s*(?:là|đạt|:)?\s*(?:khoảng\s+|gần\s+|hơn\s+)?\d")
#: a name right before a year: a law's (`Luật Phòng, chống bạo lực gia đình năm 2022`, `Bộ luật Lao động năm 2019`,
#: `Hiến pháp năm 2013`: a capitalised title and a few words without digits or full stops) or an event's edition
#: (`Đại hội Thể dục thể thao toàn quốc lần thứ X năm 2026`)
_NAME_BEFORE_YEAR = lazyre.compile(r"(?<!\p{L})(?:Bộ\s+luật|Luật(?!\s+sư\b)|Hiến\s+pháp|Pháp\s+lệnh)(?:\s+[\p{L},]+){0,10}?\s+$"
                                 r"|(?<!\p{L})lần\s+thứ\s+[\p{L}\d]+\s+$"
                                 # (a person's birth year, `Anh Nguyễn Văn An (sinh năm 1989)`: it dates the person,
                                 # no fact the article reports)
                                 r"|[(,]\s*sinh\s+$"
                                 # (the horizon in the name of a set of criteria or a programme: `đạt Bộ tiêu chí quốc
                                 # gia về y tế xã giai đoạn đến năm 2030`)
                                 r"|(?<!\p{L})(?:Bộ\s+tiêu\s+chí|Chương\s+trình|Chiến\s+lược|Đề\s+án|Quy\s+hoạch)"
                                 r"(?:\s+[\p{L},]+){0,12}?\s+giai\s+đoạn\s+$"
                                 # (and the plan a count is said against, `đã thành lập 12/16 khu bảo tồn biển theo quy
                                 # hoạch giai đoạn đến năm 2020`: which plan, not when the count holds)
                                 r"|(?<!\p{L})(?i:theo)\s+(?i:quy\s+hoạch|chương\s+trình|chiến\s+lược|đề\s+án)"
                                 r"(?:\s+[\p{L},]+){0,6}?\s+giai\s+đoạn\s+$")
_NAME_BEFORE_YEAR_REACH = 90
#: a year said as a bound, before or after which a group falls (`412 người nghỉ hưu trước năm 1995`), or from which a
#: series runs (`xếp thứ 2 trong chuỗi số liệu quan trắc từ năm 1961`): it sets no year for the bare months after it
#: (`Cũng trong tháng 7, …` is of the year the article reports on)
_BOUND_BEFORE = lazyre.compile(r"(?<![\p{L}])(?:trước|sau|từ)\s+$", regex.IGNORECASE)
#: a futures contract named by its month of delivery (`cà phê Robusta kỳ hạn giao tháng 3/2025`, `hợp đồng giao tháng
#: 5`): the month names the contract; the price is of the session, not of that month
_CONTRACT_BEFORE_MONTH = lazyre.compile(r"(?<!\p{L})(?:kỳ\s+hạn(?:\s+giao(?:\s+hàng)?)?|hợp\s+đồng(?:\s+kỳ\s+hạn)?"
                                       r"\s+giao(?:\s+hàng)?|(?-i:Robusta|Arabica)\s+giao)\s+$", regex.IGNORECASE)
_CONTRACT_REACH = 40
#: a month of the lunar calendar: `tháng Giêng`, `tháng Chạp` after a day (`mùng 5 tháng Giêng`, `29 tháng Chạp`), or any
#: month said `âm lịch`
_LUNAR_MONTH = lazyre.compile(r"tháng\s+(?-i:Giêng|Chạp)$", regex.IGNORECASE)
_DAY_BEFORE_MONTH = lazyre.compile(r"(?:(?<!\w)(?:mùng|mồng)\s+\S+|(?<![\d/.])\d{1,2})\s+$", regex.IGNORECASE)
_LUNAR_AFTER = lazyre.compile(r"\s*(?:âm\s+lịch|\(âm\s+lịch\))", regex.IGNORECASE)
#: How far back a baseline cue is looked for.
_CUE_WINDOW = 40
#: Lines, and characters, of the head of an article where a dateline is looked for.
HEAD_LINES = 15
HEAD_MIN_CHARS = 1500
HEAD_MAX_CHARS = 3000


class PeriodRule(BaseModel):
    """One entry of ``patterns/periods.toml``."""

    model_config = ConfigDict(extra="forbid")

    #: The regex (macros allowed); IGNORECASE unless ``case_sensitive``.
    pattern: str
    #: What a match denotes (the named groups it reads):
    #: ``day`` (d, m, y?) one day; ``days`` (d, m, y?, d2, m2, y2?) from one day to another;
    #: ``first_days`` (d, y?) the first d days of the year (`5 ngày đầu năm 2025`);
    #: ``month`` (m, y?); ``months`` (m, y?, m2, y2?) from one month to another;
    #: ``quarter`` (q, y?); ``first_months`` (n, y?) January to the end of month n;
    #: ``last_months`` (n, y?) the last n months; ``year`` (y? or rel?);
    #: ``years`` (y, y2) y-01-01 to y2-12-31; ``year_list`` (y repeated) one mention per year;
    #: ``school_year`` (y, y2 = y+1) Sep 1 to May 31; ``early_year`` / ``late_year`` (y?) the
    #: first / last quarter; ``first_half`` / ``second_half`` (y?) January-June / July-December;
    #: ``report_month`` (``trong tháng``, ``tháng này``) the month of the nearest earlier month phrase
    #: that states its year (the month a monthly report is about), else undated; ``report_quarter``
    #: (``trong quý``, ``quý này``) likewise the quarter of the nearest earlier quarter phrase; ``report_week``
    #: (``trong tuần``, ``tuần này``) the week of the nearest earlier range of days a week long; ``report_holiday``
    #: (``trong dịp lễ``, ``kỳ nghỉ Tết``) the nearest earlier range of days a holiday may last, else no period;
    #: ``past_months`` (n) the n months before a report (the year's first n when it is written at their end);
    #: ``years_to_month`` (y, m2, y2?) from 1 January of one year to the end of a month (`từ năm 2021 đến hết
    #: tháng 7/2024`), ``years_to_quarter`` (y, q2, y2?) to the end of a quarter (`từ năm 2021 đến hết quý IV/2024`),
    #: ``years_to_day`` (y, d2, m2, y2?) to a day (`từ năm 2022 đến ngày 30/11/2024`);
    #: ``month_to_year`` (m, y?, y2) from a month to the end of a year (`từ tháng 3/2022 đến hết năm 2023`);
    #: ``now`` the publication date; ``same_period`` (y?) a ``cùng kỳ``
    #: baseline, left undated; ``dateline`` (d, m, y) the article's own date, read by
    #: :func:`find_published` only (never a period).
    span: Span
    #: ``span`` as is; ``as_of`` keeps only the end (an "up to" date); ``since`` ends at `published`;
    #: ``year_to`` runs from 1 January of the end's year to the end (`từ đầu năm đến ngày 20/10/2024`);
    #: ``from_now`` runs from `published` to the end (`từ nay đến năm 2025`); ``onward`` keeps only the start (a
    #: level that applies from a day on, `từ ngày 1/7/2024, mức lương cơ sở là 2,34 triệu đồng`).
    mode: Literal["span", "as_of", "since", "year_to", "from_now", "onward"] = "span"
    #: Whether a year this phrase states dates later yearless phrases.
    sets_year: bool = True
    case_sensitive: bool = False
    #: A regex every match contains (``tháng``, ``\d``), or a list of them (a match contains
    #: one): the pattern then runs only within ``reach`` characters of their hits, not over
    #: the whole text (see :mod:`dtextract.windows`). Several plain words are faster as a
    #: list than as one alternation.
    anchor: str | list[str] | None = None
    #: How far (characters) a match may extend before or after an anchor hit.
    reach: int = Field(default=60, ge=1, le=1000)
    #: Words (lower case) one of which every match contains in its own text (not only in a
    #: lookbehind): the pattern skips the windows that hold none of them, case aside.
    requires: list[str] = []

    @field_validator("requires")
    @classmethod
    def _lower_words(cls, v: list[str]) -> list[str]:
        return check_words(v)

    @model_validator(mode="after")
    def _coherent(self) -> "PeriodRule":
        if self.span in ("dateline", "same_period", "year_list", *_REPORTED) and self.mode != "span" and \
                (self.span, self.mode) != ("report_school_year", "since"):
            # (`Từ đầu năm học đến nay`: the school year spoken of, from its start to now)
            raise ValueError(f"span {self.span!r} takes no mode")
        return self


@dataclass(frozen=True)
class PeriodMention:
    """A period phrase found in a text, with the dates it resolves to."""

    text: str  #: exact substring ``text[start:end]``
    start: int
    end: int
    period_start: str | None  #: ISO date, or None (as-of dates have no start)
    period_end: str | None  #: ISO date, or None (``cùng kỳ`` has neither)
    rule: str  #: the entry of periods.toml that matched
    explicit_year: bool  #: the phrase itself states its year


# -- compiling the rules ----------------------------------------------------------------------------------

@dataclass(frozen=True)
class Rule:
    """A checked entry of periods.toml; its regex is compiled when first used (:attr:`rx`)."""

    name: str
    spec: PeriodRule
    compile: Callable[[], regex.Pattern[str]] = field(compare=False, repr=False)
    order: int
    where: str   #: the file it comes from, for messages
    anchor: tuple[regex.Pattern[str], ...] | None = None
    #: ``spec.requires``, and the characters that keep a text from being read in lower case for them and for the
    #: anchors' words (:func:`dtextract.windows.odd_cases`, the same for every rule of a pattern set)
    requires: tuple[str, ...] = ()
    odd: frozenset[str] | None = None
    #: for each anchor, the word it is when it is a plain word (:func:`dtextract.windows.plain_word`), else None
    anchor_words: tuple[str | None, ...] = ()

    @functools.cached_property
    def rx(self) -> regex.Pattern[str]:
        """The compiled regex, with the groups its span needs (else PatternError naming file and entry)."""
        rx = self.compile()
        groups = set(rx.groupindex)
        missing = _NEEDS[self.spec.span] - groups
        if missing:
            raise PatternError(f"entry [{self.name}]: span {self.spec.span!r} needs the group(s) "
                               f"{', '.join(sorted(missing))} (see MACROS)", path=self.where)
        unknown = groups - _KNOWN_GROUPS
        if unknown:
            raise PatternError(f"entry [{self.name}]: unknown group(s) {', '.join(sorted(unknown))}; "
                               f"known: {', '.join(sorted(_KNOWN_GROUPS))}", path=self.where)
        return rx


def expand_macros(pattern: str, *, where: str = "", name: str = "") -> str:
    """Replace every ``{NAME}`` of :data:`MACROS` in ``pattern``.

    >>> expand_macros(r'quý\\s+{QUARTER}')
    'quý\\\\s+(?<q>IV|III|II|I|[1-4])(?![\\\\p{L}\\\\p{N}])'
    >>> expand_macros(r'\\d{4}\\p{L}')   # quantifiers and \\p{..} classes are left alone
    '\\\\d{4}\\\\p{L}'
    """
    def sub(m: regex.Match[str]) -> str:
        try:
            return MACROS[m.group(1)]
        except KeyError:
            raise PatternError(f"entry [{name}]: unknown macro {{{m.group(1)}}} (known: "
                               f"{', '.join(sorted(MACROS))})", path=where or None) from None
    return _MACRO_RX.sub(sub, pattern)


_RULE_CACHE: "weakref.WeakKeyDictionary[PatternSet, list[Rule]]" = weakref.WeakKeyDictionary()


def rules(patterns: PatternSet | None = None) -> list[Rule]:
    """The entries of periods.toml, validated and compiled, in file order (cached per PatternSet).

    Raises :class:`~dtextract.errors.PatternError` naming file and entry for an
    entry of the wrong shape, an unknown macro, a regex that does not compile or
    backtracks, or a pattern that lacks a group its span needs.
    """
    patterns = patterns or load()
    cached = _RULE_CACHE.get(patterns)
    if cached is not None:
        return cached
    out: list[Rule] = []
    raw = patterns.raw(STEM)
    for i, (name, spec) in enumerate(patterns.entries(STEM, PeriodRule).items()):
        where = str(raw[name].path) if name in raw else f"{STEM}.toml"
        flags = DEFAULT_FLAGS & ~regex.IGNORECASE if spec.case_sensitive else DEFAULT_FLAGS
        compile_rx = patterns.regex_later(STEM, name, expand_macros(spec.pattern, where=where, name=name),
                                          flags=flags)
        anchor = None if spec.anchor is None else tuple(
            patterns.regex(STEM, name, a, flags=flags) for a in ([spec.anchor] if isinstance(spec.anchor, str)
                                                                  else spec.anchor))
        rule = Rule(name, spec, compile_rx, i, where, anchor, tuple(spec.requires),
                    anchor_words=tuple(plain_word(a) for a in anchor) if anchor else ())
        if anchor is None or patterns.from_user(STEM, name):
            rule.rx   # noqa: B018 - compiled and checked now: a user's entry, or a rule that runs on every text
        out.append(rule)
    odd = odd_cases(w for r in out for w in (*r.requires, *(a for a in r.anchor_words if a)))
    out = [dataclasses.replace(r, odd=odd) if r.requires or any(r.anchor_words) else r for r in out]
    _RULE_CACHE[patterns] = out
    return out


# -- small date helpers ------------------------------------------------------------------------------------

def month_end(year: int, month: int) -> dt.date:
    """The last day of a month.

    >>> month_end(2024, 2), month_end(2023, 2), month_end(2022, 12)
    (datetime.date(2024, 2, 29), datetime.date(2023, 2, 28), datetime.date(2022, 12, 31))
    """
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def quarter_number(token: str) -> int:
    """A quarter written as a digit or a Roman numeral.

    >>> [quarter_number(t) for t in ("I", "ii", "III", "IV", "3")]
    [1, 2, 3, 4, 3]
    """
    token = token.strip().lower()
    return int(token) if token.isdigit() else _ROMAN[token]


def count_value(token: str) -> int:
    """A month count written in digits or Vietnamese words.

    >>> [count_value(t) for t in ("9", "06", "sáu", "Chín", "mười  một", "tư")]
    [9, 6, 6, 9, 11, 4]
    """
    token = " ".join(token.lower().split())
    return int(token) if token.isdigit() else _COUNT_WORDS[token]


def _iso(d: dt.date | None) -> str | None:
    return d.isoformat() if d else None


def _parse_iso(value: str | None, what: str) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except (TypeError, ValueError):
        raise ValueError(f"{what} must be an ISO date (YYYY-MM-DD), not {value!r}") from None


def _valid_day(day: int, month: int, year: int | None) -> bool:
    """Whether day/month(/year) exists; without a year, 29/2 is allowed."""
    try:
        dt.date(year if year is not None else 2000, month, day)
    except ValueError:
        return False
    return True


# -- parsing one match (context-free) ------------------------------------------------------------------------

@dataclass
class _Parts:
    """The fields a match states, checked for sense before any context is used."""

    d: int | None = None
    m: int | None = None
    y: int | None = None
    d2: int | None = None
    m2: int | None = None
    y2: int | None = None
    q: int | None = None
    q2: int | None = None    # the last quarter of a range (`quý III và quý IV`)
    n: int | None = None
    rel: int | None = None
    past: bool = False       # `Năm qua`: the year just past, as of the publication date
    years: list[tuple[int, int, int]] = field(default_factory=list)  # year_list: (year, start, end)


def _parse(rule: Rule, m: regex.Match[str]) -> _Parts | None:
    """The fields of ``m``, or None when they make no date (31/2, giai đoạn 2025-2021, ...)."""
    p = _Parts()
    groups = m.groupdict()   # once: a lookup by name per field costs several times more
    for key, lo, hi in (("d", 1, 31), ("m", 1, 12), ("y", 1000, 2999),
                        ("d2", 1, 31), ("m2", 1, 12), ("y2", 1000, 2999)):
        v = groups.get(key)
        if v is not None:
            if not v.isdigit() or not lo <= int(v) <= hi:  # a user pattern may capture more loosely
                return None
            setattr(p, key, int(v))
    try:
        q = groups.get("q")
        if q is not None:
            p.q = quarter_number(q)
        q2 = groups.get("q2")
        if q2 is not None:
            p.q2 = quarter_number(q2)
        n = groups.get("n")
        if n is not None:
            p.n = count_value(n)
    except (KeyError, ValueError):
        return None
    if (p.q is not None and not 1 <= p.q <= 4) or \
            (p.n is not None and not 1 <= p.n <= (53 if rule.spec.span == "week" else 12)) or \
            (p.q2 is not None and not (p.q < p.q2 <= 4 if p.q is not None else 1 <= p.q2 <= 4)):
        return None
    mw = groups.get("mw")
    if mw is not None:
        p.m = _MONTH_WORDS[" ".join(mw.lower().split())]
    rel = groups.get("rel")
    if rel is not None:
        word = rel.lower()
        if word not in _REL_WORDS:
            raise PatternError(f"entry [{rule.name}]: group rel matched {rel!r}, which is not one of "
                               f"{', '.join(_REL_WORDS)}", path=f"{STEM}.toml")
        p.rel = _REL_WORDS[word]
    p.past = groups.get("past") is not None
    span = rule.spec.span
    if p.d is not None and p.m is not None and not _valid_day(p.d, p.m, p.y):
        return None
    if p.d2 is not None and p.m2 is not None and not _valid_day(p.d2, p.m2, p.y2):
        return None
    if span in ("years", "school_year"):
        assert p.y is not None and p.y2 is not None
        if span == "school_year" and p.y2 != p.y + 1:
            return None
        if not p.y < p.y2 <= p.y + 50:
            return None
    if span == "year_list":
        caps = list(zip(m.captures("y"), m.spans("y")))
        first = int(caps[0][0])
        for text_year, (s, e) in caps:
            year = int(text_year)
            if abs(year - first) > 50 or any(year == y for y, _, _ in p.years):
                return None
            p.years.append((year, s, e))
        p.y = p.years[-1][0]
    return p


# -- resolving (with context) --------------------------------------------------------------------------------

def _stated_year(p: _Parts) -> int | None:
    """The last year a phrase states in digits (the one that dates what follows)."""
    return p.y2 if p.y2 is not None else p.y


def _dates(span: str, p: _Parts, year: int | None, published: dt.date | None
           ) -> tuple[dt.date | None, dt.date | None] | None:
    """Start and end of a span; (None, None) when the year is unknown; None when impossible."""
    if span == "now":
        return published, published
    if span == "same_period" or span in _REPORTED:
        return None, None
    if span == "years" or span == "school_year":
        assert p.y is not None and p.y2 is not None
        if span == "school_year":
            return dt.date(p.y, 9, 1), dt.date(p.y2, 5, 31)
        return dt.date(p.y, 1, 1), dt.date(p.y2, 12, 31)
    if span == "days":
        assert p.d is not None and p.m is not None and p.d2 is not None and p.m2 is not None
        wraps = (p.m, p.d) > (p.m2, p.d2)  # từ 15/12 đến 15/1: the end is in the next year
        # an inherited year is the start's (the range begins in the year being spoken of)
        base = p.y if p.y is not None else year
        end_year = p.y2 if p.y2 is not None else (base + wraps if base is not None else None)
        if end_year is None:
            return None, None
        start_year = p.y if p.y is not None else end_year - wraps
        if not (_valid_day(p.d, p.m, start_year) and _valid_day(p.d2, p.m2, end_year)):
            return None
        a, b = dt.date(start_year, p.m, p.d), dt.date(end_year, p.m2, p.d2)
        return (a, b) if a <= b else None
    if span == "years_to_month":
        assert p.y is not None and p.m2 is not None
        a, b = dt.date(p.y, 1, 1), month_end(p.y2 if p.y2 is not None else p.y, p.m2)
        return (a, b) if a <= b else None
    if span == "years_to_quarter":     # `từ năm 2021 đến hết quý IV/2024`: 1 January to the end of the quarter
        assert p.y is not None and p.q2 is not None
        a, b = dt.date(p.y, 1, 1), month_end(p.y2 if p.y2 is not None else p.y, 3 * p.q2)
        return (a, b) if a <= b else None
    if span == "years_to_day":      # `từ năm 2022 đến ngày 30/11/2024`: 1 January to the day
        assert p.y is not None and p.d2 is not None and p.m2 is not None
        end_year = p.y2 if p.y2 is not None else p.y
        if not _valid_day(p.d2, p.m2, end_year):
            return None
        a, b = dt.date(p.y, 1, 1), dt.date(end_year, p.m2, p.d2)
        return (a, b) if a <= b else None
    if span == "month_to_year":
        assert p.m is not None and p.y2 is not None
        a, b = dt.date(p.y if p.y is not None else p.y2, p.m, 1), dt.date(p.y2, 12, 31)
        return (a, b) if a <= b else None
    if span == "months":
        assert p.m is not None and p.m2 is not None
        wraps = p.m > p.m2  # từ tháng 10 đến tháng 3: the end is in the next year
        base = p.y if p.y is not None else year  # an inherited year is the start's
        end_year = p.y2 if p.y2 is not None else (base + wraps if base is not None else None)
        if end_year is None:
            return None, None
        start_year = p.y if p.y is not None else end_year - wraps
        a, b = dt.date(start_year, p.m, 1), month_end(end_year, p.m2)
        return (a, b) if a <= b else None
    if span == "past_months":
        assert p.n is not None
        if published is None:
            return None, None
        # `10 tháng qua` in a report of early November: the year's first ten months; a report written well after
        # them (`6 tháng qua` in October) speaks of the six months before its own
        year_to_date = 0 <= published.month - p.n <= 2 or (p.n == 12 and published.month <= 2)
        last_year, last_month = (published.year - (p.n == 12 and published.month <= 2), p.n) if year_to_date else \
            ((published.year, published.month - 1) if published.month > 1 else (published.year - 1, 12))
        first = last_year * 12 + last_month - p.n       # months since year 0, of the first month
        return dt.date(first // 12, first % 12 + 1, 1), month_end(last_year, last_month)
    if year is None:
        return None, None
    if span == "day":
        assert p.d is not None and p.m is not None
        if not _valid_day(p.d, p.m, year):
            return None
        day = dt.date(year, p.m, p.d)
        return day, day
    if span == "month":
        assert p.m is not None
        return dt.date(year, p.m, 1), month_end(year, p.m)
    if span in ("month_first_half", "month_second_half"):   # `nửa đầu tháng 1`: the 1st to the 15th; after: the rest
        assert p.m is not None
        return (dt.date(year, p.m, 1), dt.date(year, p.m, 15)) if span == "month_first_half" else \
            (dt.date(year, p.m, 16), month_end(year, p.m))
    if span == "quarter":
        assert p.q is not None
        return dt.date(year, 3 * p.q - 2, 1), month_end(year, 3 * (p.q2 or p.q))
    if span == "week":      # `tuần 41`: the week of the year by its ISO number, as health bulletins count them
        assert p.n is not None
        try:
            monday = dt.date.fromisocalendar(year, p.n, 1)
        except ValueError:
            return None
        return monday, monday + dt.timedelta(days=6)
    if span == "first_days":
        assert p.d is not None
        return dt.date(year, 1, 1), dt.date(year, 1, p.d)
    if span == "first_months":
        assert p.n is not None
        return dt.date(year, 1, 1), month_end(year, p.n)
    if span == "last_months":
        assert p.n is not None
        return dt.date(year, 13 - p.n, 1), dt.date(year, 12, 31)
    if span == "early_year":
        return dt.date(year, 1, 1), dt.date(year, 3, 31)
    if span == "first_half":
        return dt.date(year, 1, 1), dt.date(year, 6, 30)
    if span == "second_half":
        return dt.date(year, 7, 1), dt.date(year, 12, 31)
    if span == "late_year":
        return dt.date(year, 10, 1), dt.date(year, 12, 31)
    if span in ("year", "year_list"):
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    if span == "decade":    # `những năm 1990`: 1990 to 1999 (a year not ending in 0 names no decade)
        return (dt.date(year, 1, 1), dt.date(year + 9, 12, 31)) if year % 10 == 0 else None
    raise AssertionError(f"unhandled span {span!r}")  # pragma: no cover - Span is a closed Literal


def _apply_mode(mode: str, start: dt.date | None, end: dt.date | None, published: dt.date | None
                ) -> tuple[dt.date | None, dt.date | None]:
    if mode == "as_of":
        return None, end
    if mode == "onward":
        return start, None
    if mode == "year_to":
        return (dt.date(end.year, 1, 1) if end is not None else None), end
    if mode == "since":
        if start is None or published is None or published < start:
            return start, None
        return start, published
    if mode == "from_now":
        return published, end
    return start, end


@dataclass
class _Cand:
    start: int
    end: int
    rule: Rule
    parts: _Parts


#: Texts up to this long (a change's baseline, a table's label) have their candidates remembered:
#: the same short phrase is read again and again (`so với năm 2022` after many figures).
_MEMO_CHARS = 200
_MEMO_SIZE = 4096
#: (text, ids of the rules) -> (the rules, their candidates). The rules are kept in the value, so
#: their ids cannot be reused by other rules while the entry lives. Candidates are never mutated.
_CAND_MEMO: dict[tuple[str, tuple[int, ...]], tuple[tuple[Rule, ...], list[_Cand]]] = {}


def _candidates(text: str, rule_list: Iterable[Rule]) -> list[_Cand]:
    if len(text) > _MEMO_CHARS:
        return _find_candidates(text, rule_list)
    rule_list = tuple(rule_list)
    key = (text, tuple(map(id, rule_list)))
    hit = _CAND_MEMO.get(key)
    if hit is not None:
        return hit[1]
    out = _find_candidates(text, rule_list)
    if len(_CAND_MEMO) >= _MEMO_SIZE:
        _CAND_MEMO.clear()
    _CAND_MEMO[key] = (rule_list, out)
    return out


def _find_candidates(text: str, rule_list: Iterable[Rule]) -> list[_Cand]:
    out: list[_Cand] = []
    reader = _Reader(text)
    for rule in rule_list:
        for m in reader.matches(rule, overlapped=True):
            if m.end() <= m.start():
                continue
            parts = _parse(rule, m)
            if parts is not None:
                out.append(_Cand(m.start(), m.end(), rule, parts))
    return out


class _Reader:
    """The matches of period rules in one text, each rule run only where it can match: within its ``reach`` of
    its anchors' hits (:mod:`dtextract.windows`), in the windows that hold one of its ``requires`` words. The
    rules of a scan share the anchors' hits, the windows and the lower-cased text."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.timeout = match_timeout(text)
        self._anchored: dict[regex.Pattern[str], list[tuple[int, int]]] = {}   # rules often share an anchor
        self._windows: dict[tuple[tuple[regex.Pattern[str], ...], int], list[tuple[int, int]]] = {}
        self._folded: str | None | bool = False   # the text in lower case, once a rule asks (see _fold)

    def _fold(self, rule: Rule) -> str | None:
        """The text in lower case for the words of ``rule`` (those of every rule: they share ``odd``), or None."""
        if self._folded is False:
            self._folded = fold(self.text, rule.odd)
        return self._folded

    def matches(self, rule: Rule, *, overlapped: bool = False) -> Iterator[regex.Match[str]]:
        if rule.anchor is None:
            return rule.rx.finditer(self.text, overlapped=overlapped, timeout=self.timeout)
        key = (rule.anchor, rule.spec.reach)
        spans = self._windows.get(key)
        if spans is None:
            for anchor, word in zip(rule.anchor, rule.anchor_words):
                # (an anchor that is a plain word, `tháng`, is found with str.find: the same hits, faster)
                if word is not None and anchor not in self._anchored:
                    folded = self._fold(rule) if anchor.flags & regex.IGNORECASE else None
                    if folded is not None or not anchor.flags & regex.IGNORECASE:
                        self._anchored[anchor] = word_spans(anchor, word, self.text, folded)
            hits = anchor_spans(rule.anchor, self.text, timeout=self.timeout, cache=self._anchored)
            spans = self._windows[key] = merge(hits, rule.spec.reach, len(self.text))
        if rule.requires:
            spans = having(spans, self._fold(rule), rule.requires)
        if not spans:
            return iter(())   # the rule is not even compiled
        return finditer_in(rule.rx, self.text, spans, overlapped=overlapped, timeout=self.timeout)


def _select(cands: list[_Cand]) -> list[_Cand]:
    """Non-overlapping candidates: the longest wins, then the earliest, then the earlier entry."""
    chosen_starts: list[int] = []
    chosen_ends: list[int] = []
    chosen: list[_Cand] = []
    for c in sorted(cands, key=lambda c: (c.start - c.end, c.start, c.rule.order)):
        i = bisect.bisect_right(chosen_starts, c.start)
        if i > 0 and chosen_ends[i - 1] > c.start:  # overlaps the chosen one starting at or before it
            continue
        if i < len(chosen_starts) and chosen_starts[i] < c.end:  # overlaps the next chosen one
            continue
        chosen_starts.insert(i, c.start)
        chosen_ends.insert(i, c.end)
        chosen.insert(i, c)
    return chosen


def _does_not_date(text: str, c: _Cand) -> bool:
    if c.rule.spec.span == "same_period":
        return True
    before = text[max(0, c.start - _CUE_WINDOW):c.start]
    if before.rstrip().endswith("(") and _ASIDE_VALUE.match(text, c.end):
        return True
    return _NON_DATING_CUE.search(before, timeout=match_timeout(before)) is not None


class _ImpliedYears:
    """The year each ``cùng kỳ năm Y`` baseline implies (Y+1), looked up anywhere in the article.

    >>> iy = _ImpliedYears("A so với cùng kỳ năm 2023.\\nB", [(2, 2024)])
    >>> iy.near(0), iy.near(27)
    (2024, 2024)
    >>> _ImpliedYears("A", []).near(0) is None
    True
    """

    def __init__(self, text: str, baselines: list[tuple[int, int]]) -> None:
        ordered = sorted(baselines)
        self._where = [w for w, _ in ordered]
        self._years = [y for _, y in ordered]

    def near(self, pos: int) -> int | None:
        """The implied year of the baseline nearest ``pos`` in the article, or None."""
        where_list, years = self._where, self._years
        if not where_list:
            return None
        i = bisect.bisect_left(where_list, pos)
        options = [j for j in (i - 1, i) if 0 <= j < len(where_list)]
        best = min(options, key=lambda j: abs(where_list[j] - pos))
        return years[best]


#: The words between the items of a list of like phrases: quý I và quý II/2023, tháng 6, tháng 7/2023.
_LIST_GAP = lazyre.compile(r"\s*(?:,|;|và|hoặc|hay|cùng|đến|tới|-|–)\s*(?:(?:và|cả)\s+)?")


def _shared_years(text: str, chosen: list[_Cand]) -> dict[int, int]:
    """Years that yearless list items take from the last item: ``quý I và quý II/2023``.

    Maps the index (in ``chosen``) of a yearless phrase to the year stated by the
    next phrase when both have the same span and mode and only a list word
    stands between them; chains pass the year back (``tháng 6, tháng 7 và tháng 8/2023``).
    """
    shared: dict[int, int] = {}
    for i in range(len(chosen) - 2, -1, -1):
        c, nxt = chosen[i], chosen[i + 1]
        if c.parts.y is not None or c.parts.y2 is not None or c.parts.rel is not None:
            continue
        if (c.rule.spec.span, c.rule.spec.mode) != (nxt.rule.spec.span, nxt.rule.spec.mode):
            continue
        if c.rule.spec.span in ("same_period", "now", "year", "year_list"):
            continue
        year = _stated_year(nxt.parts) if nxt.parts.rel is None else None
        if year is None:
            year = shared.get(i + 1)
        if year is None:
            continue
        gap = text[c.end:nxt.start]
        if len(gap) <= 12 and _LIST_GAP.fullmatch(gap, timeout=match_timeout(gap)):
            shared[i] = year
    return shared


#: the spans that stand for the month, quarter or week spoken of last (`trong tháng`, `quý này`, `trong tuần`)
_REPORTED = {"report_month": "month", "report_quarter": "quarter", "report_week": "week",
             "report_holiday": "holiday", "report_school_year": "school_year"}
#: how many days a holiday's range may span (`từ 8/2 đến 14/2`: Tết; `từ 27/4 đến 1/5`: the May Day break)
_HOLIDAY_DAYS = (1, 15)


def _year_just_past(published: dt.date | None) -> int | None:
    """The year `Năm qua` looks back on: a report of January to April speaks of the year before, one of November
    or December of the year now ending; between them, and without a date, the phrase means the last twelve months.

    >>> [_year_just_past(dt.date(2024, month, 1)) for month in (1, 7, 12)]
    [2023, None, 2024]
    """
    if published is None:
        return None
    if published.month <= 4:
        return published.year - 1
    return published.year if published.month >= 11 else None


#: what stands between two cells of a table's head, flattened or one per line
_CELL_GAP = lazyre.compile(r"[\s|]*")


#: what may follow a column's time in its head cell, to the line's end: the column's unit in brackets
_HEAD_CELL_REST = lazyre.compile(r"[^\S\n]*\([^()\n]{1,30}\)[^\S\n]*(?=\n|$)")
#: a cell of a table written one cell per line: a short line that ends no sentence
_SHORT_CELL = lazyre.compile(r"[^\S\n]*[^\s.!?:;][^\n]{0,38}(?<![.!?:;])[^\S\n]*(?=\n|$)")


#: a year in a cell (`Ước thực hiện 2024`, `Kế hoạch 2025`)
_YEAR_IN_CELL = lazyre.compile(r"(?<![\d/.-])(?:19|20)\d\d(?![\d/.-])")


def _in_table_row(text: str, pos: int, end: int | None = None) -> bool:
    """Whether ``pos`` stands in a row of a table written with `|` between its cells (`Địa bàn | Năm 2023 | Ước thực
    hiện 2024`): a year there heads a column, which the table compares, and dates none of the prose after the table
    (`Trong năm, toàn tỉnh tổ chức …` under a report on 2024 is of 2024). So does a time phrase (``pos``..``end``)
    that is a head cell of a table written one cell per line: alone on its line with its unit in brackets (`Năm 2023
    (nghìn tấn)`), next to a short line that ends no sentence (`Số mỏ`, `Ước thực hiện 2024 (nghìn tấn)`); a heading
    over prose (`Năm 2024` / `Toàn tỉnh có 9 mỏ …`) dates what follows it. A head cell without a unit is one when the
    cell on the next line names another year (`Năm 2023` / `Ước thực hiện 2024`); else it is left to the rule for a
    table's compared years (see ``_CELL_GAP``)."""
    start = text.rfind("\n", 0, pos) + 1
    line_end = text.find("\n", pos)
    if pipe_row(text[start:line_end if line_end >= 0 else len(text)]):
        return True
    if end is None or line_end < 0 or start < 2 or text[start:pos].strip():
        return False
    if _HEAD_CELL_REST.match(text, end) is None:
        # (or alone on its line, next to the head cell of a later year's column: `Năm 2023` / `Ước thực hiện 2024` /
        # `So với cùng kỳ (%)`; an earlier year's after it is the one it is compared with, `9 tháng năm 2024` / `9
        # tháng năm 2023`, and it dates what follows)
        here = _YEAR_IN_CELL.search(text, pos, end)
        return here is not None and not text[end:line_end].strip() and (
            (cell := _SHORT_CELL.match(text, line_end + 1)) is not None and
            (later := _YEAR_IN_CELL.search(text, cell.start(), cell.end())) is not None and
            int(later.group()) > int(here.group()))
    before = text.rfind("\n", 0, start - 1) + 1
    return _SHORT_CELL.fullmatch(text, before, start - 1) is not None or \
        _SHORT_CELL.match(text, line_end + 1) is not None


def _days_of_year(dates: tuple[dt.date | None, dt.date | None] | None) -> str | None:
    """The days of the year a span covers, its year left out (`01-01..09-30` for `9 tháng năm 2024` and for `9 tháng
    năm 2023`): what two phrases of one span over two years share."""
    if dates is None or dates[0] is None or dates[1] is None:
        return None
    return f"{dates[0]:%m-%d}..{dates[1]:%m-%d}"


def _scan(text: str, *, published: dt.date | None, default_year: int | None, patterns: PatternSet | None
          ) -> list[PeriodMention]:
    rule_list = [r for r in rules(patterns) if r.spec.span != "dateline"]
    chosen = _select(_candidates(text, rule_list))
    implied = _ImpliedYears(text, [(c.start, c.parts.y + 1) for c in chosen
                                   if c.rule.spec.span == "same_period" and c.parts.y is not None])
    shared = _shared_years(text, chosen)
    context: int | None = None  # year stated by the nearest earlier dating phrase
    setter: tuple[str, str, str | None] | None = None   # the span, mode and days of the phrase that stated it
    setter_end = 0                                         # and where that phrase ends
    ahead: tuple[int, int] | None = None   # a year still ahead stated last, and where its sentence ends
    sentences: list[tuple[int, int]] | None = None   # (read only when such a year is said)
    reported: dict[str, tuple[dt.date, dt.date]] = {}  # "month"/"quarter": the nearest earlier such phrase's dates
    out: list[PeriodMention] = []
    for i, c in enumerate(chosen):
        spec, p = c.rule.spec, c.parts
        if spec.span == "year" and _NAME_BEFORE_YEAR.search(text, max(0, c.start - _NAME_BEFORE_YEAR_REACH), c.start):
            continue   # `Luật Đất đai năm 2024`: the year is part of a name, no period and no year context
        if spec.span == "month" and _CONTRACT_BEFORE_MONTH.search(text, max(0, c.start - _CONTRACT_REACH), c.start):
            continue   # `kỳ hạn tháng 5/2025`: the contract's name, no period and no year context
        if spec.span in ("day", "days") and _LUNAR_AFTER.match(text, c.end):
            continue   # `ngày 10 tháng 3 âm lịch`: a day of the lunar calendar, no day of the calendar
        if spec.span == "month" and (_LUNAR_AFTER.match(text, c.end) or (
                _LUNAR_MONTH.match(text, c.start, c.end) and _DAY_BEFORE_MONTH.search(text, max(0, c.start - 14), c.start))):
            continue   # `mùng 5 tháng Giêng`, `29 tháng Chạp`, `tháng 7 âm lịch`: a lunar date, no month of the calendar
        if spec.span in _REPORTED:
            if spec.span == "report_holiday" and "holiday" not in reported:
                continue    # (`dịp Tết` with no range of days before it: the holiday's dates are not said)
            a, b = reported.get(_REPORTED[spec.span], (None, None))
            if spec.span == "report_school_year" and a is None and published is not None:
                # (`Năm học này` with no school year named before: the one the publication date falls in, or has just
                # ended in, September to August)
                first = published.year if published.month >= 9 else published.year - 1
                a, b = dt.date(first, 9, 1), dt.date(first + 1, 5, 31)
            if spec.span == "report_school_year" and a is None:
                continue    # (`trong năm học` with no school year known: no period said)
            a, b = _apply_mode(spec.mode, a, b, published)     # (`Từ đầu năm học đến nay`: its start, to now)
            out.append(PeriodMention(text[c.start:c.end], c.start, c.end, _iso(a), _iso(b), c.rule.name, False))
            continue
        explicit = _stated_year(p) is not None
        anchor = context if context is not None else default_year
        if anchor is None:
            anchor = implied.near(c.start)
        if p.y is not None:
            year: int | None = p.y
        elif p.rel is not None:
            base = published.year if published else anchor
            year = base + p.rel if base is not None else None
        elif p.past:
            year = _year_just_past(published)
            if year is None:
                continue
        elif i in shared:
            year = shared[i]
        elif spec.mode == "from_now" and published is not None:
            year = published.year   # `từ nay đến cuối năm`: this year's end, whatever year was spoken of before
        elif spec.mode == "since" and published is not None:
            # `từ đầu năm đến nay`, `từ tháng 10 đến nay`: up to now, so the last such start before the
            # publication date, whatever year was spoken of before
            year = published.year
            first = _dates(spec.span, p, year, published)
            if first is not None and first[0] is not None and first[0] > published:
                year -= 1
        elif ahead is not None and c.start < ahead[1]:
            # (`Năm 2025, thành phố phấn đấu …, lượt thuê cả năm đạt ít nhất 2 triệu lượt`: a year still ahead dates no
            # later sentence, but the year-less times of its own)
            year = ahead[0]
        else:
            year = anchor
        dates = None
        if spec.span == "year_list":
            for y, s, e in p.years:
                s0 = c.start if y == p.years[0][0] else s
                d = _dates("year", p, y, published)
                assert d is not None
                out.append(PeriodMention(text[s0:e], s0, e, _iso(d[0]), _iso(d[1]), c.rule.name, True))
        else:
            dates = _dates(spec.span, p, year, published)
            if dates is None:  # impossible once the year is known (29/2 of a common year): not a period
                continue
            start, end = _apply_mode(spec.mode, *dates, published)
            out.append(PeriodMention(text[c.start:c.end], c.start, c.end, _iso(start), _iso(end),
                                     c.rule.name, explicit))
            if spec.span == "now" and published is not None and context is not None and \
                    context < published.year - 1:
                # (`Năm 2018, huyện mới có hai cơ sở; đến nay toàn huyện có 7 cơ sở …. 8 tháng đầu năm, …`: once the text
                # has come from a year long gone to now, a year-less time after it is of now's year, the nearest period
                # before it; a report early in a year on the one before, `Năm 2023 … đến nay … Trong năm`, is not)
                context, setter = None, None
            if spec.span == "school_year" and dates[0] is not None and "school_year" not in reported \
                    and not _does_not_date(text, c) and not _PLAN_BEFORE.search(text, max(0, c.start - 16), c.start):
                reported["school_year"] = (dates[0], dates[1])   # (the first school year said is the one reported on)
            if spec.span in ("month", "quarter") and spec.mode == "span" and dates[0] is not None \
                    and dates[1] is not None and not _does_not_date(text, c) \
                    and not _PLAN_BEFORE.search(text, max(0, c.start - 16), c.start):
                reported[spec.span] = (dates[0], dates[1])
            elif (spec.span == "days" and spec.mode == "span" and dates[0] is not None and dates[1] is not None
                  and 5 <= (dates[1] - dates[0]).days <= 7) or (spec.span == "week" and dates[0] is not None):
                reported["week"] = (dates[0], dates[1])     # `Tuần 20 (từ 13/5 đến 19/5/2024)`, `tuần 41`
            if spec.span == "days" and spec.mode == "span" and dates[0] is not None and dates[1] is not None \
                    and _HOLIDAY_DAYS[0] <= (dates[1] - dates[0]).days <= _HOLIDAY_DAYS[1]:
                reported["holiday"] = (dates[0], dates[1])  # `5 ngày nghỉ lễ (từ 27/4 đến 1/5/2024)`
        if explicit and spec.sets_year and spec.span == "year" and spec.mode == "span" and not _does_not_date(text, c) \
                and published is not None and dates is not None and dates[0] is not None and dates[0] > published and \
                _stated_year(p) <= published.year + 1:
            if sentences is None:
                sentences = sentence_spans(text)
            k = bisect.bisect_right(sentences, (c.start, len(text))) - 1
            ahead = (_stated_year(p), sentences[k][1] if k >= 0 and sentences[k][1] > c.start else c.end)
        if explicit and spec.sets_year and not _does_not_date(text, c) and not _in_table_row(text, c.start, c.end) and \
                _BOUND_BEFORE.search(text, max(0, c.start - 8), c.start) is None and not (
                spec.mode == "as_of" and published is not None and dates is not None and dates[1] is not None
                and dates[1] > published) and not (published is not None and _stated_year(p) > published.year + 1) \
                and not (published is not None and dates is not None and dates[0] is not None and dates[0] > published):
            # (a deadline still ahead, `đơn hàng đến hết quý I/2025` in an article of December 2024, is no time the
            # article reports on: the bare `11 tháng` after it keeps the year said before; nor is a plan's horizon
            # years ahead, `nâng tỷ lệ che phủ lên 28% vào năm 2030`, nor a span that has not begun, `nhu cầu trong
            # tháng 1/2025 tăng` in an article of November 2024)
            this = (spec.span, spec.mode, _days_of_year(dates))
            if not (this == setter and context is not None and _stated_year(p) < context
                    and _CELL_GAP.fullmatch(text, setter_end, c.start)):
                # (the same span of an earlier year in the next cell is its comparison, `9 tháng năm 2024 | 9 tháng năm
                # 2023` as a table's column heads: what follows is still of the year said first)
                context, setter, setter_end = _stated_year(p), this, c.end
        elif p.rel == 0 and published is not None and context is not None and context != published.year and \
                spec.sets_year and spec.span != "year_list" and not _does_not_date(text, c) and \
                not _in_table_row(text, c.start, c.end):
            # (this year said in words, `8 tháng đầu năm nay`, dates the year-less times after it as a year in digits
            # would: `từ tháng 4/2022 đến nay … . Riêng 8 tháng đầu năm nay, … . Tháng 7, chương trình …` is of now)
            context, setter, setter_end = published.year, (spec.span, spec.mode, _days_of_year(dates)), c.end
        elif spec.mode == "since" and p.y is None and year is not None and context is not None and context != year and \
                spec.sets_year and not _does_not_date(text, c) and not _in_table_row(text, c.start, c.end):
            # (`Năm 2023, HTX đạt doanh thu 4,3 tỷ đồng. Từ đầu năm đến nay, HTX đã tiêu thụ 85 tấn …; cả năm dự kiến
            # doanh thu tăng 15-20%`: a time up to now is the nearest period before what follows, and its year dates it)
            context, setter, setter_end = year, (spec.span, spec.mode, _days_of_year(dates)), c.end
    return out


# -- public API ---------------------------------------------------------------------------------------------

def find_periods(text: str, *, published: str | None = None, patterns: PatternSet | None = None
                 ) -> list[PeriodMention]:
    """Every period phrase of ``text``, left to right, non-overlapping, resolved to ISO dates.

    ``published`` (ISO date) dates ``hiện nay``/``đến nay`` and is the fallback
    year of yearless phrases (see the module docstring for the whole order).
    Where two phrases overlap, the longer wins. A phrase whose year cannot be
    found is still reported, with ``period_start`` and ``period_end`` None.

    >>> for m in find_periods("Năm 2023, 6 tháng đầu năm tăng so với cùng kỳ; đến nay đạt 90%.",
    ...                       published="2023-07-15"):
    ...     print(m.text, m.period_start, m.period_end, m.rule)
    Năm 2023 2023-01-01 2023-12-31 year
    6 tháng đầu năm 2023-01-01 2023-06-30 first_months
    cùng kỳ None None same_period
    đến nay None 2023-07-15 now
    """
    pub = _parse_iso(published, "published")
    return _spans_so_far(text, _scan(text, published=pub, default_year=pub.year if pub else None, patterns=patterns))


#: the bracket between a span and the as-of date that says how far into it the figures go, and the one after it
_OPEN_BRACKET = lazyre.compile(r"[^\S\n]*\([^\S\n]*")
_CLOSE_BRACKET = lazyre.compile(r"[^\S\n]*\)")


def _spans_so_far(text: str, found: list[PeriodMention]) -> list[PeriodMention]:
    """A span followed by an as-of date in brackets that falls in it (`Giai đoạn 2021-2025 (tính đến 30/9)`, `năm 2024
    (đến ngày 15/11)`) is one period: from the span's start to that date, the part of the span gone by."""
    out: list[PeriodMention] = []
    k = 0
    while k < len(found):
        a = found[k]
        b = found[k + 1] if k + 1 < len(found) else None
        if b is not None and a.period_start and a.period_end and b.period_start is None and b.period_end and \
                a.period_start <= b.period_end <= a.period_end and \
                _OPEN_BRACKET.fullmatch(text, a.end, b.start) is not None and \
                (close := _CLOSE_BRACKET.match(text, b.end)) is not None:
            out.append(PeriodMention(text[a.start:close.end()], a.start, close.end(), a.period_start, b.period_end,
                                     a.rule, a.explicit_year))
            k += 2
            continue
        out.append(a)
        k += 1
    return out


def resolve_baseline(phrase: str, *, year: int | None, current: tuple[str | None, str | None] | None = None,
                     patterns: PatternSet | None = None) -> tuple[str | None, str | None]:
    """The dates of a change baseline (the words after ``so với``) for a figure of ``year``.

    A dated phrase resolves as in :func:`find_periods`, a yearless one in
    ``year``: ``năm 2022`` is the year 2022, ``6 tháng đầu năm`` the first half
    of ``year``. ``cùng kỳ`` (the same period) is the ``current`` period (the
    figure's own ``(start, end)``) one year earlier, or in the year a phrase
    states (``cùng kỳ năm 2021``); without a ``current`` period that lies within
    one calendar year there is no telling which period it is: ``(None, None)``.
    ``năm trước``/``năm ngoái`` is the year before ``year``. Text that holds no
    period gives ``(None, None)``.

    >>> resolve_baseline("năm 2022", year=2023)
    ('2022-01-01', '2022-12-31')
    >>> resolve_baseline("cùng kỳ", year=2023, current=("2023-01-01", "2023-06-30"))
    ('2022-01-01', '2022-06-30')
    >>> resolve_baseline("cùng kỳ", year=2023)
    (None, None)
    """
    if not phrase.strip():
        return None, None
    if _LAST_YEAR.fullmatch(phrase):
        if year is None:
            return None, None
        return f"{year - 1}-01-01", f"{year - 1}-12-31"
    rule_list = [r for r in rules(patterns) if r.spec.span != "dateline"]
    chosen = _select(_candidates(phrase, rule_list))
    if not chosen:
        return None, None
    first = chosen[0]
    if first.rule.spec.span == "same_period":
        cur = (_parse_iso(current[0], "current start"), _parse_iso(current[1], "current end")) if current else None
        if not cur or cur[0] is None or cur[1] is None or cur[0].year != cur[1].year:
            return None, None
        target = first.parts.y
        if target is None:
            target = cur[0].year + (first.parts.rel if first.parts.rel is not None else -1)
        try:
            a = cur[0].replace(year=target)
            b = cur[1].replace(year=target)
        except ValueError:  # 29 February: the same period ends on the 28th
            a = cur[0].replace(year=target, day=min(cur[0].day, 28))
            b = cur[1].replace(year=target, day=28)
        return a.isoformat(), b.isoformat()
    mentions = _scan(phrase, published=None, default_year=year, patterns=patterns)
    return (mentions[0].period_start, mentions[0].period_end) if mentions else (None, None)


_LAST_YEAR = lazyre.compile(r"\s*năm\s+(?:trước|ngoái)\s*", flags=regex.IGNORECASE)


def _head(text: str) -> str:
    """The top of an article, where its dateline stands: HEAD_LINES lines, within the char bounds."""
    cut = 0
    for _ in range(HEAD_LINES):
        nl = text.find("\n", cut)
        if nl < 0:
            cut = len(text)
            break
        cut = nl + 1
    cut = min(max(cut, HEAD_MIN_CHARS), HEAD_MAX_CHARS)
    if cut < len(text):  # do not cut a line in two, unless it runs on (a file on one line)
        nl = text.find("\n", cut, cut + HEAD_MAX_CHARS)
        if nl >= 0:
            cut = nl
    return text[:cut]


#: A line of at least this many words between two datelines is a headline: the date above it
#: is the page header's (today's date, a menu), the one below it the article's.
_HEADLINE_WORDS = 5
#: A line this long is body text: a date below it is no longer the article's dateline.
_BODY_WORDS = 40


def _find_published(text: str, patterns: PatternSet | None) -> tuple[str, str] | None:
    """(ISO date, entry name) of the dateline: of the datelines found in the head, the first by
    entry order (a labelled one before a bare date line), after dropping a page header's date: one
    that a headline separates from a later dateline with no body text in between."""
    head = _head(text)
    found = list(_datelines(head, patterns))
    if not found:
        return _closing_dateline(text, len(head), patterns)
    starts = sorted(f[1] for f in found)
    decoys = {a for a in starts if any(b > a and _headline_between(head, a, b) for b in starts)}
    found = [f for f in found if f[1] not in decoys] or found
    best = min(found)
    return best[2], best[3]


#: the datelines an article may close with, after its byline (`Ngọc Trâm (Phòng LĐ-TB&XH)` / `22/11/2024`): a date on a
#: line of its own, a byline with its date, a labelled date; within the last TAIL_CHARS characters
_CLOSING_RULES = ("dateline_line", "dateline_byline", "dateline_label")
TAIL_CHARS = 300


def _closing_dateline(text: str, head_end: int, patterns: PatternSet | None) -> tuple[str, str] | None:
    """(ISO date, entry name) of the dateline that closes an article whose head holds none: the last of the closing
    entries' matches in its last lines, past the head (a portal that prints the date under the author's name)."""
    start = max(head_end, len(text) - TAIL_CHARS)
    if start > head_end:
        line = text.find("\n", start - 1)     # (whole lines only; a last line longer than the tail holds no dateline,
        if line < 0:                            # and a text on one line is not read again from its start)
            return None
        start = line + 1
    tail = text[start:]
    if not tail.strip():
        return None
    last = max(_datelines(tail, patterns, _CLOSING_RULES), key=lambda f: f[1], default=None)
    return (last[2], last[3]) if last else None


def _datelines(text: str, patterns: PatternSet | None, only: tuple[str, ...] | None = None
               ) -> Iterator[tuple[int, int, str, str]]:
    """(entry order, start, ISO date, entry name) of the dateline entries' matches in ``text`` (``only`` those entries),
    but a date alone on its line beside another date or a number alone on theirs: a table's cell written one per line
    (`Đơn vị` / `31/12/2023` / `30/9/2024` / `Kỳ Anh` / `21,4`), no dateline."""
    reader = _Reader(text)
    for order, rule in enumerate(rules(patterns)):
        if rule.spec.span != "dateline" or (only is not None and rule.name not in only):
            continue
        for m in reader.matches(rule):
            try:
                day = dt.date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
            except ValueError:
                continue
            if _BESIDE_CELL.search(text, max(0, m.start() - 40), m.start()) or \
                    _CELL_AFTER.match(text, _line_end(text, m.start())):
                continue
            yield order, m.start(), day.isoformat(), rule.name


def _line_end(text: str, pos: int) -> int:
    """Where the line that holds ``pos`` ends (its line break, or the end of ``text``)."""
    end = text.find("\n", pos)
    return end if end >= 0 else len(text)


#: a date or a number alone on the line right before a date line, or right after it (cells written one per line)
_BESIDE_CELL = lazyre.compile(r"(?m)^[^\S\n]*(?:\d{1,2}/\d{1,2}/\d{4}|[\d.,]+)[^\S\n]*\n[^\S\n]*$")
_CELL_AFTER = lazyre.compile(r"\n[^\S\n]*(?:\d{1,2}/\d{1,2}/\d{4}|[\d.,]+)[^\S\n]*(?:\n|$)")


def _headline_between(head: str, a: int, b: int) -> bool:
    """Whether a headline stands between the datelines at ``a`` and ``b``: a line of
    :data:`_HEADLINE_WORDS` words or more among the three lines with text right above ``b``, and
    no body text (a line of :data:`_BODY_WORDS` words) anywhere between them. The date at ``a`` is
    then the page header's (today's date, a menu), the one at ``b`` the article's."""
    first = head.find("\n", a)
    last = head.rfind("\n", 0, b)
    if first < 0 or last <= first:
        return False
    lines = [line for line in head[first + 1:last].split("\n") if line.strip()]
    if any(len(line.split()) >= _BODY_WORDS for line in lines):
        return False
    return any(len(line.split()) >= _HEADLINE_WORDS for line in lines[-3:])


def find_published(text: str, *, patterns: PatternSet | None = None) -> str | None:
    """The article's own date (ISO) from its dateline near the top, or None.

    Datelines are labelled dates (``Ngày cập nhật 01/11/2022``, ``Cập nhật:
    08:15 | 29/04/2022``, ``Ngày đăng: 12/3/2023``) and lines that hold only a
    date (``29/04/2022``, ``Thứ Hai, 08/08/2022``, with an optional time). An
    event date in a sentence (``Ngày 8/8/2022, đồng chí ... chủ trì``) is not one.

    >>> find_published("TIÊU ĐỀ\\nCập nhật: 08:15 | 29/04/2022\\nNgày 8/8/2022, đồng chí chủ trì.")
    '2022-04-29'
    >>> find_published("TIÊU ĐỀ\\nNgày 8/8/2022, đồng chí Phạm Minh Chính chủ trì phiên họp.") is None
    True
    """
    found = _find_published(text, patterns)
    return found[0] if found else None


def check_example(patterns: PatternSet, name: str, example: Any, positive: bool) -> None:
    """Raise AssertionError unless ``example`` of entry ``name`` in periods.toml is honoured.

    A positive example is a string or a table ``{text = ..., published = ..., phrase = ...,
    start = ..., end = ...}``: entry ``name`` must find a period in ``text`` (with
    ``published`` as given); with ``phrase``, that period's text must be exactly
    ``phrase``; with ``start`` or ``end``, its dates must be those, a missing one
    being null (as in the gold files: ``{text = "đến năm 2030", end = "2030-12-31"}``).
    A negative example is a string in which no period at all is found.

    For a ``dateline`` entry, a positive example must yield a publication date
    found by this entry (equal to the table's ``date`` when given) and a
    negative one no publication date at all.
    """
    table = {e.name: e for e in rules(patterns)}
    if name not in table:
        raise AssertionError(f"{STEM}.toml has no entry [{name}]")
    rule = table[name]
    if isinstance(example, str):
        spec: dict[str, Any] = {"text": example}
    elif isinstance(example, dict) and isinstance(example.get("text"), str):
        spec = dict(example)
        allowed = {"text", "published", "phrase", "start", "end", "date"}
        extra = set(spec) - allowed
        if extra:
            raise AssertionError(f"[{name}] example {example!r}: unknown key(s) {', '.join(sorted(extra))}")
    else:
        raise AssertionError(f"[{name}] example {example!r} must be a string or a table with a text")
    text = spec["text"]
    if rule.spec.span == "dateline":
        found = _find_published(text, patterns)
        if not positive:
            if found is not None:
                raise AssertionError(f"[{name}] negative example {text!r} yields a publication date "
                                     f"{found[0]} (entry [{found[1]}])")
            return
        if found is None or found[1] != name:
            raise AssertionError(f"[{name}] example {text!r}: publication date {found!r}, expected one from [{name}]")
        if "date" in spec and found[0] != spec["date"]:
            raise AssertionError(f"[{name}] example {text!r}: publication date {found[0]}, expected {spec['date']}")
        return
    mentions = find_periods(text, published=spec.get("published"), patterns=patterns)
    if not positive:
        if mentions:
            got = ", ".join(f"{m.text!r} by [{m.rule}]" for m in mentions)
            raise AssertionError(f"[{name}] negative example {text!r} yields period(s) {got}")
        return
    mine = [m for m in mentions if m.rule == name]
    if "phrase" in spec:
        mine = [m for m in mine if m.text == spec["phrase"]]
    if not mine:
        got = ", ".join(f"{m.text!r} by [{m.rule}]" for m in mentions) or "none"
        want = f" with text {spec['phrase']!r}" if "phrase" in spec else ""
        raise AssertionError(f"[{name}] example {text!r}: no period{want} from this entry (found: {got})")
    m = mine[0]
    if "start" in spec or "end" in spec:
        want_dates = (spec.get("start"), spec.get("end"))
        if (m.period_start, m.period_end) != want_dates:
            raise AssertionError(f"[{name}] example {text!r}: {m.text!r} resolves to "
                                 f"({m.period_start}, {m.period_end}), expected {want_dates}")

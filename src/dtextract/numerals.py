"""Finding and reading numbers in Vietnamese text.

Digits follow the Vietnamese convention (``.`` groups thousands, ``,`` is the
decimal mark) unless the article shows English style; word multipliers
(nghìn, triệu, tỷ …) and number words (hai mươi mốt, một trăm linh năm …) are
read from ``patterns/numbers.toml``.

>>> parse_digits("108.077")
108077.0
>>> parse_digits("68,36")
68.36
>>> parse_digits("1.055.568")
1055568.0
>>> parse_digits("2,345,678")
2345678.0
>>> parse_digits("102.4", english=True)
102.4
>>> parse_digits("45,125", english=True, before_multiplier=True)
45.125
>>> parse_words("hai mươi mốt")
21.0
"""
from __future__ import annotations

import bisect

import functools
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation, Overflow, localcontext

import regex
from pydantic import BaseModel, ConfigDict

from . import lazyre
from . import trie
from .normalise import NUMBER_GAP
from .patterns import PatternSet, load, match_timeout

#: A run of digits with optional group/decimal separators: ``\d{1,3}(?:[.,]\d{3})+(?:[.,]\d+)?``
#: or ``\d+(?:[.,]\d+)?``. Spaces inside are not allowed (non-breaking and thin spaces are mapped
#: to plain spaces by the scan view first), but invisible characters are: the scan view makes
#: them NUMBER_GAP there (`194\u200b.360`), which may stand between any two characters.
_Z = f"{NUMBER_GAP}*"
DIGITS = (rf"\d(?:{_Z}\d){{0,2}}(?:{_Z}[.,]{_Z}\d(?:{_Z}\d){{2}})+(?:{_Z}[.,]{_Z}\d(?:{_Z}\d)*)?"
          rf"|\d(?:{_Z}\d)*(?:{_Z}[.,]{_Z}\d(?:{_Z}\d)*)?")

#: The largest value (and multiplier) a number may have. Stacked multiplier words overflow a
#: float (``5 tỷ tỷ tỷ …`` is 5 × 10^(9k), ``inf`` past 34 of them, written as the JSON token
#: ``Infinity``); a candidate above this is no statistic and is dropped. The longest numeral
#: read in digits (40 characters) stays under it, and a value times a multiplier stays finite.
MAX_VALUE = 1e40


class _Words(BaseModel):
    model_config = ConfigDict(extra="forbid")
    words: dict[str, float] | list[str] = {}
    standalone: list[str] = []
    standalone_after_bound: list[str] = []
    ten: list[str] = []
    times_ten: list[str] = []
    zero_tens: list[str] = []
    lead: list[str] = []


@dataclass(frozen=True)
class Vocabulary:
    """Number words of one pattern set."""

    digits: dict[str, int]
    standalone: frozenset[str]
    ten: frozenset[str]
    times_ten: frozenset[str]
    zero_tens: frozenset[str]
    hundreds: frozenset[str]
    multipliers: dict[str, float]
    approx_lead: frozenset[str]
    approx_words: dict[str, float]
    multiple_lead: frozenset[str] = frozenset()
    multiple_words: dict[str, float] = field(default_factory=dict)
    ordinal_lead: frozenset[str] = frozenset()
    ordinal_words: dict[str, float] = field(default_factory=dict)
    #: units written straight after the digits (`100ha`, `250W`), in their own case
    attached_units: frozenset[str] = frozenset()
    #: words that stand alone as a number only after a bound (`ít nhất một mô hình`)
    standalone_after_bound: frozenset[str] = frozenset()


@functools.lru_cache(maxsize=8)
def vocabulary(patterns: PatternSet | None = None) -> Vocabulary:
    ps = patterns or load()
    e = ps.entries("numbers", _Words)

    def words(name: str) -> dict[str, float]:
        w = e[name].words if name in e else {}
        return dict(w) if isinstance(w, dict) else {k: 1.0 for k in w}

    return Vocabulary(
        digits={k.lower(): int(v) for k, v in words("digit_words").items()},
        standalone=frozenset(w.lower() for w in e["digit_words"].standalone) if "digit_words" in e else frozenset(),
        standalone_after_bound=frozenset(w.lower() for w in e["digit_words"].standalone_after_bound)
        if "digit_words" in e else frozenset(),
        ten=frozenset(e["tens"].ten) if "tens" in e else frozenset(),
        times_ten=frozenset(e["tens"].times_ten) if "tens" in e else frozenset(),
        zero_tens=frozenset(e["tens"].zero_tens) if "tens" in e else frozenset(),
        hundreds=frozenset(words("hundreds")),
        multipliers={k.lower(): float(v) for k, v in words("multipliers").items()},
        approx_lead=frozenset(e["approximate"].lead) if "approximate" in e else frozenset(),
        approx_words={k.lower(): float(v) for k, v in words("approximate").items()},
        multiple_lead=frozenset(e["multiple_words"].lead) if "multiple_words" in e else frozenset(),
        multiple_words={k.lower(): float(v) for k, v in words("multiple_words").items()},
        ordinal_lead=frozenset(e["ordinal_words"].lead) if "ordinal_words" in e else frozenset(),
        ordinal_words={k.lower(): float(v) for k, v in words("ordinal_words").items()},
        attached_units=frozenset(words("attached_units")),
    )


def _alt(words) -> str:
    """Any of ``words``, written as a trie (a long alternation is tried word by word at each position)."""
    return trie.literal(words)


@dataclass(frozen=True)
class NumberMatch:
    """A number found in text: its span, its value (multipliers applied) and how it was written."""

    start: int
    end: int
    value: float
    form: str            # "digits", "words", "approx" (hàng chục …) or "multiple" (gấp đôi)
    number_end: int      # end of the numeral itself, before any multiplier
    multiplier: float = 1.0


#: White space that does not break a line: the only gap between a numeral and its multiplier words,
#: or between number words (``\s`` also matches a line break).
_GAP = r"[^\S\n\r\x0b\x0c\x85\u2028\u2029]"


#: What a number below zero is written before: a temperature (`-1,5°C`, `-4 độ C`). Elsewhere a dash before digits
#: opens a list line or a range's end, or signs a change in brackets, which the figures read as such.
#: (or the first of a range of temperatures: `từ -1 đến 2°C`)
_BELOW_ZERO = r"\d[\d.,]*\s*(?:(?:đến|tới|[-–])\s*[-\u2212]?\d[\d.,]*\s*)?(?:°\s*C?|độ\s+C)(?!\w)"


@functools.lru_cache(maxsize=8)
def number_regexes(patterns: PatternSet | None = None) -> tuple[regex.Pattern[str], ...]:
    """The regexes of the forms a number candidate takes: digits (groups ``digits``, ``dmult``),
    `hàng chục …` (``approx``), number words (``words``, ``wmult``) and a multiple in a word after `gấp`
    (``mword``: `gấp đôi`). Separate passes are faster than one alternation, which the engine tries form
    by form at every position."""
    v = vocabulary(patterns)
    mult = _alt(v.multipliers)
    s = _GAP  # the words of one number stand on one line (`s` for short: it is in every line below)
    # a multiplier word is not one when it starts `tỷ lệ`, `tỷ trọng`, `tỷ giá`, or `triệu chứng` (a symptom: `không
    # triệu chứng` is no zero million; `9,3 triệu chứng thư số` is 9,3 million certificates)
    mult1 = rf"(?:{mult})(?!\w)(?!{s}+(?:lệ|trọng|giá|chứng(?!{s}+(?:thư|chỉ|nhận|từ|khoán|minh)))\b)"
    mults = rf"{mult1}(?:{s}+{mult1})*"
    any_word = _alt(set(v.digits) | v.ten | v.times_ten | v.zero_tens | v.hundreds)
    starters = _alt(set(v.digits) | v.ten)
    # (five after the tens is `lăm`: `năm` right after `mươi` or `mười` is the year of a length, `hai mươi năm`, `mười
    # năm`, not twenty-five or fifteen)
    not_year = rf"(?!(?<=(?:{_alt(v.ten | v.times_ten)}){s}+)năm(?!\w))" if v.ten | v.times_ten else ""
    lead = _alt(v.approx_lead)
    approx = _alt(v.approx_words)
    # (in this order: at one start the form listed first wins, so `vị trí thứ tư` is a rank before `tư` is a word;
    # a form a pattern set leaves out never matches, and the forms keep their places)
    # (a unit of numbers.toml [attached_units] may follow the digits with no space: `100ha`, `250W`;
    # a minus sign, after a space and before digits, only where a temperature follows: `thấp nhất -1,5°C`, and so the
    # word that says it, `xuống âm 2 độ C`)
    attached = rf"|(?=(?-i:{_alt(v.attached_units)})(?!\w))" if v.attached_units else ""
    forms = [
        rf"(?:(?<=(?<![\d.,%]){s}|\A)(?P<minus>[-\u2212]|(?i:âm){s}+)(?={_BELOW_ZERO}))?"
        rf"(?<![\w.,])(?P<digits>{DIGITS})(?:(?!\w){attached})(?:{s}*(?P<dmult>{mults}))?",
        rf"(?<!\w)(?P<approx>(?:{lead}){s}+(?:{approx})(?!\w)(?:{s}+{mult1})*)",
        rf"(?<=(?<!\w)(?:{_alt(v.ordinal_lead)}){s}+)(?P<oword>{_alt(v.ordinal_words)})(?!\w)"
        if v.ordinal_words and v.ordinal_lead else r"(?!)",
        rf"(?<!\w)(?P<words>(?:{starters})(?:{s}+{not_year}(?:{any_word}|{mult1}))*(?!\w))(?:{s}+(?P<wmult>{mults}))?",
        rf"(?<=(?<!\w)(?:{_alt(v.multiple_lead)}){s}+)(?P<mword>{_alt(v.multiple_words)})(?!\w)"
        if v.multiple_words and v.multiple_lead else r"(?!)",
    ]
    ps = patterns or load()
    return tuple(ps.regex("numbers", "multipliers", form) for form in forms)


_DIGIT_FORM, _APPROX_FORM, _ORDINAL_FORM, _WORD_FORM, _MULTIPLE_FORM = range(5)


@functools.lru_cache(maxsize=8)
def _form_guards(patterns: PatternSet | None = None) -> tuple[regex.Pattern[str] | None, ...]:
    """For each form of :func:`number_regexes`, a regex that finds something in every text where the form finds a
    number, or None. The forms read only after a lead (`đứng thứ nhất`, `gấp đôi`) open with a look-behind that the
    engine tries at almost every letter, and they rarely match; the guard (the last word of a lead, the gap, the word
    itself) opens with a literal, which the engine finds fast. Where the form matches, a whole lead ends right before
    the gap and the word, and so does its last word: where the guard finds nothing, the form finds nothing."""
    v = vocabulary(patterns)
    s = _GAP
    guards: list[regex.Pattern[str] | None] = [None] * 5
    ps = patterns or load()
    for form, leads, words in ((_ORDINAL_FORM, v.ordinal_lead, v.ordinal_words),
                               (_MULTIPLE_FORM, v.multiple_lead, v.multiple_words)):
        if leads and words:
            tails = {lead.rsplit(" ", 1)[-1] or lead for lead in leads}   # (a suffix of a lead is in the text too)
            guards[form] = ps.regex("numbers", "multipliers", rf"(?:{_alt(tails)}){s}+(?:{_alt(words)})(?!\w)")
    return tuple(guards)


def _number_matches(scan: str, patterns: PatternSet | None) -> list[tuple[int, regex.Match[str]]]:
    """(form, match) of every number candidate, in text order, none overlapping: where two overlap
    the earlier wins, and at the same start the form listed first (as one alternation would)."""
    timeout = match_timeout(scan)
    guards = _form_guards(patterns)
    found = sorted((m.start(), form, m) for form, rx in enumerate(number_regexes(patterns))
                   if guards[form] is None or guards[form].search(scan, timeout=timeout) is not None
                   for m in rx.finditer(scan, timeout=timeout))
    out, end = [], -1
    for start, form, m in found:
        if start >= end:
            out.append((form, m))
            end = m.end()
    return out


_DIGITS_ONLY = lazyre.compile(r"[\d.,]+")
_GROUPED = {sep: lazyre.compile(r"\d{1,3}(?:" + regex.escape(sep) + r"\d{3})*") for sep in ".,"}
#: english_style: a numeral with separators; one no convention tells apart (a dotted date, `4.0`);
#: one only English style reads; one only Vietnamese style reads.
_NUMERAL = lazyre.compile(r"(?<![\w.,])\d[\d.,]*\d(?![\w])")
#: numerals that tell no style: dotted dates, versions (`4.0`), and the hotlines written with a dot after their
#: prefix (`tổng đài 1900.9068`, `1800.1234`), which read as an English decimal, and any numeral whose first group
#: opens with a zero before another digit (`0238.3844`, `0912.345`: a phone number or a code, no quantity in
#: either style), nor a shopping day named by its doubled day and month (`ngày hội mua sắm 9.9`, `siêu sale 11.11`)
_NOT_A_STYLE = lazyre.compile(r"\d{1,2}\.\d{1,2}\.\d{2,4}|\d\.0|1[89]00\.\d{3,4}(?:\.\d{2,4})?|0\d+[.,][\d.,]*"
                              r"|([1-9]|1[0-2])\.\1")
_ENGLISH_ONLY = lazyre.compile(r"\d{1,3}(?:,\d{3}){2,}(?:\.\d+)?|\d{1,3}(?:,\d{3})+\.\d+|\d+\.(?:\d{1,2}|\d{4,})")
_VIETNAMESE_ONLY = lazyre.compile(r"\d{1,3}(?:\.\d{3}){2,}(?:,\d+)?|\d{1,3}(?:\.\d{3})+,\d+|\d+,(?:\d{1,2}|\d{4,})")
#: before a capitalised number word: a letter or comma, so it stands inside a sentence (a name); a blank line between
#: opens a paragraph (`Hơn 90% khách hàng … là phụ nữ` / `Bốn tổ chức tài chính vi mô …`: a headline, then the lead)
_AFTER_WORD = lazyre.compile(r"[\p{L},][^\S\n]*(?:\n[^\S\n]*)?\Z")
#: after a capitalised number word: a capitalised word that is no body counted (`Ba Chẽ`, `Hai Bà Trưng`; not `Hai Bộ`,
#: `Ba Sở`)
_NAME_GOES_ON = lazyre.compile(r"[^\S\n]+(?!(?:Bộ|Sở|Ban|Cục|Viện|Hội|Đoàn|Phòng|Chi|Tổ|Đội|Nhà|Trường|Công|Tỉnh|Huyện|Xã)"
                              r"(?!\p{L}))(?-i:\p{Lu})")


def parse_digits(s: str, *, english: bool = False, before_multiplier: bool = False) -> float | None:
    """Read a numeral written with digits.

    Vietnamese style: ``.`` groups thousands, ``,`` is the decimal mark; a lone
    ``.`` followed by exactly three digits groups thousands, otherwise it is a
    decimal. With ``english=True`` (the article shows English style) the roles
    swap, except that a lone ``,`` before a multiplier stays decimal.

    >>> parse_digits("3.500"), parse_digits("2,1"), parse_digits("0,625")
    (3500.0, 2.1, 0.625)
    >>> parse_digits("2.1")
    2.1
    >>> parse_digits("1.234,5"), parse_digits("1,234.5")
    (1234.5, 1234.5)
    >>> parse_digits("512,300", english=True)
    512300.0
    >>> parse_digits("abc") is None
    True
    """
    d = parse_digits_exact(s, english=english, before_multiplier=before_multiplier)
    return None if d is None else float(d)


def parse_digits_exact(s: str, *, english: bool = False, before_multiplier: bool = False) -> Decimal | None:
    """The numeral exactly as written (see :func:`parse_digits`), a Decimal.

    >>> parse_digits_exact("4,1"), parse_digits_exact("1.055.568")
    (Decimal('4.1'), Decimal('1055568'))
    """
    s = s.strip()
    if s.isascii() and s.isdigit() and len(s) <= 40:   # (0-9 alone, most numbers: what the steps below come to)
        return Decimal(s)
    if not s or len(s) > 40 or not _DIGITS_ONLY.fullmatch(s) or not s[0].isdigit() or not s[-1].isdigit():
        return None  # (over 40 characters is no statistic, and would not fit a float)
    dots, commas = s.count("."), s.count(",")
    if dots and commas:
        last = max(s.rfind("."), s.rfind(","))
        dec = s[last]
        group = "," if dec == "." else "."
        head, tail = s[:last], s[last + 1:]
        if "." in head and "," in head:
            return None  # three kinds of separator: unreadable
        if not _GROUPED[group].fullmatch(head):
            return None
        return Decimal(head.replace(group, "") + "." + tail)
    sep = "." if dots else "," if commas else ""
    if not sep:
        return Decimal(s)
    parts = s.split(sep)
    # (a first group of `0` groups nothing: `0,523` and `0.523` are below one in either style)
    grouped = all(len(p) == 3 for p in parts[1:]) and 1 <= len(parts[0]) <= 3 and parts[0] != "0"
    if len(parts) > 2:
        return Decimal("".join(parts)) if grouped else None
    # a single separator
    vn_group, en_group = ".", ","
    group_sep = en_group if english else vn_group
    if sep == group_sep and grouped and not (english and before_multiplier):
        return Decimal("".join(parts))
    return Decimal(parts[0] + "." + parts[1])


def parse_words(s: str, patterns: PatternSet | None = None) -> float | None:
    """Read a Vietnamese number written in words.

    >>> parse_words("mười lăm"), parse_words("ba trăm năm mươi"), parse_words("một trăm linh năm")
    (15.0, 350.0, 105.0)
    >>> parse_words("hai nghìn không trăm hai mươi ba")
    2023.0
    >>> parse_words("một nghìn tỷ")
    1000000000000.0
    >>> parse_words("xin chào") is None
    True
    """
    d = _parse_words_exact(s, patterns)
    return None if d is None else float(d)


def _dec(x: float) -> Decimal:
    """The decimal a float stands for as written (``4.1`` is 4.1, not 4.0999…): its shortest repr."""
    return Decimal(repr(float(x)))


def scale(value: float, multiplier: float) -> float:
    """``value × multiplier`` done in decimals, so the result is the number written.

    >>> scale(4.1, 1e6), scale(64.9, 1e6), 4.1 * 1e6
    (4100000.0, 64900000.0, 4099999.9999999995)
    """
    return value if multiplier == 1.0 else float(_dec(value) * _dec(multiplier))


def _overflow_is_infinity(f):
    """Run ``f`` with decimal overflow giving ``Infinity`` (stacked multipliers: ``5 tỷ tỷ tỷ …``),
    which :func:`_sane` then drops (a NaN too), rather than raising."""
    @functools.wraps(f)
    def wrapper(*args, **kwargs):
        with localcontext() as ctx:
            ctx.traps[Overflow] = ctx.traps[InvalidOperation] = False  # (∞ × 0 is NaN: dropped too)
            return f(*args, **kwargs)
    return wrapper


@_overflow_is_infinity
def _parse_words_exact(s: str, patterns: PatternSet | None = None) -> Decimal | None:
    v = vocabulary(patterns)
    words = s.lower().split()
    if not words:
        return None
    zero = Decimal(0)
    total = zero    # finished groups above a thousand
    group = zero    # the current group below a thousand
    pending: Decimal | None = None  # a digit waiting for its place
    last_mult = Decimal("Infinity")
    for w in words:
        if w in v.multipliers:
            m = _dec(v.multipliers[w])
            small = group + (pending or 0)
            if small == 0 and total == 0:
                small = Decimal(1)
            if m > last_mult or (small == 0 and total):
                total = (total + small) * m
            else:
                total += small * m
            last_mult = m
            group, pending = zero, None
        elif w in v.hundreds:
            group += (pending if pending is not None else 1) * 100
            pending = None
        elif w in v.times_ten:
            if pending is None or (pending == 1 and w == "chục"):
                return None     # (`một chục` is a unit of sale, a bunch of ten or so: `110.000 đồng một chục`)
            group += pending * 10
            pending = None
        elif w in v.ten:
            group += 10 + (pending or 0) * 0
            pending = None
        elif w in v.zero_tens:
            continue
        elif w in v.digits:
            if pending is not None:
                return None  # two digits in a row ("hai ba") is not a number
            pending = Decimal(v.digits[w])
        else:
            return None
    return total + group + (pending or 0)


def english_style(text: str) -> bool:
    """Whether the article's numbers show English style (``,`` groups, ``.`` decimal).

    Counts the numerals that only one convention can read: ``2,345,678`` or
    ``102.4`` speak for English, ``1.055.568`` or ``68,36`` for Vietnamese. Ties
    stay Vietnamese. Version-like ``4.0`` and dotted dates are ignored.

    >>> english_style("GDP tăng 102.4%, đạt 2,345,678 USD")
    True
    >>> english_style("đạt 68,36%, 108.077 hồ sơ")
    False
    >>> english_style("có 1.350 đơn vị; tổng đài 1900.9068")
    False
    >>> english_style("tiếp nhận 2.350 lượt; đường dây nóng 0238.3844.xxx")
    False
    """
    (_, en, vn), = _style_votes(text, [0])
    return en > vn


def _style_votes(text: str, starts: list[int]) -> list[list[int]]:
    """For each part of ``text`` that starts at one of ``starts`` (sorted, the first 0): ``[start, en, vn]``,
    the numerals in it that only the English or only the Vietnamese convention can read."""
    votes = [[a, 0, 0] for a in starts]
    k = 0
    for m in _NUMERAL.finditer(text, timeout=match_timeout(text)):
        while k + 1 < len(starts) and starts[k + 1] <= m.start():
            k += 1
        s = m.group()
        if "." not in s and "," not in s:
            continue  # no separator: every convention reads it alike (and no rule below matches it)
        if _NOT_A_STYLE.fullmatch(s) or _heading_number(text, m) or _GLUED_BEFORE.match(text, max(0, m.start() - 2)) \
                or _CODE_BEFORE.search(text, max(0, m.start() - 16), m.start()) \
                or _PHONE_BEFORE.search(text, max(0, m.start() - 24), m.start()):
            continue    # (nor the tail of a plate or a code, `36C-568.21`, nor a package's code, `gói thầu 5.10`, nor a
            #             phone number, `Điện thoại: (028) 3963.4512`)
        if _ENGLISH_ONLY.fullmatch(s):
            votes[k][1] += 1
        elif _VIETNAMESE_ONLY.fullmatch(s):
            votes[k][2] += 1
    return votes


#: a phone number's label or area code right before it (`Điện thoại: (028) `, `ĐT: 0263.`, `Hotline `)
_PHONE_BEFORE = lazyre.compile(r"(?:(?<!\w)(?:điện\s+thoại|đt|tel|fax|hotline|đường\s+dây\s+nóng)[\s:.]*(?:\(\d{2,4}\)\s*)?"
                               r"|\(\d{2,4}\)\s*)$", regex.IGNORECASE)
#: the words that name a code right before it (`gói thầu 5.10`, `gói thầu số 2.1`)
_CODE_BEFORE = lazyre.compile(r"(?<!\w)gói\s+thầu(?:\s+số)?\s+$", regex.IGNORECASE)
#: a letter or digit glued to a hyphen right before a numeral (`36C-568.21`, `QL-1.234`)
_GLUED_BEFORE = lazyre.compile(r"[\p{L}\d]-")


def _heading_number(text: str, m) -> bool:
    """Whether the numeral ``m`` numbers a section: it opens its line and a ``.`` or ``)`` follows (`2.2. Đài …`,
    `1.3) Kết quả`). A section number tells no style (`2.2.` in a report whose figures write `6.240`)."""
    if text[m.end():m.end() + 1] not in (".", ")"):
        return False
    line_start = text.rfind("\n", 0, m.start()) + 1
    return not text[line_start:m.start()].strip()


def paragraph_styles(text: str) -> list[tuple[int, bool]]:
    """The number style of each paragraph (line) of ``text``: ``(start, english)`` in text order. A paragraph
    whose numerals speak for one style (:func:`english_style`) has it; one that does not (a tie, no
    numeral that tells) has the article's. A mixed article (`727,215 người` beside `1,588,505` in one
    paragraph, `68,36%` elsewhere) is read paragraph by paragraph.

    >>> paragraph_styles("Đạt 68,36% và 1.055.568 hồ sơ.\\nHà Nam với 727,215 người; Nam Định 1,588,505 người.")
    [(0, False), (31, True)]
    """
    counts = _style_votes(text, [0] + [m.end() for m in _LINE_BREAK.finditer(text)])
    article = sum(c[1] for c in counts) > sum(c[2] for c in counts)
    return [(a, en > vn if en != vn else article) for a, en, vn in counts]


_LINE_BREAK = lazyre.compile(r"\n")
#: a bound right before a number word (`ít nhất một`, `tối thiểu một`): `một` is one there, not `a`
#: (and after a rank's position, `giữ vị trí số một thế giới`: first)
_BOUND_BEFORE = lazyre.compile(r"(?<!\w)(?:ít\s+nhất|tối\s+thiểu|không\s+dưới|vị\s+trí\s+số|hạng\s+số)\s+$",
                               regex.IGNORECASE)


#: a toll of dead or injured counts its people, one too: `làm chết một người`, `làm một người bị thương`, and a person who
#: died, was hurt or is missing, said after `một` within the clause (`một người dân ở xã Pá Hu … bị thương`)
_CASUALTY_BEFORE = lazyre.compile(r"(?<!\w)làm(?:[^\S\n]+(?:chết|bị[^\S\n]+thương|tử[^\S\n]+vong))?[^\S\n]+$",
                                  regex.IGNORECASE)
_CASUALTY_AFTER = lazyre.compile(r"[^\S\n]+(?:người|em|cháu|trẻ|học[^\S\n]+sinh|nông[^\S\n]+dân|ngư[^\S\n]+dân|"
                                 r"công[^\S\n]+nhân)(?!\w)(?:[^.,;:!?\d\n]|"
                                 r",(?=[^\S\n]*(?:huyện|xã|tỉnh|thị|thành|quận|phường|TP)(?!\w))){0,70}?"
                                 r"[^\S\n](?:bị[^\S\n]+)?(?:chết|tử[^\S\n]+vong|"
                                 r"thiệt[^\S\n]+mạng|mất[^\S\n]+tích|bị[^\S\n]+thương|thương[^\S\n]+(?:nặng|nhẹ)|"
                                 r"đuối[^\S\n]+nước)(?!\w)", regex.IGNORECASE)
#: `chỉ`, `chỉ có`, `chỉ còn` right before a `một` (only one)
_ONLY_BEFORE = lazyre.compile(r"(?<!\w)chỉ(?:\s+(?:có|còn))?\s+$", regex.IGNORECASE)
#: the word right after `một` (the noun's first word)
_NOUN_AFTER = lazyre.compile(r"[^\S\n]+(?P<noun>[^\W\d_]+)")


def _one_counts(scan: str, start: int, end: int) -> bool:
    """Whether the `một` at ``start``..``end`` is one, not `a`: after a bound (:data:`_BOUND_BEFORE`), a person in a toll
    of dead, injured or missing (`làm chết một người`, `một người khác bị thương`), after `thêm`
    (one more: `xây thêm một nhà máy`; not `thêm một lần nữa`, once more) or `chỉ (có)` (only one: `cả làng chỉ có một
    trạm phát sóng`; not `chỉ một lần`), or as :func:`_counted_again` says."""
    if _BOUND_BEFORE.search(scan, max(0, start - 16), start) is not None or \
            _CASUALTY_BEFORE.search(scan, max(0, start - 24), start) is not None or \
            _CASUALTY_AFTER.match(scan, end, end + 90) is not None:
        return True
    if scan[max(0, start - 5):start].rstrip().lower().endswith("thêm") or \
            _ONLY_BEFORE.search(scan, max(0, start - 16), start) is not None:
        noun = _NOUN_AFTER.match(scan, end)
        return noun is None or noun.group("noun").lower() not in _NOT_COUNTED_AFTER_ONE
    return _counted_again(scan, start, end)


def _counted_again(scan: str, start: int, end: int) -> bool:
    """Whether the `một` at ``start``..``end`` counts: an item of a list or a part (after `và`, a comma, `trong đó`)
    whose noun a number before it in its sentence counts (`ba phòng cầu nguyện: hai phòng ở nhà ga T2 và một phòng ở
    nhà ga T1`, `2 người chết, một người bị thương`): one, not `a` (`76 công nhân của một công ty`, and `một người bệnh
    có thể lây cho 12-18 người khác`, where the count only follows, are `a`)."""
    noun = _NOUN_AFTER.match(scan, end)
    if noun is None or noun.group("noun").lower() in _NOT_COUNTED_AFTER_ONE or \
            _ONE_AS_ITEM.search(scan, max(0, start - 20), start) is None:
        return False
    if _COUNT_ITEM_BEFORE.search(scan, max(0, start - 40), start) is not None:
        return True     # (the next item of a list of counts: `8 phòng nghỉ và một nhà sàn`, `5 lớp tập huấn, một hội nghị`)
    left = max(scan.rfind(c, 0, start) for c in (". ", "! ", "? ", "\n")) + 1
    # (the noun's first word is enough: the counted one may go on otherwise, `hai phòng ở … và một phòng ở`)
    first = noun.group("noun").lower()
    return any(c.group("w").lower() == first for c in _COUNT_THEN_WORD.finditer(scan, left, start, overlapped=True))


#: a number in digits or in a word
_COUNT_NUMBER = r"(?<![\w.,])(?:\d[\d.,]*|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)"
#: a number, then the word after it (the noun it counts)
_COUNT_THEN_WORD = lazyre.compile(_COUNT_NUMBER + r"[^\S\n]+(?P<w>[^\W\d_]+)(?!\w)", regex.IGNORECASE)
#: a count and its noun, of a few words (`4 dây chuyền lắp ráp đèn LED và một xưởng`), right before the `và` or the comma
#: of a `một` after it
#: (things counted, not an amount: `một lượt khám là 412.000 đồng, một đợt điều trị là …` prices each one)
_COUNT_ITEM_BEFORE = lazyre.compile(_COUNT_NUMBER +
                                    r"(?![^\S\n]+(?:đồng|triệu|tỷ|tỉ|nghìn|ngàn|USD|lần)(?!\w))(?:[^\S\n]+[^\W\d_]+){1,6}"
                                    r"[^\S\n]*(?:,|và|hoặc)[^\S\n]*$", regex.IGNORECASE)
#: what stands before a `một` that is an item or a part: `và`, `hoặc`, a comma, `trong đó (có)`, `gồm`, `còn`, `riêng`
_ONE_AS_ITEM = lazyre.compile(r"(?:(?<!\w)(?:và|hoặc|trong\s+đó(?:\s+có)?|gồm(?:\s+có)?|còn|riêng)|[,;:])\s*$",
                              regex.IGNORECASE)
#: the words after `một` that make it `a` or a part whatever is counted (`một số`, `một phần`, `một lần nữa`)
_NOT_COUNTED_AFTER_ONE = frozenset({"số", "phần", "nửa", "ít", "vài", "cách", "trong", "lần", "khi", "mặt", "bên",
                                    "nơi", "chút", "loạt", "thời", "tháng", "năm", "ngày", "tuần", "giờ", "quý"})


@_overflow_is_infinity
def find_numbers(scan: str, *, english: bool = False, patterns: PatternSet | None = None,
                 styles: list[tuple[int, bool]] | None = None) -> list[NumberMatch]:
    """Every number candidate in ``scan`` (the same-length scan view of the article), in order.

    Filtering what is not a figure (dates, codes …) happens later; this only reads.

    >>> [(m.value, m.form) for m in find_numbers("cấp trên 68 triệu thẻ, ba mô hình, hàng chục nghìn hộ")]
    [(68000000.0, 'digits'), (3.0, 'words'), (10000.0, 'approx')]
    """
    v = vocabulary(patterns)
    out: list[NumberMatch] = []
    style_starts = [a for a, _ in styles] if styles else []
    # the groups of the digit and word forms by number: a lookup by name costs several times more
    digit_index = number_regexes(patterns)[_DIGIT_FORM].groupindex
    g_digits, g_dmult, g_minus = digit_index["digits"], digit_index["dmult"], digit_index["minus"]
    word_index = number_regexes(patterns)[_WORD_FORM].groupindex
    g_words, g_wmult = word_index["words"], word_index["wmult"]
    for form, m in _number_matches(scan, patterns):
        if form == _DIGIT_FORM:
            digits, mult_text = m.group(g_digits, g_dmult)
            en = styles[bisect.bisect_right(style_starts, m.start()) - 1][1] if styles else english
            base = parse_digits_exact(digits.replace(NUMBER_GAP, ""), english=en,
                                      before_multiplier=bool(mult_text))
            if base is None:
                continue
            if m.start(g_minus) >= 0:
                base = -base
            if not mult_text:   # (most numbers: the multiplier is one; the product rounds as the context does)
                value = base * _ONE
                if abs(value) <= _MAX:
                    out.append(NumberMatch(m.start(), m.end(), float(value), "digits", m.end(g_digits), 1.0))
                continue
            mult = _multiplier(mult_text, v)
            if _sane(base * mult, mult):
                out.append(NumberMatch(m.start(), m.end(), float(base * mult), "digits", m.end(g_digits),
                                       float(mult)))
        elif form == _ORDINAL_FORM:      # `đứng thứ nhất`: a rank said in an ordinal word
            out.append(NumberMatch(m.start(), m.end(), v.ordinal_words[m.group("oword").lower()], "words", m.end(),
                                   1.0))
        elif form == _MULTIPLE_FORM:
            out.append(NumberMatch(m.start(), m.end(), v.multiple_words[m.group("mword").lower()], "multiple", m.end(),
                                   1.0))
        elif form == _APPROX_FORM:
            words = m.group("approx").lower().split()[1:]
            value = Decimal(1)
            for w in words:
                value *= _dec(v.approx_words.get(w, v.multipliers.get(w, 1.0)))
            if _sane(value):
                out.append(NumberMatch(m.start(), m.end(), float(value), "approx", m.end(), 1.0))
        else:
            words_text, wmult = m.group(g_words, g_wmult)
            if words_text[0].isupper() and (_AFTER_WORD.search(scan, max(0, m.start() - 3), m.start())
                                            or _NAME_GOES_ON.match(scan, m.end())):
                continue  # capitalised inside a sentence: a name (quận Hai Bà Trưng, Ba Đình), not a number; nor
                #           where a capitalised word goes on with it, at a sentence's start too (`Ba Chẽ phát triển`)
            ws = words_text.lower().split()
            start = m.start()
            if len(ws) > 1 and ws[0] not in v.standalone and ws[0] not in v.ten and \
                    _parse_words_exact(words_text, patterns) is None:
                # `đầu tư hai tàu lai`: `tư` (four) stands only inside a longer number word; the number is the next
                start = m.start(g_words) + len(words_text) - len(words_text.split(None, 1)[1])
                words_text, ws = words_text.split(None, 1)[1], ws[1:]
            if len(ws) == 1 and ws[0] not in v.standalone and ws[0] not in v.ten and not wmult and not (
                    ws[0] in v.standalone_after_bound and _one_counts(scan, start, m.end())):
                continue
            base = _parse_words_exact(words_text, patterns)
            if base is None:
                continue
            mult = _multiplier(wmult, v)
            trailing = Decimal(1)  # `ba nghìn`: the multiplier a range's lower end borrows (`từ hai đến ba nghìn`)
            for w in reversed(ws):
                if w not in v.multipliers:
                    break
                trailing *= _dec(v.multipliers[w])
            if _sane(base * mult, mult * trailing):
                out.append(NumberMatch(start, m.end(), float(base * mult), "words", m.end(g_words),
                                       float(mult * trailing)))
    return out


def _sane(*numbers: Decimal) -> bool:
    """Whether every number is within ±MAX_VALUE (not inf, not nan)."""
    for x in numbers:
        if not abs(x) <= _MAX:
            return False
    return True


_MAX = Decimal(repr(MAX_VALUE))
_ONE = Decimal(1)


def _multiplier(text: str | None, v: Vocabulary) -> Decimal:
    one = Decimal(1)
    if not text:
        return one
    value, last = one, 0.0
    for w in text.lower().split():
        value *= _dec(v.multipliers[w])
        last = v.multipliers[w]
    return value if last else one


def check_example(patterns: PatternSet, name: str, example, positive: bool) -> None:
    """Check one example of ``patterns/numbers.toml`` (used by the test suite)."""
    if positive:
        text, want = example["text"], float(example["value"])
        found = find_numbers(text, patterns=patterns)
        assert found, f"[{name}] no number read in {text!r}"
        assert abs(found[0].value - want) <= 1e-9 * max(1.0, want), \
            f"[{name}] {text!r} read as {found[0].value}, expected {want}"
    else:
        found = find_numbers(example, patterns=patterns)
        assert not found, f"[{name}] {example!r} must hold no number, read {[f.value for f in found]}"

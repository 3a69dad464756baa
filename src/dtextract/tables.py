"""Statistical tables: a model of rows × columns of cells, finding tables in plain text, and their figures.

A :class:`Table` is what a reader (:mod:`dtextract.formats`) or the plain-text
detector (:func:`find_tables`) produces: cells with their text, their offsets
``[start, end)`` in the article text, their row and column, their span (a
merged cell covers ``rowspan × colspan`` grid positions and is spread over all
of them by :meth:`Table.grid`) and their role. :func:`figures_of` turns every
numeric cell into a figure (FIGURES.md §1, Tables): subject from the row and
column labels (a place goes to ``location``), unit and multiplier from the
unit column, the column header, the row label or the ``Đơn vị tính:`` line,
period and status from the column header, ``total`` from a ``Tổng số`` row or
the row above ``Trong đó:``.

The cue words live in ``patterns/tables.toml``.

>>> text = "Chỉ tiêu\\tNăm 2022\\tNăm 2023\\nSố doanh nghiệp\\t1.200\\t1.350\\nVốn (tỷ đồng)\\t2.500\\t3.100"
>>> [t] = find_tables(text)
>>> t.n_rows, t.n_cols, [c.text for c in t.cells if c.role == "column_header"]
(3, 3, ['Năm 2022', 'Năm 2023'])
>>> [(f["value"], f["unit"], str(f["period"].start)) for f in figures_of(t, text)][-1]
(3100000000000.0, 'đồng', '2023-01-01')
"""
from __future__ import annotations

import bisect
import datetime as dt
import functools
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

import regex

from . import lazyre
from . import figures as _figures
from . import periods as _periods
from . import places as _places
from . import subjects as _subjects
from .models import Period
from .numerals import parse_digits, scale
from .patterns import DEFAULT_FLAGS, PatternSet, load
from .structure import pipe_row

__all__ = ["Cell", "Table", "find_tables", "figures_of", "build_table", "render", "shifted", "with_caption",
           "check_example", "ROLES"]

#: What a cell is in its table.
ROLES = ("column_header", "row_header", "stub_head", "content", "caption")


@dataclass
class Cell:
    """One cell: its text is ``article_text[start:end]`` (``start == end`` for an empty cell)."""

    text: str
    start: int
    end: int
    row: int
    col: int
    rowspan: int = 1
    colspan: int = 1
    role: str = "content"
    header: bool = False  #: marked as a header by its container (HTML ``<th>``)


@dataclass
class Table:
    """Rows × columns of cells, with the table's caption and ``Đơn vị tính`` unit if it has them."""

    cells: list[Cell]
    n_rows: int
    n_cols: int
    caption: str | None = None
    unit: str | None = None
    header_rows: int = 0
    label_col: int | None = None
    number_col: int | None = None
    unit_col: int | None = None
    layout: str = ""
    #: the units a `Đơn vị tính` line gives by column name (`Diện tích: ha; Năng suất: tạ/ha`), names in lower case
    column_units: dict[str, str] = field(default_factory=dict)

    @property
    def start(self) -> int:
        return min((c.start for c in self.cells if c.end > c.start), default=0)

    @property
    def end(self) -> int:
        return max((c.end for c in self.cells if c.end > c.start), default=0)

    def grid(self) -> list[list[Cell | None]]:
        """The cells by (row, column), a merged cell at every position it covers."""
        g: list[list[Cell | None]] = [[None] * self.n_cols for _ in range(self.n_rows)]
        for c in self.cells:
            for r in range(c.row, min(self.n_rows, c.row + c.rowspan)):
                for k in range(c.col, min(self.n_cols, c.col + c.colspan)):
                    if g[r][k] is None:
                        g[r][k] = c
        return g


# -- rule data ----------------------------------------------------------------------------------

@dataclass(frozen=True)
class _Rules:
    rx: dict[str, regex.Pattern[str]]
    statuses: list[tuple[str, regex.Pattern[str]]]
    qualifiers: list[tuple[str, regex.Pattern[str]]]
    unit_info: dict[str, tuple[str, str, str]]
    multipliers: dict[str, float]
    unit_rx: regex.Pattern[str]
    #: the classifier nouns of units.toml (`lượt`, `ca`), which count whatever follows them
    classifiers: frozenset[str] = frozenset()
    #: what cells, labels and headers were read as (tables repeat them: row labels, years, units)
    memo: dict = field(default_factory=dict, compare=False, hash=False)

    def remember(self, key: tuple, compute):  # noqa: ANN001, ANN201 - a tiny memo, bounded
        try:
            return self.memo[key]
        except KeyError:
            if len(self.memo) > 50_000:
                self.memo.clear()
            value = self.memo[key] = compute()
            return value


@functools.lru_cache(maxsize=8)
def _rules(patterns: PatternSet) -> _Rules:
    from . import figures  # the unit lexicon and qualifiers the prose rules use
    from .numerals import vocabulary
    rx: dict[str, regex.Pattern[str]] = {}
    statuses = []
    for name, entry in patterns.raw("tables").items():
        data = entry.data
        if "pattern" not in data:
            continue
        flags = DEFAULT_FLAGS & ~regex.IGNORECASE if data.get("case_sensitive") else DEFAULT_FLAGS
        rx[name] = patterns.regex("tables", name, data["pattern"], flags=flags)
        if data.get("status"):
            statuses.append((data["status"], rx[name]))
    fr = figures.rules(patterns)
    quals = [(approx, q) for _n, approx, q in fr.qualifiers]
    classifiers = frozenset(w.lower() for w in patterns.raw("units")["classifiers"].data.get("words", ()))
    return _Rules(rx, statuses, quals, fr.unit_info, dict(vocabulary(patterns).multipliers), fr.unit_rx, classifiers)


def _match(rules: _Rules, name: str, s: str) -> regex.Match[str] | None:
    r = rules.rx.get(name)
    return r.search(s) if r is not None else None


_LETTER_RX = lazyre.compile(r"\p{L}")
#: a year stated in the text (`năm 2023`, `10/2023`, `quý I/2023`), for yearless headers below it
_STATED_YEAR = lazyre.compile(r"(?i)(?:(?<!\w)năm\s+|\d/|[IV]/)((?:19|20)\d\d)(?!\d)")
#: the year of the same period a year before, a comparison's yardstick (`so với cùng kỳ năm 2023`)
_SAME_PERIOD_YEAR = lazyre.compile(r"(?i)(?<!\w)cùng\s+kỳ\s+(?:năm\s+)?((?:19|20)\d\d)(?!\d)")
#: the year after a place in a column header (`Cả nước 2024`, `Nam Định năm 2024`)
_YEAR_AFTER_PLACE = lazyre.compile(r"(?i)[\s,(]+(?:năm\s+)?(?:19|20)\d\d\)?\s*$")
#: a year in a header cell, bare or not (`Kế hoạch 2024`, `Năm 2023`, `6 tháng/2024`)
_HEADER_YEAR = lazyre.compile(r"(?<![\d.,])((?:19|20)\d\d)(?![\d.,]\d)")
_WORD_RX = lazyre.compile(r"\S+")
_YEAR_RX = lazyre.compile(r"(?:19|20)\d\d")
_DIGIT_RX = lazyre.compile(r"\d")
_NUMBER_PERCENT_RX = lazyre.compile(r"\d\s*%$")
_NAM_END_RX = lazyre.compile(r"(?i)năm\s*$")

# -- reading a cell -------------------------------------------------------------------------------

_NUM = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?"
_CELL_NUMBER = lazyre.compile(
    rf"^(?P<pre>[^\d\n+]{{0,20}}?)\s*(?P<sign>[-−+])?(?P<a>{_NUM})(?:\s*[-–]\s*(?P<b>{_NUM})|\s*/\s*(?P<of>{_NUM}))?"
    rf"\s*(?P<pct>%)?"
    rf"(?:\s+(?P<unit>[^\d\s][^\d\n]{{0,24}}?))?\s*(?P<post>\*{{0,3}})$")
_EMPTY_CELL = lazyre.compile(r"^\s*(?:[-–—.…x×*]{1,3}|\(\*\))?\s*$")


@dataclass(frozen=True)
class _Value:
    value: float
    value_max: float | None
    approx: str
    start: int  # offsets of the number phrase within the cell text
    end: int
    percent: bool
    unit: str | None = None  # a unit written in the cell (`5,2 tỷ USD`): a known unit word, maybe after a multiplier
    of: float | None = None  # the whole a cell's number is said out of (`8/9`: 8 of 9)


def _cell_value(s: str, rules: _Rules) -> _Value | None:
    """The number a cell states (``6,6-6,8``, ``Khoảng 4``, ``-1,2``, ``12%``), or None."""
    return rules.remember(("cell", s), lambda: _read_cell(s, rules))


def _read_cell(s: str, rules: _Rules) -> _Value | None:
    stripped = s.strip()
    if not stripped or len(stripped) > 40:
        return None
    m = _CELL_NUMBER.match(stripped)
    if not m:
        return None
    years = _match(rules, "year_range_header", stripped) if "-" in stripped or "–" in stripped else None
    if years is not None and 0 < int(years.group("year2")) - int(years.group("year")) <= 30:
        return None     # (`2021-2025`: a period, the label of its row or column, no number)
    approx = "exact"
    pre = m.group("pre")
    if pre.strip():
        for a, q in rules.qualifiers:
            said = q.search(pre + " ")
            if said is not None and not pre[:said.start()].strip():
                approx = a
                break
        else:
            return None     # (`Số ngày AQI trên 100`: words before the qualifier, a column's label)
    a = parse_digits(m.group("a"))
    if a is None:
        return None
    b = parse_digits(m.group("b")) if m.group("b") else None
    if m.group("sign") and m.group("sign") != "+" and not pre.strip():
        a = -a      # (`-35`; `+12` is 12, its sign said)
    if b is not None and b < a:
        return None
    of = parse_digits(m.group("of")) if m.group("of") else None
    if of is not None and (of < a or m.group("pct") or a < 0):
        return None     # (`15/3`: a day and month, no part of a whole)
    unit = m.group("unit")
    if unit is not None:
        words = _past_multipliers(unit.split(), rules)
        rest = " ".join(words).lower()
        if words and rest not in rules.unit_info and rest.split("/")[0] not in rules.unit_info:
            return None  # a number followed by words: text for the prose rules
        if rest == "tuổi" and not pre.strip() and float(a).is_integer():
            return None  # (`70 tuổi`: an age group, the label of its row or column, as `Từ 100 tuổi trở lên` is)
    lead = len(s) - len(s.lstrip())
    return _Value(a, b, approx, lead, lead + len(stripped.rstrip("*").rstrip()), bool(m.group("pct")), unit, of)


def _is_number_cell(s: str, rules: _Rules) -> bool:
    return _cell_value(s, rules) is not None


def _is_bare_number(s: str, rules: _Rules) -> bool:
    """A cell that is a number with no unit words of its own (what makes a run of lines a table)."""
    v = _cell_value(s, rules)
    return v is not None and v.unit is None


def _year_of(label: str, rules: _Rules) -> int | None:
    m = _match(rules, "year_header", label)
    return int(m.group("year")) if m else None


# -- building a table from a grid of cells ----------------------------------------------------------

def build_table(cells: list[Cell], *, caption: str | None = None, unit: str | None = None,
                layout: str = "", header_rows: int | None = None, patterns: PatternSet | None = None) -> Table:
    """A :class:`Table` from its cells, with header rows, the label, row-number and unit columns and
    every cell's role decided from the structure (readers call this; so does :func:`find_tables`).

    ``header_rows`` is the number of leading header rows when the container says (HTML ``<thead>``);
    otherwise rows before the first row with a value cell (a number that is not a year) are headers.
    A row that only gives ``Đơn vị tính: …`` becomes the table's unit.
    """
    rules = _rules(patterns or load())
    n_rows = max((c.row + c.rowspan for c in cells), default=0)
    n_cols = max((c.col + c.colspan for c in cells), default=0)
    t = Table(cells, n_rows, n_cols, caption=caption, unit=unit, layout=layout)
    grid = t.grid()

    def value_cell(c: Cell | None) -> bool:
        # (not a year, nor a span of months or a quarter by its number: `9 tháng`, `Quý 3` head a column)
        return c is not None and not c.header and _is_number_cell(c.text, rules) \
            and _year_of(c.text, rules) is None and _match(rules, "period_cell", c.text) is None

    # a row that only says "Đơn vị tính: …" gives the unit; a one-cell row before the header is a caption
    for r in range(n_rows):
        texts = {id(c): c for c in grid[r] if c is not None and c.text.strip()}
        if len(texts) == 1:
            (c,) = texts.values()
            m = _match(rules, "unit_line", c.text)
            if m:
                t.unit = t.unit or m.group("unit")
                c.role = "caption"
    if header_rows is None:
        header_rows = 0
        for r in range(n_rows):
            if any(value_cell(c) for c in grid[r]):
                break
            header_rows = r + 1
        if header_rows == n_rows:  # no value anywhere: a table of text
            header_rows = min(1, n_rows)
    t.header_rows = header_rows
    if header_rows >= 2:
        _spread_flat_headers(t, grid)
        grid = t.grid()
    body = range(header_rows, n_rows)
    # columns: row numbers, unit, label
    header_text = [" ".join(dict.fromkeys(c.text.strip() for r in range(header_rows)
                                          if (c := grid[r][k]) is not None and c.text.strip()))
                   for k in range(n_cols)]
    for k in range(n_cols):
        col_cells = [grid[r][k] for r in body if grid[r][k] is not None and grid[r][k].text.strip()]
        if t.number_col is None and (_match(rules, "row_number_column", header_text[k]) or (
                col_cells and all(_match(rules, "row_number", c.text) for c in col_cells)
                and k + 1 < n_cols and len(col_cells) >= 2)):
            if t.label_col is None:
                t.number_col = k
                continue
        if t.unit_col is None and t.label_col is not None and _match(rules, "unit_column", header_text[k]):
            # (a unit column follows the row labels; `Đơn vị` heading the first text column names the bodies
            # the rows are about: `TT | Đơn vị | Năm 2024`)
            t.unit_col = k
            continue
        if t.label_col is None and col_cells and (
                sum(not _is_number_cell(c.text, rules) for c in col_cells) >= max(1, len(col_cells) // 2)
                or (k == 0 and len(col_cells) >= 2 and all(_year_of(c.text, rules) or _match(rules, "period_cell", c.text)
                                                           or _match(rules, "year_range_header", c.text)
                                                           for c in col_cells)
                    and any(_year_of(c.text, rules) for c in col_cells))
                or (k == 0 and _AGE_CORNER.search(header_text[k]) is not None
                    and all(_AGE_RANGE.fullmatch(c.text.strip()) for c in col_cells))
                or (k == 0 and _classes_by_measure(col_cells, grid, body, n_cols, rules))):
            # (a first column of years: years as rows, the last perhaps a part of a year, `9 tháng năm 2024`; or of
            # ages under `Độ tuổi`: `15-25`; or of classes named by a measure, `10 km`, `21 km`, over bare counts)
            t.label_col = k
    for c in cells:
        if c.role == "caption":
            continue
        if c.row >= header_rows and n_cols >= 2 and c.colspan >= n_cols:
            c.role = "caption"  # a row that is one cell across the table: a description, read as prose
            continue
        if c.row < header_rows:
            c.role = "stub_head" if c.col in (t.label_col, t.number_col, t.unit_col) and c.colspan == 1 \
                else "column_header"
        elif c.col == t.label_col or c.col == t.number_col:
            c.role = "row_header"
        else:
            c.role = "content"
    return t


def _classes_by_measure(col_cells: list[Cell], grid: list[list[Cell | None]], body: range, n_cols: int,
                        rules: _Rules) -> bool:
    """A first column whose numbers all carry one unit of their own (`10 km`, `21 km`, `42 km`; `Tổng` may
    close it) while every number in the other columns is bare: each row is a class of the thing counted,
    named by its measure, and the column labels the rows (`Cự ly | Đăng ký | Hoàn thành`)."""
    units = {v.unit.lower() for c in col_cells if (v := _cell_value(c.text, rules)) is not None and v.unit}
    if len(units) != 1 or sum(_is_number_cell(c.text, rules) for c in col_cells) < 2 \
            or any(_is_bare_number(c.text, rules) for c in col_cells):
        return False
    others = [c for r in body for k in range(1, n_cols)
              if (c := grid[r][k]) is not None and c.col == k and _is_number_cell(c.text, rules)]
    return bool(others) and all(_is_bare_number(c.text, rules) for c in others)


def _spread_flat_headers(t: Table, grid: list[list[Cell | None]]) -> None:
    """A header cell followed by empty cells over labelled ones (a merged cell written flat:
    ``Năm 2023`` over ``Kế hoạch`` and ``Ước thực hiện``) spans them."""
    drop: set[int] = set()
    for r in range(t.header_rows - 1):
        k = 0
        while k < t.n_cols:
            c = grid[r][k]
            if c is None or not c.text.strip() or c.row != r or c.colspan != 1:
                k += 1
                continue
            j = k + 1
            while j < t.n_cols and (grid[r][j] is None or (not grid[r][j].text.strip() and grid[r][j].colspan == 1)) \
                    and any(grid[q][j] is not None and grid[q][j].text.strip() for q in range(r + 1, t.header_rows)):
                if grid[r][j] is not None:
                    drop.add(id(grid[r][j]))
                j += 1
            c.colspan = j - k
            k = j
    if drop:
        t.cells[:] = [c for c in t.cells if id(c) not in drop]


# -- tables that readers found: rendering them as lines of text ------------------------------------

#: A cell as a reader found it: (text, rowspan, colspan, is a header cell).
RawCell = tuple[str, int, int, bool]

_WS = lazyre.compile(r"\s+")


def render(rows: list[list[RawCell]]) -> tuple[str, list[Cell]]:
    r"""A reader's table as text, one row per line with its cells separated by tabs, and its cells with
    offsets into that text.

    ``rows`` lists each row's cells in order, a merged cell once (in the first row and column it
    covers) with its spans, as HTML writes them; positions that a cell from an earlier row covers
    are skipped, and the covered positions are left empty in the text. Cell text is put on one line.

    >>> text, cells = render([[("Chỉ tiêu", 2, 1, True), ("Năm 2023", 1, 2, True)],
    ...                       [("Kế hoạch", 1, 1, True), ("Thực hiện", 1, 1, True)],
    ...                       [("Vốn", 1, 1, False), ("10", 1, 1, False), ("12", 1, 1, False)]])
    >>> text.split("\n")
    ['Chỉ tiêu\tNăm 2023\t', '\tKế hoạch\tThực hiện', 'Vốn\t10\t12']
    >>> [(c.text, c.row, c.col, c.colspan, c.rowspan) for c in cells][:2]
    [('Chỉ tiêu', 0, 0, 1, 2), ('Năm 2023', 0, 1, 2, 1)]
    """
    taken: set[tuple[int, int]] = set()
    placed: list[tuple[int, int, RawCell]] = []
    for r, row in enumerate(rows):
        k = 0
        for raw in row:
            while (r, k) in taken:
                k += 1
            _text, rs, cs, _h = raw
            rs, cs = max(1, min(rs, 1000)), max(1, min(cs, 1000))
            for dr in range(rs):
                for dk in range(cs):
                    taken.add((r + dr, k + dk))
            placed.append((r, k, raw))
            k += cs
    n_rows = len(rows)
    n_cols = max((k + 1 for _r, k in taken), default=0)
    at = {(r, k): raw for r, k, raw in placed}
    lines: list[str] = []
    cells: list[Cell] = []
    pos = 0
    for r in range(n_rows):
        parts = []
        for k in range(n_cols):
            raw = at.get((r, k))
            t = _WS.sub(" ", raw[0]).strip() if raw else ""
            if raw is not None:
                cells.append(Cell(t, pos, pos + len(t), r, k, max(1, raw[1]), max(1, raw[2]), header=raw[3]))
            parts.append(t)
            pos += len(t) + 1
        lines.append("\t".join(parts))
    return "\n".join(lines), cells


def shifted(cells: list[Cell], by: int) -> list[Cell]:
    """The cells with their offsets moved by ``by`` (a rendered table placed inside an article)."""
    return [Cell(c.text, c.start + by, c.end + by, c.row, c.col, c.rowspan, c.colspan, c.role, c.header)
            for c in cells]


def with_caption(t: Table, text: str, *, patterns: PatternSet | None = None) -> Table:
    """Look for the ``Đơn vị tính`` line and a caption in the lines above a table placed in ``text``."""
    rules = _rules(patterns or load())
    lines = _lines(text)
    first = bisect.bisect_right([s for s, _ in lines], t.start) - 1
    _caption_above(t, text, lines, first, rules)
    return t


# -- finding tables in plain text -------------------------------------------------------------------

_LINE = lazyre.compile(r"[^\n]*")
_PIPE_RULE = lazyre.compile(r"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$")
_SPACES2 = lazyre.compile(r"(?:\t| {2,}|\u00a0{1,})")
#: (a dash alone is an empty cell: `4 Huyện Kỳ Sơn 20 4 - -`)
_TRAILING = lazyre.compile(rf"(?:[ \t\u00a0]+(?:{_NUM}|[-–](?![\S])))+[ \t\u00a0]*$")
_TOKEN = lazyre.compile(rf"(?<![\S])(?:{_NUM})(?![\S])")


def _lines(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def _split(text: str, s: int, e: int, how: str, bordered: bool = True) -> list[tuple[int, int]]:
    """The cells of line text[s:e] split by tabs, `|` or runs of 2+ spaces, as stripped spans. A `|` table
    whose rows are not ``bordered`` (`TT | Đơn vị | …`) has an empty first cell where a line opens with `|`."""
    line = text[s:e]
    if how == "pipe":
        inner = line.strip()
        off = s + line.index(inner[0]) if inner else s
        if inner.startswith("|") and bordered:
            inner, off = inner[1:], off + 1
        if inner.endswith("|") and bordered:
            inner = inner[:-1]
        parts, pos = [], off
        for piece in inner.split("|"):
            parts.append((pos, pos + len(piece)))
            pos += len(piece) + 1
    elif how == "tab":
        parts, pos = [], s
        for piece in line.split("\t"):
            parts.append((pos, pos + len(piece)))
            pos += len(piece) + 1
    else:
        parts, pos = [], s
        for m in _SPACES2.finditer(line):
            parts.append((pos, s + m.start()))
            pos = s + m.end()
        parts.append((pos, e))
        parts = [p for p in parts if text[p[0]:p[1]].strip()]
    out = []
    for a, b in parts:
        piece = text[a:b]
        a += len(piece) - len(piece.lstrip())
        b -= len(piece) - len(piece.rstrip())
        out.append((a, max(a, b)))
    return out


def _how(line: str) -> str | None:
    if "\t" in line.strip("\n ") and line.strip():
        return "tab"
    if pipe_row(line):
        return "pipe"
    if _gapped(line.strip()):
        return "spaces"
    return None


def _gapped(s: str) -> bool:
    """``_SPACES2.search(s)`` without the regex (it runs on every line of every article).

    >>> _gapped("a  b"), _gapped("a\u00a0b"), _gapped("a\tb"), _gapped("a b")
    (True, True, True, False)
    """
    return "\t" in s or "  " in s or "\u00a0" in s


def _find_separated(text: str, lines: list[tuple[int, int]], rules: _Rules, used: list[bool],
                    patterns: PatternSet) -> list[Table]:
    """Tables whose rows are lines with cells split by tabs, `|` or runs of spaces."""
    out = []
    i = 0
    while i < len(lines):
        s, e = lines[i]
        how = _how(text[s:e]) if not used[i] else None
        if how is None:
            i += 1
            continue
        rows: list[tuple[int, list[tuple[int, int]]]] = []
        hows: list[str] = []  # how each row's cells are split
        j = i
        while j < len(lines):
            s2, e2 = lines[j]
            line = text[s2:e2]
            if how == "pipe" and _PIPE_RULE.match(line):
                j += 1
                continue
            if not used[j] and _how(line) != how and rows and j + 1 < len(lines) and \
                    _how(text[lines[j + 1][0]:lines[j + 1][1]]) == how and _bare_part(line, rules):
                # a `Trong đó:` line between rows: the rows below it are parts of the row above (FIGURES.md §1)
                a = s2 + len(line) - len(line.lstrip())
                rows.append((j, [(a, a + len(line.strip()))]))
                hows.append("part")
                j += 1
                continue
            line_how = _how(line) if not used[j] else None
            if line_how is None:
                break
            if line_how != how:
                # tabs and runs of spaces are one family: a converted page writes the header with tabs and
                # the rows with spaces (or the other way round); the table goes on where the cell counts agree
                if not rows or {line_how, how} != {"tab", "spaces"}:
                    break
                cs = _split(text, s2, e2, line_how)
                prev = _filled(text, rows[-1][1])
                if _filled(text, cs) not in (prev, prev + 1 if len(rows) == 1 else prev) \
                        and not _run_has_width(text, lines, j, line_how, prev, used):
                    break
                rows.append((j, cs))
                hows.append(line_how)
                how = line_how
                j += 1
                continue
            rows.append((j, _split(text, s2, e2, how)))
            hows.append(how)
            j += 1
        piped = [k for k, h in enumerate(hows) if h == "pipe"]
        if piped and 2 * sum(text[lines[rows[k][0]][0]:lines[rows[k][0]][1]].strip().startswith("|")
                             for k in piped) < len(piped):
            # most lines open with a cell, not a border: a line that opens with `|` has an empty first cell
            rows = [(q, _split(text, *lines[q], "pipe", bordered=False)) if h == "pipe" else (q, cs)
                    for (q, cs), h in zip(rows, hows)]
        if len(set(hows) - {"part"}) == 2:  # tabs and spaces: a trailing tab is no column of its own
            rows = [(k, cs[:max(1, _filled(text, cs))]) for k, cs in rows]
        numeric_rows = sum(1 for _, cs in rows if len(cs) >= 2 and any(
            _is_bare_number(text[a:b], rules) and _year_of(text[a:b], rules) is None for a, b in cs[1:]))
        width = max((len(cs) for _, cs in rows), default=0)
        if len(rows) >= 2 and numeric_rows >= 2 and width >= 2:
            cells = []
            spaced = [row for row, h in zip(rows, hows) if h == "spaces"]
            numbered = sum(1 for _, cs in rows[1:] if len(cs) == width and text[cs[0][0]:cs[0][1]].strip().isdigit())
            for r, (_, cs) in enumerate(rows):
                if r == 0 and len(cs) == width - 1 and len(set(hows) - {"part"}) == 2:
                    placed = [(k + 1, c) for k, c in enumerate(cs)]  # a header without the stub head over wider rows
                elif r > 0 and hows[r] != "spaces" and len(cs) == width - 1 and numbered >= 2 and \
                        _LETTER_RX.search(text[cs[0][0]:cs[0][1]]):
                    # `Toàn tỉnh | 98,9 | 61,3 | 112` under rows that open with their number (`1 | Bảo Lâm | …`): a row
                    # written without its number cell, its label under the labels
                    placed = [(k + 1, c) for k, c in enumerate(cs)]
                elif hows[r] == "spaces" and len(cs) < width:
                    placed = _aligned(text, lines, spaced, cs, width)
                else:
                    placed = list(enumerate(cs))
                for k, (a, b) in placed:
                    cells.append(Cell(text[a:b], a, b, r, k))
            t = build_table(cells, layout="+".join(dict.fromkeys(h for h in hows if h != "part")), patterns=patterns)
            _caption_above(t, text, lines, i, rules)
            out.append(t)
            for k in range(i, j):
                used[k] = True
            i = j
        else:
            i = max(j, i + 1)
    return out


def _filled(text: str, cs: list[tuple[int, int]]) -> int:
    """The number of cells of a row up to its last non-empty one (a trailing tab adds none)."""
    n = len(cs)
    while n and cs[n - 1][0] == cs[n - 1][1]:
        n -= 1
    return n


def _run_has_width(text: str, lines: list[tuple[int, int]], j: int, how: str, width: int, used: list[bool]) -> bool:
    """Whether one of the lines split the same way from line ``j`` on (up to 30) has ``width`` cells: the rows
    of a run of spaces written under a tab header, the first of them with an empty cell."""
    for k in range(j, min(len(lines), j + 30)):
        line = text[lines[k][0]:lines[k][1]]
        if used[k] or _how(line) != how:
            return False
        if _filled(text, _split(text, *lines[k], how)) == width:
            return True
    return False


def _bare_part(line: str, rules: _Rules) -> bool:
    """Whether ``line`` is a part cue with nothing after it (`Trong đó:`), which a flattened table writes on a
    line of its own between a row and its parts."""
    m = _match(rules, "part_row", line.strip())
    return m is not None and not m.group("rest").strip()


def _aligned(text: str, lines: list[tuple[int, int]], rows: list, cs: list[tuple[int, int]], width: int
             ) -> list[tuple[int, tuple[int, int]]]:
    """The columns of a short row's cells in a space-aligned table: under the full row's cell whose
    start is nearest (columns in order); else its label first and its values under the last columns."""
    full = next(((j, c) for j, c in rows if len(c) == width), None)
    if full is not None and cs:
        line_start = lines[full[0]][0]
        starts = [a - line_start for a, _ in full[1]]
        row_line = bisect.bisect_right([s for s, _ in lines], cs[0][0]) - 1
        out, last = [], -1
        for a, b in cs:
            col = min(range(width), key=lambda k: abs(starts[k] - (a - lines[row_line][0])))
            if col <= last:
                break
            out.append((col, (a, b)))
            last = col
        else:
            return out
    return [(0, cs[0])] + [(width - (len(cs) - 1) + k, c) for k, c in enumerate(cs[1:])] if cs else []


#: what the last cell of a row of numbers ends in: a digit, or a dash for an empty cell
_CELL_END = frozenset("0123456789-–")


def _find_trailing(text: str, lines: list[tuple[int, int]], rules: _Rules, used: list[bool],
                   patterns: PatternSet) -> list[Table]:
    """Tables whose rows are a label followed by a run of numbers split by single spaces.

    An empty cell is a single space between the separating spaces, so a gap of
    ``1 + 2k`` spaces skips ``k`` cells. The header is the line just above.
    """
    out = []
    counts = []
    for k, (s, e) in enumerate(lines):
        line = text[s:e]
        m = _TRAILING.search(line) if not used[k] and line.rstrip()[-1:] in _CELL_END and _LETTER_RX.search(line) \
            else None
        counts.append(len(_TOKEN.findall(m.group())) if m else 0)
    i = 0
    while i < len(lines):
        if counts[i] < 2:
            i += 1
            continue
        j = i
        while j < len(lines) and not used[j] and text[lines[j][0]:lines[j][1]].strip() and (
                counts[j] >= 1 or _gapped(text[lines[j][0]:lines[j][1]])):
            j += 1
        full = [counts[k] for k in range(i, j) if counts[k] >= 2]
        width = max(set(full), key=full.count) if full else 0
        if len(full) < 2 or full.count(width) < 2:
            i = j if j > i else i + 1
            continue
        cells: list[Cell] = []
        header_line = i - 1 if i > 0 and text[lines[i - 1][0]:lines[i - 1][1]].strip() and not used[i - 1] else None
        row0 = 0
        stub: dict[str, tuple[int, int]] = {}     # the stub's own columns, when the header names them
        if header_line is not None:
            heads = _header_groups(text, *lines[header_line], width, rules, patterns)
            if not heads:
                stub, heads = _keyword_header(text, *lines[header_line], width, rules)
            if not heads:
                heads = _capitalised_heads(text, *lines[header_line], width)
            if heads:
                for name, (a, b) in stub.items():
                    cells.append(Cell(text[a:b], a, b, 0, _STUB_COLUMNS.index(name)))
                for k, (a, b) in enumerate(heads):
                    cells.append(Cell(text[a:b], a, b, 0, k + (len(_STUB_COLUMNS) if stub else 1)))
                row0 = 1
            else:
                header_line = None
        first_value = len(_STUB_COLUMNS) if stub else 1
        numbered = not stub and _numbered_rows(text, lines[i:j])
        for r, k in enumerate(range(i, j)):
            s, e = lines[k]
            line = text[s:e]
            m = _TRAILING.search(line)
            label_end = s + (m.start() if m else len(line.rstrip()))
            label = text[s:label_end]
            ls = s + len(label) - len(label.lstrip())
            row_number = _ROW_NUMBER.match(text, ls, label_end) if numbered else None
            if row_number is not None:
                ls = row_number.end()   # `1 Huyện Nam Đàn 19 19 12 5`: the row's number is no part of its label
            if stub:
                for col, (a, b) in _stub_cells(text, ls, label_end, "tt" in stub, rules):
                    cells.append(Cell(text[a:b], a, b, row0 + r, col))
            else:
                cells.append(Cell(text[ls:label_end], ls, label_end, row0 + r, 0))
            if not m:
                continue
            tokens = [(s + t.start(), s + t.end()) for t in _TOKEN.finditer(line, m.start())]
            cols = _place_tokens(text, label_end, e, tokens, width)
            for col, (a, b) in zip(cols, tokens):
                if 0 <= col < width:
                    cells.append(Cell(text[a:b], a, b, row0 + r, col + first_value))
        t = build_table(cells, layout="trailing", header_rows=row0 if row0 else None, patterns=patterns)
        first = header_line if header_line is not None else i
        _caption_above(t, text, lines, first, rules)
        out.append(t)
        for k in range(first, j):
            used[k] = True
        i = j
    return out


#: a row's number before its label (`1 Huyện Nam Đàn …`, `2. Lúa …`), a capital letter after it
_ROW_NUMBER = lazyre.compile(r"[^\S\n]*(\d{1,3})\.?[^\S\n]+(?=\p{Lu})")


def _numbered_rows(text: str, lines: list[tuple[int, int]]) -> bool:
    """Whether the rows of a table open with their numbers, 1, 2, 3 … in order (rows without one, a total row, may
    stand among them), at least two of them."""
    numbers = [int(m.group(1)) for s, e in lines if (m := _ROW_NUMBER.match(text, s, e)) is not None]
    return len(numbers) >= 2 and numbers == list(range(numbers[0], numbers[0] + len(numbers))) and numbers[0] <= 1


#: the stub's columns, in order, when a header line names them (`TT Chỉ tiêu Đơn vị tính …`)
_STUB_COLUMNS = ("tt", "label", "unit")


def _keyword_header(text: str, s: int, e: int, width: int, rules: _Rules
                    ) -> tuple[dict[str, tuple[int, int]], list[tuple[int, int]] | None]:
    """A header line written with single spaces whose value columns open with a capitalised word of their own
    (tables.toml [value_column_head]: `… Kế hoạch năm 2024 Thực hiện năm 2024 Tỷ lệ % so với KH`): the stub's columns
    (tables.toml [stub_with_unit]: row numbers, labels, units) and the ``width`` value columns' spans; ({}, None)
    when the line is not read so."""
    line = text[s:e]
    rx, stub_rx = rules.rx.get("value_column_head"), rules.rx.get("stub_with_unit")
    if rx is None or stub_rx is None:
        return {}, None
    starts = [m.start() for m in rx.finditer(line)]
    if len(starts) < width + 1:
        return {}, None
    starts = starts[-width:]
    stub = stub_rx.fullmatch(line, 0, starts[0])
    if stub is None:
        return {}, None
    ends = starts[1:] + [len(line.rstrip())]
    heads = [(s + a, s + len(line[:b].rstrip())) for a, b in zip(starts, ends)]
    spans = {name: (s + stub.start(name), s + stub.end(name)) for name in _STUB_COLUMNS if stub.group(name)}
    return spans, heads


def _capitalised_heads(text: str, s: int, e: int, width: int) -> list[tuple[int, int]] | None:
    """A header line written with single spaces whose every label opens with a capital and goes on in small letters
    (`Huyện Diện tích Năng suất Sản lượng`): the stub's head, then the ``width`` value columns' spans; None when the line
    does not split into exactly that many."""
    line = text[s:e]
    starts = [m.start() for m in _CAPITAL_WORD.finditer(line)]
    if len(starts) != width + 1 or any(c.isdigit() for c in line[:starts[1]]):
        return None
    ends = starts[2:] + [len(line.rstrip())]
    return [(s + a, s + len(line[:b].rstrip())) for a, b in zip(starts[1:], ends)]


#: a word with a capital that opens a header's label (`Diện` of `Diện tích`), not a run of capitals (`GRDP`)
_CAPITAL_WORD = lazyre.compile(r"(?<!\S)\p{Lu}(?=\p{Ll})")


def _stub_cells(text: str, start: int, end: int, numbered: bool, rules: _Rules) -> list[tuple[int, tuple[int, int]]]:
    """A row label under a stub with a unit column, split into its cells: the row number (when the stub has one), the
    label, and the unit its last words name (`Tổng số ca phẫu thuật ca`: `ca`), each with its column."""
    out: list[tuple[int, tuple[int, int]]] = []
    words = [(w.start(), w.end()) for w in _WORD_RX.finditer(text, start, end)]
    if numbered and len(words) > 1 and _match(rules, "row_number", text[words[0][0]:words[0][1]]):
        out.append((0, words[0]))     # (`1 Tổng số lượt khám bệnh`: the row's number, tables.toml [row_number])
        words = words[1:]
        start = words[0][0]
    for n in (3, 2, 1):     # the longest run of last words that the unit lexicon knows
        if len(words) > n:
            a = words[-n][0]
            phrase = text[a:end].strip()
            if phrase == "%" or phrase.lower() in rules.unit_info or phrase.lower() in rules.classifiers:
                out.append((1, (start, words[-n - 1][1])))
                out.append((2, (a, end)))
                return out
    out.append((1, (start, end)))
    return out


def _place_tokens(text: str, label_end: int, line_end: int, tokens: list[tuple[int, int]], width: int) -> list[int]:
    """The column of each number token: from the gaps (1 + 2k spaces skip k empty cells), else right-aligned."""
    if len(tokens) == width:
        return list(range(width))
    cols, pos, col = [], label_end, -1
    for a, b in tokens:
        gap = a - pos
        col += 1 + max(0, (gap - 1) // 2)
        cols.append(col)
        pos = b
    trailing = max(0, (line_end - pos) // 2)
    if cols and cols[-1] + trailing == width - 1:
        return cols
    return list(range(width - len(tokens), width))  # gaps do not add up: right-align


def _header_groups(text: str, s: int, e: int, width: int, rules: _Rules, patterns: PatternSet
                   ) -> list[tuple[int, int]] | None:
    """The ``width`` column labels of a header line: split at tabs / 2+ spaces; else one group per
    period phrase (``Quý I Quý II …``) or per year (``2015 2017 … Sơ bộ 2021``), the words between two
    of them going with the next, the words before the first being the stub head; else one per word."""
    line = text[s:e]
    parts = _split(text, s, e, "spaces")
    if len(parts) == width + 1:
        parts = parts[1:]
    if len(parts) == width:
        return parts
    words = [(s + m.start(), s + m.end()) for m in _WORD_RX.finditer(line)]
    mentions = [(s + a, s + b) for a, b in rules.remember(("header_periods", line), lambda: [
        (m.start, m.end) for m in _periods.find_periods(line, published="2000-01-01", patterns=patterns)])]
    for anchors in (mentions, [(a, b) for a, b in words if _YEAR_RX.fullmatch(text[a:b])]):
        if len(anchors) == width:
            out, prev_end = [], None
            for a, b in anchors:
                start = a if prev_end is None else next((w0 for w0, w1 in words if w0 >= prev_end), a)
                out.append((start, b))
                prev_end = b
            return out
    if len(words) == width:
        return words
    return None


_SHORT = 160


def _find_cell_lines(text: str, lines: list[tuple[int, int]], rules: _Rules, used: list[bool],
                     patterns: PatternSet) -> list[Table]:
    """Tables written one cell per line (blank lines between them or not): a header of short text
    lines, then rows, each starting at a row number or its label, as wide as the header.

    The header is the run of short text lines that makes the most numbers fall into rows (a
    ``Tổng số`` row right under the header is a row, not a header cell)."""
    out = []
    # the non-blank lines, in order
    items = [(k, s, e) for k, (s, e) in enumerate(lines) if text[s:e].strip() and not used[k]]
    n = len(items)
    strip = [text[s:e].strip() for _, s, e in items]
    is_num = [_is_number_cell(t, rules) for t in strip]
    next_num = [n] * (n + 1)  # the index of the next number line at or after each line
    for q in range(n - 1, -1, -1):
        next_num[q] = q if is_num[q] else next_num[q + 1]
    i = 0
    while i < n:
        if next_num[i] - i > 45:  # no number within a header (≤ 20 lines) and a row's label: no table from here
            i = next_num[i] - 45
            continue
        # a header: 3+ consecutive short text lines, none a number, followed soon by number lines
        if is_num[i] or len(strip[i]) > 60 or _caption_line(strip[i], rules):
            i += 1
            continue
        h = i
        # (a header cell may be a year alone after the first: `Chỉ tiêu | 2022 | 2023 | 2024`, one per line)
        while h < n and (not is_num[h] or (h > i and _YEAR_LABEL.fullmatch(strip[h]))) and len(strip[h]) <= 60 \
                and not _match(rules, "row_number", strip[h]) and h - i < 20:
            if _caption_line(strip[h], rules):
                i = h + 1  # what is above a unit line (a caption) is no header cell: the header starts below it
            h += 1
        if h - i < 3 or h >= n:
            i = max(i + 1, h)
            continue
        # the header ends where the most numbers fall into rows; it starts at the first line of the run or one
        # or two lines below it (a caption line right above the header is no header cell)
        # (and it has a cell over the row labels, or that corner cell is empty and the flattening dropped it)
        best: tuple[int, int, int, bool, list[list[tuple[int, int]]]] | None = None
        tries = [(True, i)]
        for corner, start in tries:
            for end in range(h, start + 2, -1):
                rows = _cell_rows(strip, is_num, rules, start, end, corner)
                numbers = sum(is_num[q] for row in rows for _c, q in row)
                numeric_rows = sum(1 for row in rows if any(is_num[q] for _c, q in row))
                if len(rows) >= 2 and numeric_rows >= 2 and numbers >= 4 and (
                        best is None or numbers > best[0] or (numbers == best[0] and
                                                              _rows_in_step(rows, is_num) > _rows_in_step(best[4], is_num))):
                    best = (numbers, start, end, corner, rows)
            if len(tries) == 1 and (best is None or (best[4][-1][-1][1] + 1 < n and is_num[best[4][-1][-1][1] + 1])
                                    or _rows_in_step(best[4], is_num) < len(best[4])):
                # no table, or one that stops at a number or whose rows hold their numbers in different columns (its
                # columns are off: a caption read as a header cell): try the other starts and corners
                tries += [(c, st) for c in (True, False) for st in range(i, min(i + 3, h - 2)) if (c, st) != (True, i)]
        if best is None:
            i += 1
            continue
        _, i, h, corner, rows = best
        cells = []
        for c, q in enumerate(range(i, h), start=0 if corner else 1):
            cells.append(_line_cell(text, items[q], 0, c))
        for r, row in enumerate(rows, start=1):
            for c, q in row:
                cells.append(_line_cell(text, items[q], r, c))
        t = build_table(cells, layout="lines", header_rows=1, patterns=patterns)
        _caption_above(t, text, lines, items[i][0], rules)
        out.append(t)
        last = rows[-1][-1][1]
        for q in range(items[i][0], items[last][0] + 1):
            used[q] = True
        i = last + 1
    return out


def _rows_in_step(rows: list[list[tuple[int, int]]], is_num: list[bool]) -> int:
    """How many ``rows`` hold their numbers in the columns most of them do (a table read with its columns right
    holds each row's numbers in the same columns)."""
    shapes = Counter(tuple(c for c, q in row if is_num[q]) for row in rows)
    return shapes.most_common(1)[0][1] if shapes else 0


def _yardstick_before(rules: _Rules, s: str, a: int, b: int) -> bool:
    """Whether ``s[a:b]`` ends in what names a comparison's yardstick (the ``yardstick_before`` entry)."""
    r = rules.rx.get("yardstick_before")
    return r is not None and r.search(s, a, b) is not None


def _caption_line(line: str, rules: _Rules) -> bool:
    """Whether a short line above cells written one per line is no header cell: a unit line, a table's number, or
    a caption that states the unit in brackets (`Kiều hối theo quốc gia gửi về (ĐVT: triệu USD)`)."""
    return bool(_match(rules, "unit_line", line) or _match(rules, "table_number", line)
                or ("(" in line and _match(rules, "unit_in_caption", line)))


def _line_cell(text: str, item: tuple[int, int, int], row: int, col: int) -> Cell:
    _, s, e = item
    raw = text[s:e]
    a = s + len(raw) - len(raw.lstrip())
    b = e - (len(raw) - len(raw.rstrip()))
    return Cell(text[a:b], a, max(a, b), row, col)


def _row_status(label: str | None, row_period: Period | None, status: str, rules: _Rules) -> str:
    """A cell's status: its column's, or, in a table of years as rows, its row's (`Kế hoạch 2025`, `Ước 2024`: that
    year's plan or estimate)."""
    if status != "actual" or row_period is None or not label:
        return status
    return next((st for st, rx in rules.statuses if rx.search(label)), status)


#: the word of a plan's or an estimate's column (`Kế hoạch`, `Ước thực hiện`), and a label that is only that word and its
#: year (`Kế hoạch năm 2024`, `Ước thực hiện 2024`)
_PLAN_WORD = lazyre.compile(r"\W*(?:kế\s+hoạch|kh|chỉ\s+tiêu|mục\s+tiêu|dự\s+toán|ước(?:\s+(?:thực\s+hiện|tính|đạt|th))?|ưth)",
                           regex.IGNORECASE)
_PLAN_ONLY = lazyre.compile(_PLAN_WORD.pattern + r"(?:\s+(?:năm|cả\s+năm|giao))?(?:\s+(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?)?\W*",
                           regex.IGNORECASE)
#: a column of dates (`Ngày khởi công`, `Thời điểm`): its `3/12` is a day, no part of a whole
_DATE_COLUMN = lazyre.compile(r"(?<!\w)(?:ngày|thời\s+điểm|thời\s+gian|hạn)(?!\w)", regex.IGNORECASE)
#: a column label that opens with what its cells are compared with (`So với kỳ gốc 2019`, `So cùng kỳ`)
_COMPARED_WITH = lazyre.compile(r"\W*so(?:\s+với)?\s+(?:kỳ\s+gốc|cùng|tháng|quý|năm|kế\s+hoạch|kh|dự\s+toán|bình\s+quân)(?!\w)",
                               regex.IGNORECASE)
#: a year alone, which may label a row or head a column
_YEAR_LABEL = lazyre.compile(r"(?:19|20)\d\d")
#: a corner cell over row labels that are ages (`Độ tuổi`, `Nhóm tuổi`), and such a label: a range of ages (`15-25`)
_AGE_CORNER = lazyre.compile(r"(?<!\w)tuổi(?!\w)", regex.IGNORECASE)
_AGE_RANGE = lazyre.compile(r"(?:từ\s+)?\d{1,2}\s*[-–]\s*\d{1,3}(?:\s+tuổi)?|(?:trên|dưới|từ)\s+\d{1,3}(?:\s+tuổi)?(?:\s+trở\s+lên)?",
                           regex.IGNORECASE)


#: a sentence that introduces what follows (`Kết quả thực hiện các chỉ tiêu … 6 tháng đầu năm 2024:`): no row's label (a
#: document's letterhead above it, `UBND TỈNH …`, `BÁO CÁO`, is then no header of the table under it)
_INTRODUCES = lazyre.compile(r"[^\n]{30,}:")


def _cell_rows(strip: list[str], is_num: list[bool], rules: _Rules, i: int, h: int, corner: bool = True
               ) -> list[list[tuple[int, int]]]:
    """The rows after a header of lines ``i .. h-1``: per row, (column, line index) of its cells. Without
    ``corner`` the header has no cell over the row labels (an empty corner cell a flattened table drops)."""
    width = h - i + (0 if corner else 1)
    has_number_col = corner and bool(_match(rules, "row_number_column", strip[i]))
    # (under a corner cell of ages, `Độ tuổi`, a row's label may be a range of ages: `15-25`)
    ages = corner and _AGE_CORNER.search(strip[i]) is not None
    label_col = 1 if has_number_col else 0
    rows: list[list[tuple[int, int]]] = []
    n = len(strip)
    k = h
    while k < n:
        if len(strip[k]) > _SHORT:
            break
        row: list[tuple[int, int]] = []
        col = 0
        if has_number_col:
            if _match(rules, "row_number", strip[k]) or _match(rules, "code_cell", strip[k]):
                row.append((0, k))
                k += 1
            col = 1
        if k >= n or (is_num[k] and not _YEAR_LABEL.fullmatch(strip[k]) and not (
                ages and _AGE_RANGE.fullmatch(strip[k]))) or len(strip[k]) > _SHORT or _INTRODUCES.fullmatch(strip[k]):
            break   # (a row's label may be a year alone: `Năm | Diện tích (ha)` over `2022 | 15.200`)
        if not row and k + 1 < n and not is_num[k + 1] and _bare_part(strip[k], rules):
            rows.append([(label_col, k)])  # `Trong đó:` on a line of its own: the rows below are parts
            k += 1
            continue
        while k < n and col < width:
            cell = strip[k]
            if row and col > label_col and (
                    (has_number_col and not is_num[k] and _match(rules, "row_number", cell))
                    or len(cell) > _SHORT or _INTRODUCES.fullmatch(cell)
                    or (not is_num[k] and _match(rules, "part_row", cell))):
                break
            row.append((col, k))
            col += 1
            k += 1
        if not any(is_num[q] for _c, q in row):
            break
        rows.append(row)
    return rows


#: a line that says when the page was posted or updated: the page's date, no caption of a table under it
_DATELINE_LINE = lazyre.compile(r"\W*(?:(?:ngày\s+)?(?:đăng|cập\s+nhật|xuất\s+bản)(?:\s+(?:ngày|lúc))?\s*:?\s*\d"
                                r"|(?:thứ\s+\p{L}+|chủ\s+nhật)\s*,?\s*(?:ngày\s+)?\d{1,2}/\d{1,2}/\d{4}"
                                r"|\d{1,2}/\d{1,2}/\d{4}(?:\s*[-|,]?\s*\d{1,2}:\d{2}(?:\s*\(GMT\+7\))?)?\W*$)",
                                regex.IGNORECASE)
#: where a sentence ends inside a line: after a small letter's, a percent's or a bracket's full stop, before a capital
#: (`… chủ thể. Số sản phẩm`, `… chiếm khoảng 22%. Kết quả tại một số địa phương:`; not `TP. Hồ Chí Minh`)
_SENTENCE_BREAK = lazyre.compile(r"(?<=(?:\p{Ll}|\d\d|%|\))[.!?])\s+(?=\p{Lu})")   # (`… so với năm 2022. Kết quả …`)


def _caption_above(t: Table, text: str, lines: list[tuple[int, int]], first: int, rules: _Rules) -> None:
    """The ``Đơn vị tính`` line and a caption among the two non-blank lines above line ``first``."""
    seen = 0
    k = first - 1
    while k >= 0 and seen < 2:
        s, e = lines[k]
        line = text[s:e].strip()
        k -= 1
        if not line:
            continue
        if _DATELINE_LINE.match(line):
            continue    # `Ngày đăng: 20/1/2025`, `Thứ Hai, 20/1/2025 08:15`: when the page was posted, no caption
        seen += 1
        per_column = _match(rules, "unit_per_column", line)
        if per_column is not None and not t.column_units:
            _add_column_units(t, per_column.group("pairs"))
            continue
        one_column = _match(rules, "unit_of_named_column", line) if not t.column_units else None
        if one_column is not None:
            # `Đơn vị tính dư nợ: triệu đồng`: the unit of the column the line names
            t.column_units[" ".join(one_column.group("name").split()).lower()] = one_column.group("unit").strip()
            continue
        m = _match(rules, "unit_line", line)
        named = _named_units(m.group("unit"), rules) if m and t.unit is None and not t.column_units else None
        if named:
            t.column_units.update(named)
            continue
        if m and t.unit is None:
            t.unit = m.group("unit")
            continue
        if t.caption is not None:
            continue
        last = _SENTENCE_BREAK.split(line)[-1]
        if last != line and _BARE_INTRO.fullmatch(last):
            # `… đón 236.800 lượt khách, đạt 78,9% kế hoạch năm. Cụ thể:`: a word that only says the details follow
            # names nothing; the sentence before it is the line's last
            line = line[:len(line) - len(last)].rstrip()
            last = _SENTENCE_BREAK.split(line)[-1]
        if last != line and last.endswith(":"):
            # `2. Lũy kế …, toàn tỉnh có 312 sản phẩm OCOP …. Số sản phẩm chia theo địa phương như sau:`: the
            # sentence that introduces the table is its caption, not the paragraph it ends
            line = last
        if _states_a_figure(line, rules):
            break   # `Năm 2024, toàn huyện bê tông hóa 48,6 km đường.`: prose before the table, no caption of it
        if len(line) <= 200:
            pairs = _match(rules, "units_per_column_in_caption", line) if not t.column_units else None
            if pairs is not None:
                # (`Kết quả đấu giá (số tiền: tỷ đồng):`: the unit of the column it names, as a unit line's pairs)
                _add_column_units(t, pairs.group("pairs"))
                line = f"{line[:pairs.start()].rstrip()}{line[pairs.end():]}"
            inner = _match(rules, "unit_in_caption", line)
            per_column = _match(rules, "unit_per_column", f"Đơn vị tính: {inner.group('unit')}") \
                if inner is not None and ":" in inner.group("unit") and not t.column_units else None
            if per_column is not None:
                # (`Kết quả theo từng Đội (Đơn vị tính: vụ; số tiền: triệu đồng):`: a unit line's pairs, in the caption)
                _add_column_units(t, per_column.group("pairs"))
                line, inner = f"{line[:inner.start()].rstrip()}{line[inner.end():]}", None
            if inner is None and t.unit is None:
                # (or a unit alone in the caption's last bracket, `(USD/tấn)`; other words there are no unit)
                inner = _match(rules, "unit_bracket_in_caption", line)
                if inner is not None and not _names_a_unit(inner.group("unit"), line[:inner.start()], rules):
                    inner = None
            if inner is not None and t.unit is None:
                t.unit = inner.group("unit")
                line = f"{line[:inner.start()].rstrip()}{line[inner.end():]}"
            t.caption = line
            break


#: a column label that counts a noun (`Số hộ …`), in the padded lower case the column units are matched in
_COUNTED_LABEL = lazyre.compile(r" số (?!tiền|lượng|liệu)\p{L}+ ")
#: a sentence that only says the details follow (`Cụ thể:`, `Chi tiết như sau:`), naming nothing a table counts
_BARE_INTRO = lazyre.compile(r"[^\S\n]*(?:cụ[^\S\n]+thể|chi[^\S\n]+tiết|kết[^\S\n]+quả)?"
                            r"(?:[^\S\n]*,?[^\S\n]*như[^\S\n]+sau)?[^\S\n]*:[^\S\n]*", regex.IGNORECASE)
#: a number and the word after it (`48,6 km`), past its multiplier words (`16,4 triệu tấn`), not a section or table
#: number (`2. Kết quả`)
_NUMBER_THEN_WORD = lazyre.compile(r"(?<![\p{L}\d])\d[\d.,]*(?<=\d)(?:[^\S\n]+(?:nghìn|ngàn|vạn|triệu|tỷ|tỉ)(?!\w))*"
                                   r"[^\S\n]+(?=\p{L})")


def _states_a_figure(line: str, rules: _Rules) -> bool:
    """Whether a line is a sentence that states a figure (it ends as a sentence ends and has a number in a unit): a
    caption names what a table measures, it does not state a figure.

    >>> from dtextract.patterns import load
    >>> rules = _rules(load())
    >>> _states_a_figure("Năm 2024, toàn huyện bê tông hóa 48,6 km đường giao thông nông thôn.", rules)
    True
    >>> _states_a_figure("Bảng 2. Diện tích lúa năm 2024 theo huyện.", rules)
    False
    >>> _states_a_figure("Kết quả như sau:", rules)
    False
    >>> _states_a_figure("Năm 2023, sản lượng đá vôi toàn tỉnh đạt 16,4 triệu tấn, bằng 96,5% kế hoạch.", rules)
    True
    """
    if not line.endswith((".", "!", "?")):
        return False
    return any(rules.unit_rx.match(line, m.end()) is not None for m in _NUMBER_THEN_WORD.finditer(line))


def _is_money(unit: str, rules: _Rules) -> bool:
    u = _unit_of(unit, rules)
    return u is not None and u.kind == "money"


def _past_multipliers(words: list[str], rules: _Rules) -> list[str]:
    """``words`` past the multipliers they open with (`triệu kWh` → `kWh`)."""
    k = 0
    while k < len(words) and words[k].lower() in rules.multipliers:
        k += 1
    return words[k:]


def _named_units(units: str, rules: _Rules) -> dict[str, str] | None:
    """The units of a unit line that names, before each, the column it is of, with no sign between (`Đơn vị tính: công
    suất MW; sản lượng triệu kWh`), by column name in lower case; None where a part is a unit alone (`ha; tấn`, `lượt cơ
    sở; mẫu`) or names no unit."""
    parts = [p.strip() for p in units.split(";")]
    if len(parts) < 2:
        return None

    def a_unit(words: list[str]) -> bool:    # (a unit of the lexicon, after its multipliers: `triệu kWh`)
        words = _past_multipliers(words, rules)
        return bool(words) and rules.unit_rx.fullmatch(" ".join(words)) is not None

    found: dict[str, str] = {}
    for part in parts:
        words = part.split()
        # (the longest run of words at the part's end that is a unit, after a name that is no unit itself)
        at = next((k for k in range(1, len(words)) if a_unit(words[k:])), None)
        # (a part that is a unit as a whole, `lượt khách`, `triệu đồng`, is the unit of columns by order)
        if at is None or a_unit(words) or a_unit(words[:at]) or \
                all(w.lower() in rules.multipliers for w in words[:at]):
            return None
        found[" ".join(words[:at]).lower()] = " ".join(words[at:])
    return found


def _add_column_units(t: Table, pairs: str) -> None:
    """``column: unit`` pairs split by ``;`` (`Diện tích: ha; Năng suất: tạ/ha`), ``column - unit`` pairs (`diện tích -
    ha; sản lượng - tấn`), or ``column (unit)`` pairs split by commas (`diện tích (ha), sản lượng (tấn)`), into
    ``t.column_units``; a name said as the unit of a column (`đơn vị công suất: MWp`) is that column's."""
    if ":" not in pairs and _DASH_PAIR.search(pairs):
        # `diện tích - ha; sản lượng - tấn`: each column's name, a dash, its unit
        for pair in pairs.split(";"):
            name, unit = (_DASH_PAIR.split(pair, maxsplit=1) + [""])[:2]
            if name.strip() and unit.strip():
                t.column_units[" ".join(name.split()).lower()] = unit.strip()
        return
    if ":" not in pairs:
        # `diện tích (ha), sản lượng (tấn)`: each column's name with its unit in brackets
        for m in _BRACKETED_PAIR.finditer(pairs):
            t.column_units[" ".join(m.group(1).split()).lower()] = m.group(2).strip()
        return
    for pair in pairs.split(";"):
        name, _, unit = pair.partition(":")
        name = _UNIT_OF_COLUMN.sub("", " ".join(name.split()))
        if name.strip() and unit.strip():
            t.column_units[name.lower()] = unit.strip()
        elif name.strip() and not unit and t.unit is None:
            t.unit = name.strip()   # (`Đơn vị tính: việc; tiền: triệu đồng`: the unit of the columns the pairs leave)


def _unit_no_label_names(table: Table, grid: list[list[Cell | None]], hr: int, col_label: list[str]
                         ) -> tuple[frozenset[int], str] | None:
    """The columns with numbers whose labels name none of a unit line's quantities, and the unit of the one quantity no
    label names: `diện tích (ha); sản lượng (tấn)` over `Diện tích thả nuôi | Trứng bào xác | Sinh khối`, the things
    produced are said in tonnes; or of the one quantity a line names for one column when no label names it (`Đơn vị tính
    sản lượng: nghìn chiếc` over year columns). None when no label names a quantity of two or more, or more than one is
    left."""
    if not table.column_units:
        return None
    labels = {k: f" {' '.join(col_label[k].split()).lower()} " for k in _numeric_columns(table, grid, hr, table.n_cols)}
    if len(table.column_units) == 1:
        # (`Đơn vị tính sản lượng: nghìn chiếc` over `Số doanh nghiệp | Năm 2023 | Ước thực hiện năm 2024`: a quantity no
        # label names is what the columns that count nothing of their own hold)
        ((name, unit),) = table.column_units.items()
        if any(f" {name} " in label for label in labels.values()):
            return None
        cols = frozenset(k for k, label in labels.items() if _COUNTED_LABEL.match(label) is None)
        return (cols, unit) if cols else None
    said = {name for name in table.column_units if any(f" {name} " in label for label in labels.values())}
    left = [u for name, u in table.column_units.items() if name not in said]
    if not said or len(left) != 1:
        return None
    return frozenset(k for k, label in labels.items() if not any(f" {name} " in label for name in said)), left[0]


_BRACKETED_PAIR = lazyre.compile(r"([^,;()]+?)\s*\(([^()]+)\)")
_DASH_PAIR = lazyre.compile(r"\s[-–]\s")


#: `đơn vị (tính)` before a column's name in a caption's `column: unit` pair
_UNIT_OF_COLUMN = lazyre.compile(r"^(?:đơn\s+vị(?:\s+tính)?|đvt)\s+(?=\p{L})", regex.IGNORECASE)


def find_tables(text: str, *, patterns: PatternSet | None = None) -> list[Table]:
    """The tables written as text in ``text`` (tab, ``|`` or 2+ space separated lines; label-and-numbers
    lines; one cell per line), in text order, with offsets into ``text``.

    Prose never makes a table: a table needs two or more rows with numeric cells
    and a consistent number of columns.
    """
    patterns = patterns or load()
    rules = _rules(patterns)
    if "\n" not in text and "\t" not in text and "|" not in text:
        return []
    lines = _lines(text)
    used = [False] * len(lines)
    found = _find_separated(text, lines, rules, used, patterns)
    found += _find_trailing(text, lines, rules, used, patterns)
    found += _find_cell_lines(text, lines, rules, used, patterns)
    return sorted(found, key=lambda t: t.start)


# -- figures -----------------------------------------------------------------------------------------

_PAREN = lazyre.compile(r"\s*\(([^()]{1,40})\)\s*$")
_BARE_YEAR = lazyre.compile(r"(?<![\w/.-])((?:19|20)\d\d)(?![\w/])")


@dataclass
class _Unit:
    unit: str
    kind: str
    multiplier: float = 1.0


#: a percent and the whole it is of (`% thiết kế`, `% dung tích`, `% kế hoạch`)
_PERCENT_OF = lazyre.compile(r"(?:%|phần\s+trăm)[^\S\n]+(?:so\s+với[^\S\n]+)?\p{Ll}[\p{L}\s]{0,30}$")
#: `tỷ lệ` (a rate) opening a unit phrase: a noun, not the multiplier `tỷ` and a unit `lệ`
_RATE_NOUN = lazyre.compile(r"(?i:tỷ|tỉ|tỳ)[^\S\n]+lệ(?!\w)[^\S\n]*:?")


def _unit_of(phrase: str | None, rules: _Rules) -> _Unit | None:
    return rules.remember(("_unit_of", phrase), lambda: _unit_of_uncached(phrase, rules))


def _unit_of_uncached(phrase: str | None, rules: _Rules) -> _Unit | None:
    """What a unit phrase (``tỷ đồng``, ``%``, ``người``, ``giường bệnh``) makes of a cell."""
    if not phrase:
        return None
    u = phrase.strip().strip("()").strip()
    rate = _RATE_NOUN.match(u)
    if rate is not None:
        u = u[rate.end():].strip()      # `tỷ lệ %`: the noun `tỷ lệ` (a rate), no multiplier `tỷ`
    if not u or len(u) > 40 or _LONE_DIGIT.search(u.replace("1 vạn", "").split("/")[0]):
        return None     # (a number of its own; not the power of `m2`, `m3`)
    words = u.split()
    mult = 1.0
    while words and words[0].lower() in rules.multipliers:
        mult *= rules.multipliers[words.pop(0).lower()]
    if not words:
        return None
    rest = " ".join(words)
    if rest in ("%", "phần trăm") or _PERCENT_OF.match(rest):
        return _Unit("%", "percent", 1.0)   # (`% thiết kế`, `% so với kế hoạch`: a percent of what it names)
    low = rest.lower()
    head = low.split("/")[0].strip()
    info = rules.unit_info.get(low) or rules.unit_info.get(head)
    if info:
        kind, canon, _ = info
        unit = canon or rest
        if "/" in low and kind != "percent":
            # (an acronym keeps its capitals, `USD/tấn`; other words are written small, `đồng/kg`)
            written = head if not rest[:len(head)].isupper() else rest[:len(head)]
            unit, kind = (canon or written) + rest[len(head):] if not canon else canon + low[len(head):], \
                ("money" if kind == "money" else "measure")
        return _Unit(unit if kind != "money" or "/" in unit else (canon or rest), kind, mult)
    first = rules.unit_info.get(head.split()[0]) if " " in head else None
    if first is not None and first[0] == "measure":
        return _Unit(rest, "measure", mult)     # `m2 sàn/người`: a measure's unit with what it measures
    return _Unit(rest, "measure" if "/" in rest else "count", mult)


#: a column that counts sites by what they are (`Điểm sạt lở`, `Số điểm quan trắc`, `Số lượng điểm phục vụ`), not a
#: score (`Điểm trung bình`, `Điểm thi THPT`, `Điểm học bạ`)
_SITES_LABEL = lazyre.compile(r"\W*(?:(?:số(?:\s+lượng)?|loại)\s+)?điểm\s+(?:sạt\s+lở|sụt\s+lún|ngập(?:\s+úng)?|quan\s+trắc|giao\s+dịch|bán|cháy|"
                              r"đen|nóng|ùn\s+tắc|tai\s+nạn|truy\s+cập|du\s+lịch|trường|tiêm|khám|thu\s+gom|tập\s+kết|"
                              r"cấp\s+nước|phục\s+vụ|chợ|dừng|đỗ|trông\s+giữ|đón|cầu|bưu\s+điện)(?!\w)|"
                              # (or the sites counted by their initials: `Số điểm BĐVHX`; or by what is there, said
                              # after `Số điểm`, which names no score: `Số điểm sạc, đổi pin`, `Số điểm biến động rừng`)
                              r"\W*số(?:\s+lượng)?\s+điểm\s+(?:(?-i:\p{Lu}{2,})(?!\w)|(?!(?:thi|trung|chuẩn|ưu|cộng|"
                              r"thưởng|rèn|tín|bình|đạt|tối|sàn|liệt|xét|môn|bài|các|của)(?!\w))\p{Ll})", regex.IGNORECASE)
#: a column or row that counts days of a kind (`Số ngày AQI trên 100`, `Số ngày mưa`)
_DAYS_COUNTED = lazyre.compile(r"\W*số\s+(?:ngày|tuần|tháng|năm)\s+\S", regex.IGNORECASE)
#: the number a caption opens with (`Bảng 1.`, `Bảng.`, `Biểu 2:`)
_CAPTION_NUMBER = lazyre.compile(r"^\W*(?:bảng|biểu)(?:\s+\d+(?:\.\d+)*)?\s*[.:]?", regex.IGNORECASE)

#: the separators of a unit line that lists one unit per column (`Đơn vị tính: vụ, người`; `ĐVT: tấn; triệu đồng`)
_UNIT_LIST_SEP = lazyre.compile(r"\s*[,;]\s*|\s+và\s+")


def _listed_units(phrase: str, rules: _Rules) -> list[tuple[str, _Unit]] | None:
    """The units of a unit line that lists several (each with its words in lower case), or None: one unit, or a
    list that is not all units."""
    parts = [p for p in _UNIT_LIST_SEP.split(phrase.strip().strip("()").strip()) if p]
    if len(parts) < 2:
        return None
    units = [(p.lower(), _unit_of(p, rules)) for p in parts]
    if any(u is None for _, u in units):
        return None
    first = units[0][1]
    if first is not None and first.multiplier != 1.0 and all(
            u is not None and u.kind == "count" and u.multiplier == 1.0 for _, u in units[1:]) and first.kind == "count":
        # `triệu cây, chậu`: a multiplier before things counted together counts each of them in it (million trees,
        # million pots), as `triệu tấn, ha` does not (tonnes and hectares, each a column's)
        return [(u.unit.lower(), _Unit(u.unit, u.kind, first.multiplier)) for _, u in units if u is not None]
    if any(w == "điểm" for w, _u in units) and \
            all(u is not None and u.kind == "count" for w, u in units if w != "điểm"):
        # `Đơn vị tính: điểm, lớp, lượt thiếu nhi`: among things counted, `điểm` is sites counted too, not a score
        return [(w, _Unit(u.unit, "count", u.multiplier) if w == "điểm" else u) for w, u in units if u is not None]
    return [(w, u) for w, u in units if u is not None]


def _row_listed_unit(units: list[tuple[str, _Unit]], label: str, stated: str, rules: _Rules) -> _Unit | None:
    """`Đơn vị tính: triệu cây, chậu` over the rows `Cây giống hoa kiểng`, `Hoa kiểng chậu`, `Tổng cộng`, which no column
    splits: the listed unit a row's label names (as a column's does, :func:`_column_unit`), a total row's the list as one
    unit; else None."""
    named = _column_unit(units, label)
    if named is not None:
        return named
    if _match(rules, "total_row", label) is not None:
        return _unit_of(stated, rules)
    return None


def _other_kinds_left(units: list[tuple[str, _Unit]], given: list[_Unit | None]) -> list[_Unit]:
    """The units of a unit line that no column named (``given``: each column's, or None), in their order, when all are
    of other kinds than those named (`người; triệu đồng` with `người` named); else none (`vụ, việc`: the same things
    counted twice over)."""
    named = {id(u) for u in given if u is not None}
    kinds = {u.kind for u in given if u is not None}
    left = [u for _w, u in units if id(u) not in named]
    return [] if any(u.kind in kinds for u in left) else left


#: a column label that names an area, or an amount by weight, first (`Diện tích liên kết`, `Sản lượng 9 tháng`)
_AREA_LABEL = lazyre.compile(r"\s*(?:tổng\s+)?diện\s+tích(?!\w)", regex.IGNORECASE)
_WEIGHT_LABEL = lazyre.compile(r"\s*(?:tổng\s+)?(?:sản\s+lượng|khối\s+lượng|trọng\s+lượng)(?!\w)", regex.IGNORECASE)


def _units_by_dimension(units: list[tuple[str, _Unit]], labels: list[str]) -> list[_Unit] | None:
    """The unit each column takes from a unit line that lists one unit of area and one of weight (`ha, tấn`), by what
    its label names (`Diện tích …`, `Sản lượng …`), or None when the line lists other units or a label names neither."""
    area = [u for _w, u in units if u.unit.lower() in _subjects.AREA_UNITS]
    weight = [u for _w, u in units if u.unit.lower() in _figures.WEIGHT_SCALE]   # (a multiplier before it allowed)
    if len(units) != 2 or len(area) != 1 or len(weight) != 1:
        return None
    out = []
    for label in labels:
        if _AREA_LABEL.match(label):
            out.append(area[0])
        elif _WEIGHT_LABEL.match(label):
            out.append(weight[0])
        else:
            return None
    return out


def _same_measure_groups(numeric: list[int], col_label: list[str]) -> list[list[int]]:
    """The columns with numbers in runs that name the same thing before a time (`Diện tích năm 2022`, `Diện tích năm
    2023`): one run per thing, in order."""
    groups: list[list[int]] = []
    last = None
    for k in numeric:
        label = " ".join(col_label[k].lower().split())
        cut = _PERIOD_IN_LABEL.search(label)
        thing = label[:cut.start()].strip() if cut is not None else label
        if groups and thing and thing == last:
            groups[-1].append(k)
        else:
            groups.append([k])
        last = thing
    return groups


#: where a column label's period begins (`Diện tích| năm 2022`, `Sản lượng| 6 tháng`)
_PERIOD_IN_LABEL = lazyre.compile(r"(?<!\w)(?:năm|tháng|quý|kỳ|giai\s+đoạn|cùng\s+kỳ|\d)")


def _whole_columns(numeric: list[int], col_unit: list[tuple[str | None, str]], col_label: list[str],
                   rules: _Rules) -> list[int]:
    """The columns with numbers that are no part of the column before (`Trong đó cho trái` after `Diện tích`: a part
    column after the first, whose label gives no unit of its own)."""
    return [k for i, k in enumerate(numeric) if not (i and col_unit[k][0] is None
                                                     and _match(rules, "part_column", col_label[k]))]


def _parts_in_wholes_unit(numeric: list[int], wholes: list[int], col_table_unit: list[_Unit | None],
                          whole_col: dict[int, int]) -> None:
    """Give each part column (a column with numbers that is not among ``wholes``) the unit of the whole column before
    it, and record that whole as its own (`Diện tích | Trong đó cho trái` under `ha, tấn`)."""
    for k in sorted(set(numeric) - set(wholes)):
        w = max(j for j in wholes if j < k)
        col_table_unit[k] = col_table_unit[w]
        whole_col.setdefault(k, w)


def _in_column_order(units: list[tuple[str, _Unit]], given: list[_Unit | None], numeric: list[int]) -> bool:
    """Whether a unit line lists one unit per column that holds numbers (``numeric``), and every column that names one
    of them (``given``) names the one at its own place in the list."""
    return len(numeric) == len(units) and all(given[k] is None or given[k] is u for k, (_w, u) in zip(numeric, units))


def _numeric_columns(table: Table, grid: list[list[Cell | None]], hr: int, n_cols: int) -> list[int]:
    """The columns (other than the labels') that hold a number in a row below the header."""
    return [k for k in range(n_cols) if k != table.label_col and any(
        c is not None and c.role == "content" and c.col == k and any(ch.isdigit() for ch in c.text)
        for row in grid[hr:] for c in row)]


def _column_unit(units: list[tuple[str, _Unit]], label: str) -> _Unit | None:
    """Which of a unit line's ``units`` a column's ``label`` names (`Số người chết` → `người`), the longest first;
    None when it names none (the column's own words then say what it counts)."""
    low = f" {' '.join(label.lower().split())} "
    named = [(len(w), u) for w, u in units if (w == "%" and ("%" in low or "tỷ lệ" in low)) or f" {w} " in low]
    if not named:
        # (a unit of two words the label names by its first, a classifier, only: `lượt cơ sở, mẫu` over `Số lượt kiểm
        # tra`, the turns counted being the premises')
        named = [(len(w), u) for w, u in units if " " in w and f" {w.split()[0]} " in low]
        if len(named) > 1:
            return None
    return max(named, key=lambda x: x[0])[1] if named else None


def _names_together(stated: str, units: list[tuple[str, _Unit]], label: str) -> bool:
    """Whether a column's ``label`` names a unit line's things counted together, as the line writes them (`Tổng số
    thôn, bản` under `Đơn vị tính: thôn, bản`; not `Người nhận lương hưu tại điểm` under `điểm; người`)."""
    if not all(u.kind == "count" for _w, u in units):
        return False
    said = regex.escape(" ".join(stated.lower().split())).replace(r"\ ", r"\s+")
    return regex.search(rf"(?<!\w){said}(?!\w)", " ".join(label.lower().split())) is not None


#: a digit that is a number of its own (not the power of `m2`)
_LONE_DIGIT = lazyre.compile(r"(?<!\p{L})\d")


def _clean_label(label: str, rules: _Rules) -> tuple[str, bool]:
    return rules.remember(("_clean_label", label), lambda: _clean_label_uncached(label, rules))


def _clean_label_uncached(label: str, rules: _Rules) -> tuple[str, bool]:
    """A row label without its ``- Trong đó:`` lead (and whether it had one)."""
    label = " ".join(label.split())
    m = _match(rules, "part_row", label)
    if m:
        return m.group("rest").strip(" :-"), True
    return label.strip(" -–•*"), False


#: the name of a district's government, which stands for the district itself in a row label
_DISTRICT_ITSELF = lazyre.compile(r"(?i:UBND|ủy\s+ban\s+nhân\s+dân|uỷ\s+ban\s+nhân\s+dân)")
#: a power written flat after a unit's letters (`m3`, `km2`), and a digit of a chemical formula (`CO2tđ`)
_FLAT_POWER = lazyre.compile(r"(?<=\p{L})[23](?!\w)|(?<=(?<!\w)\p{Lu}{1,2})\d(?=\p{Ll}{0,3}(?!\w))")


def _label_unit(label: str, rules: _Rules) -> tuple[str | None, str]:
    return rules.remember(("_label_unit", label), lambda: _label_unit_uncached(label, rules))


def _label_unit_uncached(label: str, rules: _Rules) -> tuple[str | None, str]:
    """A unit stated in a label's trailing brackets (``(người)``, ``(tỷ đồng)``, ``(%)``), and the label without it."""
    m = _PAREN.search(label)
    if m and any(rx.fullmatch(m.group(1).strip()) for _, rx in rules.statuses):
        m = None    # (`Tết 2025 (dự kiến)`, `(ước thực hiện)`: what the cells are, no unit)
    # (a digit only as a power written flat after its letters, `m3`, `km2`, or in a rate's denominator, `ca/100.000
    # dân`: a unit, not a year or a count)
    if m and _unit_of(m.group(1), rules) and len(m.group(1).split()) <= 4 and \
            not _DIGIT_RX.search(_FLAT_POWER.sub("", _PER_NUMBER.sub("/", m.group(1)))) \
            and (m.group(1).strip() == "%" or m.group(1).split()[0].lower() in rules.multipliers
                 or m.group(1).strip().lower() in rules.unit_info or m.group(1).islower()
                 # (a unit of measure and what it weighs, `(tấn CO2tđ)`)
                 or rules.unit_info.get(m.group(1).split()[0].lower(), ("",))[0] == "measure"):
        return m.group(1), label[:m.start()].rstrip()
    if label.rstrip().endswith("%") and not _NUMBER_PERCENT_RX.search(label):
        return "%", label.rstrip()[:-1].rstrip(" ,(")
    return None, label


def _names_a_unit(bracket: str, label: str, rules: _Rules) -> bool:
    """Whether a label's bracket names a unit outright: `%`, a rate (`%/năm`, `đồng/kg`), an amount (`tỷ đồng`), a unit
    the lexicon knows (`người`, `ha`), a classifier (`bản`, `thẻ`), or the noun the label counts named again (`Số bãi
    chôn lấp (bãi)`), not only words a unit could be read from (`Cá rô phi (đơn tính)`, `Tôm sú (giống)`)."""
    words = _past_multipliers(bracket.split(), rules)
    low = " ".join(words).lower()
    if not low:
        return bool(bracket.split())
    head = low.split("/")[0].strip()
    return low in ("%", "phần trăm") or "/" in low or low in rules.unit_info or head in rules.unit_info or \
        low in rules.classifiers or \
        (" " in head and rules.unit_info.get(head.split()[0], ("",))[0] == "measure") or \
        f" {low} " in f" {label.lower()} "


#: the number of a rate's denominator (`ca/100.000 dân`, `bác sĩ/1 vạn dân`): a unit's, not a count or a year
_PER_NUMBER = lazyre.compile(r"/\s*\d[\d.,]*\s+(?=\p{L})")


def _rate(label: str, rules: _Rules) -> str | None:
    return rules.remember(("_rate", label), lambda: _rate_uncached(label, rules))


def _rate_uncached(label: str, rules: _Rules) -> str | None:
    m = _match(rules, "rate", label)
    return " ".join(m.group("den").split()) if m else None


#: a column that only sums the columns before it (`Tổng số`, `Tổng cộng`, `Cộng`)
_TOTAL_LABEL = lazyre.compile(r"\W*(?:tổng\s+số|tổng\s+cộng|tổng|cộng)\W*", regex.IGNORECASE)
#: a column that says only whether the things passed (`Đạt`, `Không đạt`, `Chưa đạt`)
_PASS_FAIL_LABEL = lazyre.compile(r"\W*(?:(?:không|chưa)\s+)?đạt\W*", regex.IGNORECASE)
#: a column or row label that names a time (`Tuần trước`, `Tháng 10`, `Năm 2024`), not what is counted
#: (not the days of work given, `Ngày công`: a count of them)
_TIME_LABEL = lazyre.compile(r"\s*(?:tuần|tháng|năm|quý|kỳ|ngày(?!\s+công(?!\w))|giai đoạn|cùng kỳ)(?!\w)", regex.IGNORECASE)


def _kind_of_counted(label: str | None, nouns: list[str]) -> _Unit | None:
    """The noun of ``nouns`` (what the table's `Số <noun>` columns count) that a row label opens with, a kind of that
    thing (`Hồ lớn` under `Số hồ`), as the unit of the row's cells that name none; else None."""
    low = f"{' '.join((label or '').split()).lower()} "
    noun = next((n for n in sorted(nouns, key=len, reverse=True) if low.startswith(f"{n.lower()} ")), None)
    return _Unit(noun, "count") if noun is not None else None


#: a column of how many of the things counted have or had something done (`Có nhà văn hóa`, `Đã kiên cố hóa`)
#: (and a `Số …` label whose next word is what befell the things, not the things, `Số mắc tật khúc xạ`: the noun counted
#: is left out, as the column before names it, `Số học sinh được khám`)
_HAVING_COLUMN = lazyre.compile(r"\W*(?:số\s+)?(?:có|đã|chưa|được|mắc|bị)\s+\p{L}", regex.IGNORECASE)


def _having_counted(col_label: str | None, nouns: list[str]) -> _Unit | None:
    """`Số thôn, bản | Có nhà văn hóa | Có khu vui chơi trẻ em`: a column of how many of the table's one counted noun
    have something counts that noun (its cells name no unit of their own); else None."""
    if not col_label or len(set(n.lower() for n in nouns)) != 1 or _HAVING_COLUMN.match(col_label) is None:
        return None
    return _Unit(nouns[0], "count")


def _implied_unit(label: str, rules: _Rules) -> _Unit | None:
    return rules.remember(("_implied_unit", label), lambda: _implied_unit_uncached(label, rules))


def _implied_unit_uncached(label: str, rules: _Rules) -> _Unit | None:
    """The unit a row label implies when nothing states one: `Tỷ lệ …` → %, `Số ca …` → ca, a rate's head noun."""
    if _match(rules, "percent_label", label):
        return _Unit("%", "percent")
    den = _rate(label, rules)
    m = _match(rules, "count_label", label)
    if m:
        from . import segment
        rest = m.group("rest")
        if _HAVING_COLUMN.match(rest) is not None:
            return None     # (`Số mắc tật khúc xạ`: no noun of its own, :data:`_HAVING_COLUMN`)
        if den:
            cue = rules.rx.get("rate_head")
            head = cue.split(rest, maxsplit=1)[0] if cue else rest
            if len(head.split()) <= 3:
                return _Unit(f"{head.lower()}/{den}", "measure")
        known = _leading_unit(rest, rules)
        if known is not None:
            return known
        words = segment.words(rest)
        if words:
            return _Unit(_unit_case(words[0]), "count")
        return None
    if den:
        cue = rules.rx.get("rate_head")
        if cue is not None:
            parts = cue.split(label, maxsplit=1)
            if len(parts) == 2 and 1 <= len(parts[0].split()) <= 3:
                return _Unit(f"{parts[0].strip().lower()}/{den}", "measure")
        return None
    return _leading_unit(label, rules)


#: a word of a proper name after a count noun: capitalised (`Sản`, `Đa`, `Y`), not an acronym (`THPT`, `FDI`)
_NAME_WORD_AFTER = lazyre.compile(r"[^\S\n]+(?-i:\p{Lu}(?!\p{Lu}))")


def _named_body(label: str | None, rules: _Rules) -> bool:
    """Whether a row label is a count noun that names one body by its proper name (`Bệnh viện Đa khoa tỉnh`, `Trung tâm
    Y tế huyện Lục Yên`, `Trường THPT Chu Văn An` is not: an acronym says which kind): the noun is the body's, no unit
    of the row's cells."""
    if not label:
        return False
    m = rules.unit_rx.match(label.strip())
    return m is not None and _NAME_WORD_AFTER.match(label.strip(), m.end()) is not None


def _leading_unit(label: str, rules: _Rules) -> _Unit | None:
    """A label that starts with a unit of the lexicon (`Điểm trung bình` → điểm, `Doanh nghiệp thành lập
    mới` → doanh nghiệp): that unit."""
    m = rules.unit_rx.match(label.strip())
    if not m:
        # (a classifier and the word after it, `Lượt tàu cập cảng` → lượt tàu, as in running text)
        c = _CLASSIFIER_HEAD.match(label.strip())
        if c is not None and c.group(1).lower() in rules.classifiers:
            return _Unit(_unit_case(c.group()), "count")
        return None
    word = " ".join(m.group().lower().split())
    kind, canonical, _ = rules.unit_info.get(word, ("count", "", ""))
    if kind == "percent":
        return _Unit("%", "percent")
    if kind == "money":
        return None  # `Đồng …` heading a label names no amount
    return _Unit(canonical or _unit_case(m.group()), kind)


#: a label's first word and the word in small letters after it (`Lượt tàu`)
_CLASSIFIER_HEAD = lazyre.compile(r"(\p{L}+)[^\S\n]+\p{Ll}+(?!\w)")


def _unit_case(words: str) -> str:
    """A unit read from a label, in small letters but its initials (`Doanh nghiệp` → doanh nghiệp, `HCV`, `VĐV` stay):
    an acronym is written in capitals wherever it stands.

    >>> _unit_case("Doanh nghiệp"), _unit_case("HCV"), _unit_case("VĐV")
    ('doanh nghiệp', 'HCV', 'VĐV')
    """
    return " ".join(w if len(w) > 1 and w.isupper() else w.lower() for w in words.split())


def _col_period(label: str, rules: _Rules, published: str | None, patterns: PatternSet) -> Period | None:
    if not label:
        return None
    return rules.remember(("period", label, published), lambda: _read_period(label, rules, published, patterns))


def _read_period(label: str, rules: _Rules, published: str | None, patterns: PatternSet) -> Period | None:
    years = _match(rules, "year_range_header", label)
    if years is not None and int(years.group("year")) <= int(years.group("year2")):
        return Period(text=label.strip(), start=f"{years.group('year')}-01-01", end=f"{years.group('year2')}-12-31")
    year = _year_of(label, rules)
    if year is not None:
        return Period(text=label.strip(), start=f"{year}-01-01", end=f"{year}-12-31")
    m = _match(rules, "compared_with", label)
    if m is not None and m.start() > 0:
        # `Tháng 3/2024 so với tháng 12/2023`: the column's period is the one before `so với`; the other is
        # the baseline it is compared with
        before = _read_period(label[:m.start()], rules, published, patterns)
        if before is not None:
            return before
    found = [m for m in _periods.find_periods(label, published=published, patterns=patterns)
             if m.period_start or m.period_end]
    if found:
        m = found[-1]
        if m.period_start and m.period_start == m.period_end and _match(rules, "date_column", label):
            # `31/12/2023 | 30/6/2024` over balances: what stands at a date (as `đến 30/6/2024` says), not what a day did
            return Period(text=m.text, start=None, end=m.period_end)
        return Period(text=m.text, start=m.period_start, end=m.period_end)
    return None


def _whole_year(p: Period) -> bool:
    """Whether ``p`` is one calendar year (`Năm 2023`)."""
    return bool(p.start and p.end) and str(p.start)[5:] == "01-01" and str(p.end)[5:] == "12-31" \
        and str(p.start)[:4] == str(p.end)[:4]


def _same_part_of_year(named: Period, others: list[Period | None]) -> Period:
    """A `cùng kỳ năm 2023` column's period (``named``, read as the whole year it names): the part of a year the first
    of ``others`` (the other columns' periods, then the caption's) that spans one spans (`6 tháng đầu năm 2024`), in
    that year, else the first with a period; ``named`` when that is a whole year or runs over two."""
    # (a part of a year first: `Kế hoạch năm 2024 | Thực hiện 9 tháng | Cùng kỳ năm 2023` compares the nine months)
    dated = [p for p in others if p is not None and p.start and p.end]
    other = next((p for p in dated if not _whole_year(p)), dated[0] if dated else None)
    if other is None or not (named.start and named.end):
        return named
    start, end, year = str(other.start), str(other.end), str(named.start)[:4]
    if start[:4] != end[:4] or (start[5:], end[5:]) == ("01-01", "12-31"):
        return named
    try:
        shifted = (dt.date.fromisoformat(year + start[4:]), dt.date.fromisoformat(year + end[4:]))
    except ValueError:
        return named    # (29 February in a common year)
    return Period(text=named.text, start=shifted[0], end=shifted[1])


def _year_back(iso) -> str:
    """An ISO date (or a :class:`datetime.date`) one year earlier, as ISO text (29 February becomes 28 February)."""
    y, m, d = str(iso).split("-")
    if (m, d) == ("02", "29"):
        d = "28"
    return f"{int(y) - 1:04d}-{m}-{d}"


def _col_phrase(label: str, rules: _Rules) -> str:
    return rules.remember(("_col_phrase", label), lambda: _col_phrase_uncached(label, rules))


def _col_phrase_uncached(label: str, rules: _Rules) -> str:
    """A column label as the end of a subject: lower case first letter, a bare year as `năm YYYY`."""
    label = " ".join(label.split())
    if not label:
        return ""
    m = _BARE_YEAR.search(label)
    if m and not _NAM_END_RX.search(label[:m.start()]):
        label = label[:m.start()] + "năm " + label[m.start():]
    return " ".join(w[0].lower() + w[1:] if not w[:2].isupper() else w for w in label.split(" "))


def _indicator(caption: str, rules: _Rules) -> str:
    return rules.remember(("_indicator", caption), lambda: _indicator_uncached(caption, rules))


def _indicator_uncached(caption: str, rules: _Rules) -> str:
    """A caption without its table number (``Biểu 2.1:``), the words that open it as a heading (``3. Kết quả``), the
    words that say what its rows are (``… của một số chủ đầu tư``) and its unit, as the indicator of a place row."""
    m = _match(rules, "table_number", caption)
    if m:
        caption = caption[m.end():].lstrip(" .:-–")
    if caption.endswith(":") and "," in caption and _states_a_figure(f"{caption[:-1].rsplit(',', 1)[0]}.", rules):
        # `Tính đến ngày 30/9/2023, toàn tỉnh có 265 cơ sở …, tăng 21 cơ sở so với cuối năm 2022, phân theo địa bàn như
        # sau:`: a sentence that states its figures before it introduces the table names the table only in its last
        # clause (its period still dates the cells), and nothing when that only says how the rows go
        caption = caption.rsplit(",", 1)[1].strip()
        tail = _match(rules, "caption_tail", caption)
        if tail is not None and tail.start() == 0:
            return ""
    if ";" in caption:
        # (`Ba cây chủ lực là cà phê, hồ tiêu và điều; diện tích tại một số địa phương như sau:`: a sentence of clauses
        # over a table names the table in its last)
        caption = caption.rsplit(";", 1)[1].strip() or caption
    period = rules.rx.get("caption_period")
    if period is not None:
        # (`Kết quả sản xuất muối năm 2024 của các huyện`, `Số trẻ theo huyện (tính đến 31/12/2024)`: the period is the
        # cells', not what they measure; cut first, so that the words on the rows end the caption, and a heading's words
        # before a period open it: `Kết quả 6 tháng đầu năm 2024 theo đơn vị`)
        cut = " ".join(period.sub(" ", caption).split())
        caption = cut if _LETTER_RX.search(cut) else caption
    m = _match(rules, "caption_head", caption)
    headed = bool(m and m.end() < len(caption))
    if headed:
        caption = caption[m.end():]
    m = _match(rules, "caption_tail", caption)
    if m and (m.start() > 0 or headed):
        # (`Kết quả tại một số quận (tính đến 30/6/2024):`: a heading that only says where the rows are names nothing)
        caption = caption[:m.start()]
    return _label_unit(caption.strip(), rules)[1]


def _listed_in_caption(caption: str, col: str, col_labels: list[str], rules: _Rules) -> str | None:
    """`Diện tích, năng suất, sản lượng lúa vụ Đông Xuân 2023-2024 một số huyện` over the columns `Diện tích`, `Năng suất`,
    `Sản lượng`: a caption that lists the columns' names and then what they measure names each column's indicator as
    its name and that thing (`Diện tích lúa`), without the period and the places it goes on with; None when it lists
    fewer than two of the columns or not this one."""
    caption = _indicator(caption, rules)
    low = caption.lower()
    if _LISTED_NAME.match(low) is None:
        return None
    names = [" ".join(c.split()).lower() for c in col_labels if c.strip()]
    listed = [n for n in names if regex.search(rf"(?:^|,\s*|\svà\s){regex.escape(n)}(?=[\s,]|$)", low)]
    name = " ".join(col.split())
    if len(listed) < 2 or name.lower() not in listed:
        return None
    last = max(low.find(n) + len(n) for n in listed)
    thing = _CAPTION_THING.match(caption, last)
    return f"{name} {thing.group('t')}".strip() if thing is not None else name


#: a caption that opens with a list (`Diện tích, năng suất, …`, `Lượng mưa và số ngày mưa …`)
_LISTED_NAME = lazyre.compile(r"^[^,]{2,30}?(?:,|\svà\s)")
#: what the listed names measure, up to its period, its places or a figure (`lúa` of `lúa vụ Đông Xuân 2023-2024`)
_CAPTION_THING = lazyre.compile(r"\s+(?P<t>(?:(?!(?:vụ|năm|tháng|quý|giai\s+đoạn|một\s+số|các|của|tại|theo|trên|phân\s+theo)(?!\w))"
                               r"\p{L}[\p{L}-]*\s*){1,4}?)(?=\s+(?:vụ|năm|tháng|quý|giai\s+đoạn|một\s+số|các|của|tại|theo|trên|"
                               r"phân\s+theo)(?!\w)|\s*\d|\s*[(:]|\s*$)", regex.IGNORECASE)


def _place_of(label: str, rules: _Rules, patterns: PatternSet) -> str | None:
    if not label or len(label) > 60:
        return None
    return rules.remember(("place", label), lambda: _find_place(label, rules, patterns))


def _names_indicator(col_bare: str | None, period: Period | None, status: str | None, rules: _Rules) -> bool:
    """Whether a column label names what its cells measure by itself (`Số thanh niên nhập ngũ (người)`, `Số xã`), so
    that a place row's figure needs no caption: three words or more, `Số …`, or a qualified amount (`Tiền phạt`), that
    are neither a period nor a plan or estimate."""
    # (a period the label only shares with the columns before it, `Tỷ lệ che phủ rừng (%)` after `Thực hiện năm
    # 2023`, is no period of the label)
    return bool(col_bare) and (period is None or not period.text or period.text.lower() not in col_bare.lower()) \
        and status in (None, "actual") and (
        len(col_bare.split()) >= 3 or _match(rules, "count_label", col_bare) is not None or
        _match(rules, "quantity_label", col_bare) is not None or _RATIO_LABEL.match(col_bare) is not None)


#: a column that gives what something is worth in money (`Giá trị`, `Trị giá`), and the words anywhere
_WORTH_COLUMN = lazyre.compile(r"\W*(?:tổng\s+)?(?:giá\s+trị|trị\s+giá)(?!\w)", regex.IGNORECASE)
_WORTH_WORD = lazyre.compile(r"(?<!\w)(?:giá\s+trị|trị\s+giá)(?!\w)", regex.IGNORECASE)


#: a column named by a ratio (`Tỷ lệ (%)`, `Tỷ trọng`): what a place row's cell is, in the column's own words
_RATIO_LABEL = lazyre.compile(r"\s*(?:tỷ|tỉ)\s+(?:lệ|trọng)(?!\w)", regex.IGNORECASE)


def _district_of(label: str, rules: _Rules, patterns: PatternSet) -> bool:
    """Whether a row label is a district-level unit of the gazetteer (any spacing: `Đakrông`, `Đa Krông`)."""
    if not label or len(label) > 40:
        return False
    return rules.remember(("district", label), lambda: _places.canonical(
        _label_unit(label, rules)[1], districts=True, patterns=patterns) is not None)


_SPACELESS = lazyre.compile(r"[\s'’-]+")


def _side_places(table: Table, grid, col_label: list[str], rules: _Rules, patterns: PatternSet) -> dict[int, str]:
    """The place of each row from a column of places that is not the label column (its header a place column's,
    `Địa bàn`, `Huyện`; two rows or more name a place the gazetteer knows): row -> place."""
    for k in range(table.n_cols):
        if k in (table.label_col, table.number_col, table.unit_col) or not _match(rules, "place_column", col_label[k]):
            continue
        found = {}
        for r in range(table.header_rows, table.n_rows):
            c = grid[r][k]
            text = c.text.strip() if c is not None and c.row == r and c.role == "content" else ""
            # (a district or province the gazetteer knows: a commune, `Xã Sín Thầu`, lies in the district the text
            # spoke of, see figures_of)
            if _LETTER_RX.search(text) and not _match(rules, "commune_row", text) and (
                    _places.canonical(text, patterns=patterns) or _places.canonical(text, patterns=patterns, districts=True)):
                found[r] = _place_of(text, rules, patterns)
        if len(found) >= 2:
            return found
    return {}


#: the brackets that close a label (`Hồ Trị An (Đồng Nai)`)
_CLOSING_BRACKET = lazyre.compile(r"\(\s*([^()]{2,40}?)\s*\)\s*$")


#: a place named with its level after a label's last comma (`Mỏ đá Hòn Chà, huyện Phù Cát`)
_PLACE_AFTER_COMMA = lazyre.compile(r",\s*(?P<p>(?:huyện|thị\s+xã|thành\s+phố|TP\.?|quận|tỉnh)\s+\p{Lu}[^,()]{1,30})\s*$",
                                    regex.IGNORECASE)


def _bracketed_place(label: str, rules: _Rules, patterns: PatternSet) -> str | None:
    """The province or district the brackets that close ``label`` name, alone (`Hồ Trị An (Đồng Nai)`), else None."""
    m = _CLOSING_BRACKET.search(label)
    return _place_of(m.group(1), rules, patterns) if m is not None and m.start() > 0 else None


def _find_place(label: str, rules: _Rules, patterns: PatternSet) -> str | None:
    # (`Số 1 - Huyện Duy Xuyên`: a unit's number, then its place; `TAND huyện Sơn Hà`: a district's body, its district)
    numbered = _match(rules, "numbered_place", label) or _match(rules, "district_body", label)
    if numbered is not None:
        label = numbered.group("place")
    name = _places.canonical(label, patterns=patterns) or _places.canonical(label, patterns=patterns, districts=True)
    if numbered is not None and not name:
        return None
    if name:
        # (`Huyện Duy Xuyên` is the district Duy Xuyên; a spelling of the name's own, `Đakrông`, is kept)
        own = _places.without_level(label)
        return own if _SPACELESS.sub("", own).lower() == _SPACELESS.sub("", name).lower() else name
    if _match(rules, "place_words", label):
        return label.strip()
    return None


def _reference_date(table: Table, text: str, published: str | None, rules: _Rules, patterns: PatternSet
                    ) -> str | None:
    """The date that yearless column headers (``Quý I``, ``10 tháng``) are read against: the end of the
    year the caption names, else of the last year stated in the lines just above the table or in a header
    cell, whichever is later, else ``published``."""
    if table.caption:
        years = rules.remember(("caption_years", table.caption, published), lambda: [
            int(m.period_end[:4]) for m in _periods.find_periods(table.caption, published=published, patterns=patterns)
            if m.explicit_year and m.period_end and not _yardstick_before(rules, table.caption, 0, m.start)])
        if years:
            return f"{years[-1]}-12-31"
    # (a year that names the yardstick of a comparison, `tăng 12,3% so với cùng kỳ năm 2023`, is not the year the text
    # reports on)
    lo = max(0, table.start - 600)
    above = [m.group(1) for m in _STATED_YEAR.finditer(text, lo, table.start)
             if not _yardstick_before(rules, text, max(lo, m.start() - 40), m.start())]
    # (a year a header cell states, `Kế hoạch năm 2024 | 6 tháng | % KH`, is the year of the yearless headers beside it,
    # when it is later than the last year above, which may be a yardstick's: `tăng 12% so với năm 2023`)
    header = [int(m.group(1)) for c in table.cells if c.row < table.header_rows for m in _HEADER_YEAR.finditer(c.text)
              if not _yardstick_before(rules, c.text, 0, m.start())]
    if header and (not above or max(header) > int(above[-1])):
        return f"{max(header)}-12-31"
    if above:
        return f"{above[-1]}-12-31"
    if published is None:
        # (FIGURES.md: with no period and no date of publication, a yardstick says which year it is: `so với cùng kỳ năm
        # 2023` speaks of 2024)
        same = [int(m.group(1)) for m in _SAME_PERIOD_YEAR.finditer(text, lo, table.start)]
        if same:
            return f"{same[-1] + 1}-12-31"
    return published


def _caption_district(caption: str, patterns: PatternSet) -> str | None:
    """The one district a table's caption names with its level word (`… (thị trấn Phước Dân, huyện Ninh Phước):`),
    else None (no district, several, or a province besides)."""
    found = {(m.level, m.name) for m in _places.find_places(caption, patterns=patterns)}
    districts = [name for level, name in found if level == "district"]
    return districts[0] if len(districts) == 1 and len(found) == 1 and \
        _DISTRICT_NAMED.search(caption) is not None else None


#: a caption that says its table is of the whole province (`… toàn tỉnh`, `trên địa bàn tỉnh`)
_WHOLE_PROVINCE_CAPTION = lazyre.compile(r"(?<!\w)(?:toàn|cả|trên\s+địa\s+bàn|của)\s+tỉnh(?!\s*(?-i:\p{Lu}))(?!\w)",
                                         regex.IGNORECASE)
#: a district named by its level word
_DISTRICT_NAMED = lazyre.compile(r"(?<!\w)(?:huyện|quận|thị\s+xã)\s+\p{Lu}", regex.IGNORECASE)


def figures_of(table: Table, text: str, *, published: str | None = None, location: str | None = None,
               patterns: PatternSet | None = None, commune_location: str | None = None) -> list[dict[str, Any]]:
    """The figures of a table's numeric cells, as keyword arguments of :class:`~dtextract.models.Figure`
    (``sentence`` is the row's line of text). Cells of row numbers, header cells, years in the header
    and text cells give none. ``location`` is the article's place, for figures whose row and column
    name none (a table whose rows are places gives its other rows, a total, none); ``commune_location``, the
    district the text before the table speaks of, is the place of rows that are its communes (else ``location``);
    ``period`` is None when the table does not say."""
    patterns = patterns or load()
    rules = _rules(patterns)
    in_district = _caption_district(table.caption, patterns) if table.caption else None
    if in_district is not None:
        # (`Một số chỉ tiêu của làng gốm Bàu Trúc (thị trấn Phước Dân, huyện Ninh Phước):`: a caption that places the
        # whole table in one district places its figures there, and its communes' rows)
        location = commune_location = in_district
    elif table.caption and location and _WHOLE_PROVINCE_CAPTION.search(table.caption) is not None and \
            _places.canonical(location, patterns=patterns) is None and \
            len(whose := _places.district_provinces(location, patterns=patterns)) == 1:
        # (`Kết quả sản xuất nho toàn tỉnh:` in an article on the city of Cam Ranh: a caption that says the table is
        # the whole province's places it in the province the district lies in)
        location = whose[0]
    grid = table.grid()
    hr = table.header_rows
    n_rows, n_cols = table.n_rows, table.n_cols
    col_label: list[str] = []
    for k in range(n_cols):
        parts = []
        for r in range(hr):
            c = grid[r][k]
            if c is not None and c.text.strip() and c.role != "caption" and c.text.strip() not in parts:
                parts.append(" ".join(c.text.split()))
        col_label.append(" ".join(parts))
    col_unit: list[tuple[str | None, str]] = []
    col_period: list[Period | None] = []
    reference = _reference_date(table, text, published, rules, patterns)
    col_status: list[str] = []
    planned = bool(table.caption) and _match(rules, "plan_caption", " ".join(table.caption.split())) is not None
    estimated = _match(rules, "estimate_caption", " ".join(table.caption.split())) if table.caption else None
    caption_year = _STATED_YEAR.search(table.caption) if estimated is not None else None
    col_place: list[str | None] = []
    unnamed_unit = _unit_no_label_names(table, grid, hr, col_label)
    for k in range(n_cols):
        unit, bare = _label_unit(col_label[k], rules)
        if unit is not None and table.unit is not None and not _names_a_unit(unit, bare, rules):
            # (`Đơn vị tính: %` over `Kế hoạch năm 2023 (người tập luyện)`: under a unit line, a bracket of words the
            # lexicon does not know as a unit says which column the plan is of, not what the cells count)
            unit, bare = None, col_label[k]
        if table.column_units and (unit is None or (unit.lower() not in table.column_units.values() and
                                                    unit != "%" and "(" not in col_label[k])):
            # (`Đơn vị tính: Diện tích: ha; Năng suất: tạ/ha`: the unit the line gives this column by its name, also
            # after the word of its status: `Kế hoạch sản lượng`)
            named = f" {' '.join(col_label[k].split()).lower()} "
            # (not a column that counts another noun, named after `Số`: `Số hộ còn dư nợ` counts households, whatever
            # `dư nợ: triệu đồng` says)
            counted = _COUNTED_LABEL.match(named)
            unit = next((u for name, u in sorted(table.column_units.items(), key=lambda x: -len(x[0]))
                         if named.startswith(f" {name} ") or (f" {name} " in named and (
                             counted is None or named.startswith(f" số {name} ")))), unit)
            if unit is None and unnamed_unit is not None and k in unnamed_unit[0]:
                unit = unnamed_unit[1]
        if unit is None and _match(rules, "compare_column", col_label[k]):
            unit = "%"
        col_unit.append((unit, bare))
        # (a column of a comparison with a base, `So với kỳ gốc 2019`, `So với tháng trước`: the base's time is the
        # yardstick's, not the cells'; they are of the table's own time)
        # (`Kế hoạch 2024 (km)`: the year of a header that says its unit in brackets, read without them)
        col_period.append(None if _COMPARED_WITH.match(col_label[k]) else
                          _col_period(col_label[k], rules, reference, patterns) or (
                              _col_period(bare, rules, reference, patterns) if bare and bare != col_label[k] else None))
        status = "actual"
        for st, rx in rules.statuses:
            if rx.search(col_label[k]):
                status = st
                break
        if status == "actual" and planned and not _match(rules, "done_column", col_label[k]) and \
                not _COMPARED_WITH.match(col_label[k]):
            status = "target"   # (a plan's table, `Một số chỉ tiêu chủ yếu … của Quy hoạch tỉnh`; not a column of what
            #                     was done against the plan, `So KH (%)`)
        elif status == "actual" and estimated is not None and not _match(rules, "done_column", col_label[k]) and (
                col_period[k] is None or caption_year is None or str(col_period[k].end.year) == caption_year.group(1)):
            # (`Kết quả sản xuất năm 2024 (ước tính):`: the cells of the caption's own time are estimates; a column of
            # another year or of what was done keeps its own)
            status = "estimate"
        col_status.append(status)
        place = _place_of(bare, rules, patterns) if k != table.label_col and bare else None
        if place is None and k != table.label_col and bare and col_period[k] is not None:
            # (`Cả nước 2024`, `Nam Định năm 2024`: a place and the year of its cells)
            place = _place_of(_YEAR_AFTER_PLACE.sub("", bare).strip(), rules, patterns)
        col_place.append(place)
    named_cols = [k for k in range(n_cols) if k != table.label_col and col_label[k].strip() and col_period[k] is None]
    placed_cols = [k for k in named_cols if col_place[k] and col_place[k] != _places.NATIONAL_NAME]
    if len(placed_cols) == 1 and len(named_cols) >= 3:
        # `Loài | Sông Mã | Sông Chu | Hồ Cửa Đạt`: one column header among several others that happens to be a
        # district's name (a river, a lake, a station) is no place: the cells are of the article's place
        col_place[placed_cols[0]] = None
    whole_col: dict[int, int] = {}   # a `Trong đó` column -> the column it is a part of
    for k in range(1, n_cols):
        if col_unit[k][0] is None and _match(rules, "part_column", col_label[k]):
            # (`Kinh phí (triệu đồng) | Trong đó nhân dân đóng góp`: a part is counted in its whole's unit, and the
            # whole's cell of its row is its total)
            w = next((j for j in range(k - 1, -1, -1) if col_unit[j][0] is not None), None)
            if w is not None:
                col_unit[k] = (col_unit[w][0], col_unit[k][1])
                whole_col[k] = w
    for k in range(1, n_cols):
        if col_unit[k][0] is None and col_status[k] != "actual" and _PLAN_ONLY.fullmatch(" ".join(col_label[k].split())):
            # (`Sản lượng 6 tháng | Kế hoạch năm 2024`: a plan or an estimate that names no indicator is of the column
            # before it, in its unit)
            w = k - 1   # (the column right before it; one with no unit of its own leaves it to the table's)
            if w != table.label_col and col_unit[w][0] is not None and col_unit[w][0] != "%":
                # (and it names that column's indicator after its own word: `kế hoạch sản lượng năm 2024`)
                indicator = col_unit[w][1] or ""
                if col_period[w] is not None and col_period[w].text:
                    indicator = regex.sub(regex.escape(col_period[w].text), "", indicator, flags=regex.IGNORECASE)
                own = col_unit[k][1] or col_label[k]
                word = _PLAN_WORD.match(own)
                named = f"{own[:word.end()]} {' '.join(indicator.split()).lower()}{own[word.end():]}" \
                    if word is not None and indicator.strip() else own
                col_unit[k] = (col_unit[w][0], " ".join(named.split()))
    money = [k for k in range(n_cols) if col_unit[k][0] is not None and _is_money(col_unit[k][0], rules)]
    for k in range(n_cols):
        if col_unit[k][0] is None and money and _match(rules, "funds_column", col_label[k]):
            # (`Kinh phí (triệu đồng) | Nhân dân đóng góp`: where money came from is money, in the table's money unit)
            nearest = min(money, key=lambda j: (abs(j - k), j > k))
            col_unit[k] = (col_unit[nearest][0], col_unit[k][1])
    caption_period = _col_period(table.caption or "", rules, published, patterns) if table.caption else None
    caption_label = _CAPTION_NUMBER.sub("", table.caption or "", count=1)   # (`Bảng. Số điểm trông giữ …`: its words)
    sites_counted: bool | None = None   # whether a column's label or the caption counts sites (`Số điểm BĐVHX`)
    for k in range(n_cols):
        if col_period[k] is None and _match(rules, "same_period_before", col_label[k]):
            other = next((p for p in col_period if p is not None and p.start and p.end), None)
            if other is not None:
                col_period[k] = Period(text=col_label[k], start=_year_back(other.start),
                                       end=_year_back(other.end))
        elif col_period[k] is not None and _match(rules, "same_period_before", col_label[k]):
            # `Cùng kỳ năm 2023 | Ước thực hiện 6 tháng đầu năm 2024`: the same part of the year it names
            col_period[k] = _same_part_of_year(col_period[k], [col_period[j] for j in range(n_cols) if j != k] +
                                               [caption_period])
        elif col_period[k] is None and _match(rules, "compare_column", col_label[k]):
            # the period compared: of the nearest column before it that reports what was done (`Kế hoạch năm 2024 |
            # 6 tháng | Tỷ lệ (%)`: the six months', not the plan's year), else of the first that has one
            # (or what is estimated done: `Năm 2023 | Ước thực hiện 2024 | So với cùng kỳ (%)` compares the estimate's
            # year)
            done = next((col_period[j] for j in range(k - 1, -1, -1)
                         if col_period[j] is not None and col_status[j] in ("actual", "estimate")), None)
            col_period[k] = done or next((p for p in col_period if p is not None), None)
    stated = table.unit
    if stated and ("," in stated or ";" in stated or "(" in stated):
        note = _match(rules, "unit_note", stated)
        if note is not None:
            stated = stated[:note.start()].strip() or stated   # (`tỷ đồng, quy đổi`: how the values are stated)
    listed_units = _listed_units(stated, rules) if stated else None
    if listed_units and any(_names_together(stated, listed_units, col_label[k]) for k in range(n_cols)):
        # `Đơn vị tính: thôn, bản` over `Tổng số thôn, bản | Có cáp quang`: things a column names together, as the line
        # lists them, are one unit counted together (hamlets and villages), not one unit per column
        listed_units = None
    table_unit = _unit_of(stated, rules) if stated and listed_units is None else None
    if table_unit is None and table.caption and listed_units is None:
        # (`Giá một số mặt hàng tại chợ (đồng/kg):`: the unit in brackets ends the caption, before its colon)
        table_unit = _unit_of(_label_unit(table.caption.strip().rstrip(":").strip(), rules)[0], rules)
    # `Đơn vị tính: vụ, người` over `Số vụ | Số người chết`: each column takes the listed unit it names
    col_table_unit = [_column_unit(listed_units, col_label[k]) if listed_units else table_unit for k in range(n_cols)]
    if listed_units and not any(col_table_unit) and not any(
            regex.search(rf"(?<!\w){regex.escape(w)}(?!\w)", c.text, regex.IGNORECASE)
            for row in grid for c in row if c is not None and c.role == "row_header" for w, _u in listed_units):
        # (units that the rows name are the rows' own: `Đơn vị tính: vụ, người` over `Số vụ`, `Số người chết`)
        # `Đơn vị tính: ha, tấn` over `Diện tích | Sản lượng`: no column names its unit, so the units stand in the order
        # of the columns that hold numbers (when there are as many)
        numeric = _numeric_columns(table, grid, hr, n_cols)
        # (`Diện tích | Trong đó cho trái | Sản lượng` under `ha, tấn`: a part column is counted in its whole's unit,
        # so the units stand in the order of the other columns, and each part takes that of the column before it)
        wholes = _whole_columns(numeric, col_unit, col_label, rules)
        parts = set(numeric) - set(wholes)
        if parts and len(wholes) == len(listed_units):
            for k, (_w, u) in zip(wholes, listed_units):
                col_table_unit[k] = u
            _parts_in_wholes_unit(numeric, wholes, col_table_unit, whole_col)
        elif len(numeric) == len(listed_units):
            for k, (_w, u) in zip(numeric, listed_units):
                col_table_unit[k] = u
        elif (by_dimension := _units_by_dimension(listed_units, [col_label[k] for k in numeric])) is not None:
            # `Đơn vị tính: ha, tấn` over `Diện tích | Sản lượng 9 tháng | Diện tích liên kết bao tiêu`: an area column
            # is in the unit of area, an output column in that of weight, however many of each there are
            for k, u in zip(numeric, by_dimension):
                col_table_unit[k] = u
        elif all(u is not None and u.kind == "count" for _w, u in listed_units):
            # `Đơn vị tính: vụ, việc` over `Thụ lý | Đã giải quyết | Tỷ lệ (%)`: counted things named together (cases
            # and matters) are the unit of every column, as one
            col_table_unit = [_unit_of(stated, rules)] * n_cols
        elif len(unnamed := [k for k in numeric if col_unit[k][0] is None]) == len(listed_units):
            # (`Đơn vị tính: ha, tấn` over `Diện tích | Sản lượng 6 tháng | So với cùng kỳ (%)`: a column whose label
            # gives its own unit takes none of the line's, the others take them in order)
            for k, (_w, u) in zip(unnamed, listed_units):
                col_table_unit[k] = u
        elif len(groups := _same_measure_groups(numeric, col_label)) == len(listed_units):
            # `Đơn vị tính: ha, tấn` over `Diện tích năm 2022 | Diện tích năm 2023 | Sản lượng năm 2023`: columns that
            # differ only in their period measure one thing, in one unit, so the units stand in the order of the things
            for group, (_w, u) in zip(groups, listed_units):
                for k in group:
                    col_table_unit[k] = u
    elif listed_units and any(col_table_unit) and _in_column_order(
            listed_units, col_table_unit, wholes := _whole_columns(
                numeric := _numeric_columns(table, grid, hr, n_cols), col_unit, col_label, rules)):
        # `Đơn vị tính: buổi; lượt người; triệu đồng` over `Buổi diễn | Khán giả | Doanh thu`: a unit per column with
        # numbers, and those the columns name stand in their place, so the others do too (a part column, `Số cống |
        # Diện tích được bảo vệ | Trong đó: lúa` under `cống; ha`, in the unit of the whole before it)
        for k, (_w, u) in zip(wholes, listed_units):
            if col_unit[k][0] is None:
                col_table_unit[k] = u
        _parts_in_wholes_unit(numeric, wholes, col_table_unit, whole_col)
    elif listed_units and any(col_table_unit) and (left := _other_kinds_left(listed_units, col_table_unit)):
        # `Đơn vị tính: người; triệu đồng` over `Số người hưởng | Kinh phí chi trả`: the columns that name none of the
        # units take those of other kinds that no column named, in their order (when there are as many)
        # (a column whose label gives its own unit, `Qua tài khoản (%)`, takes none)
        unnamed = [k for k in _numeric_columns(table, grid, hr, n_cols)
                   if col_table_unit[k] is None and col_unit[k][0] is None]
        if len(unnamed) == len(left):
            for k, u in zip(unnamed, left):
                col_table_unit[k] = u
        elif len(left) == 1 and left[0].kind == "money":
            # `Đơn vị tính: thửa; tỷ đồng` over `Số thửa trúng | Giá khởi điểm | Tiền trúng đấu giá`: one unit of money
            # left is that of every column that names an amount of money
            for k in unnamed:
                if _match(rules, "money_label", col_label[k]):
                    col_table_unit[k] = left[0]
        elif len(left) == 1 and left[0].kind in ("measure", "count"):
            # `Đơn vị tính: cơ sở; tấn` over `Số cơ sở | Chỉ xơ dừa | Mụn dừa`: one unit of measure left is that of
            # every column that names what is made, none that counts (`Số …`) or gives a share; one count left, of
            # every column that counts (`Đơn vị tính: ca, %` over `Trẻ đẻ sống | Sinh tại cơ sở y tế | Tỷ lệ …`)
            for k in unnamed:
                if not (left[0].kind == "measure" and _match(rules, "count_label", col_label[k])) and \
                        not _match(rules, "percent_label", col_label[k]) and \
                        not _match(rules, "money_label", col_label[k]):
                    col_table_unit[k] = left[0]
    # what a caption that lists the columns names each column's cells (`Diện tích lúa`), once per column
    # (by the labels without their units: `Lượng mưa (mm)` is listed as `lượng mưa`)
    bare_labels = [bare or "" for _unit, bare in col_unit]
    col_listed = [_listed_in_caption(table.caption, bare, bare_labels, rules) if table.caption and bare else None
                  for _unit, bare in col_unit]
    for k, w in whole_col.items():
        # (`Diện tích | Trong đó cho trái`: a part column names its part of the whole's indicator, `Diện tích cho trái`)
        cue = _match(rules, "part_column", col_unit[k][1] or "")
        rest = (col_unit[k][1] or "")[cue.end():].strip(" :") if cue is not None else ""
        if rest and col_unit[w][1]:
            col_unit[k] = (col_unit[k][0], f"{col_unit[w][1]} {rest}")
            if col_listed[w] is not None:
                col_listed[k] = f"{col_listed[w]} {rest}"

    # the nouns the table's `Số <noun>` columns count (`Số hồ`): a row of a kind of that noun (`Hồ lớn`) counts it in
    # the columns that name no unit (`Có quy trình vận hành`, `Đã cắm mốc chỉ giới`)
    counted_nouns = [u.unit for u in (_implied_unit(col_label[k], rules) for k in range(n_cols)
                                      if k != table.label_col and _match(rules, "count_label", col_label[k]))
                     if u is not None and u.kind == "count" and u.unit]
    out: list[dict[str, Any]] = []
    place_rows = False
    placed_rows: list[int] = []
    lone_place: int | None = None
    # row structure: labels, part-of, totals
    labels: list[str] = []
    is_part: list[bool] = []
    for r in range(n_rows):
        c = grid[r][table.label_col] if table.label_col is not None else None
        if (c is None or not c.text.strip()) and table.number_col is not None and \
                _LETTER_RX.search(grid[r][table.number_col].text if grid[r][table.number_col] is not None else ""):
            # `Toàn tỉnh | | 143.518`: a total row's label written across the number column
            c = grid[r][table.number_col]
        label, part = _clean_label(c.text if c is not None else "", rules)
        beside = grid[r][table.label_col + 1] if table.label_col is not None and table.label_col + 1 < n_cols else None
        if r >= hr and label and beside is not None and beside.role == "content" and _LETTER_RX.search(beside.text) \
                and _match(rules, "numbered_place", f"{label} - {beside.text.strip()}") \
                and _place_of(f"{label} - {beside.text.strip()}", rules, patterns):
            # `Số 2 | Thị xã Hồng Lĩnh | 29.875`: a unit's number, and the place it covers in the cell beside it
            label = f"{label} - {beside.text.strip()}"
        labels.append(label)
        is_part.append(part)
        if r >= hr and _place_of(_label_unit(label, rules)[1], rules, patterns):
            # (a district's body, `UBND huyện Đức Hòa`, beside the province's, `Sở Y tế`: the others stay the province's)
            place_rows = place_rows or _match(rules, "district_body", label) is None
            placed_rows.append(r)
    # (what the rows of a kind of it count, the sum of such rows counts too: `Cộng`)
    rows_counted = next(filter(None, (_kind_of_counted(x, counted_nouns) for x in labels)), None) if counted_nouns \
        else None
    stub = grid[hr - 1][table.label_col] if hr and table.label_col is not None else None
    place_column = bool(stub is not None and _match(rules, "place_column", stub.text))
    if stub is not None and _LETTER_RX.search(stub.text):
        for r in range(hr, n_rows):
            v = _cell_value(labels[r], rules)
            if v is not None and v.unit:
                # (`Cự ly | …` over `10 km | …`: a class named by its measure is read with the word it measures,
                # `Cự ly 10 km`)
                labels[r] = f"{' '.join(stub.text.split())} {labels[r]}"
    named_rows = sum(1 for r in range(hr, n_rows) if labels[r] and not is_part[r])
    if len(placed_rows) == 1 and named_rows >= 3 and not place_column:
        # `Vàm Kênh | … / Hòa Bình | … / Vàm Giồng | …`: one label among several others that happens to be a
        # province's name (a station, a sluice) is no place: the rows are of the article's place
        place_rows, lone_place = False, placed_rows[0]
    commune_column = bool(stub is not None and _match(rules, "commune_column", stub.text))
    # rows that name districts (two or more, so that a lone label that happens to be a district's name is no
    # place) are places although the header does not say so
    district_rows = sum(1 for r in range(hr, n_rows) if not is_part[r] and _district_of(labels[r], rules, patterns))
    # (a price list: each row names the unit its goods are sold by, `Dập ghim cỡ trung (chiếc)`, `Ghim bấm số 10 (hộp)`,
    # under a money unit line; not a table of indicators only some of which name their own, `Lao động bình quân (người)`)
    priced_rows = named_rows >= 2 and all(
        _label_unit(labels[r], rules)[0] is not None for r in range(hr, n_rows) if labels[r] and not is_part[r])
    place_rows = place_rows or place_column or district_rows >= 2
    # a column of places beside the labels (`Nhà máy | Địa bàn | Công suất`: `… | Thị xã Bến Cát | 1.200`): where each
    # row's body stands is the row's place
    side_places = _side_places(table, grid, col_label, rules, patterns) if not place_column else {}
    # (columns by place leave no cell to the article's place; a column of the whole country beside the province's own,
    # `Năm 2024 | Cả nước 2024`, leaves the others to it)
    default_place = None if place_rows or any(p and p != _places.NATIONAL_NAME for p in col_place) else location
    values: dict[tuple[int, int], dict[str, Any]] = {}
    parent_place: str | None = None
    whole_unit: str | None = None   # the unit the row that `Trong đó:` parts belong to is said in
    in_parts = False
    for r in range(hr, n_rows):
        row_cells = [c for c in grid[r] if c is not None]
        if not row_cells:
            continue
        row_start = min(c.start for c in row_cells if c.end >= c.start)
        row_end = max(c.end for c in row_cells)
        label_unit, label = _label_unit(labels[r], rules)
        if is_part[r]:
            in_parts = True
        elif label_unit is not None or not label or _NUMBERED_LABEL.match(label) or not in_parts:
            in_parts, whole_unit = False, label_unit
        if label_unit is None and in_parts and whole_unit is not None:
            # (`2. Tổng số kinh phí (tỷ đồng)` / `Trong đó: Ngân sách tỉnh` / `Xã hội hóa`: the parts, the one `Trong
            # đó:` opens and the rows that go on with it, are counted in their whole's unit)
            label_unit = whole_unit
        if label_unit is not None and (table.unit is not None or table.column_units) and \
                not _names_a_unit(label_unit, label, rules):
            # (`Đơn vị tính: triệu con` over `Cá rô phi (đơn tính)`, `Tôm sú (giống)`: under a table's unit line, a
            # bracket of words the lexicon does not know as a unit says which kind the row is, not what it counts in)
            label_unit, label = None, labels[r]
        unit_cell = grid[r][table.unit_col] if table.unit_col is not None else None
        rest = bool(label) and _match(rules, "rest_row", label) is not None
        row_place = (_place_of(label, rules, patterns) if r != lone_place else None) or (
            # (a site under a place column, its district in brackets, `Chợ Viềng Phủ (huyện Vụ Bản)`: the district)
            ((_bracketed_place(label, rules, patterns) if "(" in label else None) or label)
            if label and not is_part[r] and not rest and not _match(rules, "total_row", label) and (
                place_column or (district_rows >= 2 and _district_of(label, rules, patterns))) else None)
        if row_place is None and location and (rest or _match(rules, "whole_place_row", label) or (
                (place_column or district_rows >= 2) and _match(rules, "total_row", label))):
            row_place = location  # `Toàn tỉnh`, `Các huyện còn lại`, or `Tổng cộng` under district rows: the article's province
        # (a place the label itself names: the subject then leaves the label out; not the rest of the places, `Các xã còn
        # lại`, which says which of the article's place's cells these are)
        label_place = row_place if not rest else None
        # (but a district's body, `TAND huyện Sơn Hà`, keeps its kind in the subject: `TAND thụ lý`)
        body = _match(rules, "district_body", label) if label and label_place else None
        body_name = label[:body.start("place")].strip() if body is not None else None
        if body_name and _DISTRICT_ITSELF.fullmatch(body_name):
            body_name = None    # (`UBND huyện Đức Hòa`: the district's government is the district)
        if row_place is None and r in side_places:
            row_place = side_places[r]
        if row_place is None and label and "(" in label:
            # `Hồ Trị An (Đồng Nai)`: a place in the brackets that close the label says where the row's thing is
            row_place = _bracketed_place(label, rules, patterns)
        if row_place is None and label and "," in label:
            # `Mỏ đá Núi Một, thị xã An Nhơn`: so does a place named with its level after the label's last comma
            tail = _PLACE_AFTER_COMMA.search(label)
            row_place = _place_of(tail.group("p"), rules, patterns) if tail is not None else None
        row_period = _col_period(label, rules, reference, patterns) if label and len(label) <= 40 else None
        # a commune (`Xã Hiệp An`, or any row under a `Xã, thị trấn` column) is no place a figure is of (FIGURES.md:
        # a province, city or district): its cells are of the district the text spoke of (or the article's place), and
        # the commune says which ones
        commune = row_place is not None and row_place != location and (
            commune_column or _match(rules, "commune_row", label) is not None)
        # (nor is a site a `Địa bàn` column lists beside the districts, `VQG U Minh Thượng`: a park, of the article's
        # place whatever district it is named after)
        site = row_place is not None and _match(rules, "site_row", label) is not None
        row_location = location if site else (commune_location or location) if commune else row_place
        if not is_part[r]:
            parent_place = row_location
        place_of_row = row_location or (parent_place if is_part[r] else None)
        seen: set[int] = set()
        for k in range(n_cols):
            c = grid[r][k]
            if c is None or id(c) in seen or k in (table.label_col, table.number_col, table.unit_col):
                continue
            seen.add(id(c))
            if c.role != "content" or c.row != r:
                continue
            v = _cell_value(c.text, rules)
            if v is None or (v.of is not None and _DATE_COLUMN.search(col_label[k])):
                continue    # (`3/12` under `Ngày khởi công`: a date)
            col_u, col_bare = col_unit[k]
            of_column = _unit_of(col_u, rules)
            # (a column of percents, `Tỷ lệ % so với KH`, holds percents whatever each row counts)
            own = of_column if of_column is not None and of_column.kind == "percent" else \
                (_unit_of(unit_cell.text, rules) if unit_cell is not None and unit_cell.text.strip() else None) \
                or of_column or _unit_of(label_unit, rules)
            u = own or col_table_unit[k]
            if u is None and listed_units and not any(col_table_unit):
                u = _row_listed_unit(listed_units, label or "", stated, rules)
            if own is not None and own.kind != "money" and own is not of_column and \
                    (unit_cell is not None or (label_unit is not None and priced_rows)) and \
                    (priced := col_table_unit[k]) is not None and priced.kind == "money" and "/" not in priced.unit \
                    and own.unit and "/" not in own.unit:
                # (`Đơn vị tính: đồng` over a price list whose rows name their own unit, `Xi măng PCB40 | tấn |
                # 1.560.000` or `Dập ghim cỡ trung (chiếc) | 52.000`: each cell the price of one of the row's units)
                u = _Unit(f"{priced.unit}/{own.unit}", "money", priced.multiplier)
            elif own is not None and own.kind == "count" and own.multiplier == 1 and own is not of_column and \
                    (lined := col_table_unit[k]) is not None and lined.kind == "count" and lined.multiplier != 1 \
                    and not _match(rules, "count_label", label or "") and \
                    f" {own.unit.lower()} " not in f" {(label or '').lower()} ":
                # (`Đơn vị tính: triệu sản phẩm` over `Bàn chải đánh răng (chiếc) | 318,0`: the row says what its things
                # are counted as, the table's line how many of them a cell holds; not a row that counts other things,
                # `Số trại giống (trại)` under `Đơn vị tính: triệu con`, which says its own unit whole)
                u = _Unit(own.unit, "count", lined.multiplier)
            if own is None and u is not None and u.kind in ("measure", "money") and col_bare and \
                    _match(rules, "count_label", col_bare):
                u = None    # (`Số hộ ảnh hưởng` under `diện tích tính bằng ha`: a column that counts things, no area)
            if u is None:
                # (a place's name, `Huyện Tân Kỳ`, and a time, `Tuần trước`, imply no unit: the column's `Số cây …`
                # does; so does a column that says what it counts, `Số cơ sở được kiểm tra`, over rows of a kind,
                # `Tuyến tỉnh`)
                of_col = None if _TIME_LABEL.match(col_bare or "") else _implied_unit(col_bare, rules)
                counted = of_col if of_col is not None and _match(rules, "count_label", col_bare) else None
                # (nor does a row's time, `Tháng 7`: the cells of a month are what the column counts)
                # (nor does a named body, `Bệnh viện Sản Nhi`: the row is one hospital, its cells count the column's beds)
                u = counted or (None if place_of_row or row_period is not None and _TIME_LABEL.match(label or "")
                                or _named_body(label, rules) else _implied_unit(label, rules)) or of_col or \
                    _kind_of_counted(label, counted_nouns) or _having_counted(col_bare, counted_nouns) or (
                        rows_counted if _match(rules, "total_row", label or "") is not None else None) or \
                    _Unit("", "count")
            if v.percent:
                u = _Unit("%", "percent")
            elif col_bare and _match(rules, "rank_label", col_bare) and float(v.value).is_integer():
                u = _Unit("hạng", "rank")     # `| Xếp hạng |`: each cell a rank, whatever the table's unit
            elif v.unit:
                u = _unit_of(v.unit, rules) or u
            den = _rate(label, rules)
            if den and u.kind != "percent" and "/" not in u.unit and u.unit:
                u = _Unit(f"{u.unit}/{den}", "measure", u.multiplier)
            if u.kind == "percent" and u.unit != "%":
                u = _Unit("%", "percent")
            place = place_of_row or col_place[k] or default_place
            subject_parts = []
            if row_period is not None and col_bare and not col_place[k]:
                subject_parts += [col_bare, _col_phrase(label, rules)]  # years as rows: `Khách quốc tế năm 2021`
            else:
                if label and not label_place:
                    subject_parts.append(label)
                elif body_name:
                    subject_parts.append(body_name)
                if col_bare and not col_place[k] and not (label and _match(rules, "value_column", col_bare) and not (
                        u.kind == "money" and _WORTH_COLUMN.match(col_bare) and _match(rules, "total_row", label))):
                    # (not `Số lượng`, which names nothing; but the sum of a `Giá trị` column, `Tổng cộng`, is of what
                    # the column is worth)
                    subject_parts.append(_col_phrase(col_bare, rules))
            if (not subject_parts or (label_place and not body_name and (
                    col_listed[k] is not None or not _names_indicator(col_bare, col_period[k], col_status[k], rules)))) \
                    and table.caption:
                # (a caption that lists the columns' names, then what they measure, names each: `Diện tích, năng suất
                # lúa …` over `Diện tích | Năng suất`, even where the label alone names an amount)
                listed = col_listed[k] if label_place else None
                if listed is not None:
                    subject_parts = [listed]
                else:
                    indicator = _indicator(table.caption, rules)
                    # (a column named as the caption names its cells, `Giải ngân` under `Kết quả giải ngân …`, is not
                    # said twice)
                    subject_parts = [p for p in subject_parts if p.lower() not in indicator.lower()]
                    if indicator:
                        subject_parts.insert(0, indicator)
                        if label_place and u.kind == "money" and _WORTH_COLUMN.match(col_bare or "") \
                                and not _WORTH_WORD.search(" ".join(subject_parts)):
                            # (`Giá trị (tỷ đồng)` beside `Số lồng` and `Sản lượng` over place rows: what the caption's
                            # work is worth, not the work itself)
                            subject_parts.insert(0, "giá trị")
            if not subject_parts and col_bare and not col_place[k]:
                # (`Giá trị (triệu đồng)` over place rows, and a caption that names nothing: the column's word rather
                # than no subject)
                subject_parts.append(_col_phrase(col_bare, rules))
            if commune or site:
                subject_parts.append(label)
            if subject_parts and u.kind == "count" and u.unit and col_bare and \
                    subject_parts[-1] == _col_phrase(col_bare, rules):
                # a column that names no thing takes the table's things: one that says only whether they passed (`Đạt |
                # Không đạt` beside `Số xe kiểm tra`, under `Đơn vị tính: lượt xe`: `lượt xe đạt`), and one that only
                # sums them under no caption that names them (`Cơ sở in | Cơ sở phát hành | Tổng số` under `Đơn vị tính:
                # cơ sở`: `tổng số cơ sở`)
                if _PASS_FAIL_LABEL.fullmatch(col_bare):
                    subject_parts[-1] = f"{u.unit} {subject_parts[-1]}"
                elif _TOTAL_LABEL.fullmatch(col_bare) and subject_parts[:-1] in ([], [label]) and \
                        _match(rules, "total_row", label or "") is None:
                    subject_parts[-1] = f"{subject_parts[-1]} {u.unit}"
            subject = " ".join(subject_parts) or None
            a, b = c.start + v.start, c.start + v.end
            kind = u.kind if u.unit else "count"
            if kind == "measure" and u.unit == "điểm" and float(v.value).is_integer():
                if sites_counted is None:   # (the table's labels asked once, at its first whole number of `điểm`)
                    sites_counted = any(_SITES_LABEL.match(said or "") is not None
                                        for said in (*col_label, caption_label)) or \
                        _figures.sites_named_before(text, table.start)     # (the article's sites, counted before it)
                if sites_counted or _SITES_LABEL.match(label or "") is not None:
                    # (`Điểm sạt lở (điểm)`, `Số điểm quan trắc`: sites counted, no score; so are the rows `Điểm đen
                    # tai nạn giao thông | điểm | 7` and the cells under `Bảng. Số điểm trông giữ phương tiện` and `Đơn
                    # vị tính: điểm`; and the cells of the other columns of a table that counts sites in one, under
                    # one unit line: `Số điểm BĐVHX | Có kết nối internet`, the sites that have it)
                    kind = "count"
            elif kind == "measure" and u.unit in ("ngày", "tuần", "tháng", "năm") and \
                    _DAYS_COUNTED.match(col_label[k] or label or "") is not None:
                kind = "count"  # (`Số ngày AQI trên 100`: days of a kind, counted, no length of time)
            period = col_period[k] or row_period or caption_period
            if row_period is not None and col_period[k] is not None and _whole_year(col_period[k]) \
                    and not _whole_year(row_period) and not _HEADER_YEAR.search(label):
                # (quarters as rows and years as columns, `Quý I | 110 | 125` under `Năm 2023 | Năm 2024`: a cell is
                # its row's quarter of its column's year)
                period = _col_period(label, rules, str(col_period[k].end), patterns) or period
            fig = dict(
                text=text[a:b], start=a, end=b, sentence=text[row_start:row_end] if row_end > row_start else text[a:b],
                kind=kind, value=scale(v.value, u.multiplier),      # (in decimals: `8,2` tỷ is 8 200 000 000)
                value_max=scale(v.value_max, u.multiplier) if v.value_max is not None else None,
                unit=u.unit, approx=v.approx, subject=subject,
                period=period, location=place, status=_row_status(label, row_period, col_status[k], rules),
                rule=f"table:{table.layout or 'grid'}")
            if v.of is not None:
                fig["total"] = scale(v.of, u.multiplier)     # `8/9` thôn văn hóa: 8 of the 9
            values[(r, k)] = fig
            out.append(fig)
    numbered = [table.number_col is not None and grid[r][table.number_col] is not None
                and bool(grid[r][table.number_col].text.strip()) for r in range(n_rows)]
    _totals(table, labels, is_part, numbered, values, rules)
    for (r, k), fig in values.items():
        whole = values.get((r, whole_col[k])) if k in whole_col else None
        if whole is not None and whole["unit"] == fig["unit"] and abs(whole["value"]) >= abs(fig["value"]) \
                and fig.get("total") is None:
            fig["total"] = whole["value"]
    return out


def claimed(table: Table, figures: list[dict[str, Any]]) -> list[tuple[int, int]]:
    """The spans of a table's cells whose numbers are the table's business: headers, labels, row
    numbers, and content cells that gave a figure. A caption row and a content cell of text
    (``Toàn tỉnh có 225 xã``) are left to the prose rules."""
    starts = sorted(f["start"] for f in figures)
    out = []
    for c in table.cells:
        if c.end <= c.start or c.role == "caption":
            continue
        if c.role == "content":
            i = bisect.bisect_left(starts, c.start)
            if not (i < len(starts) and starts[i] < c.end) and any(ch.isalpha() for ch in c.text):
                continue
        out.append((c.start, c.end))
    return sorted(out)


_TOTAL_WORD = lazyre.compile(r"^(?:tổng\s+số|tổng\s+cộng|tổng)\s+", regex.IGNORECASE)


def _same_indicator(label: str, whole: str) -> bool:
    """Whether a row under `Trong đó:` names an indicator of the whole's kind (`Kim ngạch nhập khẩu` after
    `Tổng kim ngạch xuất khẩu`): its first two words, `Tổng` aside, are the whole's. Such a row is the whole's
    sibling, and the parts are over.

    >>> _same_indicator("Kim ngạch nhập khẩu", "Tổng kim ngạch xuất khẩu"), _same_indicator("Thủy sản", "Tổng kim ngạch xuất khẩu")
    (True, False)
    """
    a = _TOTAL_WORD.sub("", label.strip()).lower().split()[:2]
    b = _TOTAL_WORD.sub("", whole.strip()).lower().split()[:2]
    return len(a) == 2 and a == b


#: a row label that opens with its item's number (`2. Tổng số kinh phí`, `II. Chi ngân sách`): a new item
_NUMBERED_LABEL = lazyre.compile(r"\s*(?:\d{1,2}|[IVX]{1,4})[.)]\s")


def _totals(table: Table, labels: list[str], is_part: list[bool], numbered: list[bool],
            values: dict[tuple[int, int], dict],
            rules: _Rules) -> None:
    """The row above ``Trong đó`` rows is their total. (A ``Tổng số``/``Toàn tỉnh`` row is no total of the other rows: a
    table's rows are its own figures, and none of the hand-checked tables reads a total row as their whole; it often
    holds more than the rows listed, `một số đơn vị`.)"""
    hr, n = table.header_rows, table.n_rows
    body = list(range(hr, n))

    def give(part_row: int, whole_row: int) -> None:
        for (r, k), fig in values.items():
            if r != part_row:
                continue
            whole = values.get((whole_row, k))
            if whole is None or fig["kind"] == "percent" or whole["unit"] != fig["unit"] \
                    or fig.get("total") is not None or abs(whole["value"]) < abs(fig["value"]) \
                    or not _figures.additive(fig["unit"]):
                continue    # (an average, `tạ/ha`, is no sum of the rows)
            fig["total"] = whole["value"]

    def adds_up(rows: list[int], whole_row: int) -> bool:
        """Whether ``rows`` add up to their whole in every column where they and it count the same thing, and there
        is such a column (to the rounding of the figures written: half a percent)."""
        compared = False
        for (r, k), whole in values.items():
            if r != whole_row or whole["kind"] == "percent" or not _figures.additive(whole["unit"]):
                continue
            cells = [values.get((p, k)) for p in rows]
            if any(c is None or c["unit"] != whole["unit"] for c in cells):
                continue
            if abs(sum(c["value"] for c in cells) - whole["value"]) > 0.005 * abs(whole["value"]):
                return False
            compared = True
        return compared

    def more_parts(first: int, whole_row: int) -> list[int]:
        """`Tổng số 9.850 | Trong đó: Ngao giống 9.420 | Hàu giống 310 | Giống khác 120`: the rows after the one
        `Trong đó:` opens that go on with its parts, the fewest that make the parts add up to the whole (a row that
        only follows may be a sibling of the whole, or a part of a part: `Mực chế biến xuất khẩu` after `Trong đó:
        mực các loại`)."""
        rows = [first]
        for r in range(first + 1, n):
            if is_part[r] or numbered[r] or not labels[r] or _match(rules, "total_row", labels[r]) \
                    or _same_indicator(labels[r], labels[whole_row]):
                break
            rows.append(r)
            if adds_up(rows, whole_row):
                return rows[1:]
        return []

    parent = None
    under_bare_part = False
    parts: list[int] = []   # the rows after a `Trong đó: X` row that go on with its parts
    for r in body:
        if is_part[r]:
            if not labels[r]:  # a bare `Trong đó:` row: the rows below are parts of the row above it
                under_bare_part = True
                continue
            if parent is not None:
                give(r, parent)
                parts = more_parts(r, parent)
            continue
        if numbered[r]:
            under_bare_part = False  # a numbered row starts a new item: the parts under `Trong đó:` are over
            parts = []
        if under_bare_part and parent is not None and not _match(rules, "total_row", labels[r]) \
                and not _same_indicator(labels[r], labels[parent]):
            give(r, parent)
            continue
        if r in parts and parent is not None:
            give(r, parent)
            continue
        under_bare_part = False
        parts = []
        parent = r


# -- checking the examples of patterns/tables.toml ------------------------------------------------

def check_example(patterns: PatternSet, name: str, example: Any, positive: bool) -> None:
    """Check one example of ``patterns/tables.toml`` (used by the test suite and ``patterns check``)."""
    if isinstance(example, dict) and example.get("table"):
        from .pipeline import extract
        doc = extract(example["text"], published="2024-01-01", patterns=patterns)
        want = {k: v for k, v in example.items() if k not in ("text", "table")}
        for f in doc.figures:
            if not f.rule.startswith("table:"):
                continue
            d = f.model_dump()
            period = d.pop("period") or {}
            d.update({f"period_{k}": v for k, v in period.items()})
            if all(k in d and (abs(d[k] - v) <= 1e-9 * max(1, abs(v)) if isinstance(v, (int, float))
                               and not isinstance(v, bool) and isinstance(d[k], (int, float))
                               else str(d[k]).lower() == str(v).lower()) for k, v in want.items()):
                return
        raise AssertionError(f"tables.toml [{name}]: no table figure in {example['text']!r} has {want}; found "
                             f"{[(f.text, f.value, f.unit) for f in doc.figures]}")
    if name == "layouts":
        text = example if isinstance(example, str) else example["text"]
        if not positive:
            assert not find_tables(text, patterns=patterns), f"tables.toml [{name}]: {text!r} must hold no table"
        return
    text = example if isinstance(example, str) else example["text"]
    rx = _rules(patterns).rx[name]
    found = rx.search(text)
    if positive:
        assert found, f"tables.toml [{name}]: pattern does not match {text!r}"
    else:
        assert not found, f"tables.toml [{name}]: pattern matches {text!r}"

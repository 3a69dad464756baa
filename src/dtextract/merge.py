"""One dataset from many articles: figure records in, one row per fact out.

A *fact* is what several mentions state together: one indicator, one place,
one period, one unit (and kind, and whether it is a plan or an outcome).
:func:`merge` takes figure records, the lines that ``dtextract batch -f
jsonl`` writes (one figure each, with its ``source``), and returns a
:class:`Merged` holding one row per fact: the value, its ``mentions``
(``source``, ``start``, ``end``, ``text``, ``value``), ``n_sources`` and
``conflict``.

How mentions become facts, step by step (on polars frames: Python loops run
over distinct phrases and candidate pairs, never over every record):

1. **Indicator key.** The subject is put in normal form (lower case, new
   tone placement, punctuation and words holding digits made spaces, the
   figure's own period phrase and place name cut out, a leading unit word
   dropped), the synonyms of ``patterns/indicators.toml`` are applied
   (longest phrase first), its function words dropped and a canonical word
   written twice (``chỉ số giá tiêu dùng (CPI)``) kept once. Diacritics are
   kept. A key made of general words only (``tỷ lệ``, ``tăng trưởng``) is no
   key: such a mention stays a fact of its own, as does one whose subject
   leaves nothing. A percent figure with ``so với <baseline>`` right after it
   (or before it in its sentence, or as its change when that is the figure
   itself) gets the baseline's class in its key: ``cpi (so với tháng
   trước)`` and ``cpi (so với cùng kỳ)`` are two facts.
2. **Exact groups.** Mentions with the same key parts (indicator, location,
   period start and end, unit, kind, plan/outcome) form a group. A figure
   with no period groups only with others published the same month (or, with
   no date, of its own article). An article does not contradict itself: when
   one article states two values under one key, the group is split by value.
3. **Joins.** Candidate pairs of groups share unit, kind, plan/outcome and
   period end; each other key part (place, period start, baseline) is equal
   or unknown on one side. Groups whose parts are all equal join when their
   indicators are near (rapidfuzz token-set ratio >= :data:`FUZZY_MIN`) and
   their values agree, or share less (>= :data:`FUZZY_PRECISE`) with values
   that agree and are written with :data:`PRECISE_DIGITS` significant digits
   or more, or differ by word order only (token-sort ratio >=
   :data:`FUZZY_CONFLICT`, values agreeing or not: a conflict). Never when
   their indicators differ by a ``distinct``/``qualifying`` word (xuất khẩu /
   nhập khẩu, … toàn trình) or one article states both with different
   values. A group that lacks a part (one outlet names no place, no year, no
   baseline) joins a group that names it when the values agree, the
   indicators are near, and that fact is the only one it can mean.
4. **Agreement.** Each mention's value is an interval: the precision it is
   written with (``1,5 triệu`` is 1 450 000 to 1 550 000; a thousands-grouped
   integer is exact) widened by its approx (``hơn 1,5 triệu`` is 1 500 000 to
   1 600 000). A fact's mentions agree when their intervals share a point;
   otherwise ``conflict`` is true and ``conflict_values`` lists the values.
   A change (signed, per unit and baseline class), a share and a target that
   ride with the mentions are compared the same way, at the precision of
   their number, and a disagreement there flags the row too.

>>> m = merge([
...   {"source": "a.txt", "start": 0, "end": 15, "text": "hơn 1,5 triệu hồ sơ", "kind": "count",
...    "value": 1500000, "unit": "hồ sơ", "approx": "over", "subject": "hồ sơ trực tuyến",
...    "location": "Phú Thọ", "period": {"text": "năm 2023", "start": "2023-01-01", "end": "2023-12-31"}},
...   {"source": "b.txt", "start": 9, "end": 24, "text": "1.512.345 hồ sơ", "kind": "count",
...    "value": 1512345, "unit": "hồ sơ", "approx": "exact", "subject": "Số hồ sơ trực tuyến",
...    "location": "Phú Thọ", "period": {"text": "năm 2023", "start": "2023-01-01", "end": "2023-12-31"}}])
>>> [(r["indicator"], r["value"], r["n_sources"], r["conflict"]) for r in m.rows()]
[('hồ sơ trực tuyến', 1512345.0, 2, False)]
"""
from __future__ import annotations

import functools
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import InputError, MissingExtraError, PatternError
from .patterns import PatternSet

if TYPE_CHECKING:
    import polars as pl

__all__ = ["merge", "Merged", "Rules", "rules", "indicator_key", "baseline_class", "joinable", "records_frame",
           "read_records", "write", "FACT_COLUMNS", "MENTION_COLUMNS", "FORMATS", "FUZZY_MIN", "FUZZY_CONFLICT",
           "check_example"]

#: The pattern file (``patterns/<stem>.toml``) that holds synonyms, function words, baselines and distinct words.
STEM = "indicators"
#: Output formats of :func:`write`.
FORMATS: tuple[str, ...] = ("jsonl", "csv", "xlsx", "parquet")
#: Token-set ratio (0-100) from which two indicators of one place, period and unit may be joined.
FUZZY_MIN = 80.0
#: Token-set ratio from which two indicators are joined when their values agree and are written precisely.
FUZZY_PRECISE = 50.0
#: Significant digits from which a value is precise (``1.512.345``, ``68,54%``; not ``1,5 triệu``, ``100%``).
PRECISE_DIGITS = 3
#: Token-sort ratio from which two indicators are joined even though their values disagree (a conflict).
FUZZY_CONFLICT = 95.0
#: Distinct indicators of one block compared pairwise at most; a larger block is split by first word.
BLOCK_LIMIT = 2000

#: The columns of a fact row, in order (``mentions`` is a list of {source, start, end, text, value}).
FACT_COLUMNS: tuple[str, ...] = ("indicator", "location", "period_start", "period_end", "unit", "kind", "status",
                                 "value", "n_sources", "n_mentions", "conflict", "conflict_values", "mentions")
#: The columns of the mentions table (the second XLSX sheet): the fact's number, then the mention.
MENTION_COLUMNS: tuple[str, ...] = ("fact", "indicator", "source", "start", "end", "text", "value", "subject",
                                    "approx")

#: The flat record columns merge reads (names as in :data:`dtextract.output.CSV_COLUMNS`).
_FLAT: dict[str, str] = {
    "source": "str", "published": "str", "start": "int", "end": "int", "text": "str", "sentence": "str", "kind": "str",
    "value": "float", "value_max": "float", "unit": "str", "approx": "str", "percent": "float",
    "subject": "str", "location": "str", "status": "str",
    "period_text": "str", "period_start": "str", "period_end": "str",
    "change_direction": "str", "change_value": "float", "change_unit": "str", "change_approx": "str",
    "change_baseline": "str", "target_value": "float", "target_unit": "str",
}
_NESTED = {"period": ("text", "start", "end"),
           "change": ("direction", "value", "unit", "approx", "baseline"),
           "target": ("value", "unit")}
_MULTIPLIERS = (("nghìn tỷ", 1e12), ("ngàn tỷ", 1e12), ("nghìn tỉ", 1e12), ("triệu", 1e6), ("tỷ", 1e9),
                ("tỉ", 1e9), ("vạn", 1e4), ("nghìn", 1e3), ("ngàn", 1e3))
#: Old tone placement -> new (``hoá`` = ``hóa``), as places.toml reads names.
_TONES = {"oà": "òa", "oá": "óa", "oả": "ỏa", "oã": "õa", "oạ": "ọa", "oè": "òe", "oé": "óe", "oẻ": "ỏe",
          "oẽ": "õe", "oẹ": "ọe", "uỳ": "ùy", "uý": "úy", "uỷ": "ủy", "uỹ": "ũy", "uỵ": "ụy"}
_FORMULA = ("=", "+", "-", "@", "\t", "\r", "＝", "＋", "－", "＠")


def _pl() -> Any:
    try:
        import polars
    except ImportError:
        raise MissingExtraError("dtextract merge needs polars and rapidfuzz, which are not installed: "
                                "pip install 'dtextract[merge]'") from None
    return polars


# -- rules -------------------------------------------------------------------------------

@dataclass(frozen=True)
class Rules:
    """The entries of ``indicators.toml``, by kind."""

    #: (entry, canonical, variant) for every synonym variant
    synonyms: tuple[tuple[str, str, str], ...]
    #: (entry, word) for every function word
    drop: tuple[tuple[str, str], ...]
    #: (entry, canonical, variant) for every baseline variant
    baselines: tuple[tuple[str, str, str], ...]
    #: words that tell indicators apart when each indicator has one the other lacks (xuất khẩu / nhập khẩu)
    distinct: frozenset[str]
    #: words that tell indicators apart even on one side only (``toàn trình``: a part of the other)
    qualifying: frozenset[str] = frozenset()
    #: words too general to name an indicator alone: a key made of them only is no key (``tỷ lệ``)
    generic: frozenset[str] = frozenset()


def _text_key(text: str) -> str:
    """A phrase of the rules in the normal form subjects are put in (lower case, new tones, single spaces)."""
    import re
    import unicodedata

    text = " ".join(unicodedata.normalize("NFC", text).lower().replace(",", " ").split())
    return re.sub("(" + "|".join(_TONES) + r")\b", lambda m: _TONES[m.group(1)], text)


def _strings(entry: Any, key: str) -> list[str]:
    value = entry.data.get(key)
    if not isinstance(value, list) or not value or not all(isinstance(v, str) and v.strip() for v in value):
        raise PatternError(f"entry [{entry.name}]: {key} must be a list of phrases", path=str(entry.path))
    return value


def _build_rules(ps: PatternSet) -> Rules:
    synonyms, drop, baselines, distinct, qualifying, generic = [], [], [], set(), set(), set()
    for name, entry in ps.raw(STEM).items() if STEM in ps.stems else ():
        kind = entry.data.get("kind", "synonym")
        if kind in ("synonym", "baseline"):
            canonical = entry.data.get("canonical")
            if not isinstance(canonical, str) or not canonical.strip():
                raise PatternError(f"entry [{name}]: canonical must be a phrase", path=str(entry.path))
            target = synonyms if kind == "synonym" else baselines
            target.extend((name, _text_key(canonical), _text_key(v)) for v in _strings(entry, "variants"))
        elif kind == "drop":
            drop.extend((name, _text_key(w)) for w in _strings(entry, "words"))
        elif kind == "generic":
            generic.update(_text_key(w) for w in _strings(entry, "words"))
        elif kind == "distinct":
            (qualifying if entry.data.get("one_sided") else distinct).update(
                _text_key(w) for w in _strings(entry, "words"))
        else:
            raise PatternError(f"entry [{name}]: kind must be synonym, drop, baseline, distinct or generic, "
                               f"not {kind!r}",
                               path=str(entry.path))
    return Rules(tuple(synonyms), tuple(drop), tuple(baselines), frozenset(distinct), frozenset(qualifying),
                 frozenset(generic))


_RULES_CACHE: dict[int, tuple[PatternSet, Rules]] = {}


def rules(patterns: PatternSet | Sequence[str | Path] | None = None) -> Rules:
    """The :class:`Rules` of a pattern set (the built-in one by default), built once per set."""
    from . import api

    ps = patterns if isinstance(patterns, PatternSet) else api.load_patterns(patterns)
    cached = _RULES_CACHE.get(id(ps))
    if cached is None or cached[0] is not ps:
        cached = (ps, _build_rules(ps))
        _RULES_CACHE[id(ps)] = cached
    return cached[1]


def _spaced(phrase: str) -> str:
    """A phrase as it stands in a doubled-space text: `` tỷ  lệ `` (so that whole words match, side by side)."""
    return " " + "  ".join(phrase.split()) + " "


def _longest_first(pairs: Iterable[tuple[str, str]]) -> tuple[list[str], list[str]]:
    seen: dict[str, str] = {}
    for pattern, replacement in pairs:
        seen.setdefault(pattern, replacement)
    ordered = sorted(seen.items(), key=lambda kv: (-len(kv[0]), kv[0]))
    return [p for p, _ in ordered], [r for _, r in ordered]


# -- the indicator key, as polars expressions -------------------------------------------------

def _normal(expr: Any, *, digits: bool = False) -> Any:
    """Lower case, NFC, new tone placement, punctuation and (unless ``digits``) words holding digits made spaces."""
    pl = _pl()
    e = expr.fill_null("").str.to_lowercase()  # records are NFC already: dtextract reads text in that form
    e = e.str.replace_all(r"[^\p{L}\p{N}%]+", " ")
    e = pl.concat_str([pl.lit(" "), e, pl.lit(" ")])
    e = e.str.replace_many([t + " " for t in _TONES], [t + " " for t in _TONES.values()])  # at a word's end only
    if not digits:
        e = e.str.replace_all(r" [^ ]*[\p{N}%][^ ]*", " ")
    return e


def _cut(expr: Any, part: Any) -> Any:
    """``expr`` with every occurrence of the phrase ``part`` (a column, stripped) made a space."""
    pl = _pl()
    return pl.when(part.str.len_chars() > 0).then(expr.str.split(part).list.join(" ")).otherwise(expr)


def _indicators(r: Rules, frame: Any) -> Any:
    """The indicator key of each row of ``frame`` (columns ``s`` subject, ``u`` unit, ``l`` location,
    ``p`` period phrase; all strings), as a column ``key`` (the empty string when nothing is left).

    Each step is a column of its own: an expression that used a deep one
    several times would be computed that many times.
    """
    pl = _pl()
    # place, period phrase and unit take few values: each is normalised once per value
    small = {}
    for col in ("p", "l", "u"):
        values = frame.select(pl.col(col).unique())
        values = values.with_columns(_n=_normal(pl.col(col)).str.replace_all(r"\s+", " ").str.strip_chars())
        small[f"_{col}"] = pl.col(col).replace_strict(dict(zip(values[col].to_list(), values["_n"].to_list())),
                                                      return_dtype=pl.String)
    f = frame.with_columns(_s=_normal(pl.col("s")), **small)
    f = f.with_columns(_s=_cut(pl.col("_s"), pl.col("_p")))
    f = f.with_columns(_s=_cut(pl.col("_s"), pl.col("_l")).str.replace_all(r"\s+", " ").str.strip_chars())
    # a subject that starts with its unit word: the unit is a key part of its own
    e, u = pl.col("_s"), pl.col("_u")
    f = f.with_columns(_s=pl.when((u.str.len_chars() > 0) & (e.str.starts_with(pl.concat_str([u, pl.lit(" ")]))
                                                            | (e == u)))
                       .then(e.str.slice(u.str.len_chars())).otherwise(e))
    e = pl.concat_str([pl.lit("  "), pl.col("_s").str.strip_chars().str.replace_all(" ", "  "), pl.lit("  ")])
    if r.synonyms:
        pats, reps = _longest_first((_spaced(v), _spaced(c)) for _, c, v in r.synonyms)
        e = e.str.replace_many(pats, reps, leftmost=True)
    if r.drop:
        pats, reps = _longest_first((_spaced(w), " ") for _, w in r.drop)
        e = e.str.replace_many(pats, reps, leftmost=True)
    if r.synonyms:  # "chỉ số giá tiêu dùng (CPI)": the canonical word once
        canon = sorted({c for _, c, _ in r.synonyms}, key=lambda c: (-len(c), c))
        e = e.str.replace_all(r"\s+", "  ").str.replace_many([_spaced(c) + _spaced(c) for c in canon],
                                                             [_spaced(c) for c in canon], leftmost=True)
    e = e.str.replace_all(r"\s+", " ").str.strip_chars()
    f = f.with_columns(_s=e)
    # and once more: "số hồ sơ …" starts with its unit only once "số" is dropped
    e = pl.col("_s")
    f = f.with_columns(key=pl.when((u.str.len_chars() > 0) & (e.str.starts_with(pl.concat_str([u, pl.lit(" ")]))
                                                              | (e == u)))
                       .then(e.str.slice(u.str.len_chars()).str.strip_chars()).otherwise(e))
    if r.generic:  # a key of general words only ("tỷ lệ", "tăng trưởng") names no indicator
        pats, reps = _longest_first((_spaced(w), " ") for w in r.generic)
        rest = pl.concat_str([pl.lit("  "), pl.col("key").str.replace_all(" ", "  "), pl.lit("  ")]) \
            .str.replace_many(pats, reps, leftmost=True).str.strip_chars()
        f = f.with_columns(key=pl.when(rest == "").then(pl.lit("")).otherwise(pl.col("key")))
    return f.drop("_s", "_p", "_l", "_u")


def _baselines(r: Rules, frame: Any, column: str, out: str) -> Any:
    """``frame`` with a column ``out``: the class of the baseline that ``column`` starts with (after an
    optional ``so với``), else null."""
    pl = _pl()
    import re

    mapping = {v: c for _, c, v in r.baselines}
    if not mapping:
        return frame.with_columns(pl.lit(None, dtype=pl.String).alias(out))
    # the distinct phrases only (most rows have none)
    phrases = frame.select(pl.col(column).fill_null("").unique())
    p = pl.concat_str([_normal(pl.col(column), digits=True).str.replace_all(r"\s+", " ").str.strip_chars(),
                       pl.lit(" ")])
    p = p.str.replace(r"^(?:so với |bằng |của |với )", "")
    alternation = "|".join(re.escape(v) for v in sorted(mapping, key=lambda v: (-len(v), v)))
    phrases = phrases.with_columns(
        _b=p.str.extract(f"^({alternation}) ", 1).replace_strict(mapping, default=None, return_dtype=pl.String))
    lookup = dict(zip(phrases[column].to_list(), phrases["_b"].to_list()))
    return frame.with_columns(pl.col(column).fill_null("").replace_strict(lookup, default=None,
                                                                          return_dtype=pl.String).alias(out))


def _intervals(frame: Any) -> Any:
    """``frame`` with ``lo`` and ``hi``: the interval each mention's value stands for, from how its ``text``
    writes it (columns ``text``, ``value``, ``value_max``, ``approx``)."""
    pl = _pl()
    low = pl.col("text").fill_null("").str.to_lowercase()
    f = frame.with_columns(
        _digits=low.str.extract(r"(\d(?:[\d.,]*\d)?)", 1).str.replace_all(r"\D", ""),
        _after=low.str.extract(r"\d(?:[\d.,]*\d)?\s*([\p{L} ]{0,12})", 1).fill_null(""),
        _approx=pl.col("approx").fill_null("exact"))
    mult = pl.lit(1.0)
    for word, factor in reversed(_MULTIPLIERS):  # the first listed wins (nghìn tỷ before tỷ)
        mult = pl.when(pl.col("_after").str.starts_with(word)).then(pl.lit(factor)).otherwise(mult)
    f = f.with_columns(_mult=mult, _written=pl.col("_digits").cast(pl.Float64, strict=False),
                       _zeros=pl.col("_digits").str.extract(r"(0*)$", 1).str.len_chars().cast(pl.Int64))
    f = f.with_columns(_scaled=pl.col("value").abs() / pl.col("_mult"),
                       _tol=1e-6 * pl.max_horizontal(pl.col("_written"), pl.lit(1.0)))
    decimals = pl.lit(None, dtype=pl.Int64)
    for d in range(6, -1, -1):  # the fewest decimals that give the digits written
        fits = ((pl.col("_scaled") * 10.0 ** d) - pl.col("_written")).abs() <= pl.col("_tol")
        decimals = pl.when(fits).then(pl.lit(d, dtype=pl.Int64)).otherwise(decimals)
    f = f.with_columns(_dec=decimals)
    dec, mult, zeros, approx = pl.col("_dec"), pl.col("_mult"), pl.col("_zeros"), pl.col("_approx")
    rounded = (dec == 0) & (approx != "exact") & (zeros < pl.col("_digits").str.len_chars())
    f = f.with_columns(
        _step=pl.when(dec.is_null()).then(pl.lit(0.0)).when(rounded).then(mult * pl.lit(10.0).pow(zeros))
        .otherwise(mult * pl.lit(10.0).pow(-dec)),
        _top=pl.coalesce([pl.col("value_max"), pl.col("value")]))
    value, top, step = pl.col("value"), pl.col("_top"), pl.col("_step")
    eps = 1e-12 * pl.max_horizontal(value.abs(), top.abs(), pl.lit(1.0))
    up = approx.is_in(["over", "at_least"])
    down = approx.is_in(["nearly", "under", "at_most"])
    half = step * 0.499  # rounding: 1.512.345 and 1.512.346 do not touch
    lo = pl.when(up).then(value).when(down | (approx == "about")).then(value - step).otherwise(value - half)
    hi = pl.when(up | (approx == "about")).then(top + step).when(down).then(top).otherwise(top + half)
    core = pl.col("_digits").str.strip_chars_start("0")
    sig = pl.when(dec == 0).then(core.str.strip_chars_end("0")).otherwise(core).str.len_chars()
    return f.with_columns(lo=lo - eps, hi=hi + eps, sig=sig.fill_null(0).cast(pl.Int64)).drop("_digits", "_after", "_approx", "_mult", "_written",
                                                         "_zeros", "_scaled", "_tol", "_dec", "_step", "_top")


def _number_interval(value: Any, approx: Any | None = None) -> tuple[Any, Any]:
    """The interval of an attribute's number (a change, a share, a target): half its last written decimal."""
    pl = _pl()
    frac = value.abs().cast(pl.String).str.extract(r"\.(\d*?)0*$", 1).fill_null("").str.len_chars()
    step = pl.lit(10.0).pow(-frac.cast(pl.Int64))
    eps = 1e-12 * pl.max_horizontal(value.abs(), pl.lit(1.0))
    if approx is None:
        return value - step * 0.499 - eps, value + step * 0.499 + eps
    up = approx.is_in(["over", "at_least"])
    down = approx.is_in(["nearly", "under", "at_most"])
    lo = pl.when(up).then(value).when(down | (approx == "about")).then(value - step).otherwise(value - step * 0.499)
    hi = pl.when(up | (approx == "about")).then(value + step).when(down).then(value).otherwise(value + step * 0.499)
    return lo - eps, hi + eps


# -- records in --------------------------------------------------------------------------------

def _flat_schema() -> dict[str, Any]:
    pl = _pl()
    types = {"str": pl.String, "int": pl.Int64, "float": pl.Float64}
    return {name: types[kind] for name, kind in _FLAT.items()}


def _nested_schema() -> dict[str, Any]:
    pl = _pl()
    flat = _flat_schema()
    schema: dict[str, Any] = {}
    for name, dtype in flat.items():
        head = name.split("_", 1)[0]
        if head in _NESTED and name != "percent":
            if head not in schema:
                schema[head] = pl.Struct({f: flat[f"{head}_{f}"] for f in _NESTED[head]})
        else:
            schema[name] = dtype
    return schema


def _flatten_frame(df: Any) -> Any:
    """A frame with nested ``period``/``change``/``target`` columns as the flat columns merge reads."""
    pl = _pl()
    cols = []
    for name, dtype in _flat_schema().items():
        head, _, field = name.partition("_")
        if head in _NESTED and field in _NESTED[head] and name not in df.columns:
            if head in df.columns:
                cols.append(pl.col(head).struct.field(field).cast(dtype).alias(name))
            else:
                cols.append(pl.lit(None, dtype=dtype).alias(name))
        elif name in df.columns:
            cols.append(pl.col(name).cast(dtype, strict=False).alias(name))
        else:
            cols.append(pl.lit(None, dtype=dtype).alias(name))
    return df.select(cols)


def records_frame(records: Iterable[Mapping[str, Any]]) -> Any:
    """A polars frame of figure records (dicts as ``batch -f jsonl`` writes them, nested or flat)."""
    pl = _pl()
    nested = _nested_schema()
    rows = []
    for rec in records:
        row = {}
        for key, dtype in nested.items():
            value = rec.get(key)
            if key in _NESTED:
                value = {f: value.get(f) for f in _NESTED[key]} if isinstance(value, Mapping) else None
                if value is None and any(f"{key}_{f}" in rec for f in _NESTED[key]):
                    value = {f: rec.get(f"{key}_{f}") for f in _NESTED[key]}
            row[key] = value
        rows.append(row)
    return _flatten_frame(pl.DataFrame(rows, schema=nested, orient="row") if rows else pl.DataFrame(schema=nested))


def documents_frame(docs: Iterable[Any]) -> Any:
    """A polars frame of the figures of :class:`~dtextract.models.Document` objects."""
    return records_frame({"source": doc.source, **fig.model_dump(mode="json")} for doc in docs for fig in doc.figures)


def _bad_jsonl_line(path: Path) -> str:
    with open(path, "rb") as fp:
        for number, raw in enumerate(fp, 1):
            if not raw.strip():
                continue
            try:
                rec = json.loads(raw)
            except ValueError:
                return f"line {number} is not JSON"
            if not isinstance(rec, dict):
                return f"line {number} is not a JSON object"
            for key in ("source", "value", "text"):
                if key not in rec:
                    return f"line {number} is not a figure record (no {key!r}); give the JSONL of dtextract batch"
    return "not the JSONL of dtextract batch"


def read_records(path: str | Path) -> Any:
    """The figure records of one file: JSONL as ``dtextract batch`` writes it, or its Parquet (flat columns).

    Raises :class:`~dtextract.errors.InputError` naming the file (and the
    first bad line) for anything else.
    """
    pl = _pl()
    path = Path(path)
    try:
        if path.suffix.lower() == ".parquet":
            try:
                df = pl.read_parquet(path)
            except Exception as exc:
                raise InputError(f"not a Parquet file of figures: {' '.join(str(exc).split())[:200]}",
                                 path=str(path)) from None
            missing = {"source", "value", "text"} - set(df.columns)
            if missing:
                raise InputError(f"not a Parquet file of figures (no {', '.join(sorted(missing))})", path=str(path))
            return _flatten_frame(df)
        if path.stat().st_size == 0:
            return _flatten_frame(pl.DataFrame(schema=_nested_schema()))
        try:
            df = pl.read_ndjson(path, schema=_nested_schema(), ignore_errors=False)
        except Exception:
            raise InputError(_bad_jsonl_line(path), path=str(path)) from None
        if df.height and (df["source"].null_count() or df["value"].null_count() or df["text"].null_count()):
            raise InputError(_bad_jsonl_line(path), path=str(path))
        return _flatten_frame(df)
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}", path=str(path)) from None


# -- the merge --------------------------------------------------------------------------------

_BLOCK = ("location", "period_start", "period_end", "unit", "kind", "status")


@dataclass
class Merged:
    """The result of :func:`merge`: ``facts`` (one row per fact, :data:`FACT_COLUMNS`, plus ``explain``
    when asked) and ``mentions`` (one row per mention, :data:`MENTION_COLUMNS`), both polars frames."""

    facts: Any
    mentions: Any

    def rows(self) -> list[dict[str, Any]]:
        """The facts as dicts (the objects of the JSONL output)."""
        return list(self.facts.iter_rows(named=True))


def joinable(a: str, b: str, *, agree: bool, precise: bool = False, distinct: frozenset[str] = frozenset(),
             qualifying: frozenset[str] = frozenset()) -> tuple[bool, str]:
    """Whether two indicator keys of one place, period and unit name one fact, and why (the rule and score).

    ``agree`` says whether their values agree. Near keys (token-set ratio >=
    :data:`FUZZY_MIN`) join when the values agree, and keys that share less
    (>= :data:`FUZZY_PRECISE`) when the values agree and are ``precise``
    (written with :data:`PRECISE_DIGITS` significant digits or more: a value such as
    1.512.345 is not shared by chance); keys that each hold a
    ``distinct`` word the other lacks never join, nor do keys of which one
    holds a ``qualifying`` word the other lacks; disagreeing values join only keys that
    differ by word order at most (token-sort ratio >= :data:`FUZZY_CONFLICT`).

    >>> joinable("hồ sơ trực tuyến", "hồ sơ tiếp nhận trực tuyến", agree=True)[0]
    True
    >>> joinable("hồ sơ trực tuyến", "hồ sơ tiếp nhận trực tuyến", agree=False)[0]
    False
    """
    from rapidfuzz import fuzz

    if not a or not b:
        return False, "no indicator"
    da, qa = _marks(a, distinct, qualifying)
    db, qb = _marks(b, distinct, qualifying)
    only_a, only_b = da - db, db - da
    if only_a and only_b:
        return False, f"'{min(only_a)}' / '{min(only_b)}' tell them apart"
    if qa != qb:
        return False, f"'{min(qa ^ qb)}' tells them apart"
    if agree:
        score = fuzz.token_set_ratio(a, b)
        if precise and FUZZY_PRECISE <= score < FUZZY_MIN:
            return True, f"fuzzy token-set ratio {score:.0f} (values agree to {PRECISE_DIGITS}+ digits written)"
        return score >= FUZZY_MIN, f"fuzzy token-set ratio {score:.0f} (values agree)"
    score = fuzz.token_sort_ratio(a, b)
    return score >= FUZZY_CONFLICT, f"fuzzy token-sort ratio {score:.0f} (values disagree)"


@functools.lru_cache(maxsize=1 << 18)
def _marks(key: str, distinct: frozenset[str], qualifying: frozenset[str]) -> tuple[frozenset[str], frozenset[str]]:
    """The distinct and the qualifying words that ``key`` holds."""
    padded = f" {key} "
    return (frozenset(w for w in distinct if f" {w} " in padded),
            frozenset(w for w in qualifying if f" {w} " in padded))


class _Union:
    """Union-find over the groups that fuzzy joins touch (a dict: most groups are never touched)."""

    def __init__(self) -> None:
        self.parent: dict[int, int] = {}

    def find(self, i: int) -> int:
        parent = self.parent
        root = i
        while parent.get(root, root) != root:
            root = parent[root]
        while i != root:
            parent[i], i = root, parent.get(i, i)
        return root

    def join(self, i: int, j: int) -> bool:
        a, b = self.find(i), self.find(j)
        if a == b:
            return False
        self.parent[max(a, b)] = min(a, b)
        self.parent.setdefault(min(a, b), min(a, b))
        return True


#: Width of a value bucket for candidate pairs, in asinh (≈ log) space: about 5 %.
_BUCKET = 0.05
#: The most buckets one group's interval is spread over (a wider interval is imprecise: it joins less).
_MAX_BUCKETS = 48


def _pairs(groups: Any) -> Any:
    """Directed pairs of groups that may state one fact: same unit, kind, status and period end (or, with
    no period, the same month of publication), each part of the key either equal or unknown on one side
    (a place, a period start, a baseline). ``exact`` marks the pairs whose key parts are all equal.

    Only pairs that can join are made, so that the work grows with the facts,
    not with the square of a block: pairs whose values may agree (their
    intervals share a value bucket), and pairs of one block whose indicators
    hold the same words in any order (the only ones that join with values
    that disagree).
    """
    pl = _pl()
    cols = ["_g", "block", "base", "baseline", "location", "period_start", "period_end", "_pe", "unit", "kind",
            "status", "lo", "hi", "sig"]
    g = groups.filter(pl.col("base") != "").with_columns(_pe=pl.coalesce([pl.col("period_end"), pl.col("_when")])) \
        .select(cols)
    first = (pl.col("lo").arcsinh() / _BUCKET).floor().cast(pl.Int64)
    last = (pl.col("hi").arcsinh() / _BUCKET).floor().cast(pl.Int64)
    g = g.with_columns(_bucket=pl.int_ranges(first, pl.min_horizontal(last, first + _MAX_BUCKETS - 1) + 1)) \
        .explode("_bucket")
    keys = ["unit", "kind", "status", "_pe", "_bucket"]
    placed = g.filter(pl.col("location").is_not_null())
    unplaced = g.filter(pl.col("location").is_null())
    frames = [placed.join(placed, on=[*keys, "location"], suffix="_r").with_columns(location_r=pl.col("location"))]
    if unplaced.height:
        one = unplaced.join(g, on=keys, suffix="_r")
        other = g.join(unplaced, on=keys, suffix="_r").filter(pl.col("location").is_not_null())
        frames += [one, other]
    # a figure with no period at all may be one of the same indicator and place that has one
    timeless = placed.filter(pl.col("period_end").is_null())
    if timeless.height:
        frames.append(timeless.join(placed.filter(pl.col("period_end").is_not_null()),
                                    on=["unit", "kind", "status", "location", "base", "_bucket"], suffix="_r")
                      .with_columns(location_r=pl.col("location"), base_r=pl.col("base")))
    # the same words in another order, values agreeing or not
    once = g.unique("_g").with_columns(_words=pl.col("base").str.split(" ").list.sort().list.join(" "))
    frames.append(once.join(once, on=["block", "_words"], suffix="_r")
                  .with_columns(block_r=pl.col("block")))
    width = ["_g", "block", "base", "baseline", "location", "period_start", "period_end", "lo", "hi", "sig"]
    order = [*width, *(f"{c}_r" for c in width)]
    pairs = pl.concat([f.select(order) for f in frames], how="vertical").unique(["_g", "_g_r"])
    start_ok = (pl.col("period_start") == pl.col("period_start_r")) | pl.col("period_start").is_null() \
        | pl.col("period_start_r").is_null()
    base_ok = pl.col("baseline").eq_missing(pl.col("baseline_r")) | pl.col("baseline").is_null() \
        | pl.col("baseline_r").is_null()
    pairs = pairs.filter((pl.col("_g") != pl.col("_g_r")) & start_ok & base_ok)
    exact = (pl.col("block") == pl.col("block_r")) & pl.col("baseline").eq_missing(pl.col("baseline_r"))
    # the first lacks a part the second names
    partial = (pl.col("location").is_null() & pl.col("location_r").is_not_null()) \
        | (pl.col("period_end").is_null() & pl.col("period_end_r").is_not_null()) \
        | (pl.col("period_start").is_null() & pl.col("period_start_r").is_not_null()) \
        | (pl.col("baseline").is_null() & pl.col("baseline_r").is_not_null())
    return pairs.with_columns(exact=exact, partial=partial & ~exact).filter(pl.col("exact") | pl.col("partial"))


def _fuzzy(groups: Any, r: Rules, explain: bool) -> tuple[Any, dict[int, list[str]]]:
    """The cluster of every exact group (column ``_c`` beside ``_g``) after fuzzy joins.

    Candidate pairs (:func:`_pairs`) are scored in one call (rapidfuzz
    token-set ratio); only those that pass are looked at one by one. Groups
    with all key parts equal join by the rules of :func:`joinable`. A group
    that lacks a part (no place, no period start, no baseline) joins a group
    that names it only when their values agree, their indicators are near,
    and that group is the only one it could mean.
    """
    from rapidfuzz import fuzz, process

    pl = _pl()
    why: dict[int, list[str]] = {}
    union = _Union()
    pairs = _pairs(groups)
    if pairs.height:
        scores = process.cpdist(pairs["base"].to_list(), pairs["base_r"].to_list(),
                                scorer=fuzz.token_set_ratio, score_cutoff=FUZZY_PRECISE, workers=-1)
        pairs = pairs.with_columns(_score=pl.Series(scores.tolist(), dtype=pl.Float64),
                                   _agree=pl.max_horizontal("lo", "lo_r") <= pl.min_horizontal("hi", "hi_r"),
                                   _precise=pl.min_horizontal("sig", "sig_r") >= PRECISE_DIGITS)
        near = (pl.col("_score") >= FUZZY_MIN) | ((pl.col("_score") >= FUZZY_PRECISE) & pl.col("_precise"))
        pairs = pairs.filter((pl.col("exact") & (pl.col("_g") < pl.col("_g_r"))
                              & ((pl.col("_score") >= FUZZY_MIN) | (near & pl.col("_agree"))))
                             | (pl.col("partial") & pl.col("_agree") & near))
        # one article stating both, with different values: two facts
        src = groups.select("_g", "sources")
        torn = pairs.filter(~pl.col("_agree")).select("_g", "_g_r") \
            .join(src, on="_g").join(src.rename({"_g": "_g_r", "sources": "sources_r"}), on="_g_r") \
            .filter(pl.col("sources").list.set_intersection(pl.col("sources_r")).list.len() > 0) \
            .select("_g", "_g_r")
        pairs = pairs.join(torn, on=["_g", "_g_r"], how="anti").sort("_g", "_g_r")
        filled: dict[int, list[tuple[int, str, str]]] = {}
        for gi, gj, a, b, agree, precise, exact in pairs.select(
                "_g", "_g_r", "base", "base_r", "_agree", "_precise", "exact").iter_rows():
            ok, reason = joinable(a, b, agree=agree, precise=precise, distinct=r.distinct,
                                  qualifying=r.qualifying)
            if not ok:
                continue
            if exact:
                if union.join(gi, gj) and explain and a != b:
                    why.setdefault(gi, []).append(f"'{b}' joined '{a}' by {reason}")
            else:
                filled.setdefault(gi, []).append((gj, b, reason))
        for _round in range(3):  # a join may make two candidates one fact: look again
            changed = False
            for gi, found in filled.items():
                if len({union.find(gj) for gj, _, _ in found}) == 1:  # only when one fact could be meant
                    gj, b, reason = found[0]
                    if union.join(gi, gj):
                        changed = True
                        if explain:
                            why.setdefault(gj, []).append(
                                f"a mention that names no place, period start or baseline joined '{b}', "
                                f"the one fact it can mean ({reason})")
            if not changed:
                break
    roots = {g: union.find(g) for g in union.parent}
    cluster = groups.select("_g").with_columns(
        _c=pl.col("_g").replace_strict(roots, default=pl.col("_g"), return_dtype=pl.UInt32)
        if roots else pl.col("_g").cast(pl.UInt32))
    return cluster, why


def _synonym_notes(r: Rules, subjects: Iterable[str]) -> list[str]:
    """Which synonym rules a fact's subjects went through (for --explain)."""
    notes: list[str] = []
    seen = set()
    for subject in subjects:
        text = f" {_text_key(subject or '')} "
        for entry, canonical, variant in r.synonyms:
            if f" {variant} " in text and variant != canonical and (entry, variant) not in seen:
                seen.add((entry, variant))
                notes.append(f"synonym [{entry}] '{variant}' -> '{canonical}'")
    return notes


def merge(records: Any, *, patterns: PatternSet | Sequence[str | Path] | None = None,
          explain: bool = False) -> Merged:
    """Merge figure records into facts (see the module's text for how).

    ``records`` is a polars frame of :func:`records_frame` / :func:`read_records`
    or an iterable of record dicts. With ``explain`` each fact gets an
    ``explain`` column saying why its mentions share the row.
    """
    pl = _pl()
    r = rules(patterns)
    df = records if isinstance(records, pl.DataFrame) else records_frame(records)
    df = _intervals(df.with_row_index("_i"))
    # the indicator key, computed once per distinct (subject, unit, location, period phrase)
    parts = {"s": "subject", "u": "unit", "l": "location", "p": "period_text"}
    df = df.with_columns(**{f"_k{k}": pl.col(v).fill_null("") for k, v in parts.items()})
    keys = _indicators(r, df.select(**{k: pl.col(f"_k{k}") for k in parts}).unique())
    df = df.join(keys.rename({k: f"_k{k}" for k in parts}).rename({"key": "_ind"}),
                 on=[f"_k{k}" for k in parts], how="left").drop(*(f"_k{k}" for k in parts)).sort("_i")
    # what a percent is compared with: the words right after it, or its change when that is the figure itself
    percent = pl.col("kind") == "percent"
    df = df.with_columns(_after=pl.when(percent).then(pl.col("sentence")).otherwise(pl.lit(""))
                         .fill_null("").str.split(pl.col("text")).list.get(1, null_on_oob=True).fill_null("")
                         .str.slice(0, 60))
    df = _baselines(r, df, "_after", "_ka")
    # or before it, in the same sentence: "So với cùng kỳ năm trước, CPI tháng 8 tăng 3,45%"
    df = df.with_columns(_before=pl.when(percent & pl.col("_ka").is_null()).then(pl.col("sentence"))
                         .otherwise(pl.lit("")).fill_null("").str.split(pl.col("text")).list.first().fill_null("")
                         .str.extract_all(r"(?i)so với [^,;.()]+").list.last().fill_null(""))
    df = _baselines(r, df, "_before", "_kp")
    df = df.with_columns(_ka=pl.coalesce([pl.col("_ka"), pl.col("_kp")])).drop("_before", "_kp")
    df = _baselines(r, df, "change_baseline", "_cb")
    self_change = (pl.col("change_value") == pl.col("value")) & (pl.col("change_unit") == pl.col("unit"))
    df = df.with_columns(
        _kb=pl.when(pl.col("kind") == "percent")
        .then(pl.coalesce([pl.col("_ka"), pl.when(self_change).then(pl.col("_cb"))])).otherwise(None),
        status=pl.when(pl.col("status").is_in(["target", "forecast"])).then(pl.col("status"))
        .otherwise(pl.lit("actual")),
    ).drop("_after", "_ka")
    df = df.with_columns(indicator=pl.when(pl.col("_kb").is_not_null() & (pl.col("_ind") != ""))
                         .then(pl.concat_str([pl.col("_ind"), pl.lit(" (so với "), pl.col("_kb"), pl.lit(")")]))
                         .otherwise(pl.col("_ind")))
    # exact groups; a mention without an indicator is a group (and a fact) of its own
    gkey = pl.when(pl.col("indicator") == "").then(pl.concat_str([pl.lit("\x00"), pl.col("_i").cast(pl.String)])) \
        .otherwise(pl.col("indicator"))
    # a figure with no period is one fact with others of the same month of publication (else of its own article)
    when = pl.when(pl.col("period_start").is_null() & pl.col("period_end").is_null()) \
        .then(pl.coalesce([pl.concat_str([pl.lit("published "), pl.col("published").str.slice(0, 7)]),
                           pl.concat_str([pl.lit("source "), pl.col("source")])])).otherwise(pl.lit(""))
    df = df.with_columns(_gk=gkey, _when=when)
    df = df.with_columns(block=pl.struct([pl.col(c) for c in (*_BLOCK, "_when")]).hash())
    # an article does not contradict itself: one that states two values under one key states two facts,
    # and the key's mentions are split by value (intervals that overlap stay together)
    key = ["block", "_gk"]
    torn = df.group_by(*key, "source").agg(_bad=pl.col("lo").max() > pl.col("hi").min()) \
        .filter(pl.col("_bad")).select(key).unique()
    if torn.height:
        part = df.join(torn, on=key, how="semi").sort(*key, "lo", "_i")
        gap = (pl.col("lo") > pl.col("hi").cum_max().shift(1)).fill_null(False)
        part = part.with_columns(_sub=gap.cast(pl.UInt32).cum_sum().over(*key))
        part = part.with_columns(_gk=pl.concat_str([pl.col("_gk"), pl.lit("\x00"), pl.col("_sub").cast(pl.String)])) \
            .drop("_sub")
        df = pl.concat([df.join(torn, on=key, how="anti"), part], how="vertical").sort("_i")
    groups = df.group_by(["block", "_gk"], maintain_order=True).agg(
        pl.col("indicator").first(), pl.col("_ind").first().alias("base"), pl.col("_kb").first().alias("baseline"),
        pl.col("_when").first(), *(pl.col(c).first() for c in _BLOCK), pl.col("lo").max(), pl.col("hi").min(),
        pl.col("sig").min(), pl.col("source").unique().alias("sources")).with_row_index("_g")
    cluster, why = _fuzzy(groups, r, explain)
    groups = groups.join(cluster, on="_g", how="left")
    df = df.join(groups.select("block", "_gk", "_g", "_c"), on=["block", "_gk"], how="left").sort("_i")
    df = df.with_columns(_n=pl.len().over("_c", "_gk"))
    # shown with its unit word in front again (the key left it out): "hồ sơ trực tuyến", not "trực tuyến"
    df = df.with_columns(_un=_normal(pl.col("unit")).str.replace_all(r"\s+", " ").str.strip_chars())
    unit = pl.col("_un")
    df = df.with_columns(indicator=pl.when((pl.col("kind") == "count") & (pl.col("indicator") != "")
                                           & (unit.str.len_chars() > 0))
                         .then(pl.concat_str([unit, pl.lit(" "), pl.col("indicator")]))
                         .otherwise(pl.col("indicator")))
    facts = _facts(df)
    mentions = df.sort("_c", "source", "start").select(
        pl.col("_c").alias("fact"), pl.col("indicator"), "source", "start", "end", "text", "value", "subject",
        "approx")
    order = facts.select("_c").with_row_index("_f")
    mentions = mentions.join(order, left_on="fact", right_on="_c", how="left") \
        .with_columns(fact=pl.col("_f") + 1).drop("_f").sort("fact", "source", "start")
    if explain:
        facts = facts.with_columns(explain=pl.Series(_explanations(facts, df, r, why), dtype=pl.String))
    return Merged(facts.drop("_c"), mentions)


def _facts(df: Any) -> Any:
    pl = _pl()
    # changes: signed, compared per change unit and baseline class (an unnamed baseline reads as the others')
    sign = pl.when(pl.col("change_direction") == "decrease").then(-1.0).otherwise(1.0)
    df = df.with_columns(_sc=pl.col("change_value") * sign,
                         _known=pl.col("period_start").is_not_null().cast(pl.Int8)
                         + pl.col("period_end").is_not_null().cast(pl.Int8))
    clo, chi = _number_interval(pl.col("_sc"), pl.col("change_approx").fill_null("exact"))
    plo, phi = _number_interval(pl.col("percent"))
    tlo, thi = _number_interval(pl.col("target_value"))
    df = df.with_columns(_clo=clo, _chi=chi, _plo=plo, _phi=phi, _tlo=tlo, _thi=thi,
                         _cb=pl.coalesce([pl.col("_cb"), pl.col("_cb").drop_nulls().first().over("_c")]),
                         _w=pl.col("hi") - pl.col("lo"))
    # a change that is the figure itself (`GRDP tăng 7,2%` read as 7,2% with a change of 7,2%) is no attribute
    itself = (pl.col("change_value") == pl.col("value")) & (pl.col("change_unit") == pl.col("unit"))
    df = df.with_columns(change_value=pl.when(itself).then(None).otherwise(pl.col("change_value")))
    change_bad = df.filter(pl.col("change_value").is_not_null()) \
        .group_by("_c", "change_unit", "_cb").agg((pl.col("_clo").max() > pl.col("_chi").min()).alias("bad")) \
        .group_by("_c").agg(pl.col("bad").any().alias("_change_bad"))
    target_bad = df.filter(pl.col("target_value").is_not_null()) \
        .group_by("_c", "target_unit").agg((pl.col("_tlo").max() > pl.col("_thi").min()).alias("bad")) \
        .group_by("_c").agg(pl.col("bad").any().alias("_target_bad"))
    mention = pl.struct("source", "start", "end", "text", "value")
    signed = pl.concat_str([pl.when(pl.col("change_direction") == "decrease").then(pl.lit("-")).otherwise(pl.lit("+")),
                            pl.col("change_value").cast(pl.String), pl.lit(" "), pl.col("change_unit").fill_null("")])
    facts = df.sort("_c", "source", "start").group_by("_c", maintain_order=True).agg(
        pl.col("indicator").sort_by([pl.col("_kb").is_null(), pl.col("_n")], descending=[False, True]).first(),
        pl.col("location").sort_by(pl.col("location").is_null()).first(),
        *(pl.col(c).sort_by(pl.col("_known"), descending=True).first() for c in ("period_start", "period_end")),
        *(pl.col(c).first() for c in ("unit", "kind", "status")),
        pl.col("value").sort_by(pl.col("_w")).first(),
        pl.col("source").n_unique().alias("n_sources"),
        pl.len().alias("n_mentions"),
        (pl.col("lo").max() > pl.col("hi").min()).alias("_value_bad"),
        (pl.col("_plo").max() > pl.col("_phi").min()).fill_null(False).alias("_percent_bad"),
        pl.col("value").unique().sort().alias("_values"),
        pl.col("percent").drop_nulls().unique().sort().alias("_percents"),
        signed.drop_nulls().unique().sort().alias("_changes"),
        pl.col("target_value").drop_nulls().unique().sort().alias("_targets"),
        mention.alias("mentions"),
    )
    facts = facts.join(change_bad, on="_c", how="left").join(target_bad, on="_c", how="left")
    facts = facts.with_columns(pl.col("_change_bad").fill_null(False), pl.col("_target_bad").fill_null(False))

    def listed(flag: str, values: str, label: str) -> Any:
        return pl.when(pl.col(flag)).then(
            pl.col(values).list.eval(pl.concat_str([pl.lit(label), _num_text(pl.element())]))) \
            .otherwise(pl.lit([], dtype=pl.List(pl.String)))

    facts = facts.with_columns(
        conflict=pl.col("_value_bad") | pl.col("_change_bad") | pl.col("_percent_bad") | pl.col("_target_bad"),
        conflict_values=pl.concat_list([
            listed("_value_bad", "_values", "value "),
            pl.when(pl.col("_change_bad")).then(pl.col("_changes").list.eval(pl.concat_str([pl.lit("change "),
                                                                                             pl.element()])))
            .otherwise(pl.lit([], dtype=pl.List(pl.String))),
            listed("_percent_bad", "_percents", "percent "),
            listed("_target_bad", "_targets", "target ")]),
    )
    return facts.select("_c", *FACT_COLUMNS)


def _num_text(e: Any) -> Any:
    """A float column as text without a trailing ``.0``."""
    pl = _pl()
    return pl.when(e == e.round(0)).then(e.cast(pl.Int64, strict=False).cast(pl.String)).otherwise(e.cast(pl.String))


def _explanations(facts: Any, df: Any, r: Rules, why: dict[int, list[str]]) -> list[str]:
    """Why each fact's mentions share its row: the key parts, the synonym rules and the fuzzy joins."""
    pl = _pl()
    by_cluster: dict[int, dict[str, Any]] = {}
    agg = df.group_by("_c").agg(pl.col("subject").unique(), pl.col("_g").unique(), pl.col("_gk").n_unique())
    for c, subjects, gs, n_keys in agg.iter_rows():
        by_cluster[c] = {"subjects": subjects, "groups": gs, "keys": n_keys}
    out = []
    for row in facts.iter_rows(named=True):
        info = by_cluster[row["_c"]]
        period = f"{row['period_start'] or '…'}..{row['period_end'] or '…'}" \
            if row["period_start"] or row["period_end"] else "none"
        parts = [f"key: indicator '{row['indicator'] or '(none)'}', location {row['location'] or 'none'}, "
                 f"period {period}, unit {row['unit']}, kind {row['kind']}, {row['status']}"]
        if row["n_mentions"] == 1:
            parts.append("one mention")
        elif not row["indicator"]:
            parts.append("no indicator: kept alone")
        else:
            parts.append(f"{row['n_mentions']} mentions in {info['keys']} exact key(s)")
        parts.extend(_synonym_notes(r, [s for s in info["subjects"] if s]))
        for g in info["groups"]:
            parts.extend(why.get(g, []))
        if row["conflict"]:
            parts.append("conflict: " + ", ".join(row["conflict_values"]))
        out.append("; ".join(parts))
    return out


# -- one subject at a time (the same expressions, on a frame of one row) ------------------------------

def indicator_key(subject: str | None, *, unit: str | None = None, location: str | None = None,
                  period: str | None = None, patterns: PatternSet | Sequence[str | Path] | None = None) -> str:
    """The indicator key of one subject, exactly as :func:`merge` computes it.

    >>> indicator_key("Chỉ số giá tiêu dùng (CPI) tháng 8/2023 của tỉnh Phú Thọ", location="Phú Thọ")
    'cpi'
    >>> indicator_key("Tỉ lệ hồ sơ trực tuyến")
    'tỷ lệ hồ sơ trực tuyến'
    """
    pl = _pl()
    r = rules(patterns)
    df = pl.DataFrame({"s": [subject or ""], "u": [unit or ""], "l": [location or ""], "p": [period or ""]},
                      schema={"s": pl.String, "u": pl.String, "l": pl.String, "p": pl.String})
    return _indicators(r, df)["key"][0]


def baseline_class(phrase: str | None, *, patterns: PatternSet | Sequence[str | Path] | None = None) -> str | None:
    """The baseline class that ``phrase`` names, or None: from its ``so với`` on, else from its start
    (as the words right after a figure: ``kế hoạch năm`` after ``đạt 98%``).

    >>> baseline_class("so với cùng kỳ năm trước"), baseline_class("so với tháng trước"), baseline_class("năm 2023")
    ('cùng kỳ', 'tháng trước', None)
    """
    pl = _pl()
    r = rules(patterns)
    if phrase and "so với" in phrase.lower():
        phrase = phrase[phrase.lower().index("so với"):]
    df = pl.DataFrame({"p": [phrase]}, schema={"p": pl.String})
    return _baselines(r, df, "p", "b")["b"][0]


def check_example(patterns: PatternSet, name: str, example: Any, positive: bool) -> None:
    """Check one example of entry ``name`` of ``indicators.toml`` (AssertionError when it is not honoured)."""
    entry = patterns.raw(STEM)[name]
    where = f"{entry.path} [{name}]"
    kind = entry.data.get("kind", "synonym")
    r = rules(patterns)
    if isinstance(example, dict) and "other" in example:
        a, b = indicator_key(example["text"], patterns=patterns), indicator_key(example["other"], patterns=patterns)
        ok, reason = joinable(a, b, agree=True, distinct=r.distinct, qualifying=r.qualifying)
        if positive:
            assert not ok, f"{where}: {a!r} and {b!r} must stay apart, but join by {reason}"
        else:
            assert ok, f"{where}: {a!r} and {b!r} should join ({reason})"
        return
    if isinstance(example, dict) and ("same" in example or "key" in example):
        got = indicator_key(example["text"], patterns=patterns)
        want = indicator_key(example["same"], patterns=patterns) if "same" in example else example["key"]
        if positive:
            assert got == want, f"{where}: {example['text']!r} gives {got!r}, not {want!r}"
        else:
            assert got != want, f"{where}: {example['text']!r} must not give {want!r}"
        return
    if not isinstance(example, str):
        raise PatternError(f"entry [{name}]: an example is a phrase or a table {{text, same|key|other}}, "
                           f"not {example!r}", path=str(entry.path))
    canonical = _text_key(entry.data.get("canonical", ""))
    if kind == "baseline":
        got = baseline_class(example, patterns=patterns)
        if positive:
            assert got == canonical, f"{where}: {example!r} has baseline {got!r}, not {canonical!r}"
        else:
            assert got != canonical, f"{where}: {example!r} must not have baseline {canonical!r}"
        return
    if kind != "synonym":
        raise PatternError(f"entry [{name}]: a {kind} entry's examples are tables {{text, key|same|other}}",
                           path=str(entry.path))
    key = f" {indicator_key(example, patterns=patterns)} "
    if positive:
        assert f" {canonical} " in key, f"{where}: the key of {example!r} is {key.strip()!r}, without {canonical!r}"
    else:
        assert f" {canonical} " not in key, f"{where}: the key of {example!r} is {key.strip()!r}, with {canonical!r}"


# -- rows out ----------------------------------------------------------------------------------

def pivot(merged: Merged, by: str = "period") -> Any:
    """One row per indicator, place, unit and kind, with one column per period (``start..end``) of values."""
    pl = _pl()
    if by != "period":
        raise ValueError(f"can pivot by period only, not {by!r}")
    facts = merged.facts.with_columns(
        period=pl.when(pl.col("period_start").is_null() & pl.col("period_end").is_null()).then(pl.lit("no period"))
        .when(pl.col("period_start").is_null()).then(pl.concat_str([pl.lit("to "), pl.col("period_end")]))
        .when(pl.col("period_start").is_not_null() & pl.col("period_end").is_null())
        .then(pl.concat_str([pl.lit("from "), pl.col("period_start")]))
        .otherwise(pl.concat_str([pl.col("period_start"), pl.lit(".."), pl.col("period_end")])))
    facts = facts.sort("period_start", "period_end", nulls_last=True)
    index = ["indicator", "location", "unit", "kind", "status"]
    if not facts.height:
        return pl.DataFrame(schema={c: pl.String for c in index})
    out = facts.pivot(on="period", index=index, values="value", aggregate_function="first")
    return out.sort(index, nulls_last=True)


def _safe_text(frame: Any) -> Any:
    """String cells that a spreadsheet would run as formulas get a leading ``'`` (as dtextract.output does)."""
    pl = _pl()
    cols = []
    for name, dtype in frame.schema.items():
        if dtype == pl.String:
            col = pl.col(name)
            trig = pl.any_horizontal([col.str.starts_with(t) for t in _FORMULA]) & (col != "-")
            cols.append(pl.when(trig).then(pl.concat_str([pl.lit("'"), col])).otherwise(col).alias(name))
    return frame.with_columns(cols) if cols else frame


def _flat_facts(merged: Merged) -> Any:
    """The facts with ``mentions`` flattened into a ``sources`` text column and lists joined by ``; ``."""
    pl = _pl()
    m = pl.element()
    sources = pl.col("mentions").list.eval(pl.concat_str([
        m.struct.field("source"), pl.lit(":"), m.struct.field("start").cast(pl.String), pl.lit("-"),
        m.struct.field("end").cast(pl.String), pl.lit(" «"), m.struct.field("text"), pl.lit("»")])).list.join("; ")
    out = merged.facts.with_columns(conflict_values=pl.col("conflict_values").list.join("; "), sources=sources) \
        .drop("mentions")
    return out


def _write_xlsx(sheets: list[tuple[str, Any]], path: Path) -> None:
    from . import output

    openpyxl = output.require_extra("xlsx")
    book = openpyxl.Workbook(write_only=True)
    for title, frame in sheets:
        columns = frame.columns
        n = 0
        sheet = None
        for row in frame.iter_rows():
            if sheet is None or n >= output.XLSX_ROW_LIMIT:
                sheet = book.create_sheet(title if sheet is None else f"{title} {len(book.sheetnames) + 1}")
                sheet.freeze_panes = "A2"
                sheet.append(list(columns))
                n = 1
            sheet.append([output.xlsx_cell(v) for v in row])
            n += 1
        if sheet is None:
            book.create_sheet(title).append(list(columns))
    with output.atomic_file(path, binary=True) as fp:
        book.save(fp)


def format_for(path: str | Path | None, fmt: str | None = None) -> str:
    """The output format: as given, else from the file's suffix, else jsonl.

    >>> format_for("so-lieu.xlsx"), format_for(None), format_for("x.ndjson")
    ('xlsx', 'jsonl', 'jsonl')
    """
    if fmt is not None:
        if fmt not in FORMATS:
            raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
        return fmt
    if path is None:
        return "jsonl"
    suffix = Path(path).suffix.lower().lstrip(".")
    if suffix == "ndjson":
        return "jsonl"
    if suffix not in FORMATS:
        raise ValueError(f"cannot tell the format from {str(path)!r}; use a suffix .jsonl .csv .xlsx .parquet "
                         "or --format")
    return suffix


def write(merged: Merged, fmt: str, fp: Any = None, *, path: str | Path | None = None,
          pivot_by: str | None = None, excel: bool = False) -> None:
    """Write the facts in format ``fmt`` to the text stream ``fp`` (jsonl, csv) or the file ``path`` (any).

    jsonl: one fact per line with its ``mentions``; csv: ``mentions`` as a
    ``sources`` column; xlsx: a ``facts`` sheet like the CSV and a
    ``mentions`` sheet; parquet: the facts with ``mentions`` as a list of
    structs. With ``pivot_by="period"`` the table of :func:`pivot` is written
    instead (jsonl, csv, xlsx, parquet alike). A file is written atomically.
    """
    from . import output

    pl = _pl()
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if fmt in ("xlsx", "parquet") and path is None:
        raise ValueError(f"the {fmt} format needs an output file")
    table = pivot(merged, pivot_by) if pivot_by else None
    if fmt == "xlsx":
        sheets = [("pivot", _safe_text(table))] if table is not None else \
            [("facts", _safe_text(_flat_facts(merged))), ("mentions", _safe_text(merged.mentions))]
        _write_xlsx(sheets, Path(path))  # type: ignore[arg-type]
        return
    if fmt == "parquet":
        with output.atomic_file(path, binary=True) as bfp:  # type: ignore[arg-type]
            (table if table is not None else merged.facts).write_parquet(bfp)
        return
    if fmt == "jsonl" and path is not None:
        with output.atomic_file(path, binary=True) as bfp:
            (table if table is not None else merged.facts).write_ndjson(bfp)
        return

    def text(stream: Any) -> None:
        if fmt == "jsonl":
            frame = table if table is not None else merged.facts
            stream.write(frame.write_ndjson())
        else:
            frame = _safe_text(table if table is not None else _flat_facts(merged))
            if excel:
                stream.write("\ufeff")
            stream.write(frame.write_csv(line_terminator="\r\n", null_value=""))

    if path is not None:
        with output.atomic_file(path) as tfp:
            text(tfp)
    else:
        text(fp)


__all__ += ["documents_frame", "pivot", "format_for"]

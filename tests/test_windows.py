"""Anchored rules (dtextract.windows) find exactly what a whole-text scan finds.

A rule with an `anchor` runs only near the anchor's hits; that is a speed-up,
never a change of result, as long as every match lies within `reach` of a hit.
These tests compare the two scans on the sample articles and on generated text
made of the words the rules read.
"""
from __future__ import annotations

from pathlib import Path

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from dtextract import periods
from dtextract.normalise import nfc
from dtextract.windows import anchor_spans, finditer_in, merge

SAMPLES = sorted((Path(__file__).resolve().parents[1] / "samples").glob("*.txt"))
ANCHORED = [r for r in periods.rules() if r.anchor is not None]


def _full(rule: periods.Rule, text: str) -> list[tuple[int, int]]:
    return [m.span() for m in rule.rx.finditer(text, overlapped=True)]


def _near(rule: periods.Rule, text: str) -> list[tuple[int, int]]:
    assert rule.anchor is not None
    windows = merge(anchor_spans(rule.anchor, text), rule.spec.reach, len(text))
    if rule.requires:   # and only the windows that hold one of its words
        from dtextract.windows import fold, having
        windows = having(windows, fold(text, rule.odd), rule.requires)
    return [m.span() for m in finditer_in(rule.rx, text, windows, overlapped=True)]


def test_most_period_rules_are_anchored() -> None:
    assert len(ANCHORED) >= 20
    assert sum(1 for r in ANCHORED if r.requires) >= 10


@pytest.mark.parametrize("rule", [r for r in ANCHORED if r.requires], ids=lambda r: r.name)
def test_period_words_hold_in_every_example(rule: periods.Rule) -> None:
    entry = periods.load().raw("periods")[rule.name].data
    for example in [*entry.get("examples", []), *entry.get("negative_examples", [])]:
        text = example["text"] if isinstance(example, dict) else example
        for variant in (text, text.upper(), text.title()):
            assert _near(rule, variant) == _full(rule, variant), (rule.name, variant)


@pytest.mark.parametrize("path", SAMPLES, ids=[p.name for p in SAMPLES])
def test_anchored_period_rules_on_the_samples(path: Path) -> None:
    text = nfc(path.read_text(encoding="utf-8"))
    for rule in ANCHORED:
        assert _near(rule, text) == _full(rule, text), rule.name


WORDS = ["tháng", "năm", "quý", "ngày", "đầu", "cuối", "hết", "từ", "đến", "tới", "nay", "này", "hiện", "tại",
         "cùng", "kỳ", "học", "giai", "đoạn", "những", "sáu", "mười", "hai", "so", "với", "ngoái", "cả", "thời",
         "điểm", "kể", "trở", "lại", "đây", "2023", "2022", "2021-2025", "6", "12", "30/6", "1/7/2023", "15-12",
         "I", "IV", "x" * 70, ",", ".", "-", "\n", "số", "trong", "TỪ", "Đến", "HẾT", "Cuối", "ĐẦU", "Thời điểm",
         "Cập nhật", "đăng", "10:15", "|", "29/04/2022"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=80))
def test_anchored_period_rules_on_generated_text(words: list[str]) -> None:
    text = " ".join(words)
    for rule in ANCHORED:
        assert _near(rule, text) == _full(rule, text), (rule.name, text)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from([*WORDS, "THÁNG", "Năm", "NĂM", "nĂm", "Nay", "QUÝ", "ſ", "İ", "\u212a"]), max_size=60),
       st.sampled_from([" ", ""]))
def test_plain_word_anchors_hit_where_the_regex_does(words: list[str], glue: str) -> None:
    # (an anchor that is a plain word is found with str.find in the text in lower case: the same hits as the regex)
    text = glue.join(words)
    reader = periods._Reader(text)
    for rule in ANCHORED:
        reader.matches(rule)
    assert any(word for rule in ANCHORED for word in rule.anchor_words)
    for anchor, hits in reader._anchored.items():
        assert hits == [m.span() for m in anchor.finditer(text)], (anchor.pattern, text)


def test_windows_merge_and_clip() -> None:
    assert merge([], 10, 100) == []
    assert merge([(0, 1)], 10, 5) == [(0, 5)]
    # hits closer than LOOKAHEAD share one window; far ones do not
    assert len(merge([(100, 101), (300, 301)], 10, 1000)) == 2
    assert len(merge([(100, 101), (130, 131)], 10, 1000)) == 1


def test_a_lookahead_never_sees_a_false_end_of_text() -> None:
    import regex
    rx = regex.compile(r"\d+(?!\d)")
    text = "năm " + "1" * 100
    # the window ends inside the digit run; a match cut there must not be reported
    got = [m.group() for m in finditer_in(rx, text, merge([(0, 3)], 10, len(text)))]
    assert got == []


# -- `requires` words: a rule skips the stretches that hold none of them ---------------------------------

from dtextract import figures  # noqa: E402
from dtextract.patterns import load as _load_patterns  # noqa: E402
from dtextract.windows import fold, having, odd_cases  # noqa: E402

_PS = _load_patterns()
_NONFIG_RULES = figures.rules(_PS)
WORDED = [(rule.name, rule.rx, _NONFIG_RULES.nonfigure_words[rule.name]) for rule in _NONFIG_RULES.nonfigures
          if rule.name in _NONFIG_RULES.nonfigure_words]


def _worded_same(rx, words, text: str) -> None:
    windows = [(0, len(text))]
    full = [m.span() for m in finditer_in(rx, text, windows)]
    folded = fold(text, _NONFIG_RULES.nonfigure_odd)
    kept = [m.span() for m in finditer_in(rx, text, having(windows, folded, words))]
    assert kept == full, (rx.pattern, text)


def test_some_nonfigure_rules_require_words() -> None:
    assert len(WORDED) >= 5


@pytest.mark.parametrize("name,rx,words", WORDED, ids=[w[0] for w in WORDED])
def test_required_words_hold_in_every_example(name, rx, words) -> None:
    entry = _PS.raw("nonfigures")[name].data
    for example in [*entry.get("examples", []), *entry.get("negative_examples", [])]:
        text = example["text"] if isinstance(example, dict) else example
        for variant in (text, text.upper(), text.title()):
            _worded_same(rx, words, variant)


@pytest.mark.parametrize("path", SAMPLES, ids=[p.name for p in SAMPLES])
def test_required_words_on_the_samples(path: Path) -> None:
    text = nfc(path.read_text(encoding="utf-8"))
    for _, rx, words in WORDED:
        _worded_same(rx, words, text)


NONFIG_WORDS = ["tuổi", "TUỔI", "trẻ em", "dưới", "từ", "5", "60", "chữ", "Chữ", "số", "mức độ", "cấp độ", "MỨC ĐỘ",
                "3", "và", "4", "(", ")", "12/03/2024", "(12/03/2024)", "\n", "0", "bình luận", "lượt xem", "Truy cập",
                ":", "1.234", "thứ", "lần", "kỳ", "phiên", "họp", "hai", "xếp", "dân", "/", "1", "vạn", "trên",
                "10.000", "sinh", "trẻ sơ sinh", "người", "x" * 70, ",", "."]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(NONFIG_WORDS), max_size=60))
def test_required_words_on_generated_text(words: list[str]) -> None:
    text = " ".join(words)
    for _, rx, req in WORDED:
        _worded_same(rx, req, text)


def test_a_text_whose_case_cannot_be_folded_is_searched_whole() -> None:
    odd = odd_cases(["lượt xem", "chữ số", "tin"])
    assert "ſ" in odd and "İ" in odd
    assert fold("LƯỢT XEM", odd) == "lượt xem"
    assert fold("ſố", odd) is None          # 'ſ' matches 's' case-insensitively, its lower case is itself
    assert fold("İ xem", odd) is None       # lower() would make it two characters
    assert having([(0, 5), (200, 210)], None, ["xem"]) == [(0, 5), (200, 210)]
    assert having([(0, 5), (200, 210)], "xem" + " " * 300, ["xem"]) == [(0, 5)]


def test_required_words_are_lower_case() -> None:
    import pydantic
    with pytest.raises(pydantic.ValidationError):
        figures.NonFigureRule.model_validate({"pattern": "x", "requires": ["Tuổi"]})
    with pytest.raises(pydantic.ValidationError):
        figures.NonFigureRule.model_validate({"pattern": "x", "requires": [""]})


def test_a_rule_whose_words_lead_in_a_lookbehind_spans_from_them() -> None:
    # numbered_units starts at its number (fast) and names the words before it `lead`: its span begins at them, as
    # the rule's span did when the words opened the match, so the text masked for reading attributes is the same
    from dtextract.numerals import find_numbers
    text = "Tuyến metro số 1 phục vụ hơn 34 triệu lượt khách; Đội Quản lý thị trường số 3 kiểm tra 12 cơ sở."
    nums = find_numbers(text, patterns=_PS)
    spans = [(text[s:e], name) for s, e, name in figures.excluded_spans(text, _NONFIG_RULES, nums)
             if name == "numbered_units"]
    assert spans == [("metro số 1", "numbered_units"), ("Đội Quản lý thị trường số 3", "numbered_units")]
    assert "lead" in next(r for r in _NONFIG_RULES.nonfigures if r.name == "numbered_units").rx.groupindex


# -- words read from a pattern: a cue regex is not run over a sentence that holds none of them ----------------------

from dtextract.windows import required_words  # noqa: E402


@pytest.mark.parametrize("pattern,flags,words", [
    (r"(?<!\w)(?:dự kiến|Dự\s+báo)(?!\w)", regex.I, ("dự kiến", "báo")),
    (r"(?<=số\s)\d+", 0, None),                       # nothing but a class: no word
    (r"ab+c", 0, ("ab",)),                           # `abbc`: `abc` need not be in it
    (r"x?yz|w", 0, ("yz", "w")),
    (r"(?:ước)?\s*đạt", regex.I, ("đạt",)),          # an optional group tells nothing
    (r"(?=mục)tiêu|(?<=kế )hoạch", regex.I, ("tiêu", "hoạch")),   # lookarounds consume nothing
    (r"(?-i:Km)\s?\d", regex.I, ("km",)),
    (r"(?P<w>tăng){1,3}", regex.I, ("tăng",)),
    (r"(?:tăng){0,3}x", regex.I, ("x",)),
    (r"a|\d", 0, None),                              # an alternative without a literal
    (r"(a)\1", 0, None),                             # a backreference: not read
    (r"(?x) a b", 0, None),                          # a global flag: not read
    (r"[(]gồm", 0, ("gồm",)),
    (r"\(gồm", 0, ("(gồm",)),
])
def test_required_words_of_a_pattern(pattern: str, flags: int, words) -> None:
    assert required_words(regex.compile(pattern, flags)) == words


_CUE_REGEXES = [(name, rx) for name, _, rx in _NONFIG_RULES.statuses] + \
    [(name, rx) for name, attribute, rx in _NONFIG_RULES.attributes if attribute == "whole"]


def test_the_costly_cues_have_words() -> None:
    words = dict((name, required_words(rx)) for name, rx in _CUE_REGEXES)
    assert words["status_target"] and words["total_within"]


def _holds_a_word(rx, text: str) -> None:
    words = required_words(rx)
    if words is None:
        return
    folded = fold(text, odd_cases(words))
    for m in rx.finditer(text):
        assert folded is None or any(w in folded[m.start():m.end()] for w in words), (rx.pattern[:80], m.group())


@pytest.mark.parametrize("name,rx", _CUE_REGEXES + [(r.name, r.rx) for r in _NONFIG_RULES.nonfigures],
                         ids=[n for n, _ in _CUE_REGEXES] + [r.name for r in _NONFIG_RULES.nonfigures])
def test_every_match_of_a_rule_holds_one_of_its_words(name, rx) -> None:
    stem = "cues" if any(rx is c for _, c in _CUE_REGEXES) else "nonfigures"
    entry = _PS.raw(stem)[name].data
    for example in [*entry.get("examples", []), *entry.get("negative_examples", [])]:
        text = example["text"] if isinstance(example, dict) else example
        for variant in (text, text.upper(), text.title()):
            _holds_a_word(rx, variant)
    for path in SAMPLES:
        _holds_a_word(rx, nfc(path.read_text(encoding="utf-8")))


# -- where matches open: a rule that opens with words is tried only where they stand --------------------------------

from dtextract.figures import _ANY_DIGIT, _DIGIT_RUN  # noqa: E402
from dtextract.windows import RUN_START, finditer_at, lead_starts, lead_words  # noqa: E402


@pytest.mark.parametrize("pattern,flags,leads", [
    (r"(?<!\w)(?:hai|ba)\s+năm|(?<![\d.,])\d+ ngày|[Ss]ố \d", regex.I, (("hai", "ba", "số "), "run")),
    (r"(?=\d|hai)(?:(?<![\d.,])(?:\d++a|\d+b)|hai\s)", regex.I, (("hai",),  "run")),   # (the lookbehind before a group)
    (r"(?<!x)\d", 0, ((), "any")),                          # (a lookbehind that lets a digit stand before)
    (r"Năm\s+\d|(?-i:Quý)", regex.I, (("năm", "quý"), "")),
    (r"(?P<a>tháng|quý){1,2}", regex.I, (("tháng", "quý"), "")),
    (r"ab+c|\(x", 0, (("ab", "(x"), "")),                    # (a repeated character ends the word)
    (r"(?:ước)?\s*đạt", regex.I, None),                      # an optional group: what follows may open
    (r"\s*đạt", regex.I, None),                               # a class of letters or spaces: anywhere
    (r"a?b", 0, None),
    (r"(?=x)", 0, None),                                      # no match consumes anything
    (r"\Gab", 0, None),                                       # where a search starts moves with it
    (r"(?x) a b", 0, None),
    (r"(?r)ab", 0, None),
    (r"[a-c]x", 0, None),                                      # (a range)
])
def test_lead_words_of_a_pattern(pattern: str, flags: int, leads) -> None:
    assert lead_words(regex.compile(pattern, flags)) == leads


LED = [(rule.name, rule.rx, rule.leads) for rule in _NONFIG_RULES.nonfigures if rule.leads is not None]


def _led_same(rx, leads, text: str, windows=None) -> None:
    windows = windows or [(0, len(text))]
    full = [m.span() for m in finditer_in(rx, text, windows)]
    lowered = text.lower()
    words, how, odd = leads
    if len(lowered) != len(text) or any(c in text for c in odd):
        return   # (such a text is searched whole)
    digits = [m.start() for m in (_DIGIT_RUN if how == RUN_START else _ANY_DIGIT).finditer(text)] if how else []
    tried = [m.span() for m in finditer_at(rx, text, windows, lead_starts(words, lowered, windows, digits))]
    assert tried == full, (rx.pattern[:80], text[:200])


def test_the_rules_that_open_with_words_are_known() -> None:
    names = {name for name, _, _ in LED}
    assert {"periods", "durations", "phone_numbers", "ordinal_names", "both_sides"} <= names


@pytest.mark.parametrize("name,rx,leads", LED, ids=[w[0] for w in LED])
def test_rules_tried_at_their_openings_find_every_example(name, rx, leads) -> None:
    entry = _PS.raw("nonfigures")[name].data
    for example in [*entry.get("examples", []), *entry.get("negative_examples", [])]:
        text = example["text"] if isinstance(example, dict) else example
        for variant in (text, text.upper(), text.title(), "x" + text, "1" + text):
            _led_same(rx, leads, variant)


@pytest.mark.parametrize("path", SAMPLES, ids=[p.name for p in SAMPLES])
def test_rules_tried_at_their_openings_on_the_samples(path: Path) -> None:
    text = nfc(path.read_text(encoding="utf-8"))
    windows = merge([m.span() for m in _ANY_DIGIT.finditer(text)], 60, len(text))
    for _, rx, leads in LED:
        _led_same(rx, leads, text)
        _led_same(rx, leads, text, windows)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(NONFIG_WORDS + ["năm", "Năm", "quý", "thứ", "Hai", "ba", "bảy", "mười một", "ngày",
                                                "hotline", "ĐT:", "0912 345 678", "19", "20", "2024", "12", "tháng",
                                                "cấp", "bên", "ngã", "“", "”", '"', "Ba", "số", "9999"]),
                max_size=60), st.sampled_from([" ", "", "  ", "\n"]))
def test_rules_tried_at_their_openings_on_generated_text(words: list[str], glue: str) -> None:
    text = glue.join(words)
    for _, rx, leads in LED:
        _led_same(rx, leads, text)


def _scanned_excluded(scan: str, nums) -> list[tuple[int, int, str]]:
    """figures.excluded_spans with every rule scanned over its windows, none tried at its openings alone."""
    from dtextract.figures import match_timeout
    out = []
    folded = fold(scan, _NONFIG_RULES.nonfigure_odd)
    for rule in _NONFIG_RULES.nonfigures:
        windows = merge([(n.start, n.end) for n in nums], rule.reach, len(scan))
        words = _NONFIG_RULES.nonfigure_words.get(rule.name)
        led = "lead" in rule.rx.groupindex
        for m in finditer_in(rule.rx, scan, having(windows, folded, words) if words else windows,
                             timeout=match_timeout(scan)):
            start = m.start("lead") if led and m.start("lead") >= 0 else m.start()
            if m.end() > start:
                out.append((start, m.end(), rule.name))
    return out


@pytest.mark.parametrize("text", [
    nfc(p.read_text(encoding="utf-8")) for p in SAMPLES[:8]] + [
    "Năm 2023, tỉnh İstanbul có 5 ngày nghỉ, hai năm qua",      # (lower case would lengthen the text)
    "ſố năm 2023 có 6 tháng đầu năm, ba bên ký kết",             # (`ſ` is an `s` to a regex that ignores case)
    "Tỷ lệ: " + " ".join(f"{k % 9 + 1}%" for k in range(400)),   # (a text crowded with numbers)
], ids=lambda t: t[:20])
def test_excluded_spans_as_a_scan_of_every_rule_finds_them(text: str) -> None:
    from dtextract.numerals import find_numbers
    nums = find_numbers(text, patterns=_PS)
    assert figures.excluded_spans(text, _NONFIG_RULES, nums) == _scanned_excluded(text, nums)

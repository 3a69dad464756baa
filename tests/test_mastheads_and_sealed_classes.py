"""Rules from the probe sets 241-252 (opened at the fifty-third stop) and from the error classes of the sets written
in it, each from a language fact and checked here on sentences of its own."""
from __future__ import annotations

from dtextract import extract


def _figures(text: str):
    return extract(text).figures


def _by_value(text: str):
    return {f.value: f for f in _figures(text)}


_LEAD = ("\nXã hội | Lao động\n\nThưởng Tết cho công nhân\n\nTheo báo cáo của Liên đoàn Lao động tỉnh, năm 2024 có 412 "
         "doanh nghiệp với khoảng 98.500 lao động.\n")


def test_a_provincial_papers_masthead_in_capitals_names_its_province() -> None:
    assert {f.location for f in _figures("BÁO THÁI BÌNH ĐIỆN TỬ" + _LEAD)} == {"Thái Bình"}
    assert {f.location for f in _figures("BÁO NGHỆ AN" + _LEAD)} == {"Nghệ An"}
    # (its tag at the head of the lead does too)
    assert {f.location for f in _figures(_LEAD.replace("Theo báo cáo", "(TBO) - Theo báo cáo"))} == {"Thái Bình"}
    # (`BÁO CÁO` heads a report, it names no paper)
    assert {f.location for f in _figures("BÁO CÁO HÀ NAM" + _LEAD)} == {None}

"""A long text is read block by block (pipeline.BLOCK_CHARS), with the same records as read whole."""
from __future__ import annotations

import pytest

from dtextract import pipeline

HEAD = ("BÁO CÁO KẾT QUẢ CẢI CÁCH HÀNH CHÍNH\n"
        "Cập nhật: 08:15 | 29/04/2023\n"
        "Trong quý I năm 2023, tỉnh Nghệ An tiếp tục đẩy mạnh cải cách hành chính và chuyển đổi số "
        "trên mọi lĩnh vực của đời sống xã hội.\n\n")
PARAGRAPHS = [
    "Trong tháng 3, toàn tỉnh tiếp nhận {n}.120 hồ sơ trực tuyến, đạt 68,5%, tăng 10,2% so với cùng kỳ.",
    "Năm 2022, thu ngân sách đạt {n}.500 tỷ đồng, vượt 12% dự toán.\nCó 35 xã đạt chuẩn nông thôn mới.",
    "Tỉnh Hà Tĩnh cấp {n}.000 thẻ bảo hiểm y tế cho hộ nghèo trong 6 tháng đầu năm.",
    "Đến nay đã có {n}1 doanh nghiệp công nghệ số, khoảng 2.400 lao động.",
]


def article(size: int) -> str:
    parts, n = [HEAD], 0
    while sum(map(len, parts)) < size:
        parts.append(PARAGRAPHS[n % len(PARAGRAPHS)].format(n=n % 9 + 1) + "\n\n")
        n += 1
    return "".join(parts)


@pytest.mark.parametrize("block", [300, 1000, 4000])
def test_blocks_give_the_records_of_the_whole(monkeypatch: pytest.MonkeyPatch, block: int) -> None:
    text = article(20_000)
    whole = pipeline.extract(text, source="x")
    monkeypatch.setattr(pipeline, "BLOCK_CHARS", block)
    assert len(pipeline.blocks(text, block)) > 3
    blocked = pipeline.extract(text, source="x")
    assert blocked.published == whole.published == "2023-04-29"
    assert len(blocked.figures) == len(whole.figures) > 100
    assert blocked == whole
    for f in blocked.figures:  # offsets are the article's
        assert text[f.start:f.end] == f.text


def test_blocks_cover_the_text_and_cut_at_blank_lines() -> None:
    text = article(50_000)
    spans = pipeline.blocks(text, 5000)
    assert spans[0][0] == 0 and spans[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in zip(spans, spans[1:]))
    assert all(text[e - 2:e] == "\n\n" for _, e in spans[:-1])
    assert all(5000 <= e - s <= 10_002 for s, e in spans[:-1])


def test_a_text_on_one_line_stays_whole() -> None:
    text = "Tỉnh tiếp nhận 1.000 hồ sơ. " * 1000
    assert pipeline.blocks(text, 500) == [(0, len(text))]


def test_the_cycle_collector_is_paused_while_a_text_is_read_and_left_as_it_was() -> None:
    import gc

    from dtextract import figures

    seen: list[bool] = []
    real_build = figures.build

    def build(*args, **kwargs):
        seen.append(gc.isenabled())
        return real_build(*args, **kwargs)

    assert gc.isenabled()
    figures.build = build
    try:
        doc = pipeline.extract(article(2_000))
        assert doc.figures and seen == [False]
        assert gc.isenabled()
        gc.disable()                      # a caller's choice is kept
        try:
            pipeline.extract(article(2_000))
            assert not gc.isenabled()
        finally:
            gc.enable()
        with pytest.raises(TypeError):
            pipeline.extract(b"not text")  # type: ignore[arg-type]
        assert gc.isenabled()
        figures.build = lambda *a, **k: 1 / 0   # a failure inside still restores it
        with pytest.raises(ZeroDivisionError):
            pipeline.extract(article(2_000))
        assert gc.isenabled()
    finally:
        figures.build = real_build

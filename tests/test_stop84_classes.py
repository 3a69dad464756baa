"""Rules from the probe sets 1477-1482 and on (the last stop's sealed measure, opened at the eighty-fourth stop, and the
sets written in it), each from a language fact and checked here on sentences of its own."""
from __future__ import annotations

from dtextract import extract


def _by_value(text: str, published: str | None = None):
    return {f.value: f for f in extract(text, published=published).figures}


def test_an_agency_dateline_does_not_hide_where_the_lead_says_a_works_stands() -> None:
    # (`Đà Nẵng, 5/4 (TTXVN) - Ngày 5/4, tại Khu công nghiệp …, …`: the dateline is where the story was filed; the
    # park's district, in brackets, is where the works the story is about stands, and so its next paragraph)
    text = ("Đà Nẵng khởi công nhà máy linh kiện vốn 80 triệu USD\n\n"
            "Đà Nẵng, 5/4 (TTXVN) - Ngày 5/4, tại Khu công nghiệp Hòa Khánh (quận Liên Chiểu), Công ty TNHH Linh kiện "
            "Minh Quân đã khởi công nhà máy sản xuất linh kiện điện tử với tổng vốn đầu tư 80 triệu USD.\n\n"
            "Nhà máy rộng 7,5 ha, dự kiến tạo việc làm cho khoảng 900 lao động.")
    found = _by_value(text)
    assert [found[v].location for v in (80_000_000, 7.5, 900)] == ["Liên Chiểu"] * 3
    # (without the park, the day and the city of a meeting stay the dateline's city: `tại quận Hải Châu, Sở … tổ chức`)
    text = ("Hội nghị xúc tiến đầu tư\n\n"
            "Đà Nẵng, 5/4 (TTXVN) - Ngày 5/4, tại quận Hải Châu, UBND thành phố tổ chức hội nghị xúc tiến đầu tư, "
            "thu hút 250 doanh nghiệp tham dự.\n\nThành phố đã cấp mới 120 dự án trong quý I.")
    found = _by_value(text)
    assert found[120].location == "Đà Nẵng"


def test_a_firm_that_opens_its_works_in_a_park_is_in_the_parks_district() -> None:
    # (`Công ty … khánh thành nhà máy … tại lô CN2.1A, Khu công nghiệp … (huyện …)`: a lot code's dots and the park's
    # district in brackets after the park; what the next paragraph says of the works is there)
    text = ("Bắc Giang: Khánh thành nhà máy bao bì\n\n"
            "Bắc Giang, 8/5 (TTXVN) - Ngày 8/5, Công ty TNHH Bao bì Phúc Lâm đã khánh thành nhà máy sản xuất bao bì "
            "tại lô CN2.1A, Khu công nghiệp Quang Châu (huyện Việt Yên), với tổng vốn đầu tư 30 triệu USD.\n\n"
            "Nhà máy có diện tích 4,2 ha, tuyển dụng 600 lao động.")
    found = _by_value(text)
    assert [found[v].location for v in (30_000_000, 4.2, 600)] == ["Việt Yên"] * 3


def test_a_rank_in_the_province_does_not_make_the_firms_paragraph_provincial() -> None:
    # (`đứng thứ hai toàn tỉnh về sản lượng`: the field the firm ranks in; the paragraph goes on about the firm where it
    # stands, `Tại phường …, thị xã …`)
    text = ("Sản xuất vỏ bao xi măng\n\nTheo Sở Công Thương tỉnh Thanh Hóa, toàn tỉnh có 14 doanh nghiệp sản xuất vỏ bao.\n\n"
            "Tại phường Lam Sơn, thị xã Bỉm Sơn, Công ty cổ phần Bao bì Tân Phong mỗi ngày xuất xưởng 300.000 vỏ bao, "
            "xếp thứ ba toàn tỉnh về sản lượng. Công ty có 380 công nhân.")
    found = _by_value(text)
    assert found[380].location == "Bỉm Sơn"
    # (the province spoken of as what the paragraph is about still is: `Toàn tỉnh có …`)
    text = text.replace("Công ty có 380 công nhân.", "Toàn tỉnh có 5.200 công nhân ngành bao bì.")
    assert _by_value(text)[5200].location == "Thanh Hóa"


def test_the_largest_of_the_firms_counted_is_where_its_sentence_places_it() -> None:
    # (`Lớn nhất là Công ty … tại huyện …`: the firm the next sentences speak of again, `công ty`, is there)
    text = ("Sản xuất quạt điện\n\nHiện toàn tỉnh Bình Dương có 6 doanh nghiệp sản xuất quạt điện.\n\n"
            "Lớn nhất là Công ty TNHH Điện cơ Hòa Bình tại thành phố Tân Uyên. Từ đầu năm đến nay, công ty đã xuất xưởng "
            "hơn 800.000 sản phẩm. Công ty có 1.200 lao động.")
    found = _by_value(text, published="2024-06-30")
    assert [found[v].location for v in (800_000, 1200)] == ["Tân Uyên"] * 2
    # (a firm whose name and verb run long before `tại` is still placed: `Công ty TNHH … khánh thành nhà máy sản xuất
    # robot hút bụi và máy hút bụi không dây tại Khu công nghiệp Tràng Duệ, huyện An Dương`)
    text = ("Khánh thành nhà máy\n\n"
            "Hải Phòng (TTXVN) - Ngày 19/10, Công ty TNHH Công nghệ thông minh Sao Mai Việt Nam khánh thành nhà máy sản "
            "xuất robot hút bụi và máy hút bụi không dây tại Khu công nghiệp Tràng Duệ, huyện An Dương.\n\n"
            "Nhà máy có tổng vốn đầu tư 200 triệu USD.")
    assert _by_value(text)[200_000_000].location == "An Dương"


def test_hon_before_a_count_in_words_rounds_it_and_compares_with_no_place() -> None:
    # (`Hơn ba chục hộ ở xã …, huyện …`: the district is where the households are, not one compared with)
    text = ("ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH ĐỒNG NAI\n\nNghề may gia công giúp phụ nữ có thu nhập\n\n"
            "ĐNRTV - Hơn ba chục hộ ở xã Bình Minh, huyện Trảng Bom đang nhận may gia công, tạo việc làm cho hơn 120 "
            "lao động nữ.\n\nHợp tác xã có 46 thành viên.")
    found = _by_value(text)
    assert [found[v].location for v in (30, 120, 46)] == ["Trảng Bom"] * 3
    # (`hơn` before a place still compares: `cao hơn Đồng Nai`)
    found = _by_value("Năm 2023, năng suất lúa của tỉnh Long An đạt 5,8 tấn/ha, cao hơn Đồng Nai.")
    assert found[5.8].location == "Long An"

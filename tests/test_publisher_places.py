"""The place an article is about, from a department's banner and a headline (rules from probe sets 217-222, each
written from a language fact and checked here on articles of its own)."""
from __future__ import annotations

from dtextract import extract
from dtextract.places import find_places


def _places(text: str):
    return [f.location for f in extract(text).figures]


def test_a_departments_banner_in_capitals_names_its_province_without_tinh() -> None:
    text = ("SỞ GIAO THÔNG VẬN TẢI HẢI PHÒNG\nTin tức - Sự kiện\n\nKết quả khai thác cảng hàng không 6 tháng đầu năm 2024\n"
            "Ngày đăng: 05/08/2024\n\nTheo số liệu của cảng, 6 tháng đầu năm 2024, sản lượng hành khách thông qua cảng ước đạt "
            "1.318 nghìn lượt, tăng 6,8% so với cùng kỳ năm 2023.\n")
    assert _places(text) == ["Hải Phòng"]
    assert _places(text.replace("SỞ GIAO THÔNG VẬN TẢI HẢI PHÒNG", "CỤC THỐNG KÊ BẮC NINH")) == ["Bắc Ninh"]
    # (a banner that names no province gives none, and a department's name is not read as a place inside the text)
    assert _places(text.replace("SỞ GIAO THÔNG VẬN TẢI HẢI PHÒNG", "SỞ Y TẾ")) == [None]


def test_duong_before_tinh_is_no_street_named_after_the_province() -> None:
    assert [m.name for m in find_places("Sơ kết Chương trình Sữa học đường tỉnh Quảng Ninh")] == ["Quảng Ninh"]
    assert [m.name for m in find_places("nâng cấp các tuyến đường tỉnh Quảng Ninh quản lý")] == ["Quảng Ninh"]
    # a street or road named by a place's bare name, or after a city's prefix, is still a name
    assert find_places("đường Quảng Ninh kéo dài 2 km") == []
    assert find_places("cao tốc TP. Hồ Chí Minh - Thủ Dầu Một") == []
    text = ("Sơ kết 2 năm thực hiện Chương trình Sữa học đường tỉnh Quảng Ninh\n\nNgày 20/9, Sở Giáo dục và Đào tạo tổ chức "
            "hội nghị sơ kết chương trình theo quyết định của UBND tỉnh.\n\nTính đến tháng 5/2024, Chương trình đã triển khai "
            "tại 412 cơ sở giáo dục mầm non và tiểu học.\n")
    assert _places(text) == ["Quảng Ninh"]


def test_a_districts_body_under_its_superior_in_a_letterhead_reports_on_the_district() -> None:
    head = "SỞ Y TẾ TỈNH NGHỆ AN\nTRUNG TÂM Y TẾ HUYỆN QUỲNH LƯU\nSố: 287/BC-TTYT\n\nBÁO CÁO\nKết quả tiêm chủng năm 2024\n\n"
    assert _places(head + "Năm 2024, toàn huyện tiêm cho 3.126 trẻ, đạt 96% kế hoạch của tỉnh.\n") == ["Quỳnh Lưu"]
    # (a provincial body under the department is the province's)
    head = "SỞ Y TẾ TỈNH NGHỆ AN\nTRUNG TÂM KIỂM SOÁT BỆNH TẬT\nSố: 287/BC-CDC\n\nBÁO CÁO\nKết quả tiêm chủng năm 2024\n\n"
    assert _places(head + "Năm 2024, toàn tỉnh tiêm cho 43.126 trẻ.\n") == ["Nghệ An"]


def test_where_a_report_is_released_is_no_place_of_its_figures() -> None:
    text = ("Thương mại điện tử năm 2023 đạt 20,5 tỷ USD\n\nSáng 23/4, tại Hà Nội, Cục Thương mại điện tử và Kinh tế số "
            "công bố Sách trắng Thương mại điện tử Việt Nam năm 2024. Theo đó, năm 2023 doanh thu bán lẻ thương mại điện tử "
            "B2C của Việt Nam đạt 20,5 tỷ USD.\n")
    assert set(_places(text)) == {"Việt Nam"}

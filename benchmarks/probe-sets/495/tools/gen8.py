#!/usr/bin/env python3
"""p495-8: city portal (Đà Nẵng) - hóa đơn điện tử từ máy tính tiền, thu từ hộ kinh doanh 10 tháng 2024."""
from lib import fig, per, inh, chg, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ THÀNH PHỐ ĐÀ NẴNG
Trang chủ > Tin tức > Kinh tế
Ngày cập nhật 05/11/2024

Đà Nẵng: 4.875 người nộp thuế sử dụng hóa đơn điện tử từ máy tính tiền

Theo Cục Thuế thành phố, tính đến ngày 31/10/2024, toàn thành phố có 4.875 người nộp thuế đăng ký sử dụng hóa đơn điện tử khởi tạo từ máy tính tiền, đạt 97,5% kế hoạch năm; trong đó có 1.126 doanh nghiệp và 3.749 hộ, cá nhân kinh doanh. Số hóa đơn đã khởi tạo đạt gần 62 triệu hóa đơn, với tổng doanh thu khoảng 18.700 tỷ đồng.

Các quận có số người nộp thuế đăng ký nhiều là Hải Châu (1.642), Sơn Trà (1.105), Ngũ Hành Sơn (873) và Thanh Khê (716). Hai lĩnh vực ăn uống, nhà hàng và bán lẻ hàng hóa lần lượt chiếm 58,4% và 22,1% tổng số người nộp thuế áp dụng.

10 tháng năm 2024, thu ngân sách từ khu vực hộ kinh doanh trên địa bàn thành phố đạt 512 tỷ đồng, tăng 14,3% so với cùng kỳ, đạt 85,3% dự toán. Theo Cục Thuế, doanh thu kê khai của các hộ sau khi dùng máy tính tiền tăng từ 15 đến 20% so với mức khoán trước đây.

Thành phố phấn đấu đến cuối năm 2024 có 5.000 người nộp thuế áp dụng, trong đó 100% nhà hàng, khách sạn trên các tuyến đường Bạch Đằng, Trần Phú, Võ Nguyên Giáp và đường 2 Tháng 9 triển khai hóa đơn từ máy tính tiền. Đường dây nóng hỗ trợ: 0236.3822.310.
"""

ASOF = per("tính đến ngày 31/10/2024", end="2024-10-31")
END = per("đến cuối năm 2024", end="2024-12-31")
LIST = "người nộp thuế đăng ký sử dụng hóa đơn điện tử từ máy tính tiền"

FIGS = [
    fig("Đà Nẵng: 4.875 người", "4.875", 4875, "count", "người nộp thuế",
        "người nộp thuế sử dụng hóa đơn điện tử từ máy tính tiền", inh(ASOF)),
    fig("có 4.875 người", "4.875", 4875, "count", "người nộp thuế",
        "người nộp thuế đăng ký sử dụng hóa đơn điện tử khởi tạo từ máy tính tiền", ASOF, percent=97.5),
    fig("có 1.126 doanh nghiệp", "1.126", 1126, "count", "doanh nghiệp",
        "doanh nghiệp đăng ký sử dụng hóa đơn điện tử khởi tạo từ máy tính tiền", ASOF, total=4875),
    fig("và 3.749 hộ", "3.749", 3749, "count", "hộ, cá nhân kinh doanh",
        "hộ, cá nhân kinh doanh đăng ký sử dụng hóa đơn điện tử khởi tạo từ máy tính tiền", ASOF, total=4875),
    fig("gần 62 triệu hóa đơn", "62", 62e6, "count", "hóa đơn", "hóa đơn đã khởi tạo", inh(ASOF), approx="nearly"),
    fig("khoảng 18.700 tỷ đồng", "18.700", 18700e9, "money", "đồng", "tổng doanh thu", inh(ASOF), approx="about"),
    fig("(1.642)", "1.642", 1642, "count", "người nộp thuế", LIST, inh(ASOF), location="Hải Châu"),
    fig("(1.105)", "1.105", 1105, "count", "người nộp thuế", LIST, inh(ASOF), location="Sơn Trà"),
    fig("(873)", "873", 873, "count", "người nộp thuế", LIST, inh(ASOF), location="Ngũ Hành Sơn"),
    fig("(716)", "716", 716, "count", "người nộp thuế", LIST, inh(ASOF), location="Thanh Khê"),
    fig("Hai lĩnh vực", "Hai", 2, "count", "lĩnh vực", "lĩnh vực", optional=True),
    fig("chiếm 58,4%", "58,4", 58.4, "percent", "%",
        "lĩnh vực ăn uống, nhà hàng trong tổng số người nộp thuế áp dụng", inh(ASOF)),
    fig("và 22,1% tổng", "22,1", 22.1, "percent", "%", "lĩnh vực bán lẻ hàng hóa trong tổng số người nộp thuế áp dụng",
        inh(ASOF)),
    fig("đạt 512 tỷ đồng", "512", 512e9, "money", "đồng", "thu ngân sách từ khu vực hộ kinh doanh",
        per("10 tháng năm 2024", "2024-01-01", "2024-10-31"), percent=85.3,
        change=chg("increase", 14.3, baseline="cùng kỳ")),
    fig("từ 15 đến 20%", "15", 15, "percent", "%", "doanh thu kê khai của các hộ sau khi dùng máy tính tiền",
        value_max=20),
    fig("có 5.000 người", "5.000", 5000, "count", "người nộp thuế", "người nộp thuế áp dụng", END, status="target"),
    fig("đó 100% nhà hàng", "100", 100, "percent", "%",
        "nhà hàng, khách sạn trên các tuyến đường Bạch Đằng, Trần Phú, Võ Nguyên Giáp và đường 2 Tháng 9 triển khai hóa đơn từ máy tính tiền",
        END, status="target"),
]

COMMENTS = [
    "Cổng TTĐT thành phố Đà Nẵng (city portal, 'Ngày cập nhật 05/11/2024'): hóa đơn điện tử từ máy tính tiền to 31/10/2024,",
    "thu từ hộ kinh doanh 10 tháng 2024, target to end of 2024. District items (quận) take the district as location.",
    "'lần lượt chiếm 58,4% và 22,1%' with no figure before: two percent figures. 'tăng từ 15 đến 20%' is a rate that is the claim.",
    "'đạt 97,5% kế hoạch năm' is the percent of 4.875. Not figures: 'đường 2 Tháng 9', the hotline number, the dateline.",
    "The 100% after 'trong đó' is a percent figure (a share has no total); it continues the 'phấn đấu' clause: target.",
    "revised after the first run: 'Hai lĩnh vực' (only names the two sectors) added as optional, as shared gold does for",
    "'2 trung tâm kinh tế lớn nhất'; the parts 1.126 / 3.749 now carry the whole's indicator in the subject (as h09's",
    "'người tham gia BHXH bắt buộc'); the verb 'tăng' dropped from the 15-20% subject (the indicator only, as h14/h16).",
]

if __name__ == "__main__":
    emit("p495-8", TEXT, COMMENTS, FIGS, published="2024-11-05", location="Đà Nẵng")

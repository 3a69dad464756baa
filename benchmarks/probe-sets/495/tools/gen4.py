#!/usr/bin/env python3
"""p495-4: ministry site (Bộ Tài chính) - hóa đơn điện tử khởi tạo từ máy tính tiền, national, to 30/9/2024."""
from lib import fig, per, inh, chg, emit

TEXT = """BỘ TÀI CHÍNH - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ > Tin tức > Thuế - Hải quan
Ngày đăng: 21/10/2024 | Lượt xem: 1.372

Hơn 94.000 doanh nghiệp, hộ kinh doanh dùng hóa đơn điện tử từ máy tính tiền

(MOF) - Theo Tổng cục Thuế, tính đến ngày 30/9/2024, cả nước có 94.126 doanh nghiệp, hộ kinh doanh đăng ký sử dụng hóa đơn điện tử khởi tạo từ máy tính tiền, tăng gấp 1,8 lần so với cuối năm 2023; trong đó có 58.310 hộ, cá nhân kinh doanh. Số hóa đơn khởi tạo từ máy tính tiền cơ quan thuế đã tiếp nhận là hơn 1,36 tỷ hóa đơn, với tổng doanh thu trên 312 nghìn tỷ đồng.

Riêng lĩnh vực xăng dầu, 100% cửa hàng bán lẻ xăng dầu trên cả nước (17.128 cửa hàng) đã lập hóa đơn điện tử theo từng lần bán hàng. Trong 9 tháng năm 2024, hệ thống hóa đơn điện tử đã tiếp nhận, xử lý 7,52 tỷ hóa đơn, trong đó 2,43 tỷ hóa đơn có mã của cơ quan thuế và 5,09 tỷ hóa đơn không có mã.

Các địa phương dẫn đầu về số người nộp thuế sử dụng hóa đơn từ máy tính tiền là TP Hồ Chí Minh (14.275), Hà Nội (11.902), Đà Nẵng (4.318) và Bình Dương (3.560). Tuy nhiên, vẫn còn 9 tỉnh có tỷ lệ triển khai dưới 50% số đối tượng thuộc diện áp dụng.

Tại hội nghị trực tuyến lần thứ 3 với các Cục Thuế, lãnh đạo Tổng cục Thuế cho biết năm 2025 ngành thuế đặt mục tiêu 100% hộ kinh doanh nộp thuế theo phương pháp kê khai sử dụng hóa đơn điện tử theo Nghị định số 123/2020/NĐ-CP, phấn đấu số hóa đơn có mã từ máy tính tiền tăng từ 30 đến 40% so với năm 2024.
"""

ASOF = per("tính đến ngày 30/9/2024", end="2024-09-30")
M9 = per("Trong 9 tháng năm 2024", "2024-01-01", "2024-09-30")
Y25 = per("năm 2025", "2025-01-01", "2025-12-31")
LIST = "người nộp thuế sử dụng hóa đơn từ máy tính tiền"

FIGS = [
    fig("Hơn 94.000 doanh nghiệp", "94.000", 94000, "count", "doanh nghiệp, hộ kinh doanh",
        "doanh nghiệp, hộ kinh doanh dùng hóa đơn điện tử từ máy tính tiền", inh(ASOF), approx="over"),
    fig("có 94.126 doanh nghiệp", "94.126", 94126, "count", "doanh nghiệp, hộ kinh doanh",
        "doanh nghiệp, hộ kinh doanh đăng ký sử dụng hóa đơn điện tử khởi tạo từ máy tính tiền", ASOF,
        change=chg("increase", 1.8, "lần", "cuối năm 2023")),
    fig("có 58.310 hộ", "58.310", 58310, "count", "hộ, cá nhân kinh doanh",
        "hộ, cá nhân kinh doanh đăng ký sử dụng hóa đơn điện tử khởi tạo từ máy tính tiền", ASOF,
        total=94126),
    fig("hơn 1,36 tỷ hóa đơn", "1,36", 1.36e9, "count", "hóa đơn",
        "hóa đơn khởi tạo từ máy tính tiền cơ quan thuế đã tiếp nhận", inh(ASOF), approx="over"),
    fig("trên 312 nghìn tỷ đồng", "312", 312e12, "money", "đồng", "tổng doanh thu", inh(ASOF), approx="over"),
    fig("xăng dầu, 100% cửa hàng", "100", 100, "percent", "%",
        "cửa hàng bán lẻ xăng dầu lập hóa đơn điện tử theo từng lần bán hàng"),
    fig("(17.128 cửa hàng)", "17.128", 17128, "count", "cửa hàng", "cửa hàng bán lẻ xăng dầu"),
    fig("xử lý 7,52 tỷ hóa đơn", "7,52", 7.52e9, "count", "hóa đơn", "hóa đơn điện tử hệ thống tiếp nhận, xử lý", M9),
    fig("2,43 tỷ hóa đơn", "2,43", 2.43e9, "count", "hóa đơn", "hóa đơn có mã của cơ quan thuế", M9, total=7.52e9),
    fig("5,09 tỷ hóa đơn", "5,09", 5.09e9, "count", "hóa đơn", "hóa đơn không có mã", M9, total=7.52e9),
    fig("(14.275)", "14.275", 14275, "count", "người nộp thuế", LIST, inh(ASOF), location="Thành phố Hồ Chí Minh"),
    fig("(11.902)", "11.902", 11902, "count", "người nộp thuế", LIST, inh(ASOF), location="Hà Nội"),
    fig("(4.318)", "4.318", 4318, "count", "người nộp thuế", LIST, inh(ASOF), location="Đà Nẵng"),
    fig("(3.560)", "3.560", 3560, "count", "người nộp thuế", LIST, inh(ASOF), location="Bình Dương"),
    fig("còn 9 tỉnh", "9", 9, "count", "tỉnh",
        "tỉnh có tỷ lệ triển khai dưới 50% số đối tượng thuộc diện áp dụng", inh(ASOF)),
    fig("dưới 50% số đối tượng", "50", 50, "percent", "%", "tỷ lệ triển khai", approx="under", optional=True),
    fig("mục tiêu 100% hộ", "100", 100, "percent", "%",
        "hộ kinh doanh nộp thuế theo phương pháp kê khai sử dụng hóa đơn điện tử", Y25, status="target"),
    fig("từ 30 đến 40%", "30", 30, "percent", "%", "số hóa đơn có mã từ máy tính tiền", Y25,
        value_max=40, status="target"),
]

COMMENTS = [
    "Bộ Tài chính portal (ministry site): hóa đơn điện tử khởi tạo từ máy tính tiền, national totals to 30/9/2024, leading provinces.",
    "'Ngày đăng: 21/10/2024' gives published; 'Lượt xem: 1.372', 'lần thứ 3', 'Nghị định số 123/2020/NĐ-CP' are not figures.",
    "'tăng gấp 1,8 lần so với cuối năm 2023' after 94.126 is its change (lần). Province items: location is the province,",
    "subject the list's indicator. 'dưới 50%' is a threshold naming the 9 provinces (optional). 'tăng từ 30 đến 40%' is a rate that is",
    "the claim (percent figure, value_max 40, no change), a target like the 100% it continues.",
    "revised after the first run: the part 58.310 carries the whole's indicator in its subject (as h09); verb 'tăng' dropped",
    "from the 30-40% subject (indicator only, as h14/h16).",
]

if __name__ == "__main__":
    emit("p495-4", TEXT, COMMENTS, FIGS, published="2024-10-21", location="Việt Nam")

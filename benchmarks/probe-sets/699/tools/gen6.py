"""p699-6: national press, crab exports 8 months 2024 and crab prices."""
from lib import fig, per, inh, chg, write

TEXT = """Kinh doanh › Hàng hóa
Thứ năm, 12/9/2024, 06:30 (GMT+7)

Xuất khẩu cua, ghẹ tăng gần 40% nhờ thị trường Trung Quốc

Kim ngạch xuất khẩu cua, ghẹ 8 tháng đầu năm đạt 141,6 triệu USD, tăng 39,2% so với cùng kỳ năm ngoái, theo Hiệp hội Chế biến và Xuất khẩu thủy sản Việt Nam (VASEP).

Riêng thị trường Trung Quốc (kể cả Hong Kong) nhập khẩu 89,3 triệu USD, chiếm 63% tổng kim ngạch và tăng gấp 2,1 lần. Xuất khẩu sang Mỹ, chủ yếu là thịt ghẹ thanh trùng, đạt 24,8 triệu USD, giảm 6%.

Ông Nguyễn Hoài Nam, Phó tổng thư ký VASEP, cho biết mỗi ngày có khoảng 30-35 tấn cua sống được xuất qua các cửa khẩu phía Bắc. Để giữ thị trường, hơn 20 doanh nghiệp đã đăng ký mã số theo Lệnh 248 của Tổng cục Hải quan Trung Quốc.

Tại Cà Mau, giá cua thịt loại 1 mua tại vuông hiện ở mức 380.000-400.000 đồng/kg, tăng 50.000 đồng so với tháng trước; cua gạch lên tới 550.000 đồng/kg. Giá cua xuất sang Trung Quốc hiện cao gấp 1,3 lần giá bán tại chợ đầu mối trong nước.

Theo Bộ Nông nghiệp và Phát triển nông thôn, cả nước hiện có hơn 600.000 ha nuôi cua, sản lượng năm 2023 đạt khoảng 108.000 tấn. VASEP dự báo xuất khẩu cua, ghẹ cả năm 2024 có thể đạt 210-220 triệu USD, tăng 25-30% so với năm 2023.

Tuy nhiên, theo VASEP, phía Trung Quốc đang tăng cường kiểm tra dư lượng kháng sinh và yêu cầu truy xuất nguồn gốc, doanh nghiệp cần chủ động liên kết với người nuôi để kiểm soát chất lượng từ khâu con giống.

Minh Sơn
"""

M8 = per("8 tháng đầu năm", "2024-01-01", "2024-08-31")
S_X = "kim ngạch xuất khẩu cua, ghẹ"

FIGS = [
    fig("tăng gần 40%", "40", 40, "percent", "%", "tăng trưởng xuất khẩu cua, ghẹ", approx="nearly"),
    fig("đạt 141,6 triệu USD", "141,6", 141600000, "money", "USD", S_X, M8,
        change=chg("increase", 39.2, "%", "cùng kỳ năm ngoái")),
    fig("nhập khẩu 89,3 triệu USD", "89,3", 89300000, "money", "USD",
        "kim ngạch xuất khẩu cua, ghẹ sang Trung Quốc (kể cả Hong Kong)", inh(M8), percent=63,
        change=chg("increase", 2.1, "lần")),
    fig("đạt 24,8 triệu USD", "24,8", 24800000, "money", "USD", "kim ngạch xuất khẩu cua, ghẹ sang Mỹ", inh(M8),
        change=chg("decrease", 6, "%")),
    fig("khoảng 30-35 tấn", "30", 30, "measure", "tấn", "cua sống xuất qua các cửa khẩu phía Bắc mỗi ngày",
        value_max=35, approx="about"),
    fig("hơn 20 doanh nghiệp", "20", 20, "count", "doanh nghiệp", "doanh nghiệp đăng ký mã số theo Lệnh 248",
        approx="over"),
    fig("mức 380.000-400.000", "380.000", 380000, "money", "đồng/kg", "giá cua thịt loại 1 mua tại vuông",
        value_max=400000, change=chg("increase", 50000, "đồng", "tháng trước"), location="Cà Mau"),
    fig("lên tới 550.000 đồng/kg", "550.000", 550000, "money", "đồng/kg", "giá cua gạch", location="Cà Mau"),
    fig("cao gấp 1,3 lần", "1,3", 1.3, "multiple", "lần",
        "giá cua xuất sang Trung Quốc so với giá bán tại chợ đầu mối trong nước"),
    fig("hơn 600.000 ha", "600.000", 600000, "measure", "ha", "diện tích nuôi cua", approx="over"),
    fig("khoảng 108.000 tấn", "108.000", 108000, "measure", "tấn", "sản lượng cua nuôi",
        per("năm 2023", "2023-01-01", "2023-12-31"), approx="about"),
    fig("đạt 210-220 triệu USD", "210", 210000000, "money", "USD", S_X,
        per("cả năm 2024", "2024-01-01", "2024-12-31"), value_max=220000000,
        change=chg("increase", 25, "%", "năm 2023"), status="forecast"),
]

NOTES = [
    "National press (VnExpress style): xuất khẩu cua, ghẹ 8 tháng đầu năm 2024 (VASEP), giá cua tại Cà Mau, dự báo cả năm.",
    "Dateline 'Thứ năm, 12/9/2024, 06:30 (GMT+7)' gives published and the year of '8 tháng đầu năm'.",
    "Headline 'tăng gần 40%' is a growth rate that is the claim: percent figure, no change, no period.",
    "Trade partners (Trung Quốc, Mỹ) are not places: location Việt Nam. '89,3 triệu USD, chiếm 63% ... và tăng gấp 2,1 lần':",
    "percent 63, change 2.1 lần. The Cà Mau price sentence ('Tại Cà Mau') -> location Cà Mau.",
    "'cao gấp 1,3 lần' standing alone as the claim -> multiple. 'Lệnh 248' is a name; '(GMT+7)', 'năm ngoái' are not figures.",
    "'210-220 triệu USD' range with the multiplier after the second number; 'dự báo ... có thể' -> forecast; change 25 (of 25-30%).",
]

if __name__ == "__main__":
    write("p699-6", TEXT, NOTES, FIGS, published="2024-09-12", location="Việt Nam")

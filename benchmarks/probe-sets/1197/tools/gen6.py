"""p1197-6: national newspaper; Đà Lạt cut flowers before Tết Ất Tỵ: prices, daily volumes, Lâm Đồng 2024, a company."""
from lib import F, P, I, C, T, write

TEXT = """Kinh doanh › Hàng hóa

Thứ Ba, 21/1/2025, 14:30 (GMT+7)

Hoa Đà Lạt tăng giá 20-30% dịp cận Tết

Những ngày cận Tết Ất Tỵ, mỗi ngày Đà Lạt chuyển đi khoảng 3 triệu cành hoa, gấp rưỡi ngày thường, chủ yếu vào TP HCM, Hà Nội và các tỉnh miền Tây.

Theo Hiệp hội Hoa Đà Lạt, giá bán buôn hoa cúc chùm hiện ở mức 45.000-60.000 đồng/bó, tăng 20% so với tháng trước; hoa hồng từ 3.500 đến 5.000 đồng/cành, tăng khoảng 30%. Các loại hoa cát tường, cẩm chướng cũng tăng giá nhưng vẫn chưa đủ hàng giao cho thương lái.

Đại diện Hiệp hội cho biết, năm 2024 diện tích hoa toàn tỉnh Lâm Đồng đạt khoảng 9.950 ha, sản lượng hơn 4,1 tỷ cành, kim ngạch xuất khẩu khoảng 70 triệu USD. Riêng TP Đà Lạt có 4.250 ha hoa, trong đó 3.680 ha sản xuất trong nhà kính, nhà màng.

Tại Công ty TNHH Hoa Phương Nam (phường 8, TP Đà Lạt), 25 công nhân làm việc từ 5 giờ sáng để thu hoạch, phân loại và đóng gói; bình quân mỗi ngày công ty xuất khoảng 40.000 cành cúc. Giám đốc công ty cho biết, tháng 1/2025 doanh nghiệp dự kiến giao 1,2 triệu cành, tăng 15% so với cùng kỳ. Năm 2024, đơn hàng xuất sang Nhật Bản chiếm khoảng 35% sản lượng của công ty.

Theo Sở Nông nghiệp và Phát triển nông thôn Lâm Đồng, thời tiết năm nay thuận lợi nên chất lượng hoa tốt, tỷ lệ hoa loại 1 đạt trên 70%. Tuy nhiên, chi phí vận chuyển một thùng hoa từ Đà Lạt vào TP HCM đã tăng lên 80.000 đồng.

Minh Quân
"""

Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
Y24b = P("Năm 2024", "2024-01-01", "2024-12-31")
M1 = P("tháng 1/2025", "2025-01-01", "2025-01-31")
Y25 = P("năm nay", "2025-01-01", "2025-12-31")
LD = "Lâm Đồng"

FIGS = [
    F("tăng giá 20-30%", "20", 20, "percent", "%", value_max=30, subject="giá hoa Đà Lạt dịp cận Tết"),
    F("khoảng 3 triệu cành", "3", 3000000, "measure", "cành/ngày", approx="about",
      change=C("increase", 1.5, "lần", "ngày thường"), subject="cành hoa Đà Lạt chuyển đi mỗi ngày"),
    F("45.000-60.000", "45.000", 45000, "money", "đồng/bó", value_max=60000,
      change=C("increase", 20, "%", "tháng trước"), subject="giá bán buôn hoa cúc chùm"),
    F("từ 3.500 đến 5.000", "3.500", 3500, "money", "đồng/cành", value_max=5000,
      change=C("increase", 30, "%", approx="about"), subject="giá bán buôn hoa hồng"),
    F("khoảng 9.950 ha", "9.950", 9950, "measure", "ha", approx="about", location=LD,
      subject="diện tích hoa toàn tỉnh", period=Y24),
    F("hơn 4,1 tỷ cành", "4,1", 4100000000, "count", "cành", approx="over", location=LD,
      subject="sản lượng hoa", period=Y24),
    F("khoảng 70 triệu USD", "70", 70000000, "money", "USD", approx="about", location=LD,
      subject="kim ngạch xuất khẩu hoa", period=Y24),
    F("có 4.250 ha", "4.250", 4250, "measure", "ha", subject="diện tích hoa TP Đà Lạt", period=I(Y24)),
    F("3.680 ha", "3.680", 3680, "measure", "ha", total=4250,
      subject="diện tích hoa sản xuất trong nhà kính, nhà màng", period=I(Y24)),
    F("25 công nhân", "25", 25, "count", "công nhân", subject="công nhân Công ty TNHH Hoa Phương Nam"),
    F("khoảng 40.000 cành", "40.000", 40000, "measure", "cành/ngày", approx="about",
      subject="cành cúc công ty xuất bình quân mỗi ngày"),
    F("giao 1,2 triệu cành", "1,2", 1200000, "count", "cành", status="forecast",
      change=C("increase", 15, "%", "cùng kỳ"), subject="cành hoa doanh nghiệp giao", period=M1),
    F("khoảng 35%", "35", 35, "percent", "%", approx="about",
      subject="tỷ trọng đơn hàng xuất sang Nhật Bản trong sản lượng của công ty", period=Y24b),
    F("trên 70%", "70", 70, "percent", "%", approx="over", location=LD,
      subject="tỷ lệ hoa loại 1", period=Y25),
    F("lên 80.000 đồng", "80.000", 80000, "money", "đồng/thùng",
      subject="chi phí vận chuyển một thùng hoa từ Đà Lạt vào TP HCM"),
]

NOTES = [
    "National newspaper: section line, 'Thứ Ba, 21/1/2025, 14:30 (GMT+7)' (published), byline at the end. Default location Đà Lạt; Lâm Đồng for the province figures and the Sở's statement.",
    "'mỗi ngày ... khoảng 3 triệu cành' and 'bình quân mỗi ngày ... khoảng 40.000 cành' are daily volumes: rates, kind measure, unit cành/ngày (denominator in the unit, FIGURES.md Rates).",
    "'gấp rưỡi ngày thường' (rưỡi = 1,5) is the change of the 3 triệu figure. 'tăng 20% so với tháng trước' / 'tăng khoảng 30%' are changes of the price ranges they follow.",
    "'năm nay' = 2025 (published year). 'Riêng TP Đà Lạt có 4.250 ha' continues the 2024 passage (inherited). 'một thùng' is the rate's denominator (đồng/thùng), not a figure.",
    "Distractors: '(GMT+7)', time 14:30, '5 giờ sáng', 'phường 8', 'hoa loại 1' (grade label), 'Ất Tỵ'. Japan is a trade partner, not a place.",
]

if __name__ == "__main__":
    write("p1197-6", TEXT, NOTES, FIGS, published="2025-01-21", location="Đà Lạt")

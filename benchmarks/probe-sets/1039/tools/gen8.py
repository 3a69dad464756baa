"""p1039-8: Báo Long An online, headline figure, '(BLA) -' tag, H1/2025 nest output."""
from lib import F, P, I, C, T, write

TEXT = """Long An: 6 tháng, sản lượng tổ yến ước đạt gần 12 tấn

Cập nhật: 08/07/2025 - 14:35

(BLA) - 6 tháng đầu năm 2025, sản lượng tổ yến trên địa bàn tỉnh ước đạt 11,8 tấn, tăng 6,4% so với cùng kỳ năm 2024, đạt 52% kế hoạch năm. Giá trị sản lượng ước khoảng 190 tỷ đồng.

Các huyện Cần Giuộc, Cần Đước và Châu Thành có sản lượng lớn nhất, lần lượt đạt 3,2 tấn, 2,7 tấn và 1,9 tấn. Nhiều nhà yến mọc lên dọc Quốc lộ 50 và Đường tỉnh 826.

Tính đến ngày 30/6/2025, toàn tỉnh có 2.315 nhà yến, tăng 4,2% so với cuối năm 2024; tổng diện tích sàn khoảng 460.000 m2. Bình quân 1 nhà yến cho thu hoạch khoảng 9 kg tổ/năm.

Giá tổ yến thô hiện dao động 13-16 triệu đồng/kg; yến tinh chế 28-35 triệu đồng/kg. Yến tinh chế có giá gấp khoảng 2 lần yến thô.

Toàn tỉnh có 34 cơ sở sơ chế, chế biến tổ yến, trong đó 9 cơ sở được cấp mã số xuất khẩu sang Trung Quốc; 21 sản phẩm yến được công nhận OCOP từ 3 sao trở lên. Thực hiện Kế hoạch số 1820/KH-UBND về phát triển chuỗi giá trị tổ yến, tỉnh đã hình thành 4 hợp tác xã nuôi chim yến với 126 thành viên, liên kết tiêu thụ ổn định cho người nuôi.

Theo Sở Nông nghiệp và Môi trường, dự kiến cả năm 2025 sản lượng tổ yến đạt khoảng 23 tấn. Mục tiêu đến năm 2030, toàn tỉnh có 3.500 nhà yến, sản lượng 40 tấn/năm, giá trị trên 600 tỷ đồng.

HẢI ĐĂNG
"""

H1 = P("6 tháng đầu năm 2025", "2025-01-01", "2025-06-30")
ASOF = P("Tính đến ngày 30/6/2025", None, "2025-06-30")
T30 = P("đến năm 2030", None, "2030-12-31")
FIGS = [
    F("ước đạt gần 12 tấn", "12", 12, "measure", "tấn", "sản lượng tổ yến",
      P("6 tháng", "2025-01-01", "2025-06-30"), approx="nearly", status="estimate"),
    F("ước đạt 11,8 tấn", "11,8", 11.8, "measure", "tấn", "sản lượng tổ yến", H1, status="estimate",
      percent=52, change=C("increase", 6.4, "%", "cùng kỳ năm 2024")),
    F("khoảng 190 tỷ đồng", "190", 190e9, "money", "đồng", "giá trị sản lượng tổ yến", I(H1),
      approx="about", status="estimate"),
    F("đạt 3,2 tấn", "3,2", 3.2, "measure", "tấn", "sản lượng tổ yến", I(H1), location="Cần Giuộc"),
    F(", 2,7 tấn", "2,7", 2.7, "measure", "tấn", "sản lượng tổ yến", I(H1), location="Cần Đước"),
    F("và 1,9 tấn", "1,9", 1.9, "measure", "tấn", "sản lượng tổ yến", I(H1), location="Châu Thành"),
    F("có 2.315 nhà yến", "2.315", 2315, "count", "nhà yến", "nhà yến", ASOF,
      change=C("increase", 4.2, "%", "cuối năm 2024")),
    F("khoảng 460.000 m2", "460.000", 460000, "measure", "m2", "tổng diện tích sàn nhà yến", ASOF,
      approx="about"),
    F("khoảng 9 kg", "9", 9, "measure", "kg/năm", "sản lượng tổ yến bình quân 1 nhà yến",
      approx="about"),
    F("dao động 13-16 triệu", "13", 13e6, "money", "đồng/kg", "giá tổ yến thô", value_max=16e6),
    F("yến tinh chế 28-35 triệu", "28", 28e6, "money", "đồng/kg", "giá yến tinh chế", value_max=35e6),
    F("gấp khoảng 2 lần", "2", 2, "multiple", "lần", "giá yến tinh chế so với yến thô", approx="about"),
    F("có 34 cơ sở", "34", 34, "count", "cơ sở", "cơ sở sơ chế, chế biến tổ yến"),
    F("đó 9 cơ sở", "9", 9, "count", "cơ sở", "cơ sở được cấp mã số xuất khẩu sang Trung Quốc", total=34),
    F("21 sản phẩm", "21", 21, "count", "sản phẩm", "sản phẩm yến được công nhận OCOP"),
    F("từ 3 sao trở lên", "3", 3, "measure", "sao", "hạng OCOP", approx="at_least", optional=True),
    F("hình thành 4 hợp tác xã", "4", 4, "count", "hợp tác xã", "hợp tác xã nuôi chim yến"),
    F("với 126 thành viên", "126", 126, "count", "thành viên", "thành viên hợp tác xã nuôi chim yến"),
    F("khoảng 23 tấn", "23", 23, "measure", "tấn", "sản lượng tổ yến",
      P("cả năm 2025", "2025-01-01", "2025-12-31"), approx="about", status="forecast"),
    F("có 3.500 nhà yến", "3.500", 3500, "count", "nhà yến", "nhà yến", T30, status="target"),
    F("sản lượng 40 tấn/năm", "40", 40, "measure", "tấn/năm", "sản lượng tổ yến", T30, status="target"),
    F("trên 600 tỷ đồng", "600", 600e9, "money", "đồng", "giá trị sản lượng tổ yến", T30, approx="over",
      status="target"),
]

NOTES = [
    "Báo Long An online: headline with a figure, 'Cập nhật: 08/07/2025 - 14:35', tag '(BLA) -', byline at the end.",
    "Headline '6 tháng' takes 2025. 'đạt 52% kế hoạch năm' is the percent of 11,8 tấn.",
    "'lần lượt đạt 3,2 tấn, 2,7 tấn và 1,9 tấn' share the indicator 'sản lượng' (6 tháng, inherited); each district is the location.",
    "'Bình quân 1 nhà yến' is a rate's denominator, not a figure. 'từ 3 sao trở lên' is a category threshold: optional.",
    "'Yến tinh chế có giá gấp khoảng 2 lần yến thô' stands alone as the claim: multiple.",
    "Distractors: Quốc lộ 50, Đường tỉnh 826, Kế hoạch số 1820/KH-UBND, dateline time 14:35, '(BLA)'.",
    "Revised after the first run: '9 kg tổ/năm' gets unit 'kg/năm' (a measure's unit leaves out the material, as 'tấn tổ yến' -> tấn).",
]

if __name__ == "__main__":
    write(8, TEXT, FIGS, NOTES, published="2025-07-08", location="Long An")

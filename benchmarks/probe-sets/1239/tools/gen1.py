"""p1239-1: Điện Biên province portal, walnut area as of 30/9/2024, 9-month planting, a cooperative in Tủa Chùa."""
from lib import F, P, I, C, T, write

TEXT = """Cổng Thông tin điện tử tỉnh Điện Biên
Trang chủ > Tin tức - Sự kiện > Kinh tế

Điện Biên: Gần 1.900 ha óc chó trên các huyện vùng cao

Cập nhật: 18/10/2024 08:40 | Lượt xem: 1.315

Theo Sở Nông nghiệp và Phát triển nông thôn, tính đến ngày 30/9/2024, toàn tỉnh Điện Biên đã trồng được 1.862 ha cây óc chó, tăng 214 ha so với cùng kỳ năm 2023. Trong đó, diện tích đã cho thu hoạch 326 ha, diện tích đang trong thời kỳ kiến thiết cơ bản 1.536 ha. Cây óc chó tập trung chủ yếu tại các huyện Tủa Chùa (742 ha), Điện Biên Đông (518 ha) và Mường Chà (304 ha).

9 tháng đầu năm, các địa phương trồng mới 187 ha, đạt 62,3% kế hoạch năm; cấp phát hơn 78.000 cây giống ghép cho 1.240 hộ dân. Tỷ lệ cây sống sau trồng bình quân đạt khoảng 81%, cao hơn 6,5 điểm phần trăm so với năm 2023.

Sản lượng hạt óc chó tươi năm 2024 ước đạt 245 tấn, năng suất bình quân từ 0,6 đến 0,8 tấn/ha. Giá hạt khô bán tại vườn dao động 120.000-150.000 đồng/kg. Theo tính toán của ngành nông nghiệp, mỗi ha óc chó thời kỳ kinh doanh cho thu nhập gấp 3 lần trồng ngô.

Tại xã Sính Phình, huyện Tủa Chùa, Hợp tác xã Nông nghiệp Sính Phình hiện quản lý 96 ha óc chó của 153 hộ thành viên. Năm 2023, hợp tác xã thu mua gần 40 tấn hạt, doanh thu đạt trên 1,6 tỷ đồng; sản phẩm hạt óc chó sấy của hợp tác xã đã đạt chuẩn OCOP 3 sao.

Phấn đấu đến hết năm 2025, toàn tỉnh có ít nhất 2.200 ha óc chó, trong đó khoảng 500 ha cho thu hoạch. Tỉnh tiếp tục hỗ trợ 50% giá cây giống và 5 triệu đồng/ha chi phí chăm sóc trong 3 năm đầu.
"""

ASOF = P("tính đến ngày 30/9/2024", None, "2024-09-30")
NINE = P("9 tháng đầu năm", "2024-01-01", "2024-09-30")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
T25 = P("đến hết năm 2025", None, "2025-12-31")
AREA = "diện tích cây óc chó"
TC = "Tủa Chùa"
HTX = "Hợp tác xã Nông nghiệp Sính Phình"

FIGS = [
    F("Gần 1.900 ha", "1.900", 1900, "measure", "ha", approx="nearly",
      subject="diện tích óc chó trên các huyện vùng cao"),
    F("trồng được 1.862 ha", "1.862", 1862, "measure", "ha",
      change=C("increase", 214, "ha", "cùng kỳ năm 2023"), subject="diện tích cây óc chó đã trồng", period=ASOF),
    F("thu hoạch 326 ha", "326", 326, "measure", "ha", total=1862,
      subject="diện tích óc chó đã cho thu hoạch", period=I(ASOF)),
    F("cơ bản 1.536 ha", "1.536", 1536, "measure", "ha", total=1862,
      subject="diện tích óc chó đang trong thời kỳ kiến thiết cơ bản", period=I(ASOF)),
    F("Tủa Chùa (742 ha)", "742", 742, "measure", "ha", subject=AREA, period=I(ASOF), location=TC),
    F("Điện Biên Đông (518 ha)", "518", 518, "measure", "ha", subject=AREA, period=I(ASOF),
      location="Điện Biên Đông"),
    F("Mường Chà (304 ha)", "304", 304, "measure", "ha", subject=AREA, period=I(ASOF), location="Mường Chà"),
    F("trồng mới 187 ha", "187", 187, "measure", "ha", percent=62.3,
      subject="diện tích óc chó trồng mới", period=NINE),
    F("hơn 78.000 cây", "78.000", 78000, "count", "cây giống ghép", approx="over",
      subject="cây giống ghép cấp phát", period=NINE),
    F("cho 1.240 hộ", "1.240", 1240, "count", "hộ dân", subject="hộ dân được cấp phát cây giống ghép", period=NINE),
    F("khoảng 81%", "81", 81, "percent", "%", approx="about",
      change=C("increase", 6.5, "điểm phần trăm", "năm 2023"),
      subject="tỷ lệ cây sống sau trồng bình quân", period=I(NINE)),
    F("ước đạt 245 tấn", "245", 245, "measure", "tấn", status="estimate",
      subject="sản lượng hạt óc chó tươi", period=Y24),
    F("từ 0,6 đến 0,8", "0,6", 0.6, "measure", "tấn/ha", value_max=0.8, status="estimate",
      subject="năng suất bình quân", period=Y24),
    F("120.000-150.000", "120.000", 120000, "money", "đồng/kg", value_max=150000,
      subject="giá hạt óc chó khô bán tại vườn"),
    F("gấp 3 lần", "3", 3, "multiple", "lần",
      subject="thu nhập mỗi ha óc chó thời kỳ kinh doanh so với trồng ngô"),
    F("quản lý 96 ha", "96", 96, "measure", "ha", subject=f"diện tích óc chó {HTX} quản lý", location=TC),
    F("của 153 hộ", "153", 153, "count", "hộ thành viên", subject="hộ thành viên hợp tác xã", location=TC),
    F("gần 40 tấn", "40", 40, "measure", "tấn", approx="nearly",
      subject="hạt óc chó hợp tác xã thu mua", period=Y23, location=TC),
    F("trên 1,6 tỷ", "1,6", 1600000000, "money", "đồng", approx="over",
      subject="doanh thu hợp tác xã", period=Y23, location=TC),
    F("ít nhất 2.200 ha", "2.200", 2200, "measure", "ha", approx="at_least", status="target",
      subject="diện tích óc chó toàn tỉnh", period=T25),
    F("khoảng 500 ha", "500", 500, "measure", "ha", approx="about", status="target", total=2200,
      subject="diện tích óc chó cho thu hoạch", period=T25),
    F("hỗ trợ 50%", "50", 50, "percent", "%", subject="mức hỗ trợ giá cây giống"),
    F("5 triệu đồng/ha", "5", 5000000, "money", "đồng/ha", subject="hỗ trợ chi phí chăm sóc"),
    F("trong 3 năm đầu", "3", 3, "measure", "năm", optional=True, subject="thời gian hỗ trợ chăm sóc"),
]

NOTES = [
    "Province portal (Điện Biên): walnut area as of 30/9/2024. Breadcrumb, 'Cập nhật: 18/10/2024 08:40 | Lượt xem: 1.315' (published).",
    "Distractors: time 08:40, view counter 1.315, 'OCOP 3 sao' (a rating level, like 'mức độ 3'), dates 30/9/2024.",
    "326 + 1.536 = 1.862 after 'Trong đó' (sentence break): totals. District list 742+518+304 < 1.862 ('tập trung chủ yếu'): no total.",
    "'cao hơn 6,5 điểm phần trăm' is the change of 81%. 'ước đạt' governs the continuing clause (năng suất): estimate.",
    "'gấp 3 lần trồng ngô' stands as the claim: multiple. 'trong 3 năm đầu' is the length of a support rule (optional).",
    "The cooperative in xã Sính Phình, huyện Tủa Chùa: its figures get location Tủa Chùa, also in the next sentence.",
    "'đến hết năm 2025' with 'Phấn đấu' → target, as-of end 2025-12-31; 500 ha is part of 2.200 ha ('trong đó').",
]

if __name__ == "__main__":
    write("p1239-1", TEXT, NOTES, FIGS, published="2024-10-18", location="Điện Biên")

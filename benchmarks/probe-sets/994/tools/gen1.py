"""p994-1: Sóc Trăng province portal, vụ hành tím cuối năm 2024."""
from lib import F, P, Y, I, C, T, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế - Nông nghiệp
Vụ hành tím cuối năm ước đạt gần 140.000 tấn
Cập nhật: 14/11/2024 09:45 | Lượt xem: 2.318

(Cổng TTĐT Sóc Trăng) - Theo Sở Nông nghiệp và Phát triển nông thôn, năm 2024 toàn tỉnh xuống giống 6.780 ha hành tím vụ cuối năm, tăng 5,2% so với cùng kỳ. Trong đó, thị xã Vĩnh Châu 5.920 ha, huyện Trần Đề 610 ha, huyện Mỹ Xuyên 250 ha.

Đến nay, nông dân đã thu hoạch khoảng 2.100 ha, năng suất bình quân ước đạt 20,6 tấn/ha, cao hơn 1,3 tấn/ha so với vụ trước. Sản lượng cả vụ ước đạt 139.500 tấn, chiếm khoảng 75% sản lượng hành tím cả năm của tỉnh.

Hiện giá hành tím củ tươi tại ruộng dao động từ 28.000 đến 32.000 đồng/kg, tăng khoảng 8.000 đồng/kg so với đầu vụ; hành khô loại 1 được thương lái thu mua 45.000 đồng/kg. Với chi phí đầu tư khoảng 250 triệu đồng/ha, mỗi hécta nông dân lãi từ 300 đến 400 triệu đồng.

Toàn tỉnh hiện có 3 doanh nghiệp và 12 hợp tác xã liên kết tiêu thụ hành tím với diện tích hơn 1.200 ha. Trong 9 tháng đầu năm, các doanh nghiệp đã xuất khẩu 4.850 tấn hành tím sang Singapore, Malaysia và Indonesia, đạt kim ngạch 5,6 triệu USD, gấp 1,4 lần cùng kỳ. Tỉnh đã hỗ trợ xây dựng 5 kho bảo quản hành tím, sức chứa mỗi kho 200 tấn, giúp giảm tỷ lệ hao hụt từ 25% xuống còn 8%.

Theo Quyết định số 1420/QĐ-UBND, mục tiêu đến năm 2025 tỉnh duy trì khoảng 7.500 ha hành tím, trong đó diện tích sản xuất theo tiêu chuẩn VietGAP chiếm 15%.

Tin: Minh Khang
"""

Y24 = Y(2024)
NOW = P("Đến nay", None, "2024-11-14")
M9 = P("9 tháng đầu năm", "2024-01-01", "2024-09-30")
T25 = P("đến năm 2025", None, "2025-12-31")
AREA = "diện tích xuống giống hành tím vụ cuối năm"

FIGS = [
    F("ước đạt gần 140.000 tấn", "140.000", 140000, "measure", "tấn", "sản lượng vụ hành tím cuối năm",
      approx="nearly", status="estimate"),
    F("xuống giống 6.780 ha", "6.780", 6780, "measure", "ha", AREA, Y24,
      change=C("increase", 5.2, "%", "cùng kỳ")),
    F("Vĩnh Châu 5.920 ha", "5.920", 5920, "measure", "ha", AREA, I(Y24), total=6780, location="Vĩnh Châu"),
    F("Trần Đề 610 ha", "610", 610, "measure", "ha", AREA, I(Y24), total=6780, location="Trần Đề"),
    F("Mỹ Xuyên 250 ha", "250", 250, "measure", "ha", AREA, I(Y24), total=6780, location="Mỹ Xuyên"),
    F("khoảng 2.100 ha", "2.100", 2100, "measure", "ha", "diện tích hành tím đã thu hoạch", NOW, approx="about"),
    F("ước đạt 20,6 tấn/ha", "20,6", 20.6, "measure", "tấn/ha", "năng suất bình quân", NOW,
      change=C("increase", 1.3, "tấn/ha", "vụ trước"), status="estimate"),
    F("ước đạt 139.500 tấn", "139.500", 139500, "measure", "tấn", "sản lượng hành tím cả vụ", I(Y24),
      percent=75, status="estimate"),
    F("từ 28.000 đến 32.000 đồng/kg", "28.000", 28000, "money", "đồng/kg", "giá hành tím củ tươi tại ruộng",
      value_max=32000, change=C("increase", 8000, "đồng/kg", "đầu vụ", approx="about")),
    F("thu mua 45.000 đồng/kg", "45.000", 45000, "money", "đồng/kg", "giá hành khô loại 1 thương lái thu mua"),
    F("khoảng 250 triệu đồng/ha", "250", 250e6, "money", "đồng/ha", "chi phí đầu tư", approx="about"),
    F("từ 300 đến 400 triệu đồng", "300", 300e6, "money", "đồng/ha", "lãi của nông dân mỗi hécta", value_max=400e6),
    F("có 3 doanh nghiệp", "3", 3, "count", "doanh nghiệp", "doanh nghiệp liên kết tiêu thụ hành tím"),
    F("12 hợp tác xã", "12", 12, "count", "hợp tác xã", "hợp tác xã liên kết tiêu thụ hành tím"),
    F("hơn 1.200 ha", "1.200", 1200, "measure", "ha", "diện tích liên kết tiêu thụ hành tím", approx="over"),
    F("xuất khẩu 4.850 tấn", "4.850", 4850, "measure", "tấn", "hành tím xuất khẩu", M9),
    F("kim ngạch 5,6 triệu USD", "5,6", 5.6e6, "money", "USD", "kim ngạch xuất khẩu hành tím", M9,
      change=C("increase", 1.4, "lần", "cùng kỳ")),
    F("xây dựng 5 kho", "5", 5, "count", "kho", "kho bảo quản hành tím được hỗ trợ xây dựng"),
    F("mỗi kho 200 tấn", "200", 200, "measure", "tấn", "sức chứa mỗi kho"),
    F("từ 25% xuống", "25", 25, "percent", "%", "tỷ lệ hao hụt trước khi có kho"),
    F("còn 8%", "8", 8, "percent", "%", "tỷ lệ hao hụt"),
    F("khoảng 7.500 ha", "7.500", 7500, "measure", "ha", "diện tích hành tím", T25, approx="about", status="target"),
    F("VietGAP chiếm 15%", "15", 15, "percent", "%", "diện tích sản xuất theo tiêu chuẩn VietGAP", T25, status="target"),
]

COMMENTS = [
    "Cổng TTĐT Sóc Trăng: vụ hành tím cuối năm 2024 — area by district (Trong đó), harvest to date, yield, prices, export, storage, 2025 target.",
    "Distractors: 'Cập nhật: 14/11/2024 09:45', 'Lượt xem: 2.318', 'Quyết định số 1420/QĐ-UBND', 'loại 1' (a grade).",
    "The headline has no period phrase; 'Đến nay' = as-of the dateline; 'Hiện' gives no period. 'từ 25% xuống còn 8%' is two rates, not a range.",
    "'gấp 1,4 lần cùng kỳ' after the export value is its change (unit lần), like 'tăng hơn 2,8 lần so với cùng kỳ'.",
]

write("p994-1", TEXT, FIGS, COMMENTS, published="2024-11-14", location="Sóc Trăng")

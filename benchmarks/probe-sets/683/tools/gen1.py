"""p683-1: Quảng Nam province portal — sâm Ngọc Linh area by district and commune, density, output, price, nurseries, linkage, targets."""
from lib import F, P, I, CH, emit

TEXT = """Cổng thông tin điện tử tỉnh Quảng Nam
Trang chủ > Tin tức - Sự kiện > Kinh tế - Xã hội

Quảng Nam: Diện tích sâm Ngọc Linh vượt mốc 2.100 ha

Cập nhật: 18/06/2024 08:45
Lượt xem: 3.426

Theo báo cáo của Sở Nông nghiệp và Phát triển nông thôn, tính đến ngày 31/5/2024, toàn tỉnh có hơn 2.100 ha sâm Ngọc Linh, tăng 318 ha so với cuối năm 2023; trong đó diện tích trồng tập trung khoảng 1.250 ha, còn lại trồng phân tán dưới tán rừng. Huyện Nam Trà My có 1.720 ha, chiếm 81,9% diện tích toàn tỉnh; tiếp đến là Phước Sơn 214 ha, Tây Giang 98 ha và Bắc Trà My 72 ha.

Tại Nam Trà My, sâm được trồng tập trung ở các xã Trà Linh (612 ha), Trà Nam (405 ha), Trà Cang (289 ha) và Trà Don (176 ha).

Trên địa bàn tỉnh, mật độ trồng phổ biến từ 8.000 đến 10.000 cây/ha; tổng số cây sâm ước khoảng 14 triệu cây. Năm 2023, sản lượng sâm thu hoạch đạt gần 9 tấn, giá trị ước đạt 850 tỷ đồng. Hiện giá sâm Ngọc Linh tươi loại từ 8 năm tuổi trở lên dao động 100-120 triệu đồng/kg, cao gấp 2 lần so với năm 2018.

Toàn tỉnh hiện có 27 vườn ươm sâm Ngọc Linh đủ điều kiện, năm 2023 cung ứng khoảng 1,2 triệu cây giống. Đã có 5 doanh nghiệp ký hợp đồng liên kết bao tiêu với 640 hộ dân, diện tích liên kết 310 ha.

Theo Quyết định số 2586/QĐ-UBND ngày 15/9/2022, tỉnh phấn đấu đến năm 2025 đạt 2.500 ha sâm Ngọc Linh và đến năm 2030 đạt 4.000 ha, giá trị sản xuất khoảng 3.000 tỷ đồng/năm.

Địa chỉ: 62 Hùng Vương, TP. Tam Kỳ. Điện thoại: 0235.3852.496
"""

ASOF = P("tính đến ngày 31/5/2024", None, "2024-05-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
SUBJ = "diện tích sâm Ngọc Linh"

FIGS = [
    F("vượt mốc 2.100 ha", "2.100", 2100, "measure", "ha", SUBJ, I(ASOF), approx="over"),
    F("có hơn 2.100 ha", "2.100", 2100, "measure", "ha", SUBJ, ASOF, approx="over",
      change=CH("increase", 318, "ha", "cuối năm 2023")),
    F("khoảng 1.250 ha", "1.250", 1250, "measure", "ha", "diện tích sâm Ngọc Linh trồng tập trung", ASOF,
      approx="about", total=2100),
    F("có 1.720 ha", "1.720", 1720, "measure", "ha", SUBJ, I(ASOF), percent=81.9, location="Nam Trà My"),
    F("Phước Sơn 214 ha", "214", 214, "measure", "ha", SUBJ, I(ASOF), location="Phước Sơn"),
    F("Tây Giang 98 ha", "98", 98, "measure", "ha", SUBJ, I(ASOF), location="Tây Giang"),
    F("Bắc Trà My 72 ha", "72", 72, "measure", "ha", SUBJ, I(ASOF), location="Bắc Trà My"),
    F("(612 ha)", "612", 612, "measure", "ha", "diện tích sâm Ngọc Linh xã Trà Linh", I(ASOF), location="Nam Trà My"),
    F("(405 ha)", "405", 405, "measure", "ha", "diện tích sâm Ngọc Linh xã Trà Nam", I(ASOF), location="Nam Trà My"),
    F("(289 ha)", "289", 289, "measure", "ha", "diện tích sâm Ngọc Linh xã Trà Cang", I(ASOF), location="Nam Trà My"),
    F("(176 ha)", "176", 176, "measure", "ha", "diện tích sâm Ngọc Linh xã Trà Don", I(ASOF), location="Nam Trà My"),
    F("từ 8.000 đến 10.000 cây/ha", "8.000", 8000, "measure", "cây/ha", "mật độ trồng sâm Ngọc Linh",
      value_max=10000),
    F("khoảng 14 triệu cây", "14", 14000000, "count", "cây", "tổng số cây sâm", approx="about", status="estimate"),
    F("gần 9 tấn", "9", 9, "measure", "tấn", "sản lượng sâm thu hoạch", Y23, approx="nearly"),
    F("đạt 850 tỷ đồng", "850", 850e9, "money", "đồng", "giá trị sâm thu hoạch", Y23, status="estimate"),
    F("từ 8 năm tuổi", "8", 8, "measure", "năm tuổi", "tuổi sâm Ngọc Linh tươi", approx="at_least", optional=True),
    F("100-120 triệu đồng/kg", "100", 100e6, "money", "đồng/kg", "giá sâm Ngọc Linh tươi", value_max=120e6,
      change=CH("increase", 2, "lần", "năm 2018")),
    F("có 27 vườn ươm", "27", 27, "count", "vườn ươm", "vườn ươm sâm Ngọc Linh đủ điều kiện"),
    F("khoảng 1,2 triệu cây giống", "1,2", 1200000, "count", "cây giống", "cây giống sâm Ngọc Linh cung ứng",
      P("năm 2023", "2023-01-01", "2023-12-31"), approx="about"),
    F("có 5 doanh nghiệp", "5", 5, "count", "doanh nghiệp", "doanh nghiệp ký hợp đồng liên kết bao tiêu"),
    F("với 640 hộ dân", "640", 640, "count", "hộ dân", "hộ dân liên kết bao tiêu sâm"),
    F("liên kết 310 ha", "310", 310, "measure", "ha", "diện tích liên kết bao tiêu sâm"),
    F("đạt 2.500 ha", "2.500", 2500, "measure", "ha", SUBJ, P("đến năm 2025", None, "2025-12-31"), status="target"),
    F("đạt 4.000 ha", "4.000", 4000, "measure", "ha", SUBJ, P("đến năm 2030", None, "2030-12-31"), status="target"),
    F("khoảng 3.000 tỷ đồng/năm", "3.000", 3000e9, "money", "đồng/năm", "giá trị sản xuất sâm Ngọc Linh",
      P("đến năm 2030", None, "2030-12-31"), approx="about", status="target"),
]

COMMENTS = [
    "Quảng Nam province portal (breadcrumb, Cập nhật, Lượt xem): sâm Ngọc Linh area by district and commune, density, output, price, nurseries, linkage, targets.",
    "Commune items (xã Trà Linh …) keep location at district level (Nam Trà My, FIGURES.md: province, city or district); the commune goes into the subject.",
    "Headline figure takes the lead's as-of period (inherited). 'cao gấp 2 lần so với năm 2018' after the price range is its change (lần).",
    "'từ 8 năm tuổi trở lên' is a grade threshold: optional. Distractors: Lượt xem, QĐ number and date, address, phone.",
]

if __name__ == "__main__":
    emit("p683-1", TEXT, COMMENTS, FIGS, published="2024-06-18", location="Quảng Nam")

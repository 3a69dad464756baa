"""p749-2: Khoái Châu district portal — chuối tiêu hồng, quarter I/2024."""
from lib import F, P, I, CH, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN KHOÁI CHÂU - TỈNH HƯNG YÊN
Tin tức > Kinh tế - Nông nghiệp
Thứ Năm, 11/04/2024 - 09:20

Khoái Châu: Chuối tiêu hồng quý I thu về gần 95 tỷ đồng

Quý I/2024, toàn huyện có 1.350 ha chuối, trong đó chuối tiêu hồng khoảng 1.020 ha, tập trung tại các xã Bình Minh (210 ha), Đông Kết (185 ha), Tân Châu (160 ha) và Chí Tân (140 ha).

Năng suất chuối tiêu hồng bình quân đạt 55 tấn/ha/năm. Giá bán tại vườn từ 7.000-9.000 đồng/kg, tăng khoảng 10% so với cùng kỳ năm 2023. Tổng giá trị thu từ chuối tiêu hồng trong quý ước đạt gần 95 tỷ đồng.

Hiện huyện có 6 hợp tác xã và 2 doanh nghiệp liên kết bao tiêu chuối tiêu hồng cho 640 hộ, chiếm 42% số hộ trồng chuối. Năm 2023, HTX Dịch vụ nông nghiệp Hồng Phát (thôn 3) xuất bán 1.200 tấn chuối sang Nhật Bản và Hàn Quốc; riêng quý I năm nay đã xuất 380 tấn, gấp 1,5 lần cùng kỳ.

Bên cạnh đó, bệnh héo vàng đã gây hại trên 45 ha, giảm 12 ha so với cuối năm 2023; huyện đã hỗ trợ 350 triệu đồng để tiêu hủy cây bệnh và cải tạo đất.

Thực hiện Kế hoạch số 58/KH-UBND, năm 2024 huyện phấn đấu diện tích chuối tiêu hồng đạt 1.100 ha, trong đó có ít nhất 300 ha đạt tiêu chuẩn VietGAP; sản lượng đạt khoảng 60.000 tấn.

Địa chỉ: Thị trấn Khoái Châu, huyện Khoái Châu, tỉnh Hưng Yên. Điện thoại: 0221.3910.237.
"""

Q1 = P("Quý I/2024", "2024-01-01", "2024-03-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("thu về gần 95 tỷ đồng", "95", 95000000000, "money", "đồng", "giá trị chuối tiêu hồng thu về",
      P("quý I", "2024-01-01", "2024-03-31"), approx="nearly"),
    F("có 1.350 ha chuối", "1.350", 1350, "measure", "ha", "diện tích chuối", Q1),
    F("khoảng 1.020 ha", "1.020", 1020, "measure", "ha", "diện tích chuối tiêu hồng", Q1, approx="about", total=1350),
    F("Bình Minh (210 ha)", "210", 210, "measure", "ha", "diện tích chuối tiêu hồng xã Bình Minh", Q1),
    F("Đông Kết (185 ha)", "185", 185, "measure", "ha", "diện tích chuối tiêu hồng xã Đông Kết", Q1),
    F("Tân Châu (160 ha)", "160", 160, "measure", "ha", "diện tích chuối tiêu hồng xã Tân Châu", Q1),
    F("Chí Tân (140 ha)", "140", 140, "measure", "ha", "diện tích chuối tiêu hồng xã Chí Tân", Q1),
    F("đạt 55 tấn/ha/năm", "55", 55, "measure", "tấn/ha/năm", "năng suất chuối tiêu hồng bình quân", I(Q1)),
    F("từ 7.000-9.000 đồng/kg", "7.000", 7000, "money", "đồng/kg", "giá bán chuối tiêu hồng tại vườn", I(Q1),
      value_max=9000, change=CH("increase", 10, baseline="cùng kỳ năm 2023", approx="about")),
    F("ước đạt gần 95 tỷ đồng", "95", 95000000000, "money", "đồng", "tổng giá trị thu từ chuối tiêu hồng",
      P("trong quý", "2024-01-01", "2024-03-31"), approx="nearly", status="estimate"),
    F("có 6 hợp tác xã", "6", 6, "count", "hợp tác xã", "hợp tác xã liên kết bao tiêu chuối tiêu hồng"),
    F("và 2 doanh nghiệp", "2", 2, "count", "doanh nghiệp", "doanh nghiệp liên kết bao tiêu chuối tiêu hồng"),
    F("cho 640 hộ", "640", 640, "count", "hộ", "hộ được liên kết bao tiêu chuối tiêu hồng", percent=42),
    F("xuất bán 1.200 tấn", "1.200", 1200, "measure", "tấn",
      "chuối HTX Dịch vụ nông nghiệp Hồng Phát xuất bán sang Nhật Bản và Hàn Quốc",
      P("Năm 2023", "2023-01-01", "2023-12-31")),
    F("đã xuất 380 tấn", "380", 380, "measure", "tấn", "chuối HTX Hồng Phát đã xuất",
      P("quý I năm nay", "2024-01-01", "2024-03-31"), change=CH("increase", 1.5, "lần", baseline="cùng kỳ")),
    F("trên 45 ha", "45", 45, "measure", "ha", "diện tích bị bệnh héo vàng gây hại", approx="over",
      change=CH("decrease", 12, "ha", baseline="cuối năm 2023")),
    F("hỗ trợ 350 triệu đồng", "350", 350000000, "money", "đồng", "kinh phí huyện hỗ trợ tiêu hủy cây bệnh và cải tạo đất"),
    F("đạt 1.100 ha", "1.100", 1100, "measure", "ha", "diện tích chuối tiêu hồng", Y24, status="target"),
    F("ít nhất 300 ha", "300", 300, "measure", "ha", "diện tích chuối tiêu hồng đạt tiêu chuẩn VietGAP", Y24,
      approx="at_least", total=1100, status="target"),
    F("khoảng 60.000 tấn", "60.000", 60000, "measure", "tấn", "sản lượng chuối tiêu hồng", Y24,
      approx="about", status="target"),
]

COMMENTS = [
    "Khoái Châu district portal (Hưng Yên), weekday dateline 'Thứ Năm, 11/04/2024 - 09:20': chuối tiêu hồng in quarter I/2024.",
    "Location is the district for every figure. The bracketed commune list (xã Bình Minh …) is not a province, city or district,",
    "so its items keep the district as location; the subject is the list's indicator plus the commune (choice: FIGURES.md lists only province/city/district).",
    "Commune items after a 'trong đó' part do not add up to it (695 ≠ 1.020) and follow no cue: no total.",
    "Headline 'quý I' takes its year from the dateline; 'trong quý' in the body is the quarter just named (cf. 'trong tháng' in the spec).",
    "'gấp 1,5 lần cùng kỳ' after 380 tấn is that figure's change (lần). Headline has no 'ước' cue: actual.",
    "Distractors: Kế hoạch số 58/KH-UBND, 'thôn 3', phone 0221.3910.237, weekday dateline.",
]

if __name__ == "__main__":
    emit("p749-2", TEXT, COMMENTS, FIGS, published="2024-04-11", location="Khoái Châu")

"""p732-8: commune portal (xã Nam Yên, huyện An Biên, Kiên Giang), blood cockle farming under mangroves, 7 months 2024."""
from lib import F, P, I, CH, emit

TEXT = """Trang thông tin điện tử xã Nam Yên - huyện An Biên - tỉnh Kiên Giang
Trang chủ » Kinh tế - Xã hội
Ngày đăng: 05/08/2024

Nam Yên: Nuôi sò huyết dưới tán rừng cho lãi trên 120 triệu đồng/ha

7 tháng đầu năm 2024, toàn xã có 86 hộ tham gia nuôi sò huyết dưới tán rừng phòng hộ với diện tích 142,5 ha, tăng 18,5 ha so với cùng kỳ. Các hộ đã thả nuôi 4,3 tấn sò giống, mật độ từ 80 đến 100 con/m².

Đến cuối tháng 7, các hộ đã thu hoạch 38 ha, sản lượng đạt 96,8 tấn, năng suất bình quân 2,55 tấn/ha; tỷ lệ sống đạt khoảng 62%. Với giá bán 135.000 đồng/kg, mỗi hécta cho lãi từ 120 đến 150 triệu đồng sau khi trừ chi phí.

Hợp tác xã Sò huyết Nam Yên (ấp Kênh 9) hiện có 34 thành viên, trong đó 9 thành viên là phụ nữ. Năm 2024, hợp tác xã được huyện hỗ trợ 250 triệu đồng để mua sò giống và lưới bao.

Theo ông Phạm Văn Út, Chủ tịch UBND xã, nuôi dưới tán rừng giúp giảm 35% lượng sò chết so với nuôi ở bãi trống, đồng thời người nuôi cùng tham gia bảo vệ 1.024 ha rừng phòng hộ ven biển.

Toàn huyện An Biên hiện có 1.250 ha nuôi sò huyết; xã Nam Yên xếp thứ 2 về diện tích, sau xã Nam Thái. Năm 2025, xã phấn đấu mở rộng diện tích nuôi lên 200 ha, thu hút trên 120 hộ tham gia.

Liên hệ: UBND xã Nam Yên, ấp Xẻo Đước 1, Quốc lộ 63 - ĐT: 0297.3862.145
"""

M7 = P("7 tháng đầu năm 2024", "2024-01-01", "2024-07-31")
E7 = P("Đến cuối tháng 7", None, "2024-07-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("trên 120 triệu đồng/ha", "120", 120000000, "money", "đồng/ha", "lãi nuôi sò huyết dưới tán rừng",
      approx="over"),
    F("có 86 hộ", "86", 86, "count", "hộ", "hộ tham gia nuôi sò huyết dưới tán rừng phòng hộ", M7),
    F("diện tích 142,5 ha", "142,5", 142.5, "measure", "ha", "diện tích nuôi sò huyết dưới tán rừng phòng hộ", M7,
      change=CH("increase", 18.5, "ha", "cùng kỳ")),
    F("nuôi 4,3 tấn", "4,3", 4.3, "measure", "tấn", "sò giống thả nuôi", I(M7)),
    F("từ 80 đến 100 con/m²", "80", 80, "measure", "con/m²", "mật độ thả nuôi", I(M7), value_max=100),
    F("hoạch 38 ha", "38", 38, "measure", "ha", "diện tích đã thu hoạch", E7),
    F("đạt 96,8 tấn", "96,8", 96.8, "measure", "tấn", "sản lượng sò huyết thu hoạch", E7),
    F("bình quân 2,55 tấn/ha", "2,55", 2.55, "measure", "tấn/ha", "năng suất bình quân", E7),
    F("khoảng 62%", "62", 62, "percent", "%", "tỷ lệ sống", E7, approx="about"),
    F("giá bán 135.000 đồng/kg", "135.000", 135000, "money", "đồng/kg", "giá bán sò huyết"),
    F("từ 120 đến 150 triệu đồng", "120", 120000000, "money", "đồng", "lãi mỗi hécta sau khi trừ chi phí",
      value_max=150000000),
    F("có 34 thành viên", "34", 34, "count", "thành viên", "thành viên Hợp tác xã Sò huyết Nam Yên"),
    F("trong đó 9 thành viên", "9", 9, "count", "thành viên", "thành viên là phụ nữ", total=34),
    F("hỗ trợ 250 triệu đồng", "250", 250000000, "money", "đồng",
      "kinh phí huyện hỗ trợ hợp tác xã mua sò giống và lưới bao", P("Năm 2024", "2024-01-01", "2024-12-31")),
    F("giảm 35% lượng", "35", 35, "percent", "%", "lượng sò chết khi nuôi dưới tán rừng so với nuôi ở bãi trống"),
    F("bảo vệ 1.024 ha", "1.024", 1024, "measure", "ha", "rừng phòng hộ ven biển người nuôi tham gia bảo vệ"),
    F("có 1.250 ha", "1.250", 1250, "measure", "ha", "diện tích nuôi sò huyết toàn huyện"),
    F("xếp thứ 2", "2", 2, "rank", "hạng", "diện tích nuôi sò huyết"),
    F("lên 200 ha", "200", 200, "measure", "ha", "diện tích nuôi sò huyết", Y25, status="target"),
    F("trên 120 hộ", "120", 120, "count", "hộ", "hộ tham gia nuôi sò huyết", Y25, approx="over", status="target"),
]

COMMENTS = [
    "Trang TTĐT xã Nam Yên (huyện An Biên, Kiên Giang): nuôi sò huyết dưới tán rừng 7 tháng đầu năm 2024, thu hoạch, lãi, HTX, mục tiêu 2025.",
    "Commune portal, 'Ngày đăng: 05/08/2024'. Distractors: ấp Kênh 9, ấp Xẻo Đước 1, Quốc lộ 63 (names), phone 0297.3862.145.",
    "Location: a commune is not a location level in the spec (province, city, district); the commune's figures are its district An Biên.",
    "'Đến cuối tháng 7' is an as-of date: start null, end 2024-07-31 (year from the lead). 'từ 120 đến 150 triệu đồng' per hécta: money range,",
    "unit đồng (the 'mỗi hécta' stands before the number, so it is in the subject). 'trên 120 hộ' continues the 'phấn đấu' clause: target.",
    "revised after the first run: rank subject 'diện tích nuôi sò huyết của xã Nam Yên trong huyện' -> 'diện tích nuôi sò huyết' (the place is the",
    "figure's location, not its subject; shared gold rank subjects name the indicator only).",
]

emit("p732-8", TEXT, COMMENTS, FIGS, published="2024-08-05", location="An Biên")

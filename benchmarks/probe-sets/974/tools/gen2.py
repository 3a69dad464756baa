"""p974-2: district portal (huyện Quế Phong, Nghệ An), sachi, 2023."""
from lib import F, P, I, CH, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN QUẾ PHONG
Tin tức - Sự kiện > Kinh tế - Nông nghiệp
Thứ Hai, 20/11/2023 - 14:10

Cây sachi giúp đồng bào Thái ở Quế Phong thoát nghèo

Sau 5 năm đưa cây sachi vào trồng thử nghiệm, đến nay toàn huyện có 214 ha sachi tại 9/14 xã, thị trấn, tập trung nhiều nhất ở xã Tiền Phong (68 ha), Châu Kim (45 ha) và Mường Nọc (37 ha).

Năm 2023, sản lượng hạt sachi khô của huyện ước đạt 290 tấn, tăng 45 tấn so với năm 2022. Với giá thu mua bình quân 30.000 đồng/kg, người trồng sachi thu về gần 8,7 tỷ đồng.

Huyện đã phối hợp với Công ty CP Nông nghiệp sạch Hoa Sen 3 ký hợp đồng liên kết bao tiêu với 1.126 hộ, trong đó có 587 hộ nghèo và 312 hộ cận nghèo. Mỗi hộ tham gia được hỗ trợ 100% cây giống và 50% phân bón trong năm đầu tiên.

Theo ông Lô Văn Hai, Chủ tịch UBND xã Tiền Phong, 1 ha sachi sau 2 năm cho thu hoạch 1,6-1,8 tấn hạt, lãi khoảng 35 triệu đồng, cao hơn trồng ngô 2,5 lần. Tuy nhiên, năm 2022 giá hạt sachi có thời điểm xuống dưới 20.000 đồng/kg khiến khoảng 40 ha bị bỏ hoang, không được chăm sóc.

Mục tiêu đến năm 2025, Quế Phong mở rộng diện tích sachi lên 350 ha, xây dựng 2 xưởng sơ chế hạt; dự kiến năm 2024 trồng mới thêm 60 ha tại các xã Quang Phong, Cắm Muộn.

Quang Minh - Văn phòng HĐND và UBND huyện
Số lượt xem: 512
"""

NOW = P("đến nay", None, "2023-11-20")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y22 = P("năm 2022", "2022-01-01", "2022-12-31")
BY2025 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("có 214 ha", "214", 214, "measure", "ha", "diện tích sachi", NOW),
    F("tại 9/14 xã", "9", 9, "count", "xã, thị trấn", "xã, thị trấn trồng sachi", NOW, total=14),
    F("Tiền Phong (68 ha)", "68", 68, "measure", "ha", "diện tích sachi", NOW),
    F("Châu Kim (45 ha)", "45", 45, "measure", "ha", "diện tích sachi", NOW),
    F("Mường Nọc (37 ha)", "37", 37, "measure", "ha", "diện tích sachi", NOW),
    F("ước đạt 290 tấn", "290", 290, "measure", "tấn", "sản lượng hạt sachi khô", Y23, status="estimate",
      change=CH("increase", 45, "tấn", "năm 2022")),
    F("bình quân 30.000 đồng/kg", "30.000", 30000, "money", "đồng/kg", "giá thu mua hạt sachi bình quân", I(Y23)),
    F("gần 8,7 tỷ đồng", "8,7", 8700000000, "money", "đồng", "tiền người trồng sachi thu về", I(Y23), approx="nearly"),
    F("với 1.126 hộ", "1.126", 1126, "count", "hộ", "hộ ký hợp đồng liên kết bao tiêu sachi"),
    F("có 587 hộ nghèo", "587", 587, "count", "hộ", "hộ nghèo ký hợp đồng liên kết", total=1126),
    F("312 hộ cận nghèo", "312", 312, "count", "hộ", "hộ cận nghèo ký hợp đồng liên kết", total=1126),
    F("hỗ trợ 100% cây giống", "100", 100, "percent", "%", "mức hỗ trợ cây giống cho hộ tham gia"),
    F("và 50% phân bón", "50", 50, "percent", "%", "mức hỗ trợ phân bón cho hộ tham gia"),
    F("1 ha sachi sau", "1", 1, "measure", "ha", "diện tích ví dụ", optional=True),
    F("sau 2 năm cho", "2", 2, "measure", "năm", "thời gian sachi cho thu hoạch", optional=True),
    F("thu hoạch 1,6-1,8 tấn hạt", "1,6", 1.6, "measure", "tấn", "sản lượng hạt sachi trên 1 ha", value_max=1.8),
    F("lãi khoảng 35 triệu đồng", "35", 35000000, "money", "đồng", "lãi trồng 1 ha sachi", approx="about",
      change=CH("increase", 2.5, "lần", "trồng ngô")),
    F("dưới 20.000 đồng/kg", "20.000", 20000, "money", "đồng/kg", "giá hạt sachi", Y22, approx="under"),
    F("khoảng 40 ha", "40", 40, "measure", "ha", "diện tích sachi bị bỏ hoang", Y22, approx="about"),
    F("lên 350 ha", "350", 350, "measure", "ha", "diện tích sachi", BY2025, status="target"),
    F("xây dựng 2 xưởng", "2", 2, "count", "xưởng", "xưởng sơ chế hạt sachi", BY2025, status="target"),
    F("thêm 60 ha", "60", 60, "measure", "ha", "diện tích sachi trồng mới",
      P("năm 2024", "2024-01-01", "2024-12-31"), status="forecast"),
]

NOTES = [
    "Cổng TTĐT huyện Quế Phong (Nghệ An): sachi, dateline 'Thứ Hai, 20/11/2023 - 14:10'. Location is the district throughout (communes lie in it).",
    "'Sau 5 năm' only locates the time (not a figure). '1 ha sachi' (the example's basis) and 'sau 2 năm' (time to harvest) are optional.",
    "Items after 'tập trung nhiều nhất ở' do not add up to 214 (no part-of cue): no total. 'đến nay' ends at the dateline.",
    "'lãi khoảng 35 triệu đồng, cao hơn trồng ngô 2,5 lần' -> change of the 35 triệu (cao hơn ... lần).",
    "'Với giá thu mua ...' is its own sentence, so 'ước đạt' does not reach it (actual); its period (Năm 2023) is inherited.",
    "Distractors: Thứ Hai, 14:10, 'Hoa Sen 3', 'ông Lô Văn Hai', 'Sau 5 năm', 'năm đầu tiên', 'Số lượt xem: 512'.",
]

write(2, TEXT, FIGS, published="2023-11-20", location="Quế Phong", notes=NOTES)

"""p938-2: huyện Mộc Châu (Sơn La) district portal — strawberry area by commune, households, picking gardens."""
from lib import F, P, I, C, T, emit

TEXT = """Cổng thông tin điện tử huyện Mộc Châu
Trang chủ / Kinh tế - Xã hội

Dâu tây Mộc Châu hút khách mùa xuân

Thứ Hai, 18/03/2024 - 10:05

Năm 2023, toàn huyện Mộc Châu trồng 62,5 ha dâu tây, tăng 8,5 ha so với năm 2022, tập trung tại thị trấn Nông trường Mộc Châu (31 ha), xã Đông Sang (17,5 ha), xã Mường Sang (9 ha) và xã Chiềng Sơn (5 ha). Trong đó, 18 ha được trồng trong nhà màng, nhà lưới, chiếm 28,8% diện tích.

Năng suất bình quân đạt 22 tấn/ha; sản lượng ước đạt 1.375 tấn, giá trị sản xuất khoảng 96 tỷ đồng. Giá bán dâu tây tại vườn từ 80.000 đến 150.000 đồng/kg tùy loại; bình quân mỗi ha dâu tây cho thu nhập trên 1,5 tỷ đồng, gấp 4 lần trồng ngô.

Toàn huyện có 126 hộ trồng dâu tây, trong đó 38 hộ liên kết tiêu thụ với HTX Nông nghiệp 19/5. Có 14 vườn dâu mở cửa đón khách tham quan, trải nghiệm, chủ yếu dọc Quốc lộ 6 và Quốc lộ 43. Từ đầu năm 2024 đến nay, các vườn đón trên 85.000 lượt khách, tăng 32% so với cùng kỳ năm 2023; giá vé vào vườn 50.000 đồng/người, đã bao gồm 0,5 kg dâu.

Chị Đinh Thị Hoa, chủ vườn dâu ở Tiểu khu 40 cho biết, vườn rộng 4.000 m2, ngày cuối tuần đón 600-800 lượt khách, mỗi tháng thu lãi khoảng 60 triệu đồng.

Năm 2024, huyện phấn đấu mở rộng diện tích dâu tây lên 75 ha, trong đó 30 ha trồng trong nhà màng; xây dựng 3 sản phẩm dâu tây đạt chuẩn OCOP.

Phòng Nông nghiệp và PTNT huyện Mộc Châu
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
AREA = "diện tích dâu tây"

FIGS = [
    F("trồng 62,5 ha", "62,5", 62.5, "measure", "ha", AREA, Y23, change=C("increase", 8.5, "ha", "năm 2022")),
    F("Mộc Châu (31 ha)", "31", 31, "measure", "ha", AREA, Y23, total=62.5),
    F("Đông Sang (17,5 ha)", "17,5", 17.5, "measure", "ha", AREA, Y23, total=62.5),
    F("Mường Sang (9 ha)", "9", 9, "measure", "ha", AREA, Y23, total=62.5),
    F("Chiềng Sơn (5 ha)", "5", 5, "measure", "ha", AREA, Y23, total=62.5),
    F("Trong đó, 18 ha", "18", 18, "measure", "ha", "diện tích dâu tây trồng trong nhà màng, nhà lưới", I(Y23),
      total=62.5, percent=28.8),
    F("đạt 22 tấn/ha", "22", 22, "measure", "tấn/ha", "năng suất bình quân dâu tây", I(Y23)),
    F("ước đạt 1.375 tấn", "1.375", 1375, "measure", "tấn", "sản lượng dâu tây", I(Y23), status="estimate"),
    F("khoảng 96 tỷ đồng", "96", 96e9, "money", "đồng", "giá trị sản xuất dâu tây", I(Y23), approx="about",
      status="estimate"),
    F("từ 80.000 đến 150.000 đồng/kg", "80.000", 80000, "money", "đồng/kg", "giá bán dâu tây tại vườn",
      value_max=150000),
    F("trên 1,5 tỷ đồng", "1,5", 1.5e9, "money", "đồng/ha", "thu nhập bình quân mỗi ha dâu tây", approx="over",
      change=C("increase", 4, "lần", "trồng ngô")),
    F("có 126 hộ", "126", 126, "count", "hộ", "hộ trồng dâu tây"),
    F("trong đó 38 hộ", "38", 38, "count", "hộ", "hộ liên kết tiêu thụ dâu tây với HTX", total=126),
    F("Có 14 vườn", "14", 14, "count", "vườn", "vườn dâu mở cửa đón khách tham quan, trải nghiệm"),
    F("trên 85.000 lượt khách", "85.000", 85000, "count", "lượt khách", "lượt khách đến các vườn dâu",
      P("Từ đầu năm 2024 đến nay", "2024-01-01", "2024-03-18"), approx="over",
      change=C("increase", 32, "%", "cùng kỳ năm 2023")),
    F("50.000 đồng/người", "50.000", 50000, "money", "đồng/người", "giá vé vào vườn dâu"),
    F("0,5 kg dâu", "0,5", 0.5, "measure", "kg", "dâu kèm theo vé vào vườn", optional=True),
    F("rộng 4.000 m2", "4.000", 4000, "measure", "m2", "diện tích vườn dâu của chị Đinh Thị Hoa"),
    F("600-800 lượt khách", "600", 600, "count", "lượt khách", "lượt khách đến vườn ngày cuối tuần", value_max=800),
    F("khoảng 60 triệu đồng", "60", 60e6, "money", "đồng/tháng", "lãi mỗi tháng của vườn dâu", approx="about"),
    F("lên 75 ha", "75", 75, "measure", "ha", AREA, Y24, status="target"),
    F("30 ha trồng", "30", 30, "measure", "ha", "diện tích dâu tây trồng trong nhà màng", Y24, total=75,
      status="target"),
    F("3 sản phẩm", "3", 3, "count", "sản phẩm", "sản phẩm dâu tây đạt chuẩn OCOP", Y24, status="target"),
]

NOTES = [
    "Mộc Châu district portal (Sơn La): area 2023 with a bracketed commune list adding up to 62,5 ha, greenhouse share,",
    "households, picking gardens and visitors since the start of 2024, a garden owner's figures, 2024 targets.",
    "Dateline 'Thứ Hai, 18/03/2024 - 10:05'. Communes and the thị trấn lie in Mộc Châu district, so their location is 'Mộc Châu'.",
    "'gấp 4 lần trồng ngô' after the income figure is that figure's change (increase 4 lần, baseline 'trồng ngô').",
    "'0,5 kg dâu' is the ticket's specification: optional. 'mỗi tháng thu lãi khoảng 60 triệu đồng' -> unit đồng/tháng.",
    "Distractors: HTX Nông nghiệp 19/5, Quốc lộ 6, Quốc lộ 43, Tiểu khu 40, the dateline and time.",
]

if __name__ == "__main__":
    emit("p938-2", TEXT, NOTES, FIGS, published="2024-03-18", location="Mộc Châu")

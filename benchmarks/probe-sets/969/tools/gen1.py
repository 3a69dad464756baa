from lib import F, P, I, C, T, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Nông nghiệp - Nông thôn
Sơn La: Tiêm phòng lở mồm long móng đợt 1 đạt trên 85% kế hoạch
Cập nhật: 12/06/2024 09:45 | Lượt xem: 1.236

Theo Chi cục Chăn nuôi, Thủy sản và Thú y tỉnh Sơn La, tính đến ngày 10/6/2024, toàn tỉnh đã tiêm được 236.500 liều vắc xin lở mồm long móng (LMLM) cho đàn trâu, bò, đạt 85,4% kế hoạch đợt 1. Trong đó, huyện Mai Sơn tiêm 41.200 liều, Yên Châu 28.650 liều, Sông Mã 35.900 liều.

Cùng với vắc xin LMLM, các địa phương đã tiêm 118.300 liều vắc xin tụ huyết trùng trâu, bò và 96.750 liều vắc xin dịch tả lợn cổ điển; tỷ lệ tiêm phòng vắc xin viêm da nổi cục đạt 62,7%. Tổng đàn trâu, bò của tỉnh hiện có khoảng 398.000 con, trong đó đàn bò chiếm 61%.

Từ đầu năm đến nay, huyện Sốp Cộp xảy ra 2 ổ dịch LMLM, làm 27 con bò mắc bệnh, giảm 40 con so với cùng kỳ năm 2023.

Thực hiện Kế hoạch số 38/KH-UBND ngày 20/02/2024 của UBND tỉnh, ngành nông nghiệp đã cấp 25.000 lít hóa chất khử trùng và 180 tấn vôi bột cho 12 huyện, thành phố; tổ chức 3 đợt tiêu độc khử trùng với tổng diện tích phun trên 4,2 triệu m2 chuồng trại. Kinh phí mua vắc xin năm 2024 từ ngân sách tỉnh là 7,85 tỷ đồng, tăng 12% so với năm 2023. Giá vắc xin LMLM hỗ trợ cho người chăn nuôi khoảng 19.000 đồng/liều.

Mục tiêu năm 2024, tỷ lệ tiêm phòng LMLM đạt trên 90% tổng đàn trong diện tiêm. Dự kiến đợt 2 triển khai từ ngày 15/9 đến 30/10/2024 với khoảng 280.000 liều vắc xin LMLM.

Đường dây nóng thú y: 0212.3852.217
"""

NOTES = [
    "Cổng TTĐT tỉnh Sơn La (province portal): tiêm phòng LMLM đợt 1 năm 2024, other vaccines, outbreak, disinfection, budget, targets.",
    "Distractors: breadcrumb, 'Cập nhật: 12/06/2024 09:45', 'Lượt xem: 1.236', 'Kế hoạch số 38/KH-UBND ngày 20/02/2024', 'đợt 1/đợt 2', hotline 0212.3852.217.",
    "Year-less headline has no period. District parts after 'Trong đó' take 236.500 as total. 'đàn bò chiếm 61%' is a share of the herd, not of 398.000 -> own figure.",
    "'Từ đầu năm đến nay' = 2024-01-01 .. published 2024-06-12. The two outbreak figures stand in Sốp Cộp.",
]

tdn = P("tính đến ngày 10/6/2024", end="2024-06-10")
ytd = P("Từ đầu năm đến nay", "2024-01-01", "2024-06-12")
y24 = P("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("đạt trên 85% kế hoạch", "85", 85, "percent", "%", "tiêm phòng lở mồm long móng đợt 1 so với kế hoạch", approx="over"),
    F("tiêm được 236.500 liều", "236.500", 236500, "count", "liều", "liều vắc xin lở mồm long móng đã tiêm cho đàn trâu, bò", tdn, percent=85.4),
    F("Mai Sơn tiêm 41.200 liều", "41.200", 41200, "count", "liều", "liều vắc xin LMLM đã tiêm", I(tdn), total=236500, location="Mai Sơn"),
    F("Yên Châu 28.650 liều", "28.650", 28650, "count", "liều", "liều vắc xin LMLM đã tiêm", I(tdn), total=236500, location="Yên Châu"),
    F("Sông Mã 35.900 liều", "35.900", 35900, "count", "liều", "liều vắc xin LMLM đã tiêm", I(tdn), total=236500, location="Sông Mã"),
    F("tiêm 118.300 liều", "118.300", 118300, "count", "liều", "liều vắc xin tụ huyết trùng trâu, bò đã tiêm", I(tdn)),
    F("96.750 liều", "96.750", 96750, "count", "liều", "liều vắc xin dịch tả lợn cổ điển đã tiêm", I(tdn)),
    F("đạt 62,7%", "62,7", 62.7, "percent", "%", "tỷ lệ tiêm phòng vắc xin viêm da nổi cục", I(tdn)),
    F("khoảng 398.000 con", "398.000", 398000, "count", "con", "tổng đàn trâu, bò", approx="about"),
    F("chiếm 61%", "61", 61, "percent", "%", "đàn bò trong tổng đàn trâu, bò"),
    F("xảy ra 2 ổ dịch", "2", 2, "count", "ổ dịch", "ổ dịch LMLM", ytd, location="Sốp Cộp"),
    F("làm 27 con bò", "27", 27, "count", "con", "bò mắc bệnh LMLM", ytd,
      change=C("decrease", 40, "con", "cùng kỳ năm 2023"), location="Sốp Cộp"),
    F("cấp 25.000 lít", "25.000", 25000, "measure", "lít", "hóa chất khử trùng được cấp"),
    F("180 tấn vôi bột", "180", 180, "measure", "tấn", "vôi bột được cấp"),
    F("cho 12 huyện, thành phố", "12", 12, "count", "huyện, thành phố", "huyện, thành phố được cấp hóa chất, vôi bột"),
    F("tổ chức 3 đợt", "3", 3, "count", "đợt", "đợt tiêu độc khử trùng"),
    F("trên 4,2 triệu m2", "4,2", 4200000, "measure", "m2", "diện tích chuồng trại phun tiêu độc khử trùng", approx="over"),
    F("là 7,85 tỷ đồng", "7,85", 7850000000, "money", "đồng", "kinh phí mua vắc xin từ ngân sách tỉnh", y24,
      change=C("increase", 12, "%", "năm 2023")),
    F("khoảng 19.000 đồng/liều", "19.000", 19000, "money", "đồng/liều", "giá vắc xin LMLM hỗ trợ cho người chăn nuôi", approx="about"),
    F("trên 90% tổng đàn", "90", 90, "percent", "%", "tỷ lệ tiêm phòng LMLM", y24, approx="over", status="target"),
    F("khoảng 280.000 liều", "280.000", 280000, "count", "liều", "liều vắc xin LMLM tiêm đợt 2",
      P("từ ngày 15/9 đến 30/10/2024", "2024-09-15", "2024-10-30"), approx="about", status="forecast"),
]

write("p969-1", TEXT, NOTES, FIGS, published="2024-06-12", location="Sơn La")

"""p1091-1: Khánh Hòa province portal, international arrivals 9 months 2024."""
from lib import F, P, I, C, T, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế - Du lịch

9 tháng, Khánh Hòa đón hơn 2,1 triệu lượt khách quốc tế

Cập nhật: 08/10/2024 09:45 | Lượt xem: 2.317

Theo Sở Du lịch, 9 tháng đầu năm 2024, tổng lượt khách do các cơ sở lưu trú phục vụ ước đạt 7,2 triệu lượt, tăng 38,5% so với cùng kỳ; trong đó khách quốc tế ước đạt 2,14 triệu lượt, tăng 93,2% so với cùng kỳ và đạt 89% kế hoạch năm.

Khách quốc tế đến Khánh Hòa chủ yếu qua Cảng hàng không quốc tế Cam Ranh. Từ đầu năm đến nay, cảng đã phục vụ 14.850 chuyến bay quốc tế với hơn 2,6 triệu lượt hành khách quốc tế; hiện có 26 đường bay quốc tế thường lệ kết nối Khánh Hòa với các thị trường.

Hàn Quốc tiếp tục là thị trường lớn nhất với khoảng 1,05 triệu lượt, chiếm 49%; tiếp đến là Trung Quốc (412.000 lượt), Nga (186.000 lượt) và Đài Loan (Trung Quốc) (63.500 lượt). Riêng thị trường Ấn Độ tăng trưởng mạnh, gấp 3,4 lần cùng kỳ nhờ các đường bay thẳng từ New Delhi và Mumbai.

Theo khảo sát của Sở Du lịch, mức chi tiêu bình quân của một khách quốc tế khoảng 2,9 triệu đồng/ngày, thời gian lưu trú bình quân 4,3 ngày. Tổng thu từ khách du lịch 9 tháng ước đạt 32.600 tỷ đồng, tăng 41% so với cùng kỳ.

Thực hiện Nghị quyết số 09-NQ/TW của Bộ Chính trị, năm 2024 tỉnh đặt mục tiêu đón 2,4 triệu lượt khách quốc tế. Dự kiến trong quý IV/2024 sẽ có thêm 6 đường bay quốc tế mới từ Ấn Độ, Kazakhstan và Thái Lan; Festival Biển Nha Trang lần thứ 10 sẽ diễn ra vào tháng 6/2025 trên đường Trần Phú.
"""

P9 = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
PYTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-10-08")

FIGS = [
    F("hơn 2,1 triệu lượt khách quốc tế", "2,1", 2_100_000, "count", "lượt khách", "khách quốc tế",
      P("9 tháng", "2024-01-01", "2024-09-30"), approx="over"),
    F("ước đạt 7,2 triệu lượt", "7,2", 7_200_000, "count", "lượt", "tổng lượt khách do các cơ sở lưu trú phục vụ", P9,
      change=C("increase", 38.5, baseline="cùng kỳ"), status="estimate"),
    F("ước đạt 2,14 triệu lượt", "2,14", 2_140_000, "count", "lượt", "khách quốc tế", P9,
      total=7_200_000, percent=89, change=C("increase", 93.2, baseline="cùng kỳ"), status="estimate"),
    F("phục vụ 14.850 chuyến bay", "14.850", 14850, "count", "chuyến bay",
      "chuyến bay quốc tế Cảng hàng không quốc tế Cam Ranh phục vụ", PYTD),
    F("hơn 2,6 triệu lượt hành khách", "2,6", 2_600_000, "count", "lượt hành khách",
      "hành khách quốc tế qua Cảng hàng không quốc tế Cam Ranh", PYTD, approx="over"),
    F("có 26 đường bay", "26", 26, "count", "đường bay", "đường bay quốc tế thường lệ kết nối Khánh Hòa"),
    F("khoảng 1,05 triệu lượt", "1,05", 1_050_000, "count", "lượt", "khách quốc tế đến từ Hàn Quốc", I(P9),
      approx="about", percent=49),
    F("(412.000 lượt)", "412.000", 412000, "count", "lượt", "khách quốc tế đến từ Trung Quốc", I(P9)),
    F("(186.000 lượt)", "186.000", 186000, "count", "lượt", "khách quốc tế đến từ Nga", I(P9)),
    F("(63.500 lượt)", "63.500", 63500, "count", "lượt", "khách quốc tế đến từ Đài Loan (Trung Quốc)", I(P9)),
    F("gấp 3,4 lần cùng kỳ", "3,4", 3.4, "multiple", "lần", "khách quốc tế từ thị trường Ấn Độ so với cùng kỳ", I(P9)),
    F("khoảng 2,9 triệu đồng/ngày", "2,9", 2_900_000, "money", "đồng/ngày",
      "mức chi tiêu bình quân của một khách quốc tế", approx="about"),
    F("bình quân 4,3 ngày", "4,3", 4.3, "measure", "ngày", "thời gian lưu trú bình quân của khách quốc tế"),
    F("ước đạt 32.600 tỷ đồng", "32.600", 32_600_000_000_000, "money", "đồng", "tổng thu từ khách du lịch",
      P("9 tháng", "2024-01-01", "2024-09-30"), change=C("increase", 41, baseline="cùng kỳ"), status="estimate"),
    F("đón 2,4 triệu lượt", "2,4", 2_400_000, "count", "lượt khách", "khách quốc tế",
      P("năm 2024", "2024-01-01", "2024-12-31"), status="target"),
    F("thêm 6 đường bay", "6", 6, "count", "đường bay", "đường bay quốc tế mới",
      P("quý IV/2024", "2024-10-01", "2024-12-31"), status="forecast"),
]

NOTES = [
    "Province portal (Khánh Hòa): international arrivals, Cam Ranh airport, markets, spending, 9 months 2024.",
    "Distractors: breadcrumb, 'Cập nhật: 08/10/2024 09:45', 'Lượt xem: 2.317', 'Nghị quyết số 09-NQ/TW', 'lần thứ 10', 'tháng 6/2025', 'đường Trần Phú'.",
    "Market list items (Trung Quốc, Nga, Đài Loan) share the indicator 'khách quốc tế đến từ ...'; a market is not a location.",
    "Cam Ranh stands only inside the airport's name, so airport figures stay Khánh Hòa. 'hiện có 26 đường bay' has no period.",
    "'gấp 3,4 lần cùng kỳ' stands as its own claim about the Indian market (no base amount): multiple.",
]

write("p1091-1", TEXT, FIGS, NOTES, published="2024-10-08", location="Khánh Hòa")

"""p1040-5: Party/provincial newspaper (Báo Đà Nẵng), đua thuyền trên sông Hàn Tết Giáp Thìn 2024; byline + bare date at end."""
from lib import F, P, Y, I, C, T, write

TEXT = """Rộn ràng đua thuyền trên sông Hàn mừng Xuân

Chiều 13/2 (mùng 4 Tết Giáp Thìn), Sở Văn hóa và Thể thao thành phố Đà Nẵng tổ chức Lễ hội đua thuyền truyền thống mừng Đảng, mừng Xuân Giáp Thìn 2024 trên sông Hàn, đoạn từ cầu Rồng đến cầu Trần Thị Lý. Đây là lần thứ 27 lễ hội được tổ chức vào dịp Tết.

Lễ hội có 12 đội thuyền nam và 8 đội thuyền nữ của 7 quận, huyện với hơn 460 vận động viên. Theo Ban Tổ chức, khoảng 50.000 người dân và du khách đã đứng kín hai bên bờ sông để cổ vũ.

Chung cuộc, đội thuyền nam quận Sơn Trà và đội thuyền nữ huyện Hòa Vang giành giải Nhất. Tổng giá trị giải thưởng năm nay là 240 triệu đồng, trong đó giải Nhất nam 30 triệu đồng, giải Nhất nữ 25 triệu đồng. Mức thưởng này gấp 1,5 lần năm 2023.

Ông Nguyễn Văn Phú, Giám đốc Sở Văn hóa và Thể thao, cho biết kinh phí tổ chức lễ hội khoảng 1,1 tỷ đồng, chủ yếu từ nguồn xã hội hóa. Năm nay, thành phố dự kiến tổ chức 3 lễ hội đua thuyền vào dịp Tết, Lễ hội Cầu ngư và Quốc khánh 2/9, với tổng kinh phí khoảng 3,5 tỷ đồng.

Theo Sở Du lịch, trong 4 ngày nghỉ Tết (từ 10 đến 13/2), lượt khách do các cơ sở lưu trú phục vụ ước đạt 215.000 lượt, tăng 32% so với cùng kỳ năm 2023; trong đó khách quốc tế khoảng 110.000 lượt. Công suất phòng bình quân đạt 60-65%. Tại bến du thuyền sông Hàn, 46 tàu du lịch phục vụ hơn 12.000 lượt khách ngắm đua thuyền.

Lễ hội góp phần giữ gìn nét đẹp văn hóa sông nước, quảng bá hình ảnh Đà Nẵng đến du khách trong và ngoài nước.

THANH TÂM
14/02/2024
"""

Y24 = Y(2024, "năm nay")
TET = P("từ 10 đến 13/2", "2024-02-10", "2024-02-13")
FEST = P("Chiều 13/2", "2024-02-13", "2024-02-13", inherited=True)

FIGS = [
    F("có 12 đội thuyền nam", "12", 12, "count", "đội thuyền", "đội thuyền nam tham gia lễ hội", FEST),
    F("8 đội thuyền nữ", "8", 8, "count", "đội thuyền", "đội thuyền nữ tham gia lễ hội", FEST),
    F("của 7 quận, huyện", "7", 7, "count", "quận, huyện", "quận, huyện có đội thuyền tham gia", FEST),
    F("hơn 460 vận động viên", "460", 460, "count", "vận động viên", "vận động viên tham gia lễ hội", FEST,
      approx="over"),
    F("khoảng 50.000 người", "50.000", 50000, "count", "người", "người dân và du khách cổ vũ", FEST,
      approx="about"),
    F("là 240 triệu đồng", "240", 240e6, "money", "đồng", "tổng giá trị giải thưởng", Y24),
    F("nam 30 triệu đồng", "30", 30e6, "money", "đồng", "giải Nhất nam", Y24, total=240e6),
    F("nữ 25 triệu đồng", "25", 25e6, "money", "đồng", "giải Nhất nữ", Y24, total=240e6),
    F("gấp 1,5 lần", "1,5", 1.5, "multiple", "lần", "mức thưởng so với năm 2023"),
    F("khoảng 1,1 tỷ đồng", "1,1", 1.1e9, "money", "đồng", "kinh phí tổ chức lễ hội", FEST, approx="about"),
    F("tổ chức 3 lễ hội", "3", 3, "count", "lễ hội", "lễ hội đua thuyền", Y(2024, "Năm nay"), status="forecast"),
    F("khoảng 3,5 tỷ đồng", "3,5", 3.5e9, "money", "đồng", "tổng kinh phí lễ hội đua thuyền",
      Y(2024, "Năm nay"), approx="about", status="forecast"),
    F("ước đạt 215.000 lượt", "215.000", 215000, "count", "lượt", "lượt khách do các cơ sở lưu trú phục vụ", TET,
      status="estimate", change=C("increase", 32, "%", "cùng kỳ năm 2023")),
    F("khoảng 110.000 lượt", "110.000", 110000, "count", "lượt", "khách quốc tế", TET, approx="about",
      total=215000, status="estimate"),
    F("60-65%", "60", 60, "percent", "%", "công suất phòng bình quân", I(TET), value_max=65),
    F("46 tàu du lịch", "46", 46, "count", "tàu du lịch", "tàu du lịch phục vụ khách ngắm đua thuyền", I(TET)),
    F("hơn 12.000 lượt khách", "12.000", 12000, "count", "lượt khách", "lượt khách ngắm đua thuyền bằng tàu du lịch",
      I(TET), approx="over"),
]

NOTES = [
    "Báo Đà Nẵng: đua thuyền truyền thống trên sông Hàn mùng 4 Tết Giáp Thìn (13/2/2024); byline and bare date at the end.",
    "Not figures: 'mùng 4 Tết', 'lần thứ 27' (ordinal), 'Quốc khánh 2/9', '4 ngày nghỉ Tết' (a duration that locates the period),",
    "'cầu Trần Thị Lý'. 'gấp 1,5 lần năm 2023' stands as its own sentence: a multiple. 'năm nay' = 2024.",
    "'trong đó khách quốc tế khoảng 110.000 lượt' continues the estimated clause: total 215.000, status estimate.",
    "All figures Đà Nẵng (the winners' districts Sơn Trà / Hòa Vang describe no figure).",
]

write("p1040-5", TEXT, FIGS, NOTES, published="2024-02-14", location="Đà Nẵng")

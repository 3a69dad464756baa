from lib import *

TEXT = """Trang chủ > Tin tức - Sự kiện > Văn hóa - Xã hội

Hơn 200.000 lượt khách dự Lễ hội Oóc Om Bóc – Đua ghe Ngo Sóc Trăng năm 2024

Cập nhật: 16/11/2024 08:45 | Lượt xem: 4.582

(STO) – Tối 15/11, Ban Tổ chức Lễ hội Oóc Om Bóc – Đua ghe Ngo tỉnh Sóc Trăng lần thứ V đã tổng kết, trao giải Giải đua ghe Ngo trên sông Maspero, đoạn qua đường Hùng Vương, Phường 6, TP. Sóc Trăng.

Năm nay, giải thu hút 62 đội ghe tham gia, tăng 8 đội so với năm 2023, trong đó có 51 đội ghe nam và 11 đội ghe nữ. Tổng số vận động viên (tay bơi) là 3.674 người; mỗi ghe có từ 50 đến 64 tay bơi. Các ghe thi đấu ở cự ly 1.200 m đối với nam và 800 m đối với nữ.

Các địa phương có nhiều ghe tham gia nhất là huyện Trần Đề (12 ghe), huyện Mỹ Xuyên (10 ghe), thị xã Vĩnh Châu (9 ghe) và TP. Sóc Trăng (7 ghe). Ghe Ngo chùa Kos Thum (huyện Trần Đề) đoạt giải Nhất nội dung ghe nam; ghe chùa Bưng Chông (thị xã Vĩnh Châu) đoạt giải Nhất nội dung ghe nữ.

Theo Ban Tổ chức, trong 3 ngày diễn ra lễ hội (từ ngày 13 đến 15/11), ước có hơn 200.000 lượt khách đến tham quan, cổ vũ, tăng khoảng 15% so với năm trước. Khu vực khán đài dọc bờ sông bố trí gần 5.000 chỗ ngồi.

Tổng giá trị giải thưởng năm nay trên 1,1 tỷ đồng; giải Nhất nội dung ghe nam trị giá 120 triệu đồng, giải Nhất ghe nữ 60 triệu đồng. Ngoài ra, mỗi ghe tham gia được hỗ trợ 25 triệu đồng/ghe chi phí tập luyện. Tổng kinh phí tổ chức giải khoảng 4,8 tỷ đồng, trong đó ngân sách tỉnh 1,9 tỷ đồng, nguồn xã hội hóa 2,9 tỷ đồng, chiếm 60,4%.

Ban Biên tập Cổng TTĐT tỉnh Sóc Trăng – Số 01 Trần Hưng Đạo, Phường 2, TP. Sóc Trăng. ĐT: 0299.3822.145
"""

Y24 = Y(2024)
NN = P("Năm nay", "2024-01-01", "2024-12-31")
nn = P("năm nay", "2024-01-01", "2024-12-31")
FEST = P("từ ngày 13 đến 15/11", "2024-11-13", "2024-11-15")

FIGS = [
    F("Hơn 200.000 lượt khách dự", "200.000", 200000, "count", "lượt khách",
      "lượt khách dự Lễ hội Oóc Om Bóc – Đua ghe Ngo Sóc Trăng", Y24, approx="over"),
    F("thu hút 62 đội ghe", "62", 62, "count", "đội ghe", "đội ghe tham gia giải", NN,
      change=CH("increase", 8, "đội", "năm 2023")),
    F("có 51 đội ghe nam", "51", 51, "count", "đội ghe", "đội ghe nam", NN, total=62),
    F("11 đội ghe nữ", "11", 11, "count", "đội ghe", "đội ghe nữ", NN, total=62),
    F("là 3.674 người", "3.674", 3674, "count", "người", "Tổng số vận động viên (tay bơi)", I(NN)),
    F("từ 50 đến 64 tay bơi", "50", 50, "count", "tay bơi", "tay bơi mỗi ghe", I(NN), value_max=64),
    F("cự ly 1.200 m", "1.200", 1200, "measure", "m", "cự ly thi đấu đối với nam"),
    F("và 800 m", "800", 800, "measure", "m", "cự ly thi đấu đối với nữ"),
    F("Trần Đề (12 ghe)", "12", 12, "count", "ghe", "ghe tham gia", I(NN), location="Trần Đề"),
    F("Mỹ Xuyên (10 ghe)", "10", 10, "count", "ghe", "ghe tham gia", I(NN), location="Mỹ Xuyên"),
    F("Vĩnh Châu (9 ghe)", "9", 9, "count", "ghe", "ghe tham gia", I(NN), location="Vĩnh Châu"),
    F("Sóc Trăng (7 ghe)", "7", 7, "count", "ghe", "ghe tham gia", I(NN), location="Sóc Trăng"),
    F("trong 3 ngày diễn ra", "3", 3, "measure", "ngày", "thời gian diễn ra lễ hội", optional=True),
    F("có hơn 200.000 lượt khách đến", "200.000", 200000, "count", "lượt khách",
      "lượt khách đến tham quan, cổ vũ", FEST, approx="over", status="estimate",
      change=CH("increase", 15, "%", "năm trước", "about")),
    F("gần 5.000 chỗ ngồi", "5.000", 5000, "count", "chỗ ngồi", "chỗ ngồi khu vực khán đài dọc bờ sông",
      I(FEST), approx="nearly"),
    F("trên 1,1 tỷ đồng", "1,1", 1.1e9, "money", "đồng", "Tổng giá trị giải thưởng", nn, approx="over"),
    F("trị giá 120 triệu đồng", "120", 120e6, "money", "đồng", "giải Nhất nội dung ghe nam", nn),
    F("ghe nữ 60 triệu đồng", "60", 60e6, "money", "đồng", "giải Nhất ghe nữ", nn),
    F("hỗ trợ 25 triệu đồng/ghe", "25", 25e6, "money", "đồng/ghe", "hỗ trợ chi phí tập luyện mỗi ghe tham gia", I(nn)),
    F("khoảng 4,8 tỷ đồng", "4,8", 4.8e9, "money", "đồng", "Tổng kinh phí tổ chức giải", I(nn), approx="about"),
    F("ngân sách tỉnh 1,9 tỷ đồng", "1,9", 1.9e9, "money", "đồng", "kinh phí tổ chức giải từ ngân sách tỉnh", I(nn),
      total=4.8e9),
    F("xã hội hóa 2,9 tỷ đồng", "2,9", 2.9e9, "money", "đồng", "kinh phí tổ chức giải từ nguồn xã hội hóa", I(nn),
      total=4.8e9, percent=60.4),
]

COMMENTS = [
    "Province portal (Sóc Trăng): Lễ hội Oóc Om Bóc – Đua ghe Ngo 2024: teams, paddlers, spectators, prizes, funding.",
    "Breadcrumb, 'Cập nhật: 16/11/2024 08:45', 'Lượt xem: 4.582' (counter). 'lần thứ V', 'Phường 6', 'Số 01 Trần Hưng Đạo', phone, 'giải Nhất' are not figures.",
    "'Năm nay' = 2024 (the dateline's year). The date range 'từ ngày 13 đến 15/11' is a period (cf. shared h20). '3 ngày' duration optional.",
    "District list in brackets: indicator 'ghe tham gia', districts to location, no total (no cue, does not add up to 62).",
]

if __name__ == "__main__":
    emit("p740-1", TEXT, COMMENTS, FIGS, published="2024-11-16", location="Sóc Trăng")

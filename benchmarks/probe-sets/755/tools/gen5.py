from lib import F, P, I, CH, emit

TEXT = """Bóng chuyền phong trào "phủ sóng" làng quê Thái Bình

Từ đầu năm đến nay, toàn tỉnh Thái Bình có hơn 1.900 đội bóng chuyền phong trào nam, nữ thường xuyên tập luyện, thi đấu, tăng khoảng 300 đội so với năm 2022.

Theo Sở Văn hóa, Thể thao và Du lịch, 8 tháng năm 2023, các địa phương đã tổ chức 356 giải bóng chuyền từ cấp thôn đến cấp huyện, trong đó có 41 giải do cấp huyện tổ chức. Kinh phí làm sân, mua lưới, bóng chủ yếu từ nguồn xã hội hóa với tổng số tiền khoảng 18,5 tỷ đồng; mỗi sân bóng chuyền đạt chuẩn có chi phí từ 60 đến 80 triệu đồng.

Ở huyện Vũ Thư, 100% thôn, làng đã có sân bóng chuyền. Thôn Nam Tiến (xã Vũ Hội, huyện Vũ Thư) có 3 đội bóng chuyền; mỗi tối có khoảng 50 - 60 người ra sân tập luyện, cổ vũ. Sân bóng của thôn nằm sát Quốc lộ 10, được xây dựng năm 2019 bằng tiền đóng góp của 212 hộ dân.

Giải bóng chuyền nữ tỉnh Thái Bình lần thứ VI năm 2023 có 28 đội tham gia, tăng 6 đội so với giải năm trước; tổng giá trị giải thưởng 120 triệu đồng. Đội xã Song Lãng (huyện Vũ Thư) giành ngôi vô địch sau 7 trận toàn thắng.

Ông Nguyễn Văn Tuấn, Phó Giám đốc Sở Văn hóa, Thể thao và Du lịch cho biết, phấn đấu đến hết năm 2025, 100% xã, thị trấn trong tỉnh có đội bóng chuyền nữ tham gia giải cấp huyện.

Bài, ảnh: Minh Hằng
15/09/2023
"""

M8 = P("8 tháng năm 2023", "2023-01-01", "2023-08-31")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")

FIGS = [
    F("hơn 1.900 đội", "1.900", 1900, "count", "đội bóng chuyền", "đội bóng chuyền phong trào nam, nữ thường xuyên tập luyện, thi đấu",
      P("Từ đầu năm đến nay", "2023-01-01", "2023-09-15"), approx="over",
      change=CH("increase", 300, "đội", "năm 2022", approx="about")),
    F("tổ chức 356 giải", "356", 356, "count", "giải", "giải bóng chuyền từ cấp thôn đến cấp huyện", M8),
    F("có 41 giải", "41", 41, "count", "giải", "giải bóng chuyền do cấp huyện tổ chức", M8, total=356),
    F("khoảng 18,5 tỷ đồng", "18,5", 18.5e9, "money", "đồng", "kinh phí làm sân, mua lưới, bóng từ nguồn xã hội hóa",
      I(M8), approx="about"),
    F("từ 60 đến 80 triệu đồng", "60", 60e6, "money", "đồng", "chi phí mỗi sân bóng chuyền đạt chuẩn", value_max=80e6),
    F("100% thôn, làng", "100", 100, "percent", "%", "thôn, làng có sân bóng chuyền", location="Vũ Thư"),
    F("có 3 đội", "3", 3, "count", "đội bóng chuyền", "đội bóng chuyền của thôn Nam Tiến", location="Vũ Thư"),
    F("khoảng 50 - 60 người", "50", 50, "count", "người", "người ra sân tập luyện, cổ vũ mỗi tối", value_max=60,
      approx="about", location="Vũ Thư"),
    F("212 hộ dân", "212", 212, "count", "hộ dân", "hộ dân đóng góp xây dựng sân bóng của thôn",
      P("năm 2019", "2019-01-01", "2019-12-31"), location="Vũ Thư"),
    F("có 28 đội", "28", 28, "count", "đội", "đội tham gia Giải bóng chuyền nữ tỉnh Thái Bình", Y23,
      change=CH("increase", 6, "đội", "giải năm trước")),
    F("thưởng 120 triệu đồng", "120", 120e6, "money", "đồng", "tổng giá trị giải thưởng Giải bóng chuyền nữ tỉnh", Y23),
    F("sau 7 trận", "7", 7, "count", "trận", "trận toàn thắng của đội xã Song Lãng", I(Y23), location="Vũ Thư"),
    F("100% xã", "100", 100, "percent", "%", "xã, thị trấn có đội bóng chuyền nữ tham gia giải cấp huyện",
      P("đến hết năm 2025", None, "2025-12-31"), status="target"),
]

COMMENTS = [
    "Báo Thái Bình (Party newspaper): bóng chuyền phong trào, byline and bare date '15/09/2023' at the end (= published).",
    "'Từ đầu năm đến nay' runs to the published date. Village and commune figures in Vũ Thư take the district (Vũ Thư) as location;",
    "'Thôn Nam Tiến (xã Vũ Hội, huyện Vũ Thư)' and 'Đội xã Song Lãng (huyện Vũ Thư)' name the district.",
    "A per-court cost range 'từ 60 đến 80 triệu đồng' is money with value_max. 'năm 2019' is the year the 212 households paid.",
    "Distractors: 'lần thứ VI', 'Quốc lộ 10', date line, byline.",
]

if __name__ == "__main__":
    emit("p755-5", TEXT, COMMENTS, FIGS, published="2023-09-15", location="Thái Bình")

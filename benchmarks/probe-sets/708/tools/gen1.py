from lib import F, P, I, CH, emit

TEXT = """Trang chủ > Tin tức - Sự kiện > Văn hóa - Xã hội

Bắc Kạn: Hơn 120 câu lạc bộ hát then - đàn tính duy trì sinh hoạt

Cập nhật: 14/08/2024 10:20 | Lượt xem: 1.284

Theo Sở Văn hóa, Thể thao và Du lịch, tính đến ngày 30/6/2024, toàn tỉnh có 126 câu lạc bộ hát then - đàn tính với khoảng 2.450 thành viên, tăng 14 câu lạc bộ so với cuối năm 2022. Các huyện có nhiều câu lạc bộ là Ba Bể (27 câu lạc bộ), Pác Nặm (22 câu lạc bộ), Chợ Đồn (19 câu lạc bộ) và Na Rì (17 câu lạc bộ). Bình quân toàn tỉnh có 76,6 thành viên/vạn dân.

Sáu tháng đầu năm 2024, tỉnh mở 18 lớp truyền dạy hát then, đàn tính cho 540 học viên, đạt 60% kế hoạch năm; trong đó có 312 học viên là học sinh tiểu học và trung học cơ sở. Kinh phí hỗ trợ mở lớp là 1,35 tỷ đồng, bình quân 75 triệu đồng/lớp.

Hiện tỉnh có 9 nghệ nhân được Chủ tịch nước phong tặng danh hiệu Nghệ nhân Ưu tú về hát then, trong đó 2 nghệ nhân là người dân tộc Nùng. Năm 2023, đoàn nghệ nhân Bắc Kạn tham gia Liên hoan nghệ thuật hát then, đàn tính toàn quốc lần thứ VII với 35 diễn viên, giành 2 Huy chương Vàng và 3 Huy chương Bạc.

Theo Kế hoạch số 245/KH-UBND, phấn đấu đến năm 2025 mỗi huyện, thành phố có ít nhất 10 câu lạc bộ hát then hoạt động thường xuyên; 100% trường tiểu học vùng đồng bào dân tộc thiểu số đưa hát then vào hoạt động ngoại khóa. Tỉnh dự kiến bố trí khoảng 4,2 tỷ đồng cho các hoạt động này trong giai đoạn 2024-2025.

Phòng Quản lý văn hóa, số 7 đường Trường Chinh, phường Đức Xuân, thành phố Bắc Kạn; điện thoại: 0209.3870.512.
"""

ASOF = P("tính đến ngày 30/6/2024", None, "2024-06-30")
H1 = P("Sáu tháng đầu năm 2024", "2024-01-01", "2024-06-30")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")
CLB = "câu lạc bộ hát then - đàn tính"

FIGS = [
    F("Hơn 120 câu lạc bộ", "120", 120, "count", "câu lạc bộ", "câu lạc bộ hát then - đàn tính duy trì sinh hoạt",
      I(ASOF), approx="over"),
    F("có 126 câu lạc bộ", "126", 126, "count", "câu lạc bộ", CLB, ASOF,
      change=CH("increase", 14, "câu lạc bộ", "cuối năm 2022")),
    F("khoảng 2.450 thành viên", "2.450", 2450, "count", "thành viên", "thành viên câu lạc bộ hát then - đàn tính", ASOF,
      approx="about"),
    F("Ba Bể (27", "27", 27, "count", "câu lạc bộ", CLB, I(ASOF), location="Ba Bể"),
    F("Pác Nặm (22", "22", 22, "count", "câu lạc bộ", CLB, I(ASOF), location="Pác Nặm"),
    F("Chợ Đồn (19", "19", 19, "count", "câu lạc bộ", CLB, I(ASOF), location="Chợ Đồn"),
    F("Na Rì (17", "17", 17, "count", "câu lạc bộ", CLB, I(ASOF), location="Na Rì"),
    F("có 76,6 thành viên", "76,6", 76.6, "measure", "thành viên/vạn dân",
      "thành viên câu lạc bộ bình quân toàn tỉnh", I(ASOF)),
    F("mở 18 lớp", "18", 18, "count", "lớp", "lớp truyền dạy hát then, đàn tính", H1),
    F("cho 540 học viên", "540", 540, "count", "học viên", "học viên lớp truyền dạy hát then, đàn tính", H1, percent=60),
    F("có 312 học viên", "312", 312, "count", "học viên", "học viên là học sinh tiểu học và trung học cơ sở", H1,
      total=540),
    F("là 1,35 tỷ đồng", "1,35", 1.35e9, "money", "đồng", "kinh phí hỗ trợ mở lớp", I(H1)),
    F("bình quân 75 triệu đồng/lớp", "75", 75e6, "money", "đồng/lớp", "kinh phí hỗ trợ mở lớp bình quân", I(H1)),
    F("có 9 nghệ nhân", "9", 9, "count", "nghệ nhân", "nghệ nhân được phong tặng danh hiệu Nghệ nhân Ưu tú về hát then"),
    F("2 nghệ nhân là người", "2", 2, "count", "nghệ nhân", "nghệ nhân là người dân tộc Nùng", total=9),
    F("với 35 diễn viên", "35", 35, "count", "diễn viên",
      "diễn viên đoàn nghệ nhân Bắc Kạn tham gia Liên hoan nghệ thuật hát then, đàn tính toàn quốc", Y23),
    F("giành 2 Huy chương Vàng", "2", 2, "count", "Huy chương Vàng", "Huy chương Vàng đoàn nghệ nhân Bắc Kạn giành", Y23),
    F("3 Huy chương Bạc", "3", 3, "count", "Huy chương Bạc", "Huy chương Bạc đoàn nghệ nhân Bắc Kạn giành", Y23),
    F("ít nhất 10 câu lạc bộ", "10", 10, "count", "câu lạc bộ",
      "câu lạc bộ hát then hoạt động thường xuyên mỗi huyện, thành phố", T25, approx="at_least", status="target"),
    F("100% trường tiểu học", "100", 100, "percent", "%",
      "trường tiểu học vùng đồng bào dân tộc thiểu số đưa hát then vào hoạt động ngoại khóa", T25, status="target"),
    F("khoảng 4,2 tỷ đồng", "4,2", 4.2e9, "money", "đồng", "kinh phí bố trí cho các hoạt động bảo tồn hát then",
      P("giai đoạn 2024-2025", "2024-01-01", "2025-12-31"), approx="about", status="forecast"),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Bắc Kạn: câu lạc bộ hát then - đàn tính, lớp truyền dạy, nghệ nhân, liên hoan, mục tiêu 2025.",
    "Province portal: breadcrumb, 'Cập nhật: 14/08/2024 10:20', 'Lượt xem: 1.284' (counter, not a figure).",
    "The change 'tăng 14 câu lạc bộ' (unit câu lạc bộ) belongs to the 126 clubs, not to the 2.450 members stated between them.",
    "District items in brackets have no cue and do not add up to 126: no total; district goes to location.",
    "Distractors: Kế hoạch số 245/KH-UBND, 'lần thứ VII', 'số 7 đường Trường Chinh', phone 0209.3870.512, '/vạn dân'.",
]

if __name__ == "__main__":
    emit("p708-1", TEXT, COMMENTS, FIGS, published="2024-08-14", location="Bắc Kạn")

from lib import F, P, I, CH, TG, emit

TEXT = """Giải trí > Phim
Thứ hai, 1/4/2024, 07:00 (GMT+7)
Phim Việt thu gần 900 tỷ đồng trong quý I

Doanh thu phim Việt quý I/2024 đạt gần 900 tỷ đồng, gấp 2,3 lần cùng kỳ năm ngoái, theo số liệu của đơn vị thống kê độc lập Box Office Vietnam.

Tổng doanh thu phòng vé toàn thị trường trong quý ước đạt 1.480 tỷ đồng, tăng 18% so với quý I/2023. Như vậy, phim nội chiếm khoảng 60% doanh thu, lần đầu tiên vượt phim ngoại kể từ năm 2019.

Dẫn đầu là "Nắng bên sông" với 520 tỷ đồng sau 7 tuần công chiếu, xếp thứ nhất trong danh sách phim Việt ăn khách nhất mọi thời đại. Tiếp theo là "Gió qua đồi" 86 tỷ đồng và "Ba mươi Tết" 64 tỷ đồng. Bộ phim kinh dị "Phòng 301" ra rạp ngày 8/3 cũng thu hơn 40 tỷ đồng. Phim ngoại ăn khách nhất quý là "Dune: Hành tinh cát - Phần 2" với khoảng 95 tỷ đồng.

Lượng vé bán ra trong quý khoảng 17,6 triệu vé; giá vé bình quân 84.000 đồng/vé, tăng 3.000 đồng so với năm 2023. Riêng dịp Tết Nguyên đán (từ ngày 10 đến 14/2), các rạp bán được 3,9 triệu vé, chiếm 22% lượng vé cả quý.

Theo các nhà phát hành, doanh thu phòng vé cả năm 2024 dự kiến đạt 4.800-5.000 tỷ đồng. Cả nước hiện có khoảng 1.200 phòng chiếu, trong đó CGV chiếm 42% số phòng, Lotte Cinema 19%, Galaxy 12%.

Hà Thu
"""

Q1 = P("quý I/2024", "2024-01-01", "2024-03-31")
QQ = P("trong quý", "2024-01-01", "2024-03-31")

FIGS = [
    F("gần 900 tỷ đồng trong", "900", 900e9, "money", "đồng", "doanh thu phim Việt",
      P("quý I", "2024-01-01", "2024-03-31"), approx="nearly"),
    F("đạt gần 900 tỷ đồng", "900", 900e9, "money", "đồng", "doanh thu phim Việt", Q1, approx="nearly",
      change=CH("increase", 2.3, "lần", baseline="cùng kỳ năm ngoái")),
    F("ước đạt 1.480 tỷ đồng", "1.480", 1.48e12, "money", "đồng", "tổng doanh thu phòng vé toàn thị trường", QQ,
      change=CH("increase", 18, baseline="quý I/2023"), status="estimate"),
    F("khoảng 60%", "60", 60, "percent", "%", "tỷ trọng phim nội trong doanh thu", I(QQ), approx="about"),
    F("với 520 tỷ đồng", "520", 520e9, "money", "đồng", "doanh thu phim Nắng bên sông"),
    F("sau 7 tuần", "7", 7, "measure", "tuần", "thời gian công chiếu", optional=True),
    F("xếp thứ nhất", "nhất", 1, "rank", "hạng", "phim Việt ăn khách nhất mọi thời đại"),
    F("\"Gió qua đồi\" 86 tỷ đồng", "86", 86e9, "money", "đồng", "doanh thu phim Gió qua đồi"),
    F("Tết\" 64 tỷ đồng", "64", 64e9, "money", "đồng", "doanh thu phim Ba mươi Tết"),
    F("hơn 40 tỷ đồng", "40", 40e9, "money", "đồng", "doanh thu phim Phòng 301", approx="over"),
    F("khoảng 95 tỷ đồng", "95", 95e9, "money", "đồng", "doanh thu phim Dune: Hành tinh cát - Phần 2", approx="about"),
    F("khoảng 17,6 triệu vé", "17,6", 17.6e6, "count", "vé", "lượng vé bán ra", QQ, approx="about"),
    F("84.000 đồng/vé", "84.000", 84000, "money", "đồng/vé", "giá vé bình quân", QQ,
      change=CH("increase", 3000, "đồng", baseline="năm 2023")),
    F("được 3,9 triệu vé", "3,9", 3.9e6, "count", "vé", "vé bán được dịp Tết Nguyên đán",
      P("từ ngày 10 đến 14/2", "2024-02-10", "2024-02-14"), percent=22),
    F("đạt 4.800-5.000 tỷ đồng", "4.800", 4.8e12, "money", "đồng", "doanh thu phòng vé cả năm",
      P("cả năm 2024", "2024-01-01", "2024-12-31"), value_max=5e12, status="forecast"),
    F("khoảng 1.200 phòng chiếu", "1.200", 1200, "count", "phòng chiếu", "phòng chiếu", approx="about"),
    F("chiếm 42%", "42", 42, "percent", "%", "tỷ lệ phòng chiếu của CGV"),
    F("Lotte Cinema 19%", "19", 19, "percent", "%", "tỷ lệ phòng chiếu của Lotte Cinema"),
    F("Galaxy 12%", "12", 12, "percent", "%", "tỷ lệ phòng chiếu của Galaxy"),
]

COMMENTS = [
    "Probe 717-6: national press (VnExpress style, 'Thứ hai, 1/4/2024, 07:00 (GMT+7)', byline at the end): box office Q1/2024.",
    "All figures national (Việt Nam). 'gấp 2,3 lần cùng kỳ năm ngoái' after 900 tỷ is its change (lần).",
    "'trong quý' (no number) is the quarter of the article: Q1/2024 (cf. 'trong tháng' in a monthly report).",
    "Film titles are not places: subject 'doanh thu phim <title>'; 'Ba mươi Tết', 'Phòng 301', 'Phần 2' are names, not figures.",
    "'tăng 3.000 đồng so với năm 2023' is the change of 84.000 đồng/vé (unit đồng). 'chiếm 22%' is the share of 3,9 triệu vé.",
    "'CGV chiếm 42% số phòng, Lotte Cinema 19%, Galaxy 12%': percent figures of their own (no count to attach to).",
    "'sau 7 tuần công chiếu' optional. Distractors: (GMT+7), lần đầu tiên, năm 2019, ngày 8/3, từ ngày 10 đến 14/2.",
]

if __name__ == "__main__":
    emit("p717-6", TEXT, COMMENTS, FIGS, published="2024-04-01", location="Việt Nam")

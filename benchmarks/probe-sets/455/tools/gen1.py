from lib import F, P, I, CH, TG, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH QUẢNG BÌNH
Trang chủ > Văn hóa - Xã hội > Thể dục thể thao

Bế mạc Đại hội Thể dục thể thao tỉnh Quảng Bình lần thứ IX năm 2022
Cập nhật: 28/08/2022 10:15
Lượt xem: 3.046

Tối 27/8, tại Nhà thi đấu thể thao tỉnh (số 2 đường Hữu Nghị, thành phố Đồng Hới), Ban Tổ chức Đại hội Thể dục thể thao (TDTT) tỉnh lần thứ IX đã tổ chức lễ bế mạc và trao cờ, cúp cho các đơn vị đạt thành tích cao.

Đại hội đã thu hút 2.356 vận động viên của 8 đoàn các huyện, thị xã, thành phố và 4 đoàn khối ngành tham gia tranh tài ở 16 môn thể thao, tăng 3 môn so với Đại hội lần thứ VIII năm 2018. Ban Tổ chức đã trao 498 bộ huy chương, gồm 165 bộ HCV, 160 bộ HCB và 173 bộ HCĐ. Các vận động viên đã phá 7 kỷ lục của tỉnh, trong đó môn Điền kinh 5 kỷ lục, môn Bơi 2 kỷ lục.

Kết quả xếp hạng toàn đoàn khối huyện, thành phố Đồng Hới xếp thứ nhất với 56 HCV, 41 HCB, 38 HCĐ; huyện Bố Trạch xếp thứ nhì với 27 HCV, 25 HCB, 31 HCĐ; thị xã Ba Đồn xếp thứ ba với 22 HCV, 24 HCB, 19 HCĐ. Ở khối ngành, đoàn Công an tỉnh dẫn đầu với 18 HCV.

Phát biểu bế mạc, Phó Chủ tịch UBND tỉnh Hồ An Phong cho biết, thông qua Đại hội, phong trào TDTT quần chúng tiếp tục phát triển; đến nay, toàn tỉnh có 34,6% dân số tập luyện TDTT thường xuyên, 25,1% số hộ đạt tiêu chuẩn gia đình thể thao và 1.125 câu lạc bộ TDTT cơ sở. Tỉnh phấn đấu đến năm 2025 có 38% dân số tập luyện TDTT thường xuyên và trên 28% số hộ gia đình thể thao.

Mọi thông tin xin liên hệ Sở Văn hóa và Thể thao, điện thoại 0232.3822.517.
"""

Y22i = P("năm 2022", "2022-01-01", "2022-12-31", inherited=True)
NOW = P("đến nay", end="2022-08-28")
T25 = P("đến năm 2025", end="2025-12-31")
RANK = "xếp hạng toàn đoàn khối huyện"

figs = [
    F("thu hút 2.356 vận động viên", "2.356", 2356, "count", "vận động viên", "vận động viên tham gia tranh tài", Y22i),
    F("của 8 đoàn", "8", 8, "count", "đoàn", "đoàn các huyện, thị xã, thành phố", Y22i),
    F("và 4 đoàn khối ngành", "4", 4, "count", "đoàn", "đoàn khối ngành", Y22i),
    F("ở 16 môn thể thao", "16", 16, "count", "môn thể thao", "môn thể thao tranh tài", Y22i,
      change=CH("increase", 3, "môn", "Đại hội lần thứ VIII năm 2018")),
    F("trao 498 bộ huy chương", "498", 498, "count", "bộ huy chương", "bộ huy chương được trao", Y22i),
    F("gồm 165 bộ HCV", "165", 165, "count", "bộ HCV", "bộ HCV", Y22i, total=498),
    F("160 bộ HCB", "160", 160, "count", "bộ HCB", "bộ HCB", Y22i, total=498),
    F("173 bộ HCĐ", "173", 173, "count", "bộ HCĐ", "bộ HCĐ", Y22i, total=498),
    F("phá 7 kỷ lục", "7", 7, "count", "kỷ lục", "kỷ lục của tỉnh bị phá", Y22i),
    F("Điền kinh 5 kỷ lục", "5", 5, "count", "kỷ lục", "kỷ lục môn Điền kinh bị phá", Y22i, total=7),
    F("Bơi 2 kỷ lục", "2", 2, "count", "kỷ lục", "kỷ lục môn Bơi bị phá", Y22i, total=7),
    F("Hới xếp thứ nhất", "nhất", 1, "rank", "hạng", RANK, Y22i, location="Đồng Hới"),
    F("56 HCV", "56", 56, "count", "HCV", "HCV", Y22i, location="Đồng Hới"),
    F("41 HCB", "41", 41, "count", "HCB", "HCB", Y22i, location="Đồng Hới"),
    F("38 HCĐ", "38", 38, "count", "HCĐ", "HCĐ", Y22i, location="Đồng Hới"),
    F("Trạch xếp thứ nhì", "nhì", 2, "rank", "hạng", RANK, Y22i, location="Bố Trạch"),
    F("27 HCV", "27", 27, "count", "HCV", "HCV", Y22i, location="Bố Trạch"),
    F("25 HCB", "25", 25, "count", "HCB", "HCB", Y22i, location="Bố Trạch"),
    F("31 HCĐ", "31", 31, "count", "HCĐ", "HCĐ", Y22i, location="Bố Trạch"),
    F("Đồn xếp thứ ba", "ba", 3, "rank", "hạng", RANK, Y22i, location="Ba Đồn"),
    F("22 HCV", "22", 22, "count", "HCV", "HCV", Y22i, location="Ba Đồn"),
    F("24 HCB", "24", 24, "count", "HCB", "HCB", Y22i, location="Ba Đồn"),
    F("19 HCĐ", "19", 19, "count", "HCĐ", "HCĐ", Y22i, location="Ba Đồn"),
    F("với 18 HCV", "18", 18, "count", "HCV", "HCV đoàn Công an tỉnh", Y22i),
    F("có 34,6% dân số", "34,6", 34.6, "percent", "%", "dân số tập luyện TDTT thường xuyên", NOW),
    F("25,1% số hộ", "25,1", 25.1, "percent", "%", "số hộ đạt tiêu chuẩn gia đình thể thao", NOW),
    F("1.125 câu lạc bộ", "1.125", 1125, "count", "câu lạc bộ", "câu lạc bộ TDTT cơ sở", NOW),
    F("có 38% dân số", "38", 38, "percent", "%", "dân số tập luyện TDTT thường xuyên", T25, status="target"),
    F("trên 28% số hộ", "28", 28, "percent", "%", "số hộ gia đình thể thao", T25, approx="over", status="target"),
]

write("p455-1", TEXT, [
    "Cổng TTĐT tỉnh Quảng Bình (province portal): closing of the provincial sports congress (Đại hội TDTT lần thứ IX năm 2022).",
    "Dateline 'Cập nhật: 28/08/2022 10:15'; 'Lượt xem: 3.046' counter. Distractors: 'Tối 27/8', 'số 2 đường Hữu Nghị', 'lần thứ IX/VIII', phone.",
    "The event year stands only in the title, so the congress figures inherit 'năm 2022'. 'gồm' parts take the whole 498; 'trong đó' record parts take 7.",
    "Ranks 'thứ nhất/nhì/ba' are number words (rank 1/2/3); district list items put the place in location, the medal colour in the subject.",
    "'Công an tỉnh' is not a place (default location). 'đến nay' is as of the dateline. 'phấn đấu đến năm 2025' targets, 'trên 28%' over.",
], figs, published="2022-08-28", location="Quảng Bình")

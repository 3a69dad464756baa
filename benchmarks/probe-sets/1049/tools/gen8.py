"""p1049-8: provincial newspaper online (Báo Bắc Giang, BGĐT), Chèo theatre in Q1/2025, headline figure."""
from lib import F, P, I, C, T, build

TEXT = """Văn hóa - Thể thao
Nhà hát Chèo Bắc Giang: Gần 100 buổi biểu diễn trong quý I
Cập nhật lúc 15:40, Thứ Năm, 10/4/2025

(BGĐT) - Quý I/2025, Nhà hát Chèo Bắc Giang tổ chức 96 buổi biểu diễn, đạt 26,7% kế hoạch năm, tăng 18 buổi so với cùng kỳ năm 2024; trong đó 58 buổi phục vụ cơ sở tại các xã khó khăn, 38 buổi biểu diễn bán vé tại rạp và các lễ hội xuân.

Lượng khán giả ước đạt khoảng 64 nghìn lượt, tăng 11,3% so với cùng kỳ. Doanh thu từ bán vé và hợp đồng biểu diễn đạt 1,18 tỷ đồng, vượt 9% kế hoạch quý. Các huyện được phục vụ nhiều nhất lần lượt là Sơn Động, Lục Ngạn và Yên Thế với 16, 12 và 10 buổi.

Giá vé tại rạp từ 60.000 - 100.000 đồng/vé; diễn viên đi phục vụ cơ sở được bồi dưỡng 200.000 đồng/người/buổi. Ngày 28/3, vở chèo "Tiếng trống Nhã Nam" có đêm diễn thứ 100 tại rạp của Nhà hát (số 2 Nguyễn Văn Cừ, TP Bắc Giang) với 450 khán giả.

Theo Giám đốc Nhà hát Nguyễn Thị Tám, đơn vị hiện có 72 nghệ sĩ, diễn viên, nhạc công; nhiều diễn viên trẻ mới được tuyển dụng theo Đề án 2 của tỉnh về phát triển nghệ thuật truyền thống.

Quý II, Nhà hát dự kiến biểu diễn khoảng 90 buổi, tập trung phục vụ các xã ven Quốc lộ 31 và Quốc lộ 279; phấn đấu cả năm đạt 360 buổi, thu hút 250 nghìn lượt khán giả.

Thu Hương
"""

Q1 = P("Quý I/2025", "2025-01-01", "2025-03-31")
FIGS = [
    F("Gần 100 buổi", "100", 100, "count", "buổi", "buổi biểu diễn của Nhà hát Chèo Bắc Giang",
      P("quý I", "2025-01-01", "2025-03-31"), approx="nearly"),
    F("tổ chức 96 buổi", "96", 96, "count", "buổi", "buổi biểu diễn của Nhà hát Chèo Bắc Giang", Q1,
      percent=26.7, change=C("increase", 18, "buổi", "cùng kỳ năm 2024")),
    F("trong đó 58 buổi", "58", 58, "count", "buổi", "buổi phục vụ cơ sở tại các xã khó khăn", Q1, total=96),
    F("38 buổi biểu diễn bán vé", "38", 38, "count", "buổi",
      "buổi biểu diễn bán vé tại rạp và các lễ hội xuân", Q1, total=96),
    F("khoảng 64 nghìn lượt", "64", 64000, "count", "lượt", "lượng khán giả", I(Q1),
      approx="about", status="estimate", change=C("increase", 11.3, "%", "cùng kỳ")),
    F("đạt 1,18 tỷ đồng", "1,18", 1180000000, "money", "đồng",
      "doanh thu từ bán vé và hợp đồng biểu diễn", I(Q1), change=C("increase", 9, "%", "kế hoạch quý")),
    F("với 16, 12", "16", 16, "count", "buổi", "buổi biểu diễn phục vụ", I(Q1), location="Sơn Động"),
    F("16, 12 và", "12", 12, "count", "buổi", "buổi biểu diễn phục vụ", I(Q1), location="Lục Ngạn"),
    F("và 10 buổi", "10", 10, "count", "buổi", "buổi biểu diễn phục vụ", I(Q1), location="Yên Thế"),
    F("từ 60.000 - 100.000 đồng/vé", "60.000", 60000, "money", "đồng/vé", "giá vé tại rạp",
      value_max=100000),
    F("200.000 đồng/người/buổi", "200.000", 200000, "money", "đồng/người/buổi",
      "bồi dưỡng diễn viên đi phục vụ cơ sở"),
    F("với 450 khán giả", "450", 450, "count", "khán giả",
      "khán giả đêm diễn thứ 100 vở chèo Tiếng trống Nhã Nam", P("Ngày 28/3", "2025-03-28", "2025-03-28")),
    F("có 72 nghệ sĩ", "72", 72, "count", "nghệ sĩ, diễn viên, nhạc công",
      "nghệ sĩ, diễn viên, nhạc công của Nhà hát"),
    F("khoảng 90 buổi", "90", 90, "count", "buổi", "buổi biểu diễn",
      P("Quý II", "2025-04-01", "2025-06-30"), approx="about", status="forecast"),
    F("đạt 360 buổi", "360", 360, "count", "buổi", "buổi biểu diễn cả năm",
      P("cả năm", "2025-01-01", "2025-12-31"), status="target"),
    F("250 nghìn lượt khán giả", "250", 250000, "count", "lượt khán giả", "lượt khán giả thu hút",
      P("cả năm", "2025-01-01", "2025-12-31"), status="target"),
]

NOTES = [
    "Báo Bắc Giang online: headline figure 'Gần 100 buổi ... trong quý I' (year 2025 from the dateline), tag '(BGĐT) -',",
    "'Cập nhật lúc 15:40, Thứ Năm, 10/4/2025'. Location Bắc Giang; the districts of the 'lần lượt' list are their items' location.",
    "Distractors: 'đêm diễn thứ 100' (ordinal), 'Ngày 28/3', 'số 2 Nguyễn Văn Cừ', 'Đề án 2', 'Quốc lộ 31', 'Quốc lộ 279',",
    "a person named 'Nguyễn Thị Tám', 'Thứ Năm', '15:40'.",
    "'vượt 9% kế hoạch quý' after 1,18 tỷ -> change with baseline 'kế hoạch quý'.",
    "'Quý II ... dự kiến ... khoảng 90 buổi' -> forecast; '; phấn đấu cả năm đạt 360 buổi, thu hút 250 nghìn' -> target",
    "(the new cue 'phấn đấu' governs its clause and the continuing 'thu hút').",
    "'đạt 26,7% kế hoạch năm' is the share of 96 (percent); 'tăng 18 buổi so với cùng kỳ năm 2024' its change.",
]

if __name__ == "__main__":
    build("p1049-8", TEXT, FIGS, NOTES, published="2025-04-10", location="Bắc Giang")

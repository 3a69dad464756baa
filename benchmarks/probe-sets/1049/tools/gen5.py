"""p1049-5: Party/provincial newspaper (Báo Đắk Lắk), ethnic song-and-dance troupe touring villages, 2023."""
from lib import F, P, I, C, T, build

TEXT = """Mang lời ca tiếng hát về buôn làng

Những năm qua, các đêm diễn lưu động đã trở thành ngày hội của bà con vùng sâu, vùng xa.

Từ đầu năm đến nay, Đoàn Ca múa dân tộc tỉnh Đắk Lắk đã biểu diễn 138 buổi, vượt 15% kế hoạch năm, tại các buôn, làng vùng sâu, vùng xa của 15 huyện, thị xã, thành phố, phục vụ khoảng 92.000 lượt người xem.

Đoàn hiện có 68 diễn viên, nhạc công, trong đó 41 người là đồng bào dân tộc thiểu số, chiếm 60,3%. Mỗi chuyến lưu diễn kéo dài 10-15 ngày; từ đầu năm, xe chở đạo cụ, âm thanh, ánh sáng của Đoàn đã lăn bánh hơn 18.000 km dọc Quốc lộ 14, Quốc lộ 27 và các đường liên xã.

Tại buôn Ko Sir, xã Ea Kiết, huyện Cư M'gar, đêm diễn ngày 20/10 thu hút gần 1.500 người dân; nhiều người đi bộ 5-7 km từ các buôn lân cận đến xem. Chị H'Nga ở thôn 6 chia sẻ: "Cả năm mới được xem diễn viên hát trên sân khấu lớn nên cả nhà đều đi".

Theo ông Y Sáu Niê, Trưởng đoàn, diễn viên hưởng thu nhập bình quân khoảng 6,5 triệu đồng/người/tháng; mỗi buổi diễn lưu động được bồi dưỡng thêm 120.000 đồng/người. Kinh phí Nhà nước đặt hàng năm 2023 là 3,8 tỷ đồng, bằng 95% năm 2022, nên Đoàn phải chủ động khai thác thêm hợp đồng biểu diễn tại các khu du lịch.

Năm 2024, Đoàn đặt mục tiêu biểu diễn 150 buổi, trong đó 120 buổi phục vụ cơ sở, đồng thời dàn dựng 2 chương trình mới về văn hóa cồng chiêng Tây Nguyên.

H'XUYÊN

18/11/2023
"""

YTD = P("Từ đầu năm đến nay", "2023-01-01", "2023-11-18")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
NIGHT = P("ngày 20/10", "2023-10-20", "2023-10-20")
FIGS = [
    F("biểu diễn 138 buổi", "138", 138, "count", "buổi",
      "buổi biểu diễn của Đoàn Ca múa dân tộc tỉnh", YTD,
      change=C("increase", 15, "%", "kế hoạch năm")),
    F("của 15 huyện", "15", 15, "count", "huyện, thị xã, thành phố",
      "huyện, thị xã, thành phố có buôn, làng được phục vụ", YTD),
    F("khoảng 92.000 lượt người xem", "92.000", 92000, "count", "lượt người xem",
      "lượt người xem được phục vụ", YTD, approx="about"),
    F("có 68 diễn viên", "68", 68, "count", "diễn viên, nhạc công", "diễn viên, nhạc công của Đoàn"),
    F("41 người", "41", 41, "count", "người", "diễn viên, nhạc công là đồng bào dân tộc thiểu số",
      total=68, percent=60.3),
    F("kéo dài 10-15 ngày", "10", 10, "measure", "ngày", "thời gian mỗi chuyến lưu diễn",
      value_max=15),
    F("hơn 18.000 km", "18.000", 18000, "measure", "km", "quãng đường xe chở đạo cụ, âm thanh, ánh sáng đã đi",
      P("từ đầu năm", "2023-01-01", "2023-11-18"), approx="over"),
    F("gần 1.500 người dân", "1.500", 1500, "count", "người dân",
      "người dân xem đêm diễn tại buôn Ko Sir", NIGHT, approx="nearly", location="Cư M'gar"),
    F("đi bộ 5-7 km", "5", 5, "measure", "km", "quãng đường người dân đi bộ đến xem",
      value_max=7, location="Cư M'gar"),
    F("khoảng 6,5 triệu đồng/người/tháng", "6,5", 6500000, "money", "đồng/người/tháng",
      "thu nhập bình quân của diễn viên", approx="about"),
    F("thêm 120.000 đồng/người", "120.000", 120000, "money", "đồng/người",
      "bồi dưỡng mỗi buổi diễn lưu động"),
    F("là 3,8 tỷ đồng", "3,8", 3800000000, "money", "đồng", "kinh phí Nhà nước đặt hàng",
      P("năm 2023", "2023-01-01", "2023-12-31"), percent=95),
    F("biểu diễn 150 buổi", "150", 150, "count", "buổi", "buổi biểu diễn của Đoàn", Y24, status="target"),
    F("trong đó 120 buổi", "120", 120, "count", "buổi", "buổi phục vụ cơ sở", Y24,
      total=150, status="target"),
    F("dàn dựng 2 chương trình", "2", 2, "count", "chương trình",
      "chương trình mới về văn hóa cồng chiêng Tây Nguyên", Y24, status="target"),
]

NOTES = [
    "Báo Đắk Lắk style: byline 'H'XUYÊN' and the bare date '18/11/2023' at the end (published).",
    "Distractors: 'Quốc lộ 14', 'Quốc lộ 27', 'thôn 6', a person named 'Y Sáu Niê', date 'ngày 20/10', 'Cả năm' in a quote.",
    "'Từ đầu năm đến nay' ends at the published date. 'vượt 15% kế hoạch năm' right after 138 buổi -> change of 138",
    "with baseline 'kế hoạch năm' (FIGURES.md: a gap to a plan is a change).",
    "The Ko Sir night (1.500 người, 5-7 km) is located in the district Cư M'gar; its period is the single day 2023-10-20.",
    "'bằng 95% năm 2022' -> percent of 3,8 tỷ. The 2024 targets: 'đặt mục tiêu' governs 150, 120 (total 150) and",
    "the continuing 'đồng thời dàn dựng 2 chương trình'. Per-person amounts keep their denominators in the unit.",
]

if __name__ == "__main__":
    build("p1049-5", TEXT, FIGS, NOTES, published="2023-11-18", location="Đắk Lắk")

"""p1187-8: provincial newspaper online (Báo Bắc Ninh, '(BNO) -'): provincial championship 2024 closes."""
from lib import F, P, I, C, T, write

TEXT = """Bắc Ninh: Gần 350 vận động viên tranh tài Giải Võ cổ truyền tỉnh năm 2024

Cập nhật lúc 17:45, Chủ Nhật, 23/06/2024

(BNO) - Chiều 23/6, tại Nhà thi đấu Trung tâm Huấn luyện và Thi đấu thể dục thể thao tỉnh, Sở Văn hóa, Thể thao và Du lịch tổ chức bế mạc Giải Vô địch Võ cổ truyền tỉnh Bắc Ninh lần thứ XII năm 2024.

Sau 4 ngày thi đấu, 347 vận động viên của 16 đơn vị, tăng 61 vận động viên so với năm 2023, đã tranh tài ở 52 nội dung quyền thuật và 38 hạng cân đối kháng. Ban tổ chức đã trao 90 bộ huy chương cho các vận động viên xuất sắc.

Kết quả, đơn vị thành phố Bắc Ninh giành giải Nhất toàn đoàn với 18 HCV, 11 HCB, 9 HCĐ; thị xã Từ Sơn và huyện Tiên Du lần lượt giành giải Nhì, giải Ba với 12 HCV và 9 HCV.

Theo ban tổ chức, giải năm nay có 112 vận động viên nữ, chiếm 32,3% tổng số vận động viên; vận động viên nhỏ tuổi nhất mới 9 tuổi. Tổng kinh phí tổ chức giải khoảng 280 triệu đồng, trong đó tiền thưởng cho các vận động viên đạt huy chương hơn 95 triệu đồng.

Hiện toàn tỉnh có 46 câu lạc bộ võ cổ truyền với khoảng 2.600 võ sinh. 6 tháng đầu năm, các câu lạc bộ đã mở thêm 7 lớp năng khiếu, thu hút gần 300 học sinh.

Đội tuyển võ cổ truyền tỉnh phấn đấu giành từ 3 đến 5 HCV tại Giải vô địch quốc gia năm 2024; dự kiến trong quý III sẽ tập trung 24 vận động viên để tập huấn, với mức hỗ trợ 150.000 đồng/người/ngày.

Hải Yến
"""

Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
Y24b = P("năm 2024", "2024-01-01", "2024-12-31")
H1 = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
NAYNAY = P("năm nay", "2024-01-01", "2024-12-31")
Q3 = P("quý III", "2024-07-01", "2024-09-30")
GIAI = "Giải Vô địch Võ cổ truyền tỉnh"

FIGS = [
    F("Gần 350 vận động viên", "350", 350, "count", "vận động viên", approx="nearly",
      subject="vận động viên tranh tài Giải Võ cổ truyền tỉnh", period=Y24),
    F("Sau 4 ngày", "4", 4, "measure", "ngày", optional=True, subject="thời gian thi đấu"),
    F("347 vận động viên", "347", 347, "count", "vận động viên",
      change=C("increase", 61, "vận động viên", "năm 2023"), subject="vận động viên tranh tài " + GIAI,
      period=I(Y24)),
    F("của 16 đơn vị", "16", 16, "count", "đơn vị", subject="đơn vị tham dự " + GIAI, period=I(Y24)),
    F("ở 52 nội dung", "52", 52, "count", "nội dung", subject="nội dung quyền thuật", period=I(Y24)),
    F("và 38 hạng cân", "38", 38, "count", "hạng cân", subject="hạng cân đối kháng", period=I(Y24)),
    F("trao 90 bộ", "90", 90, "count", "bộ huy chương", subject="bộ huy chương trao cho vận động viên",
      period=I(Y24)),
    F("với 18 HCV", "18", 18, "count", "HCV", subject="HCV toàn đoàn", period=I(Y24)),
    F("11 HCB", "11", 11, "count", "HCB", subject="HCB toàn đoàn", period=I(Y24)),
    F("9 HCĐ", "9", 9, "count", "HCĐ", subject="HCĐ toàn đoàn", period=I(Y24)),
    F("với 12 HCV", "12", 12, "count", "HCV", subject="HCV toàn đoàn", location="Từ Sơn", period=I(Y24)),
    F("và 9 HCV", "9", 9, "count", "HCV", subject="HCV toàn đoàn", location="Tiên Du", period=I(Y24)),
    F("có 112 vận động viên", "112", 112, "count", "vận động viên", percent=32.3,
      subject="vận động viên nữ", period=NAYNAY),
    F("mới 9 tuổi", "9", 9, "measure", "tuổi", optional=True, subject="tuổi vận động viên nhỏ nhất"),
    F("khoảng 280 triệu", "280", 280e6, "money", "đồng", approx="about",
      subject="tổng kinh phí tổ chức giải", period=I(Y24)),
    F("hơn 95 triệu", "95", 95e6, "money", "đồng", approx="over", total=280e6,
      subject="tiền thưởng cho các vận động viên đạt huy chương", period=I(Y24)),
    F("có 46 câu lạc bộ", "46", 46, "count", "câu lạc bộ", subject="câu lạc bộ võ cổ truyền"),
    F("khoảng 2.600 võ sinh", "2.600", 2600, "count", "võ sinh", approx="about", subject="võ sinh võ cổ truyền"),
    F("thêm 7 lớp", "7", 7, "count", "lớp năng khiếu", subject="lớp năng khiếu các câu lạc bộ mở thêm", period=H1),
    F("gần 300 học sinh", "300", 300, "count", "học sinh", approx="nearly",
      subject="học sinh tham gia lớp năng khiếu", period=H1),
    F("từ 3 đến 5 HCV", "3", 3, "count", "HCV", value_max=5, status="target",
      subject="HCV đội tuyển võ cổ truyền tỉnh tại Giải vô địch quốc gia", period=Y24b),
    F("tập trung 24 vận động viên", "24", 24, "count", "vận động viên", status="forecast",
      subject="vận động viên tập trung tập huấn", period=Q3),
    F("mức hỗ trợ 150.000", "150.000", 150000, "money", "đồng/người/ngày", status="forecast",
      subject="mức hỗ trợ vận động viên tập huấn", period=Q3),
]

NOTES = [
    "Provincial newspaper online (Báo Bắc Ninh): headline figure, 'Cập nhật lúc 17:45, Chủ Nhật, 23/06/2024', tag '(BNO) -', byline at the end.",
    "Distractors: '17:45', 'Chiều 23/6', 'lần thứ XII', 'giải Nhất/Nhì/Ba toàn đoàn' (prize names, not ranks with a number).",
    "Headline 'Gần 350 vận động viên … năm 2024' has its period in the headline. Tournament figures inherit 'năm 2024' of the lead.",
    "'đơn vị thành phố Bắc Ninh' → location Bắc Ninh (city name = province name). '112 … chiếm 32,3% tổng số vận động viên': percent, no total (no number).",
    "'trong đó tiền thưởng … hơn 95 triệu đồng' is a part of 280 triệu. 'Sau 4 ngày' (length of the event) and '9 tuổi' (an age) are optional.",
    "'6 tháng đầu năm' takes 2024 from the lead; 'quý III' likewise. The last sentence: 'phấn đấu' → target; 'dự kiến … sẽ' → forecast, also for",
    "the support level in the same clause ('với mức hỗ trợ'). 'giải năm nay có 112 …': 'năm nay' is 2024, stated in the sentence (scored).",
]

if __name__ == "__main__":
    write("p1187-8", TEXT, NOTES, FIGS, published="2024-06-23", location="Bắc Ninh")

"""p1212-8: provincial newspaper online (Báo Quảng Nam, '(QNO) -'), quarter I 2024 mine clearance."""
from lib import F, P, I, C, T, write

TEXT = """BÁO QUẢNG NAM ONLINE
Thời sự | Quốc phòng - An ninh

Quý I: Rà phá gần 400 ha đất ô nhiễm bom mìn

Thứ Hai, 08/04/2024 | 10:05

(QNO) - Quý I, các lực lượng trên địa bàn tỉnh đã rà phá bom mìn trên diện tích 396,8 ha, bằng 24,8% kế hoạch năm; thu gom, xử lý 2.153 quả bom, mìn, đạn các loại, tăng 312 quả so với cùng kỳ năm 2023.

Quảng Nam hiện xếp thứ 4 cả nước về diện tích đất bị ô nhiễm bom mìn, với khoảng 584.000 ha, chiếm hơn 55% diện tích tự nhiên.

Dự án khắc phục hậu quả bom mìn do Chính phủ Hàn Quốc tài trợ tại các huyện Đại Lộc, Duy Xuyên và Quế Sơn có tổng vốn 12 triệu USD, thực hiện trong giai đoạn 2023-2026. Trong quý, dự án đã khảo sát 1.250 ha và rà phá tại ba huyện trên lần lượt 94 ha, 71 ha và 58 ha.

Tại thôn Hà Nha, xã Đại Đồng, huyện Đại Lộc, 13 hộ dân vừa nhận lại 27 ha đất sạch bom mìn để trồng keo. Ông Trần Văn Bốn cho biết trên mảnh vườn 0,8 ha của gia đình, đội rà phá đã phát hiện 46 quả bom bi và một quả đạn pháo 105 mm. "Giờ cày cuốc yên tâm rồi", ông nói.

Cũng trong quý I, Bộ Chỉ huy Quân sự tỉnh tổ chức 28 buổi tuyên truyền cho hơn 4.200 lượt học sinh tại 36 trường học. Dự kiến đến tháng 6, các dự án sẽ bàn giao thêm khoảng 120 ha đất sạch cho địa phương. Năm 2024, tỉnh phấn đấu rà phá 1.600 ha.

Thanh Hải
"""

Q1H = P("Quý I", "2024-01-01", "2024-03-31")
Q1 = P("Quý I", "2024-01-01", "2024-03-31")
INQ = P("Trong quý", "2024-01-01", "2024-03-31")
Q1B = P("Cũng trong quý I", "2024-01-01", "2024-03-31")
GD = P("giai đoạn 2023-2026", "2023-01-01", "2026-12-31")
JUN = P("đến tháng 6", None, "2024-06-30")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
DL = "Đại Lộc"
RP = "diện tích dự án rà phá"

FIGS = [
    F("gần 400 ha", "400", 400, "measure", "ha", approx="nearly",
      subject="đất ô nhiễm bom mìn được rà phá", period=Q1H),
    F("diện tích 396,8 ha", "396,8", 396.8, "measure", "ha", percent=24.8,
      subject="diện tích rà phá bom mìn", period=Q1),
    F("xử lý 2.153 quả", "2.153", 2153, "count", "quả bom, mìn, đạn",
      change=C("increase", 312, "quả", "cùng kỳ năm 2023"),
      subject="bom, mìn, đạn các loại được thu gom, xử lý", period=Q1),
    F("xếp thứ 4", "4", 4, "rank", "hạng",
      subject="diện tích đất bị ô nhiễm bom mìn so với cả nước"),
    F("khoảng 584.000 ha", "584.000", 584000, "measure", "ha", approx="about", percent=55,
      subject="diện tích đất bị ô nhiễm bom mìn"),
    F("tổng vốn 12 triệu", "12", 12000000, "money", "USD",
      subject="tổng vốn dự án khắc phục hậu quả bom mìn do Chính phủ Hàn Quốc tài trợ", period=GD),
    F("khảo sát 1.250 ha", "1.250", 1250, "measure", "ha",
      subject="diện tích dự án khảo sát", period=INQ),
    F("tại ba huyện", "ba", 3, "count", "huyện", optional=True, subject="huyện thực hiện dự án"),
    F("lần lượt 94 ha", "94", 94, "measure", "ha", subject=RP, period=INQ, location="Đại Lộc"),
    F("71 ha", "71", 71, "measure", "ha", subject=RP, period=INQ, location="Duy Xuyên"),
    F("58 ha", "58", 58, "measure", "ha", subject=RP, period=INQ, location="Quế Sơn"),
    F("13 hộ dân", "13", 13, "count", "hộ dân", subject="hộ dân nhận lại đất sạch bom mìn", location=DL),
    F("lại 27 ha", "27", 27, "measure", "ha", subject="đất sạch bom mìn được nhận lại để trồng keo", location=DL),
    F("vườn 0,8 ha", "0,8", 0.8, "measure", "ha", subject="diện tích mảnh vườn của gia đình ông Trần Văn Bốn", location=DL),
    F("phát hiện 46 quả", "46", 46, "count", "quả bom bi", subject="bom bi được phát hiện trên mảnh vườn", location=DL),
    F("và một quả", "một", 1, "count", "quả đạn pháo", subject="đạn pháo được phát hiện trên mảnh vườn", location=DL),
    F("105 mm", "105", 105, "measure", "mm", optional=True, subject="cỡ đạn pháo", location=DL),
    F("tổ chức 28 buổi", "28", 28, "count", "buổi", subject="buổi tuyên truyền", period=Q1B),
    F("hơn 4.200 lượt", "4.200", 4200, "count", "lượt học sinh", approx="over",
      subject="lượt học sinh được tuyên truyền", period=Q1B),
    F("tại 36 trường", "36", 36, "count", "trường học", subject="trường học được tuyên truyền", period=Q1B),
    F("khoảng 120 ha", "120", 120, "measure", "ha", approx="about", status="forecast",
      subject="đất sạch bàn giao thêm cho địa phương", period=JUN),
    F("rà phá 1.600 ha", "1.600", 1600, "measure", "ha", status="target",
      subject="diện tích rà phá bom mìn", period=Y24),
]

NOTES = [
    "Provincial newspaper online (Báo Quảng Nam): 'Thứ Hai, 08/04/2024 | 10:05', tag '(QNO) -', byline at the end.",
    "Year-less 'Quý I', 'Trong quý', 'Cũng trong quý I', 'đến tháng 6' take 2024 from the dateline. 'xếp thứ 4 cả nước' is a rank.",
    "'rà phá tại ba huyện trên lần lượt 94 ha, 71 ha và 58 ha': the items map onto the districts of the previous sentence (location each).",
    "'ba huyện trên' refers back (optional); '105 mm' is the shell's calibre (optional, a type designation).",
    "Distractors: 'Ông Trần Văn Bốn' (a name holding a number word), 'giai đoạn 2023-2026', time 10:05, 'QNO'.",
    "Thôn Hà Nha passage (two sentences) is placed in huyện Đại Lộc.",
]

if __name__ == "__main__":
    write("p1212-8", TEXT, NOTES, FIGS, published="2024-04-08", location="Quảng Nam")

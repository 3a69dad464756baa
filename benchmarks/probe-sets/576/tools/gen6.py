from lib import *

TEXT = """Thời sự › Giao thông

Thứ tư, 18/9/2024, 06:30 (GMT+7)

Dân bản góp 12 tỷ đồng làm đường bê tông về thôn

Sơn La - Gần 3.000 hộ dân huyện Thuận Châu hiến đất, góp tiền, công sức để bê tông hóa 62 km đường về bản trong 8 tháng đầu năm.

Người dân bản Nong Lay, xã Chiềng Pha đổ bê tông mặt đường. Ảnh: Ngọc Thành

Ông Lò Văn Hải, Chủ tịch UBND huyện Thuận Châu, cho biết cơ chế "Nhà nước hỗ trợ xi măng, nhân dân làm" được áp dụng từ năm 2021. Với mỗi km đường rộng 3 m, dày 16 cm, huyện cấp khoảng 110 tấn xi măng; người dân tự lo cát, sỏi, đá và ngày công.

Từ đầu năm đến nay, huyện đã cấp 6.820 tấn xi măng cho 29 xã, tăng 18% so với cùng kỳ. Người dân góp hơn 12 tỷ đồng, khoảng 41.000 ngày công và hiến gần 25.000 m² đất. Tổng giá trị các công trình ước khoảng 45 tỷ đồng, trong đó phần nhân dân đóng góp chiếm 27%.

Tại xã Chiềng Pha, 146 hộ ở bản Nong Lay đã hiến 3.200 m² đất, góp bình quân 1,5 triệu đồng/hộ để làm 2,4 km đường nội bản, nối từ Km 35 Quốc lộ 6 vào trung tâm xã. Bà Cà Thị Xuân, 58 tuổi, hiến 120 m² vườn mận. "Trước đây mùa mưa xe máy không vào được, giờ ô tô chở nông sản đến tận nhà", bà nói.

Theo kế hoạch, quý IV huyện tiếp tục làm 18 km; phấn đấu đến năm 2025 có 100% bản có đường ô tô đi lại được quanh năm, hiện tỷ lệ này là 91,3%.

Ngọc Thành
"""

T8 = P("8 tháng đầu năm", "2024-01-01", "2024-08-31")
NAY = P("Từ đầu năm đến nay", "2024-01-01", "2024-09-18")
Q4 = P("quý IV", "2024-10-01", "2024-12-31")
Y25 = P("đến năm 2025", None, "2025-12-31")
FIGS = [
    F("góp 12 tỷ đồng", "12", 12e9, "money", "đồng", "tiền dân bản góp làm đường bê tông", None),
    F("Gần 3.000 hộ", "3.000", 3000, "count", "hộ", "hộ dân hiến đất, góp tiền, công sức bê tông hóa đường", T8, approx="nearly"),
    F("hóa 62 km", "62", 62, "measure", "km", "đường về bản được bê tông hóa", T8),
    F("rộng 3 m", "3", 3, "measure", "m", "chiều rộng đường", None, optional=True),
    F("dày 16 cm", "16", 16, "measure", "cm", "độ dày mặt đường", None, optional=True),
    F("khoảng 110 tấn", "110", 110, "measure", "tấn", "xi măng huyện cấp cho mỗi km đường", None, approx="about"),
    F("cấp 6.820 tấn", "6.820", 6820, "measure", "tấn", "xi măng huyện cấp", NAY, change=CH("increase", 18, "%", "cùng kỳ")),
    F("cho 29 xã", "29", 29, "count", "xã", "xã được cấp xi măng", NAY),
    F("hơn 12 tỷ đồng", "12", 12e9, "money", "đồng", "tiền người dân góp", I(NAY), approx="over"),
    F("khoảng 41.000 ngày công", "41.000", 41000, "count", "ngày công", "ngày công người dân góp", I(NAY), approx="about"),
    F("gần 25.000 m²", "25.000", 25000, "measure", "m²", "đất người dân hiến", I(NAY), approx="nearly"),
    F("khoảng 45 tỷ đồng", "45", 45e9, "money", "đồng", "tổng giá trị các công trình", I(NAY), approx="about", status="estimate"),
    F("chiếm 27%", "27", 27, "percent", "%", "phần nhân dân đóng góp trong tổng giá trị các công trình", I(NAY), status="estimate"),
    F("146 hộ", "146", 146, "count", "hộ", "hộ ở bản Nong Lay hiến đất", None),
    F("hiến 3.200 m²", "3.200", 3200, "measure", "m²", "đất hộ dân bản Nong Lay hiến", None),
    F("bình quân 1,5 triệu", "1,5", 1.5e6, "money", "đồng/hộ", "tiền góp bình quân mỗi hộ", None),
    F("làm 2,4 km", "2,4", 2.4, "measure", "km", "đường nội bản", None),
    F("58 tuổi", "58", 58, "measure", "tuổi", "tuổi bà Cà Thị Xuân", None, optional=True),
    F("hiến 120 m²", "120", 120, "measure", "m²", "vườn mận bà Cà Thị Xuân hiến", None),
    F("làm 18 km", "18", 18, "measure", "km", "đường tiếp tục làm", Q4, status="target"),
    F("có 100% bản", "100", 100, "percent", "%", "bản có đường ô tô đi lại được quanh năm", Y25, status="target"),
    F("là 91,3%", "91,3", 91.3, "percent", "%", "tỷ lệ bản có đường ô tô đi lại được quanh năm", None),
]

emit("p576-6", TEXT, [
    "National online press (VnExpress style, weekday + GMT+7 dateline): Thuận Châu (Sơn La), đường bê tông về bản, 8 tháng đầu năm 2024.",
    "Distractors: (GMT+7), năm 2021, Km 35 Quốc lộ 6, 06:30. Road width/thickness that only qualify 'mỗi km đường' and the age are optional.",
    "Headline '12 tỷ đồng' has no period; 'Từ đầu năm đến nay' runs to the dateline; 'quý IV' takes 2024 from the dateline.",
    "'ước khoảng 45 tỷ đồng, trong đó ... chiếm 27%': the estimate cue continues into the trong đó clause. Communes (Chiềng Pha) stay in the district.",
], FIGS, published="2024-09-18", location="Thuận Châu")

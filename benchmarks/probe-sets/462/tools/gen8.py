from lib import F, P, CH, TG, emit

TEXT = """Cổng Thông tin điện tử tỉnh Nam Định
Ngày cập nhật: 26/06/2024

Nhiều làng nghề vẫn "sống chung" với ô nhiễm nước thải

Toàn tỉnh Nam Định hiện có 88 làng nghề và làng có nghề, thu hút khoảng 45 nghìn lao động. Kết quả điều tra của Sở Tài nguyên và Môi trường năm 2023 cho thấy tổng lượng nước thải phát sinh từ các làng nghề khoảng 9.870 m³/ngày đêm, nhưng chỉ khoảng 23,5% được xử lý đạt quy chuẩn trước khi thải ra môi trường. Nước thải tập trung chủ yếu ở 4 huyện:
Đơn vị tính: m³/ngày đêm
Huyện
Phát sinh
Được xử lý
Ý Yên
3.250
1.120
Nam Trực
2.140
415
Xuân Trường
1.760
380
Trực Ninh
1.480
210

Tại làng nghề đúc đồng Tống Xá (huyện Ý Yên), kết quả quan trắc quý I/2024 cho thấy hàm lượng đồng, kẽm trong nước mặt vượt quy chuẩn 1,5 - 2,7 lần; còn ở làng nghề dệt nhuộm Cổ Chất (huyện Trực Ninh), độ màu và COD vượt từ 3 đến 4 lần.

Giai đoạn 2021-2025, tỉnh đã bố trí 215 tỷ đồng đầu tư 6 trạm xử lý nước thải làng nghề với tổng công suất 4.600 m³/ngày đêm; đến nay mới có 2 trạm đi vào vận hành. Theo kế hoạch, đến năm 2025 tỷ lệ nước thải làng nghề được xử lý đạt ít nhất 50%, năm 2030 đạt 80%.

Từ năm 2022 đến nay, lực lượng chức năng đã xử phạt 54 cơ sở sản xuất tại các làng nghề với tổng số tiền 1,86 tỷ đồng, buộc 12 cơ sở di dời vào cụm công nghiệp.

Tin, ảnh: Sở Tài nguyên và Môi trường
Địa chỉ: số 24 Lê Hồng Phong, TP Nam Định | ĐT: 0228.3849.532
Lượt truy cập: 3.418.227
"""

Y23i = P("năm 2023", "2023-01-01", "2023-12-31", inh=True)
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Q1 = P("quý I/2024", "2024-01-01", "2024-03-31")
GD = P("Giai đoạn 2021-2025", "2021-01-01", "2025-12-31")
NOW = P("đến nay", None, "2024-06-26")
SINCE = P("Từ năm 2022 đến nay", "2022-01-01", "2024-06-26")
U = "m³/ngày đêm"

cells = [
    ("Ý Yên", "3.250", 3250, "1.120", 1120),
    ("Nam Trực", "2.140", 2140, "415", 415),
    ("Xuân Trường", "1.760", 1760, "380", 380),
    ("Trực Ninh", "1.480", 1480, "210", 210),
]
TABLE = []
for dist, a, av, b, bv in cells:
    TABLE.append(F(f"{dist}\n{a}\n", a, av, "measure", U, "lượng nước thải làng nghề phát sinh", Y23i, location=dist))
    TABLE.append(F(f"{a}\n{b}\n", b, bv, "measure", U, "lượng nước thải làng nghề được xử lý", Y23i, location=dist))

FIGS = [
    F("có 88 làng nghề", "88", 88, "count", "làng nghề", "làng nghề và làng có nghề"),
    F("khoảng 45 nghìn lao động", "45", 45000, "count", "lao động", "lao động làng nghề", approx="about"),
    F("khoảng 9.870 m³", "9.870", 9870, "measure", U, "tổng lượng nước thải phát sinh từ các làng nghề", Y23,
      approx="about"),
    F("khoảng 23,5%", "23,5", 23.5, "percent", "%", "nước thải làng nghề được xử lý đạt quy chuẩn", Y23, approx="about"),
    F("ở 4 huyện", "4", 4, "count", "huyện", "huyện tập trung nước thải làng nghề", optional=True),
] + TABLE + [
    F("quy chuẩn 1,5 - 2,7 lần", "1,5", 1.5, "multiple", "lần", "hàm lượng đồng, kẽm trong nước mặt vượt quy chuẩn", Q1,
      value_max=2.7, location="Ý Yên"),
    F("từ 3 đến 4 lần", "3", 3, "multiple", "lần", "độ màu và COD vượt quy chuẩn", Q1, value_max=4,
      location="Trực Ninh"),
    F("bố trí 215 tỷ đồng", "215", 215000000000, "money", "đồng", "vốn đầu tư trạm xử lý nước thải làng nghề", GD),
    F("đầu tư 6 trạm", "6", 6, "count", "trạm", "trạm xử lý nước thải làng nghề", GD),
    F("công suất 4.600 m³", "4.600", 4600, "measure", U, "tổng công suất trạm xử lý nước thải làng nghề", GD),
    F("có 2 trạm", "2", 2, "count", "trạm", "trạm đi vào vận hành", NOW),
    F("ít nhất 50%", "50", 50, "percent", "%", "tỷ lệ nước thải làng nghề được xử lý",
      P("đến năm 2025", None, "2025-12-31"), approx="at_least", status="target"),
    F("đạt 80%", "80", 80, "percent", "%", "tỷ lệ nước thải làng nghề được xử lý",
      P("năm 2030", "2030-01-01", "2030-12-31"), status="target"),
    F("xử phạt 54 cơ sở", "54", 54, "count", "cơ sở", "cơ sở sản xuất tại các làng nghề bị xử phạt", SINCE),
    F("tiền 1,86 tỷ đồng", "1,86", 1860000000, "money", "đồng", "tổng số tiền xử phạt", SINCE),
    F("buộc 12 cơ sở", "12", 12, "count", "cơ sở", "cơ sở buộc di dời vào cụm công nghiệp", SINCE),
]

COMMENTS = [
    "Province portal (Nam Định), 'Ngày cập nhật: 26/06/2024' without time, footer with address, phone and visitor counter; craft-village wastewater.",
    "One-cell-per-line table with 'Đơn vị tính: m³/ngày đêm': district row labels go to location, subject = column label (Phát sinh / Được xử lý);",
    "period năm 2023 from the survey sentence above the table (inherited). '4 huyện' (the scope of the table) is optional.",
    "Exceedance ranges '1,5 - 2,7 lần' and 'từ 3 đến 4 lần' are multiples with value_max; the village's district in brackets is the location.",
    "'Theo kế hoạch, đến năm 2025 … ít nhất 50%, năm 2030 đạt 80%' targets. 'đến nay' / 'Từ năm 2022 đến nay' end at the dateline.",
    "'đến nay mới có 2 trạm' has no part-of cue: no total. Distractors: 'số 24', phone, 'Lượt truy cập: 3.418.227', village names.",
]

emit("p462-8", TEXT, COMMENTS, FIGS, published="2024-06-26", location="Nam Định")

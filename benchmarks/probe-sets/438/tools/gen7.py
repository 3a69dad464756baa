from lib import *

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH CAO BẰNG

Hơn 32 nghìn học sinh vùng cao được hưởng chính sách hỗ trợ

Ngày cập nhật: 12/09/2024

Những năm qua, chính sách hỗ trợ học sinh và trường phổ thông ở xã, thôn đặc biệt khó khăn đã góp phần quan trọng duy trì sĩ số, giảm tình trạng học sinh bỏ học trên địa bàn tỉnh Cao Bằng.

Theo Sở Giáo dục và Đào tạo, 6 tháng đầu năm 2024, toàn tỉnh đã chi trả 86,4 tỷ đồng, đạt 54,2% dự toán năm, để hỗ trợ tiền ăn, tiền nhà ở và gạo cho hơn 32 nghìn học sinh. Toàn tỉnh hiện có 11 trường phổ thông dân tộc nội trú và 39 trường phổ thông dân tộc bán trú; tỷ lệ học sinh bán trú ở lại trường đạt 92,6%.

Kết quả thực hiện chính sách qua các năm như sau:

Chỉ tiêu
Năm 2022
Năm 2023
Ước năm 2024
Học sinh được hỗ trợ tiền ăn (học sinh)
29.870
31.452
32.600
Học sinh được hỗ trợ gạo (học sinh)
27.115
28.930
30.050
Gạo cấp cho học sinh (tấn)
4.065
4.338
4.510
Kinh phí hỗ trợ (triệu đồng)
148.520
162.300
171.000

Nhờ đó, tỷ lệ học sinh bỏ học toàn tỉnh giảm từ 0,42% năm học 2021-2022 xuống còn 0,27% năm học 2023-2024. Các huyện Bảo Lâm, Hà Quảng, Bảo Lạc có tỷ lệ học sinh bán trú cao, lần lượt chiếm 48,5%, 41,2% và 39,7% tổng số học sinh của huyện.

Tuy nhiên, cơ sở vật chất phục vụ bán trú còn thiếu: toàn tỉnh còn thiếu khoảng 420 phòng ở, thiếu 135 nhà bếp, nhà ăn; nhiều phòng ở phải bố trí từ 8 đến 10 học sinh. Năm 2024, tỉnh phân bổ 65 tỷ đồng từ Chương trình mục tiêu quốc gia để xây dựng, sửa chữa các hạng mục này.

Tổng truy cập: 4.815.302
"""

H6 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
C22 = P("Năm 2022", "2022-01-01", "2022-12-31")
C23 = P("Năm 2023", "2023-01-01", "2023-12-31")
C24 = P("Ước năm 2024", "2024-01-01", "2024-12-31")
N24 = P("Năm 2024", "2024-01-01", "2024-12-31")

ROWS = [
    ("Học sinh được hỗ trợ tiền ăn (học sinh)", ["29.870", "31.452", "32.600"], "count", "học sinh", 1, "học sinh được hỗ trợ tiền ăn"),
    ("Học sinh được hỗ trợ gạo (học sinh)", ["27.115", "28.930", "30.050"], "count", "học sinh", 1, "học sinh được hỗ trợ gạo"),
    ("Gạo cấp cho học sinh (tấn)", ["4.065", "4.338", "4.510"], "measure", "tấn", 1, "gạo cấp cho học sinh"),
    ("Kinh phí hỗ trợ (triệu đồng)", ["148.520", "162.300", "171.000"], "money", "đồng", 1e6, "kinh phí hỗ trợ"),
]

FIGS = [
    F("Hơn 32 nghìn học sinh vùng cao", "32", 32000, "count", "học sinh", "học sinh vùng cao được hưởng chính sách hỗ trợ", approx="over"),
    F("chi trả 86,4 tỷ đồng", "86,4", 86.4e9, "money", "đồng", "hỗ trợ tiền ăn, tiền nhà ở và gạo cho học sinh", H6, percent=54.2),
    F("cho hơn 32 nghìn học sinh", "32", 32000, "count", "học sinh", "học sinh được hỗ trợ", H6, approx="over"),
    F("có 11 trường", "11", 11, "count", "trường", "trường phổ thông dân tộc nội trú"),
    F("và 39 trường", "39", 39, "count", "trường", "trường phổ thông dân tộc bán trú"),
    F("ở lại trường đạt 92,6%", "92,6", 92.6, "percent", "%", "tỷ lệ học sinh bán trú ở lại trường"),
]
for label, cells, kind, unit, mult, subj in ROWS:
    for (cell, per, col) in zip(cells, (C22, C23, C24), ("năm 2022", "năm 2023", "ước năm 2024")):
        kw = {"status": "estimate"} if per is C24 else {}
        FIGS.append(F(cell, cell, parse_num(cell) * mult, kind, unit, subj + " " + col, per, **kw))
FIGS += [
    F("giảm từ 0,42%", "0,42", 0.42, "percent", "%", "tỷ lệ học sinh bỏ học", P("năm học 2021-2022", "2021-09-01", "2022-05-31")),
    F("xuống còn 0,27%", "0,27", 0.27, "percent", "%", "tỷ lệ học sinh bỏ học", P("năm học 2023-2024", "2023-09-01", "2024-05-31")),
    F("lần lượt chiếm 48,5%", "48,5", 48.5, "percent", "%", "tỷ lệ học sinh bán trú trong tổng số học sinh của huyện", location="Bảo Lâm"),
    F(", 41,2%", "41,2", 41.2, "percent", "%", "tỷ lệ học sinh bán trú trong tổng số học sinh của huyện", location="Hà Quảng"),
    F("và 39,7%", "39,7", 39.7, "percent", "%", "tỷ lệ học sinh bán trú trong tổng số học sinh của huyện", location="Bảo Lạc"),
    F("khoảng 420 phòng ở", "420", 420, "count", "phòng ở", "phòng ở bán trú còn thiếu", approx="about"),
    F("135 nhà bếp", "135", 135, "count", "nhà bếp, nhà ăn", "nhà bếp, nhà ăn còn thiếu"),
    F("từ 8 đến 10 học sinh", "8", 8, "count", "học sinh", "học sinh mỗi phòng ở", value_max=10),
    F("phân bổ 65 tỷ đồng", "65", 65e9, "money", "đồng", "kinh phí xây dựng, sửa chữa cơ sở vật chất bán trú", N24),
]

emit("p438-7", TEXT, [
    "Cổng TTĐT tỉnh Cao Bằng (province portal): support policy for boarding pupils; one-cell-per-line table (Năm 2022 | Năm 2023 | Ước năm 2024).",
    "Dateline 'Ngày cập nhật: 12/09/2024' (no time). Distractors: 'Tổng truy cập: 4.815.302' (counter), school-year names.",
    "Table: units and multipliers from the row labels ('(triệu đồng)' -> ×10^6 đồng); period from the column header; 'Ước năm 2024' = estimate.",
    "The headline '32 nghìn' restates the body figure: both annotated (each mention is a figure).",
    "'đạt 54,2% dự toán năm': percent of 86,4 tỷ. 'giảm từ 0,42% … xuống còn 0,27%': two levels, each with its own school year; no change object.",
    "'Bảo Lâm, Hà Quảng, Bảo Lạc … lần lượt chiếm 48,5%, 41,2% và 39,7%': list matched in order, each district its location.",
    "'khoảng' only before 420 (135 has its own verb 'thiếu'). 'từ 8 đến 10 học sinh' per room: a range count.",
], FIGS, published="2024-09-12", location="Cao Bằng")

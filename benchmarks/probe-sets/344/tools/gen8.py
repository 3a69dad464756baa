from lib import *

text = """
CỤC THỐNG KÊ TỈNH THỪA THIÊN HUẾ

Hoạt động lưu trú 9 tháng năm 2024 tăng trưởng khá
Thứ năm, 03/10/2024 | 08:15

Hoạt động kinh doanh dịch vụ lưu trú trên địa bàn tỉnh Thừa Thiên Huế 9 tháng năm 2024 tiếp tục khởi sắc nhờ chuỗi sự kiện văn hóa, lễ hội. Doanh thu dịch vụ lưu trú ước đạt 2.237,4 tỷ đồng, tăng 21,2% so với cùng kỳ năm trước; công suất sử dụng phòng bình quân ước đạt 56,8%, tăng 5,6 điểm phần trăm.

Một số chỉ tiêu chủ yếu:
Chỉ tiêu
Đơn vị tính
Thực hiện 9 tháng năm 2023
Ước tính 9 tháng năm 2024
9 tháng năm 2024 so với cùng kỳ (%)
Số lượt khách lưu trú
Nghìn lượt
2.018,5
2.364,2
117,1
Số lượt khách quốc tế lưu trú
Nghìn lượt
652,3
861,7
132,1
Số ngày khách lưu trú
Nghìn ngày khách
3.995,0
4.612,8
115,5
Doanh thu dịch vụ lưu trú
Tỷ đồng
1.845,6
2.237,4
121,2
Công suất sử dụng phòng bình quân
%
51,2
56,8
-

Tính đến 30/9/2024, toàn tỉnh có 1.012 cơ sở lưu trú với 16.540 phòng, trong đó 78 khách sạn từ 3 đến 5 sao. Thành phố Huế chiếm 78,5% tổng lượt khách lưu trú; huyện Phú Lộc và thị xã Hương Thủy lần lượt chiếm 9,2% và 4,1%. Ngày lưu trú bình quân một lượt khách đạt 1,95 ngày.

Quý IV/2024, dự báo lượng khách lưu trú tăng khoảng 10-12% so với cùng kỳ nhờ Festival Huế 2024 mùa thu và các giải chạy quốc tế.
"""

A = P("Thực hiện 9 tháng năm 2023", "2023-01-01", "2023-09-30")
B = P("Ước tính 9 tháng năm 2024", "2024-01-01", "2024-09-30")
Cc = P("9 tháng năm 2024 so với cùng kỳ", "2024-01-01", "2024-09-30")
M9i = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", True)
ASOF = P("Tính đến 30/9/2024", None, "2024-09-30")

rows = [
    ("Số lượt khách lưu trú", "lượt", 1e3, "count", ("2.018,5", 2018.5), ("2.364,2", 2364.2), ("117,1", 117.1)),
    ("Số lượt khách quốc tế lưu trú", "lượt", 1e3, "count", ("652,3", 652.3), ("861,7", 861.7), ("132,1", 132.1)),
    ("Số ngày khách lưu trú", "ngày khách", 1e3, "count", ("3.995,0", 3995.0), ("4.612,8", 4612.8), ("115,5", 115.5)),
    ("Doanh thu dịch vụ lưu trú", "đồng", 1e9, "money", ("1.845,6", 1845.6), ("2.237,4\n121,2", 2237.4), ("121,2", 121.2)),
]
figs = [
    F("ước đạt 2.237,4 tỷ đồng", "2.237,4", 2237.4e9, "money", "đồng", "doanh thu dịch vụ lưu trú", M9i, status="estimate",
      change=C("increase", 21.2, "%", "cùng kỳ năm trước")),
    F("ước đạt 56,8%", "56,8", 56.8, "percent", "%", "công suất sử dụng phòng bình quân", M9i, status="estimate",
      change=C("increase", 5.6, "điểm phần trăm")),
]
for label, unit, mult, kind, c1, c2, c3 in rows:
    a1, v1 = c1
    a2, v2 = c2
    a3, v3 = c3
    n2 = a2.split("\n")[0]
    figs.append(F(a1, a1, round(v1 * mult, 6), kind, unit, f"{label} thực hiện 9 tháng năm 2023", A))
    figs.append(F(a2, n2, round(v2 * mult, 6), kind, unit, f"{label} ước tính 9 tháng năm 2024", B, status="estimate"))
    figs.append(F(a3 if a3 != "121,2" else "2.237,4\n121,2", a3, v3, "percent", "%", f"{label} 9 tháng năm 2024 so với cùng kỳ", Cc))
figs += [
    F("%\n51,2", "51,2", 51.2, "percent", "%", "Công suất sử dụng phòng bình quân thực hiện 9 tháng năm 2023", A),
    F("56,8\n-", "56,8", 56.8, "percent", "%", "Công suất sử dụng phòng bình quân ước tính 9 tháng năm 2024", B, status="estimate"),
    F("có 1.012 cơ sở", "1.012", 1012, "count", "cơ sở lưu trú", "cơ sở lưu trú", ASOF),
    F("với 16.540 phòng", "16.540", 16540, "count", "phòng", "phòng lưu trú", ASOF),
    F("trong đó 78 khách sạn", "78", 78, "count", "khách sạn", "khách sạn từ 3 đến 5 sao", ASOF, total=1012),
    F("chiếm 78,5%", "78,5", 78.5, "percent", "%", "tỷ trọng trong tổng lượt khách lưu trú", M9i, location="Huế"),
    F("chiếm 9,2%", "9,2", 9.2, "percent", "%", "tỷ trọng trong tổng lượt khách lưu trú", M9i, location="Phú Lộc"),
    F("và 4,1%", "4,1", 4.1, "percent", "%", "tỷ trọng trong tổng lượt khách lưu trú", M9i, location="Hương Thủy"),
    F("đạt 1,95 ngày", "1,95", 1.95, "measure", "ngày", "ngày lưu trú bình quân một lượt khách", M9i),
    F("khoảng 10-12%", "10", 10, "percent", "%", "lượng khách lưu trú tăng", P("Quý IV/2024", "2024-10-01", "2024-12-31"),
      value_max=12, approx="about", status="forecast"),
]

comments = [
    "Cục Thống kê tỉnh Thừa Thiên Huế (statistics office site): accommodation activity, 9 months 2024, with a table written one cell",
    "per line (Chỉ tiêu | Đơn vị tính | Thực hiện 9 tháng năm 2023 | Ước tính 9 tháng năm 2024 | … so với cùng kỳ (%)).",
    "Dateline 'Thứ năm, 03/10/2024 | 08:15'. Distractors: 'Festival Huế 2024', star labels 'từ 3 đến 5 sao', '-' cell (no number).",
    "Table: the unit and multiplier come from the row's 'Đơn vị tính' cell (Nghìn lượt -> ×1000 lượt; Tỷ đồng -> ×10^9 đồng);",
    "the period from the column header (scored, as in shared h23); 'Ước tính' column -> estimate; 'Thực hiện' -> actual; the '(%)' column",
    "is a growth index, percent with no change, status actual (its header has no ước cue). Subject = row label + column label.",
    "Text: 'ước đạt 2.237,4 tỷ đồng, tăng 21,2% …; … ước đạt 56,8%, tăng 5,6 điểm phần trăm' take '9 tháng năm 2024' from the",
    "previous sentence (inherited). 'trong đó 78 khách sạn' total 1.012. 'Thành phố Huế chiếm 78,5% …; Phú Lộc và Hương Thủy lần lượt",
    "chiếm 9,2% và 4,1%': shares with their places. 'tăng khoảng 10-12% so với cùng kỳ' is the forecast growth itself (percent, no change).",
]
build(8, text, figs, comments, published="2024-10-03", location="Thừa Thiên Huế")

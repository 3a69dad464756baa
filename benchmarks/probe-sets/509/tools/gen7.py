"""p509-7: department site (Sở NN&PTNT Gia Lai), no dateline — coffee/pepper cooperatives, one-cell-per-line table."""
from lib import F, P, INH, CH, emit

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH GIA LAI
Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ

Phát triển HTX nông nghiệp gắn với chuỗi giá trị cà phê, hồ tiêu

Năm 2023, toàn tỉnh Gia Lai có 246 HTX nông nghiệp với 9.870 thành viên; 58 HTX tham gia chuỗi liên kết cà phê, hồ tiêu với diện tích 7.350 ha, trong đó 3.120 ha đạt chứng nhận 4C, Rainforest Alliance.

Kết quả tại 4 huyện trọng điểm như sau:

Huyện
Số HTX
Thành viên (người)
Diện tích liên kết (ha)
Doanh thu năm 2023 (triệu đồng)
Chư Sê
24
1.136
2.480
18.650
Chư Prông
19
842
1.265
9.420
Đak Đoa
17
915
1.530
12.380
Ia Grai
11
508
690
5.940

Doanh thu bình quân của HTX tham gia chuỗi đạt 2,9 tỷ đồng/HTX, cao gấp 1,7 lần HTX ngoài chuỗi. Thu nhập của thành viên tăng từ 10 đến 15% so với trước khi tham gia liên kết. Bên cạnh đó, 21 HTX được Agribank chi nhánh Gia Lai cho vay 34,2 tỷ đồng để đầu tư máy sấy, kho chứa; 6 HTX đã xuất khẩu trực tiếp cà phê nhân sang thị trường châu Âu.

Năm 2024, Sở phấn đấu hỗ trợ 15 HTX xây dựng vùng nguyên liệu đạt chuẩn, kinh phí dự kiến 12,5 tỷ đồng từ Chương trình mục tiêu quốc gia xây dựng nông thôn mới.

Địa chỉ: 36 Trần Hưng Đạo, TP. Pleiku, tỉnh Gia Lai
Điện thoại: 0269.3824.118
Tổng lượt truy cập: 1.204.563
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
COL = P("Doanh thu năm 2023", "2023-01-01", "2023-12-31")
Y23I = INH(Y23)
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("có 246 HTX", "246", 246, "count", "HTX", "HTX nông nghiệp", Y23),
    F("với 9.870 thành viên", "9.870", 9870, "count", "thành viên", "thành viên HTX nông nghiệp", Y23),
    F("58 HTX tham gia", "58", 58, "count", "HTX", "HTX tham gia chuỗi liên kết cà phê, hồ tiêu", Y23),
    F("diện tích 7.350 ha", "7.350", 7350, "measure", "ha", "diện tích chuỗi liên kết cà phê, hồ tiêu", Y23),
    F("trong đó 3.120 ha", "3.120", 3120, "measure", "ha", "diện tích đạt chứng nhận 4C, Rainforest Alliance", Y23,
      total=7350),
    F("tại 4 huyện", "4", 4, "count", "huyện", "huyện trọng điểm"),
]

ROWS = [
    ("Chư Sê", [("Chư Sê\n24", "24"), ("24\n1.136", "1.136"), ("1.136\n2.480", "2.480"), ("2.480\n18.650", "18.650")]),
    ("Chư Prông", [("Chư Prông\n19", "19"), ("19\n842", "842"), ("842\n1.265", "1.265"), ("1.265\n9.420", "9.420")]),
    ("Đak Đoa", [("Đak Đoa\n17", "17"), ("17\n915", "915"), ("915\n1.530", "1.530"), ("1.530\n12.380", "12.380")]),
    ("Ia Grai", [("Ia Grai\n11", "11"), ("11\n508", "508"), ("508\n690", "690"), ("690\n5.940", "5.940")]),
]
num = lambda s: float(s.replace(".", "").replace(",", "."))
for place, cells in ROWS:
    (a1, n1), (a2, n2), (a3, n3), (a4, n4) = cells
    FIGS += [
        F(a1, n1, num(n1), "count", "HTX", "số HTX", Y23I, location=place),
        F(a2, n2, num(n2), "count", "người", "thành viên HTX", Y23I, location=place),
        F(a3, n3, num(n3), "measure", "ha", "diện tích liên kết", Y23I, location=place),
        F(a4, n4, num(n4) * 1e6, "money", "đồng", "doanh thu năm 2023", COL, location=place),
    ]

FIGS += [
    F("đạt 2,9 tỷ đồng/HTX", "2,9", 2.9e9, "money", "đồng/HTX", "doanh thu bình quân của HTX tham gia chuỗi",
      change=CH("increase", 1.7, "lần", "HTX ngoài chuỗi")),
    F("từ 10 đến 15%", "10", 10, "percent", "%", "thu nhập của thành viên tăng so với trước khi tham gia liên kết",
      value_max=15),
    F("đó, 21 HTX", "21", 21, "count", "HTX", "HTX được Agribank cho vay"),
    F("vay 34,2 tỷ đồng", "34,2", 34.2e9, "money", "đồng", "vốn Agribank cho HTX vay đầu tư máy sấy, kho chứa"),
    F("6 HTX đã xuất khẩu", "6", 6, "count", "HTX", "HTX xuất khẩu trực tiếp cà phê nhân"),
    F("hỗ trợ 15 HTX", "15", 15, "count", "HTX", "HTX được hỗ trợ xây dựng vùng nguyên liệu đạt chuẩn", Y24,
      status="target"),
    F("dự kiến 12,5 tỷ đồng", "12,5", 12.5e9, "money", "đồng", "kinh phí hỗ trợ HTX xây dựng vùng nguyên liệu", Y24,
      status="forecast"),
]

COMMENTS = [
    "Department site (Sở NN&PTNT Gia Lai), no dateline, footer with address, phone and visit counter: HTX cà phê, hồ tiêu 2023.",
    "One-cell-per-line table (Huyện | Số HTX | Thành viên (người) | Diện tích liên kết (ha) | Doanh thu năm 2023 (triệu đồng)):",
    "every numeric cell is a figure, the district row label is its location, the column label its subject; units and the ×10^6 come",
    "from the column headers. Only the revenue column names a period (scored); the other cells take 'Năm 2023' of the lead (inherited).",
    "'trong đó 3.120 ha' → total 7.350. 'cao gấp 1,7 lần HTX ngoài chuỗi' after 2,9 tỷ is its change (lần); 'tăng từ 10 đến 15%'",
    "with no base amount is a percent range. 'phấn đấu' → target; 'kinh phí dự kiến' → forecast.",
    "Not figures: '4C' (certificate name), 36 Trần Hưng Đạo, phone 0269.3824.118, 'Tổng lượt truy cập: 1.204.563'.",
]

emit("p509-7", TEXT, COMMENTS, FIGS, location="Gia Lai")

"""p915-7: department site (Chi cục TT&BVTV Quảng Nam), no dateline; rodent results 2023, plan 2024, one-cell-per-line table."""
from lib import F, P, I, C, write

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH QUẢNG NAM
CHI CỤC TRỒNG TRỌT VÀ BẢO VỆ THỰC VẬT
Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ

Kết quả phòng trừ chuột năm 2023 và kế hoạch năm 2024

Năm 2023, diện tích lúa bị chuột gây hại trên địa bàn tỉnh là 1.870 ha, giảm 9,4% so với năm 2022; trong đó vụ Đông Xuân 1.120 ha, vụ Hè Thu 750 ha. Các địa phương đã tổ chức 215 đợt ra quân, sử dụng 2,6 tấn thuốc, chủ yếu là thuốc sinh học Biorat và Racumin 0,75TP, diệt được 136.550 con chuột, đạt 91% kế hoạch.

Số chuột diệt được theo địa phương
Đơn vị tính: con
Địa phương
Năm 2023
Kế hoạch năm 2024
Thăng Bình
48.400
55.000
Điện Bàn
36.250
40.000
Duy Xuyên
28.900
31.000
Các địa phương khác
23.000
24.000
Tổng số
136.550
150.000

Năm 2024, Chi cục đặt mục tiêu diệt 150.000 con chuột, giữ diện tích lúa bị hại dưới 1.500 ha. 6 tháng đầu năm, toàn tỉnh đã diệt được 78.300 con chuột, bằng 52,2% kế hoạch năm; diện tích bị hại là 812 ha, thấp hơn 96 ha so với cùng kỳ.

Chi cục khuyến cáo nông dân chỉ dùng thuốc trong danh mục theo Thông tư số 10/2020/TT-BNNPTNT, đặt bả theo hướng dẫn, thu gom xác chuột để tiêu hủy; không dùng điện để bẫy chuột.

CHI CỤC TRỒNG TRỌT VÀ BẢO VỆ THỰC VẬT QUẢNG NAM
Địa chỉ: Số 08 Trần Phú, TP Tam Kỳ, tỉnh Quảng Nam
Điện thoại: 0235.3851.226
Tổng lượt truy cập: 1.284.509 | Đang online: 37
"""

Y23 = P("Năm 2023", start="2023-01-01", end="2023-12-31")
Y24 = P("Năm 2024", start="2024-01-01", end="2024-12-31")
H1 = P("6 tháng đầu năm", start="2024-01-01", end="2024-06-30")
C23 = P("Năm 2023", start="2023-01-01", end="2023-12-31")
C24 = P("Kế hoạch năm 2024", start="2024-01-01", end="2024-12-31")

rows = [("Thăng Bình", "48.400", 48400, "55.000", 55000),
        ("Điện Bàn", "36.250", 36250, "40.000", 40000),
        ("Duy Xuyên", "28.900", 28900, "31.000", 31000),
        ("Các địa phương khác", "23.000", 23000, "24.000", 24000),
        ("Tổng số", "136.550", 136550, "150.000", 150000)]
TABLE = []
for name, a, av, b, bv in rows:
    if name in ("Tổng số", "Các địa phương khác"):
        loc, subj = "Quảng Nam", "chuột diệt được " + name.lower()
    else:
        loc, subj = name, "chuột diệt được"
    TABLE += [
        F(f"{name}\n{a}", a, av, "count", "con", subj, C23, location=loc),
        F(f"{a}\n{b}", b, bv, "count", "con", subj + " kế hoạch", C24, location=loc, status="target"),
    ]

FIGS = [
    F("là 1.870 ha", "1.870", 1870, "measure", "ha", "diện tích lúa bị chuột gây hại", Y23,
      change=C("decrease", 9.4, "%", "năm 2022")),
    F("vụ Đông Xuân 1.120 ha", "1.120", 1120, "measure", "ha", "diện tích lúa bị chuột gây hại vụ Đông Xuân", Y23,
      total=1870),
    F("vụ Hè Thu 750 ha", "750", 750, "measure", "ha", "diện tích lúa bị chuột gây hại vụ Hè Thu", Y23, total=1870),
    F("215 đợt", "215", 215, "count", "đợt ra quân", "đợt ra quân diệt chuột", I(Y23)),
    F("2,6 tấn", "2,6", 2.6, "measure", "tấn", "thuốc diệt chuột sử dụng", I(Y23)),
    F("diệt được 136.550 con chuột", "136.550", 136550, "count", "con chuột", "chuột diệt được", I(Y23), percent=91),
] + TABLE + [
    F("diệt 150.000 con chuột", "150.000", 150000, "count", "con chuột", "chuột diệt", Y24, status="target"),
    F("dưới 1.500 ha", "1.500", 1500, "measure", "ha", "diện tích lúa bị hại", Y24, approx="under", status="target"),
    F("diệt được 78.300 con chuột", "78.300", 78300, "count", "con chuột", "chuột diệt được", H1, percent=52.2),
    F("là 812 ha", "812", 812, "measure", "ha", "diện tích bị hại", H1, change=C("decrease", 96, "ha", "cùng kỳ")),
]

NOTES = [
    "Department site (Chi cục TT&BVTV Quảng Nam) with no dateline: published is absent. Footer furniture: address 'Số 08 Trần",
    "Phú', phone '0235.3851.226', 'Tổng lượt truy cập: 1.284.509', 'Đang online: 37'. 'Racumin 0,75TP' is a product name;",
    "'Thông tư số 10/2020/TT-BNNPTNT' a document number. One-cell-per-line table ('Đơn vị tính: con'): periods from the",
    "column headers (scored), 'Kế hoạch năm 2024' → status target; 'Các địa phương khác' and 'Tổng số' rows are the province.",
    "'6 tháng đầu năm' takes 2024 from 'Năm 2024' in the sentence before. Table cells carry no totals (Tổng số is its own figure).",
]

if __name__ == "__main__":
    write("p915-7", TEXT, NOTES, FIGS, location="Quảng Nam")

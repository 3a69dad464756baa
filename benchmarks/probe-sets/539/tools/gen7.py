"""p539-7: department site with no dateline (Trung tâm Khuyến nông Thanh Hóa), rice demonstration models vụ Mùa 2023,
one-cell-per-line table with units in the column headers."""
from lib import F, P, Y, I, CH, emit

TEXT = """TRUNG TÂM KHUYẾN NÔNG TỈNH THANH HÓA
Trang chủ » Khuyến nông trồng trọt

Kết quả mô hình trình diễn giống lúa chất lượng vụ Mùa 2023

Vụ Mùa 2023, Trung tâm Khuyến nông triển khai 6 mô hình trình diễn giống lúa chất lượng tại 5 huyện với tổng diện tích 118 ha, thu hút 742 hộ tham gia. Các mô hình được hỗ trợ 100% giống và 50% phân bón, tổng kinh phí hỗ trợ 1.046,8 triệu đồng.

Kết quả cụ thể như sau:

Giống
Địa điểm
Quy mô (ha)
Năng suất (tạ/ha)
Đối chứng (tạ/ha)
Thái Xuyên 111
Yên Định
25
64,2
56,8
Hà Phát 3
Thọ Xuân
20
61,5
55,0
J02
Nga Sơn
15
58,7
54,3
Thanh Hoa 1
Hoằng Hóa
18
66,0
57,4
TBR97
Hoằng Hóa
12
63,8
57,4
Đông A1
Triệu Sơn
28
62,9
56,1

Năng suất bình quân các mô hình đạt 63,1 tạ/ha, cao hơn giống đối chứng (Khang dân 18, Q5) 6,9 tạ/ha, tương đương 12,3%. Lãi thuần tăng 5,2-7,8 triệu đồng/ha so với ruộng đối chứng.

Trong quá trình thực hiện, Trung tâm đã tổ chức 12 lớp tập huấn kỹ thuật cho 620 lượt hộ và 6 hội nghị đầu bờ với hơn 500 đại biểu tham dự. Sâu cuốn lá nhỏ gây hại nhẹ trên các mô hình, tỷ lệ lá bị hại dưới 5%; không có diện tích nhiễm rầy nâu.

Trong vụ Xuân 2024, Trung tâm dự kiến nhân rộng các giống Thái Xuyên 111 và Thanh Hoa 1 lên 350 ha tại 9 huyện.

Địa chỉ: Số 35 Hạc Thành, TP Thanh Hóa | ĐT: 0237.3852.145
Tổng số lượt truy cập: 1.284.519
"""

VM = Y("Vụ Mùa 2023", 2023)
VX = Y("vụ Xuân 2024", 2024)

ROWS = [
    ("Thái Xuyên 111", "Yên Định", "Định\n25", "25", 25, "25\n64,2", "64,2", "64,2\n56,8", "56,8"),
    ("Hà Phát 3", "Thọ Xuân", "Xuân\n20", "20", 20, "20\n61,5", "61,5", "61,5\n55,0", "55,0"),
    ("J02", "Nga Sơn", "Sơn\n15", "15", 15, "15\n58,7", "58,7", "58,7\n54,3", "54,3"),
    ("Thanh Hoa 1", "Hoằng Hóa", "Hóa\n18", "18", 18, "18\n66,0", "66,0", "66,0\n57,4", "57,4"),
    ("TBR97", "Hoằng Hóa", "Hóa\n12", "12", 12, "12\n63,8", "63,8", "63,8\n57,4", "57,4"),
    ("Đông A1", "Triệu Sơn", "Sơn\n28", "28", 28, "28\n62,9", "62,9", "62,9\n56,1", "56,1"),
]


def num(s):
    return float(s.replace(",", "."))


FIGS = [
    F("triển khai 6 mô hình", "6", 6, "count", "mô hình", "mô hình trình diễn giống lúa chất lượng", VM),
    F("tại 5 huyện", "5", 5, "count", "huyện", "huyện triển khai mô hình trình diễn", VM),
    F("diện tích 118 ha", "118", 118, "measure", "ha", "tổng diện tích mô hình trình diễn", VM),
    F("thu hút 742 hộ", "742", 742, "count", "hộ", "hộ tham gia mô hình", VM),
    F("hỗ trợ 100% giống", "100", 100, "percent", "%", "mức hỗ trợ giống", I(VM)),
    F("và 50% phân bón", "50", 50, "percent", "%", "mức hỗ trợ phân bón", I(VM)),
    F("hỗ trợ 1.046,8 triệu", "1.046,8", 1046800000, "money", "đồng", "tổng kinh phí hỗ trợ", I(VM)),
]
for name, place, a1, n1, v1, a2, n2, a3, n3 in ROWS:
    FIGS.append(F(a1, n1, v1, "measure", "ha", f"Quy mô mô hình giống {name}", I(VM), location=place))
    FIGS.append(F(a2, n2, num(n2), "measure", "tạ/ha", f"Năng suất giống {name}", I(VM), location=place))
    FIGS.append(F(a3, n3, num(n3), "measure", "tạ/ha", f"Năng suất đối chứng của mô hình giống {name}", I(VM),
                  location=place))
FIGS += [
    F("tổ chức 12 lớp", "12", 12, "count", "lớp", "lớp tập huấn kỹ thuật", I(VM)),
    F("cho 620 lượt hộ", "620", 620, "count", "lượt hộ", "lượt hộ được tập huấn", I(VM)),
    F("và 6 hội nghị", "6", 6, "count", "hội nghị", "hội nghị đầu bờ", I(VM)),
    F("hơn 500 đại biểu", "500", 500, "count", "đại biểu", "đại biểu tham dự hội nghị đầu bờ", I(VM), approx="over"),
    F("dưới 5%", "5", 5, "percent", "%", "tỷ lệ lá bị sâu cuốn lá nhỏ hại", I(VM), approx="under"),
    F("đạt 63,1 tạ/ha", "63,1", 63.1, "measure", "tạ/ha", "năng suất bình quân các mô hình", I(VM),
      change=CH("increase", 6.9, "tạ/ha", "giống đối chứng (Khang dân 18, Q5)")),
    F("tương đương 12,3%", "12,3", 12.3, "percent", "%", "mức năng suất cao hơn giống đối chứng", I(VM), optional=True),
    F("tăng 5,2-7,8 triệu", "5,2", 5200000, "money", "đồng/ha", "lãi thuần tăng so với ruộng đối chứng", I(VM),
      value_max=7800000),
    F("lên 350 ha", "350", 350, "measure", "ha", "diện tích nhân rộng các giống Thái Xuyên 111 và Thanh Hoa 1", VX,
      status="forecast"),
    F("tại 9 huyện", "9", 9, "count", "huyện", "huyện nhân rộng giống", VX, status="forecast"),
]

COMMENTS = [
    "Department site (Trung tâm Khuyến nông tỉnh Thanh Hóa), no dateline (published null), visit counter in the footer.",
    "One-cell-per-line table (Giống | Địa điểm | Quy mô (ha) | Năng suất (tạ/ha) | Đối chứng (tạ/ha)); units from the column headers;",
    "subject = column + row label (variety); the 'Địa điểm' cell is a district and goes to location. Period from the title (inherited).",
    "Variety names with digits ('Thái Xuyên 111', 'Hà Phát 3', 'J02', 'Thanh Hoa 1', 'TBR97', 'Đông A1', 'Q5', 'Khang dân 18') are not figures.",
    "'cao hơn ... 6,9 tạ/ha, tương đương 12,3%': the first is the change of 63,1 tạ/ha, the second a further change -> optional percent figure.",
    "'Lãi thuần tăng 5,2-7,8 triệu đồng/ha' stands without a base amount: a money range figure. 'dự kiến' governs 350 ha and 9 huyện.",
    "Distractors: 'Số 35 Hạc Thành', phone, 'Tổng số lượt truy cập: 1.284.519'.",
]

emit("p539-7", TEXT, COMMENTS, FIGS, published=None, location="Thanh Hóa")

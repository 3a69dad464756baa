"""p1037-3: UBND tỉnh Hà Nam formal report, 9 months 2024, flattened '|' table by district."""
from lib import F, P, I, C, T, emit

TEXT = """UBND TỈNH HÀ NAM                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                                    Độc lập - Tự do - Hạnh phúc
Số: 287/BC-UBND                     Hà Nam, ngày 15 tháng 10 năm 2024

BÁO CÁO
Kết quả thực hiện Đề án khuyến khích hỏa táng và quản lý nghĩa trang 9 tháng năm 2024

Thực hiện Quyết định số 1456/QĐ-UBND ngày 20/7/2022 của UBND tỉnh, UBND tỉnh báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN
1. Công tác hỏa táng
9 tháng năm 2024, toàn tỉnh có 5.372 người từ trần, trong đó 3.981 trường hợp hỏa táng, đạt tỷ lệ 74,1%, tăng 412 trường hợp so với cùng kỳ năm 2023. Kết quả theo địa phương như sau:

Đơn vị tính: trường hợp
Địa phương | Số người từ trần | Số trường hợp hỏa táng | Tỷ lệ hỏa táng (%)
Phủ Lý | 712 | 668 | 93,8
Duy Tiên | 905 | 702 | 77,6
Kim Bảng | 968 | 701 | 72,4
Thanh Liêm | 1.034 | 713 | 69,0
Bình Lục | 1.012 | 662 | 65,4
Lý Nhân | 741 | 535 | 72,2
Tổng cộng | 5.372 | 3.981 | 74,1

Tỷ lệ hỏa táng của thành phố Phủ Lý gấp gần 1,5 lần huyện Bình Lục.

2. Công tác quản lý nghĩa trang
Toàn tỉnh hiện có 1.126 nghĩa trang, nghĩa địa với tổng diện tích khoảng 612 ha. Trong 9 tháng, các địa phương đã đóng cửa 37 nghĩa địa nhỏ lẻ, quy tập 954 ngôi mộ về nghĩa trang tập trung. Dự án Nghĩa trang nhân dân tập trung của tỉnh có diện tích 28,6 ha, đã giải ngân 45,3/62 tỷ đồng kế hoạch vốn được giao, đạt 73,1%.

II. NHIỆM VỤ QUÝ IV/2024
1. Phấn đấu cả năm 2024 tỷ lệ hỏa táng toàn tỉnh đạt 75%; dự kiến quý IV có khoảng 1.350 trường hợp hỏa táng.
2. Tổ chức sơ kết lần thứ 2 việc thực hiện Đề án; đề nghị HĐND tỉnh nâng mức hỗ trợ hỏa táng từ 3 triệu đồng hiện nay lên 5 triệu đồng/trường hợp.

Nơi nhận:
- Bộ Xây dựng;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Lê Đức Hòa
"""

M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
M9i = I(M9)
ROWS = [  # place, died, cremated, rate, anchors
    ("Phủ Lý", ("Phủ Lý | 712", "712"), ("712 | 668", "668"), ("668 | 93,8", "93,8")),
    ("Duy Tiên", ("Duy Tiên | 905", "905"), ("905 | 702", "702"), ("702 | 77,6", "77,6")),
    ("Kim Bảng", ("Kim Bảng | 968", "968"), ("968 | 701", "701"), ("701 | 72,4", "72,4")),
    ("Thanh Liêm", ("Thanh Liêm | 1.034", "1.034"), ("1.034 | 713", "713"), ("713 | 69,0", "69,0")),
    ("Bình Lục", ("Bình Lục | 1.012", "1.012"), ("1.012 | 662", "662"), ("662 | 65,4", "65,4")),
    ("Lý Nhân", ("Lý Nhân | 741", "741"), ("741 | 535", "535"), ("535 | 72,2", "72,2")),
    ("Hà Nam", ("Tổng cộng | 5.372", "5.372"), ("5.372 | 3.981", "3.981"), ("3.981 | 74,1", "74,1")),
]


def n(s):
    return float(s.replace(".", "").replace(",", "."))


TABLE = []
for place, d, c, r in ROWS:
    TABLE += [
        F(d[0], d[1], n(d[1]), "count", "trường hợp", "Số người từ trần", M9i, location=place),
        F(c[0], c[1], n(c[1]), "count", "trường hợp", "Số trường hợp hỏa táng", M9i, location=place),
        F(r[0], r[1], n(r[1]), "percent", "%", "Tỷ lệ hỏa táng", M9i, location=place),
    ]

FIGS = [
    F("có 5.372 người", "5.372", 5372, "count", "người", "người từ trần", M9),
    F("trong đó 3.981 trường hợp", "3.981", 3981, "count", "trường hợp", "trường hợp hỏa táng", M9,
      total=5372, percent=74.1, change=C("increase", 412, "trường hợp", "cùng kỳ năm 2023")),
] + TABLE + [
    F("gấp gần 1,5 lần", "1,5", 1.5, "multiple", "lần", "tỷ lệ hỏa táng của thành phố Phủ Lý so với huyện Bình Lục", M9i,
      approx="nearly", location="Phủ Lý"),
    F("có 1.126 nghĩa trang", "1.126", 1126, "count", "nghĩa trang, nghĩa địa", "nghĩa trang, nghĩa địa"),
    F("khoảng 612 ha", "612", 612, "measure", "ha", "tổng diện tích nghĩa trang, nghĩa địa", approx="about"),
    F("đóng cửa 37 nghĩa địa", "37", 37, "count", "nghĩa địa", "nghĩa địa nhỏ lẻ đã đóng cửa",
      P("Trong 9 tháng", "2024-01-01", "2024-09-30")),
    F("quy tập 954 ngôi mộ", "954", 954, "count", "ngôi mộ", "ngôi mộ quy tập về nghĩa trang tập trung",
      P("Trong 9 tháng", "2024-01-01", "2024-09-30")),
    F("diện tích 28,6 ha", "28,6", 28.6, "measure", "ha", "diện tích Nghĩa trang nhân dân tập trung của tỉnh"),
    F("giải ngân 45,3/62 tỷ đồng", "45,3", 45.3e9, "money", "đồng", "vốn giải ngân dự án Nghĩa trang nhân dân tập trung",
      I(P("Trong 9 tháng", "2024-01-01", "2024-09-30")), percent=73.1, target=T(62e9, "đồng")),
    F("đạt 75%", "75", 75, "percent", "%", "tỷ lệ hỏa táng toàn tỉnh", P("cả năm 2024", "2024-01-01", "2024-12-31"), status="target"),
    F("khoảng 1.350 trường hợp", "1.350", 1350, "count", "trường hợp", "trường hợp hỏa táng",
      P("quý IV", "2024-10-01", "2024-12-31"), approx="about", status="forecast"),
    F("từ 3 triệu đồng", "3", 3e6, "money", "đồng/trường hợp", "mức hỗ trợ hỏa táng hiện nay"),
    F("lên 5 triệu đồng", "5", 5e6, "money", "đồng/trường hợp", "mức hỗ trợ hỏa táng đề nghị nâng", status="target"),
]
COMMENTS = [
    "Báo cáo UBND tỉnh Hà Nam Số 287/BC-UBND: hỏa táng 9 tháng năm 2024 (flattened '|' table by district), nghĩa trang, nhiệm vụ quý IV.",
    "Not figures: 'Số: 287/BC-UBND', 'ngày 15 tháng 10 năm 2024', 'Quyết định số 1456/QĐ-UBND ngày 20/7/2022', section numbers I., II., 1., 2.,",
    "heading 'NHIỆM VỤ QUÝ IV/2024', 'sơ kết lần thứ 2' (ordinal).",
    "Table: every cell is a figure (no totals), subject = column label, row label = location; 'Tổng cộng' row = Hà Nam.",
    "revised: the count cells of column 'Số người từ trần' take unit 'trường hợp' from the 'Đơn vị tính: trường hợp' line (was 'người').",
    "Table period comes from the sentence above it ('9 tháng năm 2024'): inherited.",
    "45,3/62 tỷ đồng kế hoạch vốn: 62 is the plan -> target, not total. 'nâng ... từ 3 triệu đồng hiện nay lên 5 triệu đồng': 3 triệu is the",
    "current level (actual), 5 triệu the proposed level (status target; a proposal is not in the spec's cue list, our choice).",
]
emit("p1037-3", TEXT, FIGS, COMMENTS, published="2024-10-15", location="Hà Nam")

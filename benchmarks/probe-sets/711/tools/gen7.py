"""p711-7: department site (Sở GTVT Đà Nẵng), no dateline — school buses 9 months 2024, one-cell-per-line table."""
from lib import F, P, I, CH, emit

TEXT = """SỞ GIAO THÔNG VẬN TẢI THÀNH PHỐ ĐÀ NẴNG
Trang chủ | Giới thiệu | Tin tức | Thủ tục hành chính

Kết quả quản lý xe đưa đón học sinh 9 tháng năm 2024

9 tháng năm 2024, Sở Giao thông vận tải đã cấp phù hiệu cho 284 xe ô tô đưa đón học sinh, tăng 9,2% so với cùng kỳ năm 2023; thu hồi phù hiệu của 7 xe không còn đủ điều kiện. Tổng số học sinh được đưa đón ước đạt 12.650 em, bằng 4,1% số học sinh phổ thông toàn thành phố.

Bảng 2. Xe đưa đón học sinh theo địa bàn (tính đến ngày 30/9/2024)

Quận, huyện
Số xe (chiếc)
Học sinh được đưa đón (em)
Xe có camera giám sát (%)
Hải Châu
78
3.540
92,3
Thanh Khê
61
2.715
88,5
Sơn Trà
43
1.820
86,0
Liên Chiểu
52
2.385
80,8
Hòa Vang
50
2.190
74,0
Toàn thành phố
284
12.650
85,2

Theo quy định, xe đưa đón học sinh phải lắp thiết bị giám sát hành trình, có dây đai an toàn cho từng ghế và niên hạn sử dụng không quá 20 năm. Từ quý IV/2024, Sở sẽ phối hợp Sở Giáo dục và Đào tạo kiểm tra đột xuất tại các điểm đón, trả học sinh trên đường Nguyễn Văn Linh, đường 2 Tháng 9 và Quốc lộ 14B.

Mọi thông tin phản ánh xin gửi về Sở Giao thông vận tải thành phố Đà Nẵng, Tầng 11, Trung tâm Hành chính thành phố, 24 Trần Phú, quận Hải Châu. Điện thoại: 0236.3822.174.
Tổng lượt truy cập: 3.051.628
"""

N9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
ASOF = P("tính đến ngày 30/9/2024", None, "2024-09-30", inh=True)

ROWS = [
    ("Hải Châu", "Hải Châu\n78", "78", "78\n3.540", "3.540", "3.540\n92,3", "92,3"),
    ("Thanh Khê", "Thanh Khê\n61", "61", "61\n2.715", "2.715", "2.715\n88,5", "88,5"),
    ("Sơn Trà", "Sơn Trà\n43", "43", "43\n1.820", "1.820", "1.820\n86,0", "86,0"),
    ("Liên Chiểu", "Liên Chiểu\n52", "52", "52\n2.385", "2.385", "2.385\n80,8", "80,8"),
    ("Hòa Vang", "Hòa Vang\n50", "50", "50\n2.190", "2.190", "2.190\n74,0", "74,0"),
    ("Đà Nẵng", "Toàn thành phố\n284", "284", "284\n12.650", "12.650", "12.650\n85,2", "85,2"),
]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


TABLE = []
for place, a1, n1, a2, n2, a3, n3 in ROWS:
    TABLE.append(F(a1, n1, num(n1), "count", "chiếc", "Số xe", ASOF, location=place))
    TABLE.append(F(a2, n2, num(n2), "count", "em", "Học sinh được đưa đón", ASOF, location=place))
    TABLE.append(F(a3, n3, num(n3), "percent", "%", "Xe có camera giám sát", ASOF, location=place))

FIGS = [
    F("cho 284 xe", "284", 284, "count", "xe", "xe ô tô đưa đón học sinh được cấp phù hiệu", N9,
      change=CH("increase", 9.2, "%", "cùng kỳ năm 2023")),
    F("của 7 xe", "7", 7, "count", "xe", "xe bị thu hồi phù hiệu", N9),
    F("ước đạt 12.650 em", "12.650", 12650, "count", "em", "tổng số học sinh được đưa đón", I(N9),
      percent=4.1, status="estimate"),
] + TABLE + [
    F("không quá 20 năm", "20", 20, "measure", "năm", "niên hạn sử dụng xe đưa đón học sinh", approx="at_most",
      optional=True),
]

COMMENTS = [
    "Sở GTVT Đà Nẵng department page: no dateline (no published). Visit counter, address (Tầng 11, 24 Trần Phú), phone,",
    "'đường 2 Tháng 9', 'Quốc lộ 14B', 'quý IV/2024', 'Bảng 2' are not figures.",
    "Table one cell per line, units in the column headers: (chiếc), (em), (%). Subject = column label; district row labels go to",
    "location, 'Toàn thành phố' row = Đà Nẵng. Periods: the as-of in the table title (inherited, not scored). Cells 86,0 and 74,0 are",
    "written with a trailing zero. Legal age limit of vehicles ('không quá 20 năm') is a rule, not a fact: optional.",
    "Lead: '9 tháng năm 2024' governs the first sentence (both clauses); 'ước đạt 12.650 em, bằng 4,1%' estimate with share.",
]

if __name__ == "__main__":
    emit("p711-7", TEXT, COMMENTS, FIGS, published=None, location="Đà Nẵng")

"""p569-7: Sở Xây dựng Cần Thơ (department site, no dateline) — household connections by district, one-cell-per-line table."""
from lib import F, P, INH, CH, emit

TEXT = """SỞ XÂY DỰNG THÀNH PHỐ CẦN THƠ
Giới thiệu | Tin tức | Văn bản | Thủ tục hành chính

Kết quả đấu nối hộ gia đình vào hệ thống thoát nước thải tại các quận

Thực hiện Kế hoạch số 86/KH-UBND của UBND thành phố, các quận trên địa bàn thành phố Cần Thơ tiếp tục vận động người dân đấu nối nước thải sinh hoạt vào mạng lưới thu gom. Số hộ đấu nối lũy kế theo từng quận như sau:

Bảng: Số hộ đấu nối lũy kế
Đơn vị tính: hộ
Quận
Năm 2022
Năm 2023
Kế hoạch 2024
Ninh Kiều
24.610
27.385
30.000
Bình Thủy
6.240
7.918
9.500
Cái Răng
3.575
5.102
6.800
Ô Môn
1.020
1.864
3.000
Tổng cộng
35.445
42.269
49.300

Năm 2023, toàn thành phố đấu nối mới 6.824 hộ, tăng 41,3% so với năm 2022. Nhà máy xử lý nước thải tập trung của thành phố công suất 30.000 m³/ngày đêm hiện mới vận hành khoảng 45% công suất do lượng nước thải thu gom còn thấp.

Thành phố hỗ trợ 2 triệu đồng/hộ đối với hộ nghèo, hộ cận nghèo và 1 triệu đồng/hộ đối với các hộ còn lại khi đấu nối. Năm 2023, tổng kinh phí hỗ trợ đã giải ngân 8,26 tỷ đồng, bằng 91,8% dự toán.

Sở Xây dựng đề nghị UBND các quận đẩy mạnh tuyên truyền, phấn đấu hoàn thành kế hoạch đấu nối năm 2024 trước ngày 15/12/2024.

Mọi chi tiết xin liên hệ: Phòng Hạ tầng kỹ thuật, số 25 Ngô Hữu Hạnh, phường Tân An, quận Ninh Kiều. ĐT: 0292.3820.145.
Tổng số lượt truy cập: 1.284.906
"""

Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
K24 = P("Kế hoạch 2024", "2024-01-01", "2024-12-31")
S = "số hộ đấu nối lũy kế"
rows = [
    ("Ninh Kiều", "Ninh Kiều\n24.610", "24.610", "\n27.385", "27.385", "27.385\n30.000", "30.000"),
    ("Bình Thủy", "Bình Thủy\n6.240", "6.240", "\n7.918", "7.918", "\n9.500", "9.500"),
    ("Cái Răng", "Cái Răng\n3.575", "3.575", "\n5.102", "5.102", "\n6.800", "6.800"),
    ("Ô Môn", "Ô Môn\n1.020", "1.020", "\n1.864", "1.864", "1.864\n3.000", "3.000"),
    ("Cần Thơ", "Tổng cộng\n35.445", "35.445", "\n42.269", "42.269", "\n49.300", "49.300"),
]
FIGS = []
for loc, a1, n1, a2, n2, a3, n3 in rows:
    v = lambda s: float(s.replace(".", ""))
    pre = S + (" tổng cộng" if loc == "Cần Thơ" else "")
    FIGS += [
        F(a1, n1, v(n1), "count", "hộ", subject=pre + " năm 2022", period=Y22, location=loc),
        F(a2, n2, v(n2), "count", "hộ", subject=pre + " năm 2023", period=Y23, location=loc),
        F(a3, n3, v(n3), "count", "hộ", status="target", subject=pre + " kế hoạch 2024", period=K24,
          location=loc),
    ]
FIGS += [
    F("mới 6.824 hộ", "6.824", 6824, "count", "hộ", change=CH("increase", 41.3, "%", "năm 2022"),
      subject="hộ đấu nối mới", period=Y23),
    F("suất 30.000 m³", "30.000", 30000, "measure", "m³/ngày đêm",
      subject="công suất nhà máy xử lý nước thải tập trung"),
    F("khoảng 45%", "45", 45, "percent", "%", approx="about",
      subject="công suất vận hành nhà máy xử lý nước thải tập trung"),
    F("hỗ trợ 2 triệu đồng/hộ", "2", 2e6, "money", "đồng/hộ",
      subject="mức hỗ trợ đấu nối đối với hộ nghèo, hộ cận nghèo"),
    F("và 1 triệu đồng/hộ", "1", 1e6, "money", "đồng/hộ",
      subject="mức hỗ trợ đấu nối đối với các hộ còn lại"),
    F("ngân 8,26 tỷ đồng", "8,26", 8.26e9, "money", "đồng", percent=91.8,
      subject="tổng kinh phí hỗ trợ đã giải ngân", period=Y23),
]

COMMENTS = [
    "Sở Xây dựng Cần Thơ (department site, no dateline): hộ đấu nối lũy kế theo quận; visit counter in the footer.",
    "One-cell-per-line table with 'Đơn vị tính: hộ'; columns Năm 2022 / Năm 2023 / Kế hoạch 2024 (status target) give the scored periods.",
    "Row labels are districts (location); 'Tổng cộng' row is the city (Cần Thơ). A table has no part-of cue: the district cells get no total.",
    "Distractors: 'Kế hoạch số 86/KH-UBND', 'ngày 15/12/2024', 'số 25 Ngô Hữu Hạnh', phone, 'Tổng số lượt truy cập: 1.284.906'.",
    "'bằng 91,8% dự toán' is the percent of 8,26 tỷ. 'hiện … khoảng 45% công suất' has no period (Hiện).",
]

if __name__ == "__main__":
    emit("p569-7", TEXT, COMMENTS, FIGS, published=None, location="Cần Thơ")

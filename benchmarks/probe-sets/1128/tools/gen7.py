"""p1128-7: department site (Sở NN&PTNT Khánh Hòa), no dateline, one-cell-per-line table of anti-drought water works."""
from lib import F, P, I, C, T, write

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH KHÁNH HÒA
Trang chủ | Giới thiệu | Tin tức | Thủ tục hành chính | Liên hệ

Khánh Hòa đẩy nhanh các công trình cấp nước chống hạn

Năm 2023, Trung tâm Nước sạch và Vệ sinh môi trường nông thôn tỉnh đã khoan 52 giếng, xây 118 bể chứa nước và sửa chữa 9 công trình cấp nước tập trung với tổng vốn 14,7 tỷ đồng, đạt 96,5% kế hoạch. Nhờ đó, thêm 3.460 hộ ở các huyện Cam Lâm, Vạn Ninh, Khánh Sơn có nước sinh hoạt ổn định.

Khối lượng công trình cấp nước chống hạn:
Đơn vị tính: công trình
Hạng mục
Năm 2023
Quý I/2024
Kế hoạch 2024
Giếng khoan
52
17
60
Bể chứa nước
118
40
150
Công trình cấp nước tập trung
9
3
12
Tổng số
179
60
222

Tại vùng núi Khánh Sơn, giếng phải khoan sâu 120-150 m mới gặp nước, chi phí bình quân khoảng 65 triệu đồng/giếng, cao gấp đôi vùng đồng bằng. Hiện toàn tỉnh có 87,6% dân số nông thôn sử dụng nước hợp vệ sinh; mục tiêu đến năm 2025 đạt 90%.

Tin liên quan:
- Tập huấn quản lý, vận hành công trình cấp nước nông thôn lần thứ 2
- Kế hoạch số 1025/KH-SNN về phòng, chống hạn mùa khô

SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH KHÁNH HÒA
Địa chỉ: 04 Phan Chu Trinh, TP Nha Trang, tỉnh Khánh Hòa
Điện thoại: 0258.3822.647 - Email: snnptnt@khanhhoa.gov.vn
Tổng lượt truy cập: 2.315.809 | Đang trực tuyến: 41
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Q1 = P("Quý I/2024", "2024-01-01", "2024-03-31")
K24 = P("Kế hoạch 2024", "2024-01-01", "2024-12-31")
Y25 = P("đến năm 2025", None, "2025-12-31")
KS = "Khánh Sơn"
ROWS = {"Giếng khoan": "giếng khoan", "Bể chứa nước": "bể chứa nước",
        "Công trình cấp nước tập trung": "công trình cấp nước tập trung", "Tổng số": "tổng số công trình"}


def cell(anchor, number, value, row, col):
    per = {"Năm 2023": Y23, "Quý I/2024": Q1, "Kế hoạch 2024": K24}[col]
    kw = {"status": "target"} if col.startswith("Kế hoạch") else {}
    return F(anchor, number, value, "count", "công trình", subject=f"{ROWS[row]} {col.lower()}", period=per, **kw)


FIGS = [
    F("khoan 52 giếng", "52", 52, "count", "giếng", subject="giếng Trung tâm Nước sạch đã khoan", period=Y23),
    F("xây 118 bể", "118", 118, "count", "bể chứa nước", subject="bể chứa nước đã xây", period=Y23),
    F("sửa chữa 9 công trình", "9", 9, "count", "công trình", subject="công trình cấp nước tập trung sửa chữa",
      period=Y23),
    F("vốn 14,7 tỷ", "14,7", 14700000000, "money", "đồng", percent=96.5,
      subject="tổng vốn khoan giếng, xây bể và sửa chữa công trình cấp nước", period=Y23),
    F("thêm 3.460 hộ", "3.460", 3460, "count", "hộ", subject="hộ có thêm nước sinh hoạt ổn định", period=I(Y23)),
    cell("Giếng khoan\n52", "52", 52, "Giếng khoan", "Năm 2023"),
    cell("52\n17", "17", 17, "Giếng khoan", "Quý I/2024"),
    cell("17\n60", "60", 60, "Giếng khoan", "Kế hoạch 2024"),
    cell("Bể chứa nước\n118", "118", 118, "Bể chứa nước", "Năm 2023"),
    cell("118\n40", "40", 40, "Bể chứa nước", "Quý I/2024"),
    cell("40\n150", "150", 150, "Bể chứa nước", "Kế hoạch 2024"),
    cell("tập trung\n9", "9", 9, "Công trình cấp nước tập trung", "Năm 2023"),
    cell("9\n3", "3", 3, "Công trình cấp nước tập trung", "Quý I/2024"),
    cell("3\n12", "12", 12, "Công trình cấp nước tập trung", "Kế hoạch 2024"),
    cell("Tổng số\n179", "179", 179, "Tổng số", "Năm 2023"),
    cell("179\n60", "60", 60, "Tổng số", "Quý I/2024"),
    cell("60\n222", "222", 222, "Tổng số", "Kế hoạch 2024"),
    F("sâu 120-150 m", "120", 120, "measure", "m", value_max=150, subject="độ sâu giếng khoan vùng núi",
      location=KS),
    F("khoảng 65 triệu", "65", 65000000, "money", "đồng/giếng", approx="about",
      change=C("increase", 2, "lần", "vùng đồng bằng"),
      subject="chi phí bình quân khoan giếng vùng núi", location=KS),
    F("có 87,6%", "87,6", 87.6, "percent", "%", subject="dân số nông thôn sử dụng nước hợp vệ sinh"),
    F("đạt 90%", "90", 90, "percent", "%", status="target",
      subject="dân số nông thôn sử dụng nước hợp vệ sinh", period=Y25),
]

NOTES = [
    "Department site (Sở NN&PTNT Khánh Hòa) with no dateline: no published. Related links, footer address, phone, email, counters.",
    "One-cell-per-line table ('Đơn vị tính: công trình'): rows are items, subject = row label + column label; periods from column",
    "headers (scored); 'Kế hoạch 2024' -> target. Table cells get no totals; the 'Tổng số' row is its own figures.",
    "Lead paragraph repeats the 2023 column in prose (52, 118, 9): separate figures with their own anchors.",
    "'đạt 96,5% kế hoạch' is the percent of 14,7 tỷ. 'cao gấp đôi vùng đồng bằng' after a money figure -> its change (increase 2 lần).",
    "'Hiện … 87,6%' gets no period. 'mục tiêu đến năm 2025 đạt 90%' -> target, period to 2025-12-31.",
    "Distractors: 'lần thứ 2', 'Kế hoạch số 1025/KH-SNN', '04 Phan Chu Trinh', phone 0258.3822.647, 'Tổng lượt truy cập: 2.315.809',",
    "'Đang trực tuyến: 41'.",
]

if __name__ == "__main__":
    write("p1128-7", TEXT, NOTES, FIGS, published=None, location="Khánh Hòa")

"""p587-7: Sở LĐ-TB&XH Bình Phước department site (no dateline) — hiện trạng nghĩa trang liệt sĩ, one-cell-per-line table."""
from lib import emit, fig, per, inh, ch

TEXT = """SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI TỈNH BÌNH PHƯỚC
Trang chủ | Giới thiệu | Người có công | Văn bản

Hiện trạng nghĩa trang liệt sĩ trên địa bàn tỉnh

Tính đến ngày 31/12/2023, toàn tỉnh có 13 nghĩa trang liệt sĩ với tổng diện tích hơn 52 ha, đang quản lý 18.740 mộ liệt sĩ. Năm 2023, tỉnh tiếp nhận và an táng 34 hài cốt liệt sĩ do Đội K72 quy tập tại Campuchia, giảm 8 hài cốt so với năm 2022.

Bảng 2. Hiện trạng mộ liệt sĩ tại một số địa phương (số liệu đến 31/12/2023)
Địa phương
Số mộ liệt sĩ (mộ)
Mộ chưa xác định danh tính (mộ)
Kinh phí tu bổ năm 2023 (triệu đồng)
Đồng Xoài
5.812
2.904
3.450
Lộc Ninh
4.126
1.877
2.180
Bình Long
3.095
1.210
1.640
Bù Đăng
1.348
512
870
Toàn tỉnh
18.740
8.126
11.320

Số mộ chưa xác định danh tính chiếm 43,4% tổng số mộ trên địa bàn. Năm 2024, tỉnh dự kiến bố trí 15,8 tỷ đồng để nâng cấp 4 nghĩa trang và xây mới nhà bia ghi tên 2.150 liệt sĩ tại Nghĩa trang liệt sĩ tỉnh (đường Lê Duẩn, phường Tân Phú).

Thân nhân liệt sĩ có nhu cầu thăm viếng, di chuyển hài cốt liệt sĩ liên hệ Phòng Người có công, điện thoại 0271.3879.145 (giờ hành chính từ 7h00 đến 17h00).

Sở Lao động - Thương binh và Xã hội tỉnh Bình Phước
Địa chỉ: Tầng 6, Khối 2, Trung tâm hành chính tỉnh, TP. Đồng Xoài
Tổng lượt truy cập: 1.204.377
"""

PAS = per("Tính đến ngày 31/12/2023", None, "2023-12-31")
PT = inh(per("số liệu đến 31/12/2023", None, "2023-12-31"))
PK = per("Kinh phí tu bổ năm 2023", "2023-01-01", "2023-12-31")
P24 = per("Năm 2024", "2024-01-01", "2024-12-31")

ROWS = [
    ("Đồng Xoài", "Đồng Xoài", ("5.812", 5812), ("2.904", 2904), ("3.450", 3450)),
    ("Lộc Ninh", "Lộc Ninh", ("4.126", 4126), ("1.877", 1877), ("2.180", 2180)),
    ("Bình Long", "Bình Long", ("3.095", 3095), ("1.210", 1210), ("1.640", 1640)),
    ("Bù Đăng", "Bù Đăng", ("1.348", 1348), ("512", 512), ("870", 870)),
    ("Toàn tỉnh", "Bình Phước", ("18.740", 18740), ("8.126", 8126), ("11.320", 11320)),
]
TABLE = []
for label, loc, a, b, c in ROWS:
    TABLE += [
        fig(f"{label}\n{a[0]}\n", a[0], a[1], "count", "mộ", "Số mộ liệt sĩ", PT, location=loc),
        fig(f"{a[0]}\n{b[0]}\n", b[0], b[1], "count", "mộ", "Mộ chưa xác định danh tính", PT, location=loc),
        fig(f"{b[0]}\n{c[0]}\n", c[0], c[1] * 1e6, "money", "đồng", "Kinh phí tu bổ năm 2023", PK, location=loc),
    ]

FIGS = [
    fig("có 13 nghĩa trang", "13", 13, "count", "nghĩa trang", "nghĩa trang liệt sĩ", PAS),
    fig("hơn 52 ha", "52", 52, "measure", "ha", "tổng diện tích nghĩa trang liệt sĩ", PAS, approx="over"),
    fig("quản lý 18.740 mộ", "18.740", 18740, "count", "mộ", "mộ liệt sĩ đang quản lý", PAS),
    fig("an táng 34 hài cốt", "34", 34, "count", "hài cốt", "hài cốt liệt sĩ tiếp nhận và an táng",
        per("Năm 2023", "2023-01-01", "2023-12-31"), change=ch("decrease", 8, "hài cốt", "năm 2022")),
] + TABLE + [
    fig("chiếm 43,4%", "43,4", 43.4, "percent", "%", "số mộ chưa xác định danh tính trong tổng số mộ", PT),
    fig("bố trí 15,8 tỷ đồng", "15,8", 15.8e9, "money", "đồng", "kinh phí nâng cấp nghĩa trang, xây mới nhà bia", P24,
        status="forecast"),
    fig("nâng cấp 4 nghĩa trang", "4", 4, "count", "nghĩa trang", "nghĩa trang được nâng cấp", P24, status="forecast"),
    fig("tên 2.150 liệt sĩ", "2.150", 2150, "count", "liệt sĩ", "liệt sĩ được ghi tên trên nhà bia xây mới", P24,
        status="forecast"),
]

COMMENTS = [
    "Sở LĐ-TB&XH Bình Phước (department site, no dateline): hiện trạng nghĩa trang liệt sĩ đến 31/12/2023.",
    "Bảng 2 is one cell per line (Địa phương | Số mộ liệt sĩ (mộ) | Mộ chưa xác định danh tính (mộ) | Kinh phí tu bổ năm 2023",
    "(triệu đồng)); units in the column headers; district rows give location, 'Toàn tỉnh' is Bình Phước; subject = column label.",
    "Kinh phí cells: ×10^6 đồng, period 2023 from the header (scored); the other cells take the title line's as-of date (inherited).",
    "The Toàn tỉnh row does not equal the sum of the four rows (selected districts): no totals inside the table.",
    "Not figures: 'Bảng 2', Đội K72, phone 0271.3879.145, '7h00 đến 17h00', 'Tầng 6, Khối 2', 'Tổng lượt truy cập: 1.204.377'.",
    "'34 hài cốt ..., giảm 8 hài cốt so với năm 2022': change in hài cốt. 'tỉnh dự kiến bố trí ... để nâng cấp ... và xây mới': forecast.",
    "43,4% stands in a sentence with no period: inherited as-of (title).",
]

if __name__ == "__main__":
    emit("p587-7", TEXT, COMMENTS, FIGS, published=None, location="Bình Phước")

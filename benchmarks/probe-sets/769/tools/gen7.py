"""p769-7: department site (Chi cục Chăn nuôi và Thú y Kiên Giang), no dateline — crocodile herd, one-cell-per-line table."""
from lib import F, P, I, CH, emit

ROWS = [("TP. Rạch Giá", "41.300", "38.900", "40.000"), ("Châu Thành", "56.200", "54.100", "55.000"),
        ("Hòn Đất", "47.800", "45.600", "46.000"), ("An Biên", "33.400", "32.700", "33.000"),
        ("U Minh Thượng", "38.800", "37.300", "38.000"), ("Toàn tỉnh", "217.500", "208.600", "212.000")]

TABLE_TEXT = "\n".join(f"{r[0]}\n{r[1]}\n{r[2]}\n{r[3]}" for r in ROWS)

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH KIÊN GIANG
CHI CỤC CHĂN NUÔI VÀ THÚ Y
Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ

Tình hình nuôi cá sấu trên địa bàn tỉnh năm 2023

Năm 2023, tổng đàn cá sấu toàn tỉnh Kiên Giang đạt 208.600 con, giảm 4,1% so với năm 2022; số cơ sở nuôi là 312 cơ sở, trong đó 18 trại có quy mô trên 2.000 con. Đàn cá sấu phân theo địa phương như sau:

Bảng: Tổng đàn cá sấu theo huyện, thành phố
Đơn vị tính: con
Địa phương
Năm 2022
Năm 2023
Kế hoạch 2024
""" + TABLE_TEXT + """

Sản lượng cá sấu thịt xuất bán năm 2023 đạt 1.940 tấn; da cá sấu thu được khoảng 16.500 tấm, trong đó 11.200 tấm đạt tiêu chuẩn xuất khẩu. Giá trị sản xuất ước đạt 97 tỷ đồng.

Hiện nay, giá cá sấu thương phẩm chỉ còn 50.000-55.000 đồng/kg, trong khi chi phí thức ăn chiếm khoảng 65% giá thành. Để hỗ trợ người nuôi, năm 2023 Chi cục đã tổ chức 6 lớp tập huấn cho 240 lượt người về quy trình nuôi an toàn sinh học và tiêm phòng cho 14.500 con cá sấu.

Liên hệ: Chi cục Chăn nuôi và Thú y, số 189 Nguyễn Trung Trực, phường Vĩnh Lạc, TP. Rạch Giá. Điện thoại: 0297.3862.459
Tổng lượt truy cập: 1.287.344
"""

Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Kế hoạch 2024", "2024-01-01", "2024-12-31")


def num(s):
    return float(s.replace(".", ""))


TABLE = []
for place, a, b, c in ROWS:
    loc = "Kiên Giang" if place == "Toàn tỉnh" else place
    TABLE += [
        F(f"{place}\n{a}", a, num(a), "count", "con", "Tổng đàn cá sấu năm 2022", Y22, location=loc),
        F(f"{a}\n{b}", b, num(b), "count", "con", "Tổng đàn cá sấu năm 2023", Y23, location=loc),
        F(f"{b}\n{c}", c, num(c), "count", "con", "Tổng đàn cá sấu kế hoạch 2024", Y24, status="target", location=loc),
    ]

FIGS = [
    F("đạt 208.600 con", "208.600", 208600, "count", "con", "tổng đàn cá sấu", Y23,
      change=CH("decrease", 4.1, baseline="năm 2022")),
    F("là 312 cơ sở", "312", 312, "count", "cơ sở", "cơ sở nuôi cá sấu", Y23),
    F("18 trại", "18", 18, "count", "trại", "trại nuôi cá sấu có quy mô trên 2.000 con", Y23, total=312),
    F("trên 2.000 con", "2.000", 2000, "count", "con", "quy mô trại", approx="over", optional=True),
    *TABLE,
    F("đạt 1.940 tấn", "1.940", 1940, "measure", "tấn", "sản lượng cá sấu thịt xuất bán", P("năm 2023", "2023-01-01", "2023-12-31")),
    F("khoảng 16.500 tấm", "16.500", 16500, "count", "tấm", "da cá sấu thu được", P("năm 2023", "2023-01-01", "2023-12-31"),
      approx="about"),
    F("11.200 tấm", "11.200", 11200, "count", "tấm", "da cá sấu đạt tiêu chuẩn xuất khẩu",
      P("năm 2023", "2023-01-01", "2023-12-31"), total=16500),
    F("50.000-55.000 đồng/kg", "50.000", 50000, "money", "đồng/kg", "giá cá sấu thương phẩm", value_max=55000),
    F("khoảng 65% giá thành", "65", 65, "percent", "%", "tỷ trọng chi phí thức ăn trong giá thành", approx="about"),
    F("6 lớp tập huấn", "6", 6, "count", "lớp", "lớp tập huấn", P("năm 2023", "2023-01-01", "2023-12-31")),
    F("240 lượt người", "240", 240, "count", "lượt người", "lượt người được tập huấn", P("năm 2023", "2023-01-01", "2023-12-31")),
    F("14.500 con", "14.500", 14500, "count", "con", "cá sấu được tiêm phòng", P("năm 2023", "2023-01-01", "2023-12-31")),
    F("ước đạt 97 tỷ đồng", "97", 97000000000, "money", "đồng", "giá trị sản xuất nuôi cá sấu", I(Y23), status="estimate"),
]

COMMENTS = [
    "Department site (Chi cục Chăn nuôi và Thú y, Sở NN&PTNT Kiên Giang), no dateline: crocodile herd 2023 and plan 2024.",
    "One-cell-per-line table with 'Đơn vị tính: con'; columns Năm 2022 | Năm 2023 | Kế hoạch 2024 give the periods (scored, as in",
    "shared h23/h24) and 'Kế hoạch' → target. Row labels are locations (TP. Rạch Giá, …; Toàn tỉnh → Kiên Giang); no totals in cells.",
    "Columns add up: 217.500, 208.600, 212.000; 208.600/217.500 = -4,1%. 18 trại (trong đó) total 312 cơ sở (same facilities).",
    "'quy mô trên 2.000 con' is a size threshold: optional. 11.200 (trong đó) total 16.500 tấm.",
    "Distractors: số 189 Nguyễn Trung Trực, phone 0297.3862.459, 'Tổng lượt truy cập: 1.287.344'.",
]

if __name__ == "__main__":
    emit("p769-7", TEXT, COMMENTS, FIGS, location="Kiên Giang")

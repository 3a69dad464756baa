"""p718-7: Ban Dân tộc tỉnh Kon Tum (department site, no dateline) — one-cell-per-line table of child-marriage couples by district."""
from lib import fig, per, inh, chg, write

TEXT = """BAN DÂN TỘC TỈNH KON TUM
Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ

Tình hình tảo hôn, hôn nhân cận huyết thống trên địa bàn tỉnh giai đoạn 2021-2023

Thực hiện Quyết định số 498/QĐ-TTg ngày 14/4/2015 của Thủ tướng Chính phủ và Tiểu dự án 2 thuộc Dự án 9 Chương trình MTQG 1719, Ban Dân tộc tỉnh tổng hợp số cặp tảo hôn tại các huyện có đông đồng bào dân tộc thiểu số như sau:

Bảng: Số cặp tảo hôn phân theo huyện
Đơn vị tính: cặp

Huyện
Năm 2021
Năm 2022
Năm 2023
Tu Mơ Rông
64
51
43
Kon Plông
58
49
40
Đăk Glei
47
45
36
Sa Thầy
39
33
31
Ia H'Drai
12
9
5
Toàn tỉnh
297
251
204

Tỷ lệ tảo hôn trên tổng số cặp kết hôn của tỉnh giảm từ 11,8% năm 2021 xuống 7,9% năm 2023. Số cặp hôn nhân cận huyết thống giảm từ 6 cặp năm 2021 xuống còn 2 cặp năm 2023, chủ yếu trong đồng bào Xơ Đăng, Gia Rai. Huyện Tu Mơ Rông vẫn là địa phương có số cặp tảo hôn cao nhất tỉnh, chiếm 21,1% tổng số cặp tảo hôn năm 2023.

Nguyên nhân chủ yếu là do tập quán "bắt vợ", nhận thức của một bộ phận người dân còn hạn chế; nhiều em bỏ học sớm sau lớp 9 để lấy vợ, lấy chồng.

Năm 2024, tỉnh phấn đấu giảm ít nhất 10% số cặp tảo hôn so với năm 2023; 100% trường phổ thông dân tộc nội trú, bán trú có câu lạc bộ "Thủ lĩnh của sự thay đổi"; đến năm 2025 cơ bản không còn hôn nhân cận huyết thống.

Địa chỉ: 54 Phan Đình Phùng, TP Kon Tum. Điện thoại: 0260.3862.447.
Tổng số lượt truy cập: 1.204.577
"""

Y = {y: per(f"Năm {y}", f"{y}-01-01", f"{y}-12-31") for y in (2021, 2022, 2023, 2024)}


def row(label, loc, vals, anchors):
    out = []
    for y, v, a in zip((2021, 2022, 2023), vals, anchors):
        out.append(fig(a, str(v), v, "count", "cặp", subject=f"Số cặp tảo hôn năm {y}", period=Y[y], location=loc))
    return out


FIGS = (
    row("Tu Mơ Rông", "Tu Mơ Rông", (64, 51, 43), ("Tu Mơ Rông\n64", "64\n51", "51\n43"))
    + row("Kon Plông", "Kon Plông", (58, 49, 40), ("Kon Plông\n58", "58\n49", "49\n40"))
    + row("Đăk Glei", "Đăk Glei", (47, 45, 36), ("Đăk Glei\n47", "47\n45", "45\n36"))
    + row("Sa Thầy", "Sa Thầy", (39, 33, 31), ("Sa Thầy\n39", "39\n33", "33\n31"))
    + row("Ia H'Drai", "Ia H'Drai", (12, 9, 5), ("Ia H'Drai\n12", "12\n9", "9\n5"))
    + row("Toàn tỉnh", "Kon Tum", (297, 251, 204), ("Toàn tỉnh\n297", "297\n251", "251\n204"))
    + [
        fig("từ 11,8%", "11,8", 11.8, "percent", "%",
            subject="Tỷ lệ tảo hôn trên tổng số cặp kết hôn", period=per("năm 2021", "2021-01-01", "2021-12-31")),
        fig("xuống 7,9%", "7,9", 7.9, "percent", "%",
            subject="Tỷ lệ tảo hôn trên tổng số cặp kết hôn", period=per("năm 2023", "2023-01-01", "2023-12-31")),
        fig("từ 6 cặp", "6", 6, "count", "cặp", subject="cặp hôn nhân cận huyết thống",
            period=per("năm 2021", "2021-01-01", "2021-12-31")),
        fig("còn 2 cặp", "2", 2, "count", "cặp", subject="cặp hôn nhân cận huyết thống",
            period=per("năm 2023", "2023-01-01", "2023-12-31")),
        fig("chiếm 21,1%", "21,1", 21.1, "percent", "%",
            subject="tỷ trọng số cặp tảo hôn của huyện Tu Mơ Rông trong tổng số cặp tảo hôn",
            period=per("năm 2023", "2023-01-01", "2023-12-31"), location="Tu Mơ Rông"),
        fig("giảm ít nhất 10%", "10", 10, "percent", "%", approx="at_least", status="target",
            subject="mức giảm số cặp tảo hôn so với năm 2023", period=Y[2024]),
        fig("100% trường", "100", 100, "percent", "%", status="target",
            subject='trường phổ thông dân tộc nội trú, bán trú có câu lạc bộ "Thủ lĩnh của sự thay đổi"',
            period=Y[2024]),
    ]
)

NOTES = [
    "Ban Dân tộc tỉnh Kon Tum (department site, no dateline, visit counter in the footer): one-cell-per-line table",
    "(Huyện | Năm 2021 | Năm 2022 | Năm 2023) with 'Đơn vị tính: cặp'. Periods from the column headers (scored, as in h23);",
    "district rows -> location, 'Toàn tỉnh' -> Kon Tum; district cells get no total (the row of the province follows, no cue).",
    "'chiếm 21,1% tổng số cặp tảo hôn' has no count before it in its clause: a percent figure of its own for Tu Mơ Rông.",
    "'Quyết định số 498/QĐ-TTg ngày 14/4/2015', 'lớp 9', address '54 Phan Đình Phùng', phone, counter are not figures.",
]

if __name__ == "__main__":
    write("p718-7", TEXT, NOTES, FIGS, location="Kon Tum")

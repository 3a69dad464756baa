"""p535-7: department site (Sở GTVT Cần Thơ), no dateline; one-cell-per-line table with 'Đơn vị tính: nghìn tấn'."""
from lib import fig, per, inh, ch, tg, emit

TEXT = """SỞ GIAO THÔNG VẬN TẢI THÀNH PHỐ CẦN THƠ
Trang chủ | Giới thiệu | Tin tức | Văn bản | Thủ tục hành chính

Kết quả khai thác cảng biển Cần Thơ năm 2023

Năm 2023, hàng hóa thông qua khu vực cảng biển Cần Thơ đạt 5,86 triệu tấn, giảm 3,2% so với năm 2022, đạt 93% kế hoạch. Lượt tàu biển vào, rời cảng là 1.312 lượt, trong đó tàu nước ngoài 214 lượt.

Bảng 2. Hàng hóa thông qua các bến cảng
Đơn vị tính: nghìn tấn
Bến cảng
Năm 2022
Năm 2023
Kế hoạch 2024
Cái Cui
2.140
1.985
2.300
Hoàng Diệu
1.076
1.012
1.150
Trà Nóc
864
902
950
Các bến khác
1.973
1.961
2.100
Tổng cộng
6.053
5.860
6.500

Năm 2023, Cảng vụ Hàng hải Cần Thơ thu phí, lệ phí hàng hải được 42,7 tỷ đồng. Mức phí trọng tải đối với tàu chạy tuyến nội địa là 250 đồng/GT/lượt.

Cũng trong năm 2023, khối lượng hàng hóa vận chuyển bằng đường thủy nội địa của thành phố đạt 12,4 triệu tấn, chiếm khoảng 62% tổng khối lượng hàng hóa vận chuyển. Hiện có 3 tuyến vận tải container bằng sà lan từ Cần Thơ đi TP. Hồ Chí Minh, tần suất 5 chuyến/tuần.

Năm 2024, ngành phấn đấu đưa sản lượng hàng hóa qua cảng đạt 6,5 triệu tấn, tăng khoảng 11% so với năm 2023; đồng thời nạo vét luồng sông Hậu để tàu trọng tải 20.000 DWT ra vào thuận lợi.

Địa chỉ: số 2 Nguyễn Trãi, quận Ninh Kiều, TP. Cần Thơ | ĐT: 0292.3820.537
Tổng lượt truy cập: 1.204.337
"""

Y22 = per("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
K24 = per("Kế hoạch 2024", "2024-01-01", "2024-12-31")

ROWS = [
    ("Cái Cui", "hàng hóa thông qua bến cảng Cái Cui", "2.140", "1.985", "2.300"),
    ("Hoàng Diệu", "hàng hóa thông qua bến cảng Hoàng Diệu", "1.076", "1.012", "1.150"),
    ("Trà Nóc", "hàng hóa thông qua bến cảng Trà Nóc", "864", "902", "950"),
    ("Các bến khác", "hàng hóa thông qua các bến khác", "1.973", "1.961", "2.100"),
    ("Tổng cộng", "Tổng cộng hàng hóa thông qua các bến cảng", "6.053", "5.860", "6.500"),
]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


TABLE = []
for label, subj, a, b, c in ROWS:
    TABLE.append(fig(f"{label}\n{a}\n", a, num(a) * 1e3, "measure", "tấn", f"{subj} năm 2022", Y22))
    TABLE.append(fig(f"\n{a}\n{b}\n", b, num(b) * 1e3, "measure", "tấn", f"{subj} năm 2023", Y23))
    TABLE.append(fig(f"\n{b}\n{c}\n", c, num(c) * 1e3, "measure", "tấn", f"{subj} kế hoạch 2024", K24,
                     status="target"))

FIGS = [
    fig("đạt 5,86 triệu tấn", "5,86", 5.86e6, "measure", "tấn",
        "hàng hóa thông qua khu vực cảng biển Cần Thơ", Y23,
        percent=93, change=ch("decrease", 3.2, baseline="năm 2022")),
    fig("là 1.312 lượt", "1.312", 1312, "count", "lượt", "lượt tàu biển vào, rời cảng", inh(Y23)),
    fig("nước ngoài 214 lượt", "214", 214, "count", "lượt", "lượt tàu nước ngoài vào, rời cảng", inh(Y23),
        total=1312),
] + TABLE + [
    fig("được 42,7 tỷ đồng", "42,7", 42.7e9, "money", "đồng", "phí, lệ phí hàng hải Cảng vụ Hàng hải Cần Thơ thu",
        Y23),
    fig("là 250 đồng/GT/lượt", "250", 250, "money", "đồng/GT/lượt",
        "mức phí trọng tải đối với tàu chạy tuyến nội địa"),
    fig("đạt 12,4 triệu tấn", "12,4", 12.4e6, "measure", "tấn",
        "khối lượng hàng hóa vận chuyển bằng đường thủy nội địa của thành phố",
        per("năm 2023", "2023-01-01", "2023-12-31"), percent=62),
    fig("có 3 tuyến", "3", 3, "count", "tuyến", "tuyến vận tải container bằng sà lan từ Cần Thơ đi TP. Hồ Chí Minh"),
    fig("5 chuyến/tuần", "5", 5, "measure", "chuyến/tuần", "tần suất tuyến vận tải container bằng sà lan"),
    fig("đạt 6,5 triệu tấn", "6,5", 6.5e6, "measure", "tấn", "sản lượng hàng hóa qua cảng",
        per("Năm 2024", "2024-01-01", "2024-12-31"),
        change=ch("increase", 11, baseline="năm 2023", approx="about"), status="target"),
    fig("trọng tải 20.000 DWT", "20.000", 20000, "measure", "DWT", "trọng tải tàu", optional=True),
]

COMMENTS = [
    "Sở GTVT Cần Thơ department site, no dateline (no `published`): kết quả khai thác cảng biển Cần Thơ năm 2023.",
    "One-cell-per-line table under 'Đơn vị tính: nghìn tấn' (values ×1000 tấn); columns Năm 2022 | Năm 2023 | Kế hoạch 2024 give the",
    "periods (scored) and the Kế hoạch column gives status target. Port names (Cái Cui, Hoàng Diệu, Trà Nóc) stay in the subject; location Cần Thơ.",
    "'Bảng 2', the address (số 2 Nguyễn Trãi), phone and 'Tổng lượt truy cập: 1.204.337' are not figures; 'tàu trọng tải 20.000 DWT' optional.",
    "'chiếm khoảng 62% tổng khối lượng' is the percent of 12,4 triệu tấn; TP. Hồ Chí Minh is the barge route's destination, not its location.",
    "revised: the 'Tổng cộng' row subjects now carry the row label as written ('Tổng cộng hàng hóa ...', was 'tổng hàng hóa ...'): FIGURES.md, subject = row label + column label.",
    "'giảm 3,2% so với năm 2022, đạt 93% kế hoạch': change and percent of 5,86 triệu tấn. 250 đồng/GT/lượt keeps its rate in the unit.",
]

if __name__ == "__main__":
    emit("p535-7", TEXT, COMMENTS, FIGS, location="Cần Thơ")

"""p714-7: department site (Sở VHTT Nghệ An), no dateline: mass-sport indicators, one-cell-per-line table by district."""
from lib import F, P, I, CH, TG, emit

TEXT = """SỞ VĂN HÓA VÀ THỂ THAO TỈNH NGHỆ AN
Trang chủ / Thể dục thể thao quần chúng

Phong trào chạy bộ lan tỏa, tỷ lệ người tập luyện thường xuyên trên 36%

Năm 2023, toàn tỉnh Nghệ An có 36,4% dân số tập luyện thể dục thể thao thường xuyên, vượt 1,4% so với kế hoạch; toàn tỉnh tổ chức 58 giải chạy phong trào cấp huyện trở lên, trong đó có 4 giải cấp tỉnh với hơn 15.000 lượt vận động viên. 9 tháng năm 2024, toàn tỉnh đã tổ chức 47 giải chạy, bằng 81% cả năm 2023.

Phong trào chạy bộ cộng đồng phát triển mạnh: hiện toàn tỉnh có 126 câu lạc bộ chạy bộ với khoảng 8.400 hội viên, trong đó TP Vinh có 52 câu lạc bộ.

Một số chỉ tiêu thể dục thể thao quần chúng của các địa phương dẫn đầu như sau:

Đơn vị
Người tập luyện thường xuyên năm 2022 (%)
Người tập luyện thường xuyên năm 2023 (%)
Gia đình thể thao năm 2023 (hộ)
Giải chạy năm 2023 (giải)
TP Vinh
45,2
47,8
32.150
14
Thị xã Cửa Lò
41,6
43,0
9.870
8
Huyện Diễn Châu
33,5
35,2
27.430
6
Huyện Quỳnh Lưu
31,8
34,1
25.960
5
Toàn tỉnh
35,1
36,4
248.600
58

Theo Sở Văn hóa và Thể thao, mục tiêu đến năm 2025 có 38% dân số tập luyện thường xuyên và 26% hộ gia đình đạt gia đình thể thao.

Địa chỉ: Số 2 đường Trường Thi, TP Vinh, Nghệ An | Điện thoại: 0238.3844.370
Tổng số lượt truy cập: 1.203.557
"""

COMMENTS = [
    "Sở VHTT Nghệ An site, no dateline (no published). Footer address 'Số 2 đường Trường Thi', phone, 'Tổng số lượt truy cập: 1.203.557'",
    "are page furniture. One-cell-per-line table, units and years in the column headers; row labels are places (location),",
    "subject = the column label; periods from the column headers (scored, as shared h23). 'Toàn tỉnh' row → location Nghệ An.",
    "'vượt 1,4% so với kế hoạch' is a change of 36,4% (baseline kế hoạch); '4 giải cấp tỉnh' is part of 58 (trong đó).",
    "'bằng 81% cả năm 2023' is the percent of 47 giải. 'cấp huyện trở lên' is a level, not a figure.",
    "The 15.000 lượt VĐV belongs to the 4 provincial races; the headline 'trên 36%' takes no period of its own (inherited from the lead).",
]

PR = "Nghệ An"
Y22 = P("năm 2022", "2022-01-01", "2022-12-31")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
FIGS = [
    F("trên 36%", "36", 36, "percent", "%", "tỷ lệ người tập luyện thường xuyên", I(Y23), approx="over"),
    F("có 36,4%", "36,4", 36.4, "percent", "%", "dân số tập luyện thể dục thể thao thường xuyên", P("Năm 2023", "2023-01-01", "2023-12-31"),
      change=CH("increase", 1.4, "%", "kế hoạch")),
    F("58 giải chạy phong trào", "58", 58, "count", "giải chạy", "giải chạy phong trào cấp huyện trở lên",
      P("Năm 2023", "2023-01-01", "2023-12-31")),
    F("có 4 giải", "4", 4, "count", "giải", "giải cấp tỉnh", P("Năm 2023", "2023-01-01", "2023-12-31"), total=58),
    F("hơn 15.000", "15.000", 15000, "count", "lượt vận động viên", "lượt vận động viên giải cấp tỉnh",
      P("Năm 2023", "2023-01-01", "2023-12-31"), approx="over"),
    F("tổ chức 47 giải", "47", 47, "count", "giải chạy", "giải chạy toàn tỉnh đã tổ chức",
      P("9 tháng năm 2024", "2024-01-01", "2024-09-30"), percent=81),
    F("có 126 câu lạc bộ", "126", 126, "count", "câu lạc bộ", "câu lạc bộ chạy bộ"),
    F("khoảng 8.400", "8.400", 8400, "count", "hội viên", "hội viên câu lạc bộ chạy bộ", approx="about"),
    F("có 52 câu lạc bộ", "52", 52, "count", "câu lạc bộ", "câu lạc bộ chạy bộ", total=126, location="Vinh"),
]

rows = [
    ("TP Vinh", "Vinh", ["45,2", "47,8", "32.150", "14"]),
    ("Thị xã Cửa Lò", "Cửa Lò", ["41,6", "43,0", "9.870", "8"]),
    ("Huyện Diễn Châu", "Diễn Châu", ["33,5", "35,2", "27.430", "6"]),
    ("Huyện Quỳnh Lưu", "Quỳnh Lưu", ["31,8", "34,1", "25.960", "5"]),
    ("Toàn tỉnh", PR, ["35,1", "36,4", "248.600", "58"]),
]
cols = [
    ("Người tập luyện thường xuyên năm 2022", "percent", "%", Y22),
    ("Người tập luyện thường xuyên năm 2023", "percent", "%", Y23),
    ("Gia đình thể thao năm 2023", "count", "hộ", Y23),
    ("Giải chạy năm 2023", "count", "giải", Y23),
]
for label, place, cells in rows:
    for i, (c, (col, kind, unit, per)) in enumerate(zip(cells, cols)):
        anchor = "\n".join([label] + cells[: i + 1]) + "\n"
        v = float(c.replace(".", "").replace(",", "."))
        FIGS.append(F(anchor, c, v, kind, unit, col, per, location=place))

FIGS += [
    F("có 38%", "38", 38, "percent", "%", "dân số tập luyện thường xuyên", P("đến năm 2025", None, "2025-12-31"), status="target"),
    F("và 26%", "26", 26, "percent", "%", "hộ gia đình đạt gia đình thể thao", P("đến năm 2025", None, "2025-12-31"),
      status="target"),
]

emit("p714-7", TEXT, COMMENTS, FIGS, location=PR)

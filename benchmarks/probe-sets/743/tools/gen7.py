from lib import *

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH THÁI NGUYÊN
Trang chủ » Trồng trọt » Cây ăn quả

Phát triển vùng na tập trung gắn với liên kết tiêu thụ

Năm 2023, diện tích na toàn tỉnh Thái Nguyên đạt 2.104 ha, tăng 3,4% so với năm 2022; sản lượng đạt 19.860 tấn. Na được trồng chủ yếu ở hai huyện Võ Nhai, Đồng Hỷ trên nền đất đá vôi.

Diện tích, sản lượng na phân theo huyện, thành phố

Huyện, thành phố
Diện tích năm 2022 (ha)
Diện tích năm 2023 (ha)
Sản lượng năm 2023 (tấn)
Võ Nhai
998
1.026
9.750
Đồng Hỷ
612
640
5.890
Phú Lương
205
218
1.960
Đại Từ
138
142
1.290
Các huyện, TP khác
82
78
970
Toàn tỉnh
2.035
2.104
19.860

Năng suất na bình quân năm 2023 đạt 105 tạ/ha, cao nhất ở huyện Võ Nhai với 112 tạ/ha. Giá na bình quân cả năm đạt 42.000 đồng/kg, giá trị sản xuất khoảng 834 tỷ đồng. Toàn tỉnh có 18 hợp tác xã và 52 tổ hợp tác trồng na; 410 ha được chứng nhận VietGAP, chiếm 19,5% diện tích. Hai nhãn hiệu tập thể "Na La Hiên" và "Na Đồng Hỷ" đã được bảo hộ.

Kế hoạch năm 2024, tỉnh duy trì diện tích khoảng 2.150 ha, sản lượng 21.000 tấn; hỗ trợ 1,2 tỷ đồng để xây dựng 15 mã số vùng trồng và 5 điểm sơ chế, đóng gói.

Địa chỉ: Số 6 đường Nha Trang, TP Thái Nguyên | ĐT: 0208.3855.614
Tổng số lượt truy cập: 1.284.503
"""

Y22 = per("năm 2022", "2022-01-01", "2022-12-31")
Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
Y23L = per("Năm 2023", "2023-01-01", "2023-12-31")
CN = per("cả năm", "2023-01-01", "2023-12-31")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")

ROWS = [
    ("Võ Nhai", "Võ Nhai\n998", "998", 998, "998\n1.026", "1.026", 1026, "1.026\n9.750", "9.750", 9750),
    ("Đồng Hỷ", "Đồng Hỷ\n612", "612", 612, "612\n640", "640", 640, "640\n5.890", "5.890", 5890),
    ("Phú Lương", "Phú Lương\n205", "205", 205, "205\n218", "218", 218, "218\n1.960", "1.960", 1960),
    ("Đại Từ", "Đại Từ\n138", "138", 138, "138\n142", "142", 142, "142\n1.290", "1.290", 1290),
    ("Thái Nguyên", "TP khác\n82", "82", 82, "82\n78", "78", 78, "78\n970", "970", 970),
    ("Thái Nguyên", "Toàn tỉnh\n2.035", "2.035", 2035, "2.035\n2.104", "2.104", 2104, "2.104\n19.860", "19.860", 19860),
]

TABLE = []
for loc, a1, n1, v1, a2, n2, v2, a3, n3, v3 in ROWS:
    # revised after the first run: the row label "Các huyện, TP khác" is not a place, so it belongs in the subject.
    rest = " các huyện, TP khác" if a1.startswith("TP khác") else ""
    TABLE += [
        fig(a1, n1, v1, "measure", "ha", "Diện tích na năm 2022" + rest, Y22, location=loc),
        fig(a2, n2, v2, "measure", "ha", "Diện tích na năm 2023" + rest, Y23, location=loc),
        fig(a3, n3, v3, "measure", "tấn", "Sản lượng na năm 2023" + rest, Y23, location=loc),
    ]

FIGS = [
    fig("đạt 2.104 ha", "2.104", 2104, "measure", "ha", "diện tích na", Y23L,
        change=chg("increase", 3.4, "%", "năm 2022")),
    fig("đạt 19.860 tấn", "19.860", 19860, "measure", "tấn", "sản lượng na", Y23L),
] + TABLE + [
    fig("đạt 105 tạ/ha", "105", 105, "measure", "tạ/ha", "năng suất na bình quân", Y23),
    fig("với 112 tạ/ha", "112", 112, "measure", "tạ/ha", "năng suất na bình quân", Y23, location="Võ Nhai"),
    fig("đạt 42.000 đồng/kg", "42.000", 42000, "money", "đồng/kg", "giá na bình quân", CN),
    fig("khoảng 834 tỷ đồng", "834", 834e9, "money", "đồng", "giá trị sản xuất na", CN, approx="about"),
    fig("hai huyện Võ Nhai", "hai", 2, "count", "huyện", "huyện trồng na chủ yếu", optional=True),
    fig("Hai nhãn hiệu", "Hai", 2, "count", "nhãn hiệu tập thể", "nhãn hiệu tập thể na được bảo hộ", optional=True),
    fig("có 18 hợp tác xã", "18", 18, "count", "hợp tác xã", "hợp tác xã trồng na"),
    fig("và 52 tổ hợp tác", "52", 52, "count", "tổ hợp tác", "tổ hợp tác trồng na"),
    fig("410 ha", "410", 410, "measure", "ha", "diện tích na được chứng nhận VietGAP", percent=19.5),
    fig("khoảng 2.150 ha", "2.150", 2150, "measure", "ha", "diện tích na", Y24, approx="about", status="target"),
    fig("sản lượng 21.000 tấn", "21.000", 21000, "measure", "tấn", "sản lượng na", Y24, status="target"),
    fig("hỗ trợ 1,2 tỷ đồng", "1,2", 1.2e9, "money", "đồng", "kinh phí hỗ trợ xây dựng mã số vùng trồng và điểm sơ chế",
        Y24, status="target"),
    fig("xây dựng 15 mã số", "15", 15, "count", "mã số vùng trồng", "mã số vùng trồng na xây dựng mới", Y24,
        status="target"),
    fig("và 5 điểm sơ chế", "5", 5, "count", "điểm sơ chế, đóng gói", "điểm sơ chế, đóng gói na xây dựng mới", Y24,
        status="target"),
]

COMMENTS = [
    "Sở NN&PTNT Thái Nguyên department site, no dateline (published null): na area and output by district, one-cell-per-line",
    "table with units in column headers (ha, tấn) and periods in column headers (scored, as in h23). District rows -> location;",
    "'Các huyện, TP khác' and 'Toàn tỉnh' -> Thái Nguyên. Table cells carry no total. 'Kế hoạch năm 2024' -> target for the",
    "whole sentence (hỗ trợ ... continues it). 'Hai nhãn hiệu tập thể' and 'hai huyện' are number words counting the items listed",
    "right after: optional (like '1 trong 6 nhiệm vụ' in shared 004). 'cả năm' after 'năm 2023' in the previous sentence = 2023.",
    "revised: the row label 'Các huyện, TP khác' (not a place) added to the subject of its three cells (spec: row label + column).",
    "Distractors: Số 6 đường Nha Trang; ĐT 0208.3855.614; Tổng số lượt truy cập: 1.284.503.",
]

if __name__ == "__main__":
    emit("p743-7", TEXT, COMMENTS, FIGS, location="Thái Nguyên")

"""p952-7: Sở NN&PTNT Quảng Ninh site (no dateline) — cassia area/output 2023, one-cell-per-line table by district, support policy."""
from lib import F, P, I, C, T, write, number_value

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH QUẢNG NINH
Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ

Phát triển cây quế theo hướng hữu cơ tại các huyện miền núi

Quảng Ninh hiện có 9.870 ha quế, chủ yếu ở các huyện Ba Chẽ, Tiên Yên, Bình Liêu, Đầm Hà. Năm 2023, toàn tỉnh khai thác 1.420 tấn vỏ quế và 4.600 tấn cành, lá; giá trị sản xuất đạt 128 tỷ đồng, tăng 7,4% so với năm 2022. Năm 2024, tỉnh giao kế hoạch trồng mới 600 ha quế.

Diện tích, sản lượng quế theo địa phương:
Địa phương
Diện tích năm 2023 (ha)
Sản lượng vỏ năm 2023 (tấn)
Kế hoạch trồng mới 2024 (ha)
Ba Chẽ
4.350
690
250
Tiên Yên
2.780
380
160
Bình Liêu
1.460
190
110
Đầm Hà
1.280
160
80
Toàn tỉnh
9.870
1.420
600

Huyện Ba Chẽ có 620 ha quế được cấp chứng nhận hữu cơ, chiếm 14,3% diện tích quế của huyện. Thực hiện Nghị quyết số 06/2021/NQ-HĐND, tỉnh hỗ trợ 5 triệu đồng/ha trồng mới và tối đa 300 triệu đồng cho mỗi cơ sở chưng cất tinh dầu. Hiện toàn tỉnh có 27 cơ sở chưng cất, mỗi năm sản xuất khoảng 35 tấn tinh dầu quế. Giá vỏ quế khô tại Ba Chẽ hiện từ 36.000 đến 40.000 đồng/kg, thấp hơn 10% so với cuối năm 2023 do nhu cầu xuất khẩu giảm.

Địa chỉ: Tầng 6, Trụ sở Liên cơ quan số 3, phường Hồng Hà, TP Hạ Long
Điện thoại: 0203.3835.675
Tổng lượt truy cập: 1.284.593
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
C23 = P("năm 2023", "2023-01-01", "2023-12-31")
C24 = P("2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("có 9.870 ha", "9.870", 9870, "measure", "ha", "diện tích quế"),
    F("khai thác 1.420 tấn", "1.420", 1420, "measure", "tấn", "vỏ quế khai thác", Y23),
    F("4.600 tấn", "4.600", 4600, "measure", "tấn", "cành, lá quế khai thác", Y23),
    F("đạt 128 tỷ đồng", "128", 128e9, "money", "đồng", "giá trị sản xuất từ quế", Y23,
      change=C("increase", 7.4, "%", "năm 2022")),
    F("trồng mới 600 ha", "600", 600, "measure", "ha", "kế hoạch trồng mới quế", Y24, status="target"),
]
ROWS = [
    ("Ba Chẽ", ["Ba Chẽ\n4.350", "4.350\n690", "690\n250"]),
    ("Tiên Yên", ["Tiên Yên\n2.780", "2.780\n380", "380\n160"]),
    ("Bình Liêu", ["Bình Liêu\n1.460", "1.460\n190", "190\n110"]),
    ("Đầm Hà", ["Đầm Hà\n1.280", "1.280\n160", "160\n80"]),
    ("Quảng Ninh", ["Toàn tỉnh\n9.870", "9.870\n1.420", "1.420\n600"]),
]
COLS = [("diện tích quế năm 2023", "measure", "ha", C23, "actual"),
        ("sản lượng vỏ quế năm 2023", "measure", "tấn", C23, "actual"),
        ("kế hoạch trồng mới quế 2024", "measure", "ha", C24, "target")]
for loc, anchors in ROWS:
    for anchor, (subj, kind, unit, per, status) in zip(anchors, COLS):
        num = anchor.split("\n")[1]
        kw = {"location": loc}
        if status != "actual":
            kw["status"] = status
        if loc == "Quảng Ninh":
            subj = subj + " toàn tỉnh"
        FIGS.append(F(anchor, num, number_value(num), kind, unit, subj, per, **kw))

FIGS += [
    F("có 620 ha", "620", 620, "measure", "ha", "diện tích quế được cấp chứng nhận hữu cơ", percent=14.3, location="Ba Chẽ"),
    F("hỗ trợ 5 triệu đồng/ha", "5", 5e6, "money", "đồng/ha", "mức hỗ trợ trồng mới quế"),
    F("tối đa 300 triệu đồng", "300", 300e6, "money", "đồng/cơ sở", "mức hỗ trợ cơ sở chưng cất tinh dầu", approx="at_most"),
    F("có 27 cơ sở", "27", 27, "count", "cơ sở", "cơ sở chưng cất tinh dầu quế"),
    F("khoảng 35 tấn", "35", 35, "measure", "tấn/năm", "tinh dầu quế sản xuất", approx="about"),
    F("từ 36.000 đến 40.000", "36.000", 36000, "money", "đồng/kg", "giá vỏ quế khô", value_max=40000,
      location="Ba Chẽ", change=C("decrease", 10, "%", "cuối năm 2023")),
]

NOTES = [
    "Sở NN&PTNT Quảng Ninh: cassia area and output 2023, one-cell-per-line table by district; no dateline (no `published`).",
    "Not figures: menu, 'Nghị quyết số 06/2021/NQ-HĐND', 'Tầng 6', 'Trụ sở Liên cơ quan số 3', phone, 'Tổng lượt truy cập: 1.284.593'.",
    "Table: unit and period from each column header ('Diện tích năm 2023 (ha)', 'Kế hoạch trồng mới 2024 (ha)' → status target);",
    "district rows give location, 'Toàn tỉnh' is Quảng Ninh; cells carry no totals. '300 triệu đồng cho mỗi cơ sở' → đồng/cơ sở.",
    "'620 ha … chiếm 14,3% diện tích quế của huyện' → percent 14.3, no total (the whole is not stated in the sentence).",
]

write("p952-7", TEXT, NOTES, FIGS, location="Quảng Ninh")

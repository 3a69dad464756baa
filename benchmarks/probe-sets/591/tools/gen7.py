from lib import *

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH QUẢNG NINH
Giới thiệu | Tin tức - Sự kiện | Văn bản | Thủ tục hành chính

Phát triển cây dược liệu, quế, hồi ở vùng cao Quảng Ninh

Những năm gần đây, các huyện miền núi Bình Liêu, Ba Chẽ, Tiên Yên, Đầm Hà đã hình thành vùng nguyên liệu tập trung cây dược liệu, quế và hồi. Năm 2023, tổng diện tích các loại cây này toàn tỉnh đạt 12.893 ha, tăng 1.085 ha so với năm 2022. Trong đó, huyện Ba Chẽ có 4.120 ha quế và 455 ha ba kích, huyện Bình Liêu có 3.870 ha hồi.

Bảng 2. Diện tích một số cây dược liệu, lâm sản ngoài gỗ chủ lực
Đơn vị tính: ha

TT
Loại cây
Năm 2022
Năm 2023
Kế hoạch 2024
1
Hồi
4.850
5.020
5.200
2
Quế
6.310
7.150
8.000
3
Ba kích
411,5
455
520
4
Trà hoa vàng
236,5
268
300

Giá trị sản phẩm năm 2023 ước đạt 386 tỷ đồng. Sản lượng hoa hồi khô đạt khoảng 3.100 tấn, vỏ quế trên 2.600 tấn. Giá ba kích tươi từ 80.000 đến 120.000 đồng/kg; trà hoa vàng khô có giá 2,5 - 3 triệu đồng/kg. Toàn tỉnh có 28 sản phẩm OCOP từ dược liệu, quế, hồi, trong đó 6 sản phẩm đạt 4 sao. Năm 2024, tỉnh bố trí 4,8 tỷ đồng hỗ trợ trồng mới theo Nghị quyết số 194/2019/NQ-HĐND.

Địa chỉ: Tầng 9, Trụ sở Liên cơ quan số 3, phường Hồng Hà, TP Hạ Long
Điện thoại: 0203.3835.691
Tổng số lượt truy cập: 2.614.087
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")

FIGS = [
    F("đạt 12.893 ha", "12.893", 12893, "measure", "ha", "tổng diện tích cây dược liệu, quế và hồi", Y23,
      change=CH("increase", 1085, unit="ha", baseline="năm 2022")),
    F("có 4.120 ha", "4.120", 4120, "measure", "ha", "diện tích quế", I(Y23), total=12893, location="Ba Chẽ"),
    F("455 ha ba kích", "455", 455, "measure", "ha", "diện tích ba kích", I(Y23), total=12893, location="Ba Chẽ"),
    F("có 3.870 ha", "3.870", 3870, "measure", "ha", "diện tích hồi", I(Y23), total=12893, location="Bình Liêu"),
]
cols = [("năm 2022", P("Năm 2022", "2022-01-01", "2022-12-31"), None),
        ("năm 2023", P("Năm 2023", "2023-01-01", "2023-12-31"), None),
        ("kế hoạch 2024", P("Kế hoạch 2024", "2024-01-01", "2024-12-31"), "target")]
rows = [("Hồi", ["4.850", "5.020", "5.200"], "3"), ("Quế", ["6.310", "7.150", "8.000"], "4"),
        ("Ba kích", ["411,5", "455", "520"], "5"), ("Trà hoa vàng", ["236,5", "268", "300"], None)]
for name, cells, nxt in rows:
    seq = [name] + cells + ([nxt] if nxt else [])
    for i, cell in enumerate(cells):
        label, period, status = cols[i]
        # anchor: the previous line and this cell (unique within the table)
        a = seq[i] + "\n" + cell
        kw = {"status": status} if status else {}
        FIGS.append(F(a, cell, parse_num(cell), "measure", "ha", f"diện tích {name.lower()} {label}", period, **kw))
FIGS += [
    F("ước đạt 386 tỷ đồng", "386", 386e9, "money", "đồng", "giá trị sản phẩm", P("năm 2023", "2023-01-01", "2023-12-31"),
      status="estimate"),
    F("khoảng 3.100 tấn", "3.100", 3100, "measure", "tấn", "sản lượng hoa hồi khô", I(Y23), approx="about"),
    F("trên 2.600 tấn", "2.600", 2600, "measure", "tấn", "sản lượng vỏ quế", I(Y23), approx="over"),
    F("từ 80.000 đến", "80.000", 80000, "money", "đồng/kg", "giá ba kích tươi", value_max=120000),
    F("2,5 - 3 triệu", "2,5", 2.5e6, "money", "đồng/kg", "giá trà hoa vàng khô", value_max=3e6),
    F("có 28 sản phẩm", "28", 28, "count", "sản phẩm", "sản phẩm OCOP từ dược liệu, quế, hồi"),
    F("đó 6 sản phẩm", "6", 6, "count", "sản phẩm", "sản phẩm OCOP từ dược liệu, quế, hồi đạt 4 sao", total=28),
    F("bố trí 4,8 tỷ đồng", "4,8", 4.8e9, "money", "đồng", "kinh phí hỗ trợ trồng mới",
      P("Năm 2024", "2024-01-01", "2024-12-31")),
]

COMMENTS = [
    "Sở NN&PTNT Quảng Ninh (department site, no dateline, visit counter in the footer): medicinal herbs, cinnamon, star anise by crop;",
    "one-cell-per-line table with 'Đơn vị tính: ha'. Every cell a figure: subject = crop + column, period from the column header",
    "(scored, as shared h23/h24), 'Kế hoạch 2024' column -> target. Row numbers 1-4 are not figures. Sum check: 2023 column = 12.893,",
    "2022 column = 11.808 (+1.085). District parts after 'Trong đó' get the 12.893 whole (same thing, same year), location = district.",
    "Distractors: Bảng 2, '4 sao', Nghị quyết số 194/2019/NQ-HĐND, Tầng 9, Trụ sở Liên cơ quan số 3, phone, 'Tổng số lượt truy cập'.",
]

emit("p591-7", TEXT, COMMENTS, FIGS, location="Quảng Ninh")

"""p994-7: Sở NN&PTNT Trà Vinh site (no dateline), hành tím 2023 and plan 2024, one-cell-per-line table."""
from lib import F, P, Y, I, C, T, write

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH TRÀ VINH
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Liên hệ

Kết quả sản xuất hành tím năm 2023 và kế hoạch năm 2024

Năm 2023, diện tích hành tím toàn tỉnh đạt 1.046 ha, sản lượng 17.320 tấn; giá bán bình quân 21.500 đồng/kg, giảm 9% so với năm 2022. Dù giá giảm, nông dân vẫn có lãi nhờ áp dụng tưới phun mưa tiết kiệm, giúp giảm 30% lượng nước tưới và khoảng 20% chi phí nhân công.

Diện tích trồng hành tím theo địa phương
Đơn vị tính: ha
Địa phương
Năm 2022
Năm 2023
Kế hoạch 2024
Cầu Ngang
412
455
480
Duyên Hải
236
248
260
Thị xã Duyên Hải
190
203
210
Trà Cú
128
140
150
Toàn tỉnh
966
1.046
1.100

Toàn tỉnh có 15 tổ hợp tác và 3 hợp tác xã trồng hành tím với 1.850 hộ tham gia. Giống hành tím địa phương chiếm khoảng 65% diện tích, còn lại là giống mua từ Sóc Trăng với giá 45.000 - 50.000 đồng/kg.

Năm 2024, ngành nông nghiệp phấn đấu nâng diện tích hành tím lên 1.100 ha, sản lượng đạt 19.000 tấn; hỗ trợ xây dựng 1 kho lạnh bảo quản quy mô 100 tấn tại huyện Cầu Ngang.

SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH TRÀ VINH
Địa chỉ: Số 02 Nguyễn Thị Minh Khai, Phường 7, TP. Trà Vinh
Điện thoại: 0294.3862.131 - Fax: 0294.3863.114
Lượt truy cập: 1.284.097
"""

Y22, Y23, Y24 = Y(2022, "Năm 2022"), Y(2023, "Năm 2023"), Y(2024, "Kế hoạch 2024")
P24 = Y(2024, "Năm 2024")
A = "diện tích trồng hành tím"


def row(place, loc, a, b, c, va, vb, vc):
    """Three cells of one table row: anchors use the neighbouring line to be unique."""
    out = [
        F(f"{place}\n{a}", a, va, "measure", "ha", A, Y22, location=loc),
        F(f"{a}\n{b}", b, vb, "measure", "ha", A, Y23, location=loc),
        F(f"{b}\n{c}", c, vc, "measure", "ha", A, Y24, status="target", location=loc),
    ]
    return out


FIGS = [
    F("đạt 1.046 ha", "1.046", 1046, "measure", "ha", "diện tích hành tím toàn tỉnh", Y23),
    F("sản lượng 17.320 tấn", "17.320", 17320, "measure", "tấn", "sản lượng hành tím", Y23),
    F("bình quân 21.500 đồng/kg", "21.500", 21500, "money", "đồng/kg", "giá bán bình quân", Y23,
      change=C("decrease", 9, "%", "năm 2022")),
    F("giảm 30% lượng", "30", 30, "percent", "%", "lượng nước tưới giảm", I(Y23)),
    F("khoảng 20% chi phí", "20", 20, "percent", "%", "chi phí nhân công giảm", I(Y23), approx="about"),
]
FIGS += row("Cầu Ngang", "Cầu Ngang", "412", "455", "480", 412, 455, 480)
FIGS += row("Duyên Hải", "Duyên Hải", "236", "248", "260", 236, 248, 260)
FIGS += row("Thị xã Duyên Hải", "thị xã Duyên Hải", "190", "203", "210", 190, 203, 210)
FIGS += row("Trà Cú", "Trà Cú", "128", "140", "150", 128, 140, 150)
FIGS += [
    F("Toàn tỉnh\n966", "966", 966, "measure", "ha", "tổng diện tích trồng hành tím toàn tỉnh", Y22),
    F("966\n1.046", "1.046", 1046, "measure", "ha", "tổng diện tích trồng hành tím toàn tỉnh", Y23),
    F("1.046\n1.100", "1.100", 1100, "measure", "ha", "tổng diện tích trồng hành tím toàn tỉnh", Y24, status="target"),
    F("có 15 tổ hợp tác", "15", 15, "count", "tổ hợp tác", "tổ hợp tác trồng hành tím"),
    F("3 hợp tác xã", "3", 3, "count", "hợp tác xã", "hợp tác xã trồng hành tím"),
    F("1.850 hộ", "1.850", 1850, "count", "hộ", "hộ tham gia trồng hành tím"),
    F("khoảng 65% diện tích", "65", 65, "percent", "%", "giống hành tím địa phương trong diện tích", approx="about"),
    F("45.000 - 50.000 đồng/kg", "45.000", 45000, "money", "đồng/kg", "giá giống hành tím mua từ Sóc Trăng", value_max=50000),
    F("lên 1.100 ha", "1.100", 1100, "measure", "ha", "diện tích hành tím", P24, status="target"),
    F("đạt 19.000 tấn", "19.000", 19000, "measure", "tấn", "sản lượng hành tím", P24, status="target"),
    F("xây dựng 1 kho lạnh", "1", 1, "count", "kho lạnh", "kho lạnh bảo quản được hỗ trợ xây dựng", P24, status="target",
      location="Cầu Ngang"),
    F("quy mô 100 tấn", "100", 100, "measure", "tấn", "quy mô kho lạnh bảo quản", P24, status="target", location="Cầu Ngang"),
]

COMMENTS = [
    "Sở NN&PTNT Trà Vinh (department site, no dateline): hành tím năm 2023 and plan 2024; a table pasted one cell per line",
    "(header cells Địa phương / Năm 2022 / Năm 2023 / Kế hoạch 2024, then 4 district rows and a Toàn tỉnh row; Đơn vị tính: ha).",
    "Distractors: footer address 'Số 02 Nguyễn Thị Minh Khai, Phường 7', phone/fax '0294.3862.131', '0294.3863.114', 'Lượt truy cập: 1.284.097'.",
    "Table cells: period from the column header (scored), 'Kế hoạch 2024' → target, place row label → location (Toàn tỉnh → Trà Vinh); no totals.",
    "'giảm 30% lượng nước tưới và khoảng 20% chi phí nhân công' are reductions with no base amount: percent figures without change.",
    "'giống mua từ Sóc Trăng' names the seed's origin, not the place of the figure (location stays Trà Vinh). The cold store is in Cầu Ngang.",
]

write("p994-7", TEXT, FIGS, COMMENTS, published=None, location="Trà Vinh")

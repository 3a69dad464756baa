from lib import F, P, I, C, T, write

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN HÀ TĨNH
Trang chủ / Tin tức / Phát triển nông thôn

Sản xuất muối năm 2023 tăng cả sản lượng và giá trị

Năm 2023, toàn tỉnh có 318 ha sản xuất muối với 1.260 hộ diêm dân; sản lượng đạt 14.120 tấn, tăng 7,1% so với năm 2022. Giá muối bình quân cả năm 1.700 đồng/kg, tổng giá trị sản xuất ước đạt 24 tỷ đồng. Diện tích muối sạch trải bạt tăng từ 22 ha lên 35 ha, tập trung ở thị xã Kỳ Anh và huyện Cẩm Xuyên; năng suất bình quân đạt 44,4 tấn/ha.

Sản lượng muối của các địa phương như sau:

Đơn vị tính: tấn
Địa phương
Năm 2022
Năm 2023
Kế hoạch 2024
Thị xã Kỳ Anh
5.120
5.860
6.000
Huyện Thạch Hà
3.450
3.210
3.500
Huyện Cẩm Xuyên
2.680
2.950
3.000
Huyện Lộc Hà
1.940
2.100
2.200
Tổng cộng
13.190
14.120
14.700

Năm 2024, Sở đặt mục tiêu sản lượng muối toàn tỉnh đạt 14.700 tấn, mở rộng diện tích muối trải bạt lên 50 ha; hỗ trợ 100% kinh phí mua bạt lót cho hộ nghèo theo Nghị quyết số 51/2021/NQ-HĐND. Riêng huyện Thạch Hà có 45 ha đồng muối bị ảnh hưởng bởi mưa lũ cuối năm, cần sớm khôi phục.

Tin, ảnh: Chi cục Phát triển nông thôn

SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH HÀ TĨNH
Địa chỉ: Số 2, đường Nguyễn Chí Thanh, phường Tân Giang, TP Hà Tĩnh
Điện thoại: 0239.3855.417 - Fax: 0239.3855.418
Tổng lượt truy cập: 2.318.904 | Đang trực tuyến: 57
"""

Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
K24 = P("Kế hoạch 2024", "2024-01-01", "2024-12-31")
CN = P("cả năm", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
SL = "sản lượng muối"

ROWS = [("Thị xã Kỳ Anh", "Kỳ Anh", ("5.120", "5.860", "6.000")),
        ("Huyện Thạch Hà", "Thạch Hà", ("3.450", "3.210", "3.500")),
        ("Huyện Cẩm Xuyên", "Cẩm Xuyên", ("2.680", "2.950", "3.000")),
        ("Huyện Lộc Hà", "Lộc Hà", ("1.940", "2.100", "2.200")),
        ("Tổng cộng", None, ("13.190", "14.120", "14.700"))]


def num(s):
    return int(s.replace(".", ""))


FIGS = [
    F("có 318 ha", "318", 318, "measure", "ha", "diện tích sản xuất muối", Y23),
    F("1.260 hộ diêm dân", "1.260", 1260, "count", "hộ diêm dân", "hộ diêm dân", Y23),
    F("đạt 14.120 tấn", "14.120", 14120, "measure", "tấn", SL, Y23,
      change=C("increase", 7.1, "%", "năm 2022")),
    F("cả năm 1.700 đồng/kg", "1.700", 1700, "money", "đồng/kg", "giá muối bình quân", CN),
    F("ước đạt 24 tỷ đồng", "24", 24e9, "money", "đồng", "tổng giá trị sản xuất muối", CN,
      status="estimate"),
    F("từ 22 ha", "22", 22, "measure", "ha", "diện tích muối sạch trải bạt"),
    F("lên 35 ha", "35", 35, "measure", "ha", "diện tích muối sạch trải bạt", I(Y23)),
    F("đạt 44,4 tấn/ha", "44,4", 44.4, "measure", "tấn/ha", "năng suất muối bình quân", I(Y23)),
]
for label, place, cells in ROWS:
    a, b, c = cells
    loc = {"location": place} if place else {}
    subj = SL if place else "tổng cộng " + SL
    FIGS += [
        F(f"{label}\n{a}", a, num(a), "measure", "tấn", subj, Y22, **loc),
        F(f"{a}\n{b}", b, num(b), "measure", "tấn", subj, Y23, **loc),
        F(f"{b}\n{c}", c, num(c), "measure", "tấn", subj, K24, status="target", **loc),
    ]
FIGS += [
    F("đạt 14.700 tấn", "14.700", 14700, "measure", "tấn", SL, Y24, status="target"),
    F("lên 50 ha", "50", 50, "measure", "ha", "diện tích muối trải bạt", Y24, status="target"),
    F("hỗ trợ 100% kinh phí", "100", 100, "percent", "%", "kinh phí mua bạt lót hỗ trợ cho hộ nghèo", Y24,
      status="target"),
    F("có 45 ha", "45", 45, "measure", "ha", "diện tích đồng muối bị ảnh hưởng bởi mưa lũ",
      location="Thạch Hà"),
]

NOTES = [
    "Department site (Sở NN&PTNT Hà Tĩnh), no dateline; footer with address, phone, fax, 'Tổng lượt truy cập', 'Đang trực tuyến' (invented).",
    "Table written one cell per line ('Đơn vị tính: tấn'; columns Năm 2022 / Năm 2023 / Kế hoạch 2024): every numeric cell a figure,",
    "row place -> location, period from the column header (scored), 'Kế hoạch 2024' -> status target; 'Tổng cộng' row is Hà Tĩnh; no totals.",
    "'tăng từ 22 ha lên 35 ha': two figures (the old level has no stated period; no change value is stated). 'ước đạt 24 tỷ' is estimate.",
    "'Năm 2024, Sở đặt mục tiêu ...' governs the continuing clauses (50 ha, 100% support): target.",
    "Distractors: 'Nghị quyết số 51/2021/NQ-HĐND', address 'Số 2, đường Nguyễn Chí Thanh', phone/fax, visit counters.",
]

write("p1061-7", TEXT, NOTES, FIGS, location="Hà Tĩnh")

"""p1098-7: Trung tâm Khuyến nông Khánh Hòa (department site, no dateline), safe-grape model + one-cell-per-line table."""
from lib import F, P, I, C, T, write

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH KHÁNH HÒA
TRUNG TÂM KHUYẾN NÔNG
Tin tức > Mô hình khuyến nông

Hiệu quả mô hình trồng nho an toàn tại Cam Ranh

Năm 2024, Trung tâm Khuyến nông triển khai mô hình trồng nho an toàn theo hướng VietGAP tại phường Cam Nghĩa, TP Cam Ranh với quy mô 2 ha, có 8 hộ tham gia. Trung tâm hỗ trợ 50% chi phí giống, 30% chi phí phân bón, tổng kinh phí 240 triệu đồng.

Kết quả, năng suất nho đạt 24 tấn/ha/năm, cao hơn 15% so với ruộng ngoài mô hình; giá bán bình quân 32.000 đồng/kg; lợi nhuận đạt 390 triệu đồng/ha, cao hơn ngoài mô hình 85 triệu đồng/ha. Dự kiến năm 2025, Trung tâm nhân rộng mô hình thêm 5 ha tại huyện Cam Lâm.

Kết quả sản xuất nho toàn tỉnh:

Chỉ tiêu
Năm 2023
Năm 2024
Kế hoạch 2025
Diện tích (ha)
78
92
110
Diện tích cho thu hoạch (ha)
61
70
85
Sản lượng (tấn)
1.320
1.596
2.000
Số hộ trồng nho (hộ)
215
248
300

Ngoài bán quả tươi, nhiều hộ ở Cam Ranh, Cam Lâm đã kết hợp đón khách tham quan; năm 2024 có 6 vườn nho làm du lịch, đón khoảng 8.500 lượt khách.

Trung tâm Khuyến nông Khánh Hòa
Địa chỉ: 04 Phan Chu Trinh, phường Xương Huân, TP Nha Trang
Điện thoại: 0258.3822.419 - Email: ttkn@khanhhoa.gov.vn
Lượt truy cập: 1.284.563 | Đang trực tuyến: 37
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
C23 = P("Năm 2023", "2023-01-01", "2023-12-31")
C24 = P("Năm 2024", "2024-01-01", "2024-12-31")
K25 = P("Kế hoạch 2025", "2025-01-01", "2025-12-31")
D25 = P("năm 2025", "2025-01-01", "2025-12-31")
y24 = P("năm 2024", "2024-01-01", "2024-12-31")
CR = "Cam Ranh"


def row(label, unit, kind, cells):
    out = []
    for (anchor, number, value), per, col, st in zip(cells, (C23, C24, K25), ("năm 2023", "năm 2024", "kế hoạch 2025"),
                                                   ("actual", "actual", "target")):
        kw = {"status": st} if st != "actual" else {}
        out.append(F(anchor, number, value, kind, unit, f"{label} {col}", per, **kw))
    return out


FIGS = [
    F("quy mô 2 ha", "2", 2, "measure", "ha", "quy mô mô hình trồng nho an toàn", Y24, location=CR),
    F("có 8 hộ", "8", 8, "count", "hộ", "hộ tham gia mô hình", Y24, location=CR),
    F("hỗ trợ 50%", "50", 50, "percent", "%", "hỗ trợ chi phí giống", I(Y24), location=CR),
    F("30% chi phí", "30", 30, "percent", "%", "hỗ trợ chi phí phân bón", I(Y24), location=CR),
    F("240 triệu", "240", 240e6, "money", "đồng", "tổng kinh phí hỗ trợ mô hình", I(Y24), location=CR),
    F("đạt 24 tấn/ha/năm", "24", 24, "measure", "tấn/ha/năm", "năng suất nho trong mô hình", I(Y24),
      location=CR, change=C("increase", 15, "%", "ruộng ngoài mô hình")),
    F("32.000 đồng/kg", "32.000", 32000, "money", "đồng/kg", "giá bán bình quân nho", I(Y24), location=CR),
    F("đạt 390 triệu", "390", 390e6, "money", "đồng/ha", "lợi nhuận mô hình trồng nho", I(Y24), location=CR,
      change=C("increase", 85e6, "đồng/ha", "ngoài mô hình")),
    F("thêm 5 ha", "5", 5, "measure", "ha", "diện tích nhân rộng mô hình", D25, status="forecast",
      location="Cam Lâm"),
    *row("Diện tích", "ha", "measure", [("(ha)\n78", "78", 78), ("78\n92", "92", 92), ("92\n110", "110", 110)]),
    *row("Diện tích cho thu hoạch", "ha", "measure", [("(ha)\n61", "61", 61), ("61\n70", "70", 70),
                                                       ("70\n85", "85", 85)]),
    *row("Sản lượng", "tấn", "measure", [("1.320", "1.320", 1320), ("1.596", "1.596", 1596),
                                          ("\n2.000\n", "2.000", 2000)]),
    *row("Số hộ trồng nho", "hộ", "count", [("(hộ)\n215", "215", 215), ("215\n248", "248", 248),
                                             ("248\n300", "300", 300)]),
    F("có 6 vườn nho", "6", 6, "count", "vườn nho", "vườn nho làm du lịch", y24),
    F("khoảng 8.500 lượt khách", "8.500", 8500, "count", "lượt khách", "lượt khách đến vườn nho du lịch", y24,
      approx="about"),
]

NOTES = [
    "Department site (Trung tâm Khuyến nông, Sở NN&PTNT Khánh Hòa): no dateline -> no published. Footer address,",
    "phone 0258.3822.419, 'Lượt truy cập: 1.284.563 | Đang trực tuyến: 37' are page furniture, not figures.",
    "Model figures in TP Cam Ranh -> location Cam Ranh; the extension to huyện Cam Lâm -> Cam Lâm (forecast, 'Dự kiến năm 2025').",
    "One-cell-per-line table: subject = row label + column label, unit from the row label, period from the column header",
    "(scored), 'Kế hoạch 2025' column -> status target; whole-province table and the closing tourism sentence -> Khánh Hòa.",
    "'cao hơn ngoài mô hình 85 triệu đồng/ha' is the change of 390 triệu đồng/ha (unit đồng/ha).",
]

write("p1098-7", TEXT, NOTES, FIGS, published=None, location="Khánh Hòa")

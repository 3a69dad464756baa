"""p923-7: department site (Chi cục Thủy sản Vĩnh Long), no dateline, one-cell-per-line table."""
from lib import F, P, I, C, T, build

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH VĨNH LONG
CHI CỤC THỦY SẢN
Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ

Vĩnh Long đẩy mạnh nuôi cá trê trong ao theo hướng an toàn sinh học

Năm 2024, diện tích nuôi cá trê trong ao trên địa bàn tỉnh ước đạt 156 ha, tăng 9,9% so với năm 2023; sản lượng ước đạt 9.750 tấn. Nuôi cá trê tập trung ở các huyện Long Hồ, Mang Thít và Vũng Liêm, chiếm trên 70% diện tích toàn tỉnh. Mô hình nuôi cá trê vàng trong ao lót bạt ở xã Hòa Ninh (Long Hồ) cho năng suất 45-50 tấn/ha, lợi nhuận bình quân 180 triệu đồng/ha/vụ.

Giá cá trê thương phẩm tháng 11/2024 dao động 27.000-29.000 đồng/kg, giảm khoảng 2.000 đồng/kg so với tháng trước.

Kết quả nuôi cá trê trong ao và kế hoạch năm 2025:
Chỉ tiêu
Đơn vị tính
Năm 2023
Ước năm 2024
Kế hoạch năm 2025
Diện tích nuôi
ha
142
156
170
Sản lượng
tấn
8.920
9.750
10.800
Số hộ nuôi
hộ
305
338
360
Con giống thả nuôi
triệu con
14,2
15,6
17

Năm 2025, Chi cục phấn đấu 100% cơ sở sản xuất giống cá trê trên địa bàn được kiểm tra chất lượng; dự kiến hỗ trợ xây dựng 5 mô hình nuôi cá trê ứng dụng công nghệ cao.

CHI CỤC THỦY SẢN TỈNH VĨNH LONG
Địa chỉ: Số 107/2 Phạm Thái Bường, Phường 4, TP Vĩnh Long
Điện thoại: 0270.3822.145 - Fax: 0270.3823.617
Tổng lượt truy cập: 1.284.507 | Đang trực tuyến: 23
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y24t = P("Ước năm 2024", "2024-01-01", "2024-12-31")
Y25t = P("Kế hoạch năm 2025", "2025-01-01", "2025-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")


def cells(label, unit, mult, a, b, c, vals, kind="measure"):
    """Three cells of one row: anchors are the unit line + cell, or the cell with its neighbours."""
    (va, vb, vc) = vals
    return [
        F(f"{unit}\n{a}\n", a, va * mult, kind, "con" if unit == "triệu con" else unit, label, Y23),
        F(f"\n{a}\n{b}\n", b, vb * mult, kind, "con" if unit == "triệu con" else unit, label, Y24t,
          status="estimate"),
        F(f"\n{b}\n{c}\n", c, vc * mult, kind, "con" if unit == "triệu con" else unit, label, Y25t,
          status="target"),
    ]


FIGS = [
    F("ước đạt 156 ha", "156", 156, "measure", "ha", "diện tích nuôi cá trê trong ao", Y24,
      status="estimate", change=C("increase", 9.9, "%", "năm 2023")),
    F("ước đạt 9.750 tấn", "9.750", 9750, "measure", "tấn", "sản lượng cá trê", Y24, status="estimate"),
    F("chiếm trên 70%", "70", 70, "percent", "%",
      "diện tích nuôi cá trê của các huyện Long Hồ, Mang Thít và Vũng Liêm trong diện tích toàn tỉnh",
      I(Y24), approx="over"),
    F("năng suất 45-50 tấn/ha", "45", 45, "measure", "tấn/ha",
      "năng suất mô hình nuôi cá trê vàng trong ao lót bạt", value_max=50, location="Long Hồ"),
    F("bình quân 180 triệu đồng/ha/vụ", "180", 180_000_000, "money", "đồng/ha/vụ",
      "lợi nhuận bình quân mô hình nuôi cá trê vàng trong ao lót bạt", location="Long Hồ"),
    F("dao động 27.000-29.000 đồng/kg", "27.000", 27000, "money", "đồng/kg", "giá cá trê thương phẩm",
      P("tháng 11/2024", "2024-11-01", "2024-11-30"), value_max=29000,
      change=C("decrease", 2000, "đồng/kg", "tháng trước", approx="about")),
]
FIGS += cells("Diện tích nuôi", "ha", 1, "142", "156", "170", (142, 156, 170))
FIGS += cells("Sản lượng", "tấn", 1, "8.920", "9.750", "10.800", (8920, 9750, 10800))
FIGS += cells("Số hộ nuôi", "hộ", 1, "305", "338", "360", (305, 338, 360), kind="count")
FIGS += cells("Con giống thả nuôi", "triệu con", 1_000_000, "14,2", "15,6", "17", (14.2, 15.6, 17), kind="count")
FIGS += [
    F("phấn đấu 100% cơ sở", "100", 100, "percent", "%",
      "cơ sở sản xuất giống cá trê được kiểm tra chất lượng", Y25, status="target"),
    F("xây dựng 5 mô hình", "5", 5, "count", "mô hình", "mô hình nuôi cá trê ứng dụng công nghệ cao được hỗ trợ",
      Y25, status="forecast"),
]

COMMENTS = [
    "Department site (Chi cục Thủy sản, Sở NN&PTNT Vĩnh Long), no dateline: cá trê in ponds 2023-2025; invented for probe set 923.",
    "One-cell-per-line table (header cells one per line, then each row: label, unit, three values). Every value cell is a figure:",
    "subject = row label, unit from the 'Đơn vị tính' cell ('triệu con' -> unit con, x10^6), period and status from the column header",
    "(Năm 2023 actual, 'Ước năm 2024' estimate, 'Kế hoạch năm 2025' target); scored as stated periods (the spec reads them from the header).",
    "Not figures: Số 107/2 Phạm Thái Bường, Phường 4, phone/fax, 'Tổng lượt truy cập: 1.284.507', 'Đang trực tuyến: 23', menu bar.",
    "'chiếm trên 70% diện tích toàn tỉnh' after a list of districts: a percent figure (no base amount), location Vĩnh Long.",
    "'giảm khoảng 2.000 đồng/kg so với tháng trước' is the change of the price range (unit đồng/kg). Model in Hòa Ninh is located in Long Hồ.",
]

if __name__ == "__main__":
    build("p923-7", TEXT, COMMENTS, FIGS, published=None, location="Vĩnh Long")

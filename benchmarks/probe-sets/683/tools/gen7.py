"""p683-7: Sở NN&PTNT Quảng Ninh department site, no dateline — herb area 2023, one-cell-per-line table by district, ba kích price, GACP."""
from lib import F, P, I, CH, emit

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH QUẢNG NINH
Trang chủ » Tin chuyên ngành » Trồng trọt

Phát triển vùng dược liệu ba kích tím, trà hoa vàng

Năm 2023, diện tích cây dược liệu toàn tỉnh đạt 3.846 ha, tăng 7,2% so với năm 2022; trong đó quế 2.480 ha, ba kích tím 512 ha, trà hoa vàng 296 ha, còn lại là các cây khác. Huyện Ba Chẽ tiếp tục dẫn đầu với hơn 1.100 ha.

Bảng: Diện tích cây dược liệu chủ lực theo địa phương
Đơn vị tính: ha
Địa phương
Năm 2022
Năm 2023
Kế hoạch 2024
Ba Chẽ
1.025
1.108
1.200
Tiên Yên
640,5
702
750
Bình Liêu
418
455,3
500
Hải Hà
386
412
430

Năm 2023, sản lượng ba kích tím đạt khoảng 1.850 tấn củ tươi, giá trị ước đạt 210 tỷ đồng, tăng 15% so với năm 2022. Giá ba kích tím khô hiện từ 150.000 đến 200.000 đồng/kg; mỗi ha ba kích sau 3 năm cho doanh thu khoảng 600 triệu đồng. Toàn tỉnh có 2 vùng trồng ba kích tại Ba Chẽ với tổng diện tích 85 ha đạt chứng nhận GACP-WHO, cung ứng cho Công ty Cổ phần Dược phẩm Trung ương 3 và Công ty TNHH Tuệ Linh.

Ngành nông nghiệp khuyến cáo người dân không phá rừng tự nhiên để trồng dược liệu; liên hệ Chi cục Trồng trọt và Bảo vệ thực vật để được hướng dẫn kỹ thuật.

Liên hệ: Số 2, đường Hồng Hà, phường Hồng Hà, TP Hạ Long. ĐT: 0203.3835.626
Tổng lượt truy cập: 2.456.781
"""

Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
K24 = P("Kế hoạch 2024", "2024-01-01", "2024-12-31")
S = "diện tích cây dược liệu chủ lực"


def row(place, cells):
    """cells: (anchor, number, value) for 2022, 2023, plan 2024."""
    out = []
    for (a, n, v), (per, suf, st) in zip(cells, ((Y22, " năm 2022", None), (Y23, " năm 2023", None),
                                                (K24, " kế hoạch 2024", "target"))):
        kw = {"location": place}
        if st:
            kw["status"] = st
        out.append(F(a, n, v, "measure", "ha", S + suf, per, **kw))
    return out


FIGS = [
    F("đạt 3.846 ha", "3.846", 3846, "measure", "ha", "diện tích cây dược liệu", Y23,
      change=CH("increase", 7.2, "%", "năm 2022")),
    F("quế 2.480 ha", "2.480", 2480, "measure", "ha", "diện tích quế", Y23, total=3846),
    F("tím 512 ha", "512", 512, "measure", "ha", "diện tích ba kích tím", Y23, total=3846),
    F("trà hoa vàng 296 ha", "296", 296, "measure", "ha", "diện tích trà hoa vàng", Y23, total=3846),
    F("hơn 1.100 ha", "1.100", 1100, "measure", "ha", "diện tích cây dược liệu", I(Y23), approx="over",
      location="Ba Chẽ"),
]
FIGS += row("Ba Chẽ", [("Ba Chẽ\n1.025", "1.025", 1025), ("1.108", "1.108", 1108), ("1.108\n1.200", "1.200", 1200)])
FIGS += row("Tiên Yên", [("640,5", "640,5", 640.5), ("640,5\n702", "702", 702), ("702\n750", "750", 750)])
FIGS += row("Bình Liêu", [("Bình Liêu\n418", "418", 418), ("455,3", "455,3", 455.3), ("455,3\n500", "500", 500)])
FIGS += row("Hải Hà", [("Hải Hà\n386", "386", 386), ("386\n412", "412", 412), ("412\n430", "430", 430)])
FIGS += [
    F("khoảng 1.850 tấn", "1.850", 1850, "measure", "tấn củ tươi", "sản lượng ba kích tím", Y23, approx="about"),
    F("ước đạt 210 tỷ đồng", "210", 210e9, "money", "đồng", "giá trị sản lượng ba kích tím", Y23, status="estimate",
      change=CH("increase", 15, "%", "năm 2022")),
    F("từ 150.000 đến 200.000 đồng/kg", "150.000", 150000, "money", "đồng/kg", "giá ba kích tím khô",
      value_max=200000),
    F("khoảng 600 triệu đồng", "600", 600e6, "money", "đồng/ha", "doanh thu mỗi ha ba kích", approx="about"),
    F("có 2 vùng trồng", "2", 2, "count", "vùng trồng", "vùng trồng ba kích đạt chứng nhận GACP-WHO",
      location="Ba Chẽ"),
    F("diện tích 85 ha", "85", 85, "measure", "ha", "tổng diện tích vùng trồng ba kích đạt chứng nhận GACP-WHO",
      location="Ba Chẽ"),
]

COMMENTS = [
    "Sở NN&PTNT Quảng Ninh department site, no dateline, visit counter in the footer: herb area 2023, one-cell-per-line table by district (Đơn vị tính: ha).",
    "Table: every numeric cell is a figure; district rows go to location; period from the column header (scored, as shared h23); 'Kế hoạch 2024' → target.",
    "'trong đó quế …, ba kích tím …, trà hoa vàng …' are parts of 3.846 ha (total). The two GACP zones 'tại Ba Chẽ' take Ba Chẽ as location.",
    "'mỗi ha … sau 3 năm cho doanh thu khoảng 600 triệu đồng' is a rate (đồng/ha); 'sau 3 năm' is a duration.",
    "Distractors: 'Dược phẩm Trung ương 3' (company name), address Số 2 đường Hồng Hà, phone, 'Tổng lượt truy cập: 2.456.781'.",
]

if __name__ == "__main__":
    emit("p683-7", TEXT, COMMENTS, FIGS, location="Quảng Ninh")

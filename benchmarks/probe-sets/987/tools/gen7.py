"""p987-7: Chi cục Thủy sản Bà Rịa - Vũng Tàu (department site, no dateline), Côn Đảo pearl farms, one-cell-per-line table."""
from lib import F, P, I, C, write

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH BÀ RỊA - VŨNG TÀU
CHI CỤC THỦY SẢN
Trang chủ | Giới thiệu | Tin tức | Văn bản

Côn Đảo: Nghề nuôi trai ngọc phục hồi sau dịch bệnh

Năm 2023, huyện Côn Đảo có 3 cơ sở nuôi trai cấy ngọc với tổng diện tích 86 ha tại vịnh Côn Sơn và vịnh Bến Đầm. Sau đợt trai chết hàng loạt năm 2021 (thiệt hại khoảng 60% số trai đang nuôi), các cơ sở đã chuyển sang treo lồng ở độ sâu 8-12 m, tỷ lệ hao hụt giảm còn dưới 20%.

Kết quả nuôi trai cấy ngọc tại Côn Đảo
Đơn vị tính: kg ngọc
Cơ sở
Năm 2022
Năm 2023
Kế hoạch 2024
Công ty TNHH Ngọc trai Côn Sơn
145
198
230
Hợp tác xã Bến Đầm
62
84
100
Cơ sở Hòn Cau
21
35
40
Tổng cộng
228
317
370

Năm 2023, giá trị sản phẩm ngọc trai của huyện đạt khoảng 27 tỷ đồng, tăng 42% so với năm 2022. Sản phẩm ngọc trai Côn Đảo được công nhận sản phẩm OCOP 4 sao; các cửa hàng trên đường Nguyễn Huệ đón trung bình 300-400 lượt khách/ngày vào mùa cao điểm. Nghề nuôi trai tạo việc làm cho 96 lao động, trong đó 58 lao động là người địa phương. Dự kiến năm 2024, tỉnh hỗ trợ 1,5 tỷ đồng xây dựng trại sản xuất trai giống tại Bến Đầm.

Chi cục Thủy sản tỉnh Bà Rịa - Vũng Tàu
Địa chỉ: số 1 Phạm Văn Đồng, phường Phước Trung, TP Bà Rịa
Điện thoại: 0254.3826.157 - Fax: 0254.3826.158
Lượt truy cập: 1.284.063
"""

Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
K24 = P("Kế hoạch 2024", "2024-01-01", "2024-12-31")
SL = "sản lượng ngọc trai"


def row(label, short, cells):
    """Three cells of one table row: Năm 2022, Năm 2023, Kế hoạch 2024."""
    (a0, n0), (a1, n1), (a2, n2) = cells
    out = []
    for (anchor, num), per, col, st in (((a0, n0), Y22, "năm 2022", "actual"), ((a1, n1), Y23, "năm 2023", "actual"),
                                         ((a2, n2), K24, "kế hoạch 2024", "target")):
        kw = {"status": st} if st != "actual" else {}
        out.append(F(anchor, num, float(num), "measure", "kg", f"{SL} {label} {col}", per, **kw))
    return out


FIGS = [
    F("có 3 cơ sở", "3", 3, "count", "cơ sở", "cơ sở nuôi trai cấy ngọc", Y23),
    F("tổng diện tích 86 ha", "86", 86, "measure", "ha", "diện tích nuôi trai cấy ngọc", Y23),
    F("khoảng 60% số trai", "60", 60, "percent", "%", "thiệt hại số trai đang nuôi",
      P("năm 2021", "2021-01-01", "2021-12-31"), approx="about"),
    F("độ sâu 8-12 m", "8", 8, "measure", "m", "độ sâu treo lồng", value_max=12, optional=True),
    F("dưới 20%", "20", 20, "percent", "%", "tỷ lệ hao hụt", approx="under"),
]
FIGS += row("Công ty TNHH Ngọc trai Côn Sơn", "", [("Sơn\n145", "145"), ("145\n198", "198"), ("198\n230", "230")])
FIGS += row("Hợp tác xã Bến Đầm", "", [("Đầm\n62", "62"), ("62\n84", "84"), ("84\n100", "100")])
FIGS += row("Cơ sở Hòn Cau", "", [("Cau\n21", "21"), ("21\n35", "35"), ("35\n40", "40")])
FIGS += row("tổng cộng", "", [("cộng\n228", "228"), ("228\n317", "317"), ("317\n370", "370")])
FIGS += [
    F("khoảng 27 tỷ đồng", "27", 27e9, "money", "đồng", "giá trị sản phẩm ngọc trai", Y23, approx="about",
      change=C("increase", 42, baseline="năm 2022")),
    F("trung bình 300-400", "300", 300, "measure", "lượt khách/ngày", "lượt khách đến các cửa hàng vào mùa cao điểm",
      value_max=400),
    F("cho 96 lao động", "96", 96, "count", "lao động", "lao động nghề nuôi trai"),
    F("58 lao động", "58", 58, "count", "lao động", "lao động là người địa phương", total=96),
    F("hỗ trợ 1,5 tỷ đồng", "1,5", 1.5e9, "money", "đồng", "hỗ trợ xây dựng trại sản xuất trai giống",
      P("năm 2024", "2024-01-01", "2024-12-31"), status="forecast", location="Bà Rịa - Vũng Tàu"),
]

NOTES = [
    "Chi cục Thủy sản Bà Rịa - Vũng Tàu (department site): no dateline, so no published; footer address, phone, visit counter.",
    "One-cell-per-line table 'Đơn vị tính: kg ngọc': rows are farms (row label + column label = subject), periods from the",
    "column headers (scored), 'Kế hoạch 2024' -> status target. Totals row is its own figure; cells carry no total.",
    "'300-400 lượt khách/ngày' is a rate (measure). 'giảm còn dưới 20%' is a level reached (no change value). 'độ sâu 8-12 m' (technique spec) optional.",
    "'OCOP 4 sao' is a rating class (like 'mức độ 3'), not a figure. The province's support 1,5 tỷ is Bà Rịa - Vũng Tàu.",
    "Distractors: OCOP 4 sao, đường Nguyễn Huệ, số 1 Phạm Văn Đồng, 0254.3826.157/158, Lượt truy cập 1.284.063.",
]

write("p987-7", TEXT, FIGS, NOTES, published=None, location="Côn Đảo")

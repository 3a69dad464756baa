"""p7: department site (Sở NN&PTNT Quảng Ninh), no dateline, one-cell-per-line table."""
from lib import F, P, I, C, T, emit

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH QUẢNG NINH
Trang chủ | Tin tức | Khuyến nông

Phát triển vùng măng tre Bát Độ ở miền Đông Quảng Ninh

Năm 2023, sản lượng măng tre Bát Độ và măng mai của tỉnh đạt 22.170 tấn, giá trị khoảng 111 tỷ đồng, tăng 9,3% so với năm 2022. Diện tích cho măng toàn tỉnh là 2.930 ha, phân bố chủ yếu ở 4 địa phương, cụ thể như sau:

Địa phương
Diện tích cho măng (ha)
Sản lượng năm 2023 (tấn)
Ba Chẽ
1.240
9.860
Tiên Yên
820
6.150
Bình Liêu
560
3.920
Đầm Hà
310
2.240
Tổng số
2.930
22.170

9 tháng đầu năm 2024, sản lượng măng ước đạt 17.300 tấn, bằng 75,2% kế hoạch năm (23.000 tấn). Giá măng tươi dao động 4.000-5.500 đồng/kg; măng luộc hút chân không 35.000 đồng/kg. Huyện Ba Chẽ hiện có 5 sản phẩm măng đạt OCOP từ 3 sao trở lên; các HTX của huyện đã ký hợp đồng tiêu thụ với 3 doanh nghiệp chế biến, bao tiêu khoảng 40% sản lượng.

Theo Kế hoạch số 215/KH-UBND của UBND tỉnh, giai đoạn 2024-2026 tỉnh phấn đấu trồng mới 600 ha tre Bát Độ, nâng sản lượng măng lên 30.000 tấn/năm. Người trồng mới được hỗ trợ 100% cây giống và 50% phân bón năm đầu.

SỞ NÔNG NGHIỆP VÀ PTNT TỈNH QUẢNG NINH
Địa chỉ: Tầng 8, Trụ sở Liên cơ quan số 3, phường Hồng Hà, TP Hạ Long
Điện thoại: 0203.3835.467 - Fax: 0203.3835.469
Tổng lượt truy cập: 3.418.902
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
COL = P("Sản lượng năm 2023 (tấn)", "2023-01-01", "2023-12-31")
M9 = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
G = P("giai đoạn 2024-2026", "2024-01-01", "2026-12-31")

ROWS = [("Ba Chẽ", "1.240", "9.860"), ("Tiên Yên", "820", "6.150"), ("Bình Liêu", "560", "3.920"),
        ("Đầm Hà", "310", "2.240")]


def num(s):
    return float(s.replace(".", ""))


FIGS = [
    F("đạt 22.170 tấn", "22.170", 22170, "measure", "tấn", "sản lượng măng tre Bát Độ và măng mai", Y23),
    F("khoảng 111 tỷ đồng", "111", 111e9, "money", "đồng", "giá trị măng tre Bát Độ và măng mai", Y23,
      approx="about", change=C("increase", 9.3, baseline="năm 2022")),
    F("là 2.930 ha", "2.930", 2930, "measure", "ha", "diện tích cho măng"),
    F("ở 4 địa phương", "4", 4, "count", "địa phương", "địa phương có diện tích cho măng chủ yếu"),
]
for place, area, out in ROWS:
    FIGS += [
        F(f"{place}\n{area}", area, num(area), "measure", "ha", "diện tích cho măng", location=place),
        F(f"{area}\n{out}", out, num(out), "measure", "tấn", "sản lượng măng", COL, location=place),
    ]
FIGS += [
    F("Tổng số\n2.930", "2.930", 2930, "measure", "ha", "tổng số diện tích cho măng"),
    F("2.930\n22.170", "22.170", 22170, "measure", "tấn", "tổng số sản lượng măng", COL),
    F("ước đạt 17.300 tấn", "17.300", 17300, "measure", "tấn", "sản lượng măng", M9, percent=75.2,
      target=T(23000, "tấn"), status="estimate"),
    F("4.000-5.500 đồng/kg", "4.000", 4000, "money", "đồng/kg", "giá măng tươi", value_max=5500),
    F("35.000 đồng/kg", "35.000", 35000, "money", "đồng/kg", "giá măng luộc hút chân không"),
    F("có 5 sản phẩm", "5", 5, "count", "sản phẩm", "sản phẩm măng đạt OCOP từ 3 sao trở lên",
      location="Ba Chẽ"),
    F("từ 3 sao", "3", 3, "measure", "sao", "hạng OCOP", approx="at_least", optional=True, location="Ba Chẽ"),
    F("với 3 doanh nghiệp", "3", 3, "count", "doanh nghiệp", "doanh nghiệp chế biến ký hợp đồng tiêu thụ",
      location="Ba Chẽ"),
    F("khoảng 40%", "40", 40, "percent", "%", "tỷ lệ sản lượng được bao tiêu", approx="about",
      location="Ba Chẽ"),
    F("trồng mới 600 ha", "600", 600, "measure", "ha", "diện tích tre Bát Độ trồng mới", G, status="target"),
    F("lên 30.000 tấn/năm", "30.000", 30000, "measure", "tấn/năm", "sản lượng măng", G, status="target"),
    F("hỗ trợ 100% cây giống", "100", 100, "percent", "%", "mức hỗ trợ cây giống cho người trồng mới"),
    F("50% phân bón", "50", 50, "percent", "%", "mức hỗ trợ phân bón năm đầu cho người trồng mới"),
]

NOTES = [
    "Department site (Sở NN&PTNT Quảng Ninh), invented; no dateline, so no published date. Footer address, phone, fax and the",
    "visitor counter 'Tổng lượt truy cập: 3.418.902' are page furniture; 'Tầng 8', 'Liên cơ quan số 3', Kế hoạch số 215/KH-UBND are not figures.",
    "Table written one cell per line: district label -> location, 'Tổng số' row -> Quảng Ninh; production column takes its period",
    "from its header 'Sản lượng năm 2023'; the area column has none. No totals on table cells.",
    "'bằng 75,2% kế hoạch năm (23.000 tấn)': percent 75.2 and target 23.000 (not a figure of its own).",
    "'OCOP từ 3 sao trở lên' is a category threshold (optional). The HTX contracts sentence continues the Ba Chẽ sentence.",
    "The support rates (100% seedlings, 50% fertiliser) are the plan's support terms, stated as fact in their own sentence: actual.",
]

if __name__ == "__main__":
    emit("p943-7", TEXT, FIGS, NOTES, location="Quảng Ninh")

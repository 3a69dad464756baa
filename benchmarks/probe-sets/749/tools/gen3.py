"""p749-3: formal report, UBND tỉnh Tây Ninh — banana production and export, 9 months 2024, flattened | table."""
from lib import F, P, I, CH, TG, emit

TEXT = """UBND TỈNH TÂY NINH
Số: 412/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Tây Ninh, ngày 07 tháng 10 năm 2024

BÁO CÁO
Tình hình sản xuất, tiêu thụ chuối xuất khẩu 9 tháng năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Diện tích, sản lượng
Tính đến ngày 30/9/2024, tổng diện tích chuối toàn tỉnh đạt 6.550 ha, tăng 12,3% so với cùng kỳ, vượt 9,2% kế hoạch năm (6.000 ha). Sản lượng thu hoạch 9 tháng ước đạt 187.000 tấn; trong đó sản lượng xuất khẩu 105.200 tấn, chiếm 56,3%.

Bảng 1. Diện tích, sản lượng chuối theo địa bàn
Địa bàn | Diện tích (ha) | Sản lượng (tấn) | Xuất khẩu (tấn)
Tân Châu | 3.215 | 98.400 | 61.250
Tân Biên | 1.870 | 52.300 | 30.100
Dương Minh Châu | 945 | 24.600 | 11.800
Các huyện còn lại | 520 | 11.700 | 2.050
Toàn tỉnh | 6.550 | 187.000 | 105.200

2. Xuất khẩu, liên kết
Kim ngạch xuất khẩu chuối 9 tháng ước đạt 68,5 triệu USD, tăng 21,7% so với cùng kỳ năm 2023. Giá thu mua chuối loại 1 bình quân 7.800 đồng/kg; lợi nhuận từ 250 đến 300 triệu đồng/ha. Toàn tỉnh có 9 doanh nghiệp đầu tư sản xuất chuối theo chuỗi với tổng vốn khoảng 1.250 tỷ đồng; 58 mã số vùng trồng được cấp với diện tích 4.130 ha, chiếm 63,1% tổng diện tích.

II. NHIỆM VỤ QUÝ IV/2024
Phấn đấu sản lượng cả năm đạt 250.000 tấn, kim ngạch xuất khẩu đạt 95 triệu USD; khống chế bệnh héo vàng ở mức không quá 2% diện tích.

Nơi nhận:
- Bộ NN&PTNT;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

M9 = P("9 tháng", "2024-01-01", "2024-09-30")
ASOF = P("Tính đến ngày 30/9/2024", None, "2024-09-30")
TBL = I(P("9 tháng năm 2024", "2024-01-01", "2024-09-30"))
YEAR = P("cả năm", "2024-01-01", "2024-12-31")


def cells(anchor_fmt, row, nums, loc=None, extra=""):
    cols = (("Diện tích", "ha"), ("Sản lượng", "tấn"), ("Xuất khẩu", "tấn"))
    out = []
    for (anchor, num, value), (label, unit) in zip(nums, cols):
        subj = f"{label} chuối{extra}"
        kw = {"location": loc} if loc else {}
        out.append(F(anchor, num, value, "measure", unit, subj, TBL, **kw))
    return out


FIGS = [
    F("đạt 6.550 ha", "6.550", 6550, "measure", "ha", "tổng diện tích chuối", ASOF,
      change=CH("increase", 12.3, baseline="cùng kỳ"), target=TG(6000, "ha", True)),
    F("vượt 9,2% kế hoạch", "9,2", 9.2, "percent", "%", "tổng diện tích chuối vượt kế hoạch năm", ASOF, optional=True),
    F("ước đạt 187.000 tấn", "187.000", 187000, "measure", "tấn", "sản lượng chuối thu hoạch", M9, status="estimate"),
    F("xuất khẩu 105.200 tấn", "105.200", 105200, "measure", "tấn", "sản lượng chuối xuất khẩu", M9,
      total=187000, percent=56.3, status="estimate"),
]
FIGS += cells(None, "Tân Châu", [("Tân Châu | 3.215", "3.215", 3215), ("3.215 | 98.400", "98.400", 98400),
                                 ("| 61.250", "61.250", 61250)], loc="Tân Châu")
FIGS += cells(None, "Tân Biên", [("Tân Biên | 1.870", "1.870", 1870), ("| 52.300", "52.300", 52300),
                                 ("| 30.100", "30.100", 30100)], loc="Tân Biên")
FIGS += cells(None, "Dương Minh Châu", [("Dương Minh Châu | 945", "945", 945), ("| 24.600", "24.600", 24600),
                                        ("| 11.800", "11.800", 11800)], loc="Dương Minh Châu")
FIGS += cells(None, "Các huyện còn lại", [("còn lại | 520", "520", 520), ("| 11.700", "11.700", 11700),
                                          ("| 2.050", "2.050", 2050)], extra=" các huyện còn lại")
FIGS += cells(None, "Toàn tỉnh", [("Toàn tỉnh | 6.550", "6.550", 6550), ("| 187.000 |", "187.000", 187000),
                                  ("| 105.200\n", "105.200", 105200)], extra=" toàn tỉnh")
FIGS += [
    F("ước đạt 68,5 triệu USD", "68,5", 68500000, "money", "USD", "kim ngạch xuất khẩu chuối", M9,
      change=CH("increase", 21.7, baseline="cùng kỳ năm 2023"), status="estimate"),
    F("bình quân 7.800 đồng/kg", "7.800", 7800, "money", "đồng/kg", "giá thu mua chuối loại 1 bình quân", I(M9)),
    F("từ 250 đến 300 triệu đồng/ha", "250", 250000000, "money", "đồng/ha", "lợi nhuận trồng chuối", I(M9),
      value_max=300000000),
    F("có 9 doanh nghiệp", "9", 9, "count", "doanh nghiệp", "doanh nghiệp đầu tư sản xuất chuối theo chuỗi"),
    F("khoảng 1.250 tỷ đồng", "1.250", 1250000000000, "money", "đồng",
      "tổng vốn doanh nghiệp đầu tư sản xuất chuối theo chuỗi", approx="about"),
    F("58 mã số", "58", 58, "count", "mã số vùng trồng", "mã số vùng trồng được cấp"),
    F("diện tích 4.130 ha", "4.130", 4130, "measure", "ha", "diện tích vùng trồng được cấp mã số", percent=63.1),
    F("đạt 250.000 tấn", "250.000", 250000, "measure", "tấn", "sản lượng chuối cả năm", YEAR, status="target"),
    F("đạt 95 triệu USD", "95", 95000000, "money", "USD", "kim ngạch xuất khẩu chuối", YEAR, status="target"),
    F("không quá 2%", "2", 2, "percent", "%", "diện tích bị bệnh héo vàng", I(YEAR), approx="at_most", status="target"),
]

COMMENTS = [
    "Formal report under a letterhead (UBND TỈNH TÂY NINH, Số: 412/BC-UBND, place-and-date line): bananas 9 months 2024, flattened '|' table.",
    "6.550 ha: first change 'tăng 12,3%' is the attribute; the second gap 'vượt 9,2% kế hoạch' is an optional percent figure;",
    "the plan in brackets '(6.000 ha)' is its target (met). '105.200 tấn' after 'trong đó' has the 187.000 tấn as total.",
    "Table: every numeric cell a figure; subject = column label (+ 'chuối'); district rows give location; 'Các huyện còn lại' and",
    "'Toàn tỉnh' rows stay at Tây Ninh and keep the row label in the subject. No Kế hoạch/Ước column: cells are actual; no totals in the table.",
    "Table periods come from the report title (another sentence): inherited. 'cả năm' in the tasks section is 2024 (the heading's year).",
    "Distractors: Số: 412/BC-UBND, 'Bảng 1', section numbers I./1./2./II., 'QUÝ IV/2024', 'chuối loại 1', place-and-date line.",
]

if __name__ == "__main__":
    emit("p749-3", TEXT, COMMENTS, FIGS, published="2024-10-07", location="Tây Ninh")

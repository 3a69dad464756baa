"""p912-3: formal report (UBND tỉnh Đồng Nai), 9 months 2023, flattened '|' table."""
from lib import F, P, C, write

TEXT = """UBND TỈNH ĐỒNG NAI
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 356/BC-UBND
Đồng Nai, ngày 16 tháng 10 năm 2023

BÁO CÁO
Tình hình sản xuất ngành xà phòng, chất tẩy rửa 9 tháng năm 2023

I. KẾT QUẢ THỰC HIỆN
1. Sản xuất
Trên địa bàn tỉnh hiện có 41 doanh nghiệp sản xuất xà phòng, chất tẩy rửa, trong đó 23 doanh nghiệp có vốn đầu tư nước ngoài, tập trung tại các KCN Nhơn Trạch 3, Biên Hòa 2 và Amata. Tổng công suất thiết kế khoảng 980.000 tấn/năm.

Bảng 1. Sản lượng một số sản phẩm chủ yếu
Đơn vị tính: tấn
Sản phẩm | 9 tháng năm 2022 | 9 tháng năm 2023 | Kế hoạch năm 2023
Bột giặt | 312.400 | 338.600 | 450.000
Nước giặt, nước xả vải | 96.800 | 118.200 | 155.000
Nước rửa chén | 41.300 | 45.900 | 60.000
Xà phòng bánh | 12.700 | 11.500 | 16.000
Tổng cộng | 463.200 | 514.200 | 681.000

Sản lượng toàn ngành 9 tháng ước đạt 514.200 tấn, tăng 11% so với cùng kỳ, đạt 75,5% kế hoạch năm; riêng xà phòng bánh giảm 9,4% do nhu cầu chuyển sang sản phẩm dạng lỏng.

2. Tiêu thụ, xuất khẩu và lao động
Doanh thu ước đạt 21.650 tỷ đồng, tăng 7,8% so với cùng kỳ. Kim ngạch xuất khẩu đạt 187,3 triệu USD, giảm 4,2%, trong đó thị trường ASEAN chiếm khoảng 62%. Lao động toàn ngành khoảng 14.500 người, thu nhập bình quân 10,2 triệu đồng/người/tháng, tăng 500.000 đồng so với năm 2022.

II. KHÓ KHĂN, HẠN CHẾ
Giá nguyên liệu LAS nhập khẩu bình quân 1.450 USD/tấn, cao hơn khoảng 15% so với năm 2022; 6/41 doanh nghiệp phải giảm ca sản xuất.

III. NHIỆM VỤ QUÝ IV/2023
Phấn đấu sản lượng cả năm đạt 690.000 tấn, vượt 1,3% kế hoạch; doanh thu cả năm khoảng 29.000 tỷ đồng.

Nơi nhận: Bộ Công Thương; TT Tỉnh ủy; Lưu: VT, KT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

M22 = P("9 tháng năm 2022", "2022-01-01", "2022-09-30")
M23 = P("9 tháng năm 2023", "2023-01-01", "2023-09-30")
K23 = P("Kế hoạch năm 2023", "2023-01-01", "2023-12-31")
M23i = P("9 tháng năm 2023", "2023-01-01", "2023-09-30", inherited=True)
Y23 = P("cả năm", "2023-01-01", "2023-12-31")

ROWS = [  # (row label, anchor prefix for first cell, three values as written)
    ("Bột giặt", "Bột giặt | ", ("312.400", "338.600", "450.000")),
    ("Nước giặt, nước xả vải", "nước xả vải | ", ("96.800", "118.200", "155.000")),
    ("Nước rửa chén", "Nước rửa chén | ", ("41.300", "45.900", "60.000")),
    ("Xà phòng bánh", "Xà phòng bánh | ", ("12.700", "11.500", "16.000")),
    ("Tổng cộng", "Tổng cộng | ", ("463.200", "514.200", "681.000")),
]


def num(s):
    return int(s.replace(".", ""))


TABLE = []
for label, pre, (a, b, c) in ROWS:
    TABLE.append(F(pre + a, a, num(a), "measure", "tấn", f"sản lượng {label.lower()} 9 tháng năm 2022", M22))
    TABLE.append(F(f"{a} | {b}", b, num(b), "measure", "tấn", f"sản lượng {label.lower()} 9 tháng năm 2023", M23))
    TABLE.append(F(f"{b} | {c}", c, num(c), "measure", "tấn", f"sản lượng {label.lower()} kế hoạch năm 2023", K23,
                   status="target"))

FIGS = [
    F("có 41 doanh nghiệp", "41", 41, "count", "doanh nghiệp", "doanh nghiệp sản xuất xà phòng, chất tẩy rửa"),
    F("trong đó 23 doanh nghiệp", "23", 23, "count", "doanh nghiệp", "doanh nghiệp có vốn đầu tư nước ngoài",
      total=41),
    F("khoảng 980.000 tấn/năm", "980.000", 980000, "measure", "tấn/năm", "tổng công suất thiết kế", approx="about"),
    *TABLE,
    F("ước đạt 514.200 tấn", "514.200", 514200, "measure", "tấn", "sản lượng toàn ngành",
      P("9 tháng", "2023-01-01", "2023-09-30"), percent=75.5, change=C("increase", 11, baseline="cùng kỳ"),
      status="estimate"),
    F("giảm 9,4%", "9,4", 9.4, "percent", "%", "sản lượng xà phòng bánh",
      P("9 tháng", "2023-01-01", "2023-09-30"), status="estimate"),
    F("ước đạt 21.650 tỷ đồng", "21.650", 21650e9, "money", "đồng", "doanh thu ngành xà phòng, chất tẩy rửa", M23i,
      change=C("increase", 7.8, baseline="cùng kỳ"), status="estimate"),
    F("đạt 187,3 triệu USD", "187,3", 187.3e6, "money", "USD", "kim ngạch xuất khẩu", M23i,
      change=C("decrease", 4.2)),
    F("chiếm khoảng 62%", "62", 62, "percent", "%", "thị trường ASEAN trong kim ngạch xuất khẩu", M23i,
      approx="about"),
    F("khoảng 14.500 người", "14.500", 14500, "count", "người", "lao động toàn ngành", approx="about"),
    F("bình quân 10,2 triệu đồng/người/tháng", "10,2", 10.2e6, "money", "đồng/người/tháng",
      "thu nhập bình quân lao động toàn ngành", change=C("increase", 500000, "đồng", "năm 2022")),
    F("bình quân 1.450 USD/tấn", "1.450", 1450, "money", "USD/tấn", "giá nguyên liệu LAS nhập khẩu bình quân",
      change=C("increase", 15, baseline="năm 2022", approx="about")),
    F("6/41 doanh nghiệp", "6", 6, "count", "doanh nghiệp", "doanh nghiệp phải giảm ca sản xuất", total=41),
    F("đạt 690.000 tấn", "690.000", 690000, "measure", "tấn", "sản lượng cả năm", Y23,
      change=C("increase", 1.3, baseline="kế hoạch"), status="target"),
    F("khoảng 29.000 tỷ đồng", "29.000", 29000e9, "money", "đồng", "doanh thu cả năm", Y23,
      approx="about", status="target"),
]

NOTES = [
    "Báo cáo UBND tỉnh Đồng Nai (invented) số 356/BC-UBND: ngành xà phòng, chất tẩy rửa 9 tháng năm 2023, with a flattened '|' table.",
    "Table cells: unit tấn from 'Đơn vị tính', period from the column header (scored), 'Kế hoạch năm 2023' → target; no totals on cells",
    "(the 'Tổng cộng' row is its own figure). Text figures in section 2 take '9 tháng năm 2023' from the title (inherited).",
    "'vượt 1,3% kế hoạch' is the change of 690.000 tấn (gap to plan); 'giảm 9,4%' is a rate without base amount (percent figure).",
    "Not figures: Số 356/BC-UBND, the date line, KCN Nhơn Trạch 3 / Biên Hòa 2, 'Bảng 1', section numbers I-III and 1-2, 'QUÝ IV/2023'.",
]

if __name__ == "__main__":
    write("p912-3", TEXT, NOTES, FIGS, published="2023-10-16", location="Đồng Nai")

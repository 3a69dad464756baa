"""p1483-3: formal report (Sở Công Thương Bắc Ninh, Số: 215/BC-SCT): household plastics 6 months 2024, '|' table."""
from lib import F, P, INH, CH, TG, write

TEXT = """UBND TỈNH BẮC NINH
SỞ CÔNG THƯƠNG
Số: 215/BC-SCT

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Bắc Ninh, ngày 08 tháng 7 năm 2024

BÁO CÁO
Tình hình sản xuất, kinh doanh sản phẩm nhựa gia dụng 6 tháng đầu năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Tình hình chung
6 tháng đầu năm 2024, toàn tỉnh có 64 doanh nghiệp và 212 hộ kinh doanh sản xuất đồ nhựa gia dụng. Giá trị sản xuất đạt 2.735 tỷ đồng, tăng 5,4% so với cùng kỳ, bằng 47,2% kế hoạch năm; giá trị xuất khẩu ước đạt 38,6 triệu USD, chiếm 35% tổng giá trị sản xuất.

2. Sản lượng một số sản phẩm chủ yếu
Đơn vị tính: nghìn chiếc
Sản phẩm | 6 tháng 2023 | 6 tháng 2024 | So với cùng kỳ (%)
Xô, chậu, thau nhựa | 4.215 | 4.480 | 106,3
Rổ, rá, giỏ nhựa | 3.870 | 3.950 | 102,1
Thùng, hộp nhựa | 1.642 | 1.918 | 116,8
Tổng cộng | 9.727 | 10.348 | 106,4

3. Thị trường, giá cả
Giá hạt nhựa nguyên sinh PP, HDPE dao động từ 29.000 đến 33.000 đồng/kg, tăng khoảng 8% so với cuối năm 2023; giá bán lẻ các mặt hàng nhựa gia dụng tăng 3-5%.

II. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2024
Phấn đấu giá trị sản xuất cả năm đạt 5.800 tỷ đồng, tăng 6% so với năm 2023; hỗ trợ ít nhất 10 doanh nghiệp tham gia Hội chợ hàng Việt Nam chất lượng cao lần thứ 28.

Nơi nhận:
- Bộ Công Thương (b/c);
- UBND tỉnh (b/c);
- Lưu: VT, QLCN.

KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
Nguyễn Đức Long
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
C23 = P("6 tháng 2023", "2023-01-01", "2023-06-30")
C24 = P("6 tháng 2024", "2024-01-01", "2024-06-30")
YEAR = P("cả năm", "2024-01-01", "2024-12-31")
H2 = P("6 tháng cuối năm 2024", "2024-07-01", "2024-12-31", inherited=True)


def cell(anchor, number, row, col):
    if col == "so với cùng kỳ (%)":
        return F(anchor, number, float(number.replace(",", ".")), "percent", "%",
                 subject=f"sản lượng {row} so với cùng kỳ")
    period = C23 if col == "6 tháng 2023" else C24
    return F(anchor, number, float(number.replace(".", "")) * 1e3, "count", "chiếc",
             subject=f"sản lượng {row} {col}", period=period)


COLS = ["6 tháng 2023", "6 tháng 2024", "so với cùng kỳ (%)"]
ROWS = [("Xô, chậu, thau nhựa", ["4.215", "4.480", "106,3"]),
        ("Rổ, rá, giỏ nhựa", ["3.870", "3.950", "102,1"]),
        ("Thùng, hộp nhựa", ["1.642", "1.918", "116,8"]),
        ("Tổng cộng", ["9.727", "10.348", "106,4"])]
CELLS = []
for label, nums in ROWS:
    prev = label.split(", ")[-1]
    for col, n in zip(COLS, nums):
        CELLS.append(cell(f"{prev} | {n}", n, label.lower(), col))
        prev = n

FIGS = [
    F("có 64 doanh nghiệp", "64", 64, "count", "doanh nghiệp",
      subject="doanh nghiệp sản xuất đồ nhựa gia dụng", period=H1),
    F("và 212 hộ", "212", 212, "count", "hộ kinh doanh",
      subject="hộ kinh doanh sản xuất đồ nhựa gia dụng", period=H1),
    F("đạt 2.735 tỷ", "2.735", 2735e9, "money", "đồng", percent=47.2,
      change=CH("increase", 5.4, "%", "cùng kỳ"), subject="giá trị sản xuất", period=INH(H1)),
    F("ước đạt 38,6 triệu", "38,6", 38.6e6, "money", "USD", percent=35, status="estimate",
      subject="giá trị xuất khẩu", period=INH(H1)),
] + CELLS + [
    F("từ 29.000 đến 33.000", "29.000", 29000, "money", "đồng/kg", value_max=33000,
      change=CH("increase", 8, "%", "cuối năm 2023", approx="about"),
      subject="giá hạt nhựa nguyên sinh PP, HDPE"),
    F("tăng 3-5%", "3", 3, "percent", "%", value_max=5,
      subject="giá bán lẻ các mặt hàng nhựa gia dụng"),
    F("đạt 5.800 tỷ", "5.800", 5800e9, "money", "đồng", status="target",
      change=CH("increase", 6, "%", "năm 2023"), subject="giá trị sản xuất cả năm", period=YEAR),
    F("ít nhất 10 doanh nghiệp", "10", 10, "count", "doanh nghiệp", approx="at_least", status="target",
      subject="doanh nghiệp được hỗ trợ tham gia Hội chợ hàng Việt Nam chất lượng cao", period=H2),
]

NOTES = [
    "Formal report: 'UBND TỈNH BẮC NINH / SỞ CÔNG THƯƠNG', 'Số: 215/BC-SCT', 'Bắc Ninh, ngày 08 tháng 7 năm 2024' (published), sections I/II, 1-3, 'Nơi nhận', signature.",
    "Distractors: Số: 215/BC-SCT, the letterhead date, section numbers, '(b/c)', 'lần thứ 28', 'PP, HDPE'.",
    "2.735 tỷ and 38,6 triệu USD stand in the sentence after '6 tháng đầu năm 2024': inherited period (not scored).",
    "'bằng 47,2% kế hoạch năm' → percent of 2.735 tỷ; 'chiếm 35% tổng giá trị sản xuất' → percent of 38,6 triệu USD (estimate).",
    "Flattened '|' table, 'Đơn vị tính: nghìn chiếc' → cells are counts of chiếc ×10^3; subject = row + column label; period from the column header.",
    "'So với cùng kỳ (%)' cells are percent figures of their own (every numeric cell is a figure); the header states no period, so none is given.",
    "Table cells get no total (the spec gives totals to parts after cues, not to table rows).",
    "Price range 29.000-33.000 đồng/kg carries the change 'tăng khoảng 8% so với cuối năm 2023'; 'tăng 3-5%' of retail prices is a percent figure (range).",
    "Section II: 'Phấn đấu' governs both clauses (target); 'cả năm' → 2024; 10 doanh nghiệp inherits '6 tháng cuối năm 2024' from the heading.",
]

if __name__ == "__main__":
    write("p1483-3", TEXT, NOTES, FIGS, published="2024-07-08", location="Bắc Ninh")

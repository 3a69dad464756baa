"""p1023-3: formal report under a letterhead (UBND tỉnh Hà Tĩnh), 9 months 2024, flattened | table."""
from lib import F, P, I, C, T, write_set

TEXT = """UBND TỈNH HÀ TĨNH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 387/BC-UBND
Hà Tĩnh, ngày 15 tháng 10 năm 2024

BÁO CÁO
Kết quả phân loại, xử lý chất thải rắn hữu cơ tại hộ gia đình 9 tháng đầu năm 2024

Thực hiện Kế hoạch số 112/KH-UBND ngày 28/02/2024 của UBND tỉnh, UBND tỉnh báo cáo kết quả như sau:

I. KẾT QUẢ THỰC HIỆN
1. Tính đến ngày 30/9/2024, toàn tỉnh có 186.420 hộ gia đình thực hiện phân loại chất thải hữu cơ tại nguồn, chiếm 49,6% tổng số hộ, tăng 12.380 hộ so với cuối năm 2023. Kết quả tại 4 huyện triển khai sớm như sau:

Đơn vị tính: hộ
Địa phương | Tổng số hộ | Số hộ phân loại | Số hộ tự xử lý bằng hố ủ, thùng ủ
Thạch Hà | 40.215 | 23.470 | 18.960
Cẩm Xuyên | 39.830 | 21.115 | 17.240
Can Lộc | 34.120 | 19.860 | 15.305
Hương Sơn | 33.460 | 15.720 | 12.480
Tổng cộng | 147.625 | 80.165 | 63.985

2. Khối lượng chất thải hữu cơ được xử lý tại hộ 9 tháng ước đạt 21.300 tấn, bằng 118% cùng kỳ; lượng phân compost thu được khoảng 6.400 tấn, dùng bón cho cây trồng trong vườn hộ.

3. Ngân sách tỉnh đã hỗ trợ 12.500 thùng ủ với mức 300.000 đồng/thùng; các huyện, thị xã hỗ trợ thêm 4.820 thùng. Toàn tỉnh có 62/216 xã đạt tiêu chí về phân loại chất thải rắn tại nguồn, tăng 9 xã so với năm 2023.

II. NHIỆM VỤ QUÝ IV/2024
1. Phấn đấu đến hết năm 2024 có trên 200.000 hộ phân loại chất thải hữu cơ tại nguồn, tương đương 53% tổng số hộ.
2. Dự kiến hỗ trợ thêm 3.000 thùng ủ trong quý IV/2024, kinh phí khoảng 900 triệu đồng.

Nơi nhận:
- Bộ Tài nguyên và Môi trường;
- Thường trực Tỉnh ủy, HĐND tỉnh;
- Lưu: VT, NL2.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

ASOF = P("Tính đến ngày 30/9/2024", None, "2024-09-30")
TAB = I(ASOF)
M9 = P("9 tháng", "2024-01-01", "2024-09-30")
Q4 = P("quý IV/2024", "2024-10-01", "2024-12-31")
COLS = ["Tổng số hộ", "Số hộ phân loại", "Số hộ tự xử lý bằng hố ủ, thùng ủ"]
ROWS = [
    ("Thạch Hà", ["40.215", "23.470", "18.960"]),
    ("Cẩm Xuyên", ["39.830", "21.115", "17.240"]),
    ("Can Lộc", ["34.120", "19.860", "15.305"]),
    ("Hương Sơn", ["33.460", "15.720", "12.480"]),
    ("Tổng cộng", ["147.625", "80.165", "63.985"]),
]


def table_figs():
    out = []
    for place, cells in ROWS:
        for j, (col, cell) in enumerate(zip(COLS, cells)):
            anchor = f"{place} | {cell}" if j == 0 else f"| {cell}"
            value = float(cell.replace(".", ""))
            if place == "Tổng cộng":
                out.append(F(anchor, cell, value, "count", "hộ", f"{col} tổng cộng 4 huyện", TAB,
                             location="Hà Tĩnh"))
            else:
                out.append(F(anchor, cell, value, "count", "hộ", col, TAB, location=place))
    return out


FIGS = [
    F("có 186.420 hộ", "186.420", 186420, "count", "hộ", "hộ gia đình thực hiện phân loại chất thải hữu cơ tại nguồn",
      ASOF, percent=49.6, change=C("increase", 12380, "hộ", "cuối năm 2023")),
    F("tại 4 huyện", "4", 4, "count", "huyện", "huyện triển khai sớm", optional=True),
] + table_figs() + [
    F("ước đạt 21.300 tấn", "21.300", 21300, "measure", "tấn", "khối lượng chất thải hữu cơ được xử lý tại hộ",
      M9, percent=118, status="estimate"),
    F("khoảng 6.400 tấn", "6.400", 6400, "measure", "tấn", "lượng phân compost thu được", M9, approx="about"),
    F("hỗ trợ 12.500 thùng", "12.500", 12500, "count", "thùng", "thùng ủ do ngân sách tỉnh hỗ trợ"),
    F("mức 300.000 đồng/thùng", "300.000", 300000, "money", "đồng/thùng", "mức hỗ trợ thùng ủ"),
    F("thêm 4.820 thùng", "4.820", 4820, "count", "thùng", "thùng ủ do các huyện, thị xã hỗ trợ thêm"),
    F("có 62/216 xã", "62", 62, "count", "xã", "xã đạt tiêu chí về phân loại chất thải rắn tại nguồn",
      total=216, change=C("increase", 9, "xã", "năm 2023")),
    F("trên 200.000 hộ", "200.000", 200000, "count", "hộ", "hộ phân loại chất thải hữu cơ tại nguồn",
      P("đến hết năm 2024", None, "2024-12-31"), approx="over", percent=53, status="target"),
    F("thêm 3.000 thùng", "3.000", 3000, "count", "thùng", "thùng ủ hỗ trợ thêm", Q4, status="forecast"),
    F("khoảng 900 triệu đồng", "900", 9e8, "money", "đồng", "kinh phí hỗ trợ thùng ủ", Q4, approx="about",
      status="forecast"),
]

NOTES = [
    "Formal report UBND tỉnh Hà Tĩnh Số 387/BC-UBND (letterhead, section numbers), 9 months 2024; invented for probe set 1023.",
    "Flattened '|' table with 'Đơn vị tính: hộ': every numeric cell is a count in hộ; subject = column label, district = location;",
    "the 'Tổng cộng' row sums the four districts -> location Hà Tĩnh. Period of the cells from 'Tính đến ngày 30/9/2024' above the table (inherited).",
    "Table cells get no totals (the Tổng cộng row is its own figure). '4 huyện triển khai sớm' optional.",
    "Distractors: 'Số: 387/BC-UBND', date line, 'Kế hoạch số 112/KH-UBND ngày 28/02/2024', section numbers I./II./1./2./3., heading 'NHIỆM VỤ QUÝ IV/2024', 'NL2'.",
    "'9 tháng' without a year takes 2024 from 30/9/2024. 'bằng 118% cùng kỳ' is the percent of 21.300 tấn; 'tương đương 53%' the percent of 200.000 hộ.",
    "'6.400 tấn' stands in its own clause after ';' with its own verb: actual, approx about.",
]

write_set("p1023-3", TEXT, FIGS, NOTES, published="2024-10-15", location="Hà Tĩnh")

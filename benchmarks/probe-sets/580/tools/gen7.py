"""p580-7: department site (Sở Công Thương Đồng Nai), no dateline; one-cell-per-line table of exports by market and quarter."""
from lib import F, P, I, CH, emit, parse_num

ROWS = [
    ("Hoa Kỳ", ["248,6", "276,3", "301,5", "826,4"]),
    ("EU", ["102,8", "118,4", "125,9", "347,1"]),
    ("Nhật Bản", ["85,2", "90,7", "98,3", "274,2"]),
    ("Hàn Quốc", ["61,4", "66,9", "70,2", "198,5"]),
    ("Thị trường khác", ["140,5", "152,6", "165,7", "458,8"]),
    ("Tổng cộng", ["638,5", "704,9", "761,6", "2.105,0"]),
]
COLS = [
    ("Quý I/2024", P("Quý I/2024", "2024-01-01", "2024-03-31"), None),
    ("Quý II/2024", P("Quý II/2024", "2024-04-01", "2024-06-30"), None),
    ("Ước quý III/2024", P("Ước quý III/2024", "2024-07-01", "2024-09-30"), "estimate"),
    ("Ước 9 tháng 2024", P("Ước 9 tháng 2024", "2024-01-01", "2024-09-30"), "estimate"),
]

table = "Đơn vị tính: triệu USD\nThị trường\n" + "\n".join(c[0] for c in COLS) + "\n"
for label, cells in ROWS:
    table += label + "\n" + "\n".join(cells) + "\n"

TEXT = """SỞ CÔNG THƯƠNG TỈNH ĐỒNG NAI
Trang chủ > Tin hoạt động > Xuất nhập khẩu

Kim ngạch xuất khẩu dệt may theo thị trường 9 tháng năm 2024

Kim ngạch xuất khẩu hàng dệt may (gồm hàng may mặc, xơ sợi và vải) của tỉnh 9 tháng năm 2024 ước đạt 2.105 triệu USD, tăng 9,4% so với cùng kỳ, đạt 74,6% kế hoạch năm. Kết quả theo thị trường từng quý như sau:

""" + table + """
Nhờ đơn hàng phục hồi, lao động ngành dệt may tại 6 khu công nghiệp chính đạt khoảng 118.000 người, tăng 4.200 người so với đầu năm. Thu nhập bình quân đạt 9,1 triệu đồng/người/tháng. Đến ngày 30/9/2024, toàn tỉnh có 268 doanh nghiệp dệt may đang hoạt động, trong đó 171 doanh nghiệp có vốn đầu tư nước ngoài; nhiều đơn vị như Công ty CP Dệt may Đồng Tiến đã có đơn hàng đến hết quý I/2025.

Dự kiến quý IV/2024, kim ngạch xuất khẩu dệt may đạt khoảng 780 triệu USD, đưa cả năm lên gần 2,9 tỷ USD, vượt 2,8% kế hoạch.

Sở Công Thương tỉnh Đồng Nai - Số 2 Nguyễn Văn Trị, phường Thanh Bình, TP Biên Hòa. Điện thoại: 0251.3822.359
Tổng số lượt truy cập: 1.284.905
"""

FIGS = [
    F("ước đạt 2.105 triệu USD", "2.105", 2105e6, "money", "USD", "kim ngạch xuất khẩu hàng dệt may",
      P("9 tháng năm 2024", "2024-01-01", "2024-09-30"), percent=74.6,
      change=CH("increase", 9.4, baseline="cùng kỳ"), status="estimate"),
]
for label, cells in ROWS:
    for (col, per, status), cell in zip(COLS, cells):
        kw = {"status": status} if status else {}
        FIGS.append(F(cell, cell, parse_num(cell) * 1e6, "money", "USD", f"{label} {col}", per, **kw))
FIGS += [
    F("tại 6 khu công nghiệp", "6", 6, "count", "khu công nghiệp", "khu công nghiệp chính"),
    F("khoảng 118.000 người", "118.000", 118000, "count", "người", "lao động ngành dệt may tại 6 khu công nghiệp chính",
      approx="about", change=CH("increase", 4200, unit="người", baseline="đầu năm")),
    F("đạt 9,1 triệu", "9,1", 9.1e6, "money", "đồng/người/tháng", "thu nhập bình quân"),
    F("có 268 doanh nghiệp", "268", 268, "count", "doanh nghiệp", "doanh nghiệp dệt may đang hoạt động",
      P("Đến ngày 30/9/2024", None, "2024-09-30")),
    F("trong đó 171 doanh nghiệp", "171", 171, "count", "doanh nghiệp", "doanh nghiệp có vốn đầu tư nước ngoài",
      P("Đến ngày 30/9/2024", None, "2024-09-30"), total=268),
    F("khoảng 780 triệu USD", "780", 780e6, "money", "USD", "kim ngạch xuất khẩu dệt may",
      P("quý IV/2024", "2024-10-01", "2024-12-31"), approx="about", status="forecast"),
    F("gần 2,9 tỷ USD", "2,9", 2.9e9, "money", "USD", "kim ngạch xuất khẩu dệt may cả năm",
      P("cả năm", "2024-01-01", "2024-12-31"), approx="nearly", change=CH("increase", 2.8, baseline="kế hoạch"),
      status="forecast"),
]

COMMENTS = [
    "Sở Công Thương Đồng Nai department site, no dateline (published null): xuất khẩu dệt may 9 tháng năm 2024 by market",
    "and quarter, one-cell-per-line table with 'Đơn vị tính: triệu USD' (every cell ×10⁶ USD).",
    "Table cells: subject = row label + column label (markets are not places; location Đồng Nai from the masthead);",
    "periods from the column headers (scored, as shared h23); 'Ước quý III/2024', 'Ước 9 tháng 2024' → estimate, the",
    "first two quarters actual. The 'Tổng cộng' row cells are figures; no totals are drawn inside the table (no cue).",
    "'(gồm hàng may mặc, xơ sợi và vải)' holds no number. '6 khu công nghiệp' is a count. 'tăng 4.200 người so với đầu năm'",
    "is the change of 118.000 (unit người). 'vượt 2,8% kế hoạch' is a change against the plan (FIGURES.md 'Result against",
    "plan'). 'Dự kiến' governs the whole last sentence (forecast). Address, phone and 'Tổng số lượt truy cập' are furniture.",
]

if __name__ == "__main__":
    emit("p580-7", TEXT, COMMENTS, FIGS, published=None, location="Đồng Nai")

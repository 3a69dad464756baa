"""p1190-7: department site (Sở Công Thương Nam Định), no dateline, one-cell-per-line table of exports by product."""
from lib import F, P, I, C, T, write

TEXT = """SỞ CÔNG THƯƠNG TỈNH NAM ĐỊNH
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Hỏi đáp

Xuất khẩu thảm cói, thảm đay: tín hiệu tích cực từ thị trường EU

6 tháng đầu năm 2024, kim ngạch xuất khẩu hàng cói, đay của tỉnh đạt 19,8 triệu USD, tăng 13,5% so với cùng kỳ năm 2023, bằng 47,1% kế hoạch năm. Tỉnh hiện có 57 doanh nghiệp, hợp tác xã xuất khẩu hàng cói, đay, tập trung chủ yếu ở huyện Nghĩa Hưng (21 đơn vị) và huyện Hải Hậu (14 đơn vị).

Kim ngạch xuất khẩu theo nhóm sản phẩm:
Đơn vị tính: nghìn USD
Sản phẩm
Năm 2023
6 tháng đầu năm 2024
Kế hoạch năm 2024
Thảm cói
16.250
8.940
18.500
Thảm đay
9.120
4.870
10.200
Túi, giỏ, hộp cói
11.380
5.990
13.300
Tổng cộng
36.750
19.800
42.000

Giá thu mua cói nguyên liệu tại Nghĩa Hưng hiện khoảng 9.000 đồng/kg, giảm 500 đồng/kg so với đầu năm. Dự kiến quý III, kim ngạch xuất khẩu hàng cói, đay đạt khoảng 10,5 triệu USD. Để giữ thị phần, Sở đề nghị các doanh nghiệp tham gia ít nhất hai hội chợ quốc tế trong năm và khai thác thương mại điện tử xuyên biên giới.

Tin liên quan:
- Hội chợ hàng thủ công mỹ nghệ lần thứ 15
- Tập huấn quy tắc xuất xứ hàng hóa năm 2024

SỞ CÔNG THƯƠNG TỈNH NAM ĐỊNH
Địa chỉ: số 10 Trần Thánh Tông, TP Nam Định
Điện thoại: 0228.3849.203
Tổng lượt truy cập: 2.617.445 | Đang trực tuyến: 31
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
COLS = {"Năm 2023": P("Năm 2023", "2023-01-01", "2023-12-31"),
        "6 tháng đầu năm 2024": P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30"),
        "Kế hoạch năm 2024": P("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")}


def cell(anchor, number, value, row, col):
    kw = {"status": "target"} if col.startswith("Kế hoạch") else {}
    return F(anchor, number, value * 1e3, "money", "USD", subject=f"kim ngạch xuất khẩu {row} {col}",
             period=COLS[col], **kw)


FIGS = [
    F("đạt 19,8 triệu", "19,8", 19.8e6, "money", "USD", percent=47.1,
      change=C("increase", 13.5, "%", "cùng kỳ năm 2023"),
      subject="kim ngạch xuất khẩu hàng cói, đay", period=H1),
    F("có 57 doanh nghiệp", "57", 57, "count", "doanh nghiệp, hợp tác xã",
      subject="doanh nghiệp, hợp tác xã xuất khẩu hàng cói, đay"),
    F("(21 đơn vị)", "21", 21, "count", "đơn vị", subject="doanh nghiệp, hợp tác xã xuất khẩu hàng cói, đay",
      location="Nghĩa Hưng"),
    F("(14 đơn vị)", "14", 14, "count", "đơn vị", subject="doanh nghiệp, hợp tác xã xuất khẩu hàng cói, đay",
      location="Hải Hậu"),
    cell("Thảm cói\n16.250", "16.250", 16250, "thảm cói", "Năm 2023"),
    cell("16.250\n8.940", "8.940", 8940, "thảm cói", "6 tháng đầu năm 2024"),
    cell("8.940\n18.500", "18.500", 18500, "thảm cói", "Kế hoạch năm 2024"),
    cell("Thảm đay\n9.120", "9.120", 9120, "thảm đay", "Năm 2023"),
    cell("9.120\n4.870", "4.870", 4870, "thảm đay", "6 tháng đầu năm 2024"),
    cell("4.870\n10.200", "10.200", 10200, "thảm đay", "Kế hoạch năm 2024"),
    cell("hộp cói\n11.380", "11.380", 11380, "túi, giỏ, hộp cói", "Năm 2023"),
    cell("11.380\n5.990", "5.990", 5990, "túi, giỏ, hộp cói", "6 tháng đầu năm 2024"),
    cell("5.990\n13.300", "13.300", 13300, "túi, giỏ, hộp cói", "Kế hoạch năm 2024"),
    cell("Tổng cộng\n36.750", "36.750", 36750, "tổng cộng", "Năm 2023"),
    cell("36.750\n19.800", "19.800", 19800, "tổng cộng", "6 tháng đầu năm 2024"),
    cell("19.800\n42.000", "42.000", 42000, "tổng cộng", "Kế hoạch năm 2024"),
    F("khoảng 9.000 đồng", "9.000", 9000, "money", "đồng/kg", approx="about",
      change=C("decrease", 500, "đồng/kg", "đầu năm"), subject="giá thu mua cói nguyên liệu",
      location="Nghĩa Hưng"),
    F("khoảng 10,5 triệu", "10,5", 10.5e6, "money", "USD", approx="about", status="forecast",
      subject="kim ngạch xuất khẩu hàng cói, đay", period=P("quý III", "2024-07-01", "2024-09-30")),
    F("ít nhất hai hội chợ", "hai", 2, "count", "hội chợ", approx="at_least", status="target",
      subject="hội chợ quốc tế doanh nghiệp tham gia trong năm", optional=True),
]

NOTES = [
    "Department site (Sở Công Thương Nam Định): no dateline (no published); menu, related links, footer address, phone, counters.",
    "One-cell-per-line table, 'Đơn vị tính: nghìn USD' (×10^3): rows are products, so subject = indicator + row + column label;",
    "periods from the column headers (scored); 'Kế hoạch năm 2024' → target. Cells get no totals; 'Tổng cộng' row is its own figures.",
    "District brackets after 'tập trung chủ yếu ở' (21 + 14 ≠ 57): no total, location the district. '9.000 đồng/kg' at Nghĩa Hưng.",
    "Year-less 'quý III' takes 2024 from the nearest earlier period (the table's column headers).",
    "'ít nhất hai hội chợ' is a recommendation of the department (optional). Distractors: 'lần thứ 15', 'năm 2024' in a link title,",
    "'số 10 Trần Thánh Tông', phone 0228.3849.203, 'Tổng lượt truy cập: 2.617.445', 'Đang trực tuyến: 31'.",
]

if __name__ == "__main__":
    write("p1190-7", TEXT, NOTES, FIGS, location="Nam Định")

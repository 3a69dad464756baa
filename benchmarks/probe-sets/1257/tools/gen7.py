"""p1257-7: department site (Sở Công Thương Long An), no dateline: modern retail revenue 2024, one-cell-per-line table."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ CÔNG THƯƠNG TỈNH LONG AN
Giới thiệu | Tin tức - Sự kiện | Thương mại | Công nghiệp | Văn bản | Hỏi đáp

Bán lẻ hiện đại tăng trưởng hai con số

Năm 2024, doanh thu qua các loại hình bán lẻ hiện đại trên địa bàn tỉnh ước đạt 6.930 tỷ đồng, tăng 14,1% so với năm 2023; riêng cửa hàng tiện lợi, siêu thị mini tăng gần 27%.

Doanh thu theo loại hình bán lẻ hiện đại
Đơn vị tính: tỷ đồng
Loại hình
Năm 2023
Ước thực hiện năm 2024
So với cùng kỳ (%)
Tổng số
6.074
6.930
114,1
Trong đó:
Siêu thị
3.412
3.765
110,3
Trung tâm thương mại
1.206
1.318
109,3
Cửa hàng tiện lợi, siêu thị mini
1.456
1.847
126,9

Toàn tỉnh hiện có 14 siêu thị, 3 trung tâm thương mại và 236 cửa hàng tiện lợi, siêu thị mini; riêng thành phố Tân An có 71 cửa hàng, huyện Đức Hòa 48 cửa hàng, huyện Bến Lức 39 cửa hàng.

Năm 2025, ngành Công Thương phấn đấu doanh thu bán lẻ hiện đại đạt 7.900 tỷ đồng, tăng khoảng 14%; phát triển thêm 40-50 cửa hàng tiện lợi tại các xã nông thôn mới nâng cao.

Tin cùng chuyên mục:
- Hội nghị kết nối giao thương giữa nhà sản xuất và hệ thống phân phối
- Hướng dẫn thủ tục cấp Giấy phép kinh doanh bán lẻ

SỞ CÔNG THƯƠNG TỈNH LONG AN
Địa chỉ: Số 137 Nguyễn Đình Chiểu, Phường 1, TP Tân An, tỉnh Long An
Điện thoại: 0272.3826.497 - Fax: 0272.3826.498
Lượt truy cập: 1.507.334
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
E24 = per("Ước thực hiện năm 2024", "2024-01-01", "2024-12-31")
SHOPS = "cửa hàng tiện lợi, siêu thị mini"

ROWS = [("Tổng số", "tổng số", ["6.074", "6.930", "114,1"]),
        ("Siêu thị", "siêu thị", ["3.412", "3.765", "110,3"]),
        ("Trung tâm thương mại", "trung tâm thương mại", ["1.206", "1.318", "109,3"]),
        ("Cửa hàng tiện lợi, siêu thị mini", "cửa hàng tiện lợi, siêu thị mini", ["1.456", "1.847", "126,9"])]
TOTALS = [6074e9, 6930e9]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


CELLS = []
for label, row, nums in ROWS:
    a, b, c = nums
    part = {} if label == "Tổng số" else None
    CELLS.append(fig(f"{label}\n{a}", a, num(a) * 1e9, "money", "đồng", subject=f"doanh thu {row} năm 2023",
                     period=C23, **({} if part is not None else {"total": TOTALS[0]})))
    CELLS.append(fig(f"{a}\n{b}", b, num(b) * 1e9, "money", "đồng", status="estimate",
                     subject=f"doanh thu {row} ước thực hiện năm 2024", period=E24,
                     **({} if part is not None else {"total": TOTALS[1]})))
    CELLS.append(fig(f"{b}\n{c}", c, num(c), "percent", "%", subject=f"doanh thu {row} so với cùng kỳ"))

FIGS = [
    fig("ước đạt 6.930 tỷ", "6.930", 6930e9, "money", "đồng", status="estimate",
        change=chg("increase", 14.1, "%", "năm 2023"),
        subject="doanh thu qua các loại hình bán lẻ hiện đại", period=Y24),
    fig("tăng gần 27%", "27", 27, "percent", "%", approx="nearly", status="estimate",
        subject="doanh thu cửa hàng tiện lợi, siêu thị mini", period=Y24),
] + CELLS + [
    fig("có 14 siêu thị", "14", 14, "count", "siêu thị", subject="siêu thị"),
    fig("3 trung tâm", "3", 3, "count", "trung tâm thương mại", subject="trung tâm thương mại"),
    fig("236 cửa hàng", "236", 236, "count", "cửa hàng", subject=SHOPS),
    fig("có 71 cửa hàng", "71", 71, "count", "cửa hàng", subject=SHOPS, location="Tân An"),
    fig("Hòa 48 cửa hàng", "48", 48, "count", "cửa hàng", subject=SHOPS, location="Đức Hòa"),
    fig("Lức 39 cửa hàng", "39", 39, "count", "cửa hàng", subject=SHOPS, location="Bến Lức"),
    fig("đạt 7.900 tỷ", "7.900", 7900e9, "money", "đồng", status="target",
        change=chg("increase", 14, "%", approx="about"), subject="doanh thu bán lẻ hiện đại", period=Y25),
    fig("thêm 40-50 cửa", "40", 40, "count", "cửa hàng", value_max=50, status="target",
        subject="cửa hàng tiện lợi phát triển thêm tại các xã nông thôn mới nâng cao", period=Y25),
]

NOTES = [
    "Department site (Sở Công Thương Long An), no dateline: menu, related links, footer address, phone/fax, 'Lượt truy cập: 1.507.334'.",
    "Distractors: 'tăng trưởng hai con số' (idiom: double-digit growth), 'Số 137 Nguyễn Đình Chiểu', 'Phường 1', phone and fax, counter.",
    "'ước đạt 6.930 tỷ đồng, tăng 14,1% ...; riêng cửa hàng tiện lợi, siêu thị mini tăng gần 27%' → the 27% is a growth rate as the claim,",
    "in a clause that continues the 'ước đạt' clause: estimate, period Năm 2024.",
    "One-cell-per-line table, 'Đơn vị tính: tỷ đồng' (money cells ×10^9); subject = 'doanh thu' + row + column label; periods from the",
    "column headers; 'Ước thực hiện năm 2024' → estimate. The rows after 'Trong đó:' are parts of 'Tổng số' in the same column → total.",
    "'So với cùng kỳ (%)' cells are percent figures (index vs the year before), no total; the header names neither a period nor a",
    "status cue, so they have no period and status actual (borderline: they are computed from the estimate column).",
    "'riêng thành phố Tân An có 71 cửa hàng, huyện Đức Hòa 48 ..., huyện Bến Lức 39 ...' → a list sharing the indicator, places → location;",
    "'riêng' is no part-of-whole cue in the spec, so no total. 'hiện' figures have no period.",
    "'Năm 2025, ... phấn đấu ... 7.900 tỷ đồng, tăng khoảng 14%; phát triển thêm 40-50 ...' → target; change 14 (about).",
]

if __name__ == "__main__":
    write("p1257-7", TEXT, NOTES, FIGS, location="Long An")

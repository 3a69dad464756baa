"""p1522-6: department site (Sở Công Thương Nam Định), no dateline, one-cell-per-line table by product."""
from lib import F, P, inh, C, T, write

TEXT = """SỞ CÔNG THƯƠNG TỈNH NAM ĐỊNH
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Khuyến công | Văn bản | Liên hệ

Ngành sản xuất sofa, ghế bọc nệm tỉnh Nam Định

Sản xuất sofa, ghế bọc nệm là nghề mới phát triển mạnh tại Nam Định trong 5 năm trở lại đây, tập trung ở huyện Ý Yên và huyện Vụ Bản. Toàn tỉnh có 64 doanh nghiệp, hợp tác xã (52 doanh nghiệp, 12 hợp tác xã) và 410 hộ sản xuất, thu hút hơn 6.200 lao động. Năm 2024, giá trị sản xuất ngành ước đạt 1.845 tỷ đồng, tăng 9,8% so với năm 2023.

Sản lượng sofa, ghế bọc nệm
Đơn vị tính: nghìn sản phẩm
Sản phẩm
Năm 2023
Ước thực hiện 2024
Kế hoạch 2025
Sofa nỉ
38,4
42,1
46,0
Sofa da
11,2
12,6
14,5
Ghế bọc nệm các loại
95,7
104,3
112,0
Tổng số
145,3
159,0
172,5
Trong đó: xuất khẩu
52,6
61,8
70,0

Hằng năm, Sở bố trí từ 1,5 đến 2 tỷ đồng kinh phí khuyến công hỗ trợ các cơ sở đổi mới máy móc. Mục tiêu đến năm 2030, giá trị sản xuất ngành đạt 4.000 tỷ đồng, tỷ lệ sản phẩm xuất khẩu đạt trên 50%.

Bài viết liên quan:
- Hội thảo kết nối cung cầu ngành nội thất lần thứ 2
- Quyết định số 2745/QĐ-UBND về Chương trình khuyến công giai đoạn 2021-2025

SỞ CÔNG THƯƠNG TỈNH NAM ĐỊNH
Địa chỉ: Số 172 đường Hàn Thuyên, TP Nam Định
Điện thoại: 0228.3849.417
Lượt truy cập: 1.204.377 | Đang trực tuyến: 25
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
TO30 = P("đến năm 2030", None, "2030-12-31")
COLS = [("năm 2023", P("Năm 2023", "2023-01-01", "2023-12-31"), None),
        ("ước thực hiện 2024", P("Ước thực hiện 2024", "2024-01-01", "2024-12-31"), "estimate"),
        ("kế hoạch 2025", P("Kế hoạch 2025", "2025-01-01", "2025-12-31"), "target")]
ROWS = [("Sofa nỉ", "sofa nỉ", ["38,4", "42,1", "46,0"]),
        ("Sofa da", "sofa da", ["11,2", "12,6", "14,5"]),
        ("Ghế bọc nệm các loại", "ghế bọc nệm các loại", ["95,7", "104,3", "112,0"]),
        ("Tổng số", "tổng số", ["145,3", "159,0", "172,5"]),
        ("Trong đó: xuất khẩu", "xuất khẩu", ["52,6", "61,8", "70,0"])]
TOTALS = [145.3e3, 159.0e3, 172.5e3]
CELLS = []
for label, row, nums in ROWS:
    prev = label
    for i, ((col, per, st), n) in enumerate(zip(COLS, nums)):
        kw = {}
        if st:
            kw["status"] = st
        if label.startswith("Trong đó"):
            kw["total"] = TOTALS[i]
        v = float(n.replace(",", ".")) * 1e3
        CELLS.append(F(f"{prev}\n{n}", n, v, "count", "sản phẩm", subject=f"sản lượng {row} {col}",
                       period=per, **kw))
        prev = n

FIGS = [
    F("có 64 doanh nghiệp", "64", 64, "count", "doanh nghiệp, hợp tác xã",
      subject="doanh nghiệp, hợp tác xã sản xuất sofa, ghế bọc nệm"),
    F("(52 doanh nghiệp", "52", 52, "count", "doanh nghiệp", total=64, subject="doanh nghiệp"),
    F("12 hợp tác xã)", "12", 12, "count", "hợp tác xã", total=64, subject="hợp tác xã"),
    F("và 410 hộ", "410", 410, "count", "hộ", subject="hộ sản xuất sofa, ghế bọc nệm"),
    F("hơn 6.200 lao động", "6.200", 6200, "count", "lao động", approx="over", subject="lao động ngành sofa, ghế bọc nệm"),
    F("ước đạt 1.845 tỷ", "1.845", 1.845e12, "money", "đồng", status="estimate",
      change=C("increase", 9.8, "%", "năm 2023"), subject="giá trị sản xuất ngành", period=Y24),
] + CELLS + [
    F("từ 1,5 đến 2 tỷ", "1,5", 1.5e9, "money", "đồng/năm", value_max=2e9,
      subject="kinh phí khuyến công hỗ trợ các cơ sở đổi mới máy móc"),
    F("đạt 4.000 tỷ", "4.000", 4e12, "money", "đồng", status="target", subject="giá trị sản xuất ngành",
      period=TO30),
    F("trên 50%", "50", 50, "percent", "%", approx="over", status="target",
      subject="tỷ lệ sản phẩm xuất khẩu", period=TO30),
]

NOTES = [
    "Department site (Sở Công Thương Nam Định) without a dateline: menu, related links, footer address, phone, 'Lượt truy cập',",
    "'Đang trực tuyến'. published = none. Distractors: 'trong 5 năm trở lại đây' (a time span that locates), 'lần thứ 2',",
    "'Quyết định số 2745/QĐ-UBND', 'giai đoạn 2021-2025', 'Số 172 đường Hàn Thuyên', phone, counters 1.204.377 and 25.",
    "'64 doanh nghiệp, hợp tác xã (52 doanh nghiệp, 12 hợp tác xã)': a bracketed breakdown that adds up -> total 64.",
    "One-cell-per-line table, 'Đơn vị tính: nghìn sản phẩm' -> count, unit 'sản phẩm', x10^3; subject = row + column label;",
    "period from the column header (scored); 'Ước thực hiện 2024' -> estimate, 'Kế hoạch 2025' -> target.",
    "Row 'Trong đó: xuất khẩu' stands under 'Tổng số': a part after 'trong đó' following the whole -> total = the Tổng số cell of",
    "the same column (borderline: a table sub-row; other cells get no total).",
    "'Hằng năm ... từ 1,5 đến 2 tỷ đồng' is a yearly amount: money, 'đồng/năm', range, no period.",
    "'Mục tiêu đến năm 2030' governs both clauses -> target; the 50% is a percent figure of its own.",
]

if __name__ == "__main__":
    write("p1522-6", TEXT, NOTES, FIGS, location="Nam Định")

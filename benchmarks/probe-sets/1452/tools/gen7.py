"""p1452-7: department site (Sở Công Thương Hưng Yên), no dateline, one-cell-per-line table by product group."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ CÔNG THƯƠNG TỈNH HƯNG YÊN
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Liên hệ

Ngành sản xuất nến Hưng Yên đứng thứ ba miền Bắc về sản lượng

Hưng Yên hiện có 9 doanh nghiệp sản xuất nến tại các khu công nghiệp Phố Nối A, Thăng Long II và Minh Đức, tổng công suất khoảng 48.000 tấn/năm. Năm 2024, sản lượng nến của tỉnh ước đạt 39.500 tấn, tăng 7,1% so với năm 2023, đứng thứ 3 các tỉnh phía Bắc sau Hà Nội và Bắc Ninh.

Sản lượng nến theo nhóm sản phẩm
Đơn vị tính: tấn
Nhóm sản phẩm
Năm 2023
Ước thực hiện 2024
Kế hoạch 2025
Nến trang trí
21.400
23.100
24.500
Nến thơm
9.850
10.900
12.000
Nến tealight
5.630
5.500
5.500
Tổng số
36.880
39.500
42.000

Các doanh nghiệp sử dụng khoảng 4.300 lao động, trong đó lao động nữ chiếm 68%; thu nhập bình quân 8,7 triệu đồng/người/tháng. Khoảng 85% sản lượng được xuất khẩu sang Hoa Kỳ, EU và Hàn Quốc. Mỗi năm, ngành tiêu thụ khoảng 30.000 tấn sáp paraffin và gần 4.000 tấn sáp đậu nành.

Bài viết liên quan:
- Hội nghị đối thoại doanh nghiệp công nghiệp lần thứ 4
- Hướng dẫn an toàn phòng cháy tại cơ sở sản xuất nến

SỞ CÔNG THƯƠNG TỈNH HƯNG YÊN
Địa chỉ: Số 8 đường Chùa Chuông, phường Hiến Nam, TP Hưng Yên
Điện thoại: 0221.3862.451
Lượt truy cập: 1.204.377 | Đang online: 52
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
E24 = per("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
K25 = per("Kế hoạch 2025", "2025-01-01", "2025-12-31")
COLS = [("năm 2023", C23, None), ("ước thực hiện 2024", E24, "estimate"), ("kế hoạch 2025", K25, "target")]


def cells(label, nums, anchors):
    out = []
    for (col, p, st), n, a in zip(COLS, nums, anchors):
        kw = {"status": st} if st else {}
        out.append(fig(a, n, float(n.replace(".", "")), "measure", "tấn",
                       subject=f"sản lượng {label.lower()} {col}", period=p, **kw))
    return out


TABLE = (cells("Nến trang trí", ["21.400", "23.100", "24.500"],
               ["trí\n21.400", "21.400\n23.100", "23.100\n24.500"])
         + cells("Nến thơm", ["9.850", "10.900", "12.000"],
                 ["thơm\n9.850", "9.850\n10.900", "10.900\n12.000"])
         + cells("Nến tealight", ["5.630", "5.500", "5.500"],
                 ["tealight\n5.630", "5.630\n5.500", "5.500\nTổng số"])
         + cells("Tổng số", ["36.880", "39.500", "42.000"],
                 ["Tổng số\n36.880", "36.880\n39.500", "39.500\n42.000"]))

FIGS = [
    fig("thứ ba miền Bắc", "ba", 3, "rank", "hạng", subject="ngành sản xuất nến về sản lượng"),
    fig("có 9 doanh nghiệp", "9", 9, "count", "doanh nghiệp", subject="doanh nghiệp sản xuất nến"),
    fig("khoảng 48.000 tấn", "48.000", 48000, "measure", "tấn/năm", approx="about",
        subject="tổng công suất các doanh nghiệp sản xuất nến"),
    fig("ước đạt 39.500 tấn", "39.500", 39500, "measure", "tấn", status="estimate",
        change=chg("increase", 7.1, "%", "năm 2023"), subject="sản lượng nến của tỉnh", period=Y24),
    fig("đứng thứ 3", "3", 3, "rank", "hạng", status="estimate", subject="sản lượng nến của tỉnh",
        period=Y24),
] + TABLE + [
    fig("khoảng 4.300 lao động", "4.300", 4300, "count", "lao động", approx="about",
        subject="lao động các doanh nghiệp sử dụng"),
    fig("chiếm 68%", "68", 68, "percent", "%", subject="lao động nữ"),
    fig("bình quân 8,7 triệu", "8,7", 8.7e6, "money", "đồng/người/tháng", subject="thu nhập bình quân"),
    fig("Khoảng 85%", "85", 85, "percent", "%", approx="about", subject="sản lượng được xuất khẩu"),
    fig("khoảng 30.000 tấn", "30.000", 30000, "measure", "tấn/năm", approx="about",
        subject="sáp paraffin ngành tiêu thụ mỗi năm"),
    fig("gần 4.000 tấn", "4.000", 4000, "measure", "tấn/năm", approx="nearly",
        subject="sáp đậu nành ngành tiêu thụ mỗi năm"),
]

NOTES = [
    "Department site (Sở Công Thương Hưng Yên), no dateline: menu, related links, footer address, phone, counters.",
    "Distractors: 'Thăng Long II', 'Phố Nối A', 'lần thứ 4', 'Số 8 đường Chùa Chuông', phone 0221.3862.451,",
    "'Lượt truy cập: 1.204.377', 'Đang online: 52'.",
    "Headline 'đứng thứ ba miền Bắc về sản lượng' → rank 3 (number word), location Hưng Yên, actual (no cue).",
    "'đứng thứ 3 các tỉnh phía Bắc' continues the 'ước đạt' clause → estimate, period Năm 2024.",
    "One-cell-per-line table, 'Đơn vị tính: tấn': subject = product row + column label; periods from column headers",
    "(scored); 'Ước thực hiện 2024' → estimate, 'Kế hoạch 2025' → target; no totals for cells.",
    "'trong đó lao động nữ chiếm 68%' → percent figure of its own. 'Mỗi năm … khoảng 30.000 tấn … và gần 4.000 tấn' →",
    "yearly rates (tấn/năm); the approximations are separate ('khoảng' / 'gần'). No dateline: published absent.",
]

if __name__ == "__main__":
    write("p1452-7", TEXT, NOTES, FIGS, location="Hưng Yên")

"""p1545-8: radio/TV site (Đài PT-TH Bình Định): garden and cantilever parasol exports, 9 months 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH BÌNH ĐỊNH
Thời sự | Kinh tế | Xã hội | Video | Phát thanh

Doanh nghiệp dù che sân vườn tăng tốc đơn hàng cuối năm

Thứ Năm, 17/10/2024 - 10:40

(BĐTV) - 9 tháng năm 2024, các doanh nghiệp sản xuất dù che sân vườn, dù lệch tâm xuất khẩu trên địa bàn tỉnh đạt kim ngạch khoảng 54 triệu USD, tăng 23% so với cùng kỳ.

Tại Công ty TNHH Dù sân vườn Phú Tài (Khu công nghiệp Phú Tài, TP Quy Nhơn), ba xưởng may bạt và lắp khung đang chạy hết công suất. Ông Võ Thành Nhân, Giám đốc công ty, cho biết đơn hàng đã kín đến hết quý I/2025, chủ yếu từ Đức, Hà Lan và Úc. 9 tháng qua, công ty xuất khẩu 86.000 bộ dù, doanh thu đạt 312 tỷ đồng, vượt 4% kế hoạch 9 tháng; trong đó dòng dù lệch tâm cỡ 3 m chiếm khoảng 45% số bộ xuất khẩu.

Công ty hiện có 640 công nhân, thu nhập bình quân 8,8 triệu đồng/người/tháng; dự kiến tuyển thêm 120 lao động thời vụ trong quý IV.

Theo Sở Công Thương, toàn tỉnh có 11 doanh nghiệp sản xuất dù che ngoài trời, gồm 8 doanh nghiệp chế biến gỗ mở rộng sang sản phẩm đi kèm bàn ghế sân vườn và 3 doanh nghiệp dệt may. Mỗi bộ dù lệch tâm xuất khẩu có giá từ 80 đến 250 USD tùy kích cỡ và chất liệu vải bạt.

Năm 2024, tỉnh đặt mục tiêu kim ngạch xuất khẩu dù che đạt 75 triệu USD; riêng quý IV phấn đấu đạt trên 21 triệu USD.

Phương Thảo - Minh Khôi
"""

M9 = per("9 tháng năm 2024", "2024-01-01", "2024-09-30")
M9Q = per("9 tháng qua", "2024-01-01", "2024-09-30")
Q4 = per("quý IV", "2024-10-01", "2024-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
QN = "Quy Nhơn"

FIGS = [
    fig("khoảng 54 triệu", "54", 54e6, "money", "USD", approx="about",
        change=chg("increase", 23, "%", "cùng kỳ"),
        subject="kim ngạch xuất khẩu dù che sân vườn, dù lệch tâm", period=M9),
    fig("ba xưởng", "ba", 3, "count", "xưởng", subject="xưởng may bạt và lắp khung", location=QN),
    fig("khẩu 86.000 bộ", "86.000", 86000, "count", "bộ dù", subject="bộ dù công ty xuất khẩu",
        period=M9Q, location=QN),
    fig("đạt 312 tỷ", "312", 312e9, "money", "đồng",
        change=chg("increase", 4, "%", "kế hoạch 9 tháng"), subject="doanh thu của công ty",
        period=M9Q, location=QN),
    fig("cỡ 3 m", "3", 3, "measure", "m", subject="cỡ dù lệch tâm", location=QN, optional=True),
    fig("khoảng 45%", "45", 45, "percent", "%", approx="about",
        subject="dòng dù lệch tâm trong số bộ xuất khẩu", period=M9Q, location=QN),
    fig("có 640 công nhân", "640", 640, "count", "công nhân", subject="công nhân của công ty", location=QN),
    fig("bình quân 8,8 triệu", "8,8", 8.8e6, "money", "đồng/người/tháng",
        subject="thu nhập bình quân công nhân", location=QN),
    fig("thêm 120 lao động", "120", 120, "count", "lao động", status="forecast",
        subject="lao động thời vụ tuyển thêm", period=Q4, location=QN),
    fig("có 11 doanh nghiệp", "11", 11, "count", "doanh nghiệp",
        subject="doanh nghiệp sản xuất dù che ngoài trời"),
    fig("gồm 8 doanh nghiệp", "8", 8, "count", "doanh nghiệp", total=11,
        subject="doanh nghiệp chế biến gỗ mở rộng sang sản phẩm đi kèm bàn ghế sân vườn"),
    fig("và 3 doanh nghiệp", "3", 3, "count", "doanh nghiệp", total=11, subject="doanh nghiệp dệt may"),
    fig("từ 80 đến 250", "80", 80, "money", "USD/bộ", value_max=250,
        subject="giá mỗi bộ dù lệch tâm xuất khẩu"),
    fig("đạt 75 triệu", "75", 75e6, "money", "USD", status="target",
        subject="kim ngạch xuất khẩu dù che", period=Y24),
    fig("trên 21 triệu", "21", 21e6, "money", "USD", approx="over", status="target",
        subject="kim ngạch xuất khẩu dù che", period=Q4),
]

NOTES = [
    "Radio/TV site (Đài PT-TH Bình Định): menu, 'Thứ Năm, 17/10/2024 - 10:40' (published), tag '(BĐTV) -', two-name byline.",
    "Distractors: 10:40, 'quý I/2025' (order book horizon, a date), 'Khu công nghiệp Phú Tài', the tag.",
    "Location: the company passage (TP Quy Nhơn) → Quy Nhơn; province totals, the price range and targets → Bình Định.",
    "'9 tháng qua' = 9 tháng năm 2024 (dateline year). 'vượt 4% kế hoạch 9 tháng' → change increase 4 with baseline the plan.",
    "'trong đó dòng dù lệch tâm ... chiếm khoảng 45% số bộ xuất khẩu' → a percent figure of its own (a share of the 86.000 bộ).",
    "'11 doanh nghiệp ..., gồm 8 doanh nghiệp ... và 3 doanh nghiệp dệt may' → both parts take total 11.",
    "Optional: 'cỡ 3 m' names the product size (part of a product description), a careful annotator may or may not count it.",
    "'Mỗi bộ ... có giá từ 80 đến 250 USD' → money range, unit USD/bộ, standing price (no period).",
    "'Năm 2024, tỉnh đặt mục tiêu ...; riêng quý IV phấn đấu ...' → both target; quý IV of 2024.",
]

if __name__ == "__main__":
    write("p1545-8", TEXT, NOTES, FIGS, published="2024-10-17", location="Bình Định")

"""p1441-7: department site (Sở Công Thương Bến Tre), no dateline: khuyến công support for cake bakeries; one-cell-per-line table."""
from lib import fig, per, inh, chg, write

TEXT = """SỞ CÔNG THƯƠNG TỈNH BẾN TRE
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Khuyến công | Thủ tục hành chính | Liên hệ

Khuyến công đồng hành cùng cơ sở làm bánh pía, bánh sầu riêng

Giai đoạn 2021-2024, Trung tâm Khuyến công và Tư vấn phát triển công nghiệp tỉnh Bến Tre đã hỗ trợ 27 cơ sở sản xuất bánh pía, bánh sầu riêng, bánh phồng đổi mới máy móc, thiết bị, trong đó 11 cơ sở tại huyện Chợ Lách. Nhờ lò nướng đối lưu và máy đóng gói hút chân không, năng suất của các cơ sở tăng bình quân 25-30%, tỷ lệ bánh hư hỏng giảm từ 8% xuống dưới 3%.

Kinh phí khuyến công hỗ trợ các cơ sở sản xuất bánh
Đơn vị tính: triệu đồng
Nội dung
Năm 2022
Năm 2023
Ước thực hiện 2024
Kế hoạch 2025
Máy móc, thiết bị
1.250
1.480
1.620
1.800
Đào tạo nghề, tập huấn
210
185
240
260
Xúc tiến thương mại
340
415
460
500
Tổng cộng
1.800
2.080
2.320
2.560
Trong đó: ngân sách tỉnh
1.150
1.320
1.470
1.600

Điển hình là cơ sở bánh sầu riêng Út Hiền ở xã Sơn Định, huyện Chợ Lách: sau khi được hỗ trợ 180 triệu đồng mua lò nướng, mỗi ngày cơ sở làm được 2.500 cái bánh, gấp đôi trước đây; doanh thu năm 2023 đạt khoảng 3,2 tỷ đồng.

Bài viết khác:
- Hướng dẫn hồ sơ đề nghị hỗ trợ khuyến công năm 2025
- Bình chọn sản phẩm công nghiệp nông thôn tiêu biểu cấp tỉnh lần thứ 6

SỞ CÔNG THƯƠNG TỈNH BẾN TRE
Địa chỉ: số 126A Nguyễn Thị Định, phường Phú Tân, TP Bến Tre
Điện thoại: 0275.3822.157
Lượt truy cập: 1.204.556
"""

P21 = per("Giai đoạn 2021-2024", "2021-01-01", "2024-12-31")
Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
CL = "Chợ Lách"
COLS = {
    "năm 2022": (per("Năm 2022", "2022-01-01", "2022-12-31"), None),
    "năm 2023": (per("Năm 2023", "2023-01-01", "2023-12-31"), None),
    "ước thực hiện 2024": (per("Ước thực hiện 2024", "2024-01-01", "2024-12-31"), "estimate"),
    "kế hoạch 2025": (per("Kế hoạch 2025", "2025-01-01", "2025-12-31"), "target"),
}
ROWS = [("Máy móc, thiết bị", "máy móc, thiết bị", ["1.250", "1.480", "1.620", "1.800"]),
        ("Đào tạo nghề, tập huấn", "đào tạo nghề, tập huấn", ["210", "185", "240", "260"]),
        ("Xúc tiến thương mại", "xúc tiến thương mại", ["340", "415", "460", "500"]),
        ("Tổng cộng", "tổng cộng", ["1.800", "2.080", "2.320", "2.560"]),
        ("Trong đó: ngân sách tỉnh", "ngân sách tỉnh", ["1.150", "1.320", "1.470", "1.600"])]
TOTALS = [1800e6, 2080e6, 2320e6, 2560e6]

CELLS = []
for label, row, nums in ROWS:
    prev = label
    for i, ((col, (p, st)), n) in enumerate(zip(COLS.items(), nums)):
        kw = {}
        if st:
            kw["status"] = st
        if row == "ngân sách tỉnh":
            kw["total"] = TOTALS[i]
        v = float(n.replace(".", "")) * 1e6
        CELLS.append(fig(f"{prev}\n{n}", n, v, "money", "đồng",
                         subject=f"kinh phí khuyến công {row} {col}", period=p, **kw))
        prev = n

FIGS = [
    fig("hỗ trợ 27 cơ sở", "27", 27, "count", "cơ sở",
        subject="cơ sở sản xuất bánh pía, bánh sầu riêng, bánh phồng được hỗ trợ đổi mới máy móc, thiết bị", period=P21),
    fig("trong đó 11 cơ sở", "11", 11, "count", "cơ sở", total=27,
        subject="cơ sở được hỗ trợ tại huyện Chợ Lách", period=P21, location=CL),
    fig("bình quân 25-30%", "25", 25, "percent", "%", value_max=30, subject="năng suất của các cơ sở"),
    fig("từ 8%", "8", 8, "percent", "%", subject="tỷ lệ bánh hư hỏng trước đây", optional=True),
    fig("dưới 3%", "3", 3, "percent", "%", approx="under", subject="tỷ lệ bánh hư hỏng"),
] + CELLS + [
    fig("hỗ trợ 180 triệu", "180", 180e6, "money", "đồng",
        subject="kinh phí hỗ trợ cơ sở bánh sầu riêng Út Hiền mua lò nướng", location=CL),
    fig("được 2.500 cái", "2.500", 2500, "measure", "cái/ngày", change=chg("increase", 2, "lần", "trước đây"),
        subject="bánh cơ sở làm được mỗi ngày", location=CL),
    fig("khoảng 3,2 tỷ", "3,2", 3.2e9, "money", "đồng", approx="about",
        subject="doanh thu của cơ sở", period=Y23, location=CL),
]

NOTES = [
    "Department site (Sở Công Thương Bến Tre), no dateline: menu, 'Bài viết khác', footer address, phone, 'Lượt truy cập'.",
    "Distractors: 'số 126A Nguyễn Thị Định', phone 0275.3822.157, 'Lượt truy cập: 1.204.556', 'lần thứ 6', 'năm 2025' in a link.",
    "One-cell-per-line table, 'Đơn vị tính: triệu đồng' (so 1.250 = 1 250 000 000 đồng). Subject = caption indicator + row + column;",
    "period from the column header; 'Ước thực hiện 2024' → estimate, 'Kế hoạch 2025' → target. The 'Trong đó: ngân sách tỉnh' row",
    "follows 'Tổng cộng' with the cue 'Trong đó': each of its cells takes the Tổng cộng cell of its column as total (annotation choice).",
    "'Giai đoạn 2021-2024' covers both counts of the first sentence; '11 cơ sở tại huyện Chợ Lách' is located in Chợ Lách, total 27.",
    "'giảm từ 8% xuống dưới 3%': the new level 3% (under) is the figure; the old level 8% is optional (the model set treats 'từ X lên Y' so).",
    "'tăng bình quân 25-30%' is a growth rate as the claim: percent figure, range, no change.",
    "The Út Hiền passage is in Chợ Lách; 'mỗi ngày ... 2.500 cái' → cái/ngày; 'gấp đôi trước đây' → change 2 lần.",
]

if __name__ == "__main__":
    write("p1441-7", TEXT, NOTES, FIGS, location="Bến Tre")

"""p1544-6: department site (Sở Công Thương Thanh Hóa), no dateline: candle workshops, extension support, one-cell-per-line table."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ CÔNG THƯƠNG TỈNH THANH HÓA
Giới thiệu | Tin tức - Sự kiện | Khuyến công | Văn bản | Liên hệ

Khuyến công đồng hành cùng cơ sở sản xuất nến

Toàn tỉnh hiện có 142 cơ sở sản xuất nến, tập trung tại huyện Hoằng Hóa (58 cơ sở) và huyện Quảng Xương (37 cơ sở). Năm 2024, chương trình khuyến công hỗ trợ 6 cơ sở đầu tư máy ép, máy rót nến với tổng kinh phí 1,85 tỷ đồng, bình quân khoảng 300 triệu đồng/cơ sở.

Sản lượng nến theo loại sản phẩm
Đơn vị tính: tấn
Loại sản phẩm
Năm 2023
Ước thực hiện 2024
Kế hoạch 2025
Tổng số
6.420
7.150
7.800
Nến thờ, nến lễ
3.980
4.210
4.400
Nến thơm, nến trang trí
2.440
2.940
3.400
Trong đó: xuất khẩu
1.150
1.520
1.900

Cơ sở Nến Minh Phát ở xã Hoằng Thịnh, huyện Hoằng Hóa, sau khi được hỗ trợ 320 triệu đồng đã nâng sản lượng lên khoảng 15 tấn/tháng, tạo việc làm cho 24 lao động. Nhờ máy móc mới, năng suất lao động tại các cơ sở được hỗ trợ tăng 20-25%, tỷ lệ sản phẩm lỗi giảm từ 7% xuống dưới 3%. Nến thờ loại 500 g hiện có giá 35.000-42.000 đồng/đôi.

Bài viết liên quan:
- Thanh Hóa: Bình chọn sản phẩm công nghiệp nông thôn tiêu biểu cấp tỉnh
- Kế hoạch khuyến công địa phương năm 2025

SỞ CÔNG THƯƠNG THANH HÓA
Địa chỉ: Số 37 Đại lộ Lê Lợi, phường Điện Biên, TP Thanh Hóa
Điện thoại: 0237.3852.428
Lượt truy cập: 1.204.571
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
E24 = per("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
K25 = per("Kế hoạch 2025", "2025-01-01", "2025-12-31")
COLS = [("năm 2023", C23, None), ("ước thực hiện 2024", E24, "estimate"), ("kế hoạch 2025", K25, "target")]
ROWS = [("Tổng số", "tổng số", ["6.420", "7.150", "7.800"]),
        ("Nến thờ, nến lễ", "nến thờ, nến lễ", ["3.980", "4.210", "4.400"]),
        ("Nến thơm, nến trang trí", "nến thơm, nến trang trí", ["2.440", "2.940", "3.400"]),
        ("Trong đó: xuất khẩu", "nến thơm, nến trang trí xuất khẩu", ["1.150", "1.520", "1.900"])]
WHOLE = dict(zip([c[0] for c in COLS], [2440.0, 2940.0, 3400.0]))
CELLS = []
for label, row, nums in ROWS:
    prev = label
    for (col, p, st), n in zip(COLS, nums):
        kw = {"status": st} if st else {}
        if label.startswith("Trong đó"):  # part after 'Trong đó:' that follows its whole (the row above)
            kw["total"] = WHOLE[col]
        CELLS.append(fig(f"{prev}\n{n}", n, float(n.replace(".", "")), "measure", "tấn",
                         subject=f"sản lượng {row} {col}", period=p, **kw))
        prev = n

FIGS = [
    fig("có 142 cơ sở", "142", 142, "count", "cơ sở", subject="cơ sở sản xuất nến"),
    fig("(58 cơ sở)", "58", 58, "count", "cơ sở", subject="cơ sở sản xuất nến", location="Hoằng Hóa"),
    fig("(37 cơ sở)", "37", 37, "count", "cơ sở", subject="cơ sở sản xuất nến", location="Quảng Xương"),
    fig("hỗ trợ 6 cơ sở", "6", 6, "count", "cơ sở",
        subject="cơ sở được chương trình khuyến công hỗ trợ đầu tư máy ép, máy rót nến", period=Y24),
    fig("kinh phí 1,85 tỷ", "1,85", 1.85e9, "money", "đồng", subject="tổng kinh phí hỗ trợ", period=Y24),
    fig("khoảng 300 triệu", "300", 300e6, "money", "đồng/cơ sở", approx="about",
        subject="kinh phí hỗ trợ bình quân", period=Y24),
] + CELLS + [
    fig("hỗ trợ 320 triệu", "320", 320e6, "money", "đồng", subject="kinh phí hỗ trợ Cơ sở Nến Minh Phát",
        location="Hoằng Hóa"),
    fig("khoảng 15 tấn/tháng", "15", 15, "measure", "tấn/tháng", approx="about",
        subject="sản lượng của cơ sở", location="Hoằng Hóa"),
    fig("cho 24 lao động", "24", 24, "count", "lao động", subject="lao động có việc làm tại cơ sở",
        location="Hoằng Hóa"),
    fig("tăng 20-25%", "20", 20, "percent", "%", value_max=25,
        subject="năng suất lao động tại các cơ sở được hỗ trợ"),
    fig("từ 7%", "7", 7, "percent", "%", subject="tỷ lệ sản phẩm lỗi trước khi có máy móc mới", optional=True),
    fig("dưới 3%", "3", 3, "percent", "%", approx="under", subject="tỷ lệ sản phẩm lỗi"),
    fig("loại 500 g", "500", 500, "measure", "g", subject="khối lượng nến thờ", optional=True),
    fig("giá 35.000-42.000", "35.000", 35000, "money", "đồng/đôi", value_max=42000, subject="giá nến thờ loại 500 g"),
]

NOTES = [
    "Department site (Sở Công Thương Thanh Hóa), no dateline: menu, related links, footer address, phone, 'Lượt truy cập'. No published date.",
    "Distractors: 'Số 37 Đại lộ Lê Lợi', phone 0237.3852.428, 'Lượt truy cập: 1.204.571', 'năm 2025' in a link title.",
    "'tập trung tại huyện Hoằng Hóa (58 cơ sở) và huyện Quảng Xương (37 cơ sở)': places are locations; 58+37 ≠ 142, so no total.",
    "One-cell-per-line table (Đơn vị tính: tấn): subject = row + column label; periods from the headers; Ước thực hiện → estimate, Kế hoạch → target.",
    "'Trong đó: xuất khẩu' sub-row: part after a Trong đó cue that follows its whole (the Nến thơm row, same column) → total. Rows under 'Tổng số' have no cue: no total.",
    "'giảm từ 7% xuống dưới 3%': the new rate is the figure (under); the old 7% is optional. '500 g' names the candle size (optional).",
    "'tăng 20-25%' is a growth rate as the claim (no change). The Minh Phát workshop in huyện Hoằng Hóa: location Hoằng Hóa for its 3 figures.",
]

if __name__ == "__main__":
    write("p1544-6", TEXT, NOTES, FIGS, location="Thanh Hóa")

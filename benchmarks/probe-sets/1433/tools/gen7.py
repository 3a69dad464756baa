"""p1433-7: department site (Sở NN&PTNT Thanh Hóa), no dateline, one-cell-per-line table: bamboo products value."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH THANH HÓA
Giới thiệu | Tin tức - Sự kiện | Văn bản | Thủ tục hành chính | Hỏi đáp

Phát triển sản phẩm từ tre, luồng thay thế đồ nhựa

Thanh Hóa có khoảng 88.000 ha rừng luồng, tập trung tại các huyện Quan Hóa, Bá Thước, Lang Chánh, Ngọc Lặc; sản lượng khai thác mỗi năm khoảng 22 triệu cây. Toàn tỉnh hiện có 36 cơ sở chế biến sản phẩm tre, luồng thay thế nhựa như ống hút, đũa, thìa, khay, hộp đựng thực phẩm, trong đó 11 cơ sở có sản phẩm xuất khẩu.

Giá trị sản xuất sản phẩm tre, luồng thay thế nhựa
Đơn vị tính: tỷ đồng
Sản phẩm
Năm 2023
Ước thực hiện 2024
Kế hoạch 2025
Ống hút tre
18,4
24,6
30,0
Đũa, thìa, dĩa tre
42,7
47,9
52,0
Khay, hộp đựng thực phẩm
15,3
19,8
25,0
Tổng số
76,4
92,3
107,0
Trong đó: xuất khẩu
31,5
40,2
48,0

Năm 2024, giá trị sản xuất ước đạt 92,3 tỷ đồng, tăng 20,8% so với năm 2023. Giá luồng nguyên liệu tại bãi dao động 28.000-35.000 đồng/cây, tăng khoảng 10% so với năm trước. Ngành chế biến tre, luồng tạo việc làm cho khoảng 1.900 lao động, thu nhập bình quân 5,2 triệu đồng/người/tháng. Mục tiêu đến năm 2030, giá trị sản phẩm tre, luồng thay thế nhựa đạt 250 tỷ đồng, tỷ lệ xuất khẩu trên 50%.

Tin liên quan:
- Festival tre, luồng Thanh Hóa lần thứ nhất
- Triển khai Nghị định số 08/2022/NĐ-CP về bảo vệ môi trường
SỞ NÔNG NGHIỆP VÀ PTNT THANH HÓA
Địa chỉ: Số 45 Đại lộ Lê Lợi, TP Thanh Hóa
Điện thoại: 0237.3852.471
Lượt truy cập: 1.284.903 | Trực tuyến: 42
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
E24 = per("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
K25 = per("Kế hoạch 2025", "2025-01-01", "2025-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")
COLS = [("năm 2023", Y23, None), ("ước thực hiện 2024", E24, "estimate"), ("kế hoạch 2025", K25, "target")]
ROWS = [("Ống hút tre", "ống hút tre", ["18,4", "24,6", "30,0"]),
        ("Đũa, thìa, dĩa tre", "đũa, thìa, dĩa tre", ["42,7", "47,9", "52,0"]),
        ("Khay, hộp đựng thực phẩm", "khay, hộp đựng thực phẩm", ["15,3", "19,8", "25,0"]),
        ("Tổng số", "tổng số", ["76,4", "92,3", "107,0"]),
        ("Trong đó: xuất khẩu", "xuất khẩu", ["31,5", "40,2", "48,0"])]
TOTALS = [76.4e9, 92.3e9, 107e9]

CELLS = []
for label, row, nums in ROWS:
    prev = label
    for (col, p, st), n, tot in zip(COLS, nums, TOTALS):
        kw = {"status": st} if st else {}
        if row == "xuất khẩu":
            kw["total"] = tot
        v = float(n.replace(",", ".")) * 1e9
        CELLS.append(fig(f"{prev}\n{n}", n, v, "money", "đồng", subject=f"giá trị sản xuất {row} {col}",
                         period=p, **kw))
        prev = n

FIGS = [
    fig("khoảng 88.000 ha", "88.000", 88000, "measure", "ha", approx="about", subject="rừng luồng"),
    fig("khoảng 22 triệu", "22", 22e6, "measure", "cây/năm", approx="about",
        subject="sản lượng luồng khai thác mỗi năm"),
    fig("có 36 cơ sở", "36", 36, "count", "cơ sở", subject="cơ sở chế biến sản phẩm tre, luồng thay thế nhựa"),
    fig("trong đó 11 cơ sở", "11", 11, "count", "cơ sở", total=36, subject="cơ sở có sản phẩm xuất khẩu"),
] + CELLS + [
    fig("ước đạt 92,3 tỷ", "92,3", 92.3e9, "money", "đồng", status="estimate",
        change=chg("increase", 20.8, "%", "năm 2023"), subject="giá trị sản xuất", period=Y24),
    fig("dao động 28.000-35.000", "28.000", 28000, "money", "đồng/cây", value_max=35000,
        change=chg("increase", 10, "%", "năm trước", approx="about"),
        subject="giá luồng nguyên liệu tại bãi", period=inh(Y24)),
    fig("khoảng 1.900 lao động", "1.900", 1900, "count", "lao động", approx="about",
        subject="lao động ngành chế biến tre, luồng tạo việc làm"),
    fig("quân 5,2 triệu", "5,2", 5.2e6, "money", "đồng/người/tháng", subject="thu nhập bình quân"),
    fig("đạt 250 tỷ", "250", 250e9, "money", "đồng", status="target",
        subject="giá trị sản phẩm tre, luồng thay thế nhựa", period=T30),
    fig("trên 50%", "50", 50, "percent", "%", approx="over", status="target", subject="tỷ lệ xuất khẩu", period=T30),
]

NOTES = [
    "Department site (Sở NN&PTNT Thanh Hóa), no dateline: menu, related links, footer address, phone, 'Lượt truy cập', 'Trực tuyến'.",
    "Distractors: 'lần thứ nhất', 'Nghị định số 08/2022/NĐ-CP', 'Số 45 Đại lộ Lê Lợi', phone, 'Lượt truy cập: 1.284.903', 'Trực tuyến: 42'.",
    "No published date; all periods are written with a year. Location Thanh Hóa throughout (districts only listed as where forests lie).",
    "'sản lượng khai thác mỗi năm khoảng 22 triệu cây' → rate, measure cây/năm.",
    "One-cell-per-line table, 'Đơn vị tính: tỷ đồng': money cells ×10^9; subject = caption indicator + row + column label; period from",
    "column headers (scored); 'Ước thực hiện 2024' → estimate, 'Kế hoạch 2025' → target. 'Trong đó: xuất khẩu' follows the 'Tổng số' row:",
    "its cells are parts of that column's total (FIGURES.md: a part after 'trong đó' that follows the whole).",
    "'Giá luồng ... tăng khoảng 10% so với năm trước' → change (about) on the price range; period 2024 from the previous sentence (inherited).",
    "'Mục tiêu đến năm 2030, ..., tỷ lệ xuất khẩu trên 50%' → both target, start null.",
]

if __name__ == "__main__":
    write("p1433-7", TEXT, NOTES, FIGS, location="Thanh Hóa")

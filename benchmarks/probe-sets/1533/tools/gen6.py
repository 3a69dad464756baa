"""p1533-6: department site (Sở Công Thương Bình Dương), no dateline, one-cell-per-line table by city."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ CÔNG THƯƠNG TỈNH BÌNH DƯƠNG
Giới thiệu | Tin tức | Văn bản | Thủ tục hành chính | Hỏi đáp

Ngành gốm sứ Bình Dương tăng tốc sản xuất ấm chén, bộ ấm trà

Toàn tỉnh hiện có 126 cơ sở sản xuất gốm sứ, trong đó 78 cơ sở làm ấm chén, bộ ấm trà, tập trung tại các thành phố Thủ Dầu Một, Thuận An và Tân Uyên. Năm 2024, sản lượng ấm chén, bộ ấm trà của tỉnh ước đạt 21,4 triệu sản phẩm, tăng 8,1% so với năm 2023.

Sản lượng ấm chén, bộ ấm trà theo địa phương
Đơn vị tính: triệu sản phẩm
Địa phương
Năm 2023
Ước thực hiện 2024
So với cùng kỳ (%)
TP Thủ Dầu Một
5,8
6,2
106,9
TP Thuận An
6,9
7,5
108,7
TP Tân Uyên
7,1
7,7
108,5
Tổng số
19,8
21,4
108,1

Giá trị xuất khẩu ấm chén, bộ ấm trà năm 2024 ước đạt 96 triệu USD, chiếm khoảng 46% kim ngạch xuất khẩu gốm sứ của tỉnh. Sản phẩm có mặt tại hơn 40 quốc gia và vùng lãnh thổ. Hiện 85% cơ sở đã chuyển sang lò gas, lò điện; mục tiêu đến năm 2030 tỷ lệ này đạt 100%.

Để giữ thị phần, Sở đặt mục tiêu mỗi doanh nghiệp xuất khẩu tham gia ít nhất 2 hội chợ quốc tế mỗi năm.

Tin liên quan:
- Hội thảo phát triển thương hiệu gốm sứ Lái Thiêu
- Hướng dẫn hồ sơ đăng ký tham gia Chương trình Xúc tiến thương mại quốc gia

SỞ CÔNG THƯƠNG TỈNH BÌNH DƯƠNG
Địa chỉ: Tầng 9, Tháp B, Trung tâm Hành chính tỉnh, phường Hòa Phú, TP Thủ Dầu Một
Điện thoại: 0274.3822.455
Lượt truy cập: 1.203.556 | Trực tuyến: 24
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y24b = per("năm 2024", "2024-01-01", "2024-12-31")
C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
E24 = per("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
TO30 = per("đến năm 2030", None, "2030-12-31")
COLS = [("năm 2023", C23, None), ("ước thực hiện 2024", E24, "estimate")]
ROWS = [("TP Thủ Dầu Một", "Thủ Dầu Một", ["5,8", "6,2", "106,9"]),
        ("TP Thuận An", "Thuận An", ["6,9", "7,5", "108,7"]),
        ("TP Tân Uyên", "Tân Uyên", ["7,1", "7,7", "108,5"]),
        ("Tổng số", "Bình Dương", ["19,8", "21,4", "108,1"])]
IND = "sản lượng ấm chén, bộ ấm trà"

CELLS = []
for label, place, nums in ROWS:
    prev = label
    row = " tổng số" if label == "Tổng số" else ""
    for i, n in enumerate(nums):
        anchor = f"{prev}\n{n}"
        v = float(n.replace(",", "."))
        if i < 2:
            col, p, st = COLS[i]
            kw = {"status": st} if st else {}
            CELLS.append(fig(anchor, n, v * 1e6, "count", "sản phẩm", subject=f"{IND}{row} {col}", period=p,
                             location=place, **kw))
        else:
            CELLS.append(fig(anchor, n, v, "percent", "%", subject=f"{IND}{row} so với cùng kỳ", location=place))
        prev = n

FIGS = [
    fig("có 126 cơ sở", "126", 126, "count", "cơ sở", subject="cơ sở sản xuất gốm sứ"),
    fig("78 cơ sở", "78", 78, "count", "cơ sở", total=126, subject="cơ sở làm ấm chén, bộ ấm trà"),
    fig("ước đạt 21,4 triệu", "21,4", 21.4e6, "count", "sản phẩm", status="estimate",
        change=chg("increase", 8.1, "%", "năm 2023"), subject="sản lượng ấm chén, bộ ấm trà của tỉnh", period=Y24),
] + CELLS + [
    fig("ước đạt 96 triệu", "96", 96e6, "money", "USD", status="estimate", percent=46,
        subject="giá trị xuất khẩu ấm chén, bộ ấm trà", period=Y24b),
    fig("hơn 40 quốc gia", "40", 40, "count", "quốc gia và vùng lãnh thổ", approx="over",
        subject="quốc gia và vùng lãnh thổ có mặt sản phẩm"),
    fig("Hiện 85%", "85", 85, "percent", "%", subject="cơ sở đã chuyển sang lò gas, lò điện"),
    fig("đạt 100%", "100", 100, "percent", "%", status="target",
        subject="tỷ lệ cơ sở chuyển sang lò gas, lò điện", period=TO30),
    fig("ít nhất 2 hội chợ", "2", 2, "measure", "hội chợ/năm", approx="at_least", status="target",
        subject="hội chợ quốc tế mỗi doanh nghiệp xuất khẩu tham gia mỗi năm"),
]

NOTES = [
    "Department site (Sở Công Thương Bình Dương), no dateline: menu, related links, footer address, phone, 'Lượt truy cập', 'Trực tuyến'.",
    "Distractors: 'Tầng 9, Tháp B', phone 0274.3822.455, counters 1.203.556 and 24.",
    "'126 cơ sở ..., trong đó 78 cơ sở' → total 126. No published date: year periods come from the text.",
    "One-cell-per-line table with a place column, 'Đơn vị tính: triệu sản phẩm': rows are cities → location, subject = caption + column;",
    "'Tổng số' row → Bình Dương; 'Ước thực hiện 2024' → estimate; 'So với cùng kỳ (%)' cells are percents without a period.",
    "'chiếm khoảng 46% kim ngạch' → percent attribute 46. 'Hiện 85% cơ sở' → percent figure; 'mục tiêu đến năm 2030 tỷ lệ này đạt 100%' → target.",
    "'tham gia ít nhất 2 hội chợ quốc tế mỗi năm' (a goal set by the department) → measure 'hội chợ/năm', at_least, status target.",
]

if __name__ == "__main__":
    write("p1533-6", TEXT, NOTES, FIGS, location="Bình Dương")

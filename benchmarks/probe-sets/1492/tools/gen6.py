"""p1492-6: department site (Sở Công Thương TP Hồ Chí Minh), no dateline: school bags for the 2024 school season;
one-cell-per-line table by sales channel."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ CÔNG THƯƠNG THÀNH PHỐ HỒ CHÍ MINH
Giới thiệu | Tin tức - Sự kiện | Bình ổn thị trường | Thủ tục hành chính | Liên hệ

Chuẩn bị nguồn hàng cặp sách, ba lô cho mùa tựu trường năm 2024

Để phục vụ năm học mới, các doanh nghiệp tham gia Chương trình bình ổn thị trường đã chuẩn bị khoảng 1,35 triệu chiếc cặp sách, ba lô học sinh, tăng 12,5% so với năm 2023. Giá bán phổ biến từ 150.000 đến 450.000 đồng/chiếc, giữ ổn định so với năm trước; hàng sản xuất trong nước chiếm trên 90%.

Lượng cặp sách, ba lô bình ổn theo kênh phân phối
Đơn vị tính: nghìn chiếc
Kênh phân phối
Năm 2023
Kế hoạch năm 2024
KH 2024 so với năm 2023 (%)
Siêu thị, cửa hàng tiện lợi
640
720
112,5
Nhà sách
310
335
108,1
Điểm bán lưu động tại trường học
250
295
118,0
Tổng cộng
1.200
1.350
112,5

Sở Công Thương dự kiến phối hợp với UBND các quận, huyện tổ chức 52 điểm bán hàng lưu động tại trường học, giảm giá từ 10-30% cho học sinh có hoàn cảnh khó khăn. Thành phố hiện có khoảng 40 doanh nghiệp sản xuất cặp, ba lô, túi xách; năm 2024, sản lượng dự kiến đạt 18 triệu sản phẩm.

Liên kết website:
- Bộ Công Thương
- Cổng thông tin điện tử Thành phố
SỞ CÔNG THƯƠNG THÀNH PHỐ HỒ CHÍ MINH
Địa chỉ: 163 Hai Bà Trưng, phường Võ Thị Sáu, quận 3
Điện thoại: (028) 3829 1234
Lượt truy cập: 4.512.087
"""

HEAD = per("năm 2024", "2024-01-01", "2024-12-31", inherited=True)
C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
K24 = per("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")
R24 = per("KH 2024 so với năm 2023 (%)", "2024-01-01", "2024-12-31")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
COLS = [("năm 2023", C23, None), ("kế hoạch năm 2024", K24, "target"),
        ("KH 2024 so với năm 2023", R24, "target")]
ROWS = [("Siêu thị, cửa hàng tiện lợi", ["640", "720", "112,5"]),
        ("Nhà sách", ["310", "335", "108,1"]),
        ("Điểm bán lưu động tại trường học", ["250", "295", "118,0"]),
        ("Tổng cộng", ["1.200", "1.350", "112,5"])]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


CELLS = []
for label, cells in ROWS:
    prev = label
    for (col, p, st), n in zip(COLS, cells):
        kw = {"status": st} if st else {}
        anchor = f"{prev}\n{n}"
        subj = f"lượng cặp sách, ba lô bình ổn {label.lower()} {col}"
        if col.endswith("2023") and col.startswith("KH"):
            CELLS.append(fig(anchor, n, num(n), "percent", "%", subject=subj, period=p, **kw))
        else:
            CELLS.append(fig(anchor, n, num(n) * 1e3, "count", "chiếc", subject=subj, period=p, **kw))
        prev = n

FIGS = [
    fig("khoảng 1,35 triệu", "1,35", 1.35e6, "count", "chiếc", approx="about",
        change=chg("increase", 12.5, "%", "năm 2023"),
        subject="cặp sách, ba lô học sinh các doanh nghiệp bình ổn đã chuẩn bị", period=HEAD),
    fig("từ 150.000 đến 450.000", "150.000", 150000, "money", "đồng/chiếc", value_max=450000,
        subject="giá bán phổ biến"),
    fig("trên 90%", "90", 90, "percent", "%", approx="over", subject="hàng sản xuất trong nước"),
] + CELLS + [
    fig("tổ chức 52 điểm", "52", 52, "count", "điểm bán hàng lưu động", status="forecast",
        subject="điểm bán hàng lưu động tại trường học", period=HEAD),
    fig("từ 10-30%", "10", 10, "percent", "%", value_max=30, status="forecast",
        subject="giảm giá cho học sinh có hoàn cảnh khó khăn", period=HEAD),
    fig("khoảng 40 doanh nghiệp", "40", 40, "count", "doanh nghiệp", approx="about",
        subject="doanh nghiệp sản xuất cặp, ba lô, túi xách"),
    fig("đạt 18 triệu", "18", 18e6, "count", "sản phẩm", status="forecast",
        subject="sản lượng cặp, ba lô, túi xách", period=Y24),
]

NOTES = [
    "Department site (Sở Công Thương TP Hồ Chí Minh), no dateline: menu, 'Liên kết website', address, phone, 'Lượt truy cập'. published none.",
    "Distractors: '163 Hai Bà Trưng', 'quận 3', phone '(028) 3829 1234', 'Lượt truy cập: 4.512.087', years in headers/baselines.",
    "One-cell-per-line table, 'Đơn vị tính: nghìn chiếc': each numeric cell is a figure, subject = caption + row + column;",
    "period from the column header (the ratio column 'KH 2024 so với năm 2023 (%)' speaks of 2024); 'Kế hoạch' columns → target;",
    "the '(%)' cells are percent figures as written. Table cells get no total.",
    "The first paragraph and the closing 'dự kiến' sentence speak of the season named in the headline ('năm 2024'): inherited period.",
    "'Giá bán phổ biến' and the count of city firms are standing facts: no period. 'dự kiến' governs both clauses of its sentence",
    "(52 điểm, 10-30%) → forecast; 'năm 2024, sản lượng dự kiến đạt 18 triệu' → forecast with its own period.",
]

if __name__ == "__main__":
    write("p1492-6", TEXT, NOTES, FIGS, published=None, location="TP Hồ Chí Minh")

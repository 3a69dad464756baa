"""p1226-7: department site (Sở Công Thương Đồng Nai), no dateline, one-cell-per-line table."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ CÔNG THƯƠNG TỈNH ĐỒNG NAI
Trang chủ | Giới thiệu | Tin tức | Thủ tục hành chính | Liên hệ

Sản xuất giấy tiêu dùng, tã giấy tăng trưởng khá

Theo Cục Thống kê tỉnh, năm 2024 các doanh nghiệp trên địa bàn tỉnh Đồng Nai sản xuất 68.400 tấn giấy vệ sinh, khăn giấy, tăng 7,9% so với năm 2023, và hơn 1 tỷ miếng tã giấy các loại.

Sản lượng một số sản phẩm vệ sinh cá nhân:
Đơn vị tính: triệu miếng
Sản phẩm
Năm 2023
Năm 2024
2024 so với 2023 (%)
Tã trẻ em
842
889
105,6
Tã người lớn
136
158
116,2
Băng vệ sinh
410
437
106,6
Tổng số
1.388
1.484
106,9

Toàn tỉnh hiện có 9 doanh nghiệp sản xuất tã giấy, băng vệ sinh và 14 doanh nghiệp sản xuất giấy tissue, chủ yếu tại KCN Nhơn Trạch 2, KCN Long Thành và KCN Amata. Kim ngạch xuất khẩu nhóm hàng này năm 2024 đạt khoảng 185 triệu USD, chiếm 0,8% kim ngạch xuất khẩu của tỉnh.

Năm 2025, dự kiến nhà máy tã giấy vốn 120 triệu USD tại huyện Nhơn Trạch sẽ đi vào hoạt động trong quý III, công suất 500 triệu miếng/năm.

Tin liên quan:
- Hội nghị kết nối cung cầu hàng hóa lần thứ 5
- Khuyến công hỗ trợ doanh nghiệp nông thôn

SỞ CÔNG THƯƠNG TỈNH ĐỒNG NAI
Địa chỉ: Số 2 Nguyễn Văn Trị, phường Thanh Bình, TP Biên Hòa
Điện thoại: 0251.3822.375
Tổng lượt truy cập: 2.064.519 | Đang trực tuyến: 31
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y24s = per("năm 2024", "2024-01-01", "2024-12-31")
CMP = per("2024 so với 2023 (%)", "2024-01-01", "2024-12-31")
Q3 = per("quý III", "2025-07-01", "2025-09-30")
COLS = ["Năm 2023", "Năm 2024", "2024 so với 2023 (%)"]
ROWS = [("Tã trẻ em", ["842", "889", "105,6"]),
        ("Tã người lớn", ["136", "158", "116,2"]),
        ("Băng vệ sinh", ["410", "437", "106,6"]),
        ("Tổng số", ["1.388", "1.484", "106,9"])]


def cell(anchor, number, row, col):
    v = float(number.replace(".", "").replace(",", "."))
    if col.endswith("(%)"):
        return fig(anchor, number, v, "percent", "%", subject=f"{row} 2024 so với 2023", period=CMP)
    p = Y23 if col == "Năm 2023" else Y24
    return fig(anchor, number, v * 1e6, "count", "miếng", subject=f"{row} {col.lower()}", period=p)


TABLE = []
for row, vals in ROWS:
    prev = row
    for col, v in zip(COLS, vals):
        TABLE.append(cell(f"{prev}\n{v}", v, row.lower(), col))
        prev = v

FIGS = [
    fig("sản xuất 68.400 tấn", "68.400", 68400, "measure", "tấn",
        change=chg("increase", 7.9, "%", "năm 2023"), subject="giấy vệ sinh, khăn giấy sản xuất", period=Y24s),
    fig("hơn 1 tỷ miếng", "1", 1000000000, "count", "miếng", approx="over",
        subject="tã giấy các loại sản xuất", period=Y24s),
] + TABLE + [
    fig("có 9 doanh nghiệp", "9", 9, "count", "doanh nghiệp", subject="doanh nghiệp sản xuất tã giấy, băng vệ sinh"),
    fig("và 14 doanh nghiệp", "14", 14, "count", "doanh nghiệp", subject="doanh nghiệp sản xuất giấy tissue"),
    fig("khoảng 185 triệu USD", "185", 185000000, "money", "USD", approx="about", percent=0.8,
        subject="kim ngạch xuất khẩu nhóm hàng giấy tiêu dùng, tã giấy", period=Y24s),
    fig("vốn 120 triệu USD", "120", 120000000, "money", "USD", status="forecast",
        subject="vốn nhà máy tã giấy", period=Q3, location="Nhơn Trạch"),
    fig("công suất 500 triệu", "500", 500000000, "measure", "miếng/năm", status="forecast",
        subject="công suất nhà máy tã giấy", period=Q3, location="Nhơn Trạch"),
]

NOTES = [
    "Department site (Sở Công Thương Đồng Nai) with no dateline: no published. Menu, related links, footer address, phone, visit counter.",
    "One-cell-per-line table, 'Đơn vị tính: triệu miếng' (x10^6 miếng, count); the '(%)' column holds percent cells (index 2024/2023),",
    "period 2024 from its header. Subject = row label + column label. Table cells get no totals.",
    "Distractors: 'KCN Nhơn Trạch 2', 'lần thứ 5', 'Số 2 Nguyễn Văn Trị', 0251.3822.375, 'Tổng lượt truy cập: 2.064.519', 'Đang trực tuyến: 31'.",
    "'chiếm 0,8%' is the share of 185 triệu USD. 'quý III' takes 2025 from 'Năm 2025' earlier in the sentence; the plant in huyện Nhơn Trạch",
    "-> location Nhơn Trạch; 'dự kiến' -> forecast for the capital and capacity. 'hiện có' counts: no period.",
]

if __name__ == "__main__":
    write("p1226-7", TEXT, NOTES, FIGS, published=None, location="Đồng Nai")

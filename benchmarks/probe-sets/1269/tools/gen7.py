"""p1269-7: department site (Sở NN&PTNT Đồng Nai), no dateline: automated closed-house livestock farms, one-cell-per-line table by district."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH ĐỒNG NAI
Giới thiệu | Tin tức - Sự kiện | Văn bản pháp quy | Thủ tục hành chính | Liên hệ

Chăn nuôi chuồng kín, tự động hóa: hướng đi chủ lực của Đồng Nai

Đồng Nai hiện có tổng đàn heo khoảng 2,4 triệu con, xếp thứ nhất cả nước; đàn gia cầm trên 25 triệu con. Toàn tỉnh có 1.240 trang trại chăn nuôi quy mô lớn, trong đó 486 trang trại áp dụng chuồng kín có cảm biến nhiệt độ, độ ẩm, khí NH3 và điều khiển quạt, máng ăn, nước uống tự động.

Số trang trại chăn nuôi ứng dụng tự động hóa theo địa phương
Đơn vị tính: trang trại
Địa phương
Năm 2023
Năm 2024
Tăng (%)
Huyện Trảng Bom
118
132
11,9
Huyện Xuân Lộc
96
109
13,5
Huyện Thống Nhất
84
95
13,1
Các địa phương khác
127
150
18,1
Tổng số
425
486
14,4

Theo Sở, chuồng kín tự động giúp giảm 20-25% chi phí thức ăn; tỷ lệ heo chết giảm từ 8% xuống còn khoảng 3%; mỗi công nhân chăm sóc được 1.200-1.500 con heo thịt, gấp 3 lần chuồng hở.

Giai đoạn 2021-2023, tỉnh đã hỗ trợ 57 trang trại chuyển đổi sang chuồng kín, vượt 14% kế hoạch, với tổng kinh phí hơn 14 tỷ đồng. Mục tiêu đến năm 2025, 70% trang trại chăn nuôi quy mô lớn ứng dụng công nghệ tự động hóa.

Tin liên quan:
- Triển khai Kế hoạch 3199 về chăn nuôi an toàn sinh học
- Hội thảo giải pháp xử lý chất thải chăn nuôi

Bản quyền thuộc Sở Nông nghiệp và Phát triển nông thôn tỉnh Đồng Nai
Địa chỉ: Số 2 Nguyễn Văn Trị, phường Thanh Bình, TP Biên Hòa
Điện thoại: 0251.3822.291 | Lượt truy cập: 1.482.337
"""

P21 = per("Giai đoạn 2021-2023", "2021-01-01", "2023-12-31")
T25 = per("đến năm 2025", None, "2025-12-31")
COLS = [("năm 2023", per("Năm 2023", "2023-01-01", "2023-12-31")),
        ("năm 2024", per("Năm 2024", "2024-01-01", "2024-12-31")),
        ("tăng", None)]
ROWS = [("Huyện Trảng Bom", "Trảng Bom", ["118", "132", "11,9"]),
        ("Huyện Xuân Lộc", "Xuân Lộc", ["96", "109", "13,5"]),
        ("Huyện Thống Nhất", "Thống Nhất", ["84", "95", "13,1"]),
        ("Các địa phương khác", "Đồng Nai", ["127", "150", "18,1"]),
        ("Tổng số", "Đồng Nai", ["425", "486", "14,4"])]
IND = "trang trại chăn nuôi ứng dụng tự động hóa"


def cells():
    out = []
    for label, place, nums in ROWS:
        prev = label
        row = "" if place != "Đồng Nai" else " " + label.lower()
        for (col, p), n in zip(COLS, nums):
            v = float(n.replace(",", "."))
            if col == "tăng":
                f = fig(f"{prev}\n{n}", n, v, "percent", "%", subject=f"{IND}{row} tăng", location=place)
            else:
                f = fig(f"{prev}\n{n}", n, v, "count", "trang trại", subject=f"{IND}{row} {col}", period=p,
                        location=place)
            out.append(f)
            prev = n
    return out


FIGS = [
    fig("khoảng 2,4 triệu", "2,4", 2.4e6, "count", "con", approx="about", subject="tổng đàn heo"),
    fig("xếp thứ nhất", "nhất", 1, "rank", "hạng", subject="tổng đàn heo"),
    fig("trên 25 triệu", "25", 25e6, "count", "con", approx="over", subject="đàn gia cầm"),
    fig("có 1.240 trang trại", "1.240", 1240, "count", "trang trại", subject="trang trại chăn nuôi quy mô lớn"),
    fig("trong đó 486", "486", 486, "count", "trang trại", total=1240,
        subject="trang trại áp dụng chuồng kín có cảm biến và điều khiển tự động"),
] + cells() + [
    fig("giảm 20-25%", "20", 20, "percent", "%", value_max=25, subject="chi phí thức ăn giảm"),
    fig("từ 8%", "8", 8, "percent", "%", subject="tỷ lệ heo chết trước đây", optional=True),
    fig("khoảng 3%", "3", 3, "percent", "%", approx="about", subject="tỷ lệ heo chết"),
    fig("được 1.200-1.500", "1.200", 1200, "measure", "con heo thịt/công nhân", value_max=1500,
        change=chg("increase", 3, "lần", "chuồng hở"), subject="heo thịt mỗi công nhân chăm sóc được"),
    fig("hỗ trợ 57 trang trại", "57", 57, "count", "trang trại", change=chg("increase", 14, "%", "kế hoạch"),
        subject="trang trại được hỗ trợ chuyển đổi sang chuồng kín", period=P21),
    fig("hơn 14 tỷ", "14", 14e9, "money", "đồng", approx="over", subject="tổng kinh phí hỗ trợ", period=P21),
    fig("2025, 70%", "70", 70, "percent", "%", status="target",
        subject="trang trại chăn nuôi quy mô lớn ứng dụng công nghệ tự động hóa", period=T25),
]

NOTES = [
    "Department site (Sở NN&PTNT Đồng Nai), no dateline: menu, headline, related links, copyright, address, phone, 'Lượt truy cập'.",
    "Distractors: 'NH3', 'Kế hoạch 3199', 'Số 2 Nguyễn Văn Trị', phone '0251.3822.291', 'Lượt truy cập: 1.482.337'.",
    "'xếp thứ nhất cả nước' → rank 1 (number word), located in Đồng Nai like the shared gold's ranks. 'hiện' figures have no period.",
    "One-cell-per-line table, 'Đơn vị tính: trang trại'; district rows give location (the district), 'Các địa phương khác' and 'Tổng số'",
    "stay Đồng Nai; periods from 'Năm 2023'/'Năm 2024'; 'Tăng (%)' cells are percent figures without period; no totals in the table.",
    "'giảm từ 8% xuống còn khoảng 3%': 3% the figure, the old level 8% optional. '1.200-1.500 con heo thịt' per worker → measure",
    "'con heo thịt/công nhân'; 'gấp 3 lần chuồng hở' → its change. 'vượt 14% kế hoạch' → change of 57 (baseline kế hoạch).",
]

if __name__ == "__main__":
    write("p1269-7", TEXT, NOTES, FIGS, location="Đồng Nai")

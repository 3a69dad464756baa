"""p1330-7: department site (Sở Tài chính Long An), no dateline; one-cell-per-line table by land type."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ TÀI CHÍNH TỈNH LONG AN
Giới thiệu | Tin tức - Sự kiện | Văn bản pháp quy | Thủ tục hành chính | Hỏi đáp

Năm 2024, tiền trúng đấu giá quyền sử dụng đất tăng hơn 27%

Năm 2024, các đơn vị trên địa bàn tỉnh Long An tổ chức 58 cuộc đấu giá quyền sử dụng đất, đấu giá thành công 642 thửa đất với tổng diện tích 21,6 ha; tổng số tiền trúng đấu giá 883,3 tỷ đồng, tăng 27,3% so với năm 2023 và cao hơn giá khởi điểm 214 tỷ đồng.

Huyện Đức Hòa dẫn đầu với 265 tỷ đồng, chiếm 30% tổng số tiền trúng đấu giá toàn tỉnh; tiếp theo là huyện Bến Lức 172 tỷ đồng và huyện Cần Giuộc 118 tỷ đồng.

Số tiền trúng đấu giá quyền sử dụng đất theo loại đất
Đơn vị tính: tỷ đồng
Loại đất
Năm 2023
Năm 2024
Kế hoạch 2025
Đất ở đô thị
412,5
538,0
600,0
Đất ở nông thôn
186,4
203,7
220,0
Đất thương mại, dịch vụ
95,2
141,6
180,0
Tổng số
694,1
883,3
1.000,0

Năm 2025, tỉnh đặt chỉ tiêu thu từ đấu giá quyền sử dụng đất 1.000 tỷ đồng; dự kiến đưa ra đấu giá khoảng 800 thửa đất và 12 khu đất thương mại, dịch vụ, tập trung tại các huyện dọc Quốc lộ 1 và đường Vành đai 3.

Bài viết liên quan:
- Hướng dẫn xác định giá khởi điểm đấu giá quyền sử dụng đất
- Long An công bố bảng giá đất giai đoạn 2020-2024

SỞ TÀI CHÍNH TỈNH LONG AN
Địa chỉ: Số 61 Nguyễn Huệ, Phường 1, TP Tân An, tỉnh Long An
Điện thoại: 0272.3826.115
Lượt truy cập: 1.204.377 | Đang online: 25
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
COLS = [("Năm 2023", per("Năm 2023", "2023-01-01", "2023-12-31"), None),
        ("Năm 2024", per("Năm 2024", "2024-01-01", "2024-12-31"), None),
        ("Kế hoạch 2025", per("Kế hoạch 2025", "2025-01-01", "2025-12-31"), "target")]
ROWS = [("Đất ở đô thị", ["412,5", "538,0", "600,0"]), ("Đất ở nông thôn", ["186,4", "203,7", "220,0"]),
        ("Đất thương mại, dịch vụ", ["95,2", "141,6", "180,0"]), ("Tổng số", ["694,1", "883,3", "1.000,0"])]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


CELLS = []
for label, nums in ROWS:
    prev = label
    for (col, p, st), n in zip(COLS, nums):
        kw = {"status": st} if st else {}
        CELLS.append(fig(f"{prev}\n{n}", n, num(n) * 1e9, "money", "đồng",
                         subject=f"{label} {col}", period=p, **kw))
        prev = n

FIGS = [
    fig("tăng hơn 27%", "27", 27, "percent", "%", approx="over",
        subject="tiền trúng đấu giá quyền sử dụng đất", period=Y24),
    fig("tổ chức 58 cuộc", "58", 58, "count", "cuộc đấu giá", subject="cuộc đấu giá quyền sử dụng đất tổ chức",
        period=Y24),
    fig("thành công 642 thửa", "642", 642, "count", "thửa đất", subject="thửa đất đấu giá thành công", period=Y24),
    fig("diện tích 21,6 ha", "21,6", 21.6, "measure", "ha", subject="tổng diện tích thửa đất đấu giá thành công",
        period=Y24),
    fig("đấu giá 883,3 tỷ", "883,3", 883.3e9, "money", "đồng", change=chg("increase", 27.3, "%", "năm 2023"),
        subject="tổng số tiền trúng đấu giá", period=Y24),
    fig("khởi điểm 214 tỷ", "214", 214e9, "money", "đồng",
        subject="tổng số tiền trúng đấu giá cao hơn giá khởi điểm", period=Y24, optional=True),
    fig("với 265 tỷ", "265", 265e9, "money", "đồng", percent=30, subject="số tiền trúng đấu giá",
        period=inh(Y24), location="Đức Hòa"),
    fig("Bến Lức 172 tỷ", "172", 172e9, "money", "đồng", subject="số tiền trúng đấu giá",
        period=inh(Y24), location="Bến Lức"),
    fig("Giuộc 118 tỷ", "118", 118e9, "money", "đồng", subject="số tiền trúng đấu giá",
        period=inh(Y24), location="Cần Giuộc"),
] + CELLS + [
    fig("sử dụng đất 1.000 tỷ", "1.000", 1000e9, "money", "đồng", status="target",
        subject="chỉ tiêu thu từ đấu giá quyền sử dụng đất", period=Y25),
    fig("khoảng 800 thửa", "800", 800, "count", "thửa đất", approx="about", status="forecast",
        subject="thửa đất dự kiến đưa ra đấu giá", period=Y25),
    fig("và 12 khu", "12", 12, "count", "khu đất", status="forecast",
        subject="khu đất thương mại, dịch vụ dự kiến đưa ra đấu giá", period=Y25),
]

NOTES = [
    "Department site (Sở Tài chính Long An), no dateline (published null): menu, related links, address, phone, 'Lượt truy cập', 'Đang online'.",
    "Distractors: 'Quốc lộ 1', 'đường Vành đai 3', 'giai đoạn 2020-2024' in a link, 'Số 61 Nguyễn Huệ, Phường 1', phone, counters 1.204.377 and 25.",
    "Headline 'Năm 2024, … tăng hơn 27%' is a growth rate as the claim (percent, over, period 2024).",
    "'883,3 tỷ đồng, tăng 27,3% so với năm 2023 và cao hơn giá khởi điểm 214 tỷ đồng': the second change is a figure of its own (optional).",
    "'Huyện Đức Hòa dẫn đầu với 265 tỷ đồng, chiếm 30% …; tiếp theo là …' → list items, place → location, period inherited.",
    "One-cell-per-line table, 'Đơn vị tính: tỷ đồng' → money ×10^9; subject = row label + column label (FIGURES.md, Tables);",
    "revised after the first run: the caption 'số tiền trúng đấu giá quyền sử dụng đất' had been prefixed to each cell subject. Period from the column header",
    "(scored); 'Kế hoạch 2025' → target; cells get no total. '1.000,0' = 1000 tỷ.",
    "'đặt chỉ tiêu … 1.000 tỷ đồng' → target; '; dự kiến …' → forecast; period Năm 2025 stated in the sentence.",
]

if __name__ == "__main__":
    write("p1330-7", TEXT, NOTES, FIGS, location="Long An")

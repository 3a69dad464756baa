"""p1383-7: department site (Sở Công Thương Long An), no dateline: cashew exports by market, one-cell-per-line table."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ CÔNG THƯƠNG TỈNH LONG AN
Giới thiệu | Tin tức | Xúc tiến thương mại | Văn bản | Hỏi đáp

Ngành chế biến điều Long An tìm thị trường mới

Long An hiện có 38 doanh nghiệp chế biến, xuất khẩu hạt điều, tập trung ở các huyện Đức Hòa, Bến Lức và Cần Giuộc, sử dụng khoảng 6.500 lao động. Năm 2024, kim ngạch xuất khẩu hạt điều của tỉnh ước đạt 512 triệu USD, tăng 14,3% so với năm 2023, xếp thứ 3 trong các mặt hàng xuất khẩu chủ lực của tỉnh.

Kim ngạch xuất khẩu hạt điều theo thị trường
Đơn vị tính: triệu USD
Thị trường
Năm 2023
Ước thực hiện 2024
So với cùng kỳ (%)
Hoa Kỳ
168,2
191,5
113,9
Liên minh châu Âu (EU)
121,4
138,0
113,7
Trung Quốc
78,6
84,3
107,3
Thị trường khác
79,8
98,2
123,1
Tổng số
448,0
512,0
114,3

Để giảm phụ thuộc vào thị trường truyền thống, năm 2025 các doanh nghiệp phấn đấu đưa kim ngạch xuất khẩu điều lên 560 triệu USD, trong đó thị trường Trung Đông và châu Phi chiếm ít nhất 10%. Sở dự kiến tổ chức hai đoàn xúc tiến thương mại sang UAE và Ai Cập trong quý II/2025.

Bài viết liên quan:
- Hội nghị kết nối giao thương Long An - TP Hồ Chí Minh lần thứ 4
- Hướng dẫn chứng nhận xuất xứ hàng hóa mẫu EUR.1

SỞ CÔNG THƯƠNG TỈNH LONG AN
Địa chỉ: Số 137 Quốc lộ 1, Phường 2, TP Tân An
Điện thoại: 0272.3826.453
Lượt truy cập: 1.204.577
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
E24 = per("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
Y25 = per("năm 2025", "2025-01-01", "2025-12-31")
Q2 = per("quý II/2025", "2025-04-01", "2025-06-30")
COLS = ["năm 2023", "ước thực hiện 2024", "so với cùng kỳ"]


def cell(anchor, number, row, col):
    v = float(number.replace(",", "."))
    subj = f"kim ngạch xuất khẩu hạt điều {row} {col}"
    if col == "năm 2023":
        return fig(anchor, number, v * 1e6, "money", "USD", subject=subj, period=C23)
    if col == "ước thực hiện 2024":
        return fig(anchor, number, v * 1e6, "money", "USD", subject=subj, period=E24, status="estimate")
    return fig(anchor, number, v, "percent", "%", subject=subj, status="estimate")


ROWS = [("Hoa Kỳ", ["168,2", "191,5", "113,9"]), ("Liên minh châu Âu (EU)", ["121,4", "138,0", "113,7"]),
        ("Trung Quốc", ["78,6", "84,3", "107,3"]), ("Thị trường khác", ["79,8", "98,2", "123,1"]),
        ("Tổng số", ["448,0", "512,0", "114,3"])]
CELLS = []
for label, nums in ROWS:
    prev = label
    for col, n in zip(COLS, nums):
        CELLS.append(cell(f"{prev}\n{n}", n, label.lower() if label != "Hoa Kỳ" and label != "Trung Quốc" else label, col))
        prev = n

FIGS = [
    fig("có 38 doanh nghiệp", "38", 38, "count", "doanh nghiệp",
        subject="doanh nghiệp chế biến, xuất khẩu hạt điều"),
    fig("khoảng 6.500 lao động", "6.500", 6500, "count", "lao động", approx="about",
        subject="lao động các doanh nghiệp chế biến, xuất khẩu hạt điều sử dụng"),
    fig("ước đạt 512 triệu", "512", 512e6, "money", "USD", status="estimate",
        change=chg("increase", 14.3, "%", "năm 2023"), subject="kim ngạch xuất khẩu hạt điều của tỉnh", period=Y24),
    fig("xếp thứ 3", "3", 3, "rank", "hạng", status="estimate",
        subject="kim ngạch xuất khẩu hạt điều trong các mặt hàng xuất khẩu chủ lực của tỉnh", period=Y24),
] + CELLS + [
    fig("lên 560 triệu", "560", 560e6, "money", "USD", status="target",
        subject="kim ngạch xuất khẩu điều", period=Y25),
    fig("ít nhất 10%", "10", 10, "percent", "%", approx="at_least", status="target",
        subject="thị trường Trung Đông và châu Phi trong kim ngạch xuất khẩu điều", period=Y25),
    fig("hai đoàn", "hai", 2, "count", "đoàn", status="forecast",
        subject="đoàn xúc tiến thương mại sang UAE và Ai Cập", period=Q2),
]

NOTES = [
    "Department site (Sở Công Thương Long An), no dateline: menu, related links, footer address, phone, 'Lượt truy cập: 1.204.577'.",
    "Distractors: 'lần thứ 4', 'mẫu EUR.1', 'Số 137 Quốc lộ 1, Phường 2', phone 0272.3826.453, the visitor counter; 'quý II/2025' is a period.",
    "'Năm 2024 ... ước đạt 512 triệu USD, tăng 14,3% ..., xếp thứ 3 ...' → the rank continues the ước clause: estimate, period 2024.",
    "One-cell-per-line table, 'Đơn vị tính: triệu USD'; rows are markets (trade partners, not places): location Long An.",
    "Subject = indicator + row + column; 'Năm 2023' → actual; 'Ước thực hiện 2024' → estimate; periods from the headers (scored).",
    "'So với cùng kỳ (%)' cells (113,9 etc.) are percents as written (index, previous year = 100), no period in the header (none given);",
    "status estimate: they compare the 'Ước thực hiện 2024' column with 2023 (borderline: the header itself has no 'ước'). Cells get no total.",
    "'phấn đấu ... 560 triệu USD, trong đó ... chiếm ít nhất 10%' → the share is a percent figure of its own (a percent has no whole), target.",
    "'Sở dự kiến tổ chức hai đoàn ... trong quý II/2025' → forecast, period Q2 2025.",
]

if __name__ == "__main__":
    write("p1383-7", TEXT, NOTES, FIGS, location="Long An")

"""p1554-7: department site (Sở Xây dựng Quảng Ninh), no dateline, one-cell-per-line table by place."""
from lib import fig, per, write

TEXT = """SỞ XÂY DỰNG TỈNH QUẢNG NINH
Giới thiệu | Tin tức | Quy hoạch | Thủ tục hành chính | Liên hệ

Phát triển sản xuất gạch ốp lát theo hướng xanh, tiết kiệm năng lượng

Toàn tỉnh hiện có 11 cơ sở sản xuất gạch ốp lát và gạch ngói đất sét nung, trong đó 5 nhà máy gạch ốp lát với tổng công suất thiết kế 46 triệu m2/năm. Năm 2024, sản lượng gạch ốp lát ước đạt 37,9 triệu m2, bằng 104,7% năm 2023; riêng thị xã Đông Triều ước đạt 19,8 triệu m2, chiếm 52,2% sản lượng toàn tỉnh.

Sản lượng gạch ốp lát theo địa phương
Đơn vị tính: triệu m2
Địa phương
Năm 2023
Ước thực hiện 2024
Kế hoạch 2025
TP Hạ Long
12,4
13,1
14,0
TX Đông Triều
18,6
19,8
21,5
TP Uông Bí
5,2
5,0
5,5
Tổng số
36,2
37,9
41,0

Theo kế hoạch, đến năm 2025 các nhà máy trên địa bàn phải giảm ít nhất 10% mức tiêu hao năng lượng trên mỗi m2 sản phẩm so với năm 2020; tỷ lệ chất thải rắn được tái chế đạt trên 80%. Hiện 3/5 nhà máy đã lắp đặt hệ thống thu hồi nhiệt khí thải lò nung, tiết kiệm bình quân 1,2 tỷ đồng/nhà máy/năm.

Tin cùng chuyên mục:
- Công bố giá vật liệu xây dựng Quý IV/2024
- Hướng dẫn thực hiện Thông tư số 10/2024/TT-BXD

SỞ XÂY DỰNG TỈNH QUẢNG NINH
Địa chỉ: Tầng 12, Trụ sở Liên cơ quan số 3, phường Hồng Hà, TP Hạ Long
Điện thoại: 0203.3835.642 | Email: sxd@quangninh.gov.vn
Lượt truy cập: 1.204.577 | Trực tuyến: 42
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
E24 = per("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
K25 = per("Kế hoạch 2025", "2025-01-01", "2025-12-31")
T25 = per("đến năm 2025", None, "2025-12-31")
COLS = {"năm 2023": (C23, None), "ước thực hiện 2024": (E24, "estimate"), "kế hoạch 2025": (K25, "target")}


def cell(anchor, number, place, col):
    p, st = COLS[col]
    kw = {"status": st} if st else {}
    if place:
        kw["location"] = place
        subj = f"sản lượng gạch ốp lát {col}"
    else:
        subj = f"tổng số sản lượng gạch ốp lát {col}"
    return fig(anchor, number, float(number.replace(",", ".")) * 1e6, "measure", "m2",
               subject=subj, period=p, **kw)


ROWS = [("TP Hạ Long", "Hạ Long", ["12,4", "13,1", "14,0"]),
        ("TX Đông Triều", "Đông Triều", ["18,6", "19,8", "21,5"]),
        ("TP Uông Bí", "Uông Bí", ["5,2", "5,0", "5,5"]),
        ("Tổng số", None, ["36,2", "37,9", "41,0"])]
CELLS = []
for label, place, nums in ROWS:
    prev = label
    for col, n in zip(COLS, nums):
        CELLS.append(cell(f"{prev}\n{n}\n", n, place, col))
        prev = n

FIGS = [
    fig("có 11 cơ sở", "11", 11, "count", "cơ sở", subject="cơ sở sản xuất gạch ốp lát và gạch ngói đất sét nung"),
    fig("trong đó 5 nhà máy", "5", 5, "count", "nhà máy", total=11, subject="nhà máy gạch ốp lát"),
    fig("thiết kế 46 triệu", "46", 46e6, "measure", "m2/năm", subject="tổng công suất thiết kế"),
    fig("ước đạt 37,9 triệu", "37,9", 37.9e6, "measure", "m2", status="estimate", percent=104.7,
        subject="sản lượng gạch ốp lát", period=Y24),
    fig("ước đạt 19,8 triệu", "19,8", 19.8e6, "measure", "m2", status="estimate", percent=52.2,
        subject="sản lượng gạch ốp lát", period=Y24, location="Đông Triều"),
] + CELLS + [
    fig("ít nhất 10%", "10", 10, "percent", "%", approx="at_least", status="target",
        subject="giảm mức tiêu hao năng lượng trên mỗi m2 sản phẩm", period=T25),
    fig("trên 80%", "80", 80, "percent", "%", approx="over", status="target",
        subject="tỷ lệ chất thải rắn được tái chế", period=T25),
    fig("3/5 nhà máy", "3", 3, "count", "nhà máy", total=5,
        subject="nhà máy đã lắp đặt hệ thống thu hồi nhiệt khí thải lò nung"),
    fig("bình quân 1,2 tỷ", "1,2", 1.2e9, "money", "đồng/nhà máy/năm", subject="tiết kiệm bình quân"),
]

NOTES = [
    "Department site (Sở Xây dựng Quảng Ninh), no dateline: menu, 'Tin cùng chuyên mục', footer with address, phone, email, 'Lượt truy cập', 'Trực tuyến'.",
    "Distractors: 'Quý IV/2024' and Thông tư số 10/2024/TT-BXD in link titles, 'Trụ sở Liên cơ quan số 3', 'Tầng 12', phone, 'Lượt truy cập: 1.204.577', 'Trực tuyến: 42', 'năm 2020' as baseline, 'mỗi m2'.",
    "One-cell-per-line table, 'Đơn vị tính: triệu m2': the row label is a place, so it goes to location (Hạ Long, Đông Triều, Uông Bí); 'Tổng số' stays Quảng Ninh. Subject = table title + column.",
    "'Ước thực hiện 2024' → estimate, 'Kế hoạch 2025' → target; periods from the headers (scored). Row and column sums are consistent.",
    "'11 cơ sở ..., trong đó 5 nhà máy' → total 11. 'bằng 104,7% năm 2023' is a percent attribute (37,9/36,2). Đông Triều 19,8 has its own 'ước đạt'.",
    "'đến năm 2025 ... phải giảm ít nhất 10% ... so với năm 2020' is a target percent (the reduction itself is the claim); 'trên 80%' continues it.",
    "'3/5 nhà máy' → total 5; 'tiết kiệm bình quân 1,2 tỷ đồng/nhà máy/năm' a rate. No published date.",
]

if __name__ == "__main__":
    write("p1554-7", TEXT, NOTES, FIGS, published=None, location="Quảng Ninh")

#!/usr/bin/env python3
"""p495-7: department site (Cục Thuế tỉnh Bình Định), no dateline - thu nợ 6 tháng 2024, one-cell-per-line table."""
from lib import fig, per, inh, chg, tgt, emit

TEXT = """CỤC THUẾ TỈNH BÌNH ĐỊNH
Trang chủ | Giới thiệu | Tin tức | Hỗ trợ người nộp thuế
Tin hoạt động

Kết quả thu hồi nợ thuế 6 tháng đầu năm 2024

Sáu tháng đầu năm 2024, Cục Thuế tỉnh Bình Định đã thu hồi được 128,6 tỷ đồng tiền thuế nợ, đạt 64,3% chỉ tiêu thu nợ năm. So với cùng kỳ năm 2023, số tiền thu nợ tăng 11,8%. Tổng nợ thuế đến 30/6/2024 là 512,4 tỷ đồng, giảm 3,7% so với thời điểm 31/12/2023. Tỷ lệ nợ thuế trên tổng thu ngân sách là 6,9% (chỉ tiêu Tổng cục Thuế giao là dưới 5%). Tình hình nợ thuế theo đơn vị như sau:

Đơn vị tính: triệu đồng
Đơn vị
Nợ đến 31/12/2023
Nợ đến 30/6/2024
Thu nợ 6 tháng
Văn phòng Cục Thuế
248.310
236.582
61.240
Thành phố Quy Nhơn
152.476
149.105
38.915
Thị xã An Nhơn
48.902
45.387
11.206
Huyện Tuy Phước
37.155
36.820
9.734
Các Chi cục Thuế còn lại
45.201
44.506
7.505
Tổng cộng
532.044
512.400
128.600

Nợ thuế tập trung ở 1.246 người nộp thuế, trong đó 86 doanh nghiệp có số nợ từ 1 tỷ đồng trở lên. Cục Thuế đã công khai thông tin 42 đơn vị nợ thuế trên Báo Bình Định và trang thông tin điện tử của Cục; Đội Kiểm tra thuế số 2 đang phối hợp với ngân hàng phong tỏa tài khoản của các đơn vị chây ỳ.

Người nộp thuế cần hỗ trợ xin liên hệ: 0256.3822.657 hoặc số 239 Phan Bội Châu, TP Quy Nhơn.
Tổng số lượt truy cập: 1.826.447
"""

C1 = per("Nợ đến 31/12/2023", end="2023-12-31")
C2 = per("Nợ đến 30/6/2024", end="2024-06-30")
C3 = per("Thu nợ 6 tháng", "2024-01-01", "2024-06-30")
COLS = [("nợ thuế đến 31/12/2023", C1), ("nợ thuế đến 30/6/2024", C2), ("thu nợ 6 tháng", C3)]
ROWS = [  # row label, location, is the label the place, cells
    ("Văn phòng Cục Thuế", "Bình Định", False, ["248.310", "236.582", "61.240"]),
    ("Thành phố Quy Nhơn", "Quy Nhơn", True, ["152.476", "149.105", "38.915"]),
    ("Thị xã An Nhơn", "An Nhơn", True, ["48.902", "45.387", "11.206"]),
    ("Huyện Tuy Phước", "Tuy Phước", True, ["37.155", "36.820", "9.734"]),
    ("Các Chi cục Thuế còn lại", "Bình Định", False, ["45.201", "44.506", "7.505"]),
    ("Tổng cộng", "Bình Định", False, ["532.044", "512.400", "128.600"]),
]

TABLE = []
for label, loc, is_place, cells in ROWS:
    for i, (cell, (col, p)) in enumerate(zip(cells, COLS)):
        subject = col if is_place else f"{label} {col}"
        anchor = f"{label}\n{cell}" if i == 0 else f"\n{cell}\n"
        TABLE.append(fig(anchor, cell, float(cell.replace(".", "")) * 1e6, "money", "đồng", subject, p,
                         location=loc))

FIGS = [
    fig("được 128,6 tỷ đồng", "128,6", 128.6e9, "money", "đồng", "tiền thuế nợ thu hồi",
        per("Sáu tháng đầu năm 2024", "2024-01-01", "2024-06-30"), percent=64.3),
    fig("là 512,4 tỷ đồng", "512,4", 512.4e9, "money", "đồng", "tổng nợ thuế", per("đến 30/6/2024", end="2024-06-30"),
        change=chg("decrease", 3.7, baseline="thời điểm 31/12/2023")),
    fig("tăng 11,8%", "11,8", 11.8, "percent", "%", "số tiền thu nợ",
        inh(per("Sáu tháng đầu năm 2024", "2024-01-01", "2024-06-30"))),
    fig("là 6,9%", "6,9", 6.9, "percent", "%", "tỷ lệ nợ thuế trên tổng thu ngân sách", inh(C2),
        target=tgt(5, met=False)),
] + TABLE + [
    fig("ở 1.246 người nộp thuế", "1.246", 1246, "count", "người nộp thuế", "người nộp thuế nợ thuế", inh(C2)),
    fig("86 doanh nghiệp", "86", 86, "count", "doanh nghiệp", "doanh nghiệp có số nợ từ 1 tỷ đồng trở lên", inh(C2),
        total=1246),
    fig("từ 1 tỷ đồng trở lên", "1", 1e9, "money", "đồng", "số nợ", approx="at_least", optional=True),
    fig("thông tin 42 đơn vị", "42", 42, "count", "đơn vị", "đơn vị nợ thuế bị công khai thông tin"),
]

COMMENTS = [
    "Cục Thuế tỉnh Bình Định site (department site, no dateline: no published): thu hồi nợ thuế 6 tháng đầu năm 2024.",
    "One-cell-per-line table with 'Đơn vị tính: triệu đồng' (×10^6). Every numeric cell is a figure; period from the column header",
    "(as-of for 'Nợ đến …', Jan-Jun 2024 for 'Thu nợ 6 tháng'). Rows that are places give location, subject = column label;",
    "'Văn phòng Cục Thuế', 'Các Chi cục Thuế còn lại', 'Tổng cộng' stay in the subject, location Bình Định.",
    "Not figures: 'Đội Kiểm tra thuế số 2', phone, 'số 239 Phan Bội Châu', 'Tổng số lượt truy cập: 1.826.447'.",
    "'từ 1 tỷ đồng trở lên' is a threshold (optional). 'số tiền thu nợ tăng 11,8%' in its own sentence is a percent figure;",
    "'(chỉ tiêu … là dưới 5%)' is the target of the 6,9% (target 5, met false), not a figure of its own.",
]

if __name__ == "__main__":
    emit("p495-7", TEXT, COMMENTS, FIGS, location="Bình Định")

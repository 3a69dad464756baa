#!/usr/bin/env python3
"""p495-3: formal report, UBND tỉnh Quảng Trị - thu NSNN 9 tháng 2024 with a '|' table, nợ thuế, nhiệm vụ quý IV."""
from lib import fig, per, inh, chg, emit

TEXT = """UBND TỈNH QUẢNG TRỊ
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 287/BC-UBND
Quảng Trị, ngày 08 tháng 10 năm 2024

BÁO CÁO
Tình hình thu ngân sách nhà nước 9 tháng năm 2024, nhiệm vụ 3 tháng cuối năm

I. KẾT QUẢ THU NGÂN SÁCH
1. Tổng thu ngân sách nhà nước trên địa bàn 9 tháng ước đạt 2.846 tỷ đồng, bằng 68,4% dự toán Trung ương giao, bằng 62,1% dự toán HĐND tỉnh giao, tăng 7,3% so với cùng kỳ. Kết quả một số khoản thu chủ yếu:

Khoản thu | Dự toán năm 2024 (tỷ đồng) | Ước thực hiện 9 tháng (tỷ đồng) | Ước thực hiện so dự toán (%)
Thu nội địa | 3.550 | 2.418 | 68,1
Thuế ngoài quốc doanh | 1.020 | 712 | 69,8
Thuế thu nhập cá nhân | 265 | 201 | 75,8
Thu tiền sử dụng đất | 900 | 438 | 48,7
Thu xuất nhập khẩu | 610 | 428 | 70,2

2. Tổng nợ thuế đến 30/9/2024 là 196,5 tỷ đồng, tăng 4,8% so với ngày 31/12/2023; trong đó nợ có khả năng thu 132,7 tỷ đồng, chiếm 67,5%, nợ khó thu 63,8 tỷ đồng. Ngành thuế đã thu hồi nợ đọng 58,3 tỷ đồng, đạt 72,9% chỉ tiêu được giao; cưỡng chế 214 lượt người nộp thuế.

II. NHIỆM VỤ 3 THÁNG CUỐI NĂM
Phấn đấu tổng thu ngân sách năm 2024 đạt 4.250 tỷ đồng, vượt 2,1% dự toán Trung ương giao; giảm tỷ lệ nợ thuế xuống dưới 5% tổng thu nội địa. Dự kiến quý IV thu tiền sử dụng đất khoảng 300 tỷ đồng.

Nơi nhận:
- Bộ Tài chính;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KT.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

Y = per("Dự toán năm 2024", "2024-01-01", "2024-12-31")
M9 = per("Ước thực hiện 9 tháng", "2024-01-01", "2024-09-30")
ROWS = [  # label, plan anchor/number, result, ratio
    ("Thu nội địa", "3.550", "2.418", "68,1"),
    ("Thuế ngoài quốc doanh", "1.020", "712", "69,8"),
    ("Thuế thu nhập cá nhân", "265", "201", "75,8"),
    ("Thu tiền sử dụng đất", "900", "438", "48,7"),
    ("Thu xuất nhập khẩu", "610", "428", "70,2"),
]


def n(s):
    return float(s.replace(".", "").replace(",", "."))


TABLE = []
for label, plan, res, ratio in ROWS:
    TABLE.append(fig(f"{label} | {plan} |", plan, n(plan) * 1e9, "money", "đồng", f"{label} dự toán năm 2024", Y,
                     status="target"))
    TABLE.append(fig(f"| {res} | {ratio}", res, n(res) * 1e9, "money", "đồng", f"{label} ước thực hiện 9 tháng", M9,
                     status="estimate"))
    TABLE.append(fig(f"{res} | {ratio}", ratio, n(ratio), "percent", "%", f"{label} ước thực hiện so dự toán",
                     inh(M9), status="estimate"))

ASOF = per("đến 30/9/2024", end="2024-09-30")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    fig("ước đạt 2.846 tỷ đồng", "2.846", 2846e9, "money", "đồng", "tổng thu ngân sách nhà nước trên địa bàn",
        per("9 tháng", "2024-01-01", "2024-09-30"), percent=68.4,
        change=chg("increase", 7.3, baseline="cùng kỳ"), status="estimate"),
    fig("bằng 62,1% dự toán", "62,1", 62.1, "percent", "%",
        "tổng thu ngân sách nhà nước so với dự toán HĐND tỉnh giao", per("9 tháng", "2024-01-01", "2024-09-30"),
        status="estimate", optional=True),
] + TABLE + [
    fig("là 196,5 tỷ đồng", "196,5", 196.5e9, "money", "đồng", "tổng nợ thuế", ASOF,
        change=chg("increase", 4.8, baseline="ngày 31/12/2023")),
    fig("thu 132,7 tỷ đồng", "132,7", 132.7e9, "money", "đồng", "nợ có khả năng thu", ASOF,
        total=196.5e9, percent=67.5),
    fig("thu 63,8 tỷ đồng", "63,8", 63.8e9, "money", "đồng", "nợ khó thu", ASOF, total=196.5e9),
    fig("nợ đọng 58,3 tỷ đồng", "58,3", 58.3e9, "money", "đồng", "nợ đọng thu hồi", inh(M9), percent=72.9),
    fig("cưỡng chế 214 lượt", "214", 214, "count", "lượt", "lượt người nộp thuế bị cưỡng chế", inh(M9)),
    fig("đạt 4.250 tỷ đồng", "4.250", 4250e9, "money", "đồng", "tổng thu ngân sách", Y24,
        change=chg("increase", 2.1, baseline="dự toán Trung ương giao"), status="target"),
    fig("dưới 5% tổng thu", "5", 5, "percent", "%", "tỷ lệ nợ thuế trên tổng thu nội địa", Y24,
        approx="under", status="target"),
    fig("khoảng 300 tỷ đồng", "300", 300e9, "money", "đồng", "thu tiền sử dụng đất",
        per("quý IV", "2024-10-01", "2024-12-31"), approx="about", status="forecast"),
]

COMMENTS = [
    "Formal report under a letterhead (UBND tỉnh Quảng Trị, Số: 287/BC-UBND): thu NSNN 9 tháng năm 2024, nợ thuế, nhiệm vụ quý IV.",
    "Place-and-date line 'Quảng Trị, ngày 08 tháng 10 năm 2024' gives published. Section numbers I., II., 1., 2. and",
    "'3 tháng cuối năm' (a period) are not figures. The second share 'bằng 62,1% dự toán HĐND' is optional (one percent per figure).",
    "Flattened '|' table: every numeric cell is a figure; multiplier from '(tỷ đồng)' in the headers. 'Dự toán năm 2024' is the plan",
    "column -> status target (dự toán = plan, as kế hoạch/chỉ tiêu); 'Ước thực hiện' columns -> estimate. Ratio column period inherited.",
    "'vượt 2,1% dự toán' is a gap to plan: a change on 4.250 tỷ with that baseline.",
]

if __name__ == "__main__":
    emit("p495-3", TEXT, COMMENTS, FIGS, published="2024-10-08", location="Quảng Trị")

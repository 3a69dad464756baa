"""p1398-3: formal report (Sở Y tế Quảng Ngãi, Số: 142/BC-SYT): outpatient visits 2024, flattened '|' table of online bookings."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH QUẢNG NGÃI
SỞ Y TẾ
Số: 142/BC-SYT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Ngãi, ngày 15 tháng 01 năm 2025

BÁO CÁO
Kết quả cải tiến quy trình khám bệnh và đặt lịch khám trực tuyến năm 2024

I. KẾT QUẢ THỰC HIỆN NĂM 2024
1. Khám bệnh ngoại trú
Năm 2024, các cơ sở khám, chữa bệnh công lập trên địa bàn tỉnh khám ngoại trú cho 2.356.800 lượt người, tăng 5,4% so với năm 2023, đạt 102,5% kế hoạch; trong đó khám bảo hiểm y tế 1.987.400 lượt, chiếm 84,3%.

2. Đặt lịch khám trực tuyến
Đơn vị tính: lượt
Đơn vị | Năm 2023 | Năm 2024 | So với cùng kỳ (%) | Kế hoạch 2025
Bệnh viện Đa khoa tỉnh | 41.250 | 63.480 | 153,9 | 80.000
Bệnh viện Sản - Nhi | 18.600 | 27.920 | 150,1 | 35.000
Trung tâm Y tế huyện Bình Sơn | 5.430 | 9.870 | 181,8 | 12.000
Các đơn vị khác | 7.120 | 10.650 | 149,6 | 15.000
Tổng cộng | 72.400 | 111.920 | 154,6 | 142.000

3. Thời gian chờ khám, quầy tiếp đón, sự hài lòng
Thời gian chờ khám bình quân tại các bệnh viện tuyến tỉnh năm 2024 là 38 phút, giảm 13 phút so với năm 2023; tại Bệnh viện Đa khoa tỉnh từ 41 đến 45 phút vào các ngày đầu tuần. Toàn tỉnh có 86 quầy tiếp đón, tăng 9 quầy; 100% bệnh viện tuyến tỉnh đã kết nối thanh toán không dùng tiền mặt. Tỷ lệ hài lòng của người bệnh ngoại trú đạt 90,8% (chỉ tiêu năm 2024 là 90%).

II. NHIỆM VỤ NĂM 2025
Năm 2025, phấn đấu 100% bệnh viện công lập triển khai đặt lịch khám trực tuyến; số lượt đặt lịch trực tuyến đạt khoảng 142 nghìn lượt; tỷ lệ hài lòng người bệnh ngoại trú trên 92%.

Nơi nhận:
- UBND tỉnh (b/c);
- Cục Quản lý Khám, chữa bệnh - Bộ Y tế;
- Lưu: VT, NVY.
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y24b = per("năm 2024", "2024-01-01", "2024-12-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
K25 = per("Kế hoạch 2025", "2025-01-01", "2025-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
COLS = [("năm 2023", Y23, None, "count"), ("năm 2024", Y24, None, "count"),
        ("so với cùng kỳ", inh(Y24), None, "percent"), ("kế hoạch 2025", K25, "target", "count")]
ROWS = [("Bệnh viện Đa khoa tỉnh", None, ["41.250", "63.480", "153,9", "80.000"]),
        ("Bệnh viện Sản - Nhi", None, ["18.600", "27.920", "150,1", "35.000"]),
        ("Trung tâm Y tế huyện Bình Sơn", "Bình Sơn", ["5.430", "9.870", "181,8", "12.000"]),
        ("Các đơn vị khác", None, ["7.120", "10.650", "149,6", "15.000"]),
        ("Tổng cộng", None, ["72.400", "111.920", "154,6", "142.000"])]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


CELLS = []
for label, loc, nums in ROWS:
    prev = label
    for (col, p, st, kind), n in zip(COLS, nums):
        kw = {}
        if st:
            kw["status"] = st
        if loc:
            kw["location"] = loc
        unit = "%" if kind == "percent" else "lượt"
        CELLS.append(fig(f"{prev} | {n}", n, num(n), kind, unit,
                         subject=f"lượt đặt lịch khám trực tuyến {label} {col}", period=p, **kw))
        prev = n

FIGS = [
    fig("cho 2.356.800", "2.356.800", 2356800, "count", "lượt", percent=102.5,
        change=chg("increase", 5.4, "%", "năm 2023"),
        subject="lượt người khám ngoại trú tại các cơ sở khám, chữa bệnh công lập", period=Y24),
    fig("tế 1.987.400", "1.987.400", 1987400, "count", "lượt", total=2356800, percent=84.3,
        subject="lượt khám bảo hiểm y tế", period=Y24),
] + CELLS + [
    fig("là 38 phút", "38", 38, "measure", "phút", change=chg("decrease", 13, "phút", "năm 2023"),
        subject="thời gian chờ khám bình quân tại các bệnh viện tuyến tỉnh", period=Y24b),
    fig("từ 41 đến 45", "41", 41, "measure", "phút", value_max=45,
        subject="thời gian chờ khám tại Bệnh viện Đa khoa tỉnh vào các ngày đầu tuần", period=Y24b),
    fig("có 86 quầy", "86", 86, "count", "quầy", change=chg("increase", 9, "quầy"),
        subject="quầy tiếp đón", period=inh(Y24b)),
    fig("100% bệnh viện tuyến tỉnh", "100", 100, "percent", "%",
        subject="bệnh viện tuyến tỉnh đã kết nối thanh toán không dùng tiền mặt", period=inh(Y24b)),
    fig("đạt 90,8%", "90,8", 90.8, "percent", "%", target=tgt(90, "%", True),
        subject="tỷ lệ hài lòng của người bệnh ngoại trú", period=Y24b),
    fig("phấn đấu 100%", "100", 100, "percent", "%", status="target",
        subject="bệnh viện công lập triển khai đặt lịch khám trực tuyến", period=Y25),
    fig("khoảng 142 nghìn", "142", 142e3, "count", "lượt", approx="about", status="target",
        subject="số lượt đặt lịch trực tuyến", period=Y25),
    fig("trên 92%", "92", 92, "percent", "%", approx="over", status="target",
        subject="tỷ lệ hài lòng người bệnh ngoại trú", period=Y25),
]

NOTES = [
    "Formal report (Sở Y tế Quảng Ngãi): 'UBND TỈNH QUẢNG NGÃI / SỞ Y TẾ', 'Số: 142/BC-SYT', 'Quảng Ngãi, ngày 15 tháng 01 năm 2025',",
    "sections I/II and 1-3, 'Nơi nhận'. Distractors: the document number (142 also occurs as '142.000' and '142 nghìn'), the",
    "letterhead date, section numbers, '(b/c)', 'Lưu: VT, NVY'.",
    "'đạt 102,5% kế hoạch' → percent attribute; 'trong đó ... 1.987.400 lượt, chiếm 84,3%' → total 2.356.800 and percent 84,3.",
    "Flattened '|' table, 'Đơn vị tính: lượt': every numeric cell is a figure; subject = indicator + row + column; period from the",
    "column headers (scored); 'Kế hoạch 2025' → target; 'So với cùng kỳ (%)' cells are percent figures whose period (2024) is not",
    "in their header: inherited (not scored). Row 'Trung tâm Y tế huyện Bình Sơn' → location Bình Sơn. Cells get no total.",
    "'tăng 9 quầy' → change in quầy (no baseline). '90,8% (chỉ tiêu năm 2024 là 90%)' → target 90, period năm 2024 (same sentence).",
    "Section II sentence starts 'Năm 2025, phấn đấu': all three clauses are targets for 2025.",
]

if __name__ == "__main__":
    write("p1398-3", TEXT, NOTES, FIGS, published="2025-01-15", location="Quảng Ngãi")

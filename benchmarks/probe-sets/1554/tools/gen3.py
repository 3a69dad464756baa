"""p1554-3: formal report (Sở Xây dựng Phú Thọ): tiles 2024 and plan 2025, flattened '|' table by company."""
from lib import fig, per, inh, chg, write

TEXT = """UBND TỈNH PHÚ THỌ
SỞ XÂY DỰNG
Số: 56/BC-SXD
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Phú Thọ, ngày 15 tháng 01 năm 2025

BÁO CÁO
Tình hình sản xuất, tiêu thụ gạch ốp lát năm 2024 và kế hoạch năm 2025

I. TÌNH HÌNH THỰC HIỆN NĂM 2024
1. Kết quả chung
Năm 2024, sản lượng gạch ốp lát toàn tỉnh đạt 38,4 triệu m2, tăng 6,1% so với năm 2023, đạt 101,1% kế hoạch; sản lượng tiêu thụ 35,9 triệu m2; tồn kho cuối năm khoảng 4,2 triệu m2. Giá trị sản xuất ước đạt 3.950 tỷ đồng.

2. Sản lượng theo doanh nghiệp
Đơn vị tính: nghìn m2
TT | Doanh nghiệp | Năm 2023 | Năm 2024 | So với cùng kỳ (%) | Kế hoạch 2025
1 | Công ty CP Gạch men Phong Châu | 17.850 | 18.960 | 106,2 | 19.500
2 | Công ty TNHH Ceramic Hùng Lô | 11.200 | 11.640 | 103,9 | 12.000
3 | Công ty CP Vật liệu Sông Thao | 7.150 | 7.800 | 109,1 | 8.500
Tổng cộng | | 36.200 | 38.400 | 106,1 | 40.000

3. Xuất khẩu, lao động
Kim ngạch xuất khẩu gạch ốp lát năm 2024 đạt 21,5 triệu USD, tăng 2,3 triệu USD so với năm 2023, chủ yếu sang Philippines, Đài Loan (Trung Quốc) và Hàn Quốc. Các doanh nghiệp sử dụng 2.740 lao động, thu nhập bình quân 8,9 triệu đồng/người/tháng.

II. KẾ HOẠCH NĂM 2025
Phấn đấu sản lượng năm 2025 đạt 40 triệu m2; hoàn thành chuyển đổi 2 lò nung sang sử dụng khí hóa than sạch trước ngày 30/6/2025; kiểm tra chất lượng ít nhất 24 lô sản phẩm lưu thông theo QCVN 16:2023/BXD.

Nơi nhận:
- UBND tỉnh (b/c);
- Bộ Xây dựng;
- Lưu: VT, QLXD.
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
EOY = per("cuối năm", None, "2024-12-31")
Y24b = per("năm 2024", "2024-01-01", "2024-12-31")
C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
K25 = per("Kế hoạch 2025", "2025-01-01", "2025-12-31")
Y25 = per("năm 2025", "2025-01-01", "2025-12-31")
DL = per("trước ngày 30/6/2025", None, "2025-06-30")

COLS = ["năm 2023", "năm 2024", "so với cùng kỳ (%)", "kế hoạch 2025"]


def cell(anchor, number, row, col):
    if col == "so với cùng kỳ (%)":
        return fig(anchor, number, float(number.replace(",", ".")), "percent", "%",
                   subject=f"sản lượng {row} so với cùng kỳ", period=inh(Y24))
    v = float(number.replace(".", "")) * 1e3
    kw = {}
    if col == "năm 2023":
        p = C23
    elif col == "năm 2024":
        p = Y24
    else:
        p, kw = K25, {"status": "target"}
    return fig(anchor, number, v, "measure", "m2", subject=f"sản lượng {row} {col}", period=p, **kw)


ROWS = [("Công ty CP Gạch men Phong Châu", ["17.850", "18.960", "106,2", "19.500"]),
        ("Công ty TNHH Ceramic Hùng Lô", ["11.200", "11.640", "103,9", "12.000"]),
        ("Công ty CP Vật liệu Sông Thao", ["7.150", "7.800", "109,1", "8.500"]),
        ("Tổng cộng |", ["36.200", "38.400", "106,1", "40.000"])]
CELLS = []
for label, nums in ROWS:
    prev = label
    row = label.rstrip(" |")
    for col, n in zip(COLS, nums):
        CELLS.append(cell(f"{prev} | {n}", n, row if row != "Tổng cộng" else "tổng cộng", col))
        prev = n

FIGS = [
    fig("đạt 38,4 triệu", "38,4", 38.4e6, "measure", "m2", percent=101.1,
        change=chg("increase", 6.1, "%", "năm 2023"), subject="sản lượng gạch ốp lát toàn tỉnh", period=Y24),
    fig("tiêu thụ 35,9 triệu", "35,9", 35.9e6, "measure", "m2", subject="sản lượng tiêu thụ", period=Y24),
    fig("khoảng 4,2 triệu", "4,2", 4.2e6, "measure", "m2", approx="about", subject="tồn kho cuối năm",
        period=EOY),
    fig("ước đạt 3.950 tỷ", "3.950", 3950e9, "money", "đồng", status="estimate",
        subject="giá trị sản xuất", period=inh(Y24)),
] + CELLS + [
    fig("đạt 21,5 triệu", "21,5", 21.5e6, "money", "USD", change=chg("increase", 2.3e6, "USD", "năm 2023"),
        subject="kim ngạch xuất khẩu gạch ốp lát", period=Y24b),
    fig("sử dụng 2.740 lao động", "2.740", 2740, "count", "lao động", subject="lao động các doanh nghiệp sử dụng"),
    fig("bình quân 8,9 triệu", "8,9", 8.9e6, "money", "đồng/người/tháng", subject="thu nhập bình quân"),
    fig("đạt 40 triệu", "40", 40e6, "measure", "m2", status="target", subject="sản lượng", period=Y25),
    fig("chuyển đổi 2 lò nung", "2", 2, "count", "lò nung", status="target",
        subject="lò nung chuyển đổi sang sử dụng khí hóa than sạch", period=DL),
    fig("ít nhất 24 lô", "24", 24, "count", "lô", approx="at_least", status="target",
        subject="lô sản phẩm lưu thông kiểm tra chất lượng", period=Y25),
]

NOTES = [
    "Formal report (UBND TỈNH PHÚ THỌ / SỞ XÂY DỰNG, Số: 56/BC-SXD, 'Phú Thọ, ngày 15 tháng 01 năm 2025'), sections I/II and 1-3, 'Nơi nhận'.",
    "Distractors: Số: 56/BC-SXD, the letterhead date, section numbers I., II., 1.-3., table row numbers 1-3, '30/6/2025', QCVN 16:2023/BXD, 'Lưu: VT, QLXD'.",
    "Flattened '|' table, 'Đơn vị tính: nghìn m2': 17.850 = 17 850 000 m2. Period from the column header; 'Kế hoạch 2025' → target.",
    "Column 'So với cùng kỳ (%)': percent figures; the header states no year, so the period (2024, compared with 2023) is marked inherited.",
    "Table cells take no total (the 'Tổng cộng' row is a figure of its own). Row sums and ratios are consistent.",
    "'đạt 101,1% kế hoạch' is the percent attribute of 38,4 triệu m2; 'tăng 2,3 triệu USD so với năm 2023' a change in USD.",
    "'tồn kho cuối năm' is a stock at year end: start null, end 2024-12-31. 'Giá trị sản xuất ước đạt' stands in its own sentence: period inherited.",
    "'trước ngày 30/6/2025' is a deadline: start null, end 2025-06-30. Section II 'Phấn đấu' governs all three clauses: target.",
]

if __name__ == "__main__":
    write("p1554-3", TEXT, NOTES, FIGS, published="2025-01-15", location="Phú Thọ")

"""p1322-3: formal report (Sở Du lịch Quảng Bình, Số: 415/BC-SDL): lodging 11 months 2024, flattened '|' table by place."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH QUẢNG BÌNH
SỞ DU LỊCH
Số: 415/BC-SDL
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Bình, ngày 05 tháng 12 năm 2024

BÁO CÁO
Tình hình hoạt động cơ sở lưu trú du lịch 11 tháng năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Cơ sở lưu trú
Tính đến ngày 30/11/2024, toàn tỉnh có 612 cơ sở lưu trú du lịch với 11.840 buồng, tăng 46 cơ sở so với cuối năm 2023. Trong đó có 9 khách sạn 4 sao, 15 khách sạn 3 sao với tổng cộng 2.135 buồng.

2. Khách lưu trú
11 tháng năm 2024, các cơ sở lưu trú phục vụ 1,95 triệu lượt khách, tăng 12,3% so với cùng kỳ, đạt 97,5% kế hoạch năm; công suất sử dụng buồng bình quân 48,6%, riêng tháng 7 và tháng 8 đạt trên 85%. Thời gian lưu trú bình quân 1,8 ngày/khách.

Lượt khách lưu trú theo địa bàn
Đơn vị tính: nghìn lượt
Địa bàn | 11 tháng năm 2023 | 11 tháng năm 2024 | So với cùng kỳ (%)
TP Đồng Hới | 812,5 | 905,3 | 111,4
Huyện Bố Trạch | 641,2 | 728,6 | 113,6
Huyện Quảng Ninh | 118,4 | 129,7 | 109,5
Các địa phương còn lại | 164,3 | 186,4 | 113,5
Tổng số | 1.736,4 | 1.950,0 | 112,3

II. NHIỆM VỤ THÁNG 12
Phấn đấu cả năm 2024 đón trên 2,1 triệu lượt khách lưu trú, công suất buồng bình quân đạt 50%. Dự kiến trong tháng 12, Khách sạn Nhật Lệ Riverside tại phường Hải Thành, TP Đồng Hới (quy mô 120 buồng) đi vào hoạt động theo Quyết định số 2350/QĐ-UBND.

Nơi nhận:
- Cục Du lịch Quốc gia Việt Nam;
- UBND tỉnh (b/c);
- Lưu: VT, QLLT.
"""

ASOF = per("Tính đến ngày 30/11/2024", None, "2024-11-30")
M11 = per("11 tháng năm 2024", "2024-01-01", "2024-11-30")
JA = per("tháng 7 và tháng 8", "2024-07-01", "2024-08-31")
C23 = per("11 tháng năm 2023", "2023-01-01", "2023-11-30")
C24 = per("11 tháng năm 2024", "2024-01-01", "2024-11-30")
Y24 = per("cả năm 2024", "2024-01-01", "2024-12-31")
DEC = per("tháng 12", "2024-12-01", "2024-12-31")

ROWS = [("TP Đồng Hới", "Đồng Hới", ["812,5", "905,3", "111,4"]),
        ("Huyện Bố Trạch", "Bố Trạch", ["641,2", "728,6", "113,6"]),
        ("Huyện Quảng Ninh", "Quảng Ninh", ["118,4", "129,7", "109,5"]),
        ("Các địa phương còn lại", None, ["164,3", "186,4", "113,5"]),
        ("Tổng số", None, ["1.736,4", "1.950,0", "112,3"])]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


CELLS = []
for label, place, (a, b, c) in ROWS:
    extra = {"location": place} if place else {}
    row = "" if place else " " + label.lower()
    CELLS += [
        fig(f"{label} | {a}", a, num(a) * 1e3, "count", "lượt",
            subject=f"lượt khách lưu trú{row} 11 tháng năm 2023", period=C23, **extra),
        fig(f"{a} | {b}", b, num(b) * 1e3, "count", "lượt",
            subject=f"lượt khách lưu trú{row} 11 tháng năm 2024", period=C24, **extra),
        fig(f"{b} | {c}", c, num(c), "percent", "%",
            subject=f"lượt khách lưu trú{row} so với cùng kỳ", **extra),
    ]

FIGS = [
    fig("có 612 cơ sở", "612", 612, "count", "cơ sở lưu trú du lịch",
        change=chg("increase", 46, "cơ sở", "cuối năm 2023"), subject="cơ sở lưu trú du lịch", period=ASOF),
    fig("với 11.840 buồng", "11.840", 11840, "count", "buồng",
        subject="buồng của các cơ sở lưu trú du lịch", period=ASOF),
    fig("có 9 khách sạn", "9", 9, "count", "khách sạn", total=612, subject="khách sạn 4 sao", period=inh(ASOF)),
    fig("15 khách sạn", "15", 15, "count", "khách sạn", total=612, subject="khách sạn 3 sao", period=inh(ASOF)),
    fig("cộng 2.135 buồng", "2.135", 2135, "count", "buồng", total=11840,
        subject="buồng của các khách sạn 3-4 sao", period=inh(ASOF)),
    fig("vụ 1,95 triệu", "1,95", 1.95e6, "count", "lượt khách", percent=97.5,
        change=chg("increase", 12.3, "%", "cùng kỳ"), subject="lượt khách các cơ sở lưu trú phục vụ", period=M11),
    fig("bình quân 48,6%", "48,6", 48.6, "percent", "%", subject="công suất sử dụng buồng bình quân", period=M11),
    fig("trên 85%", "85", 85, "percent", "%", approx="over",
        subject="công suất sử dụng buồng bình quân tháng 7 và tháng 8", period=JA),
    fig("bình quân 1,8 ngày", "1,8", 1.8, "measure", "ngày/khách", subject="thời gian lưu trú bình quân",
        period=inh(M11)),
] + CELLS + [
    fig("trên 2,1 triệu", "2,1", 2.1e6, "count", "lượt khách", approx="over", status="target",
        subject="lượt khách lưu trú cả năm", period=Y24),
    fig("đạt 50%", "50", 50, "percent", "%", status="target", subject="công suất buồng bình quân", period=Y24),
    fig("quy mô 120 buồng", "120", 120, "count", "buồng", status="forecast",
        subject="quy mô Khách sạn Nhật Lệ Riverside", period=DEC, location="Đồng Hới"),
]

NOTES = [
    "Formal report: 'UBND TỈNH QUẢNG BÌNH / SỞ DU LỊCH', 'Số: 415/BC-SDL', 'Quảng Bình, ngày 05 tháng 12 năm 2024' (published), sections I/II, 1-2, 'Nơi nhận'.",
    "Distractors: Số 415/BC-SDL, letterhead date, '30/11/2024', '4 sao', '3 sao', 'tháng 12' in the section head, Quyết định số 2350/QĐ-UBND, section numbers.",
    "As-of date 'Tính đến ngày 30/11/2024' (start null); 'Trong đó' after a sentence break: hotels take 612, rooms take 11.840; period inherited.",
    "'riêng tháng 7 và tháng 8 đạt trên 85%': one figure over the two months (2024-07-01..2024-08-31). 'Thời gian lưu trú bình quân 1,8 ngày/khách' is a measure.",
    "Flattened '|' table, 'Đơn vị tính: nghìn lượt': count cells ×10^3, unit lượt; period from the column header (scored);",
    "'So với cùng kỳ (%)' cells are percent figures, no period; place rows → location (Huyện Quảng Ninh is a district of Quảng Bình);",
    "'Các địa phương còn lại' and 'Tổng số' stay Quảng Bình with the row label in the subject; cells get no total.",
    "Section II: 'Phấn đấu' governs both clauses (target, cả năm 2024); 'Dự kiến trong tháng 12' → forecast, location Đồng Hới.",
]

if __name__ == "__main__":
    write("p1322-3", TEXT, NOTES, FIGS, published="2024-12-05", location="Quảng Bình")

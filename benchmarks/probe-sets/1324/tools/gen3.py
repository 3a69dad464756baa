"""p1324-3: formal report (UBND tỉnh Quảng Ninh, Số: 18/BC-UBND): amusement parks 2024, flattened '|' table with a place column."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH QUẢNG NINH
Số: 18/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Ninh, ngày 10 tháng 01 năm 2025

BÁO CÁO
Kết quả hoạt động các khu vui chơi giải trí năm 2024, phương hướng năm 2025

I. KẾT QUẢ NĂM 2024
1. Tình hình chung
Năm 2024, 4 khu vui chơi giải trí, công viên chủ đề lớn trên địa bàn tỉnh đón 4,1 triệu lượt khách, tăng 9,3% so với năm 2023, vượt 2,5% kế hoạch; tổng doanh thu đạt 3.280 tỷ đồng, nộp ngân sách 412 tỷ đồng.

2. Lượt khách theo đơn vị
Đơn vị tính: nghìn lượt khách
Đơn vị | Địa bàn | Năm 2023 | Năm 2024 | So với cùng kỳ (%)
Công viên chủ đề Vịnh Rồng | TP Hạ Long | 2.150 | 2.380 | 110,7
Khu vui chơi Đảo Ngọc Xanh | TP Móng Cái | 640 | 702 | 109,7
Công viên nước Bãi Cháy Xanh | TP Hạ Long | 575 | 598 | 104,0
Khu giải trí Yên Tử Sơn | TP Uông Bí | 386 | 420 | 108,8
Tổng cộng | | 3.751 | 4.100 | 109,3

3. An toàn trò chơi
Trong năm, các đơn vị đã kiểm định 312/326 thiết bị trò chơi, đạt 95,7%; không để xảy ra tai nạn nghiêm trọng.

II. PHƯƠNG HƯỚNG NĂM 2025
Phấn đấu năm 2025 các khu vui chơi đón từ 4,4 đến 4,5 triệu lượt khách; hoàn thành kiểm định 100% thiết bị; thu hút ít nhất 1 dự án công viên chủ đề mới tại huyện Vân Đồn.

Nơi nhận:
- Bộ Văn hóa, Thể thao và Du lịch (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, VX1.
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y24IN = per("Năm 2024", "2024-01-01", "2024-12-31", inherited=True)
INYEAR = per("Trong năm", "2024-01-01", "2024-12-31")
Y25 = per("năm 2025", "2025-01-01", "2025-12-31")

ROWS = [
    ("Công viên chủ đề Vịnh Rồng", "Hạ Long", "TP Hạ Long", ["2.150", "2.380", "110,7"]),
    ("Khu vui chơi Đảo Ngọc Xanh", "Móng Cái", "TP Móng Cái", ["640", "702", "109,7"]),
    ("Công viên nước Bãi Cháy Xanh", "Hạ Long", "TP Hạ Long", ["575", "598", "104,0"]),
    ("Khu giải trí Yên Tử Sơn", "Uông Bí", "TP Uông Bí", ["386", "420", "108,8"]),
    ("Tổng cộng", "Quảng Ninh", "", ["3.751", "4.100", "109,3"]),
]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


CELLS = []
for label, loc, cellplace, (a, b, c) in ROWS:
    first = f"{cellplace} | {a}" if cellplace else f"| | {a}"
    CELLS += [
        fig(first, a, num(a) * 1e3, "count", "lượt khách", subject=f"lượt khách {label} năm 2023",
            period=Y23, location=loc),
        fig(f"{a} | {b}", b, num(b) * 1e3, "count", "lượt khách", subject=f"lượt khách {label} năm 2024",
            period=Y24, location=loc),
        fig(f"{b} | {c}", c, num(c), "percent", "%", subject=f"lượt khách {label} so với cùng kỳ",
            period=Y24IN, location=loc),
    ]

FIGS = [
    fig("Năm 2024, 4 khu", "4", 4, "count", "khu vui chơi giải trí",
        subject="khu vui chơi giải trí, công viên chủ đề lớn", period=Y24),
    fig("đón 4,1 triệu", "4,1", 4.1e6, "count", "lượt khách",
        change=chg("increase", 9.3, "%", "năm 2023"),
        subject="lượt khách các khu vui chơi giải trí, công viên chủ đề đón", period=Y24),
    fig("vượt 2,5%", "2,5", 2.5, "percent", "%", subject="lượt khách so với kế hoạch", period=Y24,
        optional=True),
    fig("đạt 3.280 tỷ", "3.280", 3280e9, "money", "đồng", subject="tổng doanh thu", period=Y24),
    fig("sách 412 tỷ", "412", 412e9, "money", "đồng", subject="nộp ngân sách", period=Y24),
] + CELLS + [
    fig("định 312/326", "312", 312, "count", "thiết bị", total=326, percent=95.7,
        subject="thiết bị trò chơi được kiểm định", period=INYEAR),
    fig("từ 4,4 đến 4,5", "4,4", 4.4e6, "count", "lượt khách", value_max=4.5e6, status="target",
        subject="lượt khách các khu vui chơi đón", period=Y25),
    fig("định 100%", "100", 100, "percent", "%", status="target", subject="thiết bị hoàn thành kiểm định",
        period=Y25),
    fig("ít nhất 1 dự án", "1", 1, "count", "dự án", approx="at_least", status="target",
        subject="dự án công viên chủ đề mới thu hút", period=Y25, location="Vân Đồn"),
]

NOTES = [
    "Formal report (UBND tỉnh Quảng Ninh): letterhead, 'Số: 18/BC-UBND', 'Quảng Ninh, ngày 10 tháng 01 năm 2025', sections I/II, 1-3, 'Nơi nhận'.",
    "Distractors: 18/BC-UBND, the letterhead date, section numbers, 'VX1', '(b/c)'.",
    "'tăng 9,3% so với năm 2023' is the change of 4,1 triệu; the second comparison 'vượt 2,5% kế hoạch' is a percent figure of its own, optional (spec: one change per figure).",
    "Flattened '|' table, 'Đơn vị tính: nghìn lượt khách' (2.150 = 2 150 000 lượt khách); the 'Địa bàn' column gives the location (Hạ Long, Móng Cái, Uông Bí), 'Tổng cộng' is the province.",
    "Column headers 'Năm 2023'/'Năm 2024' give scored periods; 'So với cùng kỳ (%)' cells are percent figures (index, 2024 against 2023), period năm 2024 from the section heading: inherited.",
    "'312/326 thiết bị, đạt 95,7%': total 326, percent 95,7; 'Trong năm' takes 2024 (nearest earlier year in the article).",
    "Section II: 'Phấn đấu năm 2025' governs all three ';' clauses (target); 'ít nhất 1 dự án ... tại huyện Vân Đồn' located in Vân Đồn.",
]

if __name__ == "__main__":
    write("p1324-3", TEXT, NOTES, FIGS, published="2025-01-10", location="Quảng Ninh")

"""p1481-3: formal report (UBND tỉnh Tây Ninh, Số: 27/BC-UBND): woven PP bags 2024, flattened '|' table by product."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH TÂY NINH
Số: 27/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Tây Ninh, ngày 16 tháng 01 năm 2025

BÁO CÁO
Tình hình sản xuất bao bì PP dệt năm 2024 và kế hoạch năm 2025

I. KẾT QUẢ THỰC HIỆN NĂM 2024
1. Năng lực sản xuất
Toàn tỉnh có 17 doanh nghiệp sản xuất bao bì PP dệt, trong đó 9 doanh nghiệp có vốn đầu tư nước ngoài, tập trung tại KCN Thành Thành Công, KCN Phước Đông và thị xã Trảng Bàng; tổng công suất thiết kế 42.000 tấn/năm.

2. Sản lượng
Năm 2024, sản lượng bao bì PP dệt đạt 35.570 tấn, tăng 12% so với năm 2023, bằng 101,6% kế hoạch; giá trị sản xuất ước đạt 1.280 tỷ đồng. Khoảng 65% sản lượng cung ứng cho các nhà máy chế biến tinh bột sắn và đường trong tỉnh.

Đơn vị tính: tấn
STT | Sản phẩm | Năm 2023 | Năm 2024 | So với cùng kỳ (%) | Kế hoạch 2025
1 | Bao PP dệt thường | 21.450 | 23.800 | 111,0 | 25.000
2 | Bao PP tráng màng | 6.320 | 7.150 | 113,1 | 8.000
3 | Bao jumbo | 3.980 | 4.620 | 116,1 | 5.200
 | Tổng cộng | 31.750 | 35.570 | 112,0 | 38.200

3. Lao động
Các doanh nghiệp sử dụng trên 4.100 lao động, thu nhập bình quân 7,6 triệu đồng/người/tháng. Giá hạt nhựa PP tăng 8-10% so với đầu năm khiến chi phí sản xuất tăng.

II. KẾ HOẠCH NĂM 2025
Phấn đấu sản lượng đạt 38.200 tấn; thu hút thêm từ 2 đến 3 dự án sản xuất bao bì; tỷ lệ nội địa hóa nguyên liệu đạt ít nhất 40%.

Nơi nhận:
- Bộ Công Thương;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KT.
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y23c = per("Năm 2023", "2023-01-01", "2023-12-31")
K25 = per("Kế hoạch 2025", "2025-01-01", "2025-12-31")
P25 = per("KẾ HOẠCH NĂM 2025", "2025-01-01", "2025-12-31", inherited=True)
P24 = per("KẾT QUẢ THỰC HIỆN NĂM 2024", "2024-01-01", "2024-12-31", inherited=True)


def cell(anchor, number, row, col):
    kw = {}
    if col == "so với cùng kỳ":
        return fig(anchor, number, float(number.replace(",", ".")), "percent", "%",
                   subject=f"sản lượng {row} so với cùng kỳ")
    if col == "kế hoạch 2025":
        kw = {"status": "target"}
    p = {"năm 2023": Y23c, "năm 2024": Y24, "kế hoạch 2025": K25}[col]
    v = float(number.replace(".", "").replace(",", "."))
    return fig(anchor, number, v, "measure", "tấn", subject=f"sản lượng {row} {col}", period=p, **kw)


COLS = ["năm 2023", "năm 2024", "so với cùng kỳ", "kế hoạch 2025"]
ROWS = [("Bao PP dệt thường", "bao PP dệt thường", ["21.450", "23.800", "111,0", "25.000"]),
        ("Bao PP tráng màng", "bao PP tráng màng", ["6.320", "7.150", "113,1", "8.000"]),
        ("Bao jumbo", "bao jumbo", ["3.980", "4.620", "116,1", "5.200"]),
        ("Tổng cộng", "tổng cộng", ["31.750", "35.570", "112,0", "38.200"])]
CELLS = []
for label, row, nums in ROWS:
    prev = label
    for col, n in zip(COLS, nums):
        CELLS.append(cell(f"{prev} | {n}", n, row, col))
        prev = n

FIGS = [
    fig("có 17 doanh nghiệp", "17", 17, "count", "doanh nghiệp",
        subject="doanh nghiệp sản xuất bao bì PP dệt", period=P24),
    fig("9 doanh nghiệp có vốn", "9", 9, "count", "doanh nghiệp", total=17,
        subject="doanh nghiệp có vốn đầu tư nước ngoài", period=P24),
    fig("42.000 tấn/năm", "42.000", 42000, "measure", "tấn/năm", subject="tổng công suất thiết kế"),
    fig("đạt 35.570 tấn", "35.570", 35570, "measure", "tấn", change=chg("increase", 12, "%", "năm 2023"),
        percent=101.6, subject="sản lượng bao bì PP dệt", period=Y24),
    fig("ước đạt 1.280 tỷ", "1.280", 1280e9, "money", "đồng", status="estimate",
        subject="giá trị sản xuất", period=Y24),
    fig("Khoảng 65%", "65", 65, "percent", "%", approx="about",
        subject="sản lượng cung ứng cho các nhà máy chế biến tinh bột sắn và đường trong tỉnh", period=inh(Y24)),
] + CELLS + [
    fig("trên 4.100 lao động", "4.100", 4100, "count", "lao động", approx="over",
        subject="lao động các doanh nghiệp sử dụng", period=P24),
    fig("7,6 triệu", "7,6", 7.6e6, "money", "đồng/người/tháng", subject="thu nhập bình quân", period=P24),
    fig("tăng 8-10%", "8", 8, "percent", "%", value_max=10, subject="giá hạt nhựa PP"),
    fig("đạt 38.200 tấn", "38.200", 38200, "measure", "tấn", status="target",
        subject="sản lượng", period=P25),
    fig("từ 2 đến 3 dự án", "2", 2, "count", "dự án", value_max=3, status="target",
        subject="dự án sản xuất bao bì thu hút thêm", period=P25),
    fig("ít nhất 40%", "40", 40, "percent", "%", approx="at_least", status="target",
        subject="tỷ lệ nội địa hóa nguyên liệu", period=P25),
]

NOTES = [
    "Formal report: 'UBND TỈNH TÂY NINH', 'Số: 27/BC-UBND', 'Tây Ninh, ngày 16 tháng 01 năm 2025' (published), sections I/II and 1-3, 'Nơi nhận'.",
    "Distractors: Số: 27/BC-UBND, letterhead date, section numbers I./II./1.-3., STT column 1-3 (row numbers), 'Lưu: VT, KT'.",
    "Flattened '|' table, 'Đơn vị tính: tấn'; rows are products, so location stays Tây Ninh; subject = row label + column label;",
    "period from the column header (scored) for the tonne columns; 'Kế hoạch 2025' → target; 'So với cùng kỳ (%)' cells are percent",
    "figures (unit from the header, not the Đơn vị tính line) with no period (the header names none) and status actual; cells get no total.",
    "Section headers 'I. KẾT QUẢ THỰC HIỆN NĂM 2024' and 'II. KẾ HOẠCH NĂM 2025' give inherited periods (not scored) to sentences without one.",
    "'Phấn đấu ...;' governs the ';'-continued clauses: 38.200 tấn, 2-3 dự án, ít nhất 40% are all targets.",
    "'bằng 101,6% kế hoạch' → percent 101.6 of 35.570 tấn; 'Giá hạt nhựa PP tăng 8-10%' is a growth rate as the claim (range, no change).",
]

if __name__ == "__main__":
    write("p1481-3", TEXT, NOTES, FIGS, published="2025-01-16", location="Tây Ninh")

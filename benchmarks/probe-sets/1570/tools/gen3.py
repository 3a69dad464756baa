"""p1570-3: formal report (Sở Công Thương Khánh Hòa, Số: 125/BC-SCT): souvenirs 2024, flattened '|' table."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH KHÁNH HÒA
SỞ CÔNG THƯƠNG
Số: 125/BC-SCT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Khánh Hòa, ngày 15 tháng 01 năm 2025

BÁO CÁO
Kết quả sản xuất hàng lưu niệm, quà tặng du lịch năm 2024

I. KẾT QUẢ THỰC HIỆN NĂM 2024
1. Sản xuất
Năm 2024, toàn tỉnh có 58 cơ sở sản xuất hàng lưu niệm, tăng 6 cơ sở so với năm 2023, tập trung chủ yếu tại TP Nha Trang (34 cơ sở) và TP Cam Ranh (9 cơ sở). Sản lượng các nhóm sản phẩm chính như sau:

Đơn vị tính: nghìn sản phẩm
STT | Nhóm sản phẩm | Năm 2023 | Năm 2024 | So với cùng kỳ (%) | Kế hoạch 2025
1 | Móc khóa | 412,0 | 468,5 | 113,7 | 500,0
2 | Tượng, tranh nhỏ | 96,4 | 101,2 | 105,0 | 110,0
3 | Đồ lưu niệm từ vỏ ốc | 188,6 | 175,3 | 92,9 | 180,0
 | Tổng cộng | 697,0 | 745,0 | 106,9 | 790,0

2. Tiêu thụ
Doanh thu bán hàng lưu niệm năm 2024 ước đạt 236 tỷ đồng, tăng 8,5% so với năm 2023; trong đó bán cho khách quốc tế chiếm khoảng 62%. Giá móc khóa trầm hương phổ biến từ 50.000 đến 120.000 đồng/chiếc.

II. NHIỆM VỤ NĂM 2025
Phấn đấu doanh thu hàng lưu niệm đạt 260 tỷ đồng; hỗ trợ ít nhất 10 cơ sở đổi mới thiết bị; có thêm 3 sản phẩm đạt OCOP 4 sao.

Nơi nhận:
- UBND tỉnh (b/c);
- Sở Văn hóa và Thể thao;
- Lưu: VT, QLCN.

KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
Lê Minh Tâm
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y24b = per("năm 2024", "2024-01-01", "2024-12-31")
K25 = per("Kế hoạch 2025", "2025-01-01", "2025-12-31")
N25 = per("NĂM 2025", "2025-01-01", "2025-12-31", inherited=True)
COLS = ["Năm 2023", "Năm 2024", "So với cùng kỳ (%)", "Kế hoạch 2025"]


def cell(anchor, number, row, col):
    v = float(number.replace(",", "."))
    if col.startswith("So với"):
        return fig(anchor, number, v, "percent", "%", subject=f"sản lượng {row} so với cùng kỳ")
    kw = {"status": "target"} if col.startswith("Kế hoạch") else {}
    p = {"Năm 2023": Y23, "Năm 2024": Y24, "Kế hoạch 2025": K25}[col]
    return fig(anchor, number, v * 1e3, "count", "sản phẩm", subject=f"sản lượng {row} {col.lower()}",
               period=p, **kw)


ROWS = [("Móc khóa", "móc khóa", ["412,0", "468,5", "113,7", "500,0"]),
        ("Tượng, tranh nhỏ", "tượng, tranh nhỏ", ["96,4", "101,2", "105,0", "110,0"]),
        ("Đồ lưu niệm từ vỏ ốc", "đồ lưu niệm từ vỏ ốc", ["188,6", "175,3", "92,9", "180,0"]),
        ("Tổng cộng", "tổng cộng", ["697,0", "745,0", "106,9", "790,0"])]
CELLS = []
for label, row, nums in ROWS:
    prev = label
    for col, n in zip(COLS, nums):
        CELLS.append(cell(f"{prev} | {n}", n, row, col))
        prev = n

FIGS = [
    fig("có 58 cơ sở", "58", 58, "count", "cơ sở", change=chg("increase", 6, "cơ sở", "năm 2023"),
        subject="cơ sở sản xuất hàng lưu niệm", period=Y24),
    fig("Nha Trang (34 cơ sở)", "34", 34, "count", "cơ sở", subject="cơ sở sản xuất hàng lưu niệm",
        period=Y24, location="Nha Trang"),
    fig("Cam Ranh (9 cơ sở)", "9", 9, "count", "cơ sở", subject="cơ sở sản xuất hàng lưu niệm",
        period=Y24, location="Cam Ranh"),
] + CELLS + [
    fig("ước đạt 236 tỷ", "236", 236e9, "money", "đồng", status="estimate",
        change=chg("increase", 8.5, "%", "năm 2023"), subject="doanh thu bán hàng lưu niệm", period=Y24b),
    fig("chiếm khoảng 62%", "62", 62, "percent", "%", approx="about", status="estimate",
        subject="doanh thu bán cho khách quốc tế", period=Y24b),
    fig("từ 50.000 đến 120.000", "50.000", 50000, "money", "đồng/chiếc", value_max=120000,
        subject="giá móc khóa trầm hương"),
    fig("đạt 260 tỷ", "260", 260e9, "money", "đồng", status="target",
        subject="doanh thu hàng lưu niệm", period=N25),
    fig("ít nhất 10 cơ sở", "10", 10, "count", "cơ sở", approx="at_least", status="target",
        subject="cơ sở được hỗ trợ đổi mới thiết bị", period=N25),
    fig("thêm 3 sản phẩm", "3", 3, "count", "sản phẩm", status="target",
        subject="sản phẩm đạt OCOP 4 sao có thêm", period=N25),
]

NOTES = [
    "Formal report: 'UBND TỈNH KHÁNH HÒA / SỞ CÔNG THƯƠNG', 'Số: 125/BC-SCT', 'Khánh Hòa, ngày 15 tháng 01 năm 2025' (published),",
    "sections I/II and 1-2, 'Nơi nhận', signature block.",
    "Flattened '|' table with an STT column and 'Đơn vị tính: nghìn sản phẩm': count cells in sản phẩm ×10^3; STT numbers 1-3 are not figures.",
    "Subject = row label + column label; period from the column header (scored); 'Kế hoạch 2025' → target; 'So với cùng kỳ (%)' cells",
    "are percent figures with no period (the header names none) and status actual; table cells get no total.",
    "'tập trung chủ yếu tại TP Nha Trang (34 cơ sở) và TP Cam Ranh (9 cơ sở)' do not add up to 58 → no total; places → location.",
    "'trong đó bán cho khách quốc tế chiếm khoảng 62%' is a percent figure of its own (no amount), status estimate from its whole.",
    "Section II: heading 'NHIỆM VỤ NĂM 2025' + 'Phấn đấu' governs the ';' chain: all target, period inherited from the heading.",
    "Distractors: Số: 125/BC-SCT, the letterhead date, I./II./1./2., STT 1-3, 'OCOP 4 sao', 'Lưu: VT, QLCN'.",
]

if __name__ == "__main__":
    write("p1570-3", TEXT, NOTES, FIGS, published="2025-01-15", location="Khánh Hòa")

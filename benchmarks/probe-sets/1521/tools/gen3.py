"""p1521-3: formal report (Sở Công Thương Lạng Sơn): imports and trade of interior-decoration materials 2024, '|' table."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH LẠNG SƠN
SỞ CÔNG THƯƠNG
Số: 214/BC-SCT

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Lạng Sơn, ngày 15 tháng 01 năm 2025

BÁO CÁO
Tình hình nhập khẩu, kinh doanh vật liệu trang trí nội thất năm 2024

I. KẾT QUẢ THỰC HIỆN NĂM 2024
1. Nhập khẩu
Năm 2024, kim ngạch nhập khẩu giấy dán tường, tấm ốp tường và vật liệu trang trí nội thất qua các cửa khẩu trên địa bàn tỉnh ước đạt 96,4 triệu USD, tăng 11,5% so với năm 2023, chi tiết như sau:

Đơn vị tính: nghìn USD
Mặt hàng | Năm 2023 | Ước năm 2024 | So với cùng kỳ (%)
Giấy dán tường | 31.250 | 34.870 | 111,6
Tấm ốp tường nhựa, nano | 42.610 | 48.930 | 114,8
Tấm ốp gỗ, vật liệu khác | 12.600 | 12.600 | 100,0
Tổng cộng | 86.460 | 96.400 | 111,5

2. Kinh doanh và kiểm tra, kiểm soát
Toàn tỉnh có 58 cơ sở kinh doanh vật liệu trang trí nội thất nhập khẩu, trong đó 21 cơ sở tại TP Lạng Sơn. Lực lượng quản lý thị trường phối hợp với các thành viên Ban Chỉ đạo 389 tỉnh kiểm tra 73 vụ, xử lý 29 vụ vi phạm (hàng không rõ nguồn gốc, không có nhãn phụ tiếng Việt), phạt tiền 412,5 triệu đồng; tịch thu 1.830 cuộn giấy dán tường và 640 tấm ốp tường, trị giá khoảng 265 triệu đồng.

II. NHIỆM VỤ NĂM 2025
Phấn đấu kim ngạch nhập khẩu nhóm hàng đạt 100 triệu USD; kiểm tra ít nhất 80 lượt cơ sở; bảo đảm 100% lô hàng nhập khẩu có giấy chứng nhận hợp quy theo QCVN 16:2023/BXD.

Nơi nhận:
- UBND tỉnh (b/c);
- Cục QLTT tỉnh;
- Lưu: VT, QLTM.

KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
Hoàng Minh Tuấn
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y24H = per("NĂM 2024", "2024-01-01", "2024-12-31", inherited=True)
Y25H = per("NĂM 2025", "2025-01-01", "2025-12-31", inherited=True)
C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
E24 = per("Ước năm 2024", "2024-01-01", "2024-12-31")
CMP = per("Năm 2024", "2024-01-01", "2024-12-31", inherited=True)

ROWS = [("Giấy dán tường", "Giấy dán tường |", ["31.250", "34.870", "111,6"]),
        ("Tấm ốp tường nhựa, nano", "nano |", ["42.610", "48.930", "114,8"]),
        ("Tấm ốp gỗ, vật liệu khác", "khác |", ["12.600", "12.600", "100,0"]),
        ("Tổng cộng", "Tổng cộng |", ["86.460", "96.400", "111,5"])]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


CELLS = []
for label, lead, (a, b, c) in ROWS:
    CELLS.append(fig(f"{lead} {a} |", a, num(a) * 1e3, "money", "USD",
                     subject=f"{label} Năm 2023", period=C23))
    CELLS.append(fig(f"| {b} | {c}", b, num(b) * 1e3, "money", "USD", status="estimate",
                     subject=f"{label} Ước năm 2024", period=E24))
    CELLS.append(fig(f"| {c}\n", c, num(c), "percent", "%",
                     subject=f"{label} So với cùng kỳ", period=CMP))

FIGS = [
    fig("ước đạt 96,4 triệu", "96,4", 96.4e6, "money", "USD", status="estimate",
        change=chg("increase", 11.5, "%", "năm 2023"),
        subject="kim ngạch nhập khẩu giấy dán tường, tấm ốp tường và vật liệu trang trí nội thất qua các cửa khẩu",
        period=Y24),
] + CELLS + [
    fig("có 58 cơ sở", "58", 58, "count", "cơ sở",
        subject="cơ sở kinh doanh vật liệu trang trí nội thất nhập khẩu"),
    fig("21 cơ sở", "21", 21, "count", "cơ sở", total=58,
        subject="cơ sở kinh doanh vật liệu trang trí nội thất nhập khẩu", location="TP Lạng Sơn"),
    fig("kiểm tra 73 vụ", "73", 73, "count", "vụ", subject="vụ kiểm tra", period=Y24H),
    fig("xử lý 29 vụ", "29", 29, "count", "vụ", subject="vụ vi phạm xử lý", period=Y24H),
    fig("412,5 triệu", "412,5", 412.5e6, "money", "đồng", subject="phạt tiền", period=Y24H),
    fig("tịch thu 1.830 cuộn", "1.830", 1830, "count", "cuộn", subject="giấy dán tường tịch thu",
        period=Y24H),
    fig("640 tấm", "640", 640, "count", "tấm", subject="tấm ốp tường tịch thu", period=Y24H),
    fig("khoảng 265 triệu", "265", 265e6, "money", "đồng", approx="about",
        subject="trị giá hàng tịch thu", period=Y24H),
    fig("đạt 100 triệu", "100", 100e6, "money", "USD", status="target",
        subject="kim ngạch nhập khẩu nhóm hàng", period=Y25H),
    fig("ít nhất 80 lượt", "80", 80, "count", "lượt cơ sở", approx="at_least", status="target",
        subject="lượt cơ sở kiểm tra", period=Y25H),
    fig("bảo đảm 100%", "100", 100, "percent", "%", status="target",
        subject="lô hàng nhập khẩu có giấy chứng nhận hợp quy", period=Y25H),
]

NOTES = [
    "Formal report (UBND tỉnh Lạng Sơn / Sở Công Thương, Số: 214/BC-SCT, 15/01/2025): imports of wallpaper and wall panels 2024.",
    "Flattened '|' table, 'Đơn vị tính: nghìn USD': every cell is a figure, ×10³ USD; 'Ước năm 2024' → estimate; 'Năm 2023' → actual.",
    "'So với cùng kỳ (%)' cells are percent figures (index, 111,6 = 111,6%); the header has no year, so their period (2024) is inherited from the lead sentence and not scored; no status cue in that header → actual.",
    "Table subjects = row label + column label; row 'Tổng cộng' cells are figures too; table cells get no total.",
    "21 of 58 ('trong đó'), location TP Lạng Sơn. Section-2 figures have no period in their sentence: inherited 'NĂM 2024' from the heading.",
    "Section II 'NHIỆM VỤ NĂM 2025' + 'Phấn đấu' governs the three ';' clauses → target; year inherited from the heading.",
    "Distractors: Số: 214/BC-SCT, the letterhead date, 'Ban Chỉ đạo 389', QCVN 16:2023/BXD, section numbers I./II./1./2., 'b/c'.",
]

if __name__ == "__main__":
    write("p1521-3", TEXT, NOTES, FIGS, published="2025-01-15", location="Lạng Sơn")

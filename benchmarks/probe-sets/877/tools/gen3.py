"""p877-3: UBND tỉnh Hà Tĩnh formal report — jellyfish season 2024, flattened | table by district."""
from lib import F, P, I, C, T, emit

TEXT = """UBND TỈNH HÀ TĨNH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 236/BC-UBND
Hà Tĩnh, ngày 14 tháng 6 năm 2024

BÁO CÁO
Kết quả khai thác, sơ chế sứa năm 2024 và công tác bảo vệ môi trường

Thực hiện Kế hoạch số 85/KH-UBND ngày 01/3/2024, UBND tỉnh báo cáo như sau:

I. KẾT QUẢ KHAI THÁC
1. Vụ sứa năm 2024 có 1.052 lượt tàu, thuyền tham gia khai thác, tăng 12,8% so với năm 2023. Tổng sản lượng sứa khai thác năm 2024 đạt 14.326 tấn, tăng 27,1% so với năm 2023, bằng 119,4% kế hoạch; giá trị ước đạt 64,5 tỷ đồng.
2. Sản lượng sứa khai thác theo địa phương:
Đơn vị tính: tấn
TT | Địa phương | Năm 2023 | Năm 2024 | Kế hoạch 2025
1 | Nghi Xuân | 2.145 | 2.870 | 3.000
2 | Lộc Hà | 1.980 | 2.415 | 2.600
3 | Thạch Hà | 3.560 | 4.218 | 4.500
4 | Cẩm Xuyên | 2.940 | 3.605 | 3.800
5 | Kỳ Anh | 650 | 1.218 | 1.100
 | Tổng cộng | 11.275 | 14.326 | 15.000

II. CÔNG TÁC SƠ CHẾ VÀ BẢO VỆ MÔI TRƯỜNG
1. Trong vụ năm 2024, toàn tỉnh có 38 cơ sở sơ chế sứa, giảm 5 cơ sở so với năm 2023; trong đó 29 cơ sở đã có hồ sơ môi trường, chiếm 76,3%.
2. Qua kiểm tra, cơ quan chức năng đã xử phạt vi phạm hành chính 7 cơ sở xả nước thải chưa qua xử lý ra môi trường với tổng số tiền 186 triệu đồng theo Nghị định số 45/2022/NĐ-CP.

III. PHƯƠNG HƯỚNG NĂM 2025
Phấn đấu sản lượng sứa khai thác năm 2025 đạt 15.000 tấn; 100% cơ sở sơ chế sứa có hồ sơ môi trường và hệ thống thu gom nước thải.

Nơi nhận:
- Bộ Nông nghiệp và PTNT;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, NL1.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
K25 = P("Kế hoạch 2025", "2025-01-01", "2025-12-31")
NOTES = [
    "Formal report 'Số: 236/BC-UBND', 'Hà Tĩnh, ngày 14 tháng 6 năm 2024' (published). Flattened | table, 'Đơn vị tính: tấn'.",
    "Table cells: subject = table title + column; district row label -> location; column header gives the period (scored);",
    "'Kế hoạch 2025' column -> status target. Row numbers 1-5, section numbers I-III / 1-2, 'Kế hoạch số 85/KH-UBND', 'Nghị định số 45/2022/NĐ-CP',",
    "'NL1' are not figures. Table cells get no totals (the Tổng cộng row is its own figure, location Hà Tĩnh).",
    "14.326 tấn carries two shares of change: 'tăng 27,1%' is its change, 'bằng 119,4% kế hoạch' its percent.",
    "7 cơ sở / 186 triệu: 'Trong vụ năm 2024' of the previous item is inherited.",
]


def cell(anchor, number, value, col, period, loc, status=None):
    kw = {"location": loc} if loc else {}
    if status:
        kw["status"] = status
    return F(anchor, number, value, "measure", "tấn", subject=f"sản lượng sứa khai thác {col}", period=period, **kw)


FIGS = [
    F("có 1.052 lượt tàu", "1.052", 1052, "count", "lượt tàu", change=C("+", 12.8, "%", "năm 2023"),
      subject="lượt tàu, thuyền tham gia khai thác sứa", period=P("Vụ sứa năm 2024", "2024-01-01", "2024-12-31")),
    F("đạt 14.326 tấn", "14.326", 14326, "measure", "tấn", change=C("+", 27.1, "%", "năm 2023"), percent=119.4,
      subject="tổng sản lượng sứa khai thác", period=P("năm 2024", "2024-01-01", "2024-12-31")),
    F("ước đạt 64,5 tỷ đồng", "64,5", 64.5e9, "money", "đồng", status="estimate",
      subject="giá trị sứa khai thác", period=P("năm 2024", "2024-01-01", "2024-12-31")),
    cell("| 2.145 |", "2.145", 2145, "năm 2023", Y23, "Nghi Xuân"),
    cell("| 2.870 |", "2.870", 2870, "năm 2024", Y24, "Nghi Xuân"),
    cell("| 3.000", "3.000", 3000, "kế hoạch 2025", K25, "Nghi Xuân", "target"),
    cell("| 1.980 |", "1.980", 1980, "năm 2023", Y23, "Lộc Hà"),
    cell("| 2.415 |", "2.415", 2415, "năm 2024", Y24, "Lộc Hà"),
    cell("| 2.600", "2.600", 2600, "kế hoạch 2025", K25, "Lộc Hà", "target"),
    cell("| 3.560 |", "3.560", 3560, "năm 2023", Y23, "Thạch Hà"),
    cell("| 4.218 |", "4.218", 4218, "năm 2024", Y24, "Thạch Hà"),
    cell("| 4.500", "4.500", 4500, "kế hoạch 2025", K25, "Thạch Hà", "target"),
    cell("| 2.940 |", "2.940", 2940, "năm 2023", Y23, "Cẩm Xuyên"),
    cell("| 3.605 |", "3.605", 3605, "năm 2024", Y24, "Cẩm Xuyên"),
    cell("| 3.800", "3.800", 3800, "kế hoạch 2025", K25, "Cẩm Xuyên", "target"),
    cell("| 650 |", "650", 650, "năm 2023", Y23, "Kỳ Anh"),
    cell("| 1.218 |", "1.218", 1218, "năm 2024", Y24, "Kỳ Anh"),
    cell("| 1.100", "1.100", 1100, "kế hoạch 2025", K25, "Kỳ Anh", "target"),
    cell("| 11.275 |", "11.275", 11275, "năm 2023 tổng cộng", Y23, None),
    cell("| 14.326 |", "14.326", 14326, "năm 2024 tổng cộng", Y24, None),
    cell("| 15.000", "15.000", 15000, "kế hoạch 2025 tổng cộng", K25, None, "target"),
    F("có 38 cơ sở", "38", 38, "count", "cơ sở", change=C("-", 5, "cơ sở", "năm 2023"),
      subject="cơ sở sơ chế sứa", period=P("năm 2024", "2024-01-01", "2024-12-31")),
    F("29 cơ sở", "29", 29, "count", "cơ sở", total=38, percent=76.3,
      subject="cơ sở sơ chế sứa đã có hồ sơ môi trường", period=P("năm 2024", "2024-01-01", "2024-12-31")),
    F("hành chính 7 cơ sở", "7", 7, "count", "cơ sở", subject="cơ sở xả nước thải chưa qua xử lý bị xử phạt",
      period=I(P("Trong vụ năm 2024", "2024-01-01", "2024-12-31"))),
    F("186 triệu đồng", "186", 186e6, "money", "đồng", subject="tổng số tiền xử phạt vi phạm hành chính",
      period=I(P("Trong vụ năm 2024", "2024-01-01", "2024-12-31"))),
    F("đạt 15.000 tấn", "15.000", 15000, "measure", "tấn", status="target",
      subject="sản lượng sứa khai thác", period=P("năm 2025", "2025-01-01", "2025-12-31")),
    F("2025 đạt 15.000 tấn; 100%", "100", 100, "percent", "%", status="target",
      subject="cơ sở sơ chế sứa có hồ sơ môi trường và hệ thống thu gom nước thải",
      period=P("năm 2025", "2025-01-01", "2025-12-31")),
]

emit("p877-3", TEXT, NOTES, FIGS, published="2024-06-14", location="Hà Tĩnh")

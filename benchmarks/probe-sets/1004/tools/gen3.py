"""p1004-3: formal report (UBND tỉnh Nghệ An), 9 months 2024, flattened | table."""
from lib import F, P, I, C, T, build

TEXT = """UBND TỈNH NGHỆ AN
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 687/BC-UBND
Nghệ An, ngày 15 tháng 10 năm 2024

BÁO CÁO
Kết quả đấu giá biển số xe ô tô 9 tháng đầu năm 2024

Thực hiện Nghị định số 39/2023/NĐ-CP ngày 28/6/2023 của Chính phủ, UBND tỉnh báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN
1. Kết quả đấu giá
9 tháng đầu năm 2024, Công an tỉnh phối hợp tổ chức 38 phiên đấu giá trực tuyến, đưa ra đấu giá 3.420 biển số; đấu giá thành công 1.865 biển số, đạt 54,5%. Kết quả theo loại xe:

Đơn vị tính: biển số
TT | Loại xe | Đưa ra đấu giá | Trúng đấu giá | Không nộp tiền
1 | Ô tô con (37A, 37K) | 2.860 | 1.612 | 104
2 | Ô tô tải, bán tải (37C, 37H) | 480 | 221 | 17
3 | Ô tô khách (37B, 37F) | 80 | 32 | 3
 | Tổng cộng | 3.420 | 1.865 | 124

2. Kết quả thu ngân sách
Tổng số tiền trúng đấu giá 9 tháng đạt 248,6 tỷ đồng, bằng 82,9% kế hoạch năm (300 tỷ đồng). Số tiền đã nộp ngân sách nhà nước là 231,2 tỷ đồng; tiền đặt trước của 124 trường hợp không nộp tiền là 4,96 tỷ đồng, đã chuyển nộp ngân sách. Biển số 37K-999.99 có giá trúng cao nhất, 6,1 tỷ đồng.

II. ĐÁNH GIÁ
Tỷ lệ biển số trúng đấu giá nhưng không nộp tiền là 6,65%, giảm 2,1 điểm phần trăm so với năm 2023, chủ yếu do người tham gia trả giá cao để "giữ chỗ" rồi bỏ cọc.

III. NHIỆM VỤ QUÝ IV/2024
Dự kiến trong quý IV, Công an tỉnh đưa ra đấu giá khoảng 1.200 biển số; phấn đấu cả năm 2024 số tiền trúng đấu giá đạt 300 tỷ đồng trở lên.

Nơi nhận:
- Bộ Công an (C08);
- Thường trực Tỉnh ủy;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

M9 = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
TI = I(M9)


def cell(anchor, number, value, row, col):
    return F(anchor, number, value, "count", "biển số", f"{row} {col}", TI)


FIGS = [
    F("tổ chức 38 phiên", "38", 38, "count", "phiên", "phiên đấu giá trực tuyến", M9),
    F("đưa ra đấu giá 3.420 biển số", "3.420", 3420, "count", "biển số", "biển số đưa ra đấu giá", M9),
    F("thành công 1.865 biển số", "1.865", 1865, "count", "biển số", "biển số đấu giá thành công", M9,
      percent=54.5),
    cell("| 2.860 |", "2.860", 2860, "ô tô con", "đưa ra đấu giá"),
    cell("| 1.612 |", "1.612", 1612, "ô tô con", "trúng đấu giá"),
    cell("| 104\n", "104", 104, "ô tô con", "không nộp tiền"),
    cell("| 480 |", "480", 480, "ô tô tải, bán tải", "đưa ra đấu giá"),
    cell("| 221 |", "221", 221, "ô tô tải, bán tải", "trúng đấu giá"),
    cell("| 17\n", "17", 17, "ô tô tải, bán tải", "không nộp tiền"),
    cell("| 80 |", "80", 80, "ô tô khách", "đưa ra đấu giá"),
    cell("| 32 |", "32", 32, "ô tô khách", "trúng đấu giá"),
    cell("32 | 3\n", "3", 3, "ô tô khách", "không nộp tiền"),
    cell("Tổng cộng | 3.420", "3.420", 3420, "tổng cộng", "đưa ra đấu giá"),
    cell("| 1.865 |", "1.865", 1865, "tổng cộng", "trúng đấu giá"),
    cell("| 124\n", "124", 124, "tổng cộng", "không nộp tiền"),
    F("đạt 248,6 tỷ đồng", "248,6", 248.6e9, "money", "đồng", "tổng số tiền trúng đấu giá",
      P("9 tháng", "2024-01-01", "2024-09-30"), percent=82.9, target=T(300e9, "đồng")),
    F("là 231,2 tỷ đồng", "231,2", 231.2e9, "money", "đồng", "số tiền đã nộp ngân sách nhà nước", TI),
    F("của 124 trường hợp", "124", 124, "count", "trường hợp", "trường hợp không nộp tiền", TI),
    F("là 4,96 tỷ đồng", "4,96", 4.96e9, "money", "đồng", "tiền đặt trước của các trường hợp không nộp tiền", TI),
    F("cao nhất, 6,1 tỷ đồng", "6,1", 6.1e9, "money", "đồng", "giá trúng cao nhất", TI),
    F("là 6,65%", "6,65", 6.65, "percent", "%", "tỷ lệ biển số trúng đấu giá nhưng không nộp tiền", TI,
      change=C("decrease", 2.1, "điểm phần trăm", "năm 2023")),
    F("khoảng 1.200 biển số", "1.200", 1200, "count", "biển số", "biển số đưa ra đấu giá",
      P("quý IV", "2024-10-01", "2024-12-31"), approx="about", status="forecast"),
    F("đạt 300 tỷ đồng trở lên", "300", 300e9, "money", "đồng", "số tiền trúng đấu giá",
      P("cả năm 2024", "2024-01-01", "2024-12-31"), approx="at_least", status="target"),
]

NOTES = [
    "Formal report of UBND tỉnh Nghệ An (Số: 687/BC-UBND, 15/10/2024): car-plate auctions in the first 9 months of 2024.",
    "The letterhead date is the document's date, so published = 2024-10-15.",
    "Flattened | table (Đơn vị tính: biển số): every numeric cell is a count of plates; subject = row label + column label; TT row numbers",
    "1-3 and the series codes 37A, 37K ... are not figures; cells get no totals; period from the line before the table (inherited).",
    "'bằng 82,9% kế hoạch năm (300 tỷ đồng)': 82,9 is the share and 300 tỷ the plan (target attribute, not a figure of its own).",
    "'6,65%, giảm 2,1 điểm phần trăm so với năm 2023' is a share with its change. 'đạt 300 tỷ đồng trở lên' is at_least.",
    "Not figures: Số: 687/BC-UBND, Nghị định số 39/2023/NĐ-CP ngày 28/6/2023, section numbers, heading 'QUÝ IV/2024', 37K-999.99, C08.",
]

build("p1004-3", TEXT, FIGS, NOTES, published="2024-10-15", location="Nghệ An")

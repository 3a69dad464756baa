from lib import *

TEXT = """UBND TỈNH QUẢNG TRỊ
SỞ THÔNG TIN VÀ TRUYỀN THÔNG
Số: 1186/BC-STTTT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Trị, ngày 08 tháng 10 năm 2024

BÁO CÁO
Kết quả hoạt động hệ thống thông tin cơ sở 9 tháng năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Hạ tầng truyền thanh cơ sở
Tính đến ngày 30/9/2024, toàn tỉnh có 119/125 xã, phường, thị trấn có đài truyền thanh, trong đó 71 đài ứng dụng CNTT - viễn thông, chiếm 59,7% số đài hiện có.

Bảng 1. Đài truyền thanh cấp xã tại 5 huyện trọng điểm, 9 tháng năm 2024
TT | Huyện | Đài IP/4G (đài) | Cụm loa (cụm) | Tin, bài đã phát (tin) | Thời lượng (giờ)
1 | Vĩnh Linh | 14 | 236 | 3.842 | 2.105
2 | Gio Linh | 11 | 198 | 3.120 | 1.760
3 | Triệu Phong | 9 | 174 | 2.655 | 1.480
4 | Hải Lăng | 10 | 181 | 2.930 | 1.512
5 | Đakrông | 6 | 88 | 1.204 | 736

2. Hoạt động thông tin cơ sở
9 tháng năm 2024, các đài truyền thanh cấp xã toàn tỉnh đã phát 24.615 tin, bài, tăng 9,2% so với cùng kỳ năm 2023, đạt 78,4% kế hoạch năm; các xã đã cập nhật 1.350 lượt tin lên bảng tin điện tử công cộng.
Toàn tỉnh có 125 người phụ trách đài truyền thanh cấp xã, trong đó 38 người là công chức kiêm nhiệm (chiếm 30,4%).

II. NHIỆM VỤ QUÝ IV/2024
Phấn đấu đến ngày 31/12/2024 chuyển đổi thêm 12 đài sang ứng dụng CNTT - viễn thông, nâng tỷ lệ lên 69,7%; kinh phí dự kiến 4,56 tỷ đồng từ nguồn sự nghiệp thông tin và truyền thông.

Nơi nhận:
- Cục Thông tin cơ sở (Bộ TT&TT);
- UBND tỉnh;
- Lưu: VT, TTBCXB.
KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
"""

asof = P("Tính đến ngày 30/9/2024", end="2024-09-30")
m9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
tq4 = P("đến ngày 31/12/2024", end="2024-12-31")

ROWS = [
    ("Vĩnh Linh", "14", "236", "3.842", "2.105"),
    ("Gio Linh", "11", "198", "3.120", "1.760"),
    ("Triệu Phong", "9", "174", "2.655", "1.480"),
    ("Hải Lăng", "10", "181", "2.930", "1.512"),
    ("Đakrông", "6", "88", "1.204", "736"),
]
COLS = [("count", "đài", "đài truyền thanh IP/4G"), ("count", "cụm", "cụm loa"),
        ("count", "tin", "tin, bài đã phát"), ("measure", "giờ", "thời lượng phát")]

FIGS = [
    F("có 119/125", "119", 119, "count", "xã, phường, thị trấn", "xã, phường, thị trấn có đài truyền thanh",
      asof, total=125),
    F("71 đài", "71", 71, "count", "đài", "đài ứng dụng CNTT - viễn thông", asof, total=119, percent=59.7),
]
for i, (place, *cells) in enumerate(ROWS, 1):
    for j, (cell, (kind, unit, subj)) in enumerate(zip(cells, COLS)):
        left = f"{i} | {place} | " + " | ".join(cells[:j]) + (" | " if j else "")
        anchor = left + cell
        FIGS.append(F(anchor, cell, parse_num(cell), kind, unit, subj, I(m9), location=place))
FIGS += [
    F("tại 5 huyện", "5", 5, "count", "huyện", "huyện trọng điểm", I(m9), optional=True),
    F("phát 24.615 tin", "24.615", 24615, "count", "tin, bài", "tin, bài các đài truyền thanh cấp xã đã phát", m9,
      percent=78.4, change=CH("increase", 9.2, "%", "cùng kỳ năm 2023")),
    F("1.350 lượt", "1.350", 1350, "count", "lượt tin", "lượt tin cập nhật lên bảng tin điện tử công cộng", m9),
    F("có 125 người", "125", 125, "count", "người", "người phụ trách đài truyền thanh cấp xã"),
    F("38 người", "38", 38, "count", "người", "công chức kiêm nhiệm phụ trách đài truyền thanh", total=125, percent=30.4),
    F("thêm 12 đài", "12", 12, "count", "đài", "đài chuyển đổi sang ứng dụng CNTT - viễn thông", tq4, status="target"),
    F("lên 69,7%", "69,7", 69.7, "percent", "%", "tỷ lệ đài ứng dụng CNTT - viễn thông", tq4, status="target"),
    F("dự kiến 4,56 tỷ", "4,56", 4.56e9, "money", "đồng", "kinh phí chuyển đổi", tq4, status="forecast"),
]

emit("p657-3", TEXT, [
    "Formal report under a letterhead (UBND TỈNH QUẢNG TRỊ / Sở TT&TT, `Số: 1186/BC-STTTT`, `Quảng Trị, ngày 08 tháng 10 năm 2024`):",
    "thông tin cơ sở 9 tháng năm 2024, with a flattened `|` table (units in column headers) by district.",
    "Row numbers 1-5, section numbers I./II./1./2., `Bảng 1`, `5 huyện trọng điểm` in the table title (a label), IP/4G are not figures.",
    "Table cells: subject = column, row district -> location; period from the table title (inherited, not scored). Phấn đấu -> target;",
    "`kinh phí dự kiến` -> forecast, dated by `đến ngày 31/12/2024` earlier in the same sentence. `5 huyện trọng điểm` (table caption) optional.",
], FIGS, published="2024-10-08", location="Quảng Trị")

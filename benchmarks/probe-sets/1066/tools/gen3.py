"""p1066-3: formal report (UBND tỉnh Ninh Thuận), 9 months 2024, flattened | table by locality."""
from lib import F, P, I, C, T, write

TEXT = """UBND TỈNH NINH THUẬN
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 287/BC-UBND
Ninh Thuận, ngày 18 tháng 10 năm 2024

BÁO CÁO
Tình hình phát triển điện mặt trời mái nhà 9 tháng đầu năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Lắp đặt mới
Thực hiện Kế hoạch số 96/KH-UBND ngày 12/3/2024, 9 tháng đầu năm 2024 toàn tỉnh lắp đặt mới 214 hệ thống điện mặt trời mái nhà tự sản tự tiêu, đạt 71,3% kế hoạch năm, với tổng công suất 9,6 MWp.

2. Quy mô và sản lượng
Tính đến ngày 30/9/2024, toàn tỉnh có 3.862 hệ thống đang vận hành, tổng công suất 398,5 MWp, phân bố như sau:

Đơn vị tính: MWp
STT | Địa phương | Hộ gia đình | Doanh nghiệp, tổ chức | Cộng
1 | TP Phan Rang - Tháp Chàm | 38,4 | 87,9 | 126,3
2 | Ninh Phước | 21,6 | 72,5 | 94,1
3 | Ninh Hải | 17,2 | 54,6 | 71,8
4 | Thuận Nam | 9,8 | 48,8 | 58,6
5 | Các huyện còn lại | 14,1 | 33,6 | 47,7
Tổng cộng | | 101,1 | 297,4 | 398,5

Sản lượng phát lên lưới 9 tháng ước đạt 412,6 triệu kWh, giảm 4,2% so với cùng kỳ do phải cắt giảm công suất vào giờ trưa; doanh thu bán điện khoảng 798 tỷ đồng.

II. TỒN TẠI, HẠN CHẾ
Còn 27 hệ thống chưa hoàn thiện hồ sơ nghiệm thu về phòng cháy, chữa cháy; 3 trường hợp lắp đặt vượt công suất đã đăng ký.

III. NHIỆM VỤ QUÝ IV/2024
Dự kiến quý IV/2024 lắp đặt thêm khoảng 90 hệ thống, nâng tổng số lắp mới cả năm lên khoảng 304 hệ thống, vượt kế hoạch năm (300 hệ thống).

Nơi nhận:
- Bộ Công Thương;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KTN.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

M9 = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
ASOF = P("Tính đến ngày 30/9/2024", None, "2024-09-30")
TAB = I(ASOF)
COL = ("công suất hộ gia đình", "công suất doanh nghiệp, tổ chức", "tổng công suất")
ROWS = [  # anchors (hộ gia đình, doanh nghiệp, cộng), values, row label that is not a place, location
    (("Tháp Chàm | 38,4", "38,4 | 87,9", "87,9 | 126,3"), (38.4, 87.9, 126.3), "", "Phan Rang - Tháp Chàm"),
    (("Ninh Phước | 21,6", "21,6 | 72,5", "72,5 | 94,1"), (21.6, 72.5, 94.1), "", "Ninh Phước"),
    (("Ninh Hải | 17,2", "17,2 | 54,6", "54,6 | 71,8"), (17.2, 54.6, 71.8), "", "Ninh Hải"),
    (("Thuận Nam | 9,8", "9,8 | 48,8", "48,8 | 58,6"), (9.8, 48.8, 58.6), "", "Thuận Nam"),
    (("còn lại | 14,1", "14,1 | 33,6", "33,6 | 47,7"), (14.1, 33.6, 47.7), " các huyện còn lại", None),
    (("| | 101,1", "101,1 | 297,4", "297,4 | 398,5"), (101.1, 297.4, 398.5), " tổng cộng", None),
]

FIG = [
    F("lắp đặt mới 214 hệ thống", "214", 214, "count", "hệ thống",
      "hệ thống điện mặt trời mái nhà tự sản tự tiêu lắp đặt mới", M9, percent=71.3),
    F("tổng công suất 9,6 MWp", "9,6", 9.6, "measure", "MWp", "tổng công suất lắp đặt mới", M9),
    F("có 3.862 hệ thống", "3.862", 3862, "count", "hệ thống", "hệ thống điện mặt trời mái nhà đang vận hành", ASOF),
    F("tổng công suất 398,5 MWp", "398,5", 398.5, "measure", "MWp", "tổng công suất điện mặt trời mái nhà", ASOF),
]
for anchors, values, rowlabel, loc in ROWS:
    for col, anchor, value in zip(COL, anchors, values):
        number = anchor.split("|")[-1].strip()
        extra = {"location": loc} if loc else {}
        FIG.append(F(anchor, number, value, "measure", "MWp", col + rowlabel, TAB, **extra))
FIG += [
    F("ước đạt 412,6 triệu kWh", "412,6", 412600000, "measure", "kWh", "sản lượng phát lên lưới",
      P("9 tháng", "2024-01-01", "2024-09-30"), status="estimate", change=C("decrease", 4.2, baseline="cùng kỳ")),
    F("khoảng 798 tỷ đồng", "798", 798000000000, "money", "đồng", "doanh thu bán điện",
      P("9 tháng", "2024-01-01", "2024-09-30"), approx="about", status="estimate"),
    F("Còn 27 hệ thống", "27", 27, "count", "hệ thống", "hệ thống chưa hoàn thiện hồ sơ nghiệm thu về phòng cháy, chữa cháy"),
    F("3 trường hợp", "3", 3, "count", "trường hợp", "trường hợp lắp đặt vượt công suất đã đăng ký"),
    F("khoảng 90 hệ thống", "90", 90, "count", "hệ thống", "hệ thống lắp đặt thêm",
      P("quý IV/2024", "2024-10-01", "2024-12-31"), approx="about", status="forecast"),
    F("khoảng 304 hệ thống", "304", 304, "count", "hệ thống", "tổng số hệ thống lắp mới cả năm",
      P("cả năm", "2024-01-01", "2024-12-31"), approx="about", status="forecast", target=T(300, "hệ thống", True)),
]

NOTES = [
    "Formal report, UBND tỉnh Ninh Thuận, Số: 287/BC-UBND, 18/10/2024: rooftop solar 9 months 2024 with a flattened '|' table (Đơn vị tính: MWp).",
    "Table cells: subject = column label (+ row label when it is not a place), location = the row's district/city, province for",
    "'Các huyện còn lại' and 'Tổng cộng'; period from the as-of line above the table (inherited); no totals on table cells.",
    "'đạt 71,3% kế hoạch năm' is the percent of 214; 'vượt kế hoạch năm (300 hệ thống)' is the target of 304 (met).",
    "'khoảng 798 tỷ đồng' continues the 'ước đạt' sentence (estimate); its period is the same sentence's '9 tháng' (scored).",
    "Distractors: Số: 287/BC-UBND, Kế hoạch số 96/KH-UBND ngày 12/3/2024, section numbers, STT.",
]
write(3, TEXT, FIG, NOTES, published="2024-10-18", location="Ninh Thuận")

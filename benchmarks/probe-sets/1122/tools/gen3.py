"""p1122-3: formal report (UBND tỉnh Cao Bằng), damage from the cold snap 16-28/01/2023, flattened | table by district."""
from lib import F, P, D, I, C, T, write

TEXT = """UBND TỈNH CAO BẰNG
Số: 19/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Cao Bằng, ngày 30 tháng 01 năm 2023

BÁO CÁO
Tình hình thiệt hại do rét đậm, rét hại từ ngày 16/01 đến ngày 28/01/2023

I. DIỄN BIẾN THỜI TIẾT
Đợt rét đậm, rét hại kéo dài 13 ngày; nhiệt độ thấp nhất tại Phja Oắc (huyện Nguyên Bình) là 0,4 độ C, tại TP Cao Bằng là 4,8 độ C. Có 6 ngày xuất hiện băng giá, sương muối ở vùng núi cao.

II. THIỆT HẠI
1. Chăn nuôi
Toàn tỉnh có 412 con gia súc bị chết, tăng 157 con so với đợt rét tháng 12/2022. Chi tiết theo địa phương:
Đơn vị tính: con
Địa phương | Trâu | Bò | Ngựa, dê
Bảo Lạc | 48 | 71 | 22
Bảo Lâm | 39 | 64 | 18
Nguyên Bình | 27 | 45 | 9
Hà Quảng | 15 | 38 | 16
Tổng cộng | 129 | 218 | 65

2. Trồng trọt
Rét và sương muối làm 126 ha mạ, 540 ha rau màu và 85 ha thạch đen bị ảnh hưởng; giá trị thiệt hại về trồng trọt ước khoảng 2,3 tỷ đồng.

III. CÔNG TÁC HỖ TRỢ
UBND tỉnh đã xuất ngân sách dự phòng 4,5 tỷ đồng hỗ trợ các hộ có gia súc chết, mạ bị hư hại (trong đó chăn nuôi 3,8 tỷ đồng, trồng trọt 0,7 tỷ đồng); cấp 25 tấn giống lúa cho các huyện gieo lại. Đến ngày 28/01/2023, đã chi trả cho 286 hộ, đạt 68% số hộ bị thiệt hại.

IV. NHIỆM VỤ THỜI GIAN TỚI
Dự báo từ nay đến hết tháng 02/2023 còn khoảng 2-3 đợt rét đậm, rét hại. Các huyện tiếp tục hướng dẫn nhân dân che chắn chuồng trại, dự trữ thức ăn, không thả rông gia súc.

Nơi nhận:
- Bộ NN&PTNT (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, NN.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

SNAP = P("từ ngày 16/01 đến ngày 28/01/2023", "2023-01-16", "2023-01-28", inherited=True)
PAID = P("Đến ngày 28/01/2023", None, "2023-01-28")
NEXT = P("từ nay đến hết tháng 02/2023", "2023-01-30", "2023-02-28")
COLS = {"Trâu": "trâu bị chết", "Bò": "bò bị chết", "Ngựa, dê": "ngựa, dê bị chết"}


def cell(anchor, number, value, row, col):
    loc = {"Tổng cộng": "Cao Bằng"}.get(row, row)
    subj = COLS[col] + (" tổng cộng" if row == "Tổng cộng" else "")
    return F(anchor, number, value, "count", "con", subject=subj, period=SNAP, location=loc)


FIGS = [
    F("kéo dài 13 ngày", "13", 13, "measure", "ngày", subject="thời gian kéo dài của đợt rét đậm, rét hại",
      period=SNAP),
    F("là 0,4 độ C", "0,4", 0.4, "measure", "độ C", subject="nhiệt độ thấp nhất tại Phja Oắc", period=SNAP,
      location="Nguyên Bình"),
    F("là 4,8 độ C", "4,8", 4.8, "measure", "độ C", subject="nhiệt độ thấp nhất", period=SNAP,
      location="Cao Bằng"),
    F("Có 6 ngày", "6", 6, "measure", "ngày", subject="ngày xuất hiện băng giá, sương muối ở vùng núi cao",
      period=SNAP),
    F("có 412 con gia súc", "412", 412, "count", "con gia súc", change=C("increase", 157, "con", "đợt rét tháng 12/2022"),
      subject="gia súc bị chết", period=SNAP),
    cell("Bảo Lạc | 48", "48", 48, "Bảo Lạc", "Trâu"),
    cell("48 | 71", "71", 71, "Bảo Lạc", "Bò"),
    cell("71 | 22", "22", 22, "Bảo Lạc", "Ngựa, dê"),
    cell("Bảo Lâm | 39", "39", 39, "Bảo Lâm", "Trâu"),
    cell("39 | 64", "64", 64, "Bảo Lâm", "Bò"),
    cell("64 | 18", "18", 18, "Bảo Lâm", "Ngựa, dê"),
    cell("Nguyên Bình | 27", "27", 27, "Nguyên Bình", "Trâu"),
    cell("27 | 45", "45", 45, "Nguyên Bình", "Bò"),
    cell("45 | 9", "9", 9, "Nguyên Bình", "Ngựa, dê"),
    cell("Hà Quảng | 15", "15", 15, "Hà Quảng", "Trâu"),
    cell("15 | 38", "38", 38, "Hà Quảng", "Bò"),
    cell("38 | 16", "16", 16, "Hà Quảng", "Ngựa, dê"),
    cell("Tổng cộng | 129", "129", 129, "Tổng cộng", "Trâu"),
    cell("129 | 218", "218", 218, "Tổng cộng", "Bò"),
    cell("218 | 65", "65", 65, "Tổng cộng", "Ngựa, dê"),
    F("làm 126 ha mạ", "126", 126, "measure", "ha", subject="diện tích mạ bị ảnh hưởng", period=SNAP),
    F("540 ha rau màu", "540", 540, "measure", "ha", subject="diện tích rau màu bị ảnh hưởng", period=SNAP),
    F("85 ha thạch đen", "85", 85, "measure", "ha", subject="diện tích thạch đen bị ảnh hưởng", period=SNAP),
    F("ước khoảng 2,3 tỷ đồng", "2,3", 2.3e9, "money", "đồng", approx="about", status="estimate",
      subject="giá trị thiệt hại về trồng trọt", period=SNAP),
    F("dự phòng 4,5 tỷ đồng", "4,5", 4.5e9, "money", "đồng",
      subject="ngân sách dự phòng hỗ trợ các hộ có gia súc chết, mạ bị hư hại"),
    F("chăn nuôi 3,8 tỷ đồng", "3,8", 3.8e9, "money", "đồng", total=4.5e9, subject="hỗ trợ chăn nuôi"),
    F("trồng trọt 0,7 tỷ đồng", "0,7", 0.7e9, "money", "đồng", total=4.5e9, subject="hỗ trợ trồng trọt"),
    F("cấp 25 tấn", "25", 25, "measure", "tấn", subject="giống lúa cấp cho các huyện gieo lại"),
    F("cho 286 hộ", "286", 286, "count", "hộ", percent=68, subject="hộ đã được chi trả hỗ trợ", period=PAID),
    F("khoảng 2-3 đợt", "2", 2, "count", "đợt", value_max=3, approx="about", status="forecast",
      subject="đợt rét đậm, rét hại", period=NEXT),
]

NOTES = [
    "Formal report under a letterhead: UBND tỉnh Cao Bằng, 'Số: 19/BC-UBND', 'Cao Bằng, ngày 30 tháng 01 năm 2023', sections I-IV, Nơi nhận.",
    "Distractors: document number, section numbers I-IV and 1-2, 'tháng 12/2022' (a baseline), 'Lưu: VT, NN', 'KT. CHỦ TỊCH'.",
    "Flattened | table ('Đơn vị tính: con'): rows are districts → location; subject = column label (+ 'tổng cộng').",
    "The report's period (title 'từ ngày 16/01 đến ngày 28/01/2023') stands in another sentence: inherited for sections I-II.",
    "Cells get no totals; the 'Tổng cộng' row is its own figure at province level. Columns add up to 412.",
    "'(trong đó chăn nuôi 3,8 tỷ đồng, trồng trọt 0,7 tỷ đồng)' are parts of 4,5 tỷ. 'từ nay' = the report date.",
    "Phja Oắc is a peak in huyện Nguyên Bình: location Nguyên Bình. 'TP Cao Bằng' reduces to Cao Bằng.",
]

if __name__ == "__main__":
    write("p1122-3", TEXT, NOTES, FIGS, published="2023-01-30", location="Cao Bằng")

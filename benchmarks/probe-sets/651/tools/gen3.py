"""p651-3: formal report under letterhead (UBND tỉnh Hà Tĩnh), QTDND 9 months 2023, flattened | table."""
from lib import F, P, I, CH, TG, emit

TEXT = """UBND TỈNH HÀ TĨNH
Số: 412/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Tĩnh, ngày 12 tháng 10 năm 2023

BÁO CÁO
Tình hình hoạt động của hệ thống quỹ tín dụng nhân dân 9 tháng năm 2023
(phục vụ Kỳ họp thứ 17, HĐND tỉnh khóa XVIII)

Thực hiện Công văn số 5817/NHNN-TTGSNH của Ngân hàng Nhà nước Việt Nam, UBND tỉnh báo cáo như sau:

I. KẾT QUẢ HOẠT ĐỘNG
1. Quy mô hoạt động
Đến 30/9/2023, trên địa bàn tỉnh có 28 QTDND hoạt động tại 96 xã, phường, thị trấn thuộc 10 huyện, thị xã, thành phố. Một số chỉ tiêu chủ yếu như sau:

Chỉ tiêu | 31/12/2022 | 30/9/2023
Số thành viên (người) | 41.306 | 42.118
Vốn điều lệ (tỷ đồng) | 86,4 | 91,2
Nguồn vốn huy động (tỷ đồng) | 2.875 | 3.142
Dư nợ cho vay (tỷ đồng) | 2.530 | 2.716
Tỷ lệ nợ xấu (%) | 1,45 | 1,18

Lợi nhuận trước thuế 9 tháng ước đạt 32,5 tỷ đồng, đạt 78% kế hoạch năm.

2. Công tác củng cố, chấn chỉnh
Ngân hàng Nhà nước Chi nhánh tỉnh đã thanh tra 5 quỹ, kiểm tra 9 quỹ; xử lý, thu hồi được 18,6 tỷ đồng nợ xấu. Hiện còn 01 quỹ (QTDND Kỳ Ninh) bị đặt vào kiểm soát đặc biệt từ tháng 3/2022; đến nay quỹ này đã thu hồi được 4,3/7,1 tỷ đồng nợ xấu.

II. NHIỆM VỤ QUÝ IV/2023
Phấn đấu đến 31/12/2023, nguồn vốn huy động của các quỹ đạt 3.250 tỷ đồng, dư nợ tăng từ 9 đến 11% so với năm 2022, tỷ lệ nợ xấu dưới 1,5%.

Nơi nhận:
- Ngân hàng Nhà nước Việt Nam;
- Thường trực HĐND tỉnh;
- Lưu: VT, TH.
"""

ASOF = P("Đến 30/9/2023", end="2023-09-30")
C22 = P("31/12/2022", end="2022-12-31")
C23 = P("30/9/2023", end="2023-09-30")
M9 = P("9 tháng năm 2023", "2023-01-01", "2023-09-30")
NOW = P("đến nay", end="2023-10-12")
T = P("đến 31/12/2023", end="2023-12-31")

FIGS = [
    F("có 28 QTDND", "28", 28, "count", "QTDND", "QTDND hoạt động", ASOF),
    F("tại 96 xã", "96", 96, "count", "xã, phường, thị trấn", "xã, phường, thị trấn có QTDND hoạt động", ASOF),
    F("thuộc 10 huyện", "10", 10, "count", "huyện, thị xã, thành phố", "huyện, thị xã, thành phố có QTDND hoạt động", ASOF),
    F("| 41.306 |", "41.306", 41306, "count", "người", "Số thành viên 31/12/2022", C22),
    F("| 42.118", "42.118", 42118, "count", "người", "Số thành viên 30/9/2023", C23),
    F("| 86,4 |", "86,4", 86.4e9, "money", "đồng", "Vốn điều lệ 31/12/2022", C22),
    F("| 91,2", "91,2", 91.2e9, "money", "đồng", "Vốn điều lệ 30/9/2023", C23),
    F("| 2.875 |", "2.875", 2875e9, "money", "đồng", "Nguồn vốn huy động 31/12/2022", C22),
    F("| 3.142", "3.142", 3142e9, "money", "đồng", "Nguồn vốn huy động 30/9/2023", C23),
    F("| 2.530 |", "2.530", 2530e9, "money", "đồng", "Dư nợ cho vay 31/12/2022", C22),
    F("| 2.716", "2.716", 2716e9, "money", "đồng", "Dư nợ cho vay 30/9/2023", C23),
    F("| 1,45 |", "1,45", 1.45, "percent", "%", "Tỷ lệ nợ xấu 31/12/2022", C22),
    F("| 1,18", "1,18", 1.18, "percent", "%", "Tỷ lệ nợ xấu 30/9/2023", C23),
    F("ước đạt 32,5 tỷ đồng", "32,5", 32.5e9, "money", "đồng", "lợi nhuận trước thuế", P("9 tháng", "2023-01-01", "2023-09-30"),
      percent=78, status="estimate"),
    F("thanh tra 5 quỹ", "5", 5, "count", "quỹ", "quỹ được thanh tra", I(M9)),
    F("kiểm tra 9 quỹ", "9", 9, "count", "quỹ", "quỹ được kiểm tra", I(M9)),
    F("được 18,6 tỷ đồng", "18,6", 18.6e9, "money", "đồng", "nợ xấu xử lý, thu hồi", I(M9)),
    F("còn 01 quỹ", "01", 1, "count", "quỹ", "quỹ bị đặt vào kiểm soát đặc biệt"),
    F("được 4,3/7,1 tỷ", "4,3", 4.3e9, "money", "đồng", "nợ xấu quỹ QTDND Kỳ Ninh đã thu hồi", NOW, total=7.1e9),
    F("đạt 3.250 tỷ đồng", "3.250", 3250e9, "money", "đồng", "nguồn vốn huy động của các quỹ", T, status="target"),
    F("từ 9 đến 11%", "9", 9, "percent", "%", "dư nợ tăng", T, value_max=11, status="target"),
    F("dưới 1,5%", "1,5", 1.5, "percent", "%", "tỷ lệ nợ xấu", T, approx="under", status="target"),
]

COMMENTS = [
    "Formal report (UBND tỉnh Hà Tĩnh, Số: 412/BC-UBND, 'Hà Tĩnh, ngày 12 tháng 10 năm 2023'), QTDND 9 months 2023.",
    "Flattened '|' table: units in the row labels ('(người)', '(tỷ đồng)', '(%)'); as-of periods from the column headers (scored, as h23).",
    "Subject = row label + column. '9 tháng' takes 2023 from the title. 'đạt 78% kế hoạch năm' is the share of 32,5 tỷ.",
    "'4,3/7,1 tỷ đồng' -> total 7,1 tỷ (multiplier applies to both). '01 quỹ' = 1 ('Hiện còn', no period).",
    "revised after the first run: subject of 'dư nợ tăng từ 9 đến 11% so với năm 2022' was 'dư nợ tăng so với năm 2022'; the baseline is not part",
    "of a growth rate's indicator (FIGURES.md; shared h14 'tổng sản phẩm ... (GRDP)'), and the set's other growth targets leave it out: now 'dư nợ tăng'.",
    "Distractors: document numbers, 'Kỳ họp thứ 17', 'khóa XVIII', section numbers I./1./2./II., 'QUÝ IV/2023', 'tháng 3/2022'.",
]

if __name__ == "__main__":
    emit("p651-3", TEXT, COMMENTS, FIGS, published="2023-10-12", location="Hà Tĩnh")

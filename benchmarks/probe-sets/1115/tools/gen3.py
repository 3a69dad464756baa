"""p1115-3: Hòa Bình provincial report (BC-UBND), hot mineral water for tourism, 9 months of 2024; flattened | table."""
from lib import F, P, I, C, T, write

TEXT = """UBND TỈNH HÒA BÌNH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 318/BC-UBND
Hòa Bình, ngày 11 tháng 10 năm 2024

BÁO CÁO
Kết quả quản lý, khai thác nước khoáng nóng phục vụ du lịch 9 tháng năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Hoạt động kinh doanh
9 tháng năm 2024, toàn tỉnh có 21 cơ sở kinh doanh dịch vụ tắm khoáng nóng đang hoạt động, tăng 3 cơ sở so với cuối năm 2023; tổng lượt khách đạt 865.000 lượt, tăng 11,2% so với cùng kỳ; doanh thu đạt 394,5 tỷ đồng. Kết quả theo địa bàn như sau:

(Đơn vị tính: cơ sở; nghìn lượt; tỷ đồng)
Huyện | Số cơ sở | Lượt khách | Doanh thu
Kim Bôi | 12 | 548,2 | 251,3
Lương Sơn | 5 | 196,4 | 93,6
Lạc Thủy | 3 | 92,1 | 37,8
Tân Lạc | 1 | 28,3 | 11,8
Tổng cộng | 21 | 865,0 | 394,5

2. Cấp phép và kiểm tra chất lượng nước
Từ đầu năm đến nay, UBND tỉnh đã cấp 4 giấy phép khai thác nước khoáng nóng. Hiện toàn tỉnh có 17 giấy phép còn hiệu lực; 2 cơ sở đang khai thác khi giấy phép đã hết hạn. Sở Y tế đã lấy 54 mẫu nước tại các bể tắm để xét nghiệm, có 51/54 mẫu đạt QCVN 02:2009/BYT; 3 mẫu không đạt đã được yêu cầu khắc phục.

3. Thu ngân sách
Thu tiền cấp quyền khai thác và thuế tài nguyên nước khoáng 9 tháng đạt 6,8 tỷ đồng, bằng 85% dự toán năm.

II. NHIỆM VỤ QUÝ IV/2024
Ước cả năm 2024, lượt khách đến các cơ sở tắm khoáng nóng đạt 1,15 triệu lượt, doanh thu khoảng 520 tỷ đồng. Dự kiến trong quý IV cấp thêm 2 giấy phép khai thác tại huyện Kim Bôi; phấn đấu 100% cơ sở có giấy phép còn hiệu lực.

Nơi nhận:
- Bộ Tài nguyên và Môi trường;
- Lưu: VT, KT.
"""

M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
M9b = P("9 tháng", "2024-01-01", "2024-09-30")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-10-11")
Y24 = P("cả năm 2024", "2024-01-01", "2024-12-31")
Q4 = P("quý IV", "2024-10-01", "2024-12-31")
TB = I(M9)

def row(place, n, guests, rev, a_n, a_g, a_r, loc):
    sub = "" if loc else "tổng cộng "
    kw = {"location": loc} if loc else {}
    return [
        F(a_n, n, int(n), "count", "cơ sở", sub + "số cơ sở", TB, **kw),
        F(a_g, guests, round(float(guests.replace(",", ".")) * 1000), "count", "lượt", sub + "lượt khách", TB, **kw),
        F(a_r, rev, round(float(rev.replace(",", ".")) * 10, 0) * 1e8, "money", "đồng", sub + "doanh thu", TB, **kw),
    ]

FIGS = [
    F("có 21 cơ sở", "21", 21, "count", "cơ sở", "cơ sở kinh doanh dịch vụ tắm khoáng nóng đang hoạt động", M9,
      change=C("+", 3, "cơ sở", "cuối năm 2023")),
    F("đạt 865.000 lượt", "865.000", 865000, "count", "lượt", "tổng lượt khách", M9,
      change=C("+", 11.2, "%", "cùng kỳ")),
    F("đạt 394,5 tỷ đồng", "394,5", 394.5e9, "money", "đồng", "doanh thu", M9),
]
FIGS += row("Kim Bôi", "12", "548,2", "251,3", "Kim Bôi | 12", "12 | 548,2", "548,2 | 251,3", "Kim Bôi")
FIGS += row("Lương Sơn", "5", "196,4", "93,6", "Lương Sơn | 5", "5 | 196,4", "196,4 | 93,6", "Lương Sơn")
FIGS += row("Lạc Thủy", "3", "92,1", "37,8", "Lạc Thủy | 3", "3 | 92,1", "92,1 | 37,8", "Lạc Thủy")
FIGS += row("Tân Lạc", "1", "28,3", "11,8", "Tân Lạc | 1", "1 | 28,3", "28,3 | 11,8", "Tân Lạc")
FIGS += row("Tổng cộng", "21", "865,0", "394,5", "Tổng cộng | 21", "21 | 865,0", "865,0 | 394,5", None)
FIGS += [
    F("cấp 4 giấy phép", "4", 4, "count", "giấy phép", "giấy phép khai thác nước khoáng nóng được cấp", YTD),
    F("có 17 giấy phép", "17", 17, "count", "giấy phép", "giấy phép còn hiệu lực"),
    F("2 cơ sở đang khai thác", "2", 2, "count", "cơ sở", "cơ sở đang khai thác khi giấy phép đã hết hạn"),
    F("lấy 54 mẫu", "54", 54, "count", "mẫu", "mẫu nước tại các bể tắm lấy để xét nghiệm", I(YTD)),
    F("có 51/54 mẫu", "51", 51, "count", "mẫu", "mẫu đạt QCVN", I(YTD), total=54),
    F("3 mẫu không đạt", "3", 3, "count", "mẫu", "mẫu không đạt", I(YTD)),
    F("đạt 6,8 tỷ đồng", "6,8", 6.8e9, "money", "đồng",
      "thu tiền cấp quyền khai thác và thuế tài nguyên nước khoáng", M9b, percent=85),
    F("đạt 1,15 triệu lượt", "1,15", 1150000, "count", "lượt", "lượt khách đến các cơ sở tắm khoáng nóng", Y24,
      status="estimate"),
    F("khoảng 520 tỷ đồng", "520", 520e9, "money", "đồng", "doanh thu", Y24, approx="about", status="estimate"),
    F("thêm 2 giấy phép", "2", 2, "count", "giấy phép", "giấy phép khai thác cấp thêm", Q4, status="forecast",
      location="Kim Bôi"),
    F("phấn đấu 100% cơ sở", "100", 100, "percent", "%", "cơ sở có giấy phép còn hiệu lực", status="target"),
]

write(3, TEXT, FIGS, [
    "Báo cáo UBND tỉnh Hòa Bình Số 318/BC-UBND ngày 11/10/2024: tắm khoáng nóng 9 tháng năm 2024; flattened '|' table by district.",
    "Table: 'Đơn vị tính: cơ sở; nghìn lượt; tỷ đồng' gives each column's unit/multiplier in order; district row labels go to location;",
    "the Tổng cộng row is a figure of its own (no totals on cells); no Kế hoạch/Ước column, so cells are actual; period from the line above (inherited).",
    "'Hiện ...' sentence: no period. '51/54 mẫu' -> total 54; '3 mẫu không đạt' has no part-of cue (no total).",
    "'phấn đấu 100%' continues the quý IV sentence: target. Distractors: Số 318/BC-UBND, QCVN 02:2009/BYT, section numbers I./II./1.-3., NHIỆM VỤ QUÝ IV/2024.",
], published="2024-10-11", location="Hòa Bình")

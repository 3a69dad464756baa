"""p989-3: formal report, UBND tỉnh Quảng Trị, 6 tháng đầu năm 2024, flattened '|' table by district."""
from lib import F, P, I, C, T, write

TEXT = """UBND TỈNH QUẢNG TRỊ
Số: 187/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Trị, ngày 08 tháng 7 năm 2024

BÁO CÁO
Kết quả phát triển người tham gia BHXH tự nguyện, BHYT hộ gia đình 6 tháng đầu năm 2024

I. KẾT QUẢ THỰC HIỆN
1. BHXH tự nguyện
Tính đến ngày 30/6/2024, toàn tỉnh có 24.316 người tham gia BHXH tự nguyện, đạt 78,2% chỉ tiêu HĐND tỉnh giao (31.100 người), tăng 1.942 người so với cùng kỳ năm 2023.
2. BHYT hộ gia đình
Số người tham gia BHYT hộ gia đình là 118.540 người, giảm 2.315 người so với ngày 31/12/2023 do một bộ phận chuyển sang nhóm do ngân sách nhà nước đóng. Tỷ lệ bao phủ BHYT toàn tỉnh đạt 94,06% dân số.
Kết quả theo địa bàn:
Đơn vị tính: người
Địa bàn | BHXH tự nguyện | BHYT hộ gia đình
Thành phố Đông Hà | 5.128 | 27.915
Huyện Vĩnh Linh | 4.706 | 19.830
Huyện Hải Lăng | 4.215 | 18.462
Huyện Gio Linh | 3.940 | 17.208
Các địa phương còn lại | 6.327 | 35.125
Tổng cộng | 24.316 | 118.540
3. Thu và nợ đóng
Số thu BHXH tự nguyện 6 tháng đạt 58,7 tỷ đồng; thu BHYT hộ gia đình đạt 96,3 tỷ đồng. Số nợ đóng BHXH, BHYT, BHTN toàn tỉnh là 86,4 tỷ đồng, chiếm 4,1% số phải thu, trong đó nợ kéo dài từ 3 tháng trở lên 52,9 tỷ đồng.

II. NHIỆM VỤ 6 THÁNG CUỐI NĂM
1. Phấn đấu đến ngày 31/12/2024 toàn tỉnh có 31.100 người tham gia BHXH tự nguyện, tỷ lệ bao phủ BHYT đạt 95% dân số.
2. Khởi kiện các đơn vị nợ đóng kéo dài theo Điều 18 Luật BHXH năm 2014.

Nơi nhận:
- BHXH Việt Nam;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Hoàng Nam
"""

ASOF = P("Tính đến ngày 30/6/2024", None, "2024-06-30")
H1 = P("6 tháng", "2024-01-01", "2024-06-30")
GOAL = P("đến ngày 31/12/2024", None, "2024-12-31")
V, H = "người tham gia BHXH tự nguyện", "người tham gia BHYT hộ gia đình"


def cell(anchor, number, value, subject, loc=None):
    kw = {"location": loc} if loc else {}
    return F(anchor, number, value, "count", "người", subject, I(ASOF), **kw)


FIGS = [
    F("toàn tỉnh có 24.316 người", "24.316", 24316, "count", "người", V, ASOF,
      percent=78.2, target=T(31100, "người", False), change=C("increase", 1942, "người", "cùng kỳ năm 2023")),
    F("là 118.540 người", "118.540", 118540, "count", "người", H, I(ASOF),
      change=C("decrease", 2315, "người", "ngày 31/12/2023")),
    F("đạt 94,06% dân số", "94,06", 94.06, "percent", "%", "tỷ lệ bao phủ BHYT toàn tỉnh", I(ASOF)),
    cell("Đông Hà | 5.128", "5.128", 5128, V, "Đông Hà"),
    cell("| 27.915", "27.915", 27915, H, "Đông Hà"),
    cell("Vĩnh Linh | 4.706", "4.706", 4706, V, "Vĩnh Linh"),
    cell("| 19.830", "19.830", 19830, H, "Vĩnh Linh"),
    cell("Hải Lăng | 4.215", "4.215", 4215, V, "Hải Lăng"),
    cell("| 18.462", "18.462", 18462, H, "Hải Lăng"),
    cell("Gio Linh | 3.940", "3.940", 3940, V, "Gio Linh"),
    cell("| 17.208", "17.208", 17208, H, "Gio Linh"),
    cell("| 6.327", "6.327", 6327, "người tham gia BHXH tự nguyện các địa phương còn lại"),
    cell("| 35.125", "35.125", 35125, "người tham gia BHYT hộ gia đình các địa phương còn lại"),
    cell("Tổng cộng | 24.316", "24.316", 24316, "người tham gia BHXH tự nguyện tổng cộng"),
    cell("| 118.540\n", "118.540", 118540, "người tham gia BHYT hộ gia đình tổng cộng"),
    F("đạt 58,7 tỷ đồng", "58,7", 58.7e9, "money", "đồng", "số thu BHXH tự nguyện", H1),
    F("đạt 96,3 tỷ đồng", "96,3", 96.3e9, "money", "đồng", "thu BHYT hộ gia đình", H1),
    F("là 86,4 tỷ đồng", "86,4", 86.4e9, "money", "đồng", "số nợ đóng BHXH, BHYT, BHTN toàn tỉnh", I(ASOF),
      percent=4.1),
    F("từ 3 tháng trở lên", "3", 3, "measure", "tháng", "thời gian nợ kéo dài", optional=True, approx="at_least"),
    F("lên 52,9 tỷ đồng", "52,9", 52.9e9, "money", "đồng", "nợ kéo dài từ 3 tháng trở lên", I(ASOF),
      total=86.4e9),
    F("có 31.100 người", "31.100", 31100, "count", "người", V, GOAL, status="target"),
    F("đạt 95% dân số", "95", 95, "percent", "%", "tỷ lệ bao phủ BHYT", GOAL, status="target"),
]

NOTES = [
    "Formal report, UBND tỉnh Quảng Trị, Số: 187/BC-UBND, 08/7/2024: 6 tháng đầu năm 2024, flattened '|' table by district (Đơn vị tính: người).",
    "Distractors: 'Số: 187/BC-UBND', the place-date line, section numbers I./II./1./2./3., 'Điều 18 Luật BHXH năm 2014', 'Nơi nhận' list.",
    "24.316: 'đạt 78,2% chỉ tiêu HĐND tỉnh giao (31.100 người)' gives percent 78.2 and target 31100; the change follows after the bracket.",
    "Table cells: row label = place (to location), column label = subject; 'Các địa phương còn lại' and 'Tổng cộng' rows are not places:",
    "they stay in the subject with location Quảng Trị. Cells get no totals. Table period (as of 30/6/2024) is inherited from the text above.",
    "The report's own date line 'Quảng Trị, ngày 08 tháng 7 năm 2024' is the published date.",
    "'từ 3 tháng trở lên' is a category threshold of the arrears: optional. 52,9 tỷ follows 'trong đó' after 86,4 tỷ: total.",
    "The 6-month revenue figures ('6 tháng đạt') take 2024 from the heading.",
]

write("p989-3", TEXT, NOTES, FIGS, published="2024-07-08", location="Quảng Trị")

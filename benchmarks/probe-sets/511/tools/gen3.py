from lib import F, P, I, CH, T, emit

TEXT = """UBND TỈNH QUẢNG TRỊ
Số: 286/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Trị, ngày 10 tháng 10 năm 2024

BÁO CÁO
Tình hình cung ứng điện 9 tháng năm 2024, nhiệm vụ quý IV/2024

I. KẾT QUẢ THỰC HIỆN
1. Cung ứng điện
9 tháng năm 2024, điện thương phẩm toàn tỉnh đạt 1.357 triệu kWh, tăng 9,5% so với cùng kỳ, đạt 75,8% kế hoạch năm. Công suất cực đại (Pmax) đạt 312 MW, tăng 7,2% so với năm 2023. Số khách hàng sử dụng điện là 214.875 khách hàng, tăng 5.390 khách hàng so với cuối năm 2023.

Bảng 1. Điện thương phẩm theo thành phần phụ tải
Thành phần | 9 tháng năm 2023 (triệu kWh) | 9 tháng năm 2024 (triệu kWh) | Tỷ trọng 9 tháng năm 2024 (%)
Công nghiệp - Xây dựng | 512,4 | 566,9 | 41,8
Nông, lâm, thủy sản | 18,7 | 21,3 | 1,6
Thương mại - Dịch vụ | 64,2 | 72,5 | 5,3
Quản lý - Tiêu dùng dân cư | 598,6 | 646,1 | 47,6
Hoạt động khác | 45,1 | 50,2 | 3,7
Tổng cộng | 1.239,0 | 1.357,0 | 100

2. Đầu tư lưới điện
Vốn đầu tư lưới điện 110 kV và trung, hạ áp 9 tháng ước đạt 286,5 tỷ đồng, bằng 68,4% kế hoạch; đã đóng điện 7 công trình, trong đó có 2 trạm biến áp 110 kV (Cam Lộ 2, Hải Lăng). Từ đầu năm đến nay, Dự án cấp điện nông thôn từ lưới điện quốc gia đã cấp điện cho 1.245 hộ tại các huyện Hướng Hóa, Đakrông.

II. NHIỆM VỤ QUÝ IV/2024
Phấn đấu điện thương phẩm cả năm 2024 đạt 1.790 triệu kWh; tỷ lệ tổn thất điện năng không quá 4,2%; hoàn thành đóng điện Trạm biến áp 110 kV Hải Lăng 2 trước ngày 31/12/2024./.
"""

N23 = P("9 tháng năm 2023", "2023-01-01", "2023-09-30")
N24 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("đạt 1.357 triệu kWh", "1.357", 1357e6, "measure", "kWh", "điện thương phẩm toàn tỉnh", N24,
      percent=75.8, change=CH("increase", 9.5, "%", "cùng kỳ")),
    F("đạt 312 MW", "312", 312, "measure", "MW", "Công suất cực đại (Pmax)", I(N24),
      change=CH("increase", 7.2, "%", "năm 2023")),
    F("là 214.875 khách hàng", "214.875", 214875, "count", "khách hàng", "khách hàng sử dụng điện", I(N24),
      change=CH("increase", 5390, "khách hàng", "cuối năm 2023")),
]

ROWS = [
    ("Công nghiệp - Xây dựng", "512,4", "566,9", "41,8"),
    ("Nông, lâm, thủy sản", "18,7", "21,3", "1,6"),
    ("Thương mại - Dịch vụ", "64,2", "72,5", "5,3"),
    ("Quản lý - Tiêu dùng dân cư", "598,6", "646,1", "47,6"),
    ("Hoạt động khác", "45,1", "50,2", "3,7"),
    ("Tổng cộng", "1.239,0", "1.357,0", "100"),
]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


for label, a, b, c in ROWS:
    FIGS.append(F(f"{label} | {a} |", a, num(a) * 1e6, "measure", "kWh",
                  f"điện thương phẩm {label} 9 tháng năm 2023", N23))
    FIGS.append(F(f"| {b} |", b, num(b) * 1e6, "measure", "kWh",
                  f"điện thương phẩm {label} 9 tháng năm 2024", N24))
    FIGS.append(F(f"| {b} | {c}\n", c, num(c), "percent", "%",
                  f"tỷ trọng điện thương phẩm {label} 9 tháng năm 2024", N24))

FIGS += [
    F("ước đạt 286,5 tỷ đồng", "286,5", 286.5e9, "money", "đồng", "Vốn đầu tư lưới điện 110 kV và trung, hạ áp",
      P("9 tháng", "2024-01-01", "2024-09-30"), percent=68.4, status="estimate"),
    F("đóng điện 7 công trình", "7", 7, "count", "công trình", "công trình đã đóng điện",
      P("9 tháng", "2024-01-01", "2024-09-30")),
    F("có 2 trạm biến áp", "2", 2, "count", "trạm biến áp", "trạm biến áp 110 kV đã đóng điện",
      P("9 tháng", "2024-01-01", "2024-09-30"), total=7),
    F("cho 1.245 hộ", "1.245", 1245, "count", "hộ", "hộ được cấp điện từ Dự án cấp điện nông thôn từ lưới điện quốc gia",
      P("Từ đầu năm đến nay", "2024-01-01", "2024-10-10")),
    F("đạt 1.790 triệu kWh", "1.790", 1790e6, "measure", "kWh", "điện thương phẩm cả năm", Y24, status="target"),
    F("không quá 4,2%", "4,2", 4.2, "percent", "%", "tỷ lệ tổn thất điện năng", Y24, approx="at_most", status="target"),
]

emit("p511-3", TEXT, [
    "Formal report, letterhead UBND TỈNH QUẢNG TRỊ, Số: 286/BC-UBND, place-and-date line: power supply 9 months 2024, flattened | table by load component.",
    "Table: every numeric cell is a figure (the Tổng cộng row and its 100 included); unit kWh with the (triệu kWh) multiplier from the column header;",
    "period from the column header; no total on table cells (the spec gives tables no part-of-whole rule).",
    "Distractors: Số: 286/BC-UBND, ngày 10 tháng 10 năm 2024, quý IV/2024, section numbers I., 1., 2., II., Bảng 1, voltage classes 110 kV,",
    "station names Cam Lộ 2 and Hải Lăng 2, ngày 31/12/2024, './.'.",
    "'đã đóng điện 7 công trình' after the 'ước đạt' clause has its own verb: actual. 'Từ đầu năm đến nay' ends at the report date.",
    "Hướng Hóa, Đakrông: two districts named for one figure -> location stays the province.",
], FIGS, published="2024-10-10", location="Quảng Trị")

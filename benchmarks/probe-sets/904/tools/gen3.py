"""p904-3: formal report (UBND tỉnh Thái Bình), làng nghề làm trống năm 2024, flattened | table."""
from lib import F, write, period, inherit, change, target

TEXT = """
UBND TỈNH THÁI BÌNH
Số: 318/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Thái Bình, ngày 16 tháng 12 năm 2024

BÁO CÁO
Tình hình sản xuất, kinh doanh của các làng nghề làm trống năm 2024
(Phục vụ kỳ họp thứ 24 HĐND tỉnh khóa XVII)

I. KẾT QUẢ THỰC HIỆN
1. Quy mô sản xuất
Tính đến ngày 30/11/2024, toàn tỉnh có 5 làng nghề làm trống được công nhận với 342 hộ và 1.285 lao động. Số liệu chủ yếu theo địa bàn như sau:
Đơn vị tính: hộ, chiếc, triệu đồng
Huyện | Số hộ làm trống (hộ) | Sản lượng 11 tháng (chiếc) | Doanh thu 11 tháng (triệu đồng)
Vũ Thư | 128 | 14.250 | 61.300
Kiến Xương | 96 | 9.870 | 40.150
Đông Hưng | 74 | 6.420 | 25.780
Hưng Hà | 44 | 3.160 | 12.970
Tổng cộng | 342 | 33.700 | 140.200

2. Tiêu thụ và thu nhập
Ước cả năm 2024, các làng nghề tiêu thụ khoảng 37.000 chiếc trống, tăng 8,2% so với năm 2023, trong đó trống trường học khoảng 21.500 chiếc, chiếm 58,1%; doanh thu ước đạt 154 tỷ đồng, đạt 102,7% kế hoạch năm. Thu nhập bình quân của lao động làng nghề đạt 7,8 triệu đồng/người/tháng, gấp 1,3 lần thu nhập bình quân khu vực nông thôn của tỉnh.

II. TỒN TẠI, HẠN CHẾ
Giá da trâu nguyên liệu tăng lên 60.000-65.000 đồng/kg, cao hơn khoảng 15% so với đầu năm; có 37 hộ, chiếm 10,8% số hộ làm trống, chưa đáp ứng yêu cầu về xử lý chất thải theo Nghị định số 08/2022/NĐ-CP.

III. PHƯƠNG HƯỚNG NĂM 2025
Phấn đấu doanh thu các làng nghề trống đạt 165 tỷ đồng; đào tạo nghề cho 200 lao động; dự kiến tổ chức 2 đợt xúc tiến thương mại trong năm 2025.

Nơi nhận: TT Tỉnh ủy, TT HĐND tỉnh; Lưu: VT, CT.
"""

ASOF = period("Tính đến ngày 30/11/2024", None, "2024-11-30")
M11 = period("11 tháng", "2024-01-01", "2024-11-30")
Y24 = period("cả năm 2024", "2024-01-01", "2024-12-31")
Y25 = period("NĂM 2025", "2025-01-01", "2025-12-31")
Y25s = period("năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("có 5 làng nghề", "5", 5, "count", "làng nghề", "làng nghề làm trống được công nhận", ASOF),
    F("với 342 hộ", "342", 342, "count", "hộ", "hộ làm trống", ASOF),
    F("1.285 lao động", "1.285", 1285, "count", "lao động", "lao động làng nghề làm trống", ASOF),
]

ROWS = [("Vũ Thư", "128", "14.250", "61.300"), ("Kiến Xương", "96", "9.870", "40.150"),
        ("Đông Hưng", "74", "6.420", "25.780"), ("Hưng Hà", "44", "3.160", "12.970"),
        ("Tổng cộng", "342", "33.700", "140.200")]
for place, hh, qty, rev in ROWS:
    loc = "Thái Bình" if place == "Tổng cộng" else place
    lab = "tổng cộng " if place == "Tổng cộng" else ""
    FIGS += [
        F(f"{place} | {hh} |", hh, float(hh), "count", "hộ", f"{lab}số hộ làm trống", inherit(ASOF), location=loc),
        F(f"| {qty} |", qty, float(qty.replace(".", "")), "count", "chiếc", f"{lab}sản lượng 11 tháng", M11,
          location=loc),
        F(f"| {rev}\n", rev, float(rev.replace(".", "")) * 1e6, "money", "đồng", f"{lab}doanh thu 11 tháng", M11,
          location=loc),
    ]

FIGS += [
    F("khoảng 37.000 chiếc", "37.000", 37000, "count", "chiếc trống", "trống tiêu thụ", Y24, approx="about",
      status="estimate", change=change("increase", 8.2, "%", "năm 2023")),
    F("khoảng 21.500 chiếc", "21.500", 21500, "count", "chiếc", "trống trường học tiêu thụ", Y24, approx="about",
      status="estimate", total=37000, percent=58.1),
    F("ước đạt 154 tỷ đồng", "154", 154e9, "money", "đồng", "doanh thu", Y24, status="estimate", percent=102.7),
    F("đạt 7,8 triệu", "7,8", 7.8e6, "money", "đồng/người/tháng", "thu nhập bình quân của lao động làng nghề",
      inherit(Y24), change=change("increase", 1.3, "lần", "thu nhập bình quân khu vực nông thôn của tỉnh")),
    F("lên 60.000-65.000", "60.000", 60000, "money", "đồng/kg", "giá da trâu nguyên liệu", value_max=65000,
      change=change("increase", 15, "%", "đầu năm", "about")),
    F("có 37 hộ", "37", 37, "count", "hộ", "hộ chưa đáp ứng yêu cầu về xử lý chất thải", percent=10.8),
    F("đạt 165 tỷ đồng", "165", 165e9, "money", "đồng", "doanh thu các làng nghề trống", inherit(Y25),
      status="target"),
    F("cho 200 lao động", "200", 200, "count", "lao động", "lao động được đào tạo nghề", inherit(Y25),
      status="target"),
    F("tổ chức 2 đợt", "2", 2, "count", "đợt", "đợt xúc tiến thương mại", Y25s, status="forecast"),
]

COMMENTS = [
    "Báo cáo UBND tỉnh Thái Bình số 318/BC-UBND (16/12/2024): làng nghề làm trống năm 2024. Invented probe article.",
    "Flattened table: row label = district (location), column label = subject; unit from the header / `Đơn vị tính` (triệu đồng x 10^6).",
    "`Số hộ` cells take the as-of date of the line above (inherited); `11 tháng` cells take the column header (2024 from the dateline/as-of date).",
    "Table cells get no totals (the `Tổng cộng` row is its own figure, location Thái Bình). `37 hộ, chiếm 10,8% số hộ`: no number for the whole, so no total.",
    "`gấp 1,3 lần thu nhập ... nông thôn` after the income is its change (lần). Section III targets take the year from the heading (inherited).",
    "Not figures: Số: 318/BC-UBND, kỳ họp thứ 24, khóa XVII, section numbers, Nghị định số 08/2022/NĐ-CP, dates.",
]

write(3, TEXT, FIGS, COMMENTS, published="2024-12-16", location="Thái Bình")

from lib import F, P, I, CH, emit

ROWS = [
    ("Nha Trang", "1.482,6", "9,4", "38,2"),
    ("Cam Ranh", "612,3", "11,7", "41,5"),
    ("Ninh Hòa", "548,9", "6,8", "29,6"),
    ("Diên Khánh", "297,4", "8,1", "24,8"),
    ("Cam Lâm", "274,6", "7,3", "34,8"),
]
cells = "\n\n".join(f"{a}\n\n{b}\n\n{c}\n\n{d}" for a, b, c, d in ROWS)

TEXT = f"""UBND TỈNH KHÁNH HÒA - CỔNG THÔNG TIN ĐIỆN TỬ
Kinh tế > Công nghiệp

Khánh Hòa: Điện thương phẩm năm 2024 vượt 3.200 triệu kWh
Ngày cập nhật: 05/03/2025

Năm 2024, điện thương phẩm toàn tỉnh Khánh Hòa đạt 3.215,8 triệu kWh, tăng 8,7% so với năm 2023; công suất cực đại đạt 721 MW vào ngày 18/5/2024. Đến hết năm 2024, tổng công suất điện mặt trời mái nhà (ĐMTMN) toàn tỉnh là 168,9 MWp với 2.744 hệ thống. Giai đoạn 2021-2024, điện thương phẩm của tỉnh tăng bình quân 7,9%/năm.

Trong năm, Công ty Cổ phần Điện lực Khánh Hòa (KHPC) đã phát triển mới 14.520 khách hàng, nâng tổng số khách hàng sử dụng điện lên 512.380; chỉ số SAIDI toàn tỉnh đạt 226 phút, thấp hơn 74 phút so với chỉ tiêu EVN giao (300 phút). Đơn vị đã hoàn thành 100% kế hoạch sửa chữa lớn với giá trị 96,7 tỷ đồng.

Số liệu tại 5 địa phương có sản lượng lớn nhất:

Địa phương

Điện thương phẩm năm 2024 (triệu kWh)

Tăng so với năm 2023 (%)

ĐMTMN đến 31/12/2024 (MWp)

{cells}

Năm 2025, ngành điện tỉnh đặt mục tiêu điện thương phẩm đạt 3.480 triệu kWh, tăng 8,2%; tỷ lệ tổn thất điện năng dưới 3,5%. Tổng vốn đầu tư lưới điện 110 kV và trung, hạ áp năm 2025 khoảng 865 tỷ đồng, gồm 29 công trình.

Nguồn: Sở Công Thương Khánh Hòa
"""

def num(s):
    return float(s.replace(".", "").replace(",", "."))

Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
AS = P("đến 31/12/2024", None, "2024-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
FIGS = [
    F("vượt 3.200 triệu kWh", "3.200", 3200e6, "measure", "kWh", "điện thương phẩm", P("năm 2024", "2024-01-01", "2024-12-31"),
      approx="over", optional=True),
    F("đạt 3.215,8 triệu kWh", "3.215,8", 3215.8e6, "measure", "kWh", "điện thương phẩm", P("Năm 2024", "2024-01-01", "2024-12-31"),
      change=CH("increase", 8.7, baseline="năm 2023")),
    F("đạt 721 MW", "721", 721, "measure", "MW", "công suất cực đại", P("ngày 18/5/2024", "2024-05-18", "2024-05-18")),
    F("là 168,9 MWp", "168,9", 168.9, "measure", "MWp", "tổng công suất điện mặt trời mái nhà (ĐMTMN)",
      P("Đến hết năm 2024", None, "2024-12-31")),
    F("với 2.744 hệ thống", "2.744", 2744, "count", "hệ thống", "hệ thống ĐMTMN", P("Đến hết năm 2024", None, "2024-12-31")),
    F("bình quân 7,9%/năm", "7,9", 7.9, "percent", "%", "điện thương phẩm tăng bình quân",
      P("Giai đoạn 2021-2024", "2021-01-01", "2024-12-31")),
    F("phát triển mới 14.520 khách hàng", "14.520", 14520, "count", "khách hàng", "khách hàng phát triển mới",
      P("Trong năm", "2024-01-01", "2024-12-31")),
    F("lên 512.380", "512.380", 512380, "count", "khách hàng", "tổng số khách hàng sử dụng điện", None),
    F("đạt 226 phút", "226", 226, "measure", "phút", "chỉ số SAIDI", P("Trong năm", "2024-01-01", "2024-12-31"),
      change=CH("decrease", 74, "phút", "chỉ tiêu EVN giao"), target={"value": 300, "unit": "phút", "met": True}),
    F("hoàn thành 100% kế hoạch", "100", 100, "percent", "%", "kế hoạch sửa chữa lớn hoàn thành", I(Y24)),
    F("giá trị 96,7 tỷ đồng", "96,7", 96.7e9, "money", "đồng", "giá trị sửa chữa lớn", I(Y24)),
    F("tại 5 địa phương", "5", 5, "count", "địa phương", "địa phương có sản lượng lớn nhất", None, optional=True),
]
prev = "(MWp)\n\n"
for place, a, b, c in ROWS:
    FIGS += [
        F(f"{place}\n\n{a}\n", a, num(a) * 1e6, "measure", "kWh", "điện thương phẩm năm 2024",
          P("năm 2024", "2024-01-01", "2024-12-31"), location=place),
        F(f"{a}\n\n{b}\n", b, num(b), "percent", "%", "tăng điện thương phẩm so với năm 2023", I(Y24), location=place),
        F(f"{b}\n\n{c}\n", c, num(c), "measure", "MWp", "ĐMTMN đến 31/12/2024", AS, location=place),
    ]
FIGS += [
    F("đạt 3.480 triệu kWh", "3.480", 3480e6, "measure", "kWh", "điện thương phẩm", Y25, status="target",
      change=CH("increase", 8.2)),
    F("dưới 3,5%", "3,5", 3.5, "percent", "%", "tỷ lệ tổn thất điện năng", Y25, approx="under", status="target"),
    F("khoảng 865 tỷ đồng", "865", 865e9, "money", "đồng", "tổng vốn đầu tư lưới điện 110 kV và trung, hạ áp",
      P("năm 2025", "2025-01-01", "2025-12-31"), approx="about"),
    F("gồm 29 công trình", "29", 29, "count", "công trình", "công trình lưới điện", P("năm 2025", "2025-01-01", "2025-12-31")),
    F("110 kV và", "110", 110, "measure", "kV", "cấp điện áp lưới điện", None, optional=True),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Khánh Hòa: electricity sales 2024, Pmax, rooftop solar, one-cell-per-line table of 5 localities, 2025 targets.",
    "'Ngày cập nhật: 05/03/2025' without time. Headline 'vượt 3.200 triệu kWh' restates the body (optional, period from the headline).",
    "Table written one cell per line: header cells carry unit ('(triệu kWh)' -> ×10^6 kWh, '(%)', '(MWp)') and period",
    "('năm 2024', 'đến 31/12/2024' as-of); the '%' column names a baseline (2024 inherited). Row labels are places -> location, subject = column label.",
    "'Giai đoạn 2021-2024 ... tăng bình quân 7,9%/năm' is a growth rate as the claim (percent, no change). 'Năm 2025 ... đặt mục tiêu' -> target;",
    "'Trong năm' = 2024; 512.380 (a stock at year end) given no period. 226 phút: change = gap to plan, target 300 from the bracket.",
    "revised: ĐMTMN column subject 'ĐMTMN' -> 'ĐMTMN đến 31/12/2024' (full column label, as the other two columns and h23 keep their dates).",
    "865 tỷ đồng is a planned investment without a cue of its own (status actual, debatable); '29 công trình' after 'gồm' is a count of works, not part of the money.",
    "'5 địa phương' (structure of the table) optional; '110 kV' a voltage class (optional). Distractors: dates 18/5/2024, 31/12/2024, 05/03/2025.",
]
emit("p456-7", TEXT, COMMENTS, FIGS, published="2025-03-05", location="Khánh Hòa")

from lib import F, P, build

ROWS = [
    ("Làm đất", ["98,5", "99,6", "100"]),
    ("Gieo cấy", ["14,2", "21,7", "29,8"]),
    ("Chăm sóc, phun thuốc", ["32,0", "45,5", "62,3"]),
    ("Thu hoạch", ["93,1", "96,8", "98,9"]),
    ("Sấy", ["8,4", "11,0", "15,6"]),
]
YEARS = ["2020", "2022", "2024"]
table = "Khâu\n" + "\n".join(f"Năm {y}" for y in YEARS) + "\n"
for label, cells in ROWS:
    table += label + "\n" + "\n".join(cells) + "\n"

TEXT = """
SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH THÁI BÌNH
Tin hoạt động

Thái Bình: Nâng cao tỷ lệ cơ giới hóa trong sản xuất lúa

Năm 2024, toàn tỉnh Thái Bình có 9.460 máy làm đất, 1.012 máy gặt đập liên hợp và 1.538 máy cấy (tăng 214 máy so với năm 2022); diện tích cấy bằng máy đạt 46.300 ha, bằng 29,8% diện tích lúa. Các huyện có tỷ lệ cấy máy cao là Vũ Thư (48,5%), Kiến Xương (41,2%) và Hưng Hà (36,7%); thấp nhất là huyện Thái Thụy với chưa đến 15%.

Tỷ lệ cơ giới hóa các khâu trong sản xuất lúa (%)

""" + table + """
Khâu phun thuốc có bước tiến nhanh nhờ thiết bị bay: toàn tỉnh hiện có 86 chiếc, giá dịch vụ phổ biến 25.000-30.000 đồng/sào, giảm gần 40% so với thuê người phun thủ công.

Theo Sở Nông nghiệp và PTNT, sấy vẫn là khâu yếu nhất do phần lớn nông dân phơi thóc trên sân, đường. Từ vụ Xuân 2025, tỉnh hỗ trợ 30% kinh phí, tối đa 300 triệu đồng/hợp tác xã cho các HTX đầu tư hệ thống sấy công suất từ 10 tấn/mẻ trở lên. Mục tiêu đến năm 2025, tỷ lệ cơ giới hóa khâu gieo cấy đạt 40%, khâu sấy đạt 30%; có ít nhất 120 HTX cung ứng dịch vụ cơ giới hóa đồng bộ.

Nguyễn Thu Hà
18/12/2024
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y24i = P("Năm 2024", "2024-01-01", "2024-12-31", inh=True)
TO25 = P("đến năm 2025", None, "2025-12-31")
CAY = "tỷ lệ cấy máy"

FIGS = [
    F("có 9.460 máy", "9.460", "count", "máy làm đất", "máy làm đất", period=Y24),
    F("1.012 máy gặt", "1.012", "count", "máy gặt đập liên hợp", "máy gặt đập liên hợp", period=Y24),
    F("1.538 máy cấy", "1.538", "count", "máy cấy", "máy cấy",
      change={"direction": "increase", "value": 214, "unit": "máy", "baseline": "năm 2022"}, period=Y24),
    F("đạt 46.300 ha", "46.300", "measure", "ha", "diện tích cấy bằng máy", percent=29.8, period=Y24),
    F("Vũ Thư (48,5%)", "48,5", "percent", "%", CAY, location="Vũ Thư", period=Y24i),
    F("Kiến Xương (41,2%)", "41,2", "percent", "%", CAY, location="Kiến Xương", period=Y24i),
    F("Hưng Hà (36,7%)", "36,7", "percent", "%", CAY, location="Hưng Hà", period=Y24i),
    F("chưa đến 15%", "15", "percent", "%", CAY, approx="under", location="Thái Thụy", period=Y24i),
]
for label, cells in ROWS:
    prev = label
    for y, cell in zip(YEARS, cells):
        FIGS.append(F(f"{prev}\n{cell}\n", cell, "percent", "%", f"tỷ lệ cơ giới hóa khâu {label} năm {y}",
                      period=P(f"Năm {y}", f"{y}-01-01", f"{y}-12-31")))
        prev = cell
FIGS += [
    F("có 86 chiếc", "86", "count", "chiếc", "thiết bị bay"),
    F("phổ biến 25.000-30.000 đồng/sào", "25.000", "money", "đồng/sào", "giá dịch vụ phun thuốc bằng thiết bị bay",
      value_max=30000, change={"direction": "decrease", "value": 40, "unit": "%", "approx": "nearly",
                               "baseline": "thuê người phun thủ công"}),
    F("hỗ trợ 30% kinh phí", "30", "percent", "%", "mức hỗ trợ kinh phí đầu tư hệ thống sấy"),
    F("tối đa 300 triệu", "300", "money", "đồng/hợp tác xã", "mức hỗ trợ tối đa đầu tư hệ thống sấy", mult=10**6,
      approx="at_most"),
    F("từ 10 tấn/mẻ trở lên", "10", "measure", "tấn/mẻ", "công suất hệ thống sấy được hỗ trợ", approx="at_least",
      optional=True),
    F("đạt 40%", "40", "percent", "%", "tỷ lệ cơ giới hóa khâu gieo cấy", status="target", period=TO25),
    F("sấy đạt 30%", "30", "percent", "%", "tỷ lệ cơ giới hóa khâu sấy", status="target", period=TO25),
    F("ít nhất 120 HTX", "120", "count", "HTX", "HTX cung ứng dịch vụ cơ giới hóa đồng bộ", approx="at_least",
      status="target", period=TO25),
]

COMMENTS = [
    "Sở NN&PTNT Thái Bình (department site): mechanisation of rice. No dateline at the top; the bare date '18/12/2024' after the byline is the date.",
    "One-cell-per-line table 'Tỷ lệ cơ giới hóa các khâu trong sản xuất lúa (%)', columns Năm 2020 / Năm 2022 / Năm 2024: every cell a percent,",
    "subject = indicator + row label + year, period from the column header (not inherited, as in h23/h24). '32,0' = 32, '11,0' = 11.",
    "District list (Vũ Thư, Kiến Xương, Hưng Hà, Thái Thụy) takes 'Năm 2024' from the previous sentence (inherited); districts → location.",
    "'1.538 máy cấy (tăng 214 máy so với năm 2022)' → change in máy; '46.300 ha, bằng 29,8% diện tích lúa' → percent attribute.",
    "'Từ vụ Xuân 2025' is a season: no period. '30% kinh phí, tối đa 300 triệu đồng/hợp tác xã' are two figures; '10 tấn/mẻ trở lên' optional (threshold).",
    "'Mục tiêu đến năm 2025' → status target, start null. '86 chiếc' ('hiện có') has no period phrase. '25.000-30.000 đồng/sào, giảm gần 40% so với",
    "thuê người phun' → money range with a change (nearly 40%).",
]

build(6, TEXT, FIGS, COMMENTS, published="2024-12-18", location="Thái Bình")

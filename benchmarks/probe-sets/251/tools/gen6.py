from lib import *

A = """THỊ XÃ SA PA - CỔNG THÔNG TIN ĐIỆN TỬ
Sa Pa đón trên 98.000 lượt khách dịp nghỉ lễ 30/4 - 1/5
Ngày đăng: 05/05/2025 | Lượt xem: 1.204

Trong kỳ nghỉ lễ kỷ niệm 50 năm Ngày Giải phóng miền Nam, thống nhất đất nước và Ngày Quốc tế Lao động (từ ngày 30/4 đến ngày 4/5/2025), thị xã Sa Pa đón 98.650 lượt khách, tăng 15,1% so với kỳ nghỉ lễ năm 2024, vượt 9,6% kế hoạch đề ra.

Một số chỉ tiêu chủ yếu dịp nghỉ lễ:
Chỉ tiêu
Kỳ nghỉ lễ 2024
Kỳ nghỉ lễ 2025
So sánh (%)
Tổng lượt khách (lượt)
85.700
98.650
115,1
Khách quốc tế (lượt)
11.200
12.980
115,9
Công suất phòng bình quân (%)
71,5
78,2
-
Doanh thu du lịch (tỷ đồng)
242
296,5
122,5

Các điểm du lịch thu hút đông khách: khu du lịch Fansipan Legend đón khoảng 32.000 lượt, bản Cát Cát 18.500 lượt, khu du lịch Hàm Rồng 7.400 lượt. Giá phòng khách sạn, homestay tăng từ 20% đến 30% so với ngày thường; Tổ công tác liên ngành đã xử lý 6 trường hợp chèo kéo khách trên đường Cầu Mây và Quốc lộ 4D.

Tính chung 4 tháng đầu năm 2025, Sa Pa đón 1,46 triệu lượt khách, đạt 36,5% kế hoạch năm (4 triệu lượt); tổng doanh thu du lịch ước đạt 5.120 tỷ đồng. Theo Quyết định số 1089/QĐ-UBND, thị xã phấn đấu đến năm 2030 đón 6 triệu lượt khách. Mọi phản ánh xin gửi về đường dây nóng 0214.3871.975.

Phòng Văn hóa và Thông tin thị xã
"""

PH = P("từ ngày 30/4 đến ngày 4/5/2025", "2025-04-30", "2025-05-04")
PHi = inh(PH)
P24 = P("Kỳ nghỉ lễ 2024", "2024-04-27", "2024-05-01", True)
P25 = P("Kỳ nghỉ lễ 2025", "2025-04-30", "2025-05-04", True)

figs = [
    F("trên 98.000 lượt", "98.000", 98000, "count", "lượt khách", "lượt khách dịp nghỉ lễ",
      P("dịp nghỉ lễ 30/4 - 1/5", "2025-04-30", "2025-05-04", True), approx="over"),
    F("kỷ niệm 50 năm", "50", 50, "count", "năm", None, optional=True),
    F("đón 98.650 lượt", "98.650", 98650, "count", "lượt khách", "lượt khách", PH,
      change={"direction": "increase", "value": 15.1, "unit": "%", "baseline": "kỳ nghỉ lễ năm 2024"}),
    F("vượt 9,6% kế hoạch", "9,6", 9.6, "percent", "%", "lượt khách vượt kế hoạch đề ra", PH, optional=True),
]
num = lambda s: float(s.replace(".", "").replace(",", "."))
cells = [
    ("Tổng lượt khách (lượt)", "lượt", 1, "count", "85.700", "98.650", "115,1"),
    ("Khách quốc tế (lượt)", "lượt", 1, "count", "11.200", "12.980", "115,9"),
    ("Công suất phòng bình quân (%)", "%", 1, "percent", "71,5", "78,2", None),
    ("Doanh thu du lịch (tỷ đồng)", "đồng", 1e9, "money", "242", "296,5", "122,5"),
]
for label, unit, mult, kind, a, b, c in cells:
    name = label.split(" (")[0]
    figs.append(F(f"{label}\n{a}\n", a, num(a) * mult, kind, unit, f"{name} Kỳ nghỉ lễ 2024", P24))
    figs.append(F(f"{a}\n{b}\n", b, num(b) * mult, kind, unit, f"{name} Kỳ nghỉ lễ 2025", P25))
    if c:
        figs.append(F(f"{b}\n{c}\n", c, num(c), "percent", "%", f"So sánh {name}", P25))

figs += [
    F("khoảng 32.000 lượt", "32.000", 32000, "count", "lượt", "lượt khách đến các điểm du lịch", PHi, approx="about"),
    F("Cát Cát 18.500 lượt", "18.500", 18500, "count", "lượt", "lượt khách đến các điểm du lịch", PHi),
    F("Hàm Rồng 7.400 lượt", "7.400", 7400, "count", "lượt", "lượt khách đến các điểm du lịch", PHi),
    F("từ 20% đến 30%", "20", 20, "percent", "%", "giá phòng khách sạn, homestay tăng so với ngày thường", PHi, value_max=30),
    F("xử lý 6 trường hợp", "6", 6, "count", "trường hợp", "trường hợp chèo kéo khách bị xử lý", PHi),
    F("đón 1,46 triệu lượt", "1,46", 1.46e6, "count", "lượt khách", "lượt khách",
      P("4 tháng đầu năm 2025", "2025-01-01", "2025-04-30"), percent=36.5,
      target={"value": 4e6, "unit": "lượt"}),
    F("ước đạt 5.120 tỷ đồng", "5.120", 5120e9, "money", "đồng", "tổng doanh thu du lịch",
      P("4 tháng đầu năm 2025", "2025-01-01", "2025-04-30"), status="estimate"),
    F("đón 6 triệu lượt", "6", 6e6, "count", "lượt khách", "lượt khách",
      P("đến năm 2030", None, "2030-12-31"), status="target"),
]

write("p251-6", A, figs, [
    "District portal (Cổng TTĐT thị xã Sa Pa, Lào Cai): tourism in the 5-day 30/4–1/5 holiday 30/4–4/5/2025. 'Ngày đăng: 05/05/2025 | Lượt xem: 1.204'.",
    "'tăng 15,1% so với kỳ nghỉ lễ năm 2024, vượt 9,6% kế hoạch': the first change is 98.650's change; the second (gap to plan) is a percent figure of its own (optional).",
    "'kỷ niệm 50 năm Ngày Giải phóng' names the anniversary (optional). One-cell-per-line table: unit from the row label '(lượt)', '(tỷ đồng)', '(%)';",
    "subject = row label + column label; periods from the column headers 'Kỳ nghỉ lễ 2024/2025' (dates of those holidays are not in the table: inherited).",
    "'So sánh (%)' cells (2025 as % of 2024) are percent figures; '-' is no number. Attractions are not places (location Sa Pa).",
    "'tăng từ 20% đến 30% so với ngày thường' is a growth range as the claim (percent, value_max, no change).",
    "'đạt 36,5% kế hoạch năm (4 triệu lượt)' gives percent and target; the 5.120 tỷ after ';' shares the sentence's '4 tháng đầu năm 2025' (ước: estimate).",
    "Distractors: Quyết định số 1089/QĐ-UBND, Quốc lộ 4D, hotline 0214.3871.975, view counter, '30/4 - 1/5'.",
], published="2025-05-05", location="Sa Pa")

from lib import F, P, CH, emit

TEXT = """VĂN PHÒNG ĐIỀU PHỐI NÔNG THÔN MỚI TRUNG ƯƠNG
Tin tức - Sự kiện

Người dân đóng góp hơn 48 nghìn tỷ đồng xây dựng giao thông nông thôn

Giai đoạn 2021-2023, cả nước đã đầu tư xây mới, nâng cấp khoảng 68.400 km đường giao thông nông thôn, trong đó có hơn 9.200 km đường trục chính nội đồng. Tính đến 30/6/2024, tỷ lệ xã có đường ô tô đến trung tâm xã được nhựa hóa, bê tông hóa đạt 99,6%; 6.295 xã đạt chuẩn tiêu chí giao thông, chiếm 78,9% tổng số xã.

Tổng nguồn lực huy động cho giao thông nông thôn giai đoạn này đạt trên 212 nghìn tỷ đồng, trong đó người dân đóng góp hơn 48 nghìn tỷ đồng (chiếm 22,6%), hiến hơn 31 triệu m² đất và gần 12 triệu ngày công.

Một số địa phương có mức đóng góp của người dân cao như Hà Nội (hơn 6.100 tỷ đồng), Thanh Hóa (4.870 tỷ đồng), Nghệ An (3.920 tỷ đồng), Nam Định (2.640 tỷ đồng).

6 tháng đầu năm 2024, cả nước làm mới, nâng cấp thêm 11.870 km đường giao thông nông thôn, tăng 6,4% so với cùng kỳ năm 2023; suất đầu tư bình quân khoảng 2,5 tỷ đồng/km đối với đường trục xã.

Theo Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2021-2025 ban hành kèm Quyết định số 318/QĐ-TTg, đường xã phải được nhựa hóa hoặc bê tông hóa 100%. Mục tiêu đến năm 2025, cả nước có ít nhất 80% số xã đạt chuẩn nông thôn mới, trong đó khoảng 40% số xã đạt chuẩn nông thôn mới nâng cao.

Văn phòng Điều phối nông thôn mới Trung ương, số 2 Ngọc Hà, Ba Đình, Hà Nội
18/7/2024
"""

G = P("Giai đoạn 2021-2023", "2021-01-01", "2023-12-31")
Gi = P("Giai đoạn 2021-2023", "2021-01-01", "2023-12-31", inh=True)
AS = P("Tính đến 30/6/2024", None, "2024-06-30")
H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
T25 = P("đến năm 2025", None, "2025-12-31")
S = "mức đóng góp của người dân"

FIGS = [
    F("hơn 48 nghìn tỷ đồng xây dựng", "48", 48e12, "money", "đồng", "người dân đóng góp xây dựng giao thông nông thôn", Gi,
      approx="over"),
    F("khoảng 68.400 km", "68.400", 68400, "measure", "km", "đường giao thông nông thôn đầu tư xây mới, nâng cấp", G,
      approx="about"),
    F("hơn 9.200 km", "9.200", 9200, "measure", "km", "đường trục chính nội đồng", G, approx="over", total=68400),
    F("đạt 99,6%", "99,6", 99.6, "percent", "%", "tỷ lệ xã có đường ô tô đến trung tâm xã được nhựa hóa, bê tông hóa", AS),
    F("6.295 xã", "6.295", 6295, "count", "xã", "xã đạt chuẩn tiêu chí giao thông", AS, percent=78.9),
    F("trên 212 nghìn tỷ đồng", "212", 212e12, "money", "đồng", "tổng nguồn lực huy động cho giao thông nông thôn", Gi,
      approx="over"),
    F("hơn 48 nghìn tỷ đồng (chiếm", "48", 48e12, "money", "đồng", "người dân đóng góp", Gi, approx="over",
      total=212e12, percent=22.6),
    F("hơn 31 triệu m²", "31", 31e6, "measure", "m²", "đất người dân hiến", Gi, approx="over"),
    F("gần 12 triệu ngày công", "12", 12e6, "count", "ngày công", "ngày công người dân đóng góp", Gi, approx="nearly"),
    F("Hà Nội (hơn 6.100 tỷ đồng)", "6.100", 6100e9, "money", "đồng", S, Gi, approx="over", location="Hà Nội"),
    F("Thanh Hóa (4.870 tỷ đồng)", "4.870", 4870e9, "money", "đồng", S, Gi, location="Thanh Hóa"),
    F("Nghệ An (3.920 tỷ đồng)", "3.920", 3920e9, "money", "đồng", S, Gi, location="Nghệ An"),
    F("Nam Định (2.640 tỷ đồng)", "2.640", 2640e9, "money", "đồng", S, Gi, location="Nam Định"),
    F("thêm 11.870 km", "11.870", 11870, "measure", "km", "đường giao thông nông thôn làm mới, nâng cấp", H1,
      change=CH("increase", 6.4, baseline="cùng kỳ năm 2023")),
    F("khoảng 2,5 tỷ đồng/km", "2,5", 2.5e9, "money", "đồng/km", "suất đầu tư bình quân đối với đường trục xã", H1,
      approx="about"),
    F("bê tông hóa 100%", "100", 100, "percent", "%", "đường xã phải được nhựa hóa hoặc bê tông hóa", optional=True),
    F("ít nhất 80% số xã", "80", 80, "percent", "%", "số xã đạt chuẩn nông thôn mới", T25, approx="at_least", status="target"),
    F("khoảng 40% số xã", "40", 40, "percent", "%", "số xã đạt chuẩn nông thôn mới nâng cao", T25, approx="about",
      total=80, status="target"),
]

COMMENTS = [
    "Văn phòng Điều phối NTM Trung ương (central agency site): community contributions to rural roads 2021-2023 and H1/2024. National → Việt Nam.",
    "No dateline on top; the bare date '18/7/2024' at the end under the office is the article's date.",
    "'giai đoạn này' refers back to 'Giai đoạn 2021-2023' (inherited). 9.200 km after 'trong đó' → total 68.400; 48 nghìn tỷ after 'trong đó' → total 212",
    "nghìn tỷ and chiếm 22,6%; m² and ngày công count other things → no total. 6.295 xã 'chiếm 78,9% tổng số xã' → percent.",
    "Province list: subject = the list's indicator, province → location. 'bê tông hóa 100%' is a criterion of the Bộ tiêu chí (optional).",
    "'khoảng 40% số xã đạt chuẩn NTM nâng cao' after 'trong đó' is part of the 80% of communes (same base): total 80 (cf. shared gold 7,77%/12,67%).",
    "Distractors: Quyết định số 318/QĐ-TTg, 'giai đoạn 2021-2025' in the Bộ tiêu chí's name, address 'số 2 Ngọc Hà, Ba Đình, Hà Nội' (a place that",
    "is not the figures' location), the bare date.",
]

emit("p421-8", TEXT, COMMENTS, FIGS, published="2024-07-18", location="Việt Nam")

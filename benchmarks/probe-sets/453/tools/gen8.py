from lib import Doc, P

END23 = P("đến hết năm 2023", None, "2023-12-31")
END23i = P("đến hết năm 2023", None, "2023-12-31", inherited=True)
C20 = P("Năm 2020", "2020-01-01", "2020-12-31", inherited=True)
C23 = P("Năm 2023", "2023-01-01", "2023-12-31", inherited=True)
C25 = P("Mục tiêu 2025", "2025-01-01", "2025-12-31", inherited=True)
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")

text = """Hải Dương đẩy mạnh phát triển đô thị theo hướng xanh, thông minh

Thực hiện Chương trình phát triển đô thị tỉnh Hải Dương giai đoạn 2021-2030, đến hết năm 2023, tỷ lệ đô thị hóa của tỉnh đạt 36,8%, tăng 4,7 điểm phần trăm so với năm 2020. Toàn tỉnh có 19 đô thị; 2 huyện Nam Sách và Kim Thành đã cơ bản đạt tiêu chí đô thị loại IV, đang hoàn thiện hồ sơ đề nghị công nhận.

Tỷ lệ đô thị hóa một số địa phương (đơn vị tính: %)
Địa phương
Năm 2020
Năm 2023
Mục tiêu 2025
TP Hải Dương
78,5
84,2
90
TP Chí Linh
55,6
61,3
65
Thị xã Kinh Môn
41,2
47,9
55

Diện tích nhà ở bình quân đầu người của tỉnh năm 2023 đạt 27,6 m2 sàn; tỷ lệ đường đô thị được chiếu sáng đạt 98%, diện tích cây xanh công cộng đô thị bình quân 4,2 m2/người.

Giai đoạn 2024-2025, tỉnh dự kiến đầu tư khoảng 12 nghìn tỷ đồng xây dựng hạ tầng khung đô thị, trong đó vốn ngân sách nhà nước chiếm khoảng 35%. Mục tiêu đến năm 2025, tỷ lệ đô thị hóa toàn tỉnh đạt 40% trở lên; đến năm 2030 đạt trên 55%.

Trong 9 tháng năm 2024, toàn tỉnh cấp 2.371 giấy phép xây dựng; phát hiện 76 trường hợp vi phạm trật tự xây dựng, đã xử lý 69 trường hợp (đạt 90,8%). Sở Xây dựng đề nghị các địa phương không cấp phép mới tại khu vực đã có quyết định thu hồi đất, kiên quyết xử lý các trường hợp xây dựng trên đất nông nghiệp dọc Quốc lộ 5 và Quốc lộ 37.

Hoàng Linh - Sở Xây dựng
18/10/2024
"""

d = Doc("p453-8", """
Cổng TTĐT tỉnh Hải Dương (province portal): urbanisation rate, one-cell-per-line table of district rates, housing, investment, permits.
Date only at the end, bare '18/10/2024' after the byline (the article's own date). Distractors: 'giai đoạn 2021-2030' (programme),
'Quốc lộ 5', 'Quốc lộ 37' (road names), 'loại IV' (class label).
'đến hết năm 2023' is an as-of phrase (start null). '2 huyện Nam Sách và Kim Thành': the count is provincial (the districts name its items).
Table: header 'Địa phương | Năm 2020 | Năm 2023 | Mục tiêu 2025', unit '(đơn vị tính: %)'; each cell a percent figure with the row's
city/town as location, subject from the caption + column, period from the column header (inherited); 'Mục tiêu' column -> target, period the year 2025 (as h23's plan column).
revised after the first run: the 'Mục tiêu 2025' column period is the year 2025 (start 2025-01-01), as h23's 'Kế hoạch năm 2019'; it was null-start (inherited, unscored).
'12 nghìn tỷ đồng' = 1,2·10^13 đồng, 'dự kiến' -> forecast; 'trong đó vốn ngân sách nhà nước chiếm khoảng 35%' is a share with no
amount: a percent figure, continuing the 'dự kiến' clause (forecast). '40% trở lên' -> at_least; 'trên 55%' -> over; both targets.
'đã xử lý 69 trường hợp (đạt 90,8%)' -> percent 90.8; no total (no part-of cue).
""", text, published="2024-10-18", location="Hải Dương")

d.f("tỉnh đạt 36,8%", "36,8", 36.8, "percent", "%", "tỷ lệ đô thị hóa của tỉnh", END23,
    change={"direction": "increase", "value": 4.7, "unit": "điểm phần trăm", "baseline": "năm 2020"})
d.f("có 19 đô thị", "19", 19, "count", "đô thị", "đô thị toàn tỉnh", END23i)
d.f("2 huyện", "2", 2, "count", "huyện", "huyện đạt tiêu chí đô thị loại IV", END23i)
rows = [("TP Hải Dương", "Hải Dương", "78,5", "84,2", "90", "\nTP Chí Linh"),
        ("TP Chí Linh", "Chí Linh", "55,6", "61,3", "65", "\nThị xã"),
        ("Thị xã Kinh Môn", "Kinh Môn", "41,2", "47,9", "55", "\n\nDiện tích")]
for label, loc, a, b, c, after in rows:
    fa, fb, fc = (float(x.replace(",", ".")) for x in (a, b, c))
    d.f(f"{label}\n{a}\n", a, fa, "percent", "%", "Tỷ lệ đô thị hóa năm 2020", C20, location=loc)
    d.f(f"{a}\n{b}\n", b, fb, "percent", "%", "Tỷ lệ đô thị hóa năm 2023", C23, location=loc)
    d.f(f"{b}\n{c}{after}", c, fc, "percent", "%", "Tỷ lệ đô thị hóa mục tiêu 2025", C25, location=loc, status="target")
d.f("đạt 27,6 m2", "27,6", 27.6, "measure", "m2 sàn", "Diện tích nhà ở bình quân đầu người", Y23)
d.f("đạt 98%", "98", 98, "percent", "%", "tỷ lệ đường đô thị được chiếu sáng", Y23)
d.f("bình quân 4,2 m2", "4,2", 4.2, "measure", "m2/người", "diện tích cây xanh công cộng đô thị bình quân", Y23)
d.f("khoảng 12 nghìn tỷ đồng", "12", 1.2e13, "money", "đồng", "vốn đầu tư xây dựng hạ tầng khung đô thị",
    P("Giai đoạn 2024-2025", "2024-01-01", "2025-12-31"), mult=1e12, approx="about", status="forecast")
d.f("khoảng 35%", "35", 35, "percent", "%", "tỷ trọng vốn ngân sách nhà nước",
    P("Giai đoạn 2024-2025", "2024-01-01", "2025-12-31"), approx="about", status="forecast")
d.f("40% trở lên", "40", 40, "percent", "%", "tỷ lệ đô thị hóa toàn tỉnh", P("đến năm 2025", None, "2025-12-31"),
    approx="at_least", status="target")
d.f("đạt trên 55%", "55", 55, "percent", "%", "tỷ lệ đô thị hóa toàn tỉnh", P("đến năm 2030", None, "2030-12-31"),
    approx="over", status="target")
d.f("cấp 2.371 giấy phép", "2.371", 2371, "count", "giấy phép", "giấy phép xây dựng được cấp", M9)
d.f("phát hiện 76 trường hợp", "76", 76, "count", "trường hợp", "trường hợp vi phạm trật tự xây dựng", M9)
d.f("xử lý 69 trường hợp", "69", 69, "count", "trường hợp", "trường hợp vi phạm đã xử lý", M9, percent=90.8)
d.write()

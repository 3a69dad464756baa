from lib import Doc, P

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y23i = P("năm 2023", "2023-01-01", "2023-12-31", inherited=True)
TN = P("trong năm", "2023-01-01", "2023-12-31")

text = """Bắc Ninh: Tỷ lệ đô thị hóa năm 2023 ước đạt 58,5%
Cập nhật: 14/03/2024 09:20 | Lượt xem: 2.317

Sáng 13/3, Sở Xây dựng tỉnh Bắc Ninh tổ chức hội nghị tổng kết công tác quản lý quy hoạch, phát triển đô thị năm 2023 và triển khai nhiệm vụ năm 2024.

Theo báo cáo, năm 2023 tỷ lệ đô thị hóa toàn tỉnh ước đạt 58,5%, tăng 2,1 điểm phần trăm so với năm 2022, cao hơn nhiều so với mức bình quân cả nước. Dân số đô thị ước gần 870 nghìn người trên tổng số khoảng 1,49 triệu dân. Hệ thống đô thị của tỉnh hiện có 17 đô thị, gồm 1 đô thị loại I, 1 đô thị loại III, 2 đô thị loại IV và 13 đô thị loại V. Theo Bộ Xây dựng, tỷ lệ đô thị hóa bình quân cả nước năm 2023 đạt khoảng 42,6%.

Công tác quy hoạch được tập trung chỉ đạo: trong năm, tỉnh phê duyệt 46 đồ án quy hoạch phân khu và quy hoạch chi tiết với tổng diện tích trên 4.200 ha; tỷ lệ phủ kín quy hoạch phân khu tại các đô thị đạt 100%. Diện tích sàn nhà ở bình quân đầu người toàn tỉnh đạt 31,2 m2 sàn/người; khu vực đô thị đạt 33,8 m2, khu vực nông thôn đạt 28,4 m2.

Năm 2024, tỉnh phấn đấu tỷ lệ đô thị hóa đạt 60%; đến năm 2025 đạt trên 62% và có thêm 3 đô thị được công nhận loại V. Vốn đầu tư xây dựng hạ tầng đô thị năm 2024 dự kiến khoảng 5.600 tỷ đồng, tăng 12% so với năm 2023.

Ý kiến đóng góp xin gửi về Sở Xây dựng, số 11 đường Lý Thái Tổ, phường Suối Hoa, thành phố Bắc Ninh; điện thoại 0222.3822.545.
"""

d = Doc("p453-1", """
Cổng TTĐT tỉnh Bắc Ninh (province portal): urbanisation rate 2023, urban classes, planning, housing floor area, 2024-2025 targets.
Dateline 'Cập nhật: 14/03/2024 09:20 | Lượt xem: 2.317' (counter is furniture). Distractors: 'Sáng 13/3', address 'số 11 đường Lý Thái Tổ',
phone 0222.3822.545, class labels 'loại I/III/IV/V' (Roman numerals, not figures).
Title figure annotated (same indicator as the body, period from the title line, 'ước đạt' -> estimate).
'tăng 2,1 điểm phần trăm' is the change of 58,5% (unit 'điểm phần trăm'). 'trên tổng số khoảng 1,49 triệu dân' is the total of 870 nghìn
(attribute only, as shared h02 '56 dịch vụ trong tổng số 76'). '17 đô thị, gồm 1 …, 1 …, 2 … và 13 …' -> parts with total 17.
National rate 42,6% in its own sentence: location Việt Nam. 'trong năm' resolves to 2023 (nearest earlier period).
Urban/rural floor areas after ';' have no part-of cue (averages are not parts): no total. 'dự kiến' -> forecast.
""", text, published="2024-03-14", location="Bắc Ninh")

d.f("năm 2023 ước đạt 58,5%\n", "58,5", 58.5, "percent", "%", "Tỷ lệ đô thị hóa",
    P("năm 2023", "2023-01-01", "2023-12-31"), status="estimate")
d.f("toàn tỉnh ước đạt 58,5%", "58,5", 58.5, "percent", "%", "tỷ lệ đô thị hóa toàn tỉnh", Y23, status="estimate",
    change={"direction": "increase", "value": 2.1, "unit": "điểm phần trăm", "baseline": "năm 2022"})
d.f("ước gần 870 nghìn người", "870", 870000, "count", "người", "Dân số đô thị", Y23i, mult=1000,
    approx="nearly", status="estimate", total=1490000)
d.f("hiện có 17 đô thị", "17", 17, "count", "đô thị", "đô thị trong hệ thống đô thị của tỉnh")
d.f("gồm 1 đô thị loại I", "1", 1, "count", "đô thị", "đô thị loại I", total=17)
d.f("1 đô thị loại III", "1", 1, "count", "đô thị", "đô thị loại III", total=17)
d.f("2 đô thị loại IV", "2", 2, "count", "đô thị", "đô thị loại IV", total=17)
d.f("13 đô thị loại V", "13", 13, "count", "đô thị", "đô thị loại V", total=17)
d.f("khoảng 42,6%", "42,6", 42.6, "percent", "%", "tỷ lệ đô thị hóa bình quân cả nước", Y23,
    approx="about", location="Việt Nam")
d.f("phê duyệt 46 đồ án", "46", 46, "count", "đồ án", "đồ án quy hoạch phân khu và quy hoạch chi tiết được phê duyệt", TN)
d.f("trên 4.200 ha", "4.200", 4200, "measure", "ha", "tổng diện tích đồ án quy hoạch được phê duyệt", TN, approx="over")
d.f("đô thị đạt 100%", "100", 100, "percent", "%", "tỷ lệ phủ kín quy hoạch phân khu tại các đô thị", TN)
d.f("đạt 31,2 m2", "31,2", 31.2, "measure", "m2 sàn/người", "Diện tích sàn nhà ở bình quân đầu người toàn tỉnh", Y23i)
d.f("đạt 33,8 m2", "33,8", 33.8, "measure", "m2", "diện tích sàn nhà ở bình quân đầu người khu vực đô thị", Y23i)
d.f("đạt 28,4 m2", "28,4", 28.4, "measure", "m2", "diện tích sàn nhà ở bình quân đầu người khu vực nông thôn", Y23i)
d.f("hóa đạt 60%", "60", 60, "percent", "%", "tỷ lệ đô thị hóa", P("Năm 2024", "2024-01-01", "2024-12-31"), status="target")
d.f("đạt trên 62%", "62", 62, "percent", "%", "tỷ lệ đô thị hóa", P("đến năm 2025", None, "2025-12-31"),
    approx="over", status="target")
d.f("thêm 3 đô thị", "3", 3, "count", "đô thị", "đô thị được công nhận loại V", P("đến năm 2025", None, "2025-12-31"),
    status="target")
d.f("khoảng 5.600 tỷ đồng", "5.600", 5.6e12, "money", "đồng", "Vốn đầu tư xây dựng hạ tầng đô thị",
    P("năm 2024", "2024-01-01", "2024-12-31"), mult=1e9, approx="about", status="forecast",
    change={"direction": "increase", "value": 12, "unit": "%", "baseline": "năm 2023"})
d.write()

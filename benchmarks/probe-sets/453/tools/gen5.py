from lib import Doc, P

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y23i = P("năm 2023", "2023-01-01", "2023-12-31", inherited=True)
END23 = P("tính đến cuối năm 2023", None, "2023-12-31")
END23i = P("tính đến cuối năm 2023", None, "2023-12-31", inherited=True)
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

text = """Tỷ lệ đô thị hóa cả nước năm 2023 đạt 42,7%

Chiều 10/1/2024, tại Hà Nội, Bộ Xây dựng tổ chức Hội nghị tổng kết công tác năm 2023, triển khai kế hoạch năm 2024. Theo báo cáo, tỷ lệ đô thị hóa cả nước năm 2023 ước đạt 42,7%, tăng 1,2 điểm phần trăm so với năm 2022; tính đến cuối năm 2023, cả nước có 902 đô thị, tăng 14 đô thị so với cuối năm 2022. Trong đó có 2 đô thị loại đặc biệt (Hà Nội và TP Hồ Chí Minh), 22 đô thị loại I, 35 đô thị loại II, 46 đô thị loại III, 95 đô thị loại IV và 702 đô thị loại V.

Trong các địa phương, Đà Nẵng có tỷ lệ đô thị hóa cao nhất với 87,4%, tiếp đến là Bình Dương (85,3%), TP Hồ Chí Minh (79,6%); thấp nhất là Bắc Kạn với 19,2%.

Chất lượng đô thị từng bước được nâng lên. Tỷ lệ dân số đô thị được cung cấp nước sạch qua hệ thống cấp nước tập trung đạt khoảng 94%; tỷ lệ thu gom, xử lý chất thải rắn sinh hoạt đô thị đạt 96,3%. Diện tích nhà ở bình quân toàn quốc đạt 25,2 m2 sàn/người; khu vực đô thị đạt 29,7 m2 sàn/người, khu vực nông thôn đạt 22,8 m2 sàn/người. Năm 2023, diện tích sàn nhà ở hoàn thành đạt khoảng 194 triệu m2, trong đó nhà ở xã hội chiếm gần 1,5%.

Năm 2024, ngành Xây dựng phấn đấu tỷ lệ đô thị hóa đạt 43,5%, số đô thị khoảng 910 đô thị; đến năm 2025 tỷ lệ đô thị hóa đạt trên 45%, đến năm 2030 đạt trên 50%. Bộ trưởng Nguyễn Thanh Nghị đề nghị các địa phương rà soát, hoàn thành việc ban hành quy chế quản lý kiến trúc đô thị trong quý II/2024.
"""

d = Doc("p453-5", """
Bộ Xây dựng (ministry site): national urbanisation 2023, urban classes, provinces' rates, housing, 2024-2030 targets. No dateline.
Distractors: 'Chiều 10/1/2024', venue 'tại Hà Nội' (not the location of national figures), 'quý II/2024' (a deadline), the minister's name.
Title figure: 'đạt' on the title line -> actual (the body's 'ước đạt' is the body's). '902 đô thị, tăng 14 đô thị so với cuối năm 2022':
change in đô thị. 'Trong đó có 2 …, 22 …, 35 …, 46 …, 95 … và 702 …' after a sentence break -> total 902 (sum 902); the bracketed
'(Hà Nội và TP Hồ Chí Minh)' names the two special-class cities but the count stays national (FIGURES.md: a place named inside a list
that follows a national count does not make it provincial). Province list: provinces are locations, subject the shared indicator.
'nhà ở xã hội chiếm gần 1,5%' is a share with no amount of its own: a percent figure (no total, a percent has no whole in m2).
""", text, location="Việt Nam")

d.f("năm 2023 đạt 42,7%", "42,7", 42.7, "percent", "%", "Tỷ lệ đô thị hóa cả nước",
    P("năm 2023", "2023-01-01", "2023-12-31"))
d.f("ước đạt 42,7%", "42,7", 42.7, "percent", "%", "tỷ lệ đô thị hóa cả nước", Y23, status="estimate",
    change={"direction": "increase", "value": 1.2, "unit": "điểm phần trăm", "baseline": "năm 2022"})
d.f("có 902 đô thị", "902", 902, "count", "đô thị", "đô thị cả nước", END23,
    change={"direction": "increase", "value": 14, "unit": "đô thị", "baseline": "cuối năm 2022"})
d.f("có 2 đô thị loại đặc biệt", "2", 2, "count", "đô thị", "đô thị loại đặc biệt", END23i, total=902)
d.f("22 đô thị loại I,", "22", 22, "count", "đô thị", "đô thị loại I", END23i, total=902)
d.f("35 đô thị loại II,", "35", 35, "count", "đô thị", "đô thị loại II", END23i, total=902)
d.f("46 đô thị loại III", "46", 46, "count", "đô thị", "đô thị loại III", END23i, total=902)
d.f("95 đô thị loại IV", "95", 95, "count", "đô thị", "đô thị loại IV", END23i, total=902)
d.f("702 đô thị loại V", "702", 702, "count", "đô thị", "đô thị loại V", END23i, total=902)
d.f("với 87,4%", "87,4", 87.4, "percent", "%", "tỷ lệ đô thị hóa", Y23i, location="Đà Nẵng")
d.f("Bình Dương (85,3%)", "85,3", 85.3, "percent", "%", "tỷ lệ đô thị hóa", Y23i, location="Bình Dương")
d.f("TP Hồ Chí Minh (79,6%)", "79,6", 79.6, "percent", "%", "tỷ lệ đô thị hóa", Y23i, location="Hồ Chí Minh")
d.f("với 19,2%", "19,2", 19.2, "percent", "%", "tỷ lệ đô thị hóa", Y23i, location="Bắc Kạn")
d.f("khoảng 94%", "94", 94, "percent", "%", "Tỷ lệ dân số đô thị được cung cấp nước sạch qua hệ thống cấp nước tập trung",
    Y23i, approx="about")
d.f("đạt 96,3%", "96,3", 96.3, "percent", "%", "tỷ lệ thu gom, xử lý chất thải rắn sinh hoạt đô thị", Y23i)
d.f("đạt 25,2 m2", "25,2", 25.2, "measure", "m2 sàn/người", "Diện tích nhà ở bình quân toàn quốc", Y23i)
d.f("đạt 29,7 m2", "29,7", 29.7, "measure", "m2 sàn/người", "diện tích nhà ở bình quân khu vực đô thị", Y23i)
d.f("đạt 22,8 m2", "22,8", 22.8, "measure", "m2 sàn/người", "diện tích nhà ở bình quân khu vực nông thôn", Y23i)
d.f("khoảng 194 triệu m2", "194", 194e6, "measure", "m2", "diện tích sàn nhà ở hoàn thành",
    P("Năm 2023", "2023-01-01", "2023-12-31"), mult=1e6, approx="about")
d.f("gần 1,5%", "1,5", 1.5, "percent", "%", "tỷ trọng nhà ở xã hội trong diện tích sàn nhà ở hoàn thành",
    P("Năm 2023", "2023-01-01", "2023-12-31"), approx="nearly")
d.f("hóa đạt 43,5%", "43,5", 43.5, "percent", "%", "tỷ lệ đô thị hóa", Y24, status="target")
d.f("khoảng 910 đô thị", "910", 910, "count", "đô thị", "số đô thị", Y24, approx="about", status="target")
d.f("đạt trên 45%", "45", 45, "percent", "%", "tỷ lệ đô thị hóa", P("đến năm 2025", None, "2025-12-31"),
    approx="over", status="target")
d.f("đạt trên 50%", "50", 50, "percent", "%", "tỷ lệ đô thị hóa", P("đến năm 2030", None, "2030-12-31"),
    approx="over", status="target")
d.write()

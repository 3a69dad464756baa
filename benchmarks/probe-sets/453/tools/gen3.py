from lib import Doc, P

ASOF = P("tính đến ngày 31/12/2023", None, "2023-12-31")
ASOFi = P("tính đến ngày 31/12/2023", None, "2023-12-31", inherited=True)
Y23 = P("Trong năm 2023", "2023-01-01", "2023-12-31")
Y23i = P("năm 2023", "2023-01-01", "2023-12-31", inherited=True)
G2123 = P("giai đoạn 2021-2023", "2021-01-01", "2023-12-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")

text = """Phát triển nhà ở tỉnh Bình Dương: diện tích nhà ở bình quân đạt 34,5 m2 sàn/người
Ngày đăng: 12/06/2024 | Lượt xem: 1.205

Theo Báo cáo số 1875/BC-SXD của Sở Xây dựng về tình hình thực hiện Chương trình phát triển nhà ở tỉnh Bình Dương giai đoạn 2021-2030, tính đến ngày 31/12/2023, tổng diện tích nhà ở toàn tỉnh đạt khoảng 96,4 triệu m2 sàn, diện tích nhà ở bình quân đạt 34,5 m2 sàn/người, vượt chỉ tiêu đề ra là 33 m2 sàn/người.

Trong năm 2023, toàn tỉnh hoàn thành 5 dự án nhà ở xã hội với 4.860 căn, tổng diện tích sàn khoảng 245.000 m2; lũy kế giai đoạn 2021-2023 hoàn thành 14 dự án với 12.480 căn, đạt 41,6% kế hoạch giai đoạn 2021-2025. Ngoài ra, 9 dự án nhà ở thương mại đã hoàn thành, cung cấp cho thị trường 6.315 căn hộ và 1.120 căn nhà liền kề.

Về chất lượng nhà ở, tỷ lệ nhà ở kiên cố toàn tỉnh đạt 78,3%, nhà bán kiên cố 21,4%, nhà thiếu kiên cố và đơn sơ chỉ còn 0,3%. Diện tích nhà ở bình quân khu vực đô thị đạt 35,9 m2 sàn/người, khu vực nông thôn đạt 31,7 m2 sàn/người.

Theo kế hoạch, năm 2024 tỉnh phấn đấu khởi công mới từ 8 đến 10 dự án nhà ở xã hội, hoàn thành khoảng 3.500 căn; đến năm 2025 diện tích nhà ở bình quân đạt 36 m2 sàn/người, đến năm 2030 đạt 39 m2 sàn/người. Tổng vốn dự kiến bố trí cho phát triển nhà ở xã hội giai đoạn 2021-2025 khoảng 18.700 tỷ đồng.

Liên hệ: Phòng Quản lý nhà và thị trường bất động sản, tầng 8, tháp A, Trung tâm Hành chính tập trung tỉnh; ĐT: 0274.3822.361.
"""

d = Doc("p453-3", """
Sở Xây dựng tỉnh Bình Dương (department site): housing development, floor area per person, social housing, as of 31/12/2023.
Dateline 'Ngày đăng: 12/06/2024 | Lượt xem: 1.205'. Distractors: 'Báo cáo số 1875/BC-SXD', 'giai đoạn 2021-2030' (programme name),
'tầng 8, tháp A', phone 0274.3822.361. Title figure annotated (no period on the title line).
'vượt chỉ tiêu đề ra là 33 m2 sàn/người' -> target 33, met. '12.480 căn, đạt 41,6% kế hoạch giai đoạn 2021-2025' -> percent 41.6;
its period is 'giai đoạn 2021-2023' (the plan period only names the plan). Floor area per person is a rate: unit 'm2 sàn/người'.
Housing-quality shares and urban/rural averages carry no period in their paragraph (inherited as-of date).
'từ 8 đến 10 dự án' range, target; 'Tổng vốn dự kiến … khoảng 18.700 tỷ đồng' -> forecast, about.
""", text, published="2024-06-12", location="Bình Dương")

d.f("bình quân đạt 34,5 m2 sàn/người\n", "34,5", 34.5, "measure", "m2 sàn/người", "diện tích nhà ở bình quân")
d.f("khoảng 96,4 triệu m2", "96,4", 96.4e6, "measure", "m2 sàn", "tổng diện tích nhà ở toàn tỉnh", ASOF, mult=1e6,
    approx="about")
d.f("bình quân đạt 34,5 m2 sàn/người,", "34,5", 34.5, "measure", "m2 sàn/người", "diện tích nhà ở bình quân", ASOF,
    target={"value": 33, "unit": "m2 sàn/người", "met": True})
d.f("hoàn thành 5 dự án", "5", 5, "count", "dự án", "dự án nhà ở xã hội hoàn thành", Y23)
d.f("với 4.860 căn", "4.860", 4860, "count", "căn", "căn nhà ở xã hội hoàn thành", Y23)
d.f("khoảng 245.000 m2", "245.000", 245000, "measure", "m2", "tổng diện tích sàn nhà ở xã hội hoàn thành", Y23,
    approx="about")
d.f("hoàn thành 14 dự án", "14", 14, "count", "dự án", "dự án nhà ở xã hội hoàn thành lũy kế", G2123)
d.f("với 12.480 căn", "12.480", 12480, "count", "căn", "căn nhà ở xã hội hoàn thành lũy kế", G2123, percent=41.6)
d.f("9 dự án nhà ở thương mại", "9", 9, "count", "dự án", "dự án nhà ở thương mại đã hoàn thành", Y23i)
d.f("6.315 căn hộ", "6.315", 6315, "count", "căn hộ", "căn hộ nhà ở thương mại cung cấp cho thị trường", Y23i)
d.f("1.120 căn nhà liền kề", "1.120", 1120, "count", "căn nhà liền kề", "căn nhà liền kề cung cấp cho thị trường", Y23i)
d.f("đạt 78,3%", "78,3", 78.3, "percent", "%", "tỷ lệ nhà ở kiên cố", ASOFi)
d.f("bán kiên cố 21,4%", "21,4", 21.4, "percent", "%", "tỷ lệ nhà bán kiên cố", ASOFi)
d.f("còn 0,3%", "0,3", 0.3, "percent", "%", "tỷ lệ nhà thiếu kiên cố và đơn sơ", ASOFi)
d.f("đạt 35,9 m2", "35,9", 35.9, "measure", "m2 sàn/người", "diện tích nhà ở bình quân khu vực đô thị", ASOFi)
d.f("đạt 31,7 m2", "31,7", 31.7, "measure", "m2 sàn/người", "diện tích nhà ở bình quân khu vực nông thôn", ASOFi)
d.f("từ 8 đến 10 dự án", "8", 8, "count", "dự án", "dự án nhà ở xã hội khởi công mới", Y24, value_max=10,
    status="target")
d.f("khoảng 3.500 căn", "3.500", 3500, "count", "căn", "căn nhà ở xã hội hoàn thành", Y24, approx="about",
    status="target")
d.f("đạt 36 m2", "36", 36, "measure", "m2 sàn/người", "diện tích nhà ở bình quân",
    P("đến năm 2025", None, "2025-12-31"), status="target")
d.f("đạt 39 m2", "39", 39, "measure", "m2 sàn/người", "diện tích nhà ở bình quân",
    P("đến năm 2030", None, "2030-12-31"), status="target")
d.f("khoảng 18.700 tỷ đồng", "18.700", 1.87e13, "money", "đồng", "Tổng vốn bố trí cho phát triển nhà ở xã hội",
    P("giai đoạn 2021-2025", "2021-01-01", "2025-12-31"), mult=1e9, approx="about", status="forecast")
d.write()

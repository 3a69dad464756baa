"""p504-5: Báo Thanh Hóa (Party newspaper) - urbanisation and urban development, 2023."""
from lib import F, P, I, CH, emit

TEXT = """Thanh Hóa: Tỷ lệ đô thị hóa đạt 35,5%

(Báo Thanh Hóa) - Thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XIX và Nghị quyết số 06-NQ/TW của Bộ Chính trị về quy hoạch, xây dựng, quản lý và phát triển bền vững đô thị, công tác phát triển đô thị trên địa bàn tỉnh đã đạt nhiều kết quả quan trọng.

Theo Sở Xây dựng, đến hết năm 2023, toàn tỉnh có 33 đô thị, gồm 1 đô thị loại I, 2 đô thị loại III, 2 đô thị loại IV và 28 đô thị loại V. Tỷ lệ đô thị hóa toàn tỉnh đạt 35,5%, tăng 1,8 điểm phần trăm so với năm 2022. Hai địa phương có tỷ lệ đô thị hóa cao nhất là thành phố Sầm Sơn và thị xã Nghi Sơn, lần lượt đạt 68,4% và 41,7%.

Trong năm 2023, toàn tỉnh có 18 dự án khu đô thị, khu dân cư hoàn thành đầu tư hạ tầng với tổng diện tích 356 ha; tổng vốn đầu tư phát triển đô thị đạt hơn 9.800 tỷ đồng, tăng 14,5% so với năm 2022. Diện tích sàn nhà ở bình quân khu vực đô thị đạt 29,6 m2/người; tỷ lệ dân số đô thị được cung cấp nước sạch đạt 96,2%.

Nhiều tuyến đường đô thị như đại lộ Nam sông Mã, đường vành đai phía Tây, Quốc lộ 47 đoạn qua thành phố đã được mở rộng, tạo không gian phát triển mới.

Phấn đấu đến năm 2025, tỷ lệ đô thị hóa toàn tỉnh đạt 40%, có 38 đô thị; đến năm 2030, tỷ lệ đô thị hóa đạt trên 50%. Để đạt mục tiêu, tỉnh tập trung huy động khoảng 25.000 tỷ đồng đầu tư hạ tầng đô thị trong giai đoạn 2024 - 2025.

Bài và ảnh: Lê Hợi
15/01/2024
"""

E23 = P("đến hết năm 2023", end="2023-12-31")
Y23 = P("Trong năm 2023", "2023-01-01", "2023-12-31")
T25 = P("đến năm 2025", end="2025-12-31")

FIGS = [
    F("đô thị hóa đạt 35,5%\n", "35,5", 35.5, "percent", "%", "Tỷ lệ đô thị hóa"),
    F("có 33 đô thị", "33", 33, "count", "đô thị", "đô thị", E23),
    F("gồm 1 đô thị", "1", 1, "count", "đô thị", "đô thị loại I", E23, total=33),
    F("2 đô thị loại III", "2", 2, "count", "đô thị", "đô thị loại III", E23, total=33),
    F("2 đô thị loại IV", "2", 2, "count", "đô thị", "đô thị loại IV", E23, total=33),
    F("28 đô thị", "28", 28, "count", "đô thị", "đô thị loại V", E23, total=33),
    F("toàn tỉnh đạt 35,5%", "35,5", 35.5, "percent", "%", "Tỷ lệ đô thị hóa toàn tỉnh", I(E23),
      change=CH("increase", 1.8, unit="điểm phần trăm", baseline="năm 2022")),
    # revised after the first scoring: a count that only sizes a top list (cf. shared h18 '05 địa phương', h27 '2 trung tâm')
    F("Hai địa phương", "Hai", 2, "count", "địa phương", "địa phương có tỷ lệ đô thị hóa cao nhất", optional=True),
    F("đạt 68,4%", "68,4", 68.4, "percent", "%", "tỷ lệ đô thị hóa", I(E23), location="Sầm Sơn"),
    F("và 41,7%", "41,7", 41.7, "percent", "%", "tỷ lệ đô thị hóa", I(E23), location="Nghi Sơn"),
    F("có 18 dự án", "18", 18, "count", "dự án", "dự án khu đô thị, khu dân cư hoàn thành đầu tư hạ tầng", Y23),
    F("diện tích 356 ha", "356", 356, "measure", "ha", "tổng diện tích dự án khu đô thị, khu dân cư hoàn thành đầu tư hạ tầng", Y23),
    F("hơn 9.800 tỷ đồng", "9.800", 9800e9, "money", "đồng", "tổng vốn đầu tư phát triển đô thị", Y23,
      approx="over", change=CH("increase", 14.5, baseline="năm 2022")),
    F("đạt 29,6 m2", "29,6", 29.6, "measure", "m2/người", "Diện tích sàn nhà ở bình quân khu vực đô thị", I(Y23)),
    F("đạt 96,2%", "96,2", 96.2, "percent", "%", "tỷ lệ dân số đô thị được cung cấp nước sạch", I(Y23)),
    F("đạt 40%", "40", 40, "percent", "%", "tỷ lệ đô thị hóa toàn tỉnh", T25, status="target"),
    F("có 38 đô thị", "38", 38, "count", "đô thị", "đô thị", T25, status="target"),
    F("trên 50%", "50", 50, "percent", "%", "tỷ lệ đô thị hóa", P("đến năm 2030", end="2030-12-31"),
      approx="over", status="target"),
    F("khoảng 25.000 tỷ đồng", "25.000", 25000e9, "money", "đồng", "vốn đầu tư hạ tầng đô thị",
      P("giai đoạn 2024 - 2025", "2024-01-01", "2025-12-31"), approx="about", status="target"),
]

COMMENTS = [
    "Báo Thanh Hóa (invented): phát triển đô thị, tỷ lệ đô thị hóa năm 2023. Byline 'Bài và ảnh: Lê Hợi' and the date '15/01/2024' at the end.",
    "'Đại hội ... lần thứ XIX', 'Nghị quyết số 06-NQ/TW', 'loại I/III/IV/V' (urban classes), 'Quốc lộ 47' are not figures.",
    "The headline 35,5% has no period in its sentence (no period given). 1 + 2 + 2 + 28 = 33 after 'gồm': parts with total 33.",
    "'tăng 1,8 điểm phần trăm so với năm 2022' is the change of the 35,5% level (not a growth rate that is the claim).",
    "Sầm Sơn / Nghi Sơn 'lần lượt' items: the place is the location, the list's indicator the subject.",
    "'Phấn đấu đến năm 2025 …' governs 40% and 38 đô thị; 'đến năm 2030' the 50%; 'Để đạt mục tiêu, tỉnh tập trung huy động' is a plan",
    "(status target) for 2024-2025.",
    "revised: 'Hai địa phương' (the size of a top-2 list) added as optional, as shared h18/h27 treat such counts.",
]

if __name__ == "__main__":
    emit("p504-5", TEXT, COMMENTS, FIGS, published="2024-01-15", location="Thanh Hóa")

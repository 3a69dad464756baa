"""p1031-4: ministry site (Bộ Nông nghiệp và Môi trường), national straw figures for 2024, March 2025."""
from lib import F, P, C, T, I, write

TEXT = """BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG
Trang chủ > Tin tức > Trồng trọt và Bảo vệ thực vật
Ngày đăng: 14/03/2025 | Lượt xem: 1.128

Thu gom rơm rạ: từ phụ phẩm bỏ đi thành nguồn thu nghìn tỷ

Theo Cục Trồng trọt và Bảo vệ thực vật, mỗi năm cả nước phát sinh khoảng 43 triệu tấn rơm rạ, riêng vùng Đồng bằng sông Cửu Long chiếm gần 55%. Tuy vậy, tỷ lệ rơm được thu gom ra khỏi đồng ruộng mới đạt khoảng 35%, phần còn lại chủ yếu bị đốt hoặc vùi tại chỗ.

Năm 2024, cả nước thu gom khoảng 15,2 triệu tấn rơm, tăng 14,5% so với năm 2023. Các tỉnh thu gom nhiều nhất lần lượt là Kiên Giang (1,96 triệu tấn), An Giang (1,74 triệu tấn), Đồng Tháp (1,38 triệu tấn) và Long An (0,91 triệu tấn).

Hiện cả nước có khoảng 9.800 máy cuộn rơm, trong đó gần 7.600 máy ở các tỉnh Đồng bằng sông Cửu Long. Giá rơm cuộn tại ruộng dao động 15.000-30.000 đồng/cuộn tùy thời điểm; mỗi ha lúa cho thu nhập thêm 1,5-2 triệu đồng từ bán rơm.

Rơm sau thu gom được dùng trồng nấm (khoảng 40%), làm thức ăn gia súc (30%), làm phân bón hữu cơ, giá thể (15%). Sản lượng nấm rơm cả nước năm 2024 đạt khoảng 95.000 tấn, giá trị ước hơn 4.700 tỷ đồng.

Theo Đề án phát triển bền vững một triệu héc-ta chuyên canh lúa chất lượng cao, phát thải thấp gắn với tăng trưởng xanh vùng Đồng bằng sông Cửu Long đến năm 2030 (Quyết định số 1490/QĐ-TTg ngày 27/11/2023), 100% rơm rạ trong vùng đề án phải được thu gom ra khỏi đồng ruộng. Cục dự kiến đến năm 2025, tỷ lệ thu gom rơm rạ toàn vùng đạt 50%, giảm phát thải khoảng 1,1 triệu tấn CO2 tương đương mỗi năm.

Địa chỉ: Số 2 Ngọc Hà, Ba Đình, Hà Nội. Điện thoại: 024.3846.8161
"""

VN = "Việt Nam"
DB = "Đồng bằng sông Cửu Long"
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
TO25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("khoảng 43 triệu tấn", "43", 43000000, "measure", "tấn", "rơm rạ phát sinh mỗi năm", approx="about"),
    F("chiếm gần 55%", "55", 55, "percent", "%", "rơm rạ phát sinh của vùng Đồng bằng sông Cửu Long", approx="nearly",
      location=DB),
    F("khoảng 35%", "35", 35, "percent", "%", "tỷ lệ rơm được thu gom ra khỏi đồng ruộng", approx="about"),
    F("khoảng 15,2 triệu tấn", "15,2", 15200000, "measure", "tấn", "rơm thu gom", approx="about", period=Y24,
      change=C("increase", 14.5, "%", "năm 2023")),
    F("(1,96 triệu tấn)", "1,96", 1960000, "measure", "tấn", "rơm thu gom", period=I(Y24), location="Kiên Giang"),
    F("(1,74 triệu tấn)", "1,74", 1740000, "measure", "tấn", "rơm thu gom", period=I(Y24), location="An Giang"),
    F("(1,38 triệu tấn)", "1,38", 1380000, "measure", "tấn", "rơm thu gom", period=I(Y24), location="Đồng Tháp"),
    F("(0,91 triệu tấn)", "0,91", 910000, "measure", "tấn", "rơm thu gom", period=I(Y24), location="Long An"),
    F("khoảng 9.800 máy cuộn rơm", "9.800", 9800, "count", "máy cuộn rơm", "máy cuộn rơm", approx="about"),
    F("gần 7.600 máy", "7.600", 7600, "count", "máy", "máy cuộn rơm ở các tỉnh Đồng bằng sông Cửu Long",
      approx="nearly", total=9800, location=DB),
    F("15.000-30.000 đồng/cuộn", "15.000", 15000, "money", "đồng/cuộn", "giá rơm cuộn tại ruộng", value_max=30000),
    F("1,5-2 triệu đồng", "1,5", 1500000, "money", "đồng/ha", "thu nhập thêm từ bán rơm mỗi ha lúa",
      value_max=2000000),
    F("(khoảng 40%)", "40", 40, "percent", "%", "rơm sau thu gom dùng trồng nấm", approx="about"),
    F("(30%)", "30", 30, "percent", "%", "rơm sau thu gom làm thức ăn gia súc"),
    F("(15%)", "15", 15, "percent", "%", "rơm sau thu gom làm phân bón hữu cơ, giá thể"),
    F("khoảng 95.000 tấn", "95.000", 95000, "measure", "tấn", "sản lượng nấm rơm", approx="about",
      period=P("năm 2024", "2024-01-01", "2024-12-31")),
    F("hơn 4.700 tỷ đồng", "4.700", 4700000000000, "money", "đồng", "giá trị nấm rơm", approx="over",
      status="estimate", period=P("năm 2024", "2024-01-01", "2024-12-31")),
    F("một triệu héc-ta", "một", 1000000, "measure", "héc-ta", "diện tích chuyên canh lúa chất lượng cao của Đề án",
      status="target", location=DB, optional=True),
    F("100% rơm rạ", "100", 100, "percent", "%", "rơm rạ trong vùng đề án được thu gom ra khỏi đồng ruộng",
      status="target", period=P("đến năm 2030", None, "2030-12-31"), location=DB),
    F("đạt 50%", "50", 50, "percent", "%", "tỷ lệ thu gom rơm rạ toàn vùng", status="forecast", period=TO25,
      location=DB),
    F("khoảng 1,1 triệu tấn CO2", "1,1", 1100000, "measure", "tấn CO2 tương đương/năm", "giảm phát thải",
      approx="about", status="forecast", period=TO25, location=DB),
]

NOTES = [
    "Bộ Nông nghiệp và Môi trường site, 'Ngày đăng: 14/03/2025 | Lượt xem: 1.128': national straw collection 2024.",
    "Not figures: view counter, 'Quyết định số 1490/QĐ-TTg ngày 27/11/2023', address 'Số 2 Ngọc Hà', phone 024.3846.8161.",
    "Location: national figures Việt Nam; figures of the Mekong delta region take the region 'Đồng bằng sông Cửu Long' (FIGURES.md names",
    "only province/district/Việt Nam; the region is the place the figure describes). Ranked provinces take their own location, no total.",
    "'một triệu héc-ta' inside the name of the Đề án (a name, but one that states the programme's target area): optional.",
    "'Cục dự kiến đến năm 2025 ... đạt 50%, giảm phát thải ...' forecast, both clauses. 'tăng 14,5% so với năm 2023' is the change of 15,2 triệu tấn.",
    "'mỗi năm' is no calendar period (no period recorded).",
]

write("p1031-4", TEXT, FIGS, NOTES, published="2025-03-14", location="Việt Nam")

from lib import F, P, I, CH, T, emit

TEXT = """BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH
Trang chủ » Tin tức » Du lịch

Cả nước có 42 tuyến phố đi bộ và 68 chợ đêm đang hoạt động

Thứ Ba, 19/03/2024 15:40

Tại hội nghị sơ kết thực hiện Đề án phát triển kinh tế ban đêm ở Việt Nam (Quyết định số 1129/QĐ-TTg ngày 27/7/2020), Bộ Văn hóa, Thể thao và Du lịch cho biết, tính đến hết năm 2023, cả nước có 42 tuyến phố đi bộ và 68 chợ đêm đang hoạt động tại 37/63 tỉnh, thành phố.

Năm 2023, hoạt động kinh tế ban đêm đóng góp khoảng 1,2% GDP; chi tiêu của khách quốc tế cho dịch vụ về đêm chiếm khoảng 21% tổng chi tiêu (mục tiêu đến năm 2030 là 30%). Các địa phương có doanh thu kinh tế đêm lớn nhất năm 2023 lần lượt là TP Hồ Chí Minh (khoảng 24.500 tỷ đồng), Hà Nội (18.200 tỷ đồng), Kiên Giang (4.960 tỷ đồng) và Đà Nẵng (4.150 tỷ đồng). Hà Nội đứng thứ 2 về doanh thu nhưng dẫn đầu về số phố đi bộ với 9 tuyến.

Theo khảo sát của Cục Du lịch Quốc gia Việt Nam, chi tiêu bình quân của một khách quốc tế cho hoạt động về đêm là 62 USD/ngày, tăng 8 USD so với năm 2019; của khách nội địa là 780.000 đồng/ngày.

Mục tiêu đến năm 2025, cả nước có ít nhất 60 tuyến phố đi bộ; doanh thu kinh tế ban đêm tăng bình quân 10-12%/năm. Bộ đề nghị các địa phương bảo đảm an ninh, an toàn cho du khách; năm 2023 lực lượng chức năng đã xử lý hơn 1.200 vụ vi phạm trật tự tại các khu kinh tế đêm.

Địa chỉ: 51 Ngô Quyền, Hoàn Kiếm, Hà Nội. Điện thoại: 024.3943.8231
"""

END23 = P("tính đến hết năm 2023", None, "2023-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y23b = P("năm 2023", "2023-01-01", "2023-12-31")
TO25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("có 42 tuyến phố đi bộ và 68 chợ đêm đang hoạt động\n", "42", 42, "count", "tuyến phố đi bộ",
      "tuyến phố đi bộ đang hoạt động"),
    F("và 68 chợ đêm đang hoạt động\n", "68", 68, "count", "chợ đêm", "chợ đêm đang hoạt động"),
    F("có 42 tuyến phố đi bộ và 68 chợ đêm đang hoạt động tại", "42", 42, "count", "tuyến phố đi bộ",
      "tuyến phố đi bộ đang hoạt động", END23),
    F("68 chợ đêm đang hoạt động tại", "68", 68, "count", "chợ đêm", "chợ đêm đang hoạt động", END23),
    F("37/63", "37", 37, "count", "tỉnh, thành phố", "tỉnh, thành phố có phố đi bộ, chợ đêm hoạt động", END23,
      total=63),
    F("khoảng 1,2% GDP", "1,2", 1.2, "percent", "%", "đóng góp của hoạt động kinh tế ban đêm vào GDP", Y23,
      approx="about"),
    F("khoảng 21%", "21", 21, "percent", "%", "tỷ trọng chi tiêu của khách quốc tế cho dịch vụ về đêm trong tổng chi tiêu",
      Y23, approx="about", target=T(30)),
    F("(khoảng 24.500 tỷ", "24.500", 24500e9, "money", "đồng", "doanh thu kinh tế đêm", Y23b, approx="about",
      location="Hồ Chí Minh"),
    F("(18.200 tỷ", "18.200", 18200e9, "money", "đồng", "doanh thu kinh tế đêm", Y23b, location="Hà Nội"),
    F("(4.960 tỷ", "4.960", 4960e9, "money", "đồng", "doanh thu kinh tế đêm", Y23b, location="Kiên Giang"),
    F("(4.150 tỷ", "4.150", 4150e9, "money", "đồng", "doanh thu kinh tế đêm", Y23b, location="Đà Nẵng"),
    F("đứng thứ 2", "2", 2, "rank", "hạng", "thứ hạng doanh thu kinh tế đêm", I(Y23b), location="Hà Nội"),
    F("với 9 tuyến", "9", 9, "count", "tuyến", "số phố đi bộ", I(END23), location="Hà Nội"),
    F("là 62 USD", "62", 62, "money", "USD/ngày", "chi tiêu bình quân của một khách quốc tế cho hoạt động về đêm",
      change=CH("increase", 8, unit="USD", baseline="năm 2019")),
    F("là 780.000 đồng", "780.000", 780000, "money", "đồng/ngày",
      "chi tiêu bình quân của khách nội địa cho hoạt động về đêm"),
    F("ít nhất 60 tuyến", "60", 60, "count", "tuyến phố đi bộ", "tuyến phố đi bộ", TO25, approx="at_least",
      status="target"),
    F("bình quân 10-12%", "10", 10, "percent", "%", "tốc độ tăng doanh thu kinh tế ban đêm bình quân", TO25,
      value_max=12, status="target"),
    F("hơn 1.200 vụ", "1.200", 1200, "count", "vụ vi phạm", "vụ vi phạm trật tự tại các khu kinh tế đêm được xử lý",
      Y23b, approx="over"),
]

COMMENTS = [
    "Ministry site (Bộ VHTTDL): sơ kết Đề án phát triển kinh tế ban đêm — phố đi bộ, chợ đêm, doanh thu by province, spending, 2025 targets.",
    "Dateline 'Thứ Ba, 19/03/2024 15:40' gives published. National figures: location Việt Nam; list items take their province.",
    "'37/63 tỉnh, thành phố' → 37 with total 63. '(mục tiêu đến năm 2030 là 30%)' is the target attribute of the 21%.",
    "'Hà Nội đứng thứ 2' is a rank; '10-12%/năm' a target growth range (percent figure, no change).",
    "Distractors: 'Quyết định số 1129/QĐ-TTg ngày 27/7/2020', address '51 Ngô Quyền', phone '024.3943.8231', baseline 'năm 2019'.",
]

emit("p592-4", TEXT, COMMENTS, FIGS, published="2024-03-19", location="Việt Nam")

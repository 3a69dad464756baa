from lib import F, P, C, T, emit

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Cục Trồng trọt

Phát triển ngành sắn bền vững, nâng cao giá trị xuất khẩu
Ngày đăng: 18/10/2024

Ngày 17/10, tại Tây Ninh, Cục Trồng trọt phối hợp với Hiệp hội Sắn Việt Nam tổ chức hội nghị thúc đẩy phát triển ngành sắn bền vững.

Theo báo cáo, năm 2023 cả nước có khoảng 520 nghìn ha sắn, năng suất bình quân 20,3 tấn/ha, sản lượng đạt hơn 10,5 triệu tấn củ tươi. Diện tích tập trung chủ yếu ở Tây Nguyên và Đông Nam Bộ, chiếm trên 55% diện tích cả nước. Các tỉnh có diện tích lớn nhất là Gia Lai (76,9 nghìn ha), Tây Ninh (61,2 nghìn ha), Đắk Lắk (45,8 nghìn ha) và Kon Tum (39,6 nghìn ha). Giai đoạn 2021-2023, giá trị sản xuất ngành sắn tăng bình quân 3,5% mỗi năm.

9 tháng năm 2024, xuất khẩu sắn và các sản phẩm từ sắn đạt 2,12 triệu tấn, trị giá 985 triệu USD, giảm 18,7% về lượng và giảm 11,4% về trị giá so với cùng kỳ năm 2023. Trong đó, tinh bột sắn đạt 1,62 triệu tấn, trị giá 762 triệu USD. Trung Quốc vẫn là thị trường lớn nhất, chiếm 93,4% tổng lượng xuất khẩu. Giá xuất khẩu bình quân tinh bột sắn 9 tháng ước đạt 470 USD/tấn, tăng 9,3% so với cùng kỳ.

Bệnh khảm lá sắn hiện đã xuất hiện tại 27 tỉnh, thành phố với tổng diện tích nhiễm gần 40.000 ha.

Theo Quyết định số 1580/QĐ-BNN-TT ngày 25/4/2024 phê duyệt Đề án phát triển sắn bền vững, mục tiêu đến năm 2030 diện tích sắn cả nước ổn định khoảng 500 nghìn ha, năng suất bình quân đạt 22-24 tấn/ha, sản lượng củ tươi trên 12 triệu tấn; tỷ lệ diện tích sử dụng giống sạch bệnh đạt 80%; giá trị xuất khẩu các sản phẩm sắn đạt 1,8-2 tỷ USD/năm.

Cục Trồng trọt - 02 Ngọc Hà, Ba Đình, Hà Nội
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y23i = P("năm 2023", "2023-01-01", "2023-12-31", inh=True)
M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
M9i = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", inh=True)
M9b = P("9 tháng", "2024-01-01", "2024-09-30")
T30 = P("đến năm 2030", None, "2030-12-31")

FIGS = [
    F("khoảng 520 nghìn ha", "520", 520000, "measure", "ha", "diện tích sắn", Y23, approx="about"),
    F("bình quân 20,3 tấn/ha", "20,3", 20.3, "measure", "tấn/ha", "năng suất sắn bình quân", Y23),
    F("hơn 10,5 triệu tấn", "10,5", 10500000, "measure", "tấn", "sản lượng sắn củ tươi", Y23, approx="over"),
    F("chiếm trên 55%", "55", 55, "percent", "%", "diện tích sắn ở Tây Nguyên và Đông Nam Bộ trong diện tích cả nước",
      Y23i, approx="over", optional=True),
    F("Gia Lai (76,9 nghìn ha)", "76,9", 76900, "measure", "ha", "diện tích sắn", Y23i, location="Gia Lai"),
    F("Tây Ninh (61,2 nghìn ha)", "61,2", 61200, "measure", "ha", "diện tích sắn", Y23i, location="Tây Ninh"),
    F("Đắk Lắk (45,8 nghìn ha)", "45,8", 45800, "measure", "ha", "diện tích sắn", Y23i, location="Đắk Lắk"),
    F("Kon Tum (39,6 nghìn ha)", "39,6", 39600, "measure", "ha", "diện tích sắn", Y23i, location="Kon Tum"),
    F("bình quân 3,5% mỗi năm", "3,5", 3.5, "percent", "%", "tốc độ tăng giá trị sản xuất ngành sắn bình quân",
      P("Giai đoạn 2021-2023", "2021-01-01", "2023-12-31")),
    F("đạt 2,12 triệu tấn", "2,12", 2120000, "measure", "tấn", "xuất khẩu sắn và các sản phẩm từ sắn", M9,
      change=C("decrease", 18.7, "%", "cùng kỳ năm 2023")),
    F("trị giá 985 triệu USD", "985", 985000000, "money", "USD", "giá trị xuất khẩu sắn và các sản phẩm từ sắn", M9,
      change=C("decrease", 11.4, "%", "cùng kỳ năm 2023")),
    F("đạt 1,62 triệu tấn", "1,62", 1620000, "measure", "tấn", "xuất khẩu tinh bột sắn", M9i, total=2120000),
    F("trị giá 762 triệu USD", "762", 762000000, "money", "USD", "giá trị xuất khẩu tinh bột sắn", M9i,
      total=985000000),
    F("chiếm 93,4%", "93,4", 93.4, "percent", "%", "thị phần Trung Quốc trong tổng lượng xuất khẩu sắn", M9i),
    F("ước đạt 470 USD/tấn", "470", 470, "money", "USD/tấn", "giá xuất khẩu bình quân tinh bột sắn", M9b,
      status="estimate", change=C("increase", 9.3, "%", "cùng kỳ")),
    F("tại 27 tỉnh", "27", 27, "count", "tỉnh, thành phố", "tỉnh, thành phố xuất hiện bệnh khảm lá sắn"),
    F("gần 40.000 ha", "40.000", 40000, "measure", "ha", "diện tích sắn nhiễm bệnh khảm lá", approx="nearly"),
    F("ổn định khoảng 500 nghìn ha", "500", 500000, "measure", "ha", "diện tích sắn", T30,
      approx="about", status="target"),
    F("đạt 22-24 tấn/ha", "22", 22, "measure", "tấn/ha", "năng suất sắn bình quân", T30,
      value_max=24, status="target"),
    F("trên 12 triệu tấn", "12", 12000000, "measure", "tấn", "sản lượng sắn củ tươi", T30,
      approx="over", status="target"),
    F("sạch bệnh đạt 80%", "80", 80, "percent", "%", "tỷ lệ diện tích sắn sử dụng giống sạch bệnh", T30,
      status="target"),
    F("đạt 1,8-2 tỷ USD/năm", "1,8", 1800000000, "money", "USD/năm", "giá trị xuất khẩu các sản phẩm sắn", T30,
      value_max=2000000000, status="target"),
]

COMMENTS = [
    "Ministry site (Bộ NN&PTNT, Cục Trồng trọt): national cassava area 2023, top provinces, exports 9 months of 2024, disease, targets to 2030.",
    "Dateline 'Ngày đăng: 18/10/2024' (no time). Distractors: 'Ngày 17/10', 'tại Tây Ninh' (venue), 'Quyết định số 1580/QĐ-BNN-TT ngày 25/4/2024',",
    "address '02 Ngọc Hà, Ba Đình'. National figures: location Việt Nam; province list items: location = province, subject = indicator.",
    "'chiếm trên 55%' is a share of two regions (not a province, not the nation): location debatable → optional.",
    "'giảm 18,7% về lượng và giảm 11,4% về trị giá' splits: the first change belongs to 2,12 triệu tấn, the second to 985 triệu USD.",
    "'Trong đó, tinh bột sắn đạt 1,62 triệu tấn, trị giá 762 triệu USD' (after a sentence break) → totals 2,12 triệu tấn and 985 triệu USD.",
    "Trung Quốc is a trade partner, not the figure's place. '3,5% mỗi năm' is a growth rate as the claim: percent, no change.",
    "'mục tiêu đến năm 2030' governs every clause of the last sentence: status target, period end 2030-12-31.",
]

emit("p397-4", TEXT, COMMENTS, FIGS, published="2024-10-18", location="Việt Nam")

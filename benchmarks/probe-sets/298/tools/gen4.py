from lib import F, P, I, CH, emit

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ / Tin tức / Thủy sản

Năm 2023: sản lượng cá tra đạt 1,67 triệu tấn, xuất khẩu giảm mạnh
Thứ Ba, 16/01/2024 10:12

Theo Cục Thủy sản, năm 2023 diện tích nuôi cá tra cả nước đạt 5.700 ha, sản lượng đạt khoảng 1,67 triệu tấn, tăng 3% so với năm 2022. Vùng Đồng bằng sông Cửu Long chiếm trên 95% diện tích nuôi, tập trung tại các tỉnh Đồng Tháp (2.380 ha), An Giang (1.320 ha), Cần Thơ (710 ha), Vĩnh Long (520 ha) và Bến Tre (450 ha). Tổng giá trị sản xuất của ngành hàng ước đạt khoảng 60 nghìn tỷ đồng, tạo việc làm cho gần 200 nghìn lao động.

Về giống, cả nước có khoảng 80 cơ sở sản xuất cá tra bố mẹ và giống, cung cấp trên 30 tỷ cá bột và khoảng 4,5 tỷ cá giống mỗi năm. Tỷ lệ sống từ cá bột lên cá giống chỉ đạt 10-15%, là nguyên nhân chính khiến giá thành sản xuất tăng.

Năm 2023, kim ngạch xuất khẩu cá tra đạt 1,9 tỷ USD, giảm 21,5% so với năm 2022. Trung Quốc và Hồng Kông (Trung Quốc) là thị trường lớn nhất với 535 triệu USD, tiếp đến là Mỹ 334 triệu USD, EU 178 triệu USD.

Giá cá tra nguyên liệu bình quân năm 2023 ở mức 26.000-28.000 đồng/kg, thấp hơn 3.000-4.000 đồng/kg so với năm 2022, trong khi chi phí thức ăn chiếm tới 75-80% giá thành.

Theo Quyết định số 3311/QĐ-BNN-TS, mục tiêu đến năm 2030, sản lượng cá tra đạt 1,9 triệu tấn, kim ngạch xuất khẩu đạt 3 tỷ USD; trên 70% cơ sở nuôi áp dụng chứng nhận.

Ngọc Hà
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y23h = P("Năm 2023", "2023-01-01", "2023-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")
S_AREA = "diện tích nuôi cá tra"
S_EXP = "kim ngạch xuất khẩu cá tra"

FIGS = [
    F("đạt 1,67 triệu tấn, xuất", "1,67", 1.67e6, "measure", "tấn", "sản lượng cá tra", Y23h),
    F("đạt 5.700 ha", "5.700", 5700, "measure", "ha", S_AREA, Y23),
    F("khoảng 1,67 triệu tấn", "1,67", 1.67e6, "measure", "tấn", "sản lượng cá tra", Y23, approx="about",
      change=CH("increase", 3, baseline="năm 2022")),
    F("trên 95% diện tích", "95", 95, "percent", "%", "tỷ trọng diện tích nuôi cá tra của vùng Đồng bằng sông Cửu Long",
      I(Y23), approx="over"),
    F("Đồng Tháp (2.380 ha)", "2.380", 2380, "measure", "ha", S_AREA, I(Y23), location="Đồng Tháp"),
    F("An Giang (1.320 ha)", "1.320", 1320, "measure", "ha", S_AREA, I(Y23), location="An Giang"),
    F("Cần Thơ (710 ha)", "710", 710, "measure", "ha", S_AREA, I(Y23), location="Cần Thơ"),
    F("Vĩnh Long (520 ha)", "520", 520, "measure", "ha", S_AREA, I(Y23), location="Vĩnh Long"),
    F("Bến Tre (450 ha)", "450", 450, "measure", "ha", S_AREA, I(Y23), location="Bến Tre"),
    F("khoảng 60 nghìn tỷ đồng", "60", 60e12, "money", "đồng", "tổng giá trị sản xuất của ngành hàng cá tra", I(Y23),
      approx="about", status="estimate"),
    F("gần 200 nghìn lao động", "200", 200e3, "count", "lao động", "lao động có việc làm trong ngành hàng cá tra", I(Y23),
      approx="nearly", status="estimate"),
    F("khoảng 80 cơ sở", "80", 80, "count", "cơ sở", "cơ sở sản xuất cá tra bố mẹ và giống", approx="about"),
    F("trên 30 tỷ cá bột", "30", 30e9, "count", "cá bột", "cá bột cung cấp mỗi năm", approx="over"),
    F("khoảng 4,5 tỷ cá giống", "4,5", 4.5e9, "count", "cá giống", "cá giống cung cấp mỗi năm", approx="about"),
    F("đạt 10-15%", "10", 10, "percent", "%", "tỷ lệ sống từ cá bột lên cá giống", value_max=15),
    F("đạt 1,9 tỷ USD", "1,9", 1.9e9, "money", "USD", S_EXP, Y23h, change=CH("decrease", 21.5, baseline="năm 2022")),
    F("với 535 triệu USD", "535", 535e6, "money", "USD", S_EXP + " sang Trung Quốc và Hồng Kông (Trung Quốc)", I(Y23h)),
    F("Mỹ 334 triệu USD", "334", 334e6, "money", "USD", S_EXP + " sang Mỹ", I(Y23h)),
    F("EU 178 triệu USD", "178", 178e6, "money", "USD", S_EXP + " sang EU", I(Y23h)),
    F("mức 26.000-28.000", "26.000", 26000, "money", "đồng/kg", "giá cá tra nguyên liệu bình quân", Y23, value_max=28000,
      change=CH("decrease", 3000, "đồng/kg", "năm 2022")),
    F("tới 75-80%", "75", 75, "percent", "%", "tỷ trọng chi phí thức ăn trong giá thành", Y23, value_max=80),
    F("đạt 1,9 triệu tấn", "1,9", 1.9e6, "measure", "tấn", "sản lượng cá tra", T30, status="target"),
    F("đạt 3 tỷ USD", "3", 3e9, "money", "USD", S_EXP, T30, status="target"),
    F("trên 70% cơ sở", "70", 70, "percent", "%", "cơ sở nuôi áp dụng chứng nhận", T30, approx="over", status="target"),
]

COMMENTS = [
    "Ministry site (Bộ NN&PTNT): national cá tra 2023 — area, output, provinces in brackets, seed supply, export by market, prices, 2030 targets.",
    "Dateline 'Thứ Ba, 16/01/2024 10:12'. The headline figure (1,67 triệu tấn) is annotated too; it is repeated in the body (two figures).",
    "Province list in brackets after 'tập trung tại' (no part cue, and the parts are of the region, not a stated whole) -> no total; locations.",
    "Export markets (Trung Quốc, Mỹ, EU) are trade partners, not places: location Việt Nam, market in the subject. Periods inherited.",
    "'60 nghìn tỷ đồng' = 6e13 (ước đạt khoảng: estimate, about); 'gần 200 nghìn lao động' continues the ước clause: estimate.",
    "'thấp hơn 3.000-4.000 đồng/kg so với năm 2022' is the price range's change (value 3000). 'chiếm tới 75-80% giá thành' is a percent figure.",
    "Distractor: Quyết định số 3311/QĐ-BNN-TS. 2030 targets: period 'đến năm 2030' (end 2030-12-31), status target.",
]

if __name__ == "__main__":
    emit(4, TEXT, COMMENTS, FIGS, published="2024-01-16", location="Việt Nam")

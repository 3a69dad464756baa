from lib import F, P, I, Y, CH, emit

TEXT = """Cổng thông tin điện tử tỉnh Bắc Ninh
Trang chủ > Tin tức - Sự kiện > Văn hóa - Xã hội

Làng tranh Đông Hồ bán ra hơn 45.000 bức tranh dịp Tết Giáp Thìn

Cập nhật: 05/02/2024 08:30 | Lượt xem: 3.412

Những ngày giáp Tết, làng tranh Đông Hồ (phường Song Hồ, thị xã Thuận Thành) nhộn nhịp khách mua tranh. Theo UBND thị xã Thuận Thành, từ ngày 01/12/2023 đến ngày 31/01/2024, các cơ sở trong làng đã bán ra hơn 45.000 bức tranh, tăng khoảng 15% so với cùng kỳ năm trước; doanh thu ước đạt 2,6 tỷ đồng.

Hiện toàn làng chỉ còn 5 hộ gia đình duy trì nghề làm tranh với khoảng 40 lao động thường xuyên, trong đó có 2 Nghệ nhân Nhân dân và 3 Nghệ nhân Ưu tú. Giá bán phổ biến từ 30.000 đến 150.000 đồng/bức; tranh khổ lớn in trên giấy điệp, đóng khung có giá khoảng 1,2 triệu đồng/bức.

Dịp Tết, làng đón khoảng 12.500 lượt khách tham quan, trải nghiệm in tranh, trong đó hơn 1.800 lượt khách quốc tế, chiếm 14,4%. Trung tâm Văn hóa Kinh Bắc mở 6 lớp trải nghiệm cho 320 học sinh trên địa bàn tỉnh.

Năm 2023, tổng doanh thu từ tranh và dịch vụ du lịch tại làng đạt 9,8 tỷ đồng, bằng 112% kế hoạch, tăng 18,5% so với năm 2022.

Thực hiện Quyết định số 1618/QĐ-UBND ngày 12/9/2022 của UBND tỉnh về Đề án bảo tồn nghề làm tranh dân gian Đông Hồ giai đoạn 2022-2030, tỉnh đã bố trí 12,5 tỷ đồng tu bổ nhà trưng bày và số hóa 180 bản khắc gỗ cổ. Tỉnh phấn đấu đến năm 2025 làng tranh đón 50.000 lượt khách và đào tạo thêm 30 thợ trẻ.

Địa chỉ: số 10 Phù Đổng Thiên Vương, TP Bắc Ninh. Điện thoại: 0222.3822.569
"""

TET = P("từ ngày 01/12/2023 đến ngày 31/01/2024", "2023-12-01", "2024-01-31")
TT = "Thuận Thành"
T2025 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("hơn 45.000 bức tranh dịp", "45.000", 45000, "count", "bức tranh", "tranh làng Đông Hồ bán ra dịp Tết Giáp Thìn",
      I(TET), approx="over", location=TT),
    F("bán ra hơn 45.000 bức tranh, tăng", "45.000", 45000, "count", "bức tranh", "tranh các cơ sở trong làng bán ra", TET,
      approx="over", change=CH("increase", 15, approx="about", baseline="cùng kỳ năm trước"), location=TT),
    F("ước đạt 2,6 tỷ đồng", "2,6", 2.6e9, "money", "đồng", "doanh thu", TET, status="estimate", location=TT),
    F("còn 5 hộ gia đình", "5", 5, "count", "hộ gia đình", "hộ gia đình duy trì nghề làm tranh", location=TT),
    F("khoảng 40 lao động", "40", 40, "count", "lao động", "lao động thường xuyên", approx="about", location=TT),
    F("có 2 Nghệ nhân Nhân dân", "2", 2, "count", "Nghệ nhân Nhân dân", "Nghệ nhân Nhân dân", total=40, location=TT),
    F("và 3 Nghệ nhân Ưu tú", "3", 3, "count", "Nghệ nhân Ưu tú", "Nghệ nhân Ưu tú", total=40, location=TT),
    F("từ 30.000 đến 150.000 đồng/bức", "30.000", 30000, "money", "đồng/bức", "giá bán tranh phổ biến",
      value_max=150000, location=TT),
    F("khoảng 1,2 triệu đồng/bức", "1,2", 1.2e6, "money", "đồng/bức", "giá tranh khổ lớn in trên giấy điệp, đóng khung",
      approx="about", location=TT),
    F("khoảng 12.500 lượt khách", "12.500", 12500, "count", "lượt khách", "lượt khách tham quan, trải nghiệm in tranh dịp Tết",
      I(TET), approx="about", location=TT),
    F("hơn 1.800 lượt khách quốc tế", "1.800", 1800, "count", "lượt khách quốc tế", "lượt khách quốc tế",
      I(TET), approx="over", total=12500, percent=14.4, location=TT),
    F("mở 6 lớp", "6", 6, "count", "lớp", "lớp trải nghiệm Trung tâm Văn hóa Kinh Bắc mở", location="Bắc Ninh"),
    F("cho 320 học sinh", "320", 320, "count", "học sinh", "học sinh tham gia lớp trải nghiệm", location="Bắc Ninh"),
    F("đạt 9,8 tỷ đồng", "9,8", 9.8e9, "money", "đồng", "tổng doanh thu từ tranh và dịch vụ du lịch tại làng", Y(2023, "Năm 2023"),
      percent=112, change=CH("increase", 18.5, baseline="năm 2022"), location=TT),
    F("bố trí 12,5 tỷ đồng", "12,5", 12.5e9, "money", "đồng", "kinh phí tỉnh bố trí tu bổ nhà trưng bày và số hóa bản khắc gỗ",
      location="Bắc Ninh"),
    F("số hóa 180 bản khắc gỗ", "180", 180, "count", "bản khắc gỗ", "bản khắc gỗ cổ được số hóa", location="Bắc Ninh"),
    F("đón 50.000 lượt khách", "50.000", 50000, "count", "lượt khách", "lượt khách đến làng tranh", T2025,
      status="target", location=TT),
    F("thêm 30 thợ trẻ", "30", 30, "count", "thợ trẻ", "thợ trẻ được đào tạo thêm", T2025, status="target", location=TT),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Bắc Ninh: làng tranh Đông Hồ (phường Song Hồ, thị xã Thuận Thành) dịp Tết Giáp Thìn 2024 — tranh bán ra, doanh thu,",
    "hộ làm nghề, nghệ nhân, giá tranh, khách tham quan, doanh thu năm 2023, đề án bảo tồn và mục tiêu đến năm 2025.",
    "Figures about the village take the district-level town Thuận Thành (the place they describe); figures of the province's own",
    "actions (Trung tâm Văn hóa Kinh Bắc, tỉnh bố trí kinh phí, số hóa bản khắc) take Bắc Ninh.",
    "Distractors: 'Lượt xem: 3.412', 'Quyết định số 1618/QĐ-UBND ngày 12/9/2022', 'giai đoạn 2022-2030', 'số 10 Phù Đổng Thiên Vương',",
    "phone '0222.3822.569', 'Tết Giáp Thìn'. 2 + 3 nghệ nhân after 'trong đó' are parts of the 40 lao động.",
]

if __name__ == "__main__":
    emit("p771-1", TEXT, COMMENTS, FIGS, published="2024-02-05", location="Bắc Ninh")

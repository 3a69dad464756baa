from lib import F, P, I, CH, T, emit

TEXT = """Kinh doanh › Hàng hóa
Thứ tư, 17/4/2024, 06:15 (GMT+7)

Xuất khẩu viên nén gỗ quý I tăng 25%

Quý I/2024, Việt Nam xuất khẩu gần 1,3 triệu tấn viên nén gỗ, trị giá 166,5 triệu USD, tăng 25,1% về lượng và 7,6% về trị giá so với cùng kỳ năm 2023.

Theo Hiệp hội Gỗ và Lâm sản Việt Nam (Viforest), Nhật Bản và Hàn Quốc là hai thị trường chủ lực, lần lượt nhập 712.000 tấn và 498.000 tấn. Hai thị trường này chiếm tổng cộng 93% lượng viên nén xuất khẩu. Giá xuất khẩu bình quân sang Nhật Bản đạt 142 USD/tấn, cao hơn khoảng 20 USD/tấn so với Hàn Quốc.

Cả nước hiện có khoảng 80 nhà máy sản xuất viên nén với tổng công suất trên 6 triệu tấn/năm, tập trung ở Thanh Hóa, Nghệ An, Quảng Trị và Bình Định. Riêng Nghệ An có 14 nhà máy, sản lượng năm 2023 đạt 920.000 tấn.

Ông Ngô Sỹ Hoài, Phó chủ tịch Viforest cho biết, giá viên nén xuất sang Nhật Bản theo hợp đồng dài hạn hiện dao động 135-145 USD/tấn, thấp hơn mức đỉnh 180 USD/tấn hồi quý III/2022. "Nguồn dăm, mùn cưa và gỗ rừng trồng đang thiếu, nhiều nhà máy chỉ chạy 60-70% công suất", ông nói.

Dự báo cả năm 2024, xuất khẩu viên nén gỗ có thể đạt 5 triệu tấn, trị giá khoảng 700 triệu USD. Viforest kiến nghị sớm ban hành tiêu chuẩn quốc gia về viên nén gỗ thay thế TCVN 12750:2019.

Minh Sơn
"""

Q1 = P("Quý I/2024", "2024-01-01", "2024-03-31")
Y24 = P("cả năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("quý I tăng 25%", "25", 25, "percent", "%", "Xuất khẩu viên nén gỗ quý I", P("quý I", "2024-01-01", "2024-03-31")),
    F("gần 1,3 triệu tấn", "1,3", 1.3e6, "measure", "tấn", "xuất khẩu viên nén gỗ", Q1, approx="nearly",
      change=CH("increase", 25.1, baseline="cùng kỳ năm 2023")),
    F("trị giá 166,5 triệu USD", "166,5", 166.5e6, "money", "USD", "trị giá xuất khẩu viên nén gỗ", Q1,
      change=CH("increase", 7.6, baseline="cùng kỳ năm 2023")),
    F("là hai thị trường", "hai", 2, "count", "thị trường", "thị trường chủ lực", I(Q1), optional=True),
    F("nhập 712.000 tấn", "712.000", 712000, "measure", "tấn", "viên nén gỗ xuất khẩu sang Nhật Bản", I(Q1)),
    F("và 498.000 tấn", "498.000", 498000, "measure", "tấn", "viên nén gỗ xuất khẩu sang Hàn Quốc", I(Q1)),
    F("Hai thị trường này", "Hai", 2, "count", "thị trường", "thị trường chủ lực", I(Q1), optional=True),
    F("tổng cộng 93%", "93", 93, "percent", "%", "tỷ trọng Nhật Bản và Hàn Quốc trong lượng viên nén xuất khẩu", I(Q1)),
    F("đạt 142 USD/tấn", "142", 142, "money", "USD/tấn", "Giá xuất khẩu bình quân viên nén gỗ sang Nhật Bản", I(Q1),
      change=CH("increase", 20, "USD/tấn", baseline="Hàn Quốc", approx="about")),
    F("khoảng 80 nhà máy", "80", 80, "count", "nhà máy", "nhà máy sản xuất viên nén", approx="about"),
    F("trên 6 triệu tấn/năm", "6", 6e6, "measure", "tấn/năm", "tổng công suất nhà máy sản xuất viên nén",
      approx="over"),
    F("có 14 nhà máy", "14", 14, "count", "nhà máy", "nhà máy sản xuất viên nén", location="Nghệ An"),
    F("đạt 920.000 tấn", "920.000", 920000, "measure", "tấn", "sản lượng viên nén",
      P("năm 2023", "2023-01-01", "2023-12-31"), location="Nghệ An"),
    F("135-145 USD/tấn", "135", 135, "money", "USD/tấn",
      "giá viên nén xuất sang Nhật Bản theo hợp đồng dài hạn", value_max=145),
    F("đỉnh 180 USD/tấn", "180", 180, "money", "USD/tấn", "mức đỉnh giá viên nén xuất sang Nhật Bản",
      P("quý III/2022", "2022-07-01", "2022-09-30")),
    F("60-70% công suất", "60", 60, "percent", "%", "công suất nhà máy viên nén hoạt động", value_max=70),
    F("đạt 5 triệu tấn", "5", 5e6, "measure", "tấn", "xuất khẩu viên nén gỗ", Y24, status="forecast"),
    F("khoảng 700 triệu USD", "700", 700e6, "money", "USD", "trị giá xuất khẩu viên nén gỗ", Y24,
      approx="about", status="forecast"),
]

COMMENTS = [
    "p588-6 — national press (VnExpress style: section, 'Thứ tư, 17/4/2024, 06:15 (GMT+7)', headline, byline at the end): xuất khẩu viên nén",
    "gỗ quý I/2024, thị trường Nhật Bản/Hàn Quốc, giá, nhà máy và công suất, dự báo 2024. Location Việt Nam; Nghệ An items Nghệ An.",
    "Headline 'quý I tăng 25%' is a growth rate as the claim: percent, no change; 'quý I' takes 2024 from the dateline.",
    "'tăng 25,1% về lượng và 7,6% về trị giá' → one change each for the volume and the value. 'lần lượt nhập 712.000 tấn và 498.000 tấn'",
    "pairs with Nhật Bản / Hàn Quốc (markets stay in the subject). 'hai thị trường', 'Hai thị trường này' are optional.",
    "'thấp hơn mức đỉnh 180 USD/tấn hồi quý III/2022' names a baseline level, not a change amount: 180 is a money figure of its own and the",
    "135-145 range has no change. 'Riêng Nghệ An có 14 nhà máy' has no part cue → no total 80. Not figures: (GMT+7), TCVN 12750:2019.",
]

emit("p588-6", TEXT, COMMENTS, FIGS, published="2024-04-17", location="Việt Nam")

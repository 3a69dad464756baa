from lib import F, P, I, CH, emit

TEXT = """Kinh doanh › Hàng hóa
Thứ ba, 16/4/2024, 06:45 (GMT+7)

Xuất khẩu thép quý I tăng 38%

Các doanh nghiệp thép xuất khẩu gần 3,3 triệu tấn trong quý I, tăng 38% so với cùng kỳ năm ngoái, trong khi tiêu thụ nội địa vẫn chậm.

Theo số liệu của Hiệp hội Thép Việt Nam (VSA), sản xuất thép thành phẩm quý I/2024 đạt 7,22 triệu tấn, tăng 10,3% so với cùng kỳ; bán hàng thép thành phẩm đạt 6,54 triệu tấn, tăng 12,4%. Trong đó, thép xây dựng sản xuất đạt 2,96 triệu tấn, tiêu thụ 2,75 triệu tấn, giảm 3,7% so với cùng kỳ.

ASEAN là thị trường xuất khẩu chính với hơn 1,1 triệu tấn, chiếm 33%; tiếp đến là EU 790.000 tấn và Mỹ 410.000 tấn. Kim ngạch xuất khẩu sắt thép 3 tháng đạt 2,33 tỷ USD, tăng 28,6%. Ở chiều ngược lại, Việt Nam nhập khẩu 4,1 triệu tấn sắt thép các loại, trị giá 3,06 tỷ USD; riêng thép cán nóng (HRC) từ Trung Quốc chiếm khoảng 58% lượng nhập khẩu.

Giá thép xây dựng trong nước hiện dao động 14,1-14,8 triệu đồng/tấn, giảm khoảng 300.000 đồng/tấn so với đầu năm. Hòa Phát, Hoa Sen và Formosa lần lượt chiếm 35,6%, 9,8% và 9,2% thị phần thép thành phẩm.

Ông Trần Minh Quang, Phó tổng thư ký VSA, cho biết các lò cao hiện chỉ vận hành khoảng 60% công suất do nhu cầu yếu; Khu liên hợp Hòa Phát Dung Quất 2 dự kiến chạy lò cao số 1 vào quý I/2025. VSA dự báo năm 2024 tiêu thụ thép thành phẩm có thể tăng 5-7% so với năm 2023, đạt khoảng 28 triệu tấn.

Thu Hằng
"""

Q1 = P("quý I/2024", "2024-01-01", "2024-03-31")
FIGS = [
    F("quý I tăng 38%", "38", 38, "percent", "%", "xuất khẩu thép quý I", P("quý I", "2024-01-01", "2024-03-31")),
    F("gần 3,3 triệu tấn", "3,3", 3300000, "measure", "tấn", "thép xuất khẩu", P("quý I", "2024-01-01", "2024-03-31"),
      approx="nearly", change=CH("increase", 38, baseline="cùng kỳ năm ngoái")),
    F("đạt 7,22 triệu tấn", "7,22", 7220000, "measure", "tấn", "sản xuất thép thành phẩm", Q1,
      change=CH("increase", 10.3, baseline="cùng kỳ")),
    F("đạt 6,54 triệu tấn", "6,54", 6540000, "measure", "tấn", "bán hàng thép thành phẩm", Q1,
      change=CH("increase", 12.4)),
    F("đạt 2,96 triệu tấn", "2,96", 2960000, "measure", "tấn", "thép xây dựng sản xuất", I(Q1), total=7220000),
    F("tiêu thụ 2,75 triệu tấn", "2,75", 2750000, "measure", "tấn", "thép xây dựng tiêu thụ", I(Q1), total=6540000,
      change=CH("decrease", 3.7, baseline="cùng kỳ")),
    F("hơn 1,1 triệu tấn", "1,1", 1100000, "measure", "tấn", "thép xuất khẩu sang ASEAN", I(Q1),
      approx="over", percent=33),
    F("EU 790.000 tấn", "790.000", 790000, "measure", "tấn", "thép xuất khẩu sang EU", I(Q1)),
    F("Mỹ 410.000 tấn", "410.000", 410000, "measure", "tấn", "thép xuất khẩu sang Mỹ", I(Q1)),
    F("đạt 2,33 tỷ USD", "2,33", 2330000000, "money", "USD", "kim ngạch xuất khẩu sắt thép",
      P("3 tháng", "2024-01-01", "2024-03-31"), change=CH("increase", 28.6)),
    F("nhập khẩu 4,1 triệu tấn", "4,1", 4100000, "measure", "tấn", "sắt thép các loại nhập khẩu", I(Q1)),
    F("trị giá 3,06 tỷ USD", "3,06", 3060000000, "money", "USD", "trị giá sắt thép nhập khẩu", I(Q1)),
    F("khoảng 58%", "58", 58, "percent", "%", "thép cán nóng (HRC) từ Trung Quốc trong lượng nhập khẩu", I(Q1),
      approx="about"),
    F("dao động 14,1-14,8 triệu đồng/tấn", "14,1", 14100000, "money", "đồng/tấn", "giá thép xây dựng trong nước",
      value_max=14800000, change=CH("decrease", 300000, unit="đồng/tấn", baseline="đầu năm", approx="about")),
    F("chiếm 35,6%", "35,6", 35.6, "percent", "%", "thị phần thép thành phẩm của Hòa Phát"),
    F("9,8% và", "9,8", 9.8, "percent", "%", "thị phần thép thành phẩm của Hoa Sen"),
    F("9,2% thị phần", "9,2", 9.2, "percent", "%", "thị phần thép thành phẩm của Formosa"),
    F("khoảng 60% công suất", "60", 60, "percent", "%", "công suất vận hành của các lò cao", approx="about"),
    F("khoảng 28 triệu tấn", "28", 28000000, "measure", "tấn", "tiêu thụ thép thành phẩm",
      P("năm 2024", "2024-01-01", "2024-12-31"), approx="about",
      change=CH("increase", 5, baseline="năm 2023"), status="forecast"),
]

COMMENTS = [
    "Probe 629-6. National press (VnExpress-style), 'Thứ ba, 16/4/2024, 06:45 (GMT+7)', byline at the end: steel output, sales, exports, imports, prices Q1/2024.",
    "Headline 'Xuất khẩu thép quý I tăng 38%' is a growth rate as the claim (percent, no change). 'quý I' and '3 tháng' take 2024 from the dateline / lead.",
    "'Trong đó, thép xây dựng sản xuất … tiêu thụ …': each part takes the whole counting the same thing (production 7,22; sales 6,54), not the nearest figure.",
    "Export markets and companies are not places: location Việt Nam; market/company in the subject. 'tăng 5-7% …, đạt khoảng 28 triệu tấn': the change precedes its figure (value 5).",
    "Not figures: dateline, (GMT+7), 'Hòa Phát Dung Quất 2', 'lò cao số 1', 'quý I/2025'.",
]

if __name__ == "__main__":
    emit("p629-6", TEXT, COMMENTS, FIGS, published="2024-04-16", location="Việt Nam")

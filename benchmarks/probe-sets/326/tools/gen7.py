from lib import F, P, write

TEXT = """VnExpress
Thời sự | Giáo dục
Thứ ba, 9/7/2024, 10:05 (GMT+7)

TP HCM dự kiến chi 1,2 nghìn tỷ đồng xây bể bơi trường học

Theo đề án của Sở Giáo dục và Đào tạo TP Hồ Chí Minh, giai đoạn 2024-2030 thành phố dự kiến cần khoảng 1,2 nghìn tỷ đồng để xây thêm 400 bể bơi trong các trường công lập.

Hiện toàn thành phố có 2.341 trường phổ thông, trong đó 512 trường có bể bơi cố định hoặc lắp ghép, chiếm 21,9%. Trong năm 2023, các trường đã tổ chức dạy bơi cho hơn 186.000 học sinh, tăng 14% so với năm 2022; tỷ lệ học sinh tiểu học biết bơi đạt 62,5%.

Các địa phương có nhiều bể bơi trường học nhất là TP Thủ Đức (68 bể), quận 7 (41 bể) và huyện Bình Chánh (37 bể); huyện Cần Giờ, nơi có nhiều sông rạch, chỉ có 4 bể. Trường THCS Nguyễn Du (139 Lý Tự Trọng, quận 1) là một trong những trường đầu tiên đưa bể bơi lắp ghép dài 25 m vào sử dụng.

Theo Sở, chi phí xây mỗi bể bơi cố định từ 2,5 đến 3 tỷ đồng, bể lắp ghép khoảng 700 triệu đồng. Nguồn vốn chủ yếu từ ngân sách, phần còn lại kêu gọi xã hội hóa.

Theo Sở Lao động - Thương binh và Xã hội, 6 tháng đầu năm 2024, thành phố ghi nhận 21 trẻ em tử vong do đuối nước, tăng 3 em so với cùng kỳ.

Mục tiêu đến năm 2025, 100% học sinh tiểu học được học bơi; đến năm 2030, mỗi quận, huyện và TP Thủ Đức có ít nhất 1 bể bơi đạt chuẩn trong trường học.

"Kỹ năng bơi phải được coi như kỹ năng sống bắt buộc, nhất là với một thành phố có hơn 1.000 km sông, kênh, rạch", đại diện Sở GD&ĐT nói.

Lê Nguyễn
"""

FIGS = [
    F("chi 1,2 nghìn tỷ đồng", "1,2", 1.2e12, "money", "đồng", "kinh phí xây bể bơi trường học", status="forecast",
      period=P("giai đoạn 2024-2030", "2024-01-01", "2030-12-31", inh=True)),
    F("khoảng 1,2 nghìn tỷ đồng", "1,2", 1.2e12, "money", "đồng", "kinh phí xây thêm bể bơi trong các trường công lập",
      approx="about", status="forecast", period=P("giai đoạn 2024-2030", "2024-01-01", "2030-12-31")),
    F("thêm 400 bể bơi", "400", 400, "count", "bể bơi", "bể bơi xây thêm trong các trường công lập",
      status="forecast", period=P("giai đoạn 2024-2030", "2024-01-01", "2030-12-31")),
    F("có 2.341 trường", "2.341", 2341, "count", "trường phổ thông", "trường phổ thông"),
    F("512 trường", "512", 512, "count", "trường", "trường có bể bơi cố định hoặc lắp ghép", total=2341, percent=21.9),
    F("hơn 186.000 học sinh", "186.000", 186000, "count", "học sinh", "học sinh được dạy bơi", approx="over",
      change={"direction": "increase", "value": 14, "unit": "%", "baseline": "năm 2022"},
      period=P("Trong năm 2023", "2023-01-01", "2023-12-31")),
    F("đạt 62,5%", "62,5", 62.5, "percent", "%", "tỷ lệ học sinh tiểu học biết bơi",
      period=P("Trong năm 2023", "2023-01-01", "2023-12-31")),
    F("Thủ Đức (68 bể)", "68", 68, "count", "bể", "bể bơi trường học", location="Thủ Đức"),
    F("quận 7 (41 bể)", "41", 41, "count", "bể", "bể bơi trường học", location="quận 7"),
    F("Bình Chánh (37 bể)", "37", 37, "count", "bể", "bể bơi trường học", location="Bình Chánh"),
    F("chỉ có 4 bể", "4", 4, "count", "bể", "bể bơi trường học", location="Cần Giờ"),
    F("dài 25 m", "25", 25, "measure", "m", "chiều dài bể bơi lắp ghép", optional=True),
    F("từ 2,5 đến 3 tỷ đồng", "2,5", 2.5e9, "money", "đồng", "chi phí xây mỗi bể bơi cố định", value_max=3e9),
    F("khoảng 700 triệu đồng", "700", 7e8, "money", "đồng", "chi phí xây mỗi bể bơi lắp ghép", approx="about"),
    F("ghi nhận 21 trẻ em", "21", 21, "count", "trẻ em", "trẻ em tử vong do đuối nước",
      change={"direction": "increase", "value": 3, "unit": "em", "baseline": "cùng kỳ"},
      period=P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")),
    F("2025, 100% học sinh", "100", 100, "percent", "%", "học sinh tiểu học được học bơi", status="target",
      period=P("đến năm 2025", None, "2025-12-31")),
    F("ít nhất 1 bể bơi", "1", 1, "count", "bể bơi", "bể bơi đạt chuẩn trong trường học mỗi quận, huyện",
      approx="at_least", status="target", period=P("đến năm 2030", None, "2030-12-31"), optional=True),
    F("hơn 1.000 km", "1.000", 1000, "measure", "km", "sông, kênh, rạch", approx="over"),
]

COMMENTS = [
    "National press (VnExpress style): TP HCM school pools. Dateline 'Thứ ba, 9/7/2024, 10:05 (GMT+7)'. Location 'TP Hồ Chí Minh' (written 'TP HCM' too).",
    "Distractors: '(GMT+7)', address '139 Lý Tự Trọng, quận 1', 'Trường THCS Nguyễn Du', 'Sở GD&ĐT', 'so với cùng kỳ'.",
    "Headline money figure repeats the lead's (both annotated); 'dự kiến' makes the lead's amount and the 400 pools forecasts; '1,2 nghìn tỷ' = 1.2e12.",
    "'2.341 trường ..., trong đó 512 trường ..., chiếm 21,9%': total 2341, percent 21.9. 'hơn 186.000 học sinh, tăng 14% so với năm 2022': change on the count.",
    "District list: Thủ Đức, quận 7, Bình Chánh, Cần Giờ are locations; no period stated ('Hiện' context), so none.",
    "Cost range 'từ 2,5 đến 3 tỷ đồng': value 2.5e9, value_max 3e9. Pool length '25 m' optional; 'ít nhất 1 bể bơi' per district (a norm) optional.",
    "'tăng 3 em so với cùng kỳ' change on 21 (period 6 tháng đầu năm 2024). 'hơn 1.000 km sông, kênh, rạch' in a quote is a measure figure.",
]

if __name__ == "__main__":
    write("p326-7", TEXT, FIGS, COMMENTS, published="2024-07-09", location="TP Hồ Chí Minh")

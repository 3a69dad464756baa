"""p1329-5: national newspaper: export rice price at a 17-month low, 2024 exports, traders stop buying."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Kinh doanh › Hàng hóa

Thứ năm, 9/1/2025, 16:20 (GMT+7)

Giá gạo xuất khẩu xuống thấp nhất 17 tháng

Giá gạo 5% tấm của Việt Nam chỉ còn 454 USD/tấn, giảm hơn 30% so với đỉnh hồi tháng 1/2024, trong khi thương lái trong nước chững mua.

Theo Hiệp hội Lương thực Việt Nam (VFA), ngày 8/1, giá chào bán gạo 5% tấm ở mức 452-456 USD/tấn, giảm 10 USD so với tuần trước và thấp hơn gạo cùng loại của Thái Lan khoảng 30 USD. Gạo 25% tấm còn 425 USD/tấn, gạo Jasmine 520-524 USD/tấn.

Năm 2024, Việt Nam xuất khẩu khoảng 9,18 triệu tấn gạo, trị giá 5,75 tỷ USD, tăng 12,5% về lượng và 23% về giá trị so với năm 2023, là nước xuất khẩu gạo lớn thứ hai thế giới sau Ấn Độ. Giá xuất khẩu bình quân đạt 627 USD/tấn, cao hơn 9,3%. Philippines tiếp tục là thị trường lớn nhất với 4,2 triệu tấn, chiếm 45,7%; tiếp đến là Indonesia 1,2 triệu tấn, Malaysia 0,86 triệu tấn.

Ông Phạm Quốc Hưng, Giám đốc Công ty TNHH Xuất nhập khẩu Gạo Tân Thạnh Phát, cho biết việc Indonesia tạm dừng nhập khẩu khiến giá giảm mạnh. Tại Cần Thơ, thương lái chỉ mua lúa IR 50404 tươi khoảng 6.200 đồng/kg, giảm khoảng 1.000 đồng so với tháng trước, nhiều kho đã ngừng thu mua. VFA dự báo năm 2025 xuất khẩu gạo đạt khoảng 7,5-8 triệu tấn.

Bảo Ngọc
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    fig("gạo 5% tấm của", "5", 5, "percent", "%", subject="gạo tấm", optional=True),
    fig("còn 454 USD/tấn", "454", 454, "money", "USD/tấn",
        change=chg("decrease", 30, "%", "đỉnh hồi tháng 1/2024", approx="over"),
        subject="giá gạo 5% tấm của Việt Nam"),
    fig("bán gạo 5% tấm", "5", 5, "percent", "%", subject="gạo tấm", optional=True),
    fig("mức 452-456", "452", 452, "money", "USD/tấn", value_max=456,
        change=chg("decrease", 10, "USD", "tuần trước"),
        subject="giá chào bán gạo 5% tấm"),
    fig("khoảng 30 USD", "30", 30, "money", "USD", approx="about",
        subject="giá gạo 5% tấm thấp hơn gạo cùng loại của Thái Lan", optional=True),
    fig("Gạo 25% tấm", "25", 25, "percent", "%", subject="gạo tấm", optional=True),
    fig("còn 425 USD/tấn", "425", 425, "money", "USD/tấn", subject="giá gạo 25% tấm"),
    fig("Jasmine 520-524", "520", 520, "money", "USD/tấn", value_max=524, subject="giá gạo Jasmine"),
    fig("khoảng 9,18 triệu", "9,18", 9.18e6, "measure", "tấn", approx="about",
        change=chg("increase", 12.5, "%", "năm 2023"), subject="gạo Việt Nam xuất khẩu", period=Y24),
    fig("trị giá 5,75 tỷ", "5,75", 5.75e9, "money", "USD",
        change=chg("increase", 23, "%", "năm 2023"), subject="trị giá gạo xuất khẩu", period=Y24),
    fig("lớn thứ hai", "hai", 2, "rank", "hạng", subject="nước xuất khẩu gạo lớn thế giới", period=Y24),
    fig("đạt 627 USD/tấn", "627", 627, "money", "USD/tấn", change=chg("increase", 9.3, "%"),
        subject="giá xuất khẩu bình quân", period=inh(Y24)),
    fig("với 4,2 triệu", "4,2", 4.2e6, "measure", "tấn", percent=45.7,
        subject="gạo xuất khẩu sang thị trường Philippines", period=inh(Y24)),
    fig("Indonesia 1,2 triệu", "1,2", 1.2e6, "measure", "tấn",
        subject="gạo xuất khẩu sang thị trường Indonesia", period=inh(Y24)),
    fig("Malaysia 0,86 triệu", "0,86", 860000, "measure", "tấn",
        subject="gạo xuất khẩu sang thị trường Malaysia", period=inh(Y24)),
    fig("khoảng 6.200 đồng/kg", "6.200", 6200, "money", "đồng/kg", approx="about",
        change=chg("decrease", 1000, "đồng", "tháng trước", approx="about"),
        subject="giá lúa IR 50404 tươi thương lái mua", location="Cần Thơ"),
    fig("khoảng 7,5-8 triệu", "7,5", 7.5e6, "measure", "tấn", value_max=8e6, approx="about", status="forecast",
        subject="xuất khẩu gạo", period=Y25),
]

NOTES = [
    "National newspaper: section breadcrumb, 'Thứ năm, 9/1/2025, 16:20 (GMT+7)', sapo, quote, byline at the end. National figures: Việt Nam.",
    "Distractors: 16:20, (GMT+7), 'thấp nhất 17 tháng' (a duration locating the low in time), 'ngày 8/1', 'tháng 1/2024' in a baseline,",
    "IR 50404, 'Năm 2024' / 'năm 2023' as periods and baselines.",
    "Grades '5% tấm', '25% tấm' name the product (like 'từ 15 tuổi' in the shared gold): optional.",
    "'giảm 10 USD so với tuần trước và thấp hơn ... khoảng 30 USD': the first change is the attribute, the second a figure of its own (optional).",
    "'tăng 12,5% về lượng và 23% về giá trị': each change goes to the figure it names (tonnage / value).",
    "'ngày 8/1' is a single day: no period is annotated (the spec has no single-day period). Trade partners are subjects, location Việt Nam.",
    "'Tại Cần Thơ' → location Cần Thơ for the paddy price; 'dự báo' → forecast.",
]

if __name__ == "__main__":
    write("p1329-5", TEXT, NOTES, FIGS, published="2025-01-09", location="Việt Nam")

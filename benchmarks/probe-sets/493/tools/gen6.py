"""p493-6: national press — nationwide temporary-house count and the 2025 campaign."""
from lib import F, P, INH, CH, TG, emit

TEXT = """Thời sự › Dân sinh
Thứ tư, 9/10/2024, 06:30 (GMT+7)

Cần hơn 17.000 tỷ đồng để xóa nhà tạm, nhà dột nát trên cả nước

Cả nước còn hơn 315.000 căn nhà tạm, nhà dột nát, Chính phủ đặt mục tiêu xóa xong trong năm 2025.

Theo Bộ Lao động - Thương binh và Xã hội, tính đến ngày 30/9/2024, cả nước còn hơn 315.000 căn nhà tạm, nhà dột nát cần hỗ trợ, trong đó 153.881 căn cần xây mới và 161.276 căn cần sửa chữa. Tổng nhu cầu kinh phí ước khoảng 17.300 tỷ đồng.

Xét theo đối tượng, hộ người có công với cách mạng chiếm 16,6%, hộ nghèo chiếm 51,2%, hộ cận nghèo chiếm 32,2%. Các địa phương có số nhà cần hỗ trợ lớn nhất là Hà Giang (24.168 căn), Nghệ An (21.375 căn), Sơn La (18.910 căn) và Thanh Hóa (15.642 căn).

Ngày 5/10, Thủ tướng Chính phủ phát động phong trào thi đua "Cả nước chung tay xóa nhà tạm, nhà dột nát trong năm 2025". Đây là lần thứ hai một phong trào về nhà ở cho người nghèo được phát động ở cấp quốc gia. Tại lễ phát động, các doanh nghiệp, tổ chức đã đăng ký ủng hộ hơn 4.500 tỷ đồng; Tập đoàn Điện lực Việt Nam và Tập đoàn Công nghiệp - Năng lượng Quốc gia Việt Nam lần lượt ủng hộ 500 tỷ đồng và 450 tỷ đồng.

Nhà nước hỗ trợ 60 triệu đồng/căn xây mới, 30 triệu đồng/căn sửa chữa; phần còn lại do địa phương, cộng đồng và hộ gia đình đóng góp. Diện tích nhà ở bình quân toàn quốc năm 2023 đạt 25,5 m² sàn/người, tăng 1,1 m² so với năm 2020; mục tiêu đến năm 2025 đạt khoảng 27 m² sàn/người.

Theo Bộ trưởng Bộ Lao động - Thương binh và Xã hội, nếu mỗi tỉnh hoàn thành bình quân 5.000 căn trong năm 2025 thì mục tiêu hoàn toàn khả thi.

Hồng Chiêu
"""

ASOF = P("tính đến ngày 30/9/2024", end="2024-09-30")

FIGS = [
    F("Cần hơn 17.000 tỷ đồng", "17.000", 17000e9, "money", "đồng", approx="over",
      subject="kinh phí xóa nhà tạm, nhà dột nát"),
    F("còn hơn 315.000 căn nhà tạm, nhà dột nát, Chính", "315.000", 315000, "count", "căn nhà tạm",
      approx="over", subject="căn nhà tạm, nhà dột nát", location="Việt Nam"),
    F("còn hơn 315.000 căn nhà tạm, nhà dột nát cần", "315.000", 315000, "count", "căn nhà tạm",
      approx="over", subject="căn nhà tạm, nhà dột nát cần hỗ trợ", period=ASOF),
    F("đó 153.881 căn", "153.881", 153881, "count", "căn", total=315000, subject="căn cần xây mới", period=ASOF),
    F("và 161.276 căn", "161.276", 161276, "count", "căn", total=315000, subject="căn cần sửa chữa", period=ASOF),
    F("ước khoảng 17.300 tỷ đồng", "17.300", 17300e9, "money", "đồng", approx="about", status="estimate",
      subject="tổng nhu cầu kinh phí"),
    F("chiếm 16,6%", "16,6", 16.6, "percent", "%", subject="tỷ lệ hộ người có công với cách mạng"),
    F("chiếm 51,2%", "51,2", 51.2, "percent", "%", subject="tỷ lệ hộ nghèo"),
    F("chiếm 32,2%", "32,2", 32.2, "percent", "%", subject="tỷ lệ hộ cận nghèo"),
    F("Hà Giang (24.168 căn)", "24.168", 24168, "count", "căn", subject="số nhà cần hỗ trợ", location="Hà Giang"),
    F("Nghệ An (21.375 căn)", "21.375", 21375, "count", "căn", subject="số nhà cần hỗ trợ", location="Nghệ An"),
    F("Sơn La (18.910 căn)", "18.910", 18910, "count", "căn", subject="số nhà cần hỗ trợ", location="Sơn La"),
    F("Thanh Hóa (15.642 căn)", "15.642", 15642, "count", "căn", subject="số nhà cần hỗ trợ", location="Thanh Hóa"),
    F("hơn 4.500 tỷ đồng", "4.500", 4500e9, "money", "đồng", approx="over",
      subject="kinh phí doanh nghiệp, tổ chức đăng ký ủng hộ"),
    F("ủng hộ 500 tỷ đồng", "500", 500e9, "money", "đồng", subject="kinh phí ủng hộ"),
    F("và 450 tỷ đồng", "450", 450e9, "money", "đồng", subject="kinh phí ủng hộ"),
    F("hỗ trợ 60 triệu đồng/căn", "60", 60e6, "money", "đồng/căn", subject="mức hỗ trợ xây mới của Nhà nước"),
    F("30 triệu đồng/căn", "30", 30e6, "money", "đồng/căn", subject="mức hỗ trợ sửa chữa của Nhà nước"),
    F("đạt 25,5 m²", "25,5", 25.5, "measure", "m² sàn/người",
      change=CH("increase", 1.1, unit="m²", baseline="năm 2020"),
      subject="diện tích nhà ở bình quân toàn quốc", period=P("năm 2023", "2023-01-01", "2023-12-31")),
    F("khoảng 27 m²", "27", 27, "measure", "m² sàn/người", approx="about", status="target",
      subject="diện tích nhà ở bình quân toàn quốc", period=P("đến năm 2025", end="2025-12-31")),
    F("bình quân 5.000 căn", "5.000", 5000, "count", "căn", subject="căn mỗi tỉnh hoàn thành bình quân",
      period=P("trong năm 2025", "2025-01-01", "2025-12-31"), optional=True),
]

COMMENTS = [
    "National press (invented): 'Thứ tư, 9/10/2024, 06:30 (GMT+7)' is published; national count of temporary houses, funding, campaign 2025.",
    "Distractors: (GMT+7), 'Ngày 5/10', 'lần thứ hai' (ordinal), campaign name '… trong năm 2025', byline.",
    "The whole 'hơn 315.000' (approx over) is the total of 153.881 + 161.276 after 'trong đó'. Shares 'chiếm 16,6%' etc. stand without a base",
    "figure in their sentence: percent figures. Provinces in the bracketed list go to location; the headline/sapo figures are Việt Nam.",
    "'25,5 m² sàn/người, tăng 1,1 m² so với năm 2020' -> measure with change (1,1 m²). 'mục tiêu đến năm 2025 đạt khoảng 27' -> target.",
    "The conditional 'nếu mỗi tỉnh hoàn thành bình quân 5.000 căn' is a hypothetical, optional.",
]

if __name__ == "__main__":
    emit("p493-6", TEXT, COMMENTS, FIGS, published="2024-10-09", location="Việt Nam")

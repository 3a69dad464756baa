"""p1075-6: national newspaper (VnExpress style), làng đá Bửu Long (TP Biên Hòa, Đồng Nai), 2025."""
from lib import F, P, I, C, T, write

TEXT = """Thời sự > Dân sinh
Chủ nhật, 16/3/2025, 07:30 (GMT+7)
Làng đá Bửu Long hơn 300 năm tuổi dần mai một

Từ hơn 400 hộ làm nghề năm 1995, làng đá Bửu Long ở TP Biên Hòa, tỉnh Đồng Nai nay chỉ còn khoảng 20 cơ sở với chưa đến 100 thợ.

Ông Huỳnh Văn Tư, 68 tuổi, chủ một cơ sở trên đường Huỳnh Văn Nghệ, cho biết mỗi tháng xưởng của ông chỉ bán được 30-40 sản phẩm như cối đá, tượng, bia mộ, doanh thu khoảng 60 triệu đồng, giảm gần 50% so với 5 năm trước. "Thợ giỏi giờ đi làm công ty, lương 10-12 triệu đồng một tháng, ổn định hơn", ông nói.

Theo UBND phường Bửu Long, nguồn đá tại chỗ đã cạn kiệt sau khi các mỏ đóng cửa từ năm 2000; đá nguyên liệu phải mua từ Bình Định, Thanh Hóa với giá 3,5-5 triệu đồng/m3, cộng thêm chi phí vận chuyển khoảng 800.000 đồng/m3. Trong khi đó, sản phẩm đá công nghiệp nhập khẩu bán rẻ hơn 30-40%.

Từ đầu năm đến nay, phường đón khoảng 1.500 lượt khách đến tham quan làng đá, chủ yếu là học sinh. Năm 2024, tỉnh Đồng Nai đã chi 1,2 tỷ đồng xây dựng nhà trưng bày sản phẩm làng đá Bửu Long; dự kiến đến năm 2026 hoàn thành tuyến tham quan dài 3,5 km nối với Khu du lịch Bửu Long. Theo Hiệp hội Đá Việt Nam, Đồng Nai xếp thứ 7 cả nước về giá trị sản xuất đá mỹ nghệ.

Cả nước hiện có khoảng 230 làng nghề chế tác đá; kim ngạch xuất khẩu sản phẩm đá mỹ nghệ năm 2024 ước đạt 412 triệu USD, song phần lớn đến từ các làng nghề phía Bắc và miền Trung.

Phước Tuấn
"""

FIGS = [
    F("hơn 300 năm tuổi", "300", 300, "measure", "năm", "tuổi của làng đá Bửu Long", approx="over", optional=True),
    F("hơn 400 hộ", "400", 400, "count", "hộ", "hộ làm nghề đá", P("năm 1995", "1995-01-01", "1995-12-31"),
      approx="over"),
    F("khoảng 20 cơ sở", "20", 20, "count", "cơ sở", "cơ sở làm nghề đá", approx="about"),
    F("chưa đến 100 thợ", "100", 100, "count", "thợ", "thợ đá", approx="under"),
    F("68 tuổi", "68", 68, "measure", "tuổi", "tuổi ông Huỳnh Văn Tư", optional=True),
    F("được 30-40 sản phẩm", "30", 30, "count", "sản phẩm", "sản phẩm xưởng bán được mỗi tháng", value_max=40),
    F("khoảng 60 triệu đồng", "60", 60e6, "money", "đồng/tháng", "doanh thu mỗi tháng của xưởng", approx="about",
      change=C("decrease", 50, "%", "5 năm trước", approx="nearly")),
    F("lương 10-12 triệu", "10", 10e6, "money", "đồng/tháng", "lương thợ giỏi đi làm công ty", value_max=12e6),
    F("giá 3,5-5 triệu", "3,5", 3.5e6, "money", "đồng/m3", "giá đá nguyên liệu", value_max=5e6),
    F("khoảng 800.000 đồng/m3", "800.000", 800000, "money", "đồng/m3", "chi phí vận chuyển đá nguyên liệu",
      approx="about"),
    F("rẻ hơn 30-40%", "30", 30, "percent", "%", "mức rẻ hơn của sản phẩm đá công nghiệp nhập khẩu", value_max=40),
    F("khoảng 1.500 lượt khách", "1.500", 1500, "count", "lượt khách", "lượt khách tham quan làng đá",
      P("Từ đầu năm đến nay", "2025-01-01", "2025-03-16"), approx="about"),
    F("chi 1,2 tỷ đồng", "1,2", 1.2e9, "money", "đồng", "kinh phí xây dựng nhà trưng bày sản phẩm làng đá Bửu Long",
      P("Năm 2024", "2024-01-01", "2024-12-31"), location="Đồng Nai"),
    F("dài 3,5 km", "3,5", 3.5, "measure", "km", "chiều dài tuyến tham quan", P("đến năm 2026", None, "2026-12-31"),
      status="forecast", location="Đồng Nai"),
    F("xếp thứ 7", "7", 7, "rank", "hạng", "giá trị sản xuất đá mỹ nghệ", location="Đồng Nai"),
    F("khoảng 230 làng nghề", "230", 230, "count", "làng nghề", "làng nghề chế tác đá", approx="about",
      location="Việt Nam"),
    F("ước đạt 412 triệu USD", "412", 412e6, "money", "USD", "kim ngạch xuất khẩu sản phẩm đá mỹ nghệ",
      P("năm 2024", "2024-01-01", "2024-12-31"), status="estimate", location="Việt Nam"),
]

COMMENTS = [
    "Invented national-newspaper article (VnExpress style): làng đá Bửu Long, TP Biên Hòa (Đồng Nai), 16/3/2025.",
    "Location Biên Hòa (city named); the province's spending, the tour route it plans in the same sentence and its rank are Đồng Nai; 'Cả nước' is Việt Nam.",
    "'nay', 'hiện' give no period; 'Từ đầu năm đến nay' runs 2025-01-01 to the dateline. 'từ năm 2000' dates the mines' closure (not a figure).",
    "Optional: the village's age 'hơn 300 năm tuổi' (headline) and the person's age '68 tuổi'.",
    "'giảm gần 50% so với 5 năm trước' is the change of 60 triệu; 'rẻ hơn 30-40%' has no base amount: a percent range of its own.",
    "Distractors: 'Chủ nhật, 16/3/2025, 07:30 (GMT+7)', 'năm 1995' as period, 'đường Huỳnh Văn Nghệ', 'Huỳnh Văn Tư'.",
]

if __name__ == "__main__":
    write(6, TEXT, FIGS, COMMENTS, published="2025-03-16", location="Biên Hòa")

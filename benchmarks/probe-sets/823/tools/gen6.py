"""p823-6: national newspaper, Lễ hội Diều quốc tế Bình Thuận 2025 on the sand dunes."""
from lib import F, P, I, C, write

TEXT = """Thời sự › Du lịch

Thứ bảy, 22/3/2025, 10:05 (GMT+7)

Hơn 300 con diều khổng lồ phủ kín đồi cát Bình Thuận

Lễ hội Diều quốc tế Bình Thuận 2025 quy tụ 52 nghệ nhân đến từ 15 quốc gia, dự kiến đón khoảng 40.000 lượt khách trong ba ngày.

Sáng 21/3, hơn 300 con diều đủ màu sắc, hình dáng được thả lên bầu trời khu đồi cát Hòa Thắng, huyện Bắc Bình, mở màn lễ hội kéo dài đến ngày 23/3. Con diều lớn nhất hình bạch tuộc của nghệ nhân New Zealand rộng 600 m2, nặng 80 kg, cần 8 người kéo.

Theo Sở Văn hóa, Thể thao và Du lịch Bình Thuận, số diều tham gia năm nay gấp 3 lần lần tổ chức đầu tiên. Năm 2023, lễ hội lần đầu đón khoảng 25.000 lượt khách. Vé tham quan khu đồi cát là 50.000 đồng/người, miễn phí cho trẻ em cao dưới 1,2 m. Giải thưởng cao nhất dành cho màn trình diễn diều đẹp là 5.000 USD.

Tại Phan Thiết, nhiều khách sạn ven biển Mũi Né kín phòng, giá phòng tăng 15-20% so với ngày thường. Hai tháng đầu năm 2025, Bình Thuận đón gần 1,4 triệu lượt khách, tăng 12% so với cùng kỳ năm 2024; tổng thu du lịch đạt 4.350 tỷ đồng.

Theo Hiệp hội Diều Việt Nam, cả nước hiện có khoảng 30 lễ hội diều được tổ chức thường niên, trong đó 5 lễ hội có quy mô quốc tế. Ông Nguyễn Minh Khoa, nghệ nhân diều đến từ Huế, cho biết anh đã mang 12 con diều truyền thống hình rồng, phượng đến lễ hội.

Việt Quốc
"""

FEST = P("Sáng 21/3 … đến ngày 23/3", "2025-03-21", "2025-03-23", inherited=True)
MORNING = P("Sáng 21/3", "2025-03-21", "2025-03-21")
BT = "Bình Thuận"

FIGS = [
    F("Hơn 300 con diều khổng lồ", "300", 300, "count", "con diều", "diều phủ kín đồi cát", FEST, approx="over"),
    F("quy tụ 52 nghệ nhân", "52", 52, "count", "nghệ nhân", "nghệ nhân tham gia Lễ hội Diều quốc tế Bình Thuận", FEST),
    F("từ 15 quốc gia", "15", 15, "count", "quốc gia", "quốc gia có nghệ nhân tham gia", FEST),
    F("khoảng 40.000 lượt", "40.000", 40000, "count", "lượt khách", "lượt khách đến lễ hội", FEST,
      approx="about", status="forecast"),
    F("hơn 300 con diều đủ", "300", 300, "count", "con diều", "diều được thả lên bầu trời khu đồi cát", MORNING,
      approx="over"),
    F("rộng 600 m2", "600", 600, "measure", "m2", "diện tích con diều lớn nhất", optional=True),
    F("nặng 80 kg", "80", 80, "measure", "kg", "khối lượng con diều lớn nhất", optional=True),
    F("cần 8 người", "8", 8, "count", "người", "người kéo con diều lớn nhất", optional=True),
    F("gấp 3 lần", "3", 3, "multiple", "lần", "số diều tham gia so với lần tổ chức đầu tiên", FEST),
    F("khoảng 25.000 lượt", "25.000", 25000, "count", "lượt khách", "lượt khách lễ hội lần đầu đón",
      P("Năm 2023", "2023-01-01", "2023-12-31"), approx="about"),
    F("50.000 đồng/người", "50.000", 50000, "money", "đồng/người", "giá vé tham quan khu đồi cát"),
    F("dưới 1,2 m", "1,2", 1.2, "measure", "m", "chiều cao trẻ em được miễn phí vé", approx="under", optional=True),
    F("5.000 USD", "5.000", 5000, "money", "USD", "giải thưởng cao nhất cho màn trình diễn diều đẹp"),
    F("tăng 15-20%", "15", 15, "percent", "%", "giá phòng khách sạn tăng so với ngày thường", FEST,
      value_max=20, location="Phan Thiết"),
    F("gần 1,4 triệu", "1,4", 1.4e6, "count", "lượt khách", "lượt khách Bình Thuận đón",
      P("Hai tháng đầu năm 2025", "2025-01-01", "2025-02-28"), approx="nearly",
      change=C("increase", 12, "%", "cùng kỳ năm 2024")),
    F("đạt 4.350 tỷ", "4.350", 4350e9, "money", "đồng", "tổng thu du lịch",
      P("Hai tháng đầu năm 2025", "2025-01-01", "2025-02-28")),
    F("khoảng 30 lễ hội", "30", 30, "count", "lễ hội diều", "lễ hội diều được tổ chức thường niên", approx="about",
      location="Việt Nam"),
    F("trong đó 5 lễ hội", "5", 5, "count", "lễ hội", "lễ hội diều có quy mô quốc tế", total=30, location="Việt Nam"),
    F("mang 12 con diều", "12", 12, "count", "con diều", "diều truyền thống nghệ nhân Nguyễn Minh Khoa mang đến lễ hội",
      FEST),
]

NOTES = [
    "National newspaper, 'Thứ bảy, 22/3/2025, 10:05 (GMT+7)': Lễ hội Diều quốc tế Bình Thuận 2025 (21-23/3) at Hòa Thắng, Bắc Bình.",
    "Festival figures are located in Bình Thuận (the festival is the province's); hotel prices 'Tại Phan Thiết' are Phan Thiết;",
    "the national festival count (Hiệp hội Diều Việt Nam, cả nước) is Việt Nam. 'gấp 3 lần' stands alone with no base amount: a multiple.",
    "'trong ba ngày' is a duration that locates the forecast in time: no figure. The largest kite's size and the child-height threshold are optional.",
    "'tăng 15-20%' has no base amount: a percent figure (range) without change. Not figures: 10:05, 21/3, 23/3, 'Bình Thuận 2025' in the name.",
]

if __name__ == "__main__":
    write("p823-6", TEXT, NOTES, FIGS, published="2025-03-22", location="Bình Thuận")

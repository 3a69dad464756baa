"""p823-5: Party newspaper (Báo Thanh Hóa), kite-making village Trung Hòa, Quảng Xương; byline and bare date at the end."""
from lib import F, P, I, C, write

TEXT = """Làng diều Trung Hòa giữ nghề giữa nhịp sống mới

Nằm ven Quốc lộ 1A, làng Trung Hòa, xã Quảng Nhân (Quảng Xương) có lịch sử làm diều hơn 100 năm. Hiện làng có 42 hộ với hơn 130 lao động theo nghề, mỗi năm làm ra khoảng 18.000 chiếc diều các loại, trong đó diều sáo chiếm khoảng 15%.

Diều giấy cho trẻ em có giá 20.000-50.000 đồng/chiếc, còn diều sáo cỡ lớn giá từ 2 đến 5 triệu đồng/chiếc. Mỗi chiếc diều sáo cỡ lớn cần 10-15 ngày để hoàn thiện, riêng ống sáo phải làm từ tre già trên 3 năm tuổi mới cho tiếng trong và vang.

Ông Lê Văn Tư, 72 tuổi, người có hơn 50 năm gắn bó với nghề, phấn khởi: "Mùa hè năm nay đơn hàng về nhiều, có ngày làng xuất đi 300 chiếc diều".

Theo UBND xã Quảng Nhân, năm 2023 doanh thu từ nghề làm diều của làng đạt khoảng 4,2 tỷ đồng, tăng 25% so với năm 2022. 6 tháng đầu năm 2024 ước đạt 2,6 tỷ đồng, bằng 62% cả năm 2023. Thu nhập bình quân của lao động làm diều từ 7 đến 8 triệu đồng/người/tháng. Diều Trung Hòa đã có mặt ở 20 tỉnh, thành phố, nhiều nhất là Hà Nội, Nghệ An và Ninh Bình.

Để giữ nghề, xã đã mở 2 lớp truyền nghề cho 35 thanh niên trong năm 2023. Huyện Quảng Xương đặt mục tiêu đến năm 2025 đưa làng diều thành điểm du lịch trải nghiệm, đón 5.000 lượt khách/năm và đào tạo thêm 40 lao động trẻ.

LÊ HÒA
18/07/2024
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("hơn 100 năm", "100", 100, "measure", "năm", "lịch sử làm diều của làng Trung Hòa", approx="over"),
    F("có 42 hộ", "42", 42, "count", "hộ", "hộ làm diều"),
    F("hơn 130 lao động", "130", 130, "count", "lao động", "lao động theo nghề làm diều", approx="over"),
    F("khoảng 18.000 chiếc", "18.000", 18000, "count", "chiếc diều", "diều các loại làm ra mỗi năm", approx="about"),
    F("chiếm khoảng 15%", "15", 15, "percent", "%", "diều sáo trong số diều làm ra", approx="about"),
    F("20.000-50.000", "20.000", 20000, "money", "đồng/chiếc", "giá diều giấy cho trẻ em", value_max=50000),
    F("từ 2 đến 5 triệu", "2", 2e6, "money", "đồng/chiếc", "giá diều sáo cỡ lớn", value_max=5e6),
    F("10-15 ngày", "10", 10, "measure", "ngày", "thời gian hoàn thiện một chiếc diều sáo cỡ lớn", value_max=15),
    F("trên 3 năm tuổi", "3", 3, "measure", "năm tuổi", "tuổi tre làm ống sáo", approx="over", optional=True),
    F("72 tuổi", "72", 72, "measure", "tuổi", "tuổi ông Lê Văn Tư", optional=True),
    F("hơn 50 năm", "50", 50, "measure", "năm", "thời gian ông Lê Văn Tư gắn bó với nghề", approx="over", optional=True),
    F("xuất đi 300 chiếc", "300", 300, "count", "chiếc diều", "diều làng xuất đi trong ngày cao điểm"),
    F("khoảng 4,2 tỷ", "4,2", 4.2e9, "money", "đồng", "doanh thu từ nghề làm diều của làng", Y23, approx="about",
      change=C("increase", 25, "%", "năm 2022")),
    F("ước đạt 2,6 tỷ", "2,6", 2.6e9, "money", "đồng", "doanh thu từ nghề làm diều của làng", H1,
      status="estimate", percent=62),
    F("từ 7 đến 8 triệu", "7", 7e6, "money", "đồng/người/tháng", "thu nhập bình quân của lao động làm diều",
      value_max=8e6),
    F("ở 20 tỉnh", "20", 20, "count", "tỉnh, thành phố", "tỉnh, thành phố có diều Trung Hòa", location="Việt Nam"),
    F("mở 2 lớp", "2", 2, "count", "lớp", "lớp truyền nghề", P("trong năm 2023", "2023-01-01", "2023-12-31")),
    F("cho 35 thanh niên", "35", 35, "count", "thanh niên", "thanh niên học nghề làm diều",
      P("trong năm 2023", "2023-01-01", "2023-12-31")),
    F("đón 5.000 lượt", "5.000", 5000, "measure", "lượt khách/năm", "lượt khách đến điểm du lịch trải nghiệm làng diều",
      T25, status="target"),
    F("thêm 40 lao động", "40", 40, "count", "lao động", "lao động trẻ được đào tạo thêm", T25, status="target"),
]

NOTES = [
    "Báo Thanh Hóa (Party paper): làng diều Trung Hòa, xã Quảng Nhân, huyện Quảng Xương; byline 'LÊ HÒA' and bare date 18/07/2024 at the end.",
    "Location Quảng Xương (district); '20 tỉnh, thành phố' is a count of provinces (Việt Nam per FIGURES.md).",
    "'trong đó diều sáo chiếm khoảng 15%' has no count of its own: a percent figure. 'bằng 62% cả năm 2023' is the percent of 2,6 tỷ.",
    "'Mùa hè năm nay' in a quote: no period given. Example specs (tre trên 3 năm tuổi, 72 tuổi, hơn 50 năm gắn bó) optional.",
    "Not figures: Quốc lộ 1A, the name Lê Văn Tư, the byline date.",
]

if __name__ == "__main__":
    write("p823-5", TEXT, NOTES, FIGS, published="2024-07-18", location="Quảng Xương")

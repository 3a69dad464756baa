"""p556-6: national press (VnExpress style), drought and salinity intrusion in the Mekong Delta, spring 2024."""
from lib import F, P, I, CH, emit

TEXT = """Thời sự › Môi trường
Thứ tư, 10/4/2024, 06:00 (GMT+7)

Hạn mặn khiến gần 60.000 hộ miền Tây thiếu nước sinh hoạt

Năm tỉnh Tiền Giang, Bến Tre, Long An, Kiên Giang và Cà Mau đã công bố tình huống khẩn cấp về hạn hán, xâm nhập mặn, với khoảng 59.800 hộ dân thiếu nước sinh hoạt.

Theo Viện Khoa học Thủy lợi miền Nam, lưu lượng nước từ thượng nguồn sông Mekong về đồng bằng thấp hơn trung bình nhiều năm 15-20%. Trong tháng 3, ranh mặn 4 g/l xâm nhập sâu 60-70 km trên các cửa sông Tiền, Hàm Luông, sâu hơn trung bình nhiều năm từ 5 đến 15 km.

Thống kê của Cục Thủy lợi, tính đến ngày 8/4, toàn vùng có hơn 1.800 ha lúa đông xuân bị thiệt hại do mặn, chủ yếu tại Kiên Giang (1.150 ha) và Cà Mau (480 ha); khoảng 32.000 ha cây ăn trái có nguy cơ bị ảnh hưởng. Con số này thấp hơn nhiều so với năm 2020, khi hơn 58.400 ha lúa bị mất trắng.

Để ứng phó, Chính phủ đã hỗ trợ các tỉnh 380 tỷ đồng từ nguồn dự phòng ngân sách trung ương, trong đó Bến Tre 100 tỷ đồng, Tiền Giang 90 tỷ đồng. Các địa phương đã cấp hơn 1.200 bồn chứa nước cho hộ nghèo, chi phí mỗi bồn từ 2 đến 3 triệu đồng.

Bộ Nông nghiệp và Phát triển nông thôn dự báo đến cuối tháng 5, khoảng 25.000 hộ vẫn có nguy cơ thiếu nước, tập trung ở các huyện ven biển như Thạnh Phú, Ba Tri (Bến Tre).

Ngọc Tài
"""

ASOF = P("tính đến ngày 8/4", None, "2024-04-08")

FIGS = [
    F("gần 60.000 hộ", "60.000", 60000, "count", "hộ", "hộ miền Tây thiếu nước sinh hoạt", approx="nearly"),
    F("Năm tỉnh", "Năm", 5, "count", "tỉnh", "tỉnh công bố tình huống khẩn cấp về hạn hán, xâm nhập mặn"),
    F("khoảng 59.800 hộ", "59.800", 59800, "count", "hộ", "hộ dân thiếu nước sinh hoạt", approx="about"),
    F("nhiều năm 15-20%", "15", 15, "percent", "%",
      "lưu lượng nước từ thượng nguồn sông Mekong về đồng bằng thấp hơn trung bình nhiều năm", value_max=20),
    F("ranh mặn 4 g/l", "4", 4, "measure", "g/l", "ranh mặn", optional=True),
    F("sâu 60-70 km", "60", 60, "measure", "km", "ranh mặn 4 g/l xâm nhập sâu trên các cửa sông Tiền, Hàm Luông",
      P("Trong tháng 3", "2024-03-01", "2024-03-31"), value_max=70,
      change=CH("increase", 5, "km", "trung bình nhiều năm")),
    F("hơn 1.800 ha", "1.800", 1800, "measure", "ha", "lúa đông xuân bị thiệt hại do mặn", ASOF, approx="over"),
    F("Kiên Giang (1.150 ha)", "1.150", 1150, "measure", "ha", "lúa đông xuân bị thiệt hại do mặn", ASOF,
      location="Kiên Giang"),
    F("Cà Mau (480 ha)", "480", 480, "measure", "ha", "lúa đông xuân bị thiệt hại do mặn", ASOF, location="Cà Mau"),
    F("khoảng 32.000 ha", "32.000", 32000, "measure", "ha", "cây ăn trái có nguy cơ bị ảnh hưởng", ASOF, approx="about"),
    F("hơn 58.400 ha", "58.400", 58400, "measure", "ha", "lúa bị mất trắng", P("năm 2020", "2020-01-01", "2020-12-31"),
      approx="over"),
    F("các tỉnh 380 tỷ đồng", "380", 380e9, "money", "đồng", "kinh phí Chính phủ hỗ trợ từ nguồn dự phòng ngân sách trung ương"),
    F("Bến Tre 100 tỷ đồng", "100", 100e9, "money", "đồng", "kinh phí Chính phủ hỗ trợ", total=380e9, location="Bến Tre"),
    F("Tiền Giang 90 tỷ đồng", "90", 90e9, "money", "đồng", "kinh phí Chính phủ hỗ trợ", total=380e9, location="Tiền Giang"),
    F("hơn 1.200 bồn", "1.200", 1200, "count", "bồn", "bồn chứa nước cấp cho hộ nghèo", approx="over"),
    F("từ 2 đến 3 triệu đồng", "2", 2e6, "money", "đồng", "chi phí mỗi bồn", value_max=3e6),
    F("khoảng 25.000 hộ", "25.000", 25000, "count", "hộ", "hộ vẫn có nguy cơ thiếu nước",
      P("đến cuối tháng 5", None, "2024-05-31"), approx="about", status="forecast"),
]

COMMENTS = [
    "National press (VnExpress style): 'Thứ tư, 10/4/2024, 06:00 (GMT+7)', byline at the end; Mekong Delta drought and salinity.",
    "Location Việt Nam (a multi-province regional total in national press); the province in a bracketed or 'trong đó' item is its",
    "location. The five provinces after 'Năm tỉnh' (number word, a count of provinces) do not make it provincial.",
    "Not figures: (GMT+7), 06:00, 'năm 2020' (a year), Thạnh Phú, Ba Tri. '4 g/l' names the salinity boundary: optional.",
    "'thấp hơn trung bình nhiều năm 15-20%' is a rate that is the claim (percent, no change); 'sâu hơn trung bình nhiều năm từ 5",
    "đến 15 km' is the change of 60-70 km (value 5, the range's lower end). Kiên Giang/Cà Mau brackets after 'chủ yếu tại' have",
    "no cue and do not add up: no total. 'tính đến ngày 8/4' covers the clause after ';'.",
]

if __name__ == "__main__":
    emit("p556-6", TEXT, COMMENTS, FIGS, published="2024-04-10", location="Việt Nam")

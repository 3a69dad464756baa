import sys; sys.path.insert(0, __import__("os").path.dirname(__file__))
from lib import F, P, C, T, build

text = """Báo Đồng Khởi - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Bến Tre
Thời sự | Nông nghiệp

Mặn xâm nhập sâu đến 65 km, hơn 13 nghìn hộ dân thiếu nước sinh hoạt

Thanh Đồng - 08/03/2024 10:42

BĐK - Theo Đài Khí tượng thủy văn tỉnh Bến Tre, từ đầu tháng 3/2024 đến nay, ranh mặn 4‰ xâm nhập sâu từ 55 đến 65 km trên các sông chính, sâu hơn khoảng 5 km so với cùng kỳ năm 2023. Độ mặn cao nhất ghi nhận tại cống Sơn Đốc (huyện Giồng Trôm) là 13,5‰, tại trạm An Thuận (huyện Ba Tri) là 17,2‰.

Xâm nhập mặn khiến khoảng 13.200 hộ dân thiếu nước sinh hoạt, tăng 4.100 hộ so với cuối tháng 2/2024; nhiều nhất là các huyện Ba Tri (5.600 hộ), Bình Đại (3.900 hộ) và Thạnh Phú (2.450 hộ).

Về sản xuất, toàn tỉnh có 1.860 ha lúa Đông Xuân bị ảnh hưởng, trong đó 420 ha thiệt hại trên 70%; khoảng 2.300 ha cây ăn trái, chủ yếu là sầu riêng, bị ảnh hưởng ở các mức độ khác nhau.

Tỉnh đã vận hành 57 cống thuộc hệ thống thủy lợi Bắc Bến Tre để ngăn mặn, trữ ngọt; các địa phương đã cấp miễn phí gần 8.500 m3 nước ngọt cho người dân bằng xe bồn, ghe. Tổng kinh phí phòng, chống hạn, mặn từ đầu năm đến nay khoảng 38 tỷ đồng, trong đó ngân sách Trung ương hỗ trợ 20 tỷ đồng.

Dự báo trong tháng 4/2024, độ mặn lớn nhất tại các cửa sông có thể đạt từ 14 đến 16‰, ranh mặn 1‰ vào sâu khoảng 75 km. Người dân cần hỗ trợ nước sinh hoạt liên hệ số điện thoại 0275.3822.017.
"""

mar = P("từ đầu tháng 3/2024 đến nay", "2024-03-01", "2024-03-08")
mar_i = P("từ đầu tháng 3/2024 đến nay", "2024-03-01", "2024-03-08", inherited=True)
ytd = P("từ đầu năm đến nay", "2024-01-01", "2024-03-08")
apr = P("trong tháng 4/2024", "2024-04-01", "2024-04-30")

figs = [
    F("sâu đến 65 km,", "65", 65, "measure", "km", "độ xâm nhập mặn"),
    F("hơn 13 nghìn hộ", "13", 13000, "count", "hộ", "hộ dân thiếu nước sinh hoạt", approx="over"),
    F("ranh mặn 4‰", "4", 4, "measure", "‰", "ranh mặn", optional=True),
    F("từ 55 đến 65 km", "55", 55, "measure", "km", "độ xâm nhập sâu của ranh mặn 4‰ trên các sông chính",
      value_max=65, change=C("increase", 5, "km", "cùng kỳ năm 2023", approx="about"), period=mar),
    F("là 13,5‰", "13,5", 13.5, "measure", "‰", "độ mặn cao nhất tại cống Sơn Đốc", period=mar_i, location="Giồng Trôm"),
    F("là 17,2‰", "17,2", 17.2, "measure", "‰", "độ mặn cao nhất tại trạm An Thuận", period=mar_i, location="Ba Tri"),
    F("khoảng 13.200 hộ", "13.200", 13200, "count", "hộ", "hộ dân thiếu nước sinh hoạt", approx="about",
      change=C("increase", 4100, "hộ", "cuối tháng 2/2024")),
    F("Ba Tri (5.600 hộ)", "5.600", 5600, "count", "hộ", "hộ dân thiếu nước sinh hoạt", location="Ba Tri"),
    F("Bình Đại (3.900 hộ)", "3.900", 3900, "count", "hộ", "hộ dân thiếu nước sinh hoạt", location="Bình Đại"),
    F("Thạnh Phú (2.450 hộ)", "2.450", 2450, "count", "hộ", "hộ dân thiếu nước sinh hoạt", location="Thạnh Phú"),
    F("có 1.860 ha", "1.860", 1860, "measure", "ha", "diện tích lúa Đông Xuân bị ảnh hưởng"),
    F("trong đó 420 ha", "420", 420, "measure", "ha", "diện tích lúa thiệt hại trên 70%", total=1860),
    F("thiệt hại trên 70%", "70", 70, "percent", "%", "mức thiệt hại", approx="over", optional=True),
    F("khoảng 2.300 ha", "2.300", 2300, "measure", "ha", "diện tích cây ăn trái bị ảnh hưởng", approx="about"),
    F("vận hành 57 cống", "57", 57, "count", "cống", "cống ngăn mặn, trữ ngọt được vận hành"),
    F("gần 8.500 m3", "8.500", 8500, "measure", "m3", "nước ngọt cấp miễn phí cho người dân", approx="nearly"),
    F("khoảng 38 tỷ đồng", "38", 38000000000, "money", "đồng", "tổng kinh phí phòng, chống hạn, mặn",
      approx="about", period=ytd),
    F("hỗ trợ 20 tỷ đồng", "20", 20000000000, "money", "đồng", "ngân sách Trung ương hỗ trợ phòng, chống hạn, mặn",
      total=38000000000, period=ytd),
    F("từ 14 đến 16‰", "14", 14, "measure", "‰", "độ mặn lớn nhất tại các cửa sông", value_max=16,
      status="forecast", period=apr),
    F("ranh mặn 1‰", "1", 1, "measure", "‰", "ranh mặn", optional=True),
    F("khoảng 75 km", "75", 75, "measure", "km", "độ xâm nhập sâu của ranh mặn 1‰", approx="about",
      status="forecast", period=apr),
]

comments = """
Báo Đồng Khởi (Bến Tre, tag "BĐK"): xâm nhập mặn tháng 3/2024, hộ thiếu nước, thiệt hại lúa, cống ngăn mặn, kinh phí, dự báo tháng 4/2024.
Byline with date "Thanh Đồng - 08/03/2024 10:42" is the dateline. The phone number 0275.3822.017 is not a figure.
Isohaline labels "ranh mặn 4‰ / 1‰" and the damage threshold "thiệt hại trên 70%" are criteria, optional.
"sâu hơn khoảng 5 km so với cùng kỳ năm 2023" is the change of the 55-65 km range (about). "tăng 4.100 hộ so với cuối tháng 2/2024" is the change of 13.200 hộ.
Salinity at stations: the district in brackets is the figure's location. District household counts after "nhiều nhất là" have no part-of cue
and do not add up to 13.200, so no total. 420 ha after "trong đó" is part of 1.860 ha; 20 tỷ is part of 38 tỷ.
"hệ thống thủy lợi Bắc Bến Tre" is a name. "từ đầu tháng 3/2024 đến nay" ends at the dateline; "từ đầu năm đến nay" = 2024-01-01..2024-03-08.
The 13.200 hộ sentence states no period of its own (none given in gold). "Dự báo trong tháng 4/2024" makes its sentence forecast.
"""

build("p429-2", text, comments, figs, published="2024-03-08", location="Bến Tre")

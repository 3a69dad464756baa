"""p868-2: Krông Pắc (Đắk Lắk) district portal - households connected and metered, plant capacity, tariffs (2023)."""
from lib import F, P, I, C, T, write

TEXT = """UBND HUYỆN KRÔNG PẮC - CỔNG THÔNG TIN ĐIỆN TỬ
Tin hoạt động > Kinh tế - Hạ tầng
Thứ Năm, 14/09/2023 - 10:20

Krông Pắc: Hơn 1.100 hộ dân được đấu nối, lắp đồng hồ nước sạch

Từ đầu năm đến nay, Xí nghiệp cấp nước Phước An đã đấu nối, lắp đặt đồng hồ nước cho 1.136 hộ dân tại thị trấn Phước An và các xã Ea Phê, Ea Kuăng, nâng tổng số hộ sử dụng nước máy trên địa bàn huyện lên 9.842 hộ. Trong số hộ lắp mới, xã Ea Phê có 412 hộ, xã Ea Kuăng 287 hộ, còn lại là thị trấn Phước An.

Hiện nay, công trình cấp nước tập trung Phước An bên Quốc lộ 26 có công suất 6.000 m3/ngày đêm, nhưng sản lượng tiêu thụ thực tế mới đạt khoảng 3.900 m3/ngày đêm, tương đương 65% công suất thiết kế. Tỷ lệ thất thoát nước trên mạng lưới còn khoảng 21%, do nhiều tuyến ống lắp đặt từ năm 2005 đã xuống cấp.

Theo ông Nguyễn Văn Ba, Giám đốc Xí nghiệp, giá nước sinh hoạt áp dụng tại huyện là 7.500 đồng/m3 đối với hộ dùng dưới 10 m3/tháng và 9.200 đồng/m3 đối với phần vượt. Bình quân mỗi hộ trả khoảng 95.000 đồng tiền nước mỗi tháng.

Toàn huyện hiện có 78,6% hộ dân nông thôn sử dụng nước hợp vệ sinh, trong đó chỉ 24,3% dùng nước sạch đạt quy chuẩn QCVN 01-1:2018/BYT. Năm 2023, huyện phấn đấu có thêm 1.500 hộ được đấu nối nước sạch; dự kiến đến năm 2025, UBND huyện kêu gọi đầu tư khoảng 35 tỷ đồng để mở rộng mạng lưới đường ống thêm 42 km tới các xã Ea Yông, Hòa An.

Thu Hà - Phòng Kinh tế và Hạ tầng huyện
"""

YTD = P("Từ đầu năm đến nay", "2023-01-01", "2023-09-14")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")
NEW = "hộ dân được đấu nối, lắp đặt đồng hồ nước"

FIGS = [
    F("Hơn 1.100 hộ", "1.100", 1_100, "count", "hộ", NEW, approx="over"),
    F("cho 1.136 hộ", "1.136", 1_136, "count", "hộ", NEW, YTD),
    F("lên 9.842 hộ", "9.842", 9_842, "count", "hộ", "hộ sử dụng nước máy trên địa bàn huyện", YTD),
    F("Ea Phê có 412 hộ", "412", 412, "count", "hộ", NEW, I(YTD), total=1_136),
    F("Ea Kuăng 287 hộ", "287", 287, "count", "hộ", NEW, I(YTD), total=1_136),
    F("công suất 6.000 m3/ngày đêm", "6.000", 6_000, "measure", "m3/ngày đêm",
      "công suất công trình cấp nước tập trung Phước An"),
    F("khoảng 3.900 m3/ngày đêm", "3.900", 3_900, "measure", "m3/ngày đêm", "sản lượng tiêu thụ thực tế",
      approx="about", percent=65),
    F("còn khoảng 21%", "21", 21, "percent", "%", "tỷ lệ thất thoát nước trên mạng lưới", approx="about"),
    F("là 7.500 đồng/m3", "7.500", 7_500, "money", "đồng/m3", "giá nước sinh hoạt hộ dùng dưới 10 m3/tháng"),
    F("dưới 10 m3/tháng", "10", 10, "measure", "m3/tháng", "mức sử dụng nước của hộ", approx="under", optional=True),
    F("và 9.200 đồng/m3", "9.200", 9_200, "money", "đồng/m3", "giá nước sinh hoạt phần vượt"),
    F("khoảng 95.000 đồng", "95.000", 95_000, "money", "đồng/tháng", "tiền nước bình quân mỗi hộ trả", approx="about"),
    F("có 78,6% hộ", "78,6", 78.6, "percent", "%", "hộ dân nông thôn sử dụng nước hợp vệ sinh"),
    F("chỉ 24,3% dùng", "24,3", 24.3, "percent", "%", "hộ dân nông thôn dùng nước sạch đạt quy chuẩn", total=78.6),
    F("thêm 1.500 hộ", "1.500", 1_500, "count", "hộ", "hộ được đấu nối nước sạch thêm", Y23, status="target"),
    F("khoảng 35 tỷ đồng", "35", 35_000_000_000, "money", "đồng", "vốn đầu tư mở rộng mạng lưới đường ống", T25,
      approx="about", status="forecast"),
    F("thêm 42 km", "42", 42, "measure", "km", "mạng lưới đường ống mở rộng thêm", T25, status="forecast"),
]

NOTES = [
    "District portal (Krông Pắc, Đắk Lắk): 'Thứ Năm, 14/09/2023 - 10:20' dateline, byline at the end. Communes (Ea Phê, Ea Kuăng) lie in the district: location Krông Pắc.",
    "Distractors: Quốc lộ 26, 'từ năm 2005', QCVN 01-1:2018/BYT, 'ông Nguyễn Văn Ba' (name), 10:20.",
    "'Trong số hộ lắp mới' makes 412 and 287 parts of 1.136 (they do not add up: 'còn lại là thị trấn'). 24,3% after 'trong đó' following 78,6% of households: total 78.6.",
    "9.842 (the level reached) takes the sentence's period 'Từ đầu năm đến nay' like the 1.136 added. 'dưới 10 m3/tháng' is a tariff threshold: optional.",
]

write("p868-2", TEXT, NOTES, FIGS, published="2023-09-14", location="Krông Pắc")

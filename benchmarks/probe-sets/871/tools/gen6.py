"""p871-6: national newspaper, TP HCM, myopia after summer and the eyeglass market (14/8/2023)."""
from lib import F, P, I, C, T, build

TEXT = """Thứ hai, 14/8/2023, 06:30 (GMT+7)
Trẻ cận thị tăng mạnh sau hè, kính giá rẻ trôi nổi

Bệnh viện Mắt TP HCM mỗi ngày tiếp nhận khoảng 1.500 lượt khám, trong đó trẻ em chiếm khoảng 45%, phần lớn là cận thị, loạn thị.

Theo bác sĩ Nguyễn Minh Phú, Trưởng khoa Khúc xạ, từ đầu tháng 7 đến nay, số trẻ đến khám khúc xạ tăng khoảng 20% so với cùng kỳ năm trước. Nhiều em mới 6-7 tuổi đã cận 3-4 độ, có học sinh lớp 9 cận tới 8 độ. "Các em dùng thiết bị điện tử trung bình 5 giờ mỗi ngày trong dịp hè", ông Phú nói.

Khảo sát của bệnh viện với 2.400 học sinh tại 12 trường ở TP Thủ Đức, quận 3 và huyện Bình Chánh trong năm học 2022-2023 cho thấy tỷ lệ cận thị là 38,7%, cao hơn 6,2 điểm phần trăm so với năm học 2018-2019. Riêng bậc THPT, tỷ lệ này lên tới 52%.

Nhu cầu tăng khiến thị trường kính mắt sôi động. Trên đường Nguyễn Trãi (quận 5), đoạn chưa tới 500 m có hơn 30 cửa hàng kính. Kính cận trọn bộ giá phổ biến 250.000-600.000 đồng/cặp, trong khi tròng kính kiểm soát cận thị cho trẻ có giá 3-5 triệu đồng/cặp, kính áp tròng Ortho-K khoảng 25 triệu đồng. Theo các bác sĩ, nhiều cửa hàng chỉ đo bằng máy tự động mà không kiểm tra lại, khiến trẻ đeo kính sai độ, tăng độ nhanh hơn.

Bác sĩ khuyến cáo trẻ nên khám mắt định kỳ 6 tháng một lần, ngồi học cách sách vở 30-35 cm và hoạt động ngoài trời ít nhất 2 giờ mỗi ngày.

Lê Phương
"""

SY = P("trong năm học 2022-2023", "2022-09-01", "2023-05-31")

FIGS = [
    F("khoảng 1.500 lượt khám", "1.500", 1500, "count", "lượt khám/ngày", "lượt khám Bệnh viện Mắt TP HCM tiếp nhận mỗi ngày",
      approx="about"),
    F("chiếm khoảng 45%", "45", 45, "percent", "%", "trẻ em trong số lượt khám", approx="about"),
    F("tăng khoảng 20%", "20", 20, "percent", "%", "số trẻ đến khám khúc xạ", approx="about",
      period=P("từ đầu tháng 7 đến nay", "2023-07-01", "2023-08-14")),
    F("mới 6-7 tuổi", "6", 6, "measure", "tuổi", "tuổi của trẻ cận thị", value_max=7, optional=True),
    F("cận 3-4 độ", "3", 3, "measure", "độ", "độ cận của trẻ 6-7 tuổi", value_max=4),
    F("tới 8 độ", "8", 8, "measure", "độ", "độ cận của học sinh lớp 9"),
    F("trung bình 5 giờ", "5", 5, "measure", "giờ/ngày", "thời gian dùng thiết bị điện tử trong dịp hè"),
    F("với 2.400 học sinh", "2.400", 2400, "count", "học sinh", "học sinh được khảo sát", period=SY),
    F("tại 12 trường", "12", 12, "count", "trường", "trường được khảo sát", period=SY),
    F("là 38,7%", "38,7", 38.7, "percent", "%", "tỷ lệ cận thị",
      change=C("increase", 6.2, "điểm phần trăm", "năm học 2018-2019"), period=SY),
    F("lên tới 52%", "52", 52, "percent", "%", "tỷ lệ cận thị bậc THPT", period=I(SY)),
    F("chưa tới 500 m", "500", 500, "measure", "m", "chiều dài đoạn đường Nguyễn Trãi", approx="under", location="Quận 5"),
    F("hơn 30 cửa hàng", "30", 30, "count", "cửa hàng kính", "cửa hàng kính trên đường Nguyễn Trãi", approx="over",
      location="Quận 5"),
    F("250.000-600.000 đồng/cặp", "250.000", 250000, "money", "đồng/cặp", "giá kính cận trọn bộ", value_max=600000),
    F("giá 3-5 triệu", "3", 3000000, "money", "đồng/cặp", "giá tròng kính kiểm soát cận thị", value_max=5000000),
    F("khoảng 25 triệu đồng", "25", 25000000, "money", "đồng", "giá kính áp tròng Ortho-K", approx="about"),
    F("định kỳ 6 tháng", "6", 6, "measure", "tháng", "chu kỳ khám mắt khuyến cáo", optional=True),
    F("sách vở 30-35 cm", "30", 30, "measure", "cm", "khoảng cách ngồi học khuyến cáo", value_max=35, optional=True),
    F("ít nhất 2 giờ", "2", 2, "measure", "giờ/ngày", "thời gian hoạt động ngoài trời khuyến cáo", approx="at_least",
      optional=True),
]

NOTES = [
    "National newspaper, TP Hồ Chí Minh, 14/8/2023. '1.500 lượt khám' per day: count with unit 'lượt khám/ngày'.",
    "'trong đó trẻ em chiếm khoảng 45%' is the share of a sub-group: its own percent figure. 'tăng khoảng 20%' is a rate as the claim (no change).",
    "'38,7%, cao hơn 6,2 điểm phần trăm so với năm học 2018-2019' -> change of the 38,7% figure. School year 1/9-31/5.",
    "'quận 5' is a district: location of the Nguyễn Trãi figures, not a figure. '6-7 tuổi' (category) and the doctors' advice are optional.",
    "Distractors: quận 3, quận 5, lớp 9, TP Thủ Đức, 06:30 (GMT+7), Nguyễn Minh Phú.",
]

build(6, TEXT, FIGS, published="2023-08-14", location="TP Hồ Chí Minh", notes=NOTES)

"""p941-4: Cục Lâm nghiệp (Bộ NN&PTNT) site — national desertification and coastal sand figures, World Day 17/6."""
from lib import F, P, I, C, T, write

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN - CỤC LÂM NGHIỆP
Tin tức > Hoạt động ngành
Hưởng ứng Ngày Thế giới chống sa mạc hóa và hạn hán 17/6
Ngày đăng: 17/06/2023

Năm 2023 là lần thứ 29 Ngày Thế giới chống sa mạc hóa và hạn hán được tổ chức. Theo số liệu điều tra của Cục Lâm nghiệp, Việt Nam hiện có khoảng 9,34 triệu ha đất bị thoái hóa, chiếm 28,2% tổng diện tích tự nhiên; trong đó diện tích đất có nguy cơ hoang mạc hóa khoảng 1,15 triệu ha.

Khu vực Nam Trung Bộ chịu tác động nặng nề nhất, với 4 tỉnh Ninh Thuận, Bình Thuận, Khánh Hòa và Phú Yên có diện tích đất bị hoang mạc hóa lớn, lần lượt khoảng 61.800 ha, 57.300 ha, 18.900 ha và 14.600 ha. Dải cát ven biển miền Trung từ Thanh Hóa đến Bình Thuận có tổng diện tích trên 560.000 ha, trong đó khoảng 70.000 ha là cồn cát di động, cát bay, cát nhảy.

Giai đoạn 2021-2023, cả nước đã trồng mới hơn 4.200 ha rừng phòng hộ ven biển trên đất cát, tổng vốn đầu tư khoảng 1.260 tỷ đồng. Tỷ lệ che phủ rừng toàn quốc năm 2022 đạt 42,02%.

Theo Chương trình hành động quốc gia chống sa mạc hóa giai đoạn 2021-2030, đến năm 2030 phấn đấu phục hồi ít nhất 1 triệu ha đất bị thoái hóa, duy trì tỷ lệ che phủ rừng ổn định ở mức 42-43% và trồng mới khoảng 15.000 ha rừng phòng hộ ven biển.

Phát biểu tại lễ mít tinh, lãnh đạo Cục cho biết biến đổi khí hậu khiến nhiệt độ trung bình ở Nam Trung Bộ tăng khoảng 0,5-0,7°C trong 50 năm qua; số ngày nắng nóng tăng 20-25%, làm quá trình hoang mạc hóa diễn ra nhanh hơn.

CỤC LÂM NGHIỆP
Địa chỉ: Nhà A3, số 2 Ngọc Hà, Ba Đình, Hà Nội
Điện thoại: 024.3843.8793
"""

P2123 = P("Giai đoạn 2021-2023", "2021-01-01", "2023-12-31")
P2030 = P("đến năm 2030", None, "2030-12-31")
PROV = "diện tích đất bị hoang mạc hóa"
FIGS = [
    F("khoảng 9,34 triệu ha", "9,34", 9.34e6, "measure", "ha", "đất bị thoái hóa", approx="about", percent=28.2),
    F("khoảng 1,15 triệu ha", "1,15", 1.15e6, "measure", "ha", "diện tích đất có nguy cơ hoang mạc hóa",
      approx="about", total=9.34e6),
    F("với 4 tỉnh", "4", 4, "count", "tỉnh", "tỉnh có diện tích đất bị hoang mạc hóa lớn"),
    F("khoảng 61.800 ha", "61.800", 61800, "measure", "ha", PROV, approx="about", location="Ninh Thuận"),
    F("61.800 ha, 57.300 ha", "57.300", 57300, "measure", "ha", PROV, approx="about", location="Bình Thuận"),
    F("18.900 ha", "18.900", 18900, "measure", "ha", PROV, approx="about", location="Khánh Hòa"),
    F("14.600 ha", "14.600", 14600, "measure", "ha", PROV, approx="about", location="Phú Yên"),
    F("trên 560.000 ha", "560.000", 560000, "measure", "ha", "dải cát ven biển miền Trung", approx="over"),
    F("khoảng 70.000 ha", "70.000", 70000, "measure", "ha", "cồn cát di động, cát bay, cát nhảy",
      approx="about", total=560000),
    F("hơn 4.200 ha", "4.200", 4200, "measure", "ha", "rừng phòng hộ ven biển trên đất cát trồng mới",
      approx="over", period=P2123),
    F("khoảng 1.260 tỷ đồng", "1.260", 1260e9, "money", "đồng", "tổng vốn đầu tư", approx="about", period=P2123),
    F("đạt 42,02%", "42,02", 42.02, "percent", "%", "tỷ lệ che phủ rừng toàn quốc",
      period=P("năm 2022", "2022-01-01", "2022-12-31")),
    F("ít nhất 1 triệu ha", "1", 1e6, "measure", "ha", "đất bị thoái hóa được phục hồi", approx="at_least",
      status="target", period=P2030),
    F("mức 42-43%", "42", 42, "percent", "%", "tỷ lệ che phủ rừng", value_max=43, status="target", period=P2030),
    F("khoảng 15.000 ha", "15.000", 15000, "measure", "ha", "rừng phòng hộ ven biển trồng mới", approx="about",
      status="target", period=P2030),
    F("khoảng 0,5-0,7°C", "0,5", 0.5, "measure", "°C", "nhiệt độ trung bình ở Nam Trung Bộ tăng", value_max=0.7,
      approx="about"),
    F("tăng 20-25%", "20", 20, "percent", "%", "số ngày nắng nóng tăng", value_max=25),
]
COMMENTS = [
    "Cục Lâm nghiệp (Bộ NN&PTNT): Ngày Thế giới chống sa mạc hóa và hạn hán 17/6/2023 — national degraded land, four provinces, coastal sand belt.",
    "'17/6' (the day's name), 'lần thứ 29' (ordinal), 'trong 50 năm qua' (a span that locates the rise), 'giai đoạn 2021-2030' (a programme name),",
    "address 'số 2 Ngọc Hà', 'Nhà A3', phone '024.3843.8793' are not figures. 'Ngày đăng: 17/06/2023' is the dateline.",
    "National article: location Việt Nam; the four provinces listed after 'lần lượt' are the locations of their items, 'khoảng' covers all four;",
    "'4 tỉnh' is a count of provinces (Việt Nam). Regional figures (dải cát miền Trung, Nam Trung Bộ) are not one province: kept Việt Nam.",
    "'đến năm 2030 phấn đấu …' governs all three items of the list (targets, start null). '0,5-0,7°C' and '20-25%' are rises stated as the claim.",
]
write(4, TEXT, FIGS, COMMENTS, published="2023-06-17", location="Việt Nam")

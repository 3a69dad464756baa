"""p1064-5: provincial Party newspaper (Báo Đồng Nai), byline and bare date at the end - workers and room rents."""
from lib import F, P, I, C, T, write

TEXT = """Báo Đồng Nai > Xã hội > Lao động
Công nhân xoay xở với giá phòng trọ

Khu nhà trọ của bà Trần Thị Tám ở khu phố 5, phường Tam Phước (TP.Biên Hòa) có 42 phòng, gần như kín người thuê. Từ tháng 3 đến nay, giá mỗi phòng tăng thêm 200 nghìn đồng, lên 1,7 triệu đồng/tháng. Tiền điện chủ trọ thu 3.800 đồng/kWh, tiền nước 20.000 đồng/m3.

Chị Lò Thị Hoa (quê Sơn La), công nhân một công ty may trong Khu công nghiệp Tam Phước, cho biết thu nhập mỗi tháng của hai vợ chồng khoảng 16 triệu đồng, riêng tiền trọ, điện, nước đã mất gần 2,5 triệu đồng. "Phòng rộng chưa tới 14 m2 mà ở 3 người nên con nhỏ phải gửi về quê cho ông bà", chị Hoa nói.

Theo Liên đoàn Lao động tỉnh, Đồng Nai có 32 khu công nghiệp đang hoạt động với hơn 580 nghìn công nhân, trong đó khoảng 60% là người ngoại tỉnh. 6 tháng đầu năm 2023, có khoảng 21.000 công nhân bị mất việc hoặc giảm giờ làm, tăng 35% so với cùng kỳ. So với năm 2022, giá thuê phòng trọ bình quân tại Biên Hòa, Trảng Bom, Nhơn Trạch tăng từ 8 đến 15%.

Từ năm 2022 đến nay, công đoàn các cấp trong tỉnh đã hỗ trợ 14.600 lượt công nhân khó khăn với số tiền hơn 11,2 tỷ đồng.

Dự án nhà ở xã hội cho công nhân tại phường Tam Phước quy mô 1.200 căn hộ đang được xây dựng; giá thuê dự kiến khoảng 2,5 triệu đồng/căn/tháng. Theo ông Nguyễn Văn Sáu, Chủ tịch Công đoàn các Khu công nghiệp Đồng Nai, nhiều công nhân mong sớm có chỗ ở ổn định, gần nơi làm việc.

HẢI QUÂN
21/08/2023
"""

since3 = P("Từ tháng 3 đến nay", "2023-03-01", "2023-08-21")
h1 = P("6 tháng đầu năm 2023", "2023-01-01", "2023-06-30")
since22 = P("Từ năm 2022 đến nay", "2022-01-01", "2023-08-21")
BH = "Biên Hòa"

FIGS = [
    F("có 42 phòng", "42", 42, "count", "phòng", "phòng của khu nhà trọ", location=BH),
    F("lên 1,7 triệu đồng/tháng", "1,7", 1700000, "money", "đồng/tháng", "giá mỗi phòng trọ", since3,
      change=C("increase", 200000, "đồng"), location=BH),
    F("thu 3.800 đồng/kWh", "3.800", 3800, "money", "đồng/kWh", "tiền điện chủ trọ thu", location=BH),
    F("nước 20.000 đồng/m3", "20.000", 20000, "money", "đồng/m3", "tiền nước", location=BH),
    F("khoảng 16 triệu đồng", "16", 16000000, "money", "đồng", "thu nhập mỗi tháng của hai vợ chồng công nhân",
      approx="about", location=BH),
    F("gần 2,5 triệu đồng", "2,5", 2500000, "money", "đồng", "tiền trọ, điện, nước", approx="nearly", location=BH),
    F("chưa tới 14 m2", "14", 14, "measure", "m2", "diện tích phòng trọ", approx="under", optional=True,
      location=BH),
    F("ở 3 người", "3", 3, "count", "người", "người ở một phòng trọ", optional=True, location=BH),
    F("có 32 khu công nghiệp", "32", 32, "count", "khu công nghiệp", "khu công nghiệp đang hoạt động"),
    F("hơn 580 nghìn công nhân", "580", 580000, "count", "công nhân", "công nhân khu công nghiệp",
      approx="over"),
    F("khoảng 60% là", "60", 60, "percent", "%", "công nhân là người ngoại tỉnh", approx="about"),
    F("khoảng 21.000 công nhân", "21.000", 21000, "count", "công nhân", "công nhân bị mất việc hoặc giảm giờ làm",
      h1, approx="about", change=C("increase", 35, baseline="cùng kỳ")),
    F("tăng từ 8 đến 15%", "8", 8, "percent", "%", "giá thuê phòng trọ bình quân", I(h1), value_max=15),
    F("hỗ trợ 14.600 lượt", "14.600", 14600, "count", "lượt công nhân", "lượt công nhân khó khăn được hỗ trợ",
      since22),
    F("hơn 11,2 tỷ đồng", "11,2", 11200000000, "money", "đồng", "số tiền hỗ trợ công nhân khó khăn", since22,
      approx="over"),
    F("quy mô 1.200 căn hộ", "1.200", 1200, "count", "căn hộ", "căn hộ nhà ở xã hội cho công nhân",
      location=BH),
    F("khoảng 2,5 triệu đồng/căn/tháng", "2,5", 2500000, "money", "đồng/căn/tháng",
      "giá thuê nhà ở xã hội cho công nhân", approx="about", status="forecast", location=BH),
]

NOTES = [
    "Party newspaper (Báo Đồng Nai), byline HẢI QUÂN and bare date 21/08/2023 at the end (= published).",
    "Figures of the boarding house, the worker's household and the Tam Phước project are located in Biên Hòa (phường Tam Phước, TP.Biên Hòa);",
    "provincial figures Đồng Nai. 'Từ tháng 3 đến nay': tháng 3 takes the year of published (2023), ends at published.",
    "'tăng thêm 200 nghìn đồng, lên 1,7 triệu đồng/tháng': 200 nghìn is the change of 1,7 triệu, not a figure.",
    "'tăng từ 8 đến 15%' (no base amount) is a percent figure (range), no change; its period (6 tháng đầu năm 2023) inherited from the sentence before.",
    "The worker's room size and occupancy ('chưa tới 14 m2', '3 người') describe one example: optional.",
    "Distractors: khu phố 5, names Trần Thị Tám, Nguyễn Văn Sáu, the bare date.",
]

write("p1064-5", TEXT, FIGS, NOTES, published="2023-08-21", location="Đồng Nai")

"""p792-6: national newspaper, volcanic caves of Đắk Nông geopark (Krông Nô), 2024."""
from lib import F, P, I, C, T, write_set

TEXT = """Du lịch › Điểm đến
Chủ nhật, 16/6/2024, 07:30 (GMT+7)

Khám phá hang động núi lửa dài nhất Đông Nam Á

Công viên địa chất toàn cầu UNESCO Đắk Nông có hơn 50 hang động núi lửa, trong đó hang C7 ở huyện Krông Nô dài 1.066 m, được xem là dài nhất Đông Nam Á.

Hệ thống hang được các nhà khoa học Việt Nam và Nhật Bản phát hiện từ năm 2007, qua 5 đợt khảo sát. Các hang hình thành từ dung nham phun trào cách đây khoảng 1-2 triệu năm. Cụm hang nằm cách Quốc lộ 28 khoảng 20 km.

Từ khi mở tour vào tháng 4/2022 đến nay, hang C7 và cụm hang Chư Bluk (xã Buôn Choáh) đã đón khoảng 6.800 lượt khách, trong đó có khoảng 1.900 lượt khách quốc tế. Tour trong ngày có giá 1,2 triệu đồng/khách, tour cắm trại qua đêm 2,5-3 triệu đồng/khách. Mỗi đoàn tối đa 12 người, đi cùng 2 hướng dẫn viên và 1 nhân viên cứu hộ.

Anh Nguyễn Văn Ba, hướng dẫn viên tại Krông Nô, cho biết mỗi tháng có 6-8 đoàn khách thám hiểm hang, phần lớn là người trẻ từ TP HCM và Hà Nội. "Lòng hang có đoạn cao hơn 10 m, nhưng cũng có đoạn phải bò qua khe rộng chưa tới 1 m", anh nói.

Theo Sở Văn hóa, Thể thao và Du lịch Đắk Nông, năm 2023 toàn tỉnh đón khoảng 985.000 lượt khách, tăng 13% so với năm 2022; tổng thu từ du lịch đạt 450 tỷ đồng. Giai đoạn 2021-2025, tỉnh bố trí 32 tỷ đồng cho bảo tồn di sản địa chất, trong đó 8,5 tỷ đồng dành cho hệ thống hang động núi lửa.

Tỉnh đặt mục tiêu đến năm 2030 đón 2 triệu lượt khách mỗi năm, doanh thu du lịch đạt 1.500 tỷ đồng.

Tuấn Anh
"""

OPEN = P("Từ khi mở tour vào tháng 4/2022 đến nay", "2022-04-01", "2024-06-16")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
GD = P("Giai đoạn 2021-2025", "2021-01-01", "2025-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")
KN = "Krông Nô"

FIGS = [
    F("hơn 50 hang động", "50", 50, "count", "hang động", "hang động núi lửa trong Công viên địa chất toàn cầu UNESCO Đắk Nông",
      approx="over"),
    F("dài 1.066 m", "1.066", 1066, "measure", "m", "chiều dài hang C7", location=KN),
    F("qua 5 đợt khảo sát", "5", 5, "count", "đợt khảo sát", "đợt khảo sát hệ thống hang"),
    F("khoảng 1-2 triệu năm", "1", 1e6, "measure", "năm", "tuổi hình thành các hang", value_max=2e6, approx="about",
      optional=True),
    F("khoảng 20 km", "20", 20, "measure", "km", "khoảng cách từ cụm hang đến Quốc lộ 28", approx="about", location=KN),
    F("khoảng 6.800 lượt khách", "6.800", 6800, "count", "lượt khách", "lượt khách đến hang C7 và cụm hang Chư Bluk",
      approx="about", period=OPEN, location=KN),
    F("khoảng 1.900 lượt", "1.900", 1900, "count", "lượt", "lượt khách quốc tế", approx="about", total=6800,
      period=OPEN, location=KN),
    F("giá 1,2 triệu đồng/khách", "1,2", 1.2e6, "money", "đồng/khách", "giá tour trong ngày", location=KN),
    F("2,5-3 triệu đồng/khách", "2,5", 2.5e6, "money", "đồng/khách", "giá tour cắm trại qua đêm", value_max=3e6,
      location=KN),
    F("tối đa 12 người", "12", 12, "count", "người", "người mỗi đoàn", approx="at_most", location=KN),
    F("đi cùng 2 hướng dẫn viên", "2", 2, "count", "hướng dẫn viên", "hướng dẫn viên đi cùng mỗi đoàn", location=KN),
    F("và 1 nhân viên cứu hộ", "1", 1, "count", "nhân viên cứu hộ", "nhân viên cứu hộ đi cùng mỗi đoàn", location=KN),
    F("có 6-8 đoàn", "6", 6, "count", "đoàn/tháng", "đoàn khách thám hiểm hang mỗi tháng", value_max=8, location=KN),
    F("cao hơn 10 m", "10", 10, "measure", "m", "độ cao lòng hang", approx="over", location=KN),
    F("chưa tới 1 m", "1", 1, "measure", "m", "chiều rộng khe trong hang", approx="under", location=KN),
    F("khoảng 985.000 lượt khách", "985.000", 985000, "count", "lượt khách", "lượt khách đến tỉnh",
      approx="about", change=C("increase", 13, baseline="năm 2022"), period=Y23),
    F("đạt 450 tỷ đồng", "450", 450e9, "money", "đồng", "tổng thu từ du lịch", period=Y23),
    F("bố trí 32 tỷ đồng", "32", 32e9, "money", "đồng", "vốn bố trí cho bảo tồn di sản địa chất", period=GD),
    F("trong đó 8,5 tỷ đồng", "8,5", 8.5e9, "money", "đồng", "vốn dành cho hệ thống hang động núi lửa", total=32e9,
      period=GD),
    F("đón 2 triệu lượt khách", "2", 2e6, "count", "lượt khách/năm", "lượt khách đến tỉnh mỗi năm",
      status="target", period=T30),
    F("đạt 1.500 tỷ đồng", "1.500", 1500e9, "money", "đồng", "doanh thu du lịch", status="target", period=T30),
]

NOTES = [
    'revised after scoring: subjects "lượt khách đến Đắk Nông (mỗi năm)" -> "lượt khách đến tỉnh (mỗi năm)" (no place names in subjects).',
    "National newspaper (travel section), 'Chủ nhật, 16/6/2024, 07:30 (GMT+7)', byline at the end: Đắk Nông volcanic caves.",
    "Figures about hang C7 / cụm hang Chư Bluk (xã Buôn Choáh) are located in the district the text names: Krông Nô;",
    "geopark-wide and provincial figures are Đắk Nông. Distractors: hang C7, Quốc lộ 28, từ năm 2007, TP HCM, 'Nguyễn Văn Ba'.",
    "'cách đây khoảng 1-2 triệu năm' dates the formation (a reader may or may not count an age): optional.",
    "'từ khi mở tour vào tháng 4/2022 đến nay' starts 2022-04-01 and ends at the dateline.",
    "Group size and staff per group are counts of their own; the quote's '10 m' and '1 m' are measures.",
]

if __name__ == "__main__":
    write_set(6, TEXT, FIGS, NOTES, published="2024-06-16", location="Đắk Nông")

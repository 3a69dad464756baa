"""p802-6: national newspaper (VnExpress style), Bình Định farmers switch rice to peanuts; oil-pressing village."""
from lib import F, write, year, inherit, change, period

TEXT = """Kinh doanh › Nông nghiệp
Thứ hai, 15/7/2024, 06:30 (GMT+7)

Nông dân Bình Định bỏ lúa trồng lạc, lãi gấp đôi

Thay vì cấy lúa hè thu trên chân ruộng thiếu nước, nhiều nông dân ở Phù Cát chuyển sang trồng lạc, cho lãi cao gấp 2 lần.

Ông Võ Văn Chín, xã Cát Tân (huyện Phù Cát), năm nay chuyển 8 sào ruộng sang trồng lạc. Với năng suất 1,6 tạ/sào và giá 30.000 đồng/kg, mỗi sào ông thu 4,8 triệu đồng, trừ chi phí còn lãi khoảng 2,8 triệu đồng, trong khi cấy lúa chỉ lãi 1-1,3 triệu đồng/sào.

Theo Sở Nông nghiệp và Phát triển nông thôn Bình Định, vụ hè thu năm 2024 toàn tỉnh chuyển đổi hơn 1.850 ha đất lúa sang cây trồng cạn, trong đó lạc chiếm 1.020 ha. Tổng diện tích lạc cả năm dự kiến đạt 9.500 ha, tập trung ở Phù Cát, Phù Mỹ và Hoài Nhơn.

Lạc ở đây chủ yếu bán cho các lò ép dầu thủ công. Tại làng nghề ép dầu phộng nằm dọc Quốc lộ 1A ở thị xã Hoài Nhơn, mỗi lò ép 300-400 kg lạc nhân/ngày; 3 kg lạc nhân cho 1 lít dầu, bán 90.000-100.000 đồng/lít. Trong quý II/2024, làng nghề tiêu thụ khoảng 85.000 lít dầu, tăng 15% so với cùng kỳ. Cả làng hiện có 27 lò, giải quyết việc làm cho gần 100 lao động.

Ông Nguyễn Thành Trung, Phó giám đốc Sở, cho biết tỉnh dành 2,5 tỷ đồng hỗ trợ giống và phân bón cho vùng lạc năm 2024; mục tiêu đến năm 2025 đưa năng suất lạc toàn tỉnh lên 35 tạ/ha, sản lượng đạt 33.000 tấn.

Hoài Thương
"""

NN = inherit(year("năm nay", 2024))
HT = year("vụ hè thu năm 2024", 2024)
Q2 = period("quý II/2024", "2024-04-01", "2024-06-30")
T25 = period("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("lãi gấp đôi", "đôi", 2, "multiple", "lần", "lãi trồng lạc so với trồng lúa"),
    F("cao gấp 2 lần", "2", 2, "multiple", "lần", "lãi trồng lạc so với cấy lúa", location="Phù Cát"),
    F("chuyển 8 sào", "8", 8, "measure", "sào", "diện tích ruộng ông Võ Văn Chín chuyển sang trồng lạc",
      year("năm nay", 2024), location="Phù Cát"),
    F("năng suất 1,6 tạ/sào", "1,6", 1.6, "measure", "tạ/sào", "năng suất lạc", NN, location="Phù Cát"),
    F("giá 30.000 đồng/kg", "30.000", 30000, "money", "đồng/kg", "giá lạc", NN, location="Phù Cát"),
    F("thu 4,8 triệu đồng", "4,8", 4.8e6, "money", "đồng/sào", "tiền thu mỗi sào lạc", NN, location="Phù Cát"),
    F("khoảng 2,8 triệu đồng", "2,8", 2.8e6, "money", "đồng/sào", "lãi mỗi sào lạc", NN, location="Phù Cát",
      approx="about"),
    F("lãi 1-1,3 triệu đồng/sào", "1", 1e6, "money", "đồng/sào", "lãi cấy lúa", NN, location="Phù Cát",
      value_max=1.3e6),
    F("hơn 1.850 ha", "1.850", 1850, "measure", "ha", "diện tích đất lúa chuyển đổi sang cây trồng cạn", HT,
      approx="over"),
    F("chiếm 1.020 ha", "1.020", 1020, "measure", "ha", "diện tích đất lúa chuyển đổi sang trồng lạc", HT,
      total=1850),
    F("đạt 9.500 ha", "9.500", 9500, "measure", "ha", "tổng diện tích lạc", year("cả năm", 2024),
      status="forecast"),
    F("ép 300-400 kg", "300", 300, "measure", "kg/ngày", "lạc nhân mỗi lò ép", value_max=400,
      location="Hoài Nhơn"),
    F("3 kg lạc nhân", "3", 3, "measure", "kg/lít", "lượng lạc nhân cho 1 lít dầu",
      location="Hoài Nhơn"),
    F("bán 90.000-100.000 đồng/lít", "90.000", 90000, "money", "đồng/lít", "giá bán dầu lạc", value_max=100000,
      location="Hoài Nhơn"),
    F("khoảng 85.000 lít", "85.000", 85000, "measure", "lít", "dầu lạc làng nghề tiêu thụ", Q2, approx="about",
      change=change("increase", 15, "%", "cùng kỳ"), location="Hoài Nhơn"),
    F("có 27 lò", "27", 27, "count", "lò", "lò ép dầu của làng nghề", location="Hoài Nhơn"),
    F("gần 100 lao động", "100", 100, "count", "lao động", "lao động làng nghề ép dầu có việc làm",
      approx="nearly", location="Hoài Nhơn"),
    F("dành 2,5 tỷ đồng", "2,5", 2.5e9, "money", "đồng", "kinh phí hỗ trợ giống và phân bón cho vùng lạc",
      year("năm 2024", 2024)),
    F("lên 35 tạ/ha", "35", 35, "measure", "tạ/ha", "năng suất lạc toàn tỉnh", T25, status="target"),
    F("đạt 33.000 tấn", "33.000", 33000, "measure", "tấn", "sản lượng lạc", T25, status="target"),
]

COMMENTS = [
    "National newspaper (VnExpress style), 'Thứ hai, 15/7/2024, 06:30 (GMT+7)': Bình Định farmers switch dry rice fields to peanuts;",
    "oil-pressing village in Hoài Nhơn. Byline 'Hoài Thương' at the end (also a name with a place word).",
    "Distractors: time 06:30 (GMT+7), the name 'Võ Văn Chín', 'Quốc lộ 1A', 'quý II/2024' (period), 'đến năm 2025'.",
    "Headline 'lãi gấp đôi' (number word đôi = 2) and lead 'cho lãi cao gấp 2 lần' stand alone as claims: multiple.",
    "'mỗi sào ông thu 4,8 triệu đồng ... lãi khoảng 2,8 triệu đồng' -> đồng/sào. The farmer's figures (xã Cát Tân) -> Phù Cát;",
    "the village figures -> Hoài Nhơn; province figures -> Bình Định. 'năm nay' = 2024 (published year); sentence 3 inherits it.",
    "'trong đó lạc chiếm 1.020 ha' is a part of the 1.850 ha (total). '1 lít dầu' is a rate denominator, not a figure.",
    "revised: units kg/ngày and kg/lít (measuring unit only, like 'tấn' for '76,3 nghìn tấn vừng'; 'lạc nhân' is the subject).",
    "'tăng 15% so với cùng kỳ' is the change of 85.000 lít. '3 kg lạc nhân cho 1 lít dầu' -> unit kg/lít.",
]

write(6, TEXT, FIGS, COMMENTS, published="2024-07-15", location="Bình Định")

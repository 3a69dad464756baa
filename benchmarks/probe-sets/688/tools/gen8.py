from lib import F, P, I, CH, T, emit

TEXT = """Báo Gia Lai điện tử
Xã hội › Môi trường

Gia Lai: Hạn hán kéo dài, dân đổ xô khoan giếng

NGỌC MINH 07:15, 18/04/2024

Theo Phòng Nông nghiệp và PTNT huyện Chư Prông, từ đầu mùa khô đến nay, toàn huyện có hơn 3.200 ha cây trồng bị thiếu nước tưới, trong đó khoảng 1.150 ha cà phê và 640 ha hồ tiêu. Để cứu cây, nhiều hộ thuê khoan giếng sâu từ 80 đến 120 m với giá 350.000-450.000 đồng/m.

Ông Ksor Thu (làng Ia Bang, xã Ia Ga, huyện Chư Prông) cho biết, gia đình ông đã khoan 2 giếng nhưng chỉ một giếng có nước, tốn gần 60 triệu đồng. "Năm nay nắng hạn gay gắt hơn năm 2019 nhiều", ông nói.

Theo Sở Tài nguyên và Môi trường, quý I/2024, toàn tỉnh phát sinh khoảng 2.400 giếng khoan mới, gấp 2 lần cùng kỳ năm 2023, nhưng chỉ 37 giếng được đăng ký khai thác. Mực nước dưới đất tại huyện Chư Prông hạ thấp từ 2 đến 4 m so với cùng kỳ.

UBND tỉnh đã hỗ trợ 4,8 tỷ đồng cho 12 xã bị ảnh hưởng nặng để khoan mới ba giếng tập trung và sửa chữa 46 công trình cấp nước sinh hoạt. Mức hỗ trợ khoan giếng cho hộ nghèo là 10 triệu đồng/giếng. Dự báo đến cuối tháng 5/2024, diện tích cây trồng thiếu nước của tỉnh có thể tăng lên khoảng 15.000 ha.

Người dân cần hướng dẫn thủ tục đăng ký giếng có thể liên hệ Chi cục Thủy lợi, số 62 Trần Hưng Đạo, TP. Pleiku.
"""

Q1 = P("quý I/2024", "2024-01-01", "2024-03-31")
M5 = P("đến cuối tháng 5/2024", None, "2024-05-31")

FIGS = [
    F("hơn 3.200 ha", "3.200", 3200, "measure", "ha", "diện tích cây trồng bị thiếu nước tưới", approx="over",
      location="Chư Prông"),
    F("khoảng 1.150 ha", "1.150", 1150, "measure", "ha", "diện tích cà phê thiếu nước tưới", approx="about",
      total=3200, location="Chư Prông"),
    F("và 640 ha", "640", 640, "measure", "ha", "diện tích hồ tiêu thiếu nước tưới", total=3200, location="Chư Prông"),
    F("từ 80 đến 120 m", "80", 80, "measure", "m", "độ sâu giếng khoan", value_max=120, location="Chư Prông"),
    F("giá 350.000-450.000", "350.000", 350000, "money", "đồng/m", "giá khoan giếng", value_max=450000,
      location="Chư Prông"),
    F("khoan 2 giếng", "2", 2, "count", "giếng", "giếng gia đình ông Ksor Thu đã khoan", location="Chư Prông"),
    F("chỉ một giếng", "một", 1, "count", "giếng", "giếng có nước", location="Chư Prông", optional=True),
    F("gần 60 triệu", "60", 60000000, "money", "đồng", "chi phí khoan giếng của gia đình", approx="nearly",
      location="Chư Prông"),
    F("khoảng 2.400 giếng", "2.400", 2400, "count", "giếng khoan", "giếng khoan mới phát sinh", Q1, approx="about",
      change=CH("increase", 2, "lần", "cùng kỳ năm 2023")),
    F("chỉ 37 giếng", "37", 37, "count", "giếng", "giếng được đăng ký khai thác", Q1),
    F("từ 2 đến 4 m", "2", 2, "measure", "m", "mức hạ thấp mực nước dưới đất so với cùng kỳ", value_max=4,
      location="Chư Prông"),
    F("hỗ trợ 4,8 tỷ", "4,8", 4800000000, "money", "đồng", "kinh phí UBND tỉnh hỗ trợ"),
    F("cho 12 xã", "12", 12, "count", "xã", "xã bị ảnh hưởng nặng được hỗ trợ"),
    F("mới ba giếng", "ba", 3, "count", "giếng tập trung", "giếng tập trung khoan mới"),
    F("sửa chữa 46 công trình", "46", 46, "count", "công trình cấp nước sinh hoạt",
      "công trình cấp nước sinh hoạt sửa chữa"),
    F("là 10 triệu", "10", 10000000, "money", "đồng/giếng", "mức hỗ trợ khoan giếng cho hộ nghèo"),
    F("khoảng 15.000 ha", "15.000", 15000, "measure", "ha", "diện tích cây trồng thiếu nước", M5,
      approx="about", status="forecast"),
]

COMMENTS = [
    "Provincial newspaper (Báo Gia Lai) with byline-time-date line 'NGỌC MINH 07:15, 18/04/2024' (published): drought, farmers drilling wells.",
    "Chư Prông paragraph: location Chư Prông (district named); 'từ đầu mùa khô đến nay' has no datable start: no period.",
    "'hơn 3.200 ha …, trong đó khoảng 1.150 ha cà phê và 640 ha hồ tiêu' -> total 3.200. Ranges 'từ 80 đến 120 m', '350.000-450.000 đồng/m'.",
    "Household figures (ông Ksor Thu, xã Ia Ga, huyện Chư Prông): '2 giếng', 'gần 60 triệu đồng'; 'chỉ một giếng có nước' (number word) optional.",
    "'khoảng 2.400 giếng khoan mới, gấp 2 lần cùng kỳ năm 2023' -> change increase 2 lần; '37 giếng' has no part-of cue: no total.",
    "'hạ thấp từ 2 đến 4 m so với cùng kỳ' in its own clause is the claim (measure range), not a change. 'ba giếng' number word (3).",
    "'Dự báo đến cuối tháng 5/2024 … khoảng 15.000 ha': forecast, as-of end of May.",
    "Distractors: 'mùa khô', 'năm 2019' (a year in a quote), 'làng Ia Bang, xã Ia Ga', 'số 62 Trần Hưng Đạo', dateline time '07:15'.",
]

emit("p688-8", TEXT, COMMENTS, FIGS, published="2024-04-18", location="Gia Lai")

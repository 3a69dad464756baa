from lib import F, P, C, T, write

TEXT = """Cà Mau: Hơn 60 km bờ biển Tây bị sạt lở nghiêm trọng
Cập nhật: 14/10/2024 09:15 | Lượt xem: 2.315

Theo báo cáo của Sở Nông nghiệp và Phát triển nông thôn, 9 tháng năm 2024, trên địa bàn tỉnh Cà Mau xảy ra 126 vụ sạt lở bờ sông, kênh rạch, tăng 18,5% so với cùng kỳ năm 2023; tổng chiều dài sạt lở khoảng 4.870 m, thiệt hại ước tính 13,6 tỷ đồng.

Đáng lo ngại nhất là bờ biển Tây. Trong tổng số 107 km bờ biển Tây, có 63,5 km đang bị sạt lở, trong đó 21,3 km sạt lở đặc biệt nguy hiểm; tốc độ xâm thực từ 20 đến 50 m mỗi năm. Các đoạn sạt lở tập trung ở huyện U Minh (18,6 km), Trần Văn Thời (17,2 km), Phú Tân (15,4 km) và Ngọc Hiển (12,3 km). Trong số 147 km bờ biển Đông, có 38 km bị sạt lở (chiếm 25,9%).

Từ năm 2021 đến nay, tỉnh đã đầu tư xây dựng 72,4 km kè chống sạt lở bờ biển với tổng kinh phí hơn 3.150 tỷ đồng, trong đó ngân sách trung ương gần 2.400 tỷ đồng. Riêng 5 công trình kè khẩn cấp theo Quyết định số 1785/QĐ-UBND ngày 12/9/2024 có tổng mức đầu tư 486 tỷ đồng, dự kiến hoàn thành trong quý II/2025.

Năm 2024, tỉnh đặt chỉ tiêu trồng mới 300 ha rừng ngập mặn phòng hộ ven biển. Tính đến cuối tháng 9, toàn tỉnh đã trồng được 215 ha, đạt 71,7% kế hoạch.

Tỉnh cũng đã bố trí tái định cư cho 1.126 hộ dân sống trong vùng sạt lở nguy hiểm và phấn đấu di dời khoảng 2.300 hộ còn lại trong giai đoạn 2025-2030. Người dân phát hiện sạt lở có thể báo về Ban Chỉ huy Phòng chống thiên tai tỉnh qua số điện thoại 0290.3831.009.
"""

P9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
PN = P("Từ năm 2021 đến nay", "2021-01-01", "2024-10-14")
W = "chiều dài đoạn sạt lở bờ biển Tây"
FIGS = [
    F("Hơn 60 km", "60", 60, "measure", "km", "bờ biển Tây bị sạt lở", approx="over"),
    F("xảy ra 126 vụ", "126", 126, "count", "vụ sạt lở", "vụ sạt lở bờ sông, kênh rạch",
      change=C("increase", 18.5, "%", "cùng kỳ năm 2023"), period=P9),
    F("khoảng 4.870 m", "4.870", 4870, "measure", "m", "tổng chiều dài sạt lở", approx="about", period=P9),
    F("ước tính 13,6 tỷ đồng", "13,6", 13.6e9, "money", "đồng", "thiệt hại", status="estimate", period=P9),
    F("tổng số 107 km", "107", 107, "measure", "km", "bờ biển Tây"),
    F("có 63,5 km", "63,5", 63.5, "measure", "km", "bờ biển Tây đang bị sạt lở", total=107),
    F("đó 21,3 km", "21,3", 21.3, "measure", "km", "bờ biển Tây sạt lở đặc biệt nguy hiểm", total=63.5),
    F("từ 20 đến 50 m", "20", 20, "measure", "m/năm", "tốc độ xâm thực", value_max=50),
    F("U Minh (18,6 km)", "18,6", 18.6, "measure", "km", W, location="U Minh"),
    F("Trần Văn Thời (17,2 km)", "17,2", 17.2, "measure", "km", W, location="Trần Văn Thời"),
    F("Phú Tân (15,4 km)", "15,4", 15.4, "measure", "km", W, location="Phú Tân"),
    F("Ngọc Hiển (12,3 km)", "12,3", 12.3, "measure", "km", W, location="Ngọc Hiển"),
    F("số 147 km", "147", 147, "measure", "km", "bờ biển Đông"),
    F("có 38 km", "38", 38, "measure", "km", "bờ biển Đông bị sạt lở", total=147, percent=25.9),
    F("xây dựng 72,4 km", "72,4", 72.4, "measure", "km", "kè chống sạt lở bờ biển đầu tư xây dựng", period=PN),
    F("hơn 3.150 tỷ đồng", "3.150", 3150e9, "money", "đồng", "tổng kinh phí xây dựng kè chống sạt lở bờ biển",
      approx="over", period=PN),
    F("gần 2.400 tỷ đồng", "2.400", 2400e9, "money", "đồng", "ngân sách trung ương", approx="nearly",
      total=3150e9, period=PN),
    F("Riêng 5 công trình", "5", 5, "count", "công trình", "công trình kè khẩn cấp"),
    F("tư 486 tỷ đồng", "486", 486e9, "money", "đồng", "tổng mức đầu tư công trình kè khẩn cấp"),
    F("mới 300 ha", "300", 300, "measure", "ha", "rừng ngập mặn phòng hộ ven biển trồng mới", status="target",
      period=P("Năm 2024", "2024-01-01", "2024-12-31")),
    F("được 215 ha", "215", 215, "measure", "ha", "rừng ngập mặn trồng mới", percent=71.7,
      period=P("Tính đến cuối tháng 9", None, "2024-09-30")),
    F("cho 1.126 hộ", "1.126", 1126, "count", "hộ", "hộ dân được bố trí tái định cư"),
    F("khoảng 2.300 hộ", "2.300", 2300, "count", "hộ", "hộ dân di dời", approx="about", status="target",
      period=P("giai đoạn 2025-2030", "2025-01-01", "2030-12-31")),
]
HEADER = [
    "Cổng TTĐT tỉnh Cà Mau (province portal): sạt lở bờ sông, bờ biển 9 tháng 2024, kè, rừng ngập mặn, tái định cư.",
    "Dateline 'Cập nhật: 14/10/2024 09:15 | Lượt xem: 2.315' (counter is page furniture). Distractors: QĐ 1785/QĐ-UBND, ngày 12/9/2024, quý II/2025 (completion date), phone.",
    "'Trong tổng số 107 km …, có 63,5 km' gives total 107; 'trong đó 21,3 km' total 63,5. District list: no cue, no total; district = location.",
    "'tăng 18,5% …' after 126 vụ is its change. 'Từ năm 2021 đến nay' ends at the dateline. 300 ha is the plan (its own figure, target);",
    "215 ha 'đạt 71,7% kế hoạch' carries the share as percent (as h14), no target attribute (the plan is a figure of its own, as h23).",
    "'m mỗi năm' is a rate: unit m/năm.",
]
write("p315-1", TEXT, HEADER, FIGS, published="2024-10-14", location="Cà Mau")

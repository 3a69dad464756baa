from lib import F, P, CH, emit

TEXT = """Móng Cái: Xuất nhập khẩu qua cửa khẩu, lối mở sôi động trở lại

(BQN) - Quý III/2024, tổng kim ngạch xuất nhập khẩu qua các cửa khẩu, lối mở trên địa bàn TP Móng Cái đạt 1,12 tỷ USD, tăng 26,5% so với quý III/2023. Tính chung 9 tháng, kim ngạch đạt 2,87 tỷ USD, bằng 79,7% kế hoạch năm.

Hằng ngày có từ 250 đến 300 xe hàng/ngày được thông quan qua cầu Bắc Luân II, lối thông quan Km3+4 Hải Yên và bến Ka Long. Trong tháng 9/2024, Chi cục Hải quan cửa khẩu Móng Cái làm thủ tục cho 7.846 tờ khai, tăng 12% so với tháng 8; thu ngân sách 312,4 tỷ đồng.

Hoạt động xuất nhập cảnh cũng tăng mạnh. Tính đến hết tháng 9/2024, có trên 1,05 triệu lượt người xuất nhập cảnh qua cửa khẩu quốc tế Móng Cái, gấp 1,8 lần cùng kỳ; trong đó khách du lịch Trung Quốc chiếm khoảng 62%. Thời gian làm thủ tục cho một đoàn khách đã rút xuống còn khoảng 15 phút.

Về chống buôn lậu, trong quý III, Đồn Biên phòng cửa khẩu quốc tế Móng Cái phối hợp các lực lượng bắt giữ 34 vụ vận chuyển hàng hóa trái phép qua biên giới, thu giữ 2,6 tấn nội tạng động vật, 1.520 chai rượu ngoại; xử phạt vi phạm hành chính 486 triệu đồng.

Năm 2024, TP Móng Cái phấn đấu kim ngạch xuất nhập khẩu qua địa bàn đạt 3,6 tỷ USD, thu ngân sách từ hoạt động xuất nhập khẩu đạt 3.500 tỷ đồng.

Hiện nay, trên địa bàn thành phố có 5 lối mở và 2 cặp chợ biên giới đang hoạt động. Thành phố đang đề xuất mở thêm 2 lối mở tại xã Hải Sơn và xã Bắc Sơn.

Quang Minh
"""

Q3 = P("Quý III/2024", "2024-07-01", "2024-09-30")
T9 = P("tháng 9/2024", "2024-09-01", "2024-09-30")
E9 = P("Tính đến hết tháng 9/2024", None, "2024-09-30")
Q3b = P("trong quý III", "2024-07-01", "2024-09-30")
Y = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("đạt 1,12 tỷ USD", "1,12", 1.12e9, "money", "USD", "tổng kim ngạch xuất nhập khẩu qua các cửa khẩu, lối mở", Q3,
      change=CH("increase", 26.5, baseline="quý III/2023")),
    F("đạt 2,87 tỷ USD", "2,87", 2.87e9, "money", "USD", "kim ngạch", P("Tính chung 9 tháng", "2024-01-01", "2024-09-30"),
      percent=79.7),
    F("từ 250 đến 300 xe hàng/ngày", "250", 250, "measure", "xe hàng/ngày", "xe hàng được thông quan", value_max=300),
    F("cho 7.846 tờ khai", "7.846", 7846, "count", "tờ khai", "tờ khai Chi cục Hải quan cửa khẩu Móng Cái làm thủ tục", T9,
      change=CH("increase", 12, baseline="tháng 8")),
    F("thu ngân sách 312,4 tỷ đồng", "312,4", 312.4e9, "money", "đồng", "thu ngân sách", T9),
    F("trên 1,05 triệu lượt", "1,05", 1.05e6, "count", "lượt người", "lượt người xuất nhập cảnh qua cửa khẩu quốc tế Móng Cái",
      E9, approx="over", change=CH("increase", 1.8, "lần", "cùng kỳ")),
    F("chiếm khoảng 62%", "62", 62, "percent", "%", "khách du lịch Trung Quốc", E9, approx="about"),
    F("còn khoảng 15 phút", "15", 15, "measure", "phút", "thời gian làm thủ tục cho một đoàn khách",
      P("Tính đến hết tháng 9/2024", None, "2024-09-30", inh=True), approx="about"),
    F("bắt giữ 34 vụ", "34", 34, "count", "vụ", "vụ vận chuyển hàng hóa trái phép qua biên giới bắt giữ", Q3b),
    F("2,6 tấn", "2,6", 2.6, "measure", "tấn", "nội tạng động vật thu giữ", Q3b),
    F("1.520 chai", "1.520", 1520, "count", "chai", "rượu ngoại thu giữ", Q3b),
    F("486 triệu đồng", "486", 486e6, "money", "đồng", "xử phạt vi phạm hành chính", Q3b),
    F("đạt 3,6 tỷ USD", "3,6", 3.6e9, "money", "USD", "kim ngạch xuất nhập khẩu qua địa bàn", Y, status="target"),
    F("đạt 3.500 tỷ đồng", "3.500", 3500e9, "money", "đồng", "thu ngân sách từ hoạt động xuất nhập khẩu", Y, status="target"),
    F("có 5 lối mở", "5", 5, "count", "lối mở", "lối mở đang hoạt động"),
    F("2 cặp chợ", "2", 2, "count", "cặp chợ biên giới", "cặp chợ biên giới đang hoạt động"),
    F("thêm 2 lối mở", "2", 2, "count", "lối mở", "lối mở đề xuất mở thêm", optional=True),
]

COMMENTS = [
    "Báo Quảng Ninh (BQN tag): Móng Cái border-gate trade, customs, immigration, anti-smuggling, Q3/9 months 2024. No dateline at all.",
    "Location Móng Cái (TP named) for all figures. Year-less '9 tháng', 'tháng 8', 'trong quý III' take 2024 from 'Quý III/2024'.",
    "Distractors: 'Bắc Luân II', 'Km3+4 Hải Yên' (place names with numbers), 'quý III/2023' (baseline), commune names, byline.",
    "'chiếm khoảng 62%' after 'trong đó' has no base amount: a percent figure of its own (no total). 'gấp 1,8 lần cùng kỳ' is the change of 1,05 triệu.",
    "'Hằng ngày … xe hàng/ngày' and 'Hiện nay … lối mở' have no period phrase in their paragraph: period null.",
    "'rút xuống còn khoảng 15 phút' states only the new level: no change. '2 lối mở' proposed (đề xuất): optional.",
]

emit("p372-8", TEXT, COMMENTS, FIGS, published=None, location="Móng Cái")

from lib import F, P, emit

TEXT = """Thời sự › Giao thông

TP HCM chi hơn 12.000 tỷ đồng bồi thường dự án Vành đai 3

Thứ hai, 2/12/2024, 14:30 (GMT+7)

Đến hết tháng 11, TP HCM đã chi trả hơn 12.000 tỷ đồng cho gần 2.700 hộ bị ảnh hưởng bởi dự án Vành đai 3, bàn giao 99,8% mặt bằng cho các nhà thầu.

Theo Ban Quản lý dự án đầu tư xây dựng các công trình giao thông TP HCM, đường Vành đai 3 đoạn qua thành phố dài 47,5 km, đi qua TP Thủ Đức và các huyện Bình Chánh, Hóc Môn, Củ Chi. Tổng diện tích thu hồi khoảng 411 ha, ảnh hưởng 2.712 hộ dân. Kinh phí bồi thường, hỗ trợ, tái định cư được duyệt 12.615 tỷ đồng, trong đó ngân sách trung ương hỗ trợ 6.307 tỷ đồng.

TP Thủ Đức có số hộ bị ảnh hưởng nhiều nhất với 1.107 hộ, tiếp đến là Bình Chánh 786 hộ, Củ Chi 512 hộ và Hóc Môn 307 hộ.

Về tái định cư, thành phố bố trí 1.045 căn hộ chung cư và 312 nền đất. Tuy nhiên, đến nay mới có 96 hộ đăng ký nhận căn hộ, chiếm chưa đến 10% số hộ đủ điều kiện tái định cư. Phần lớn người dân chọn nhận tiền tự lo chỗ ở, với mức bồi thường, hỗ trợ từ 1,2 đến 4,5 tỷ đồng mỗi hộ.

Ông Lê Văn Thanh, Phó giám đốc Ban (trụ sở tại số 63 Lý Tự Trọng, quận 1), cho biết còn khoảng 0,8 ha tại huyện Hóc Môn chưa bàn giao do 9 hộ chưa đồng ý phương án bồi thường. Trong quý III, các địa phương tiếp nhận 23 đơn khiếu nại liên quan đến dự án, đã giải quyết 19 đơn.

Theo Nghị quyết 57/2022/QH15 của Quốc hội, Vành đai 3 phải cơ bản hoàn thành năm 2025 và đưa vào khai thác toàn tuyến năm 2026.

Gia Minh
"""

H11 = P("Đến hết tháng 11", None, "2024-11-30")
H11i = P("Đến hết tháng 11", None, "2024-11-30", inh=True)
DN = P("đến nay", None, "2024-12-02")
Q3 = P("Trong quý III", "2024-07-01", "2024-09-30")
LIST = "số hộ bị ảnh hưởng"
FIGS = [
    F("chi hơn 12.000 tỷ đồng bồi thường", "12.000", 12000000000000, "money", "đồng", "tiền bồi thường dự án Vành đai 3", H11i,
      approx="over"),
    F("trả hơn 12.000 tỷ đồng cho", "12.000", 12000000000000, "money", "đồng", "tiền bồi thường đã chi trả", H11, approx="over"),
    F("gần 2.700 hộ", "2.700", 2700, "count", "hộ", "hộ bị ảnh hưởng bởi dự án Vành đai 3 được chi trả", H11, approx="nearly"),
    F("bàn giao 99,8% mặt bằng", "99,8", 99.8, "percent", "%", "mặt bằng bàn giao cho các nhà thầu", H11),
    F("dài 47,5 km", "47,5", 47.5, "measure", "km", "chiều dài đường Vành đai 3 đoạn qua thành phố"),
    F("khoảng 411 ha", "411", 411, "measure", "ha", "tổng diện tích thu hồi", approx="about"),
    F("ảnh hưởng 2.712 hộ", "2.712", 2712, "count", "hộ", "hộ dân bị ảnh hưởng"),
    F("được duyệt 12.615 tỷ đồng", "12.615", 12615000000000, "money", "đồng", "kinh phí bồi thường, hỗ trợ, tái định cư được duyệt"),
    F("hỗ trợ 6.307 tỷ đồng", "6.307", 6307000000000, "money", "đồng", "ngân sách trung ương hỗ trợ", total=12615000000000),
    F("nhiều nhất với 1.107 hộ", "1.107", 1107, "count", "hộ", LIST, location="Thủ Đức"),
    F("Bình Chánh 786 hộ", "786", 786, "count", "hộ", LIST, location="Bình Chánh"),
    F("Củ Chi 512 hộ", "512", 512, "count", "hộ", LIST, location="Củ Chi"),
    F("Hóc Môn 307 hộ", "307", 307, "count", "hộ", LIST, location="Hóc Môn"),
    F("bố trí 1.045 căn hộ", "1.045", 1045, "count", "căn hộ", "căn hộ chung cư tái định cư"),
    F("và 312 nền", "312", 312, "count", "nền đất", "nền đất tái định cư"),
    F("có 96 hộ", "96", 96, "count", "hộ", "hộ đăng ký nhận căn hộ", DN, percent=10),
    F("từ 1,2 đến 4,5 tỷ đồng", "1,2", 1200000000, "money", "đồng", "mức bồi thường, hỗ trợ mỗi hộ", value_max=4500000000),
    F("khoảng 0,8 ha", "0,8", 0.8, "measure", "ha", "diện tích chưa bàn giao", H11i, approx="about", location="Hóc Môn"),
    F("do 9 hộ", "9", 9, "count", "hộ", "hộ chưa đồng ý phương án bồi thường", H11i, location="Hóc Môn"),
    F("tiếp nhận 23 đơn", "23", 23, "count", "đơn khiếu nại", "đơn khiếu nại liên quan đến dự án", Q3),
    F("giải quyết 19 đơn", "19", 19, "count", "đơn", "đơn khiếu nại đã giải quyết", Q3),
]

HEADER = """National press (VnExpress style): TP HCM bồi thường dự án Vành đai 3. Dateline 'Thứ hai, 2/12/2024, 14:30 (GMT+7)'; byline at the end.
Default location 'TP Hồ Chí Minh' (written 'TP HCM'); district items (TP Thủ Đức, Bình Chánh, Củ Chi, Hóc Môn) and the Hóc Môn remainder carry their district.
'Đến hết tháng 11' takes 2024 from the dateline; 'Trong quý III' likewise. Headline amount inherits the lead's period.
Static project facts (length, area, households, approved budget, resettlement stock, per-household range) carry no period.
'trong đó ngân sách trung ương hỗ trợ 6.307 tỷ' is a part of 12.615 tỷ. The district list (sum 2.712) has no part-of cue: no total.
'96 hộ …, chiếm chưa đến 10%' carries percent 10 (the 'chưa đến' qualifies the share, not the count). '19 đơn' of '23 đơn': no cue, no total.
Distractors: 'Vành đai 3', 'quận 1', 'số 63 Lý Tự Trọng', 'Nghị quyết 57/2022/QH15', 'năm 2025', 'năm 2026', '(GMT+7)', 'Thứ hai'."""

emit("p300-6", TEXT, FIGS, HEADER, published="2024-12-02", location="TP Hồ Chí Minh")

"""p904-1: province portal (Hà Nam), làng trống Đọi Tam, quý I/2024."""
from lib import F, write, period, inherit, change, target

TEXT = """
Cổng thông tin điện tử tỉnh Hà Nam
Trang chủ > Tin tức - Sự kiện > Kinh tế
Làng trống Đọi Tam xuất xưởng hơn 9.000 chiếc trống trong 3 tháng đầu năm
Cập nhật: 12/04/2024 09:45 | Lượt xem: 2.317

Theo UBND thị xã Duy Tiên, quý I/2024, các hộ làm trống ở làng nghề Đọi Tam (xã Đọi Sơn) đã xuất xưởng 9.240 chiếc trống các loại, tăng 12,5% so với cùng kỳ năm 2023; doanh thu ước đạt 38,6 tỷ đồng. Trong đó, trống trường học chiếm khoảng 40% sản lượng, trống lễ hội và trống đình chùa chiếm 35%.

Hiện làng có 156 hộ làm trống với khoảng 620 lao động thường xuyên, trong đó 48 hộ có xưởng quy mô trên 10 lao động. Thu nhập bình quân của thợ làm trống từ 8,5 đến 10 triệu đồng/người/tháng; thợ cả có tay nghề cao được trả khoảng 18 triệu đồng/tháng.

Nguyên liệu chính là da trâu và gỗ mít. Giá da trâu tươi hiện khoảng 45.000-55.000 đồng/kg, tăng gần 20% so với năm trước. Mỗi chiếc trống đại mặt 1,2 m cần 2 tấm da trâu và khoảng 0,8 m3 gỗ. Trống trường học loại phổ thông có giá từ 2,5 đến 4 triệu đồng/chiếc, trống hội cỡ lớn giá 60-120 triệu đồng/chiếc.

Năm 2023, làng nghề tiêu thụ 31.400 chiếc trống, doanh thu đạt 132 tỷ đồng, bằng 108% kế hoạch. Trống Đọi Tam đã có mặt tại 63/63 tỉnh, thành phố và được xuất khẩu sang Nhật Bản, Hàn Quốc, Pháp. Toàn tỉnh hiện có 4 làng nghề làm trống.

Năm 2024, thị xã phấn đấu doanh thu làng nghề đạt 145 tỷ đồng, tạo việc làm ổn định cho trên 700 lao động. Dự kiến trong quý III/2024 sẽ khởi công khu tập kết nguyên liệu rộng 1,5 ha bên Quốc lộ 38, theo Nghị quyết số 21/2023/NQ-HĐND của HĐND tỉnh.
"""

Q1 = period("quý I/2024", "2024-01-01", "2024-03-31")
HEAD = period("3 tháng đầu năm", "2024-01-01", "2024-03-31")
Y23 = period("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = period("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("hơn 9.000 chiếc trống", "9.000", 9000, "count", "chiếc trống", "trống xuất xưởng của làng trống Đọi Tam",
      HEAD, approx="over"),
    F("xuất xưởng 9.240 chiếc", "9.240", 9240, "count", "chiếc trống", "trống các loại xuất xưởng", Q1,
      change=change("increase", 12.5, "%", "cùng kỳ năm 2023")),
    F("ước đạt 38,6 tỷ đồng", "38,6", 38.6e9, "money", "đồng", "doanh thu", Q1, status="estimate"),
    F("khoảng 40% sản lượng", "40", 40, "percent", "%", "tỷ trọng trống trường học trong sản lượng",
      inherit(Q1), approx="about"),
    F("chùa chiếm 35%", "35", 35, "percent", "%", "tỷ trọng trống lễ hội và trống đình chùa trong sản lượng",
      inherit(Q1)),
    F("có 156 hộ", "156", 156, "count", "hộ", "hộ làm trống"),
    F("khoảng 620 lao động", "620", 620, "count", "lao động", "lao động thường xuyên", approx="about"),
    F("48 hộ có xưởng", "48", 48, "count", "hộ", "hộ có xưởng quy mô trên 10 lao động", total=156),
    F("trên 10 lao động", "10", 10, "count", "lao động", "quy mô xưởng", approx="over", optional=True),
    F("từ 8,5 đến 10 triệu", "8,5", 8.5e6, "money", "đồng/người/tháng", "thu nhập bình quân của thợ làm trống",
      value_max=10e6),
    F("khoảng 18 triệu đồng/tháng", "18", 18e6, "money", "đồng/tháng", "thu nhập của thợ cả có tay nghề cao",
      approx="about"),
    F("khoảng 45.000-55.000", "45.000", 45000, "money", "đồng/kg", "giá da trâu tươi", value_max=55000,
      approx="about", change=change("increase", 20, "%", "năm trước", "nearly")),
    F("mặt 1,2 m", "1,2", 1.2, "measure", "m", "mặt trống đại", optional=True),
    F("cần 2 tấm da trâu", "2", 2, "count", "tấm da trâu", "da trâu cần cho mỗi chiếc trống đại"),
    F("khoảng 0,8 m3", "0,8", 0.8, "measure", "m3", "gỗ cần cho mỗi chiếc trống đại", approx="about"),
    F("từ 2,5 đến 4 triệu", "2,5", 2.5e6, "money", "đồng/chiếc", "giá trống trường học loại phổ thông",
      value_max=4e6),
    F("giá 60-120 triệu", "60", 60e6, "money", "đồng/chiếc", "giá trống hội cỡ lớn", value_max=120e6),
    F("tiêu thụ 31.400 chiếc", "31.400", 31400, "count", "chiếc trống", "trống tiêu thụ", Y23),
    F("đạt 132 tỷ đồng", "132", 132e9, "money", "đồng", "doanh thu làng nghề", Y23, percent=108),
    F("63/63 tỉnh", "63", 63, "count", "tỉnh, thành phố", "tỉnh, thành phố có trống Đọi Tam", total=63,
      location="Việt Nam"),
    F("có 4 làng nghề", "4", 4, "count", "làng nghề", "làng nghề làm trống", location="Hà Nam"),
    F("đạt 145 tỷ đồng", "145", 145e9, "money", "đồng", "doanh thu làng nghề", Y24, status="target"),
    F("trên 700 lao động", "700", 700, "count", "lao động", "lao động có việc làm ổn định", Y24,
      approx="over", status="target"),
    F("rộng 1,5 ha", "1,5", 1.5, "measure", "ha", "diện tích khu tập kết nguyên liệu", status="forecast"),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Hà Nam: làng trống Đọi Tam (xã Đọi Sơn, thị xã Duy Tiên), quý I/2024. Invented probe article.",
    "Village figures take the district (Duy Tiên); `Toàn tỉnh ... 4 làng nghề` is Hà Nam; `63/63 tỉnh, thành phố` is a count of provinces (Việt Nam).",
    "Headline `3 tháng đầu năm` takes the year of `published`. `48 hộ` after `trong đó` takes the whole that counts hộ (156), not the 620 lao động just before the cue.",
    "`quý III/2024` only dates the start of construction, so the 1,5 ha site has no period. Not figures: Lượt xem 2.317, Quốc lộ 38, Nghị quyết số 21/2023/NQ-HĐND, `Mỗi chiếc`.",
]

write(1, TEXT, FIGS, COMMENTS, published="2024-04-12", location="Duy Tiên")

"""p1021-5: Party newspaper (Báo Quảng Ngãi), an overpass at a school on Quốc lộ 1 left unused; byline + bare date at end."""
from lib import F, P, chg, write

TEXT = """Báo Quảng Ngãi điện tử > Xã hội > Giao thông

Cầu vượt trước cổng trường vẫn vắng bóng học sinh

Cầu vượt bộ hành trên Quốc lộ 1 trước Trường THPT Bình Sơn (thị trấn Châu Ổ, huyện Bình Sơn) được đầu tư 7,8 tỷ đồng, đưa vào sử dụng từ tháng 9/2021. Thế nhưng, sau gần 3 năm, cây cầu vẫn chưa phát huy hiệu quả như kỳ vọng.

Trưa 15/4, trong 20 phút tan trường, phóng viên ghi nhận chỉ có 37 học sinh đi qua cầu, trong khi hàng trăm em khác dắt xe đạp băng qua quốc lộ. Trường hiện có hơn 1.350 học sinh, trong đó khoảng 70% ở các xã phía đông quốc lộ, phải qua đường hai lần mỗi ngày.

Thầy Phạm Văn Tùng, Phó Hiệu trưởng nhà trường cho biết, cầu có 48 bậc thang mỗi phía, dốc và hẹp nên nhiều em ngại đi. Từ năm 2020 đến nay, đoạn Quốc lộ 1 qua thị trấn Châu Ổ đã xảy ra 6 vụ tai nạn liên quan đến học sinh, làm 2 em tử vong.

Theo Sở Giao thông vận tải, toàn tỉnh Quảng Ngãi hiện có 9 cầu vượt bộ hành với tổng vốn đầu tư gần 62 tỷ đồng; trong đó 7 cầu nằm trên Quốc lộ 1 gần các trường học. Kết quả khảo sát quý I/2024 cho thấy tỷ lệ học sinh sử dụng cầu vượt chỉ đạt 23,6%, thấp hơn 6,4 điểm phần trăm so với năm 2023.

Để khắc phục, huyện Bình Sơn đặt mục tiêu năm 2024 có ít nhất 70% học sinh các trường ven quốc lộ đi qua cầu vượt; đồng thời dự kiến lắp hàng rào trên dải phân cách dài 300 m để ngăn học sinh băng qua đường, kinh phí khoảng 1,2 tỷ đồng.

THANH NHẬT
22/4/2024
"""

SINCE = P("Từ năm 2020 đến nay", "2020-01-01", "2024-04-22")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("đầu tư 7,8 tỷ đồng", "7,8", 7.8e9, "money", "đồng",
      subject="vốn đầu tư cầu vượt bộ hành trước Trường THPT Bình Sơn"),
    F("trong 20 phút", "20", 20, "measure", "phút", subject="thời gian quan sát giờ tan trường", optional=True),
    F("chỉ có 37 học sinh", "37", 37, "count", "học sinh", subject="học sinh đi qua cầu vượt giờ tan trường",
      period=P("Trưa 15/4", "2024-04-15", "2024-04-15")),
    F("hàng trăm em", "trăm", 100, "count", "em", approx="about",
      subject="học sinh băng qua quốc lộ", optional=True),
    F("hơn 1.350 học sinh", "1.350", 1350, "count", "học sinh", approx="over",
      subject="học sinh Trường THPT Bình Sơn"),
    F("khoảng 70%", "70", 70, "percent", "%", approx="about",
      subject="học sinh ở các xã phía đông quốc lộ"),
    F("hai lần mỗi ngày", "hai", 2, "measure", "lần/ngày", subject="số lần học sinh qua đường mỗi ngày",
      optional=True),
    F("48 bậc thang", "48", 48, "count", "bậc thang", subject="bậc thang mỗi phía của cầu vượt"),
    F("xảy ra 6 vụ", "6", 6, "count", "vụ",
      subject="vụ tai nạn liên quan đến học sinh trên Quốc lộ 1 qua thị trấn Châu Ổ", period=SINCE),
    F("làm 2 em tử vong", "2", 2, "count", "em", subject="học sinh tử vong do tai nạn giao thông", period=SINCE),
    F("có 9 cầu vượt", "9", 9, "count", "cầu vượt bộ hành", subject="cầu vượt bộ hành toàn tỉnh",
      location="Quảng Ngãi"),
    F("gần 62 tỷ đồng", "62", 62e9, "money", "đồng", approx="nearly",
      subject="tổng vốn đầu tư cầu vượt bộ hành toàn tỉnh", location="Quảng Ngãi"),
    F("trong đó 7 cầu", "7", 7, "count", "cầu", total=9,
      subject="cầu vượt bộ hành trên Quốc lộ 1 gần các trường học", location="Quảng Ngãi"),
    F("chỉ đạt 23,6%", "23,6", 23.6, "percent", "%",
      change=chg("decrease", 6.4, "điểm phần trăm", "năm 2023"),
      subject="tỷ lệ học sinh sử dụng cầu vượt", period=P("quý I/2024", "2024-01-01", "2024-03-31"),
      location="Quảng Ngãi"),
    F("ít nhất 70%", "70", 70, "percent", "%", approx="at_least", status="target",
      subject="học sinh các trường ven quốc lộ đi qua cầu vượt", period=Y24),
    F("dài 300 m", "300", 300, "measure", "m", status="forecast",
      subject="chiều dài hàng rào trên dải phân cách", period=Y24),
    F("khoảng 1,2 tỷ đồng", "1,2", 1.2e9, "money", "đồng", approx="about", status="forecast",
      subject="kinh phí lắp hàng rào trên dải phân cách", period=Y24),
]

NOTES = [
    "Báo Quảng Ngãi (Party paper): an overpass at Trường THPT Bình Sơn little used; byline THANH NHẬT and bare date 22/4/2024.",
    "Distractors: Quốc lộ 1, 'tháng 9/2021' (opening date), 'sau gần 3 năm' (duration locating time, not a figure).",
    "Optional: 'trong 20 phút' (observation window), 'hàng trăm em' (vague), 'hai lần mỗi ngày' (a habit, not a statistic).",
    "Location Bình Sơn (thị trấn Châu Ổ lies in it) except the provincial figures (9 cầu, 62 tỷ, 7 cầu, 23,6%): Quảng Ngãi.",
    "'khoảng 70%' after 'trong đó' is a share with no count: a percent figure of its own.",
    "'đặt mục tiêu năm 2024 ...; đồng thời dự kiến ...': 70% target; 300 m and 1,2 tỷ forecast (own cue 'dự kiến'), all năm 2024.",
]

write("p1021-5", TEXT, FIGS, published="2024-04-22", location="Bình Sơn", notes=NOTES)

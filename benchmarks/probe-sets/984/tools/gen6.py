"""p984-6: national newspaper, Cà Mau fishermen and broken VMS devices, year 2024 and 2025 targets."""
from lib import F, asof, inh, write, year

TEXT = """
Thời sự
Thứ năm, 16/1/2025, 06:30 (GMT+7)

Ngư dân Cà Mau chật vật vì thiết bị giám sát hành trình hỏng giữa biển

Tàu cá mất kết nối quá 6 giờ phải quay vào bờ, nhiều chủ tàu thua lỗ nặng.

Chiếc tàu CM 91468 TS của ông Lê Văn Tư ở xã Khánh Hội, huyện U Minh vừa phải quay vào bờ sau 3 ngày ra khơi vì thiết bị giám sát hành trình mất tín hiệu. "Chuyến này lỗ gần 40 triệu đồng tiền dầu, đá và lương bạn", ông Tư nói.

Theo Chi cục Thủy sản Cà Mau, tỉnh có 4.412 tàu cá, trong đó 1.932 tàu dài từ 15 m trở lên phải lắp thiết bị. Năm 2024, hệ thống ghi nhận hơn 5.600 lượt tàu mất kết nối, khoảng 70% do thiết bị hỏng hoặc hết hạn thuê bao. Cơ quan chức năng đã xử phạt 37 chủ tàu với tổng số tiền hơn 2,9 tỷ đồng; mức phạt với hành vi không duy trì hoạt động thiết bị từ 50 đến 70 triệu đồng.

Giá một bộ thiết bị hiện từ 15 đến 22 triệu đồng, phí thuê bao vệ tinh khoảng 250.000-400.000 đồng/tháng. "Nhiều thiết bị lắp từ năm 2019, nay đã hết tuổi thọ pin", một cán bộ Trạm kiểm soát Biên phòng cửa biển Sông Đốc cho biết.

Trên toàn quốc, theo Cục Thủy sản, tính đến cuối năm 2024 có 98,9% tàu cá từ 15 m trở lên đã lắp thiết bị; số lượt tàu mất kết nối năm 2024 giảm 27% so với năm 2023.

Năm nay, Cà Mau phấn đấu giảm ít nhất 50% số tàu mất kết nối trên 10 ngày, đồng thời 100% sản lượng qua cảng được xác nhận nguồn gốc qua hệ thống eCDT.

Phúc Hưng
"""

Y24 = year(2024, "Năm 2024")
Y24b = year(2024, "năm 2024")
Y25 = year(2025, "Năm nay")
VN = "Việt Nam"

FIGS = [
    F("quá 6 giờ", "6", 6, "measure", "giờ", "ngưỡng thời gian mất kết nối", approx="over", optional=True),
    F("sau 3 ngày", "3", 3, "measure", "ngày", "thời gian ra khơi trước khi quay vào bờ", location="U Minh", optional=True),
    F("gần 40 triệu đồng", "40", 40e6, "money", "đồng", "tiền lỗ chuyến biển", approx="nearly", location="U Minh"),
    F("có 4.412 tàu cá", "4.412", 4412, "count", "tàu cá", "tàu cá của tỉnh"),
    F("1.932 tàu", "1.932", 1932, "count", "tàu", "tàu dài từ 15 m trở lên phải lắp thiết bị", total=4412),
    F("dài từ 15 m trở lên", "15", 15, "measure", "m", "chiều dài tàu", approx="at_least", optional=True),
    F("hơn 5.600 lượt", "5.600", 5600, "count", "lượt tàu", "lượt tàu mất kết nối", Y24, approx="over"),
    F("khoảng 70%", "70", 70, "percent", "%", "lượt mất kết nối do thiết bị hỏng hoặc hết hạn thuê bao", Y24, approx="about"),
    F("xử phạt 37 chủ tàu", "37", 37, "count", "chủ tàu", "chủ tàu bị xử phạt", inh(Y24)),
    F("hơn 2,9 tỷ đồng", "2,9", 2.9e9, "money", "đồng", "tổng số tiền xử phạt", inh(Y24), approx="over"),
    F("từ 50 đến 70 triệu đồng", "50", 50e6, "money", "đồng", "mức phạt hành vi không duy trì hoạt động thiết bị", value_max=70e6),
    F("từ 15 đến 22 triệu đồng", "15", 15e6, "money", "đồng", "giá một bộ thiết bị", value_max=22e6),
    F("khoảng 250.000-400.000 đồng/tháng", "250.000", 250000, "money", "đồng/tháng", "phí thuê bao vệ tinh", approx="about",
      value_max=400000),
    F("có 98,9%", "98,9", 98.9, "percent", "%", "tàu cá từ 15 m trở lên đã lắp thiết bị", asof("2024-12-31", "tính đến cuối năm 2024"),
      location=VN),
    F("cá từ 15 m trở lên", "15", 15, "measure", "m", "chiều dài tàu", approx="at_least", location=VN, optional=True),
    F("giảm 27%", "27", 27, "percent", "%", "mức giảm số lượt tàu mất kết nối so với năm 2023", Y24b, location=VN),
    F("ít nhất 50%", "50", 50, "percent", "%", "giảm số tàu mất kết nối trên 10 ngày", Y25, approx="at_least", status="target"),
    F("trên 10 ngày", "10", 10, "measure", "ngày", "ngưỡng thời gian mất kết nối", approx="over", optional=True),
    F("100% sản lượng", "100", 100, "percent", "%", "sản lượng qua cảng được xác nhận nguồn gốc qua hệ thống eCDT", Y25,
      status="target"),
]

NOTES = [
    "National newspaper (dateline 'Thứ năm, 16/1/2025, 06:30 (GMT+7)'): broken VMS devices in Cà Mau, year 2024 results, 2025 targets.",
    "The anecdote's loss is located in huyện U Minh; '3 ngày ra khơi' only places the event in time (optional). National figures are Việt Nam.",
    "'giảm 27% so với năm 2023' has no base amount: a percent figure without change. 'Năm nay' = 2025 (page date).",
    "'khoảng 70% do thiết bị hỏng' is a share without a cue word (chiếm/đạt): a percent figure of its own.",
    "'CM 91468 TS', 'năm 2019', '06:30 (GMT+7)' are not figures.",
]

if __name__ == "__main__":
    write(6, TEXT, FIGS, NOTES, published="2025-01-16", location="Cà Mau")

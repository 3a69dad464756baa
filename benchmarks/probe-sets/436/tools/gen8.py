from lib import *

TEXT = """
Báo Phú Thọ điện tử
Xã hội - Y tế

Bệnh viện vệ tinh giúp giảm chuyển tuyến, tuyến tỉnh vẫn chịu áp lực

HOÀNG LONG 16:20, 03/10/2024

Tính đến 30/9/2024, Bệnh viện Đa khoa tỉnh Phú Thọ đã ký kết hợp tác với 13 bệnh viện vệ tinh, chuyển giao 186 kỹ thuật cho tuyến huyện. Nhờ đó, 9 tháng năm 2024, số người bệnh phải chuyển từ tuyến huyện lên tuyến tỉnh giảm còn 7.840 lượt, giảm 21,4% so với cùng kỳ; số ca chuyển lên tuyến trung ương chỉ còn 1.162 ca, chiếm 1,9% tổng số người bệnh điều trị nội trú.

Các đơn vị giảm chuyển tuyến mạnh nhất là Trung tâm Y tế huyện Thanh Sơn (giảm 38%), Hạ Hòa (giảm 31,5%) và Yên Lập (giảm 29%).

Ngược lại, Bệnh viện Đa khoa tỉnh tiếp tục quá tải. Với 1.500 giường bệnh thực kê, bình quân mỗi ngày bệnh viện có từ 1.750 đến 1.900 người bệnh nội trú. Công suất sử dụng giường bệnh 9 tháng đạt 121,7%. Từ đầu năm đến nay, bệnh viện đã kê thêm hơn 200 giường tạm tại hành lang và hội trường.

Ước cả năm 2024, số lượt chuyển tuyến từ huyện lên tỉnh giảm khoảng 10,5 nghìn lượt so với năm 2023.

Để giảm tải lâu dài, tỉnh đang triển khai dự án Trung tâm Ung bướu quy mô 500 giường, tổng mức đầu tư 1.250 tỷ đồng, dự kiến hoàn thành trong quý IV/2026.

Theo Kế hoạch số 3216/KH-UBND, đến năm 2025 phấn đấu 100% trung tâm y tế tuyến huyện thực hiện được ít nhất 80% danh mục kỹ thuật theo phân tuyến; số bác sĩ đạt 13 bác sĩ/vạn dân (hiện đạt 11,2).

Bệnh viện Đa khoa tỉnh: đường Nguyễn Tất Thành, phường Tân Dân, TP Việt Trì; hotline 1900 1234.
"""

AS = P("Tính đến 30/9/2024", None, "2024-09-30")
M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
M9i = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", inh=True)
T25 = P("đến năm 2025", None, "2025-12-31")
SUB = "số ca chuyển tuyến giảm"
FIGS = [
    F("với 13 bệnh viện", "13", 13, "count", "bệnh viện vệ tinh", "bệnh viện vệ tinh ký kết hợp tác", period=AS),
    F("giao 186 kỹ thuật", "186", 186, "count", "kỹ thuật", "kỹ thuật chuyển giao cho tuyến huyện", period=AS),
    F("còn 7.840 lượt", "7.840", 7840, "count", "lượt", "người bệnh chuyển từ tuyến huyện lên tuyến tỉnh",
      change=CH("decrease", 21.4, "%", "cùng kỳ"), period=M9),
    F("còn 1.162 ca", "1.162", 1162, "count", "ca", "ca chuyển lên tuyến trung ương", percent=1.9, period=M9),
    F("Thanh Sơn (giảm 38%)", "38", 38, "percent", "%", SUB, location="Thanh Sơn", period=M9i),
    F("Hạ Hòa (giảm 31,5%)", "31,5", 31.5, "percent", "%", SUB, location="Hạ Hòa", period=M9i),
    F("Yên Lập (giảm 29%)", "29", 29, "percent", "%", SUB, location="Yên Lập", period=M9i),
    F("Với 1.500 giường", "1.500", 1500, "count", "giường bệnh", "giường bệnh thực kê", period=M9i),
    F("từ 1.750 đến 1.900", "1.750", 1750, "count", "người bệnh", "người bệnh nội trú bình quân mỗi ngày",
      value_max=1900, period=M9i),
    F("đạt 121,7%", "121,7", 121.7, "percent", "%", "công suất sử dụng giường bệnh",
      period=P("9 tháng", "2024-01-01", "2024-09-30")),
    F("hơn 200 giường", "200", 200, "count", "giường", "giường kê thêm tại hành lang và hội trường", approx="over",
      period=P("Từ đầu năm đến nay", "2024-01-01", "2024-10-03")),
    F("khoảng 10,5 nghìn lượt", "10,5", 10500, "count", "lượt", "lượt chuyển tuyến từ huyện lên tỉnh giảm",
      approx="about", status="estimate", period=P("cả năm 2024", "2024-01-01", "2024-12-31")),
    F("quy mô 500 giường", "500", 500, "count", "giường", "quy mô giường Trung tâm Ung bướu"),
    F("1.250 tỷ đồng", "1.250", 1250e9, "money", "đồng", "tổng mức đầu tư Trung tâm Ung bướu"),
    F("phấn đấu 100%", "100", 100, "percent", "%", "trung tâm y tế tuyến huyện thực hiện được danh mục kỹ thuật theo phân tuyến",
      status="target", period=T25),
    F("ít nhất 80%", "80", 80, "percent", "%", "danh mục kỹ thuật theo phân tuyến", approx="at_least", status="target",
      period=T25),
    F("đạt 13 bác sĩ", "13", 13, "measure", "bác sĩ/vạn dân", "số bác sĩ trên vạn dân", status="target", period=T25),
    F("hiện đạt 11,2", "11,2", 11.2, "measure", "bác sĩ/vạn dân", "số bác sĩ trên vạn dân"),
]

build(8, TEXT, FIGS, [
    "Báo Phú Thọ (Party newspaper): satellite hospitals and referrals, 9 tháng năm 2024; provincial hospital overload; 2025 targets.",
    "Dateline with byline before it: 'HOÀNG LONG 16:20, 03/10/2024'. Distractors: 'Kế hoạch số 3216/KH-UBND', street names, 'hotline 1900 1234'.",
    "District list of decrease rates: growth rates as the claim (percent figures, no change), district as location.",
    "'Ước cả năm 2024 … giảm khoảng 10,5 nghìn lượt' is an estimate (a decrease as the claim: a count, no change object).",
    "'Với 1.500 giường … từ 1.750 đến 1.900' have no period phrase in their sentence: the 9 months of the first paragraph, inherited.",
    "Project scale 500 giường and 1.250 tỷ stand before 'dự kiến hoàn thành trong quý IV/2026': that cue and date govern the completion clause only",
    "(status actual, period null). '(hiện đạt 11,2)' has its own verb and 'hiện': actual, period null, not the target clause's 2025.",
], published="2024-10-03", location="Phú Thọ")

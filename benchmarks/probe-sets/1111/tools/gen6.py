"""p1111-6: national newspaper (VnExpress style), Phú Quốc resorts in the summer peak 2024."""
from lib import F, P, I, C, T, emit

TEXT = """Du lịch › Điểm đến
Thứ bảy, 17/8/2024, 08:15 (GMT+7)

Resort Phú Quốc kín phòng dịp cao điểm hè

Nhiều khu nghỉ dưỡng ven biển ở Phú Quốc đạt công suất phòng 90-95% trong tháng 7, giá phòng tăng 15-20% so với tháng trước.

Theo Sở Du lịch Kiên Giang, 7 tháng đầu năm, Phú Quốc đón hơn 3,1 triệu lượt khách, tăng 39% so với cùng kỳ, trong đó khách quốc tế gần 680.000 lượt, gấp 2,1 lần cùng kỳ. Thành phố hiện có 52 resort ven biển đang hoạt động với khoảng 13.800 phòng, chiếm 37% tổng số phòng lưu trú trên đảo.

Ông Nguyễn Văn Sáu, quản lý một resort 5 sao ở Bãi Kem, cho biết khu nghỉ có 230 phòng, trong tháng 7 công suất đạt 96%, cao nhất từ đầu năm. Giá phòng hạng tiêu chuẩn khoảng 4,2 triệu đồng/đêm, biệt thự hướng biển có giá 18-25 triệu đồng/đêm.

Tại Bãi Trường, tỷ lệ lấp đầy bình quân của các resort trong tháng 7 đạt 85%, khách lưu trú trung bình 3,5 đêm. Chị Lê Thu Hà, du khách từ Hà Nội, cho biết gia đình 4 người đặt phòng từ tháng 5 vẫn phải chọn resort cách biển gần 1 km vì các khu sát biển đã kín chỗ.

Phú Quốc còn 18 dự án resort ven biển đang xây dựng với tổng vốn khoảng 95.000 tỷ đồng. Dự kiến năm 2025 có thêm 4 dự án với 1.600 phòng đi vào hoạt động, chuẩn bị cho Hội nghị APEC 2027.

Hoàng Phong
"""

JUL = P("tháng 7", "2024-07-01", "2024-07-31")
M7 = P("7 tháng đầu năm", "2024-01-01", "2024-07-31")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("công suất phòng 90-95%", "90", 90, "percent", "%", value_max=95,
      subject="công suất phòng các khu nghỉ dưỡng ven biển", period=JUL),
    F("tăng 15-20%", "15", 15, "percent", "%", value_max=20,
      subject="mức tăng giá phòng so với tháng trước", period=JUL),
    F("hơn 3,1 triệu lượt", "3,1", 3100000, "count", "lượt khách", approx="over",
      change=C("increase", 39, "%", "cùng kỳ"), subject="lượt khách đến Phú Quốc", period=M7),
    F("gần 680.000 lượt", "680.000", 680000, "count", "lượt", approx="nearly", total=3100000,
      change=C("increase", 2.1, "lần", "cùng kỳ"), subject="khách quốc tế", period=M7),
    F("có 52 resort", "52", 52, "count", "resort", subject="resort ven biển đang hoạt động"),
    F("khoảng 13.800 phòng", "13.800", 13800, "count", "phòng", approx="about", percent=37,
      subject="phòng của các resort ven biển"),
    F("resort 5 sao", "5", 5, "measure", "sao", optional=True, subject="hạng sao của resort"),
    F("có 230 phòng", "230", 230, "count", "phòng", subject="phòng của một resort 5 sao ở Bãi Kem"),
    F("đạt 96%", "96", 96, "percent", "%", subject="công suất phòng của resort", period=JUL | {"text": "trong tháng 7"}),
    F("khoảng 4,2 triệu đồng/đêm", "4,2", 4200000, "money", "đồng/đêm", approx="about",
      subject="giá phòng hạng tiêu chuẩn"),
    F("18-25 triệu đồng/đêm", "18", 18000000, "money", "đồng/đêm", value_max=25000000,
      subject="giá biệt thự hướng biển"),
    F("đạt 85%", "85", 85, "percent", "%", subject="tỷ lệ lấp đầy bình quân của các resort tại Bãi Trường",
      period=JUL | {"text": "trong tháng 7"}),
    F("trung bình 3,5 đêm", "3,5", 3.5, "measure", "đêm", subject="thời gian lưu trú trung bình của khách",
      period=JUL | {"text": "trong tháng 7"}),
    F("gia đình 4 người", "4", 4, "count", "người", optional=True, subject="thành viên gia đình du khách"),
    F("gần 1 km", "1", 1, "measure", "km", approx="nearly", optional=True,
      subject="khoảng cách từ resort đến biển"),
    F("còn 18 dự án", "18", 18, "count", "dự án", subject="dự án resort ven biển đang xây dựng"),
    F("khoảng 95.000 tỷ đồng", "95.000", 95000e9, "money", "đồng", approx="about",
      subject="tổng vốn các dự án resort ven biển đang xây dựng"),
    F("thêm 4 dự án", "4", 4, "count", "dự án", status="forecast", subject="dự án đi vào hoạt động", period=Y25),
    F("với 1.600 phòng", "1.600", 1600, "count", "phòng", status="forecast",
      subject="phòng của các dự án đi vào hoạt động", period=Y25),
]

COMMENTS = [
    "National newspaper (VnExpress style) 'Thứ bảy, 17/8/2024, 08:15 (GMT+7)', byline at the end. Location: Phú Quốc (a city of Kiên Giang).",
    "Year-less 'tháng 7', '7 tháng đầu năm' take 2024 from the dateline. 'tăng 15-20% so với tháng trước' (no base amount): a percent figure.",
    "'gấp 2,1 lần cùng kỳ' after 680.000 lượt is its change. 'chiếm 37%' is the percent of 13.800 phòng.",
    "Anecdote numbers ('gia đình 4 người', 'gần 1 km') and 'resort 5 sao' are optional.",
    "'Hội nghị APEC 2027', 'từ tháng 5', name 'Nguyễn Văn Sáu', weekday 'Thứ bảy', '08:15' are not figures.",
]

if __name__ == "__main__":
    emit("p1111-6", TEXT, FIGS, COMMENTS, published="2024-08-17", location="Phú Quốc")

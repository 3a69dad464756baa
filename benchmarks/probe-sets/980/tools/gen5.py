"""p980-5: Party/provincial newspaper (Báo Cần Thơ style), byline and bare date at the end."""
from lib import F, P, I, C, T, build

TEXT = """Đăng kiểm xe cơ giới: Hết cảnh xếp hàng chờ đợi

Gần 7 giờ sáng, bãi xe trước Trung tâm Đăng kiểm xe cơ giới 65-01S trên đường Cách Mạng Tháng Tám, quận Bình Thủy đã có hơn 20 ô tô chờ vào dây chuyền. Tuy vậy, không còn cảnh xếp hàng kéo dài như đầu năm 2023.

Anh Nguyễn Văn Tư, tài xế xe tải 2,5 tấn ở quận Cái Răng, cho biết: "Tôi đặt lịch qua điện thoại từ tuần trước, tới nơi chỉ chờ khoảng 45 phút là xong. Hồi tháng 3 năm ngoái phải chờ 3-4 giờ, có hôm quay về không kiểm được".

Theo Sở Giao thông vận tải thành phố Cần Thơ, hiện trên địa bàn có 5 trung tâm đăng kiểm với 9 dây chuyền, mỗi ngày kiểm định bình quân 280-300 xe. 10 tháng năm 2024, các trung tâm đã kiểm định 71.230 lượt phương tiện, tăng 9,8% so với cùng kỳ; trong đó khoảng 68% chủ xe đặt lịch hẹn trực tuyến. Số phương tiện không đạt tiêu chuẩn ở lần kiểm định đầu là 8.690 lượt, chiếm 12,2%, chủ yếu do lỗi phanh, khí thải và đèn.

Năm 2023, toàn thành phố kiểm định 78.415 lượt phương tiện. Ông Lê Hoàng Sáu, Giám đốc Trung tâm 65-01S, cho biết đơn vị hiện có 11 đăng kiểm viên, bình quân mỗi người kiểm định 28-30 xe/ngày. Trung tâm đang đầu tư thêm 1 dây chuyền kiểm định xe tải nặng, dự kiến đưa vào hoạt động trong tháng 1/2025 với tổng kinh phí khoảng 7 tỷ đồng.

Sở Giao thông vận tải đặt mục tiêu đến năm 2025 có 100% trung tâm kết nối camera giám sát với Cục Đăng kiểm Việt Nam, thời gian chờ kiểm định không quá 60 phút/xe.

MINH HUYỀN
15/11/2024
"""

M10 = P("10 tháng năm 2024", "2024-01-01", "2024-10-31")
MAR = P("tháng 3 năm ngoái", "2023-03-01", "2023-03-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
TO25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("hơn 20 ô tô", "20", 20, "count", "ô tô", "ô tô chờ vào dây chuyền", approx="over",
      location="Bình Thủy"),
    F("xe tải 2,5 tấn", "2,5", 2.5, "measure", "tấn", "tải trọng xe tải", optional=True),
    F("khoảng 45 phút", "45", 45, "measure", "phút", "thời gian chờ kiểm định", approx="about",
      location="Bình Thủy"),
    F("chờ 3-4 giờ", "3", 3, "measure", "giờ", "thời gian chờ kiểm định", value_max=4,
      period=MAR, location="Bình Thủy"),
    F("có 5 trung tâm", "5", 5, "count", "trung tâm đăng kiểm", "trung tâm đăng kiểm"),
    F("với 9 dây chuyền", "9", 9, "count", "dây chuyền", "dây chuyền kiểm định"),
    F("bình quân 280-300 xe", "280", 280, "measure", "xe/ngày", "xe kiểm định bình quân mỗi ngày",
      value_max=300),
    F("kiểm định 71.230 lượt", "71.230", 71230, "count", "lượt phương tiện",
      "lượt phương tiện được kiểm định", change=C("increase", 9.8, "%", "cùng kỳ"), period=M10),
    F("khoảng 68% chủ xe", "68", 68, "percent", "%", "chủ xe đặt lịch hẹn trực tuyến",
      approx="about", period=M10),
    F("là 8.690 lượt", "8.690", 8690, "count", "lượt",
      "phương tiện không đạt tiêu chuẩn ở lần kiểm định đầu", percent=12.2, period=I(M10)),
    F("kiểm định 78.415 lượt", "78.415", 78415, "count", "lượt phương tiện",
      "lượt phương tiện được kiểm định", period=Y23),
    F("có 11 đăng kiểm viên", "11", 11, "count", "đăng kiểm viên",
      "đăng kiểm viên của Trung tâm 65-01S", location="Bình Thủy"),
    F("kiểm định 28-30 xe/ngày", "28", 28, "measure", "xe/ngày",
      "xe kiểm định bình quân mỗi đăng kiểm viên", value_max=30, location="Bình Thủy"),
    F("thêm 1 dây chuyền", "1", 1, "count", "dây chuyền", "dây chuyền kiểm định xe tải nặng đầu tư thêm",
      location="Bình Thủy"),
    F("khoảng 7 tỷ đồng", "7", 7e9, "money", "đồng", "tổng kinh phí dây chuyền kiểm định xe tải nặng",
      approx="about", status="forecast", location="Bình Thủy"),
    F("có 100% trung tâm", "100", 100, "percent", "%",
      "trung tâm kết nối camera giám sát với Cục Đăng kiểm Việt Nam", status="target", period=TO25),
    F("không quá 60 phút/xe", "60", 60, "measure", "phút/xe", "thời gian chờ kiểm định",
      approx="at_most", status="target", period=TO25),
]

NOTES = [
    "Báo Cần Thơ style feature; byline 'MINH HUYỀN' and bare date 15/11/2024 at the end (published).",
    "Not figures: 'Gần 7 giờ sáng' (time of day), 65-01S, đường Cách Mạng Tháng Tám, 'đầu năm 2023', 'từ tuần trước',",
    "'tháng 1/2025' (a schedule), names 'Nguyễn Văn Tư', 'Lê Hoàng Sáu'. 'xe tải 2,5 tấn' is the example's specification (optional).",
    "Figures about Trung tâm 65-01S (queue, waits, its staff and new line) are located in quận Bình Thủy, where the",
    "article places the centre; the driver's home district Cái Răng is not the place of the figure. City figures: Cần Thơ.",
    "'tháng 3 năm ngoái' in a 2024 article is March 2023. 'dự kiến' governs its clause: the 7 tỷ is a forecast,",
    "the 1 dây chuyền being built ('đang đầu tư') is actual. 'khoảng 68% chủ xe' after 'trong đó' is a percent figure.",
]

build("p980-5", TEXT, FIGS, NOTES, published="2024-11-15", location="Cần Thơ")

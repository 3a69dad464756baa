"""p672-1: Thanh Hóa province portal — tín dụng đen 6 tháng đầu năm 2024."""
from lib import F, P, I, CH, emit

TEXT = """Trang chủ > Tin tức - Sự kiện > An ninh - Trật tự
Thanh Hóa: Khởi tố 27 vụ án liên quan đến tín dụng đen trong 6 tháng đầu năm
Cập nhật: 15/07/2024 08:30
Lượt xem: 2.146

Theo báo cáo của Công an tỉnh Thanh Hóa, 6 tháng đầu năm 2024, lực lượng chức năng đã phát hiện 38 vụ/64 đối tượng hoạt động tín dụng đen, tăng 5 vụ so với cùng kỳ năm 2023; khởi tố 27 vụ, 41 bị can về tội cho vay lãi nặng trong giao dịch dân sự theo Điều 201 Bộ luật Hình sự.

Qua điều tra, các đối tượng cho vay với lãi suất từ 109,5% đến 365%/năm, tổng số tiền cho vay hơn 18,6 tỷ đồng, thu lợi bất chính khoảng 4,2 tỷ đồng. Đáng chú ý, tại thị xã Nghi Sơn, một nhóm đối tượng trú tại tổ 7, phường Hải Hòa đã cho gần 300 người vay với mức lãi 5.000 đồng/1 triệu đồng/ngày.

Cùng với đấu tranh, Công an các địa phương phối hợp với Đoàn Thanh niên bóc, xóa 9.480 tờ rơi, quảng cáo cho vay dọc Quốc lộ 1A và Quốc lộ 47; kiểm tra 312 lượt cơ sở kinh doanh dịch vụ cầm đồ, trong đó thành phố Thanh Hóa 112 lượt, thị xã Bỉm Sơn 34 lượt, huyện Thọ Xuân 29 lượt. Qua kiểm tra, phát hiện 26 cơ sở vi phạm, xử phạt vi phạm hành chính 185 triệu đồng.

Hiện toàn tỉnh có 1.046 cơ sở kinh doanh dịch vụ cầm đồ, chiếm khoảng 40% số cơ sở kinh doanh ngành nghề có điều kiện về an ninh, trật tự.

Mục tiêu đến hết năm 2024, 100% xã, phường, thị trấn tổ chức tuyên truyền về phòng, chống tín dụng đen; phấn đấu giảm ít nhất 10% số vụ việc so với năm 2023.

Người dân phát hiện hoạt động tín dụng đen có thể báo qua đường dây nóng 0237.3852.114 hoặc gọi 113.
"""

H1 = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
H = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
T = P("đến hết năm 2024", None, "2024-12-31")

FIGS = [
    F("Khởi tố 27 vụ án", "27", 27, "count", "vụ án", "vụ án liên quan đến tín dụng đen khởi tố", H1),
    F("phát hiện 38 vụ/64", "38", 38, "count", "vụ", "vụ hoạt động tín dụng đen phát hiện", H,
      change=CH("increase", 5, "vụ", "cùng kỳ năm 2023")),
    F("38 vụ/64 đối tượng", "64", 64, "count", "đối tượng", "đối tượng hoạt động tín dụng đen phát hiện", H),
    F("khởi tố 27 vụ, 41", "27", 27, "count", "vụ", "vụ khởi tố về tội cho vay lãi nặng trong giao dịch dân sự", H),
    F("41 bị can", "41", 41, "count", "bị can", "bị can khởi tố về tội cho vay lãi nặng trong giao dịch dân sự", H),
    F("từ 109,5% đến 365%", "109,5", 109.5, "percent", "%", "lãi suất cho vay của các đối tượng", I(H), value_max=365),
    F("hơn 18,6 tỷ đồng", "18,6", 18.6e9, "money", "đồng", "tổng số tiền cho vay", I(H), approx="over"),
    F("khoảng 4,2 tỷ đồng", "4,2", 4.2e9, "money", "đồng", "thu lợi bất chính", I(H), approx="about"),
    F("gần 300 người vay", "300", 300, "count", "người", "người vay của nhóm đối tượng", approx="nearly",
      location="Nghi Sơn"),
    F("lãi 5.000 đồng/1", "5.000", 5000, "money", "đồng/1 triệu đồng/ngày", "mức lãi", location="Nghi Sơn"),
    F("xóa 9.480 tờ rơi", "9.480", 9480, "count", "tờ rơi", "tờ rơi, quảng cáo cho vay bóc, xóa", I(H)),
    F("kiểm tra 312 lượt", "312", 312, "count", "lượt", "lượt kiểm tra cơ sở kinh doanh dịch vụ cầm đồ", I(H)),
    F("Thanh Hóa 112 lượt", "112", 112, "count", "lượt", "lượt kiểm tra cơ sở kinh doanh dịch vụ cầm đồ", I(H),
      total=312, location="Thanh Hóa"),
    F("Bỉm Sơn 34 lượt", "34", 34, "count", "lượt", "lượt kiểm tra cơ sở kinh doanh dịch vụ cầm đồ", I(H),
      total=312, location="Bỉm Sơn"),
    F("Thọ Xuân 29 lượt", "29", 29, "count", "lượt", "lượt kiểm tra cơ sở kinh doanh dịch vụ cầm đồ", I(H),
      total=312, location="Thọ Xuân"),
    F("phát hiện 26 cơ sở", "26", 26, "count", "cơ sở", "cơ sở kinh doanh dịch vụ cầm đồ vi phạm", I(H)),
    F("hành chính 185 triệu đồng", "185", 185e6, "money", "đồng", "xử phạt vi phạm hành chính cơ sở cầm đồ", I(H)),
    F("có 1.046 cơ sở", "1.046", 1046, "count", "cơ sở", "cơ sở kinh doanh dịch vụ cầm đồ", percent=40),
    F("2024, 100% xã", "100", 100, "percent", "%",
      "xã, phường, thị trấn tổ chức tuyên truyền về phòng, chống tín dụng đen", T, status="target"),
    F("ít nhất 10% số vụ", "10", 10, "percent", "%", "giảm số vụ việc tín dụng đen so với năm 2023", T,
      approx="at_least", status="target"),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Thanh Hóa: tín dụng đen 6 tháng đầu năm 2024 (vụ, đối tượng, lãi suất, tiền cho vay, tờ rơi, cơ sở cầm đồ).",
    "'Cập nhật: 15/07/2024 08:30' is the dateline; 'Lượt xem: 2.146', 'Điều 201', 'tổ 7', 'Quốc lộ 1A/47', the hotline and '113' are not figures.",
    "'38 vụ/64 đối tượng' is the police style 'cases/suspects': two figures, no total (64 is not a whole of 38).",
    "'5.000 đồng/1 triệu đồng/ngày': money rate, the denominator '1 triệu đồng' is part of the unit, not a figure.",
    "District items after 'trong đó' are parts of 312 lượt; 'Hiện' gives no period; headline year-less '6 tháng đầu năm' = 2024 (published).",
]

if __name__ == "__main__":
    emit("p672-1", TEXT, COMMENTS, FIGS, published="2024-07-15", location="Thanh Hóa")

"""p1172-1: Bình Định province portal, 9 months 2024: vehicle load checks and overloaded trucks."""
from lib import F, P, I, C, T, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Giao thông - Vận tải

Bình Định: Xử lý hơn 1.300 xe quá tải trọng trong 9 tháng

Cập nhật: 14/10/2024 15:20 | Lượt xem: 2.418

(binhdinh.gov.vn) - Theo Sở Giao thông vận tải, 9 tháng đầu năm 2024, Trạm kiểm tra tải trọng xe lưu động và các tổ công tác liên ngành của tỉnh Bình Định đã kiểm tra 8.652 lượt phương tiện, tăng 11,6% so với cùng kỳ năm 2023; phát hiện, lập biên bản 1.317 xe vi phạm quá tải trọng, chiếm 15,2% số phương tiện được kiểm tra. Trong đó, xe chở vượt tải trọng từ 10% đến 30% là 874 xe, từ trên 30% đến 50% là 296 xe, trên 50% là 147 xe.

Lực lượng chức năng đã ra quyết định xử phạt vi phạm hành chính với số tiền gần 9,8 tỷ đồng, đạt 81,7% kế hoạch năm; tước giấy phép lái xe có thời hạn 412 trường hợp; buộc hạ tải khoảng 6.540 tấn hàng hóa. Ước cả năm 2024, số tiền xử phạt đạt khoảng 13 tỷ đồng.

Tại trạm kiểm tra tải trọng xe cố định trên Quốc lộ 1 (Km 1125+800, thị xã Hoài Nhơn), bình quân mỗi ngày có khoảng 2.300 lượt xe tải qua cân. Riêng tháng 9, trạm phát hiện 96 xe quá tải, tăng 18 xe so với tháng 8.

Xe quá tải tập trung trên các tuyến ĐT638, ĐT639 và Quốc lộ 19, gây hư hỏng mặt đường. Trong 9 tháng, tỉnh đã chi hơn 27 tỷ đồng để sửa chữa khoảng 46 km đường bị hư hỏng.

Quý IV, Sở phấn đấu kiểm tra thêm 3.000 lượt phương tiện, giữ tỷ lệ xe vi phạm dưới 12%. Đường dây nóng tiếp nhận phản ánh xe quá tải: 0256.3822.110.
"""

NINE = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
HEAD = P("trong 9 tháng", "2024-01-01", "2024-09-30")
NINE_SHORT = P("Trong 9 tháng", "2024-01-01", "2024-09-30")
Y24 = P("cả năm 2024", "2024-01-01", "2024-12-31")
SEP = P("tháng 9", "2024-09-01", "2024-09-30")
Q4 = P("Quý IV", "2024-10-01", "2024-12-31")

FIGS = [
    F("hơn 1.300 xe", "1.300", 1300, "count", "xe", approx="over",
      subject="xe quá tải trọng bị xử lý", period=HEAD),
    F("kiểm tra 8.652 lượt", "8.652", 8652, "count", "lượt phương tiện",
      change=C("increase", 11.6, "%", "cùng kỳ năm 2023"),
      subject="lượt phương tiện được kiểm tra tải trọng", period=NINE),
    F("lập biên bản 1.317 xe", "1.317", 1317, "count", "xe", percent=15.2,
      subject="xe vi phạm quá tải trọng bị lập biên bản", period=NINE),
    F("từ 10% đến 30%", "10", 10, "percent", "%", value_max=30, optional=True,
      subject="mức vượt tải trọng", period=I(NINE)),
    F("từ trên 30% đến 50%", "30", 30, "percent", "%", value_max=50, approx="over", optional=True,
      subject="mức vượt tải trọng", period=I(NINE)),
    F("trên 50% là", "50", 50, "percent", "%", approx="over", optional=True,
      subject="mức vượt tải trọng", period=I(NINE)),
    F("là 874 xe", "874", 874, "count", "xe", total=1317,
      subject="xe chở vượt tải trọng từ 10% đến 30%", period=I(NINE)),
    F("là 296 xe", "296", 296, "count", "xe", total=1317,
      subject="xe chở vượt tải trọng từ trên 30% đến 50%", period=I(NINE)),
    F("là 147 xe", "147", 147, "count", "xe", total=1317,
      subject="xe chở vượt tải trọng trên 50%", period=I(NINE)),
    F("gần 9,8 tỷ", "9,8", 9.8e9, "money", "đồng", approx="nearly", percent=81.7,
      subject="số tiền xử phạt vi phạm hành chính", period=I(NINE)),
    F("thời hạn 412 trường hợp", "412", 412, "count", "trường hợp",
      subject="trường hợp bị tước giấy phép lái xe có thời hạn", period=I(NINE)),
    F("khoảng 6.540 tấn", "6.540", 6540, "measure", "tấn", approx="about",
      subject="hàng hóa buộc hạ tải", period=I(NINE)),
    F("khoảng 13 tỷ", "13", 13e9, "money", "đồng", approx="about", status="estimate",
      subject="số tiền xử phạt", period=Y24),
    F("khoảng 2.300 lượt", "2.300", 2300, "measure", "lượt xe tải/ngày", approx="about",
      subject="lượt xe tải qua cân bình quân mỗi ngày tại trạm kiểm tra tải trọng xe cố định",
      location="Hoài Nhơn"),
    F("phát hiện 96 xe", "96", 96, "count", "xe", change=C("increase", 18, "xe", "tháng 8"),
      subject="xe quá tải trạm phát hiện", period=SEP, location="Hoài Nhơn"),
    F("hơn 27 tỷ", "27", 27e9, "money", "đồng", approx="over",
      subject="kinh phí sửa chữa đường bị hư hỏng", period=NINE_SHORT),
    F("khoảng 46 km", "46", 46, "measure", "km", approx="about",
      subject="đường bị hư hỏng được sửa chữa", period=NINE_SHORT),
    F("thêm 3.000 lượt", "3.000", 3000, "count", "lượt phương tiện", status="target",
      subject="lượt phương tiện kiểm tra thêm", period=Q4),
    F("dưới 12%", "12", 12, "percent", "%", approx="under", status="target",
      subject="tỷ lệ xe vi phạm", period=Q4),
]

NOTES = [
    "Province portal (Bình Định): load checks and overloaded trucks, 9 months 2024. Breadcrumb, 'Cập nhật: 14/10/2024 15:20 | Lượt xem: 2.418'.",
    "Distractors: time 15:20, view counter 2.418, 'Km 1125+800', Quốc lộ 1 / 19, ĐT638 / ĐT639, hotline 0256.3822.110.",
    "Overload bands '10% đến 30%', 'trên 30% đến 50%', 'trên 50%' name categories (optional). 874+296+147 = 1.317 (Trong đó → total).",
    "The fixed station stands in thị xã Hoài Nhơn: its daily traffic and its September count get location Hoài Nhơn.",
    "Year-less 'tháng 9', 'tháng 8', 'Quý IV', 'Trong 9 tháng' take 2024. The headline's 'trong 9 tháng' takes the year of published.",
    "revised after the first run: unit of 2.300 'lượt xe/ngày' → 'lượt xe tải/ngày' (the text counts 'lượt xe tải'; same phrase as p1172-8).",
]

if __name__ == "__main__":
    write("p1172-1", TEXT, NOTES, FIGS, published="2024-10-14", location="Bình Định")

import sys; sys.path.insert(0, __import__("os").path.dirname(__file__))
from lib import F, P, I, CH, TG, emit

TEXT = """BÁO QUẢNG NINH - CƠ QUAN CỦA ĐẢNG BỘ TỈNH QUẢNG NINH
Xã hội › Đô thị

Hạ Long: Xe đạp điện công cộng hút khách mùa hè

Sau hơn 4 tháng đưa vào khai thác, xe đạp điện công cộng đã trở thành lựa chọn quen thuộc của người dân và du khách khi tham quan TP Hạ Long.

Từ tháng 5 đến hết tháng 8/2023, hệ thống 24 trạm với 240 xe đạp điện dọc đường bao biển Trần Quốc Nghiễn và khu du lịch Bãi Cháy đã phục vụ 68.900 lượt thuê, trong đó khách du lịch chiếm gần 70%. Riêng tháng 7, cao điểm du lịch hè, lượt thuê đạt 24.350 lượt, bình quân hơn 780 lượt/ngày.

Giá thuê là 15.000 đồng/30 phút đầu, từ phút thứ 31 tính thêm 500 đồng/phút; vé ngày có giá 80.000 đồng. Người dùng quét mã QR trên ứng dụng, thanh toán qua ví điện tử hoặc thẻ ngân hàng.

Ông Nguyễn Văn Tuấn, Giám đốc Công ty CP Giao thông xanh Hạ Long, cho biết tổng vốn đầu tư giai đoạn 1 của dự án là 18,5 tỷ đồng, do doanh nghiệp tự bố trí. Doanh thu 4 tháng đạt khoảng 1,2 tỷ đồng; ước cả năm 2023 đạt từ 2,5 đến 2,8 tỷ đồng.

Thời gian tới, thành phố đặt mục tiêu đến năm 2025 mở rộng lên 50 trạm và 500 xe, kết nối Hòn Gai với Bãi Cháy qua cầu Bãi Cháy; đồng thời giảm 20% giá thuê cho học sinh, sinh viên. Các trạm mới sẽ ưu tiên bố trí gần Quốc lộ 18 và các điểm đỗ xe buýt.

MINH HÀ
27/09/2023
"""

SUM = P("Từ tháng 5 đến hết tháng 8/2023", "2023-05-01", "2023-08-31")
JUL = P("tháng 7", "2023-07-01", "2023-07-31")
Y23 = P("cả năm 2023", "2023-01-01", "2023-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("hệ thống 24 trạm", "24", 24, "count", "trạm", "trạm xe đạp điện công cộng", SUM),
    F("với 240 xe", "240", 240, "count", "xe đạp điện", "xe đạp điện công cộng", SUM),
    F("phục vụ 68.900 lượt", "68.900", 68900, "count", "lượt thuê", "lượt thuê xe đạp điện công cộng", SUM),
    F("gần 70%", "70", 70, "percent", "%", "tỷ lệ khách du lịch trong lượt thuê", SUM, approx="nearly"),
    F("đạt 24.350 lượt", "24.350", 24350, "count", "lượt", "lượt thuê", JUL),
    F("hơn 780 lượt/ngày", "780", 780, "measure", "lượt/ngày", "lượt thuê bình quân", JUL, approx="over"),
    F("15.000 đồng/30 phút", "15.000", 15000, "money", "đồng/30 phút", "giá thuê 30 phút đầu"),
    F("thêm 500 đồng/phút", "500", 500, "money", "đồng/phút", "giá thuê tính thêm"),
    F("giá 80.000 đồng", "80.000", 80000, "money", "đồng", "giá vé ngày"),
    F("là 18,5 tỷ đồng", "18,5", 18500000000, "money", "đồng", "tổng vốn đầu tư giai đoạn 1 của dự án"),
    F("khoảng 1,2 tỷ đồng", "1,2", 1200000000, "money", "đồng", "doanh thu 4 tháng", I(SUM), approx="about"),
    F("từ 2,5 đến 2,8 tỷ", "2,5", 2500000000, "money", "đồng", "doanh thu cả năm", Y23, value_max=2800000000,
      status="estimate"),
    F("lên 50 trạm", "50", 50, "count", "trạm", "trạm xe đạp điện công cộng", T25, status="target"),
    F("và 500 xe", "500", 500, "count", "xe", "xe đạp điện công cộng", T25, status="target"),
    F("giảm 20%", "20", 20, "percent", "%", "giá thuê cho học sinh, sinh viên", status="target"),
]

COMMENTS = [
    "Báo Quảng Ninh (Party newspaper; byline 'MINH HÀ' and date '27/09/2023' at the end): xe đạp điện công cộng TP Hạ Long, hè 2023.",
    "Not figures: 'Sau hơn 4 tháng' (duration), 'từ phút thứ 31' (ordinal), 'giai đoạn 1', 'Quốc lộ 18', '/30 phút' denominator, mã QR.",
    "'Doanh thu 4 tháng' gets the May–August period as inherited (the dates stand in another sentence). 'Riêng tháng 7' takes 2023.",
    "'ước cả năm 2023 đạt từ 2,5 đến 2,8 tỷ' → estimate range. 'đặt mục tiêu đến năm 2025 …; đồng thời giảm 20%' → target;",
    "the 20% cut gets no period (whether 'đến năm 2025' governs it is unclear) and is a rate as the claim (percent, no change).",
    "Location Hạ Long (named as TP Hạ Long).",
    "revised: subject of the 20% cut is the indicator 'giá thuê cho học sinh, sinh viên' (was 'giảm giá thuê cho học sinh, sinh viên').",
]

if __name__ == "__main__":
    emit("p733-5", TEXT, COMMENTS, FIGS, published="2023-09-27", location="Hạ Long")

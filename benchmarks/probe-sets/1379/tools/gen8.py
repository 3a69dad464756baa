"""p1379-8: radio/TV site (Đài PT&TH Hải Phòng): all-in wedding services in huyện Thủy Nguyên, a service cooperative."""
from lib import F, period, inherit, change, target, write

TEXT = """ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH HẢI PHÒNG
Thời sự | Kinh tế | Xã hội | Video | Phát thanh trực tuyến

Dịch vụ cưới hỏi trọn gói "hút" khách mùa cưới

09/10/2024 | 19:45 | Minh Châu - Quang Huy

(THP) - Ba năm gần đây, dịch vụ cưới hỏi trọn gói ở huyện Thủy Nguyên phát triển mạnh. Toàn huyện hiện có 38 cơ sở cung cấp rạp cưới, bàn ghế, cổng hoa, ban nhạc, xếp thứ hai trong các quận, huyện của thành phố về số cơ sở dịch vụ cưới.

Hợp tác xã Dịch vụ cưới hỏi Hoàng Gia ở xã Lưu Kiếm thành lập năm 2018 với 7 thành viên, nay đã có 52 lao động thường xuyên. Hợp tác xã sở hữu 25 bộ rạp và 1.500 bộ bàn ghế; vào tháng cao điểm mỗi tháng phục vụ khoảng 90 đám cưới. Gói cưới trọn gói cho 30 mâm có giá từ 45 đến 60 triệu đồng, đã gồm rạp, trang trí, âm thanh và người phục vụ.

Năm 2023, doanh thu của hợp tác xã đạt 6,8 tỷ đồng, lợi nhuận hơn 1,2 tỷ đồng; thu nhập của người lao động 8-12 triệu đồng/người/tháng. 9 tháng đầu năm 2024, doanh thu ước đạt 5,9 tỷ đồng, bằng 78% kế hoạch năm, tăng 21% so với cùng kỳ.

Theo Phòng Kinh tế huyện Thủy Nguyên, dịch vụ cưới hỏi tạo việc làm cho hơn 1.100 lao động; dự kiến năm 2024 doanh thu toàn ngành đạt khoảng 95 tỷ đồng. Huyện đang hỗ trợ hai hợp tác xã xây dựng thương hiệu, hướng tới sản phẩm dịch vụ đạt chuẩn.

Xem thêm:
- Bản tin Thời sự 19h45 ngày 09/10/2024
- Hải Phòng: Lễ hội Hoa Phượng Đỏ 2024

Đường dây nóng: 0225.3842.333 | Lượt xem: 968
"""

Y23 = period("Năm 2023", "2023-01-01", "2023-12-31")
M9 = period("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
Y24 = period("năm 2024", "2024-01-01", "2024-12-31")
HTX = "Hợp tác xã Dịch vụ cưới hỏi Hoàng Gia"

FIGS = [
    F("có 38 cơ sở", "38", 38, "count", "cơ sở",
      subject="cơ sở cung cấp rạp cưới, bàn ghế, cổng hoa, ban nhạc"),
    F("xếp thứ hai", "hai", 2, "rank", "hạng", subject="số cơ sở dịch vụ cưới"),
    F("với 7 thành viên", "7", 7, "count", "thành viên", subject="thành viên khi thành lập hợp tác xã"),
    F("có 52 lao động", "52", 52, "count", "lao động", subject="lao động thường xuyên của hợp tác xã"),
    F("sở hữu 25 bộ", "25", 25, "count", "bộ rạp", subject="bộ rạp hợp tác xã sở hữu"),
    F("và 1.500 bộ", "1.500", 1500, "count", "bộ bàn ghế", subject="bộ bàn ghế hợp tác xã sở hữu"),
    F("khoảng 90 đám", "90", 90, "measure", "đám cưới/tháng", approx="about",
      subject="đám cưới hợp tác xã phục vụ mỗi tháng cao điểm"),
    F("cho 30 mâm", "30", 30, "count", "mâm", subject="quy mô gói cưới trọn gói", optional=True),
    F("từ 45 đến 60", "45", 45e6, "money", "đồng", value_max=60e6, subject="giá gói cưới trọn gói cho 30 mâm"),
    F("đạt 6,8 tỷ", "6,8", 6.8e9, "money", "đồng", subject="doanh thu của hợp tác xã", period=Y23),
    F("hơn 1,2 tỷ", "1,2", 1.2e9, "money", "đồng", approx="over", subject="lợi nhuận của hợp tác xã", period=Y23),
    F("động 8-12 triệu", "8", 8e6, "money", "đồng/người/tháng", value_max=12e6,
      subject="thu nhập của người lao động", period=Y23),
    F("ước đạt 5,9 tỷ", "5,9", 5.9e9, "money", "đồng", status="estimate", percent=78,
      change=change("increase", 21, "%", "cùng kỳ"), subject="doanh thu của hợp tác xã", period=M9),
    F("hơn 1.100 lao động", "1.100", 1100, "count", "lao động", approx="over",
      subject="lao động được dịch vụ cưới hỏi tạo việc làm"),
    F("khoảng 95 tỷ", "95", 95e9, "money", "đồng", approx="about", status="forecast",
      subject="doanh thu toàn ngành dịch vụ cưới hỏi", period=Y24),
    F("hỗ trợ hai hợp", "hai", 2, "count", "hợp tác xã", subject="hợp tác xã được hỗ trợ xây dựng thương hiệu"),
]

NOTES = [
    "Radio/TV site (Đài PT&TH Hải Phòng): menu, '09/10/2024 | 19:45 | Minh Châu - Quang Huy', tag '(THP) -', 'Xem thêm', hotline, 'Lượt xem: 968'.",
    "Distractors: 19:45, 'Ba năm gần đây' (duration), 'thành lập năm 2018', '19h45 ngày 09/10/2024', 'Lễ hội Hoa Phượng Đỏ 2024', phone, Lượt xem.",
    "Location Thủy Nguyên for all (the cooperative is in xã Lưu Kiếm, a commune of the district).",
    "'xếp thứ hai trong các quận, huyện của thành phố về số cơ sở dịch vụ cưới' → rank 2 (number word), subject = the ranked indicator.",
    "'thành lập năm 2018 với 7 thành viên': the founding year is a date, not the period of the count (none given).",
    "'mỗi tháng phục vụ khoảng 90 đám cưới' → rate, measure, đám cưới/tháng. 'Gói cưới trọn gói cho 30 mâm' names the package size: optional.",
    "'từ 45 đến 60 triệu đồng' → money range 45-60 triệu (the multiplier after the second number applies to both).",
    "'ước đạt 5,9 tỷ đồng, bằng 78% kế hoạch năm, tăng 21% so với cùng kỳ' → estimate, percent 78, change 21.",
    "'dự kiến năm 2024 ... khoảng 95 tỷ' → forecast, about. 'Năm 2023' covers the whole sentence (revenue, profit, income after ';').",
]

if __name__ == "__main__":
    write("p1379-8", TEXT, NOTES, FIGS, published="2024-10-09", location="Thủy Nguyên")

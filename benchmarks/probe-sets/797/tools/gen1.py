"""p797-1: province portal (Quảng Ninh) — ship calls, aids to navigation, dredging, maritime incidents, H1/2024."""
from lib import F, change, period, inherit, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế - Xã hội
Cảng biển Quảng Ninh: 6 tháng đón hơn 9.800 lượt tàu ra vào
Cập nhật: 12/07/2024 09:45 | Lượt xem: 2.316

Theo Cảng vụ Hàng hải Quảng Ninh, 6 tháng đầu năm 2024 có 9.846 lượt tàu thuyền ra vào các cảng biển trên địa bàn tỉnh, tăng 7,2% so với cùng kỳ năm 2023; trong đó tàu nước ngoài 1.912 lượt. Sản lượng hàng hóa thông qua ước đạt 31,6 triệu tấn, bằng 52,7% kế hoạch năm.

Hiện nay, Xí nghiệp Bảo đảm an toàn hàng hải Đông Bắc Bộ đang quản lý, vận hành 6 tuyến luồng hàng hải với tổng chiều dài khoảng 118 km; hệ thống báo hiệu trên các tuyến luồng có 142 phao và 9 đèn biển. Từ đầu năm đến nay, đơn vị đã bảo dưỡng, thay thế 37 phao, điều chỉnh 12 lượt phao bị trôi, lệch vị trí sau các đợt gió mùa; tỷ lệ báo hiệu hoạt động ổn định đạt 99,6%.

Trên luồng Hòn Gai - Cái Lân, từ tháng 3 đến tháng 5/2024, chủ đầu tư đã nạo vét duy tu khoảng 420.000 m3 bùn cát với kinh phí 38,5 tỷ đồng, đưa độ sâu luồng về 10 m, bảo đảm cho tàu trọng tải đến 50.000 DWT ra vào an toàn. Luồng Cẩm Phả đang được nạo vét với khối lượng dự kiến 650.000 m3, hoàn thành trong quý III/2024.

Công tác tìm kiếm, cứu nạn cũng được triển khai kịp thời. Trong 6 tháng, Cảng vụ đã phối hợp xử lý 14 vụ sự cố hàng hải, giảm 3 vụ so với cùng kỳ; cứu 53 thuyền viên và 9 phương tiện, không để xảy ra thiệt hại về người.

Năm 2024, tỉnh phấn đấu sản lượng hàng hóa thông qua cảng biển đạt 60 triệu tấn, số lượt tàu ra vào tăng từ 10% trở lên.

Đường dây nóng của Cảng vụ Hàng hải Quảng Ninh: 0203.3825.612; địa chỉ: số 2 đường Cái Lân, phường Bãi Cháy, TP Hạ Long.
"""

H1 = period("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
YTD = period("Từ đầu năm đến nay", "2024-01-01", "2024-07-12")
SPRING = period("từ tháng 3 đến tháng 5/2024", "2024-03-01", "2024-05-31")

FIGS = [
    F("6 tháng đón hơn 9.800 lượt tàu", "9.800", 9800, "count", "lượt tàu", "lượt tàu ra vào cảng biển",
      period("6 tháng", "2024-01-01", "2024-06-30"), approx="over"),
    F("có 9.846 lượt tàu thuyền", "9.846", 9846, "count", "lượt tàu thuyền",
      "lượt tàu thuyền ra vào các cảng biển", H1,
      change=change("increase", 7.2, "%", "cùng kỳ năm 2023")),
    F("tàu nước ngoài 1.912 lượt", "1.912", 1912, "count", "lượt", "lượt tàu nước ngoài ra vào cảng biển", H1,
      total=9846),
    F("ước đạt 31,6 triệu tấn", "31,6", 31.6e6, "measure", "tấn", "sản lượng hàng hóa thông qua", inherit(H1),
      percent=52.7, status="estimate"),
    F("vận hành 6 tuyến luồng", "6", 6, "count", "tuyến luồng", "tuyến luồng hàng hải do Xí nghiệp quản lý, vận hành"),
    F("khoảng 118 km", "118", 118, "measure", "km", "tổng chiều dài các tuyến luồng", approx="about"),
    F("có 142 phao", "142", 142, "count", "phao", "phao báo hiệu trên các tuyến luồng"),
    F("9 đèn biển", "9", 9, "count", "đèn biển", "đèn biển trên các tuyến luồng"),
    F("thay thế 37 phao", "37", 37, "count", "phao", "phao được bảo dưỡng, thay thế", YTD),
    F("điều chỉnh 12 lượt phao", "12", 12, "count", "lượt phao", "lượt điều chỉnh phao bị trôi, lệch vị trí", YTD),
    F("đạt 99,6%", "99,6", 99.6, "percent", "%", "tỷ lệ báo hiệu hoạt động ổn định", YTD),
    F("khoảng 420.000 m3", "420.000", 420000, "measure", "m3", "khối lượng nạo vét duy tu luồng Hòn Gai - Cái Lân",
      SPRING, approx="about"),
    F("kinh phí 38,5 tỷ đồng", "38,5", 38.5e9, "money", "đồng", "kinh phí nạo vét duy tu luồng Hòn Gai - Cái Lân",
      SPRING),
    F("độ sâu luồng về 10 m", "10", 10, "measure", "m", "độ sâu luồng Hòn Gai - Cái Lân"),
    F("đến 50.000 DWT", "50.000", 50000, "measure", "DWT", "trọng tải tàu ra vào luồng Hòn Gai - Cái Lân",
      approx="at_most", optional=True),
    F("dự kiến 650.000 m3", "650.000", 650000, "measure", "m3", "khối lượng nạo vét luồng Cẩm Phả",
      status="forecast"),
    F("xử lý 14 vụ", "14", 14, "count", "vụ", "vụ sự cố hàng hải được phối hợp xử lý",
      period("Trong 6 tháng", "2024-01-01", "2024-06-30"),
      change=change("decrease", 3, "vụ", "cùng kỳ")),
    F("cứu 53 thuyền viên", "53", 53, "count", "thuyền viên", "thuyền viên được cứu",
      period("Trong 6 tháng", "2024-01-01", "2024-06-30")),
    F("53 thuyền viên và 9 phương tiện", "9", 9, "count", "phương tiện", "phương tiện được cứu",
      period("Trong 6 tháng", "2024-01-01", "2024-06-30")),
    F("đạt 60 triệu tấn", "60", 60e6, "measure", "tấn", "sản lượng hàng hóa thông qua cảng biển",
      period("Năm 2024", "2024-01-01", "2024-12-31"), status="target"),
    F("tăng từ 10% trở lên", "10", 10, "percent", "%", "tốc độ tăng số lượt tàu ra vào",
      period("Năm 2024", "2024-01-01", "2024-12-31"), approx="at_least", status="target"),
]

NOTES = [
    "Cổng TTĐT tỉnh Quảng Ninh: Cảng vụ Hàng hải Quảng Ninh — ship calls, cargo, aids to navigation, dredging, incidents, H1/2024.",
    "Headline '6 tháng' takes 2024 from the dateline (nothing dated stands before it). 'Từ đầu năm đến nay' ends at the dateline.",
    "'Hiện nay' figures (luồng, phao, đèn biển) carry no period. The depth '10 m' after dredging carries no period (a state, not a flow).",
    "'tàu trọng tải đến 50.000 DWT' is the channel's design class: optional. '1.912 lượt' follows 'trong đó' after 9.846 (same thing).",
    "'tăng từ 10% trở lên' is a target growth rate standing as the claim: a percent figure, approx at_least, no change.",
    "Distractors: Lượt xem 2.316, 09:45, phone 0203.3825.612, 'số 2 đường Cái Lân', 'quý III/2024' (completion date).",
]

if __name__ == "__main__":
    write(1, TEXT, "2024-07-12", "Quảng Ninh", NOTES, FIGS)

"""p1328-2: district portal (huyện Cần Giuộc, Long An): free water meters and household connections, plant load, pipes, price."""
from lib import F, period, inherit, change, target, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN CẦN GIUỘC - TỈNH LONG AN
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Kinh tế | Thông báo

Hơn 1.900 hộ dân được hỗ trợ lắp đặt đồng hồ nước miễn phí
20/05/2024 - 10:30

Từ đầu năm đến nay, Công ty TNHH Cấp nước Phước An đã hỗ trợ lắp đặt miễn phí đồng hồ nước cho 1.926 hộ dân trên địa bàn huyện Cần Giuộc, gồm 1.104 hộ tại xã Phước Lại, 512 hộ tại xã Long Hậu và 310 hộ tại xã Tân Tập. Mỗi bộ đồng hồ và đường ống nhánh có giá khoảng 2,5 triệu đồng; tổng kinh phí hỗ trợ gần 4,8 tỷ đồng.

Sau đợt đấu nối, tỷ lệ hộ dân trong huyện sử dụng nước sạch từ hệ thống cấp nước tập trung đạt 91,4%, cao hơn 3,2% so với cuối năm 2023.

Nhà máy nước Phước An tại Khu công nghiệp Long Hậu 3 có công suất thiết kế 30.000 m3/ngày đêm, hiện khai thác khoảng 21.500 m3/ngày đêm, đạt khoảng 72% công suất thiết kế. Công ty đã lắp đặt hơn 46 km đường ống, trong đó 18,5 km tuyến ống chính HDPE PN10. Giá nước sinh hoạt hộ dân đang áp dụng là 9.300 đồng/m3, không thay đổi so với năm 2023.

Năm 2024, huyện phấn đấu có thêm 2.500 hộ sử dụng nước sạch; đến năm 2025, 100% hộ dân khu vực nông thôn được cấp nước sạch từ hệ thống tập trung.

Người dân có nhu cầu đấu nối liên hệ đường dây nóng 0272.3873.456 hoặc Văn phòng Công ty tại số 215 Quốc lộ 50, thị trấn Cần Giuộc.

Nguồn: Phòng Kinh tế và Hạ tầng huyện
Tin khác:
- Cần Giuộc ra quân Tháng hành động vì môi trường năm 2024
- Kết quả kỳ họp thứ 14 HĐND huyện khóa XII
"""

YTD = period("Từ đầu năm đến nay", "2024-01-01", "2024-05-20")
Y24 = period("Năm 2024", "2024-01-01", "2024-12-31")
T25 = period("đến năm 2025", None, "2025-12-31")
SUBJ = "hộ dân được hỗ trợ lắp đặt miễn phí đồng hồ nước"

FIGS = [
    F("Hơn 1.900 hộ", "1.900", 1900, "count", "hộ dân", "hộ dân được hỗ trợ lắp đặt đồng hồ nước miễn phí",
      approx="over"),
    F("cho 1.926 hộ", "1.926", 1926, "count", "hộ dân", SUBJ, YTD),
    F("gồm 1.104 hộ", "1.104", 1104, "count", "hộ", SUBJ, YTD, total=1926),
    F("512 hộ tại", "512", 512, "count", "hộ", SUBJ, YTD, total=1926),
    F("và 310 hộ", "310", 310, "count", "hộ", SUBJ, YTD, total=1926),
    F("khoảng 2,5 triệu", "2,5", 2.5e6, "money", "đồng/bộ", "giá mỗi bộ đồng hồ và đường ống nhánh", approx="about"),
    F("gần 4,8 tỷ", "4,8", 4.8e9, "money", "đồng", "tổng kinh phí hỗ trợ", inherit(YTD), approx="nearly"),
    F("đạt 91,4%", "91,4", 91.4, "percent", "%", "tỷ lệ hộ dân sử dụng nước sạch từ hệ thống cấp nước tập trung",
      change=change("increase", 3.2, "%", "cuối năm 2023")),
    F("kế 30.000 m3", "30.000", 30000, "measure", "m3/ngày đêm", "công suất thiết kế Nhà máy nước Phước An"),
    F("khoảng 21.500 m3", "21.500", 21500, "measure", "m3/ngày đêm", "công suất khai thác Nhà máy nước Phước An",
      approx="about", percent=72),
    F("hơn 46 km", "46", 46, "measure", "km", "đường ống công ty đã lắp đặt", approx="over"),
    F("18,5 km", "18,5", 18.5, "measure", "km", "tuyến ống chính HDPE PN10", total=46),
    F("là 9.300 đồng", "9.300", 9300, "money", "đồng/m3", "giá nước sinh hoạt hộ dân đang áp dụng"),
    F("thêm 2.500 hộ", "2.500", 2500, "count", "hộ", "hộ sử dụng nước sạch có thêm", Y24, status="target"),
    F("100% hộ dân", "100", 100, "percent", "%", "hộ dân khu vực nông thôn được cấp nước sạch từ hệ thống tập trung", T25,
      status="target"),
]

NOTES = [
    "District portal (huyện Cần Giuộc, Long An): banner naming the district, menu, '20/05/2024 - 10:30' under the headline, source, 'Tin khác'.",
    "Distractors: 10:30, 'Khu công nghiệp Long Hậu 3', 'HDPE PN10', hotline 0272.3873.456, 'số 215 Quốc lộ 50', 'kỳ họp thứ 14', 'khóa XII'.",
    "'Từ đầu năm đến nay' ends at the dateline (2024-05-20). The three commune counts follow 'gồm' and add up to 1.926 → total.",
    "Communes are below the spec's place levels (province, city, district), so the commune items keep the district as location",
    "and the list's indicator as subject. 'Mỗi bộ … khoảng 2,5 triệu đồng' is a unit price (đồng/bộ); the 4,8 tỷ inherits the period.",
    "'đạt khoảng 72% công suất thiết kế' is the share of 21.500 (attribute). '18,5 km' follows 'trong đó' after 46 km → total 46.",
    "'cao hơn 3,2% so với cuối năm 2023' → change of the 91,4% level. 'không thay đổi so với năm 2023' has no number.",
]

if __name__ == "__main__":
    write("p1328-2", TEXT, NOTES, FIGS, published="2024-05-20", location="Cần Giuộc")

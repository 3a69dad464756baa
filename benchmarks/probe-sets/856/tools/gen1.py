"""p856-1: Hà Nội province portal, free motorbike emission checks, 9 months 2024."""
from lib import F, P, I, C, write, main

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế - Xã hội
Cập nhật: 18/10/2024 09:45 | Lượt xem: 2.317

Hà Nội: Hơn 12 nghìn lượt xe máy được đo khí thải miễn phí trong 9 tháng

Chương trình đo kiểm khí thải xe máy miễn phí theo Kế hoạch số 226/KH-UBND của UBND thành phố được triển khai tại 20 điểm đo cố định thuộc 12 quận nội thành.

Theo Sở Tài nguyên và Môi trường, trong 9 tháng đầu năm 2024, các điểm đo đã kiểm tra 12.438 lượt xe máy, tăng 27,4% so với cùng kỳ năm 2023. Trong đó, 10.917 lượt xe đạt tiêu chuẩn khí thải, chiếm 87,8%; 1.521 lượt xe không đạt, tập trung ở nhóm xe sử dụng trên 10 năm.

Kết quả đo cho thấy tỷ lệ không đạt ở nhóm xe đăng ký trước năm 2008 lên tới 31,2%, trong khi ở nhóm xe đăng ký từ năm 2016 trở lại đây chỉ là 8,1%. Như vậy, xe cũ có tỷ lệ không đạt gấp gần 4 lần xe mới. Nồng độ CO trung bình của các xe không đạt là 5,3%, vượt ngưỡng cho phép 4,5%.

Hiện toàn thành phố có khoảng 6,9 triệu xe máy đang lưu hành, trong đó khoảng 1,2 triệu xe đã sử dụng trên 15 năm. Theo kết quả kiểm kê phát thải, xe máy đóng góp khoảng 58% lượng bụi mịn PM2.5 và gần 90% lượng khí CO từ hoạt động giao thông trên địa bàn.

Năm 2025, thành phố phấn đấu mở rộng lên 40 điểm đo và kiểm tra tối thiểu 30.000 lượt xe; kinh phí dự kiến khoảng 3,6 tỷ đồng, tương đương bình quân 120.000 đồng/lượt đo. Người dân có nhu cầu đo miễn phí liên hệ đường dây nóng 024.3825.6789 hoặc đăng ký trên ứng dụng iHanoi.
"""

NINE = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
Y2025 = P("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("Hơn 12 nghìn lượt xe máy", "12", 12000, "count", "lượt xe máy", approx="over",
      subject="lượt xe máy được đo khí thải miễn phí",
      period=P("trong 9 tháng", "2024-01-01", "2024-09-30")),
    F("tại 20 điểm đo", "20", 20, "count", "điểm đo", subject="điểm đo kiểm khí thải xe máy cố định"),
    F("thuộc 12 quận", "12", 12, "count", "quận", subject="quận nội thành triển khai đo kiểm khí thải"),
    F("kiểm tra 12.438 lượt xe máy", "12.438", 12438, "count", "lượt xe máy",
      change=C("increase", 27.4, baseline="cùng kỳ năm 2023"),
      subject="lượt xe máy được kiểm tra khí thải", period=NINE),
    F("10.917 lượt xe", "10.917", 10917, "count", "lượt xe", total=12438, percent=87.8,
      subject="lượt xe đạt tiêu chuẩn khí thải", period=I(NINE)),
    F("1.521 lượt xe", "1.521", 1521, "count", "lượt xe", total=12438,
      subject="lượt xe không đạt tiêu chuẩn khí thải", period=I(NINE)),
    F("sử dụng trên 10 năm", "10", 10, "measure", "năm", approx="over", optional=True),
    F("lên tới 31,2%", "31,2", 31.2, "percent", "%",
      subject="tỷ lệ không đạt khí thải ở nhóm xe đăng ký trước năm 2008"),
    F("chỉ là 8,1%", "8,1", 8.1, "percent", "%",
      subject="tỷ lệ không đạt khí thải ở nhóm xe đăng ký từ năm 2016"),
    F("gấp gần 4 lần", "4", 4, "multiple", "lần", approx="nearly",
      subject="tỷ lệ không đạt của xe cũ so với xe mới"),
    F("là 5,3%", "5,3", 5.3, "percent", "%", subject="nồng độ CO trung bình của các xe không đạt"),
    F("ngưỡng cho phép 4,5%", "4,5", 4.5, "percent", "%", subject="ngưỡng nồng độ CO cho phép", optional=True),
    F("khoảng 6,9 triệu xe máy", "6,9", 6900000, "count", "xe máy", approx="about",
      subject="xe máy đang lưu hành"),
    F("khoảng 1,2 triệu xe", "1,2", 1200000, "count", "xe", approx="about", total=6900000,
      subject="xe máy đã sử dụng trên 15 năm"),
    F("sử dụng trên 15 năm", "15", 15, "measure", "năm", approx="over", optional=True),
    F("khoảng 58%", "58", 58, "percent", "%", approx="about",
      subject="tỷ lệ đóng góp của xe máy vào lượng bụi mịn PM2.5 từ giao thông"),
    F("gần 90%", "90", 90, "percent", "%", approx="nearly",
      subject="tỷ lệ đóng góp của xe máy vào lượng khí CO từ giao thông"),
    F("lên 40 điểm đo", "40", 40, "count", "điểm đo", status="target",
      subject="điểm đo kiểm khí thải xe máy", period=Y2025),
    F("tối thiểu 30.000 lượt xe", "30.000", 30000, "count", "lượt xe", approx="at_least", status="target",
      subject="lượt xe máy được kiểm tra khí thải", period=Y2025),
    F("khoảng 3,6 tỷ đồng", "3,6", 3600000000, "money", "đồng", approx="about", status="forecast",
      subject="kinh phí đo kiểm khí thải xe máy", period=Y2025),
    F("120.000 đồng/lượt đo", "120.000", 120000, "money", "đồng/lượt đo", status="forecast",
      subject="kinh phí bình quân mỗi lượt đo", period=Y2025),
]

NOTES = [
    "Hà Nội portal: free motorbike emission checks, 9 months 2024; 2025 targets.",
    "Distractors: Lượt xem 2.317, Kế hoạch số 226/KH-UBND, năm 2008/2016 (categories), PM2.5, hotline 024.3825.6789.",
    "Headline '9 tháng' has no year: 2024 from the dateline. 'trên 10/15 năm' are category thresholds (optional);",
    "'ngưỡng cho phép 4,5%' is a threshold, not a target of 5,3% (optional). 'gấp gần 4 lần' stands as its own claim.",
    "Sentences without a period phrase (31,2%, 8,1%, 'Hiện ...') get no period.",
]


def build():
    return write("p856-1", TEXT, NOTES, FIGS, published="2024-10-18", location="Hà Nội")


if __name__ == "__main__":
    main(build)

"""p883-6: national newspaper, wedding-banquet centres in TP HCM and the national wedding market (Jan 2025)."""
from lib import F, P, I, C, T, write

TEXT = """Kinh doanh › Dịch vụ

Thứ hai, 6/1/2025, 07:30 (GMT+7)

Giá tiệc cưới ở TP HCM tăng, nhà hàng vẫn kín lịch

Mùa cưới cuối năm 2024, nhiều trung tâm tiệc cưới lớn tại TP HCM báo doanh thu tăng mạnh dù giá mỗi bàn tiệc đã tăng 8-12% so với năm trước.

Tại một chuỗi trung tâm hội nghị tiệc cưới có 7 cơ sở ở quận 1, quận 3, quận Phú Nhuận và TP Thủ Đức, quý IV/2024 đơn vị phục vụ hơn 1.900 tiệc, doanh thu ước đạt 620 tỷ đồng, tăng 17% so với cùng kỳ. Cả năm 2024, doanh thu của chuỗi đạt 1.850 tỷ đồng, vượt 5% kế hoạch. Giá bàn tiệc 10 người tại đây dao động 6,5-12 triệu đồng/bàn, tùy thực đơn và sảnh.

Theo Hiệp hội Du lịch TP HCM, thành phố có khoảng 450 nhà hàng, trung tâm tiệc cưới, trong đó gần 60 trung tâm có sức chứa trên 1.000 khách. Mỗi năm TP HCM có khoảng 75.000 cặp đăng ký kết hôn, đứng thứ nhất cả nước; chi phí trung bình một đám cưới khoảng 350 triệu đồng.

Trên cả nước, quy mô thị trường dịch vụ cưới năm 2024 ước khoảng 3 tỷ USD, trong đó dịch vụ tiệc chiếm gần 60%. Khoảng 45% cặp đôi đã dùng thiệp cưới điện tử hoặc mã QR mừng cưới, so với 18% năm 2021.

Ông Trần Minh Quân, giám đốc một trung tâm tiệc cưới trên đường Nguyễn Văn Trỗi, cho biết lượng đặt tiệc tháng 12/2024 gấp 1,6 lần tháng 6. Doanh nghiệp dự kiến năm 2025 mở thêm 2 sảnh, nâng sức chứa lên 3.200 khách.

Ngọc Anh
"""

Q4 = P("quý IV/2024", "2024-10-01", "2024-12-31")
Y24 = P("Cả năm 2024", "2024-01-01", "2024-12-31")
N24 = P("năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")
VN = "Việt Nam"

FIGS = [
    F("tăng 8-12%", "8", 8, "percent", "%", "giá mỗi bàn tiệc tăng so với năm trước", value_max=12),
    F("có 7 cơ sở", "7", 7, "count", "cơ sở", "cơ sở của chuỗi trung tâm hội nghị tiệc cưới"),
    F("hơn 1.900 tiệc", "1.900", 1900, "count", "tiệc", "tiệc đơn vị phục vụ", Q4, approx="over"),
    F("ước đạt 620 tỷ đồng", "620", 620000000000, "money", "đồng", "doanh thu", Q4, status="estimate",
      change=C("increase", 17, "%", "cùng kỳ")),
    F("đạt 1.850 tỷ đồng", "1.850", 1850000000000, "money", "đồng", "doanh thu của chuỗi", Y24,
      change=C("increase", 5, "%", "kế hoạch")),
    F("bàn tiệc 10 người", "10", 10, "count", "người", "người mỗi bàn tiệc", optional=True),
    F("6,5-12 triệu đồng/bàn", "6,5", 6500000, "money", "đồng/bàn", "giá bàn tiệc 10 người", value_max=12000000),
    F("khoảng 450 nhà hàng", "450", 450, "count", "nhà hàng", "nhà hàng, trung tâm tiệc cưới", approx="about"),
    F("gần 60 trung tâm", "60", 60, "count", "trung tâm", "trung tâm có sức chứa trên 1.000 khách", approx="nearly",
      total=450),
    F("trên 1.000 khách", "1.000", 1000, "count", "khách", "sức chứa", approx="over", optional=True),
    F("khoảng 75.000 cặp", "75.000", 75000, "count", "cặp", "cặp đăng ký kết hôn mỗi năm", approx="about"),
    F("đứng thứ nhất", "nhất", 1, "rank", "hạng", "số cặp đăng ký kết hôn"),
    F("khoảng 350 triệu đồng", "350", 350000000, "money", "đồng", "chi phí trung bình một đám cưới", approx="about"),
    F("ước khoảng 3 tỷ USD", "3", 3000000000, "money", "USD", "quy mô thị trường dịch vụ cưới", N24, approx="about",
      status="estimate", location=VN),
    F("chiếm gần 60%", "60", 60, "percent", "%", "dịch vụ tiệc trong thị trường dịch vụ cưới", N24, approx="nearly",
      status="estimate", location=VN),
    F("Khoảng 45% cặp đôi", "45", 45, "percent", "%", "cặp đôi dùng thiệp cưới điện tử hoặc mã QR mừng cưới",
      approx="about", location=VN),
    F("so với 18% năm 2021", "18", 18, "percent", "%", "cặp đôi dùng thiệp cưới điện tử hoặc mã QR mừng cưới",
      P("năm 2021", "2021-01-01", "2021-12-31"), location=VN),
    F("gấp 1,6 lần", "1,6", 1.6, "multiple", "lần", "lượng đặt tiệc tháng 12/2024 so với tháng 6",
      P("tháng 12/2024", "2024-12-01", "2024-12-31")),
    F("thêm 2 sảnh", "2", 2, "count", "sảnh", "sảnh mở thêm", Y25, status="forecast"),
    F("lên 3.200 khách", "3.200", 3200, "count", "khách", "sức chứa", Y25, status="forecast"),
]

NOTES = [
    "National newspaper (Kinh doanh): trung tâm tiệc cưới ở TP HCM; national wedding market. Dateline 'Thứ hai, 6/1/2025, 07:30 (GMT+7)'.",
    "Not figures: 'quận 1', 'quận 3' (district names), 'đường Nguyễn Văn Trỗi', '07:30', 'Mùa cưới cuối năm 2024' (a season), 'tháng 6'.",
    "'giá ... đã tăng 8-12%' (no base amount) is a percent figure without change. 'vượt 5% kế hoạch' is a change with baseline kế hoạch.",
    "'(bàn tiệc) 10 người' and the threshold 'trên 1.000 khách' are optional. 'đứng thứ nhất cả nước' is rank 1 of TP HCM.",
    "'ước khoảng 3 tỷ USD, trong đó dịch vụ tiệc chiếm gần 60%': the share continues the estimate clause (estimate) and has no",
    "amount of its own, so it is a percent figure. '18% năm 2021' is the earlier level, a figure of its own (no change on 45%).",
]

if __name__ == "__main__":
    write("p883-6", TEXT, NOTES, FIGS, published="2025-01-06", location="TP Hồ Chí Minh")

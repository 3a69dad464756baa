"""p1452-8: radio/TV site (Đài PT-TH Thanh Hóa): candle exporters race for Christmas orders, 6 months 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH THANH HÓA
Thời sự | Kinh tế | Xã hội | Video | Phát thanh

Doanh nghiệp sản xuất nến tăng tốc đơn hàng Giáng sinh

Thứ Năm, 27/06/2024 - 17:45

(TTV) - Những tháng giữa năm là thời điểm các doanh nghiệp sản xuất nến trên địa bàn tỉnh dồn sức hoàn thành đơn hàng Giáng sinh cho thị trường châu Âu và Bắc Mỹ.

Tại Công ty TNHH Nến Nghệ thuật Hoàng Gia ở Khu công nghiệp Lễ Môn, TP Thanh Hóa, gần 900 công nhân làm việc 2 ca mỗi ngày. 6 tháng đầu năm, công ty xuất khẩu 640 container nến, doanh thu đạt 14,6 triệu USD, tăng 21% so với cùng kỳ và bằng 52% kế hoạch năm. Riêng tháng 6, công ty xuất 135 container. Đơn hàng đã ký đến cuối năm đạt khoảng 26 triệu USD.

Bà Trịnh Thị Lan, Phó Giám đốc công ty cho biết, hai năm gần đây công ty đầu tư 3 dây chuyền tạo hình bằng khuôn silicon với tổng vốn khoảng 45 tỷ đồng, giúp năng suất tăng khoảng 35%. Dự kiến trong quý III, công ty tuyển thêm 150-200 lao động, mức lương khởi điểm 7,5 triệu đồng/người/tháng.

Theo Sở Công Thương, toàn tỉnh có 7 doanh nghiệp sản xuất nến xuất khẩu, giải quyết việc làm cho gần 3.500 lao động. 6 tháng đầu năm 2024, giá trị xuất khẩu nến ước đạt 41,2 triệu USD, tăng 16,5% so với cùng kỳ năm 2023, chiếm 1,8% kim ngạch xuất khẩu của tỉnh.

Do sử dụng nhiều sáp, tinh dầu dễ cháy, thời gian qua Công an tỉnh đã kiểm tra an toàn phòng cháy, chữa cháy tại 7/7 doanh nghiệp sản xuất nến, yêu cầu khắc phục 12 tồn tại.

Minh Tuấn - Hải Yến (TTV)

Đài PT-TH Thanh Hóa. Địa chỉ: 47 Đại lộ Lê Lợi, TP Thanh Hóa. Đường dây nóng: 0237.3852.000
"""

H6 = per("6 tháng đầu năm", "2024-01-01", "2024-06-30")
H6Y = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
T6 = per("Riêng tháng 6", "2024-06-01", "2024-06-30")
Q3 = per("quý III", "2024-07-01", "2024-09-30")
HG = "Công ty TNHH Nến Nghệ thuật Hoàng Gia"

FIGS = [
    fig("gần 900 công nhân", "900", 900, "count", "công nhân", approx="nearly", subject="công nhân của công ty"),
    fig("làm việc 2 ca", "2", 2, "measure", "ca/ngày", subject="ca làm việc mỗi ngày", optional=True),
    fig("khẩu 640 container", "640", 640, "count", "container", subject="container nến công ty xuất khẩu",
        period=H6),
    fig("đạt 14,6 triệu", "14,6", 14.6e6, "money", "USD", percent=52,
        change=chg("increase", 21, "%", "cùng kỳ"), subject="doanh thu của công ty", period=H6),
    fig("xuất 135 container", "135", 135, "count", "container", subject="container công ty xuất",
        period=T6),
    fig("khoảng 26 triệu", "26", 26e6, "money", "USD", approx="about", subject="đơn hàng đã ký đến cuối năm"),
    fig("đầu tư 3 dây chuyền", "3", 3, "count", "dây chuyền",
        subject="dây chuyền tạo hình bằng khuôn silicon công ty đầu tư"),
    fig("khoảng 45 tỷ", "45", 45e9, "money", "đồng", approx="about", subject="tổng vốn đầu tư dây chuyền"),
    fig("khoảng 35%", "35", 35, "percent", "%", approx="about", subject="năng suất"),
    fig("150-200 lao động", "150", 150, "count", "lao động", value_max=200, status="forecast",
        subject="lao động công ty tuyển thêm", period=Q3),
    fig("khởi điểm 7,5 triệu", "7,5", 7.5e6, "money", "đồng/người/tháng", status="forecast",
        subject="mức lương khởi điểm", period=Q3),
    fig("có 7 doanh nghiệp", "7", 7, "count", "doanh nghiệp", subject="doanh nghiệp sản xuất nến xuất khẩu"),
    fig("gần 3.500 lao động", "3.500", 3500, "count", "lao động", approx="nearly",
        subject="lao động các doanh nghiệp sản xuất nến xuất khẩu giải quyết việc làm"),
    fig("ước đạt 41,2 triệu", "41,2", 41.2e6, "money", "USD", status="estimate", percent=1.8,
        change=chg("increase", 16.5, "%", "cùng kỳ năm 2023"), subject="giá trị xuất khẩu nến", period=H6Y),
    fig("7/7 doanh nghiệp", "7", 7, "count", "doanh nghiệp", total=7,
        subject="doanh nghiệp sản xuất nến được kiểm tra an toàn phòng cháy, chữa cháy"),
    fig("khắc phục 12 tồn tại", "12", 12, "count", "tồn tại", subject="tồn tại yêu cầu khắc phục"),
]

NOTES = [
    "Radio/TV site (Đài PT-TH Thanh Hóa, tag '(TTV) -'): 'Thứ Năm, 27/06/2024 - 17:45' is the dateline.",
    "Distractors: 17:45, 'Khu công nghiệp Lễ Môn', 'hai năm gần đây' (a duration), 'quý III' (a period), '47 Đại lộ Lê Lợi',",
    "hotline 0237.3852.000, menu items.",
    "Location Thanh Hóa throughout: 'TP Thanh Hóa' of the firm reduces to the same place as the province.",
    "Year-less '6 tháng đầu năm', 'Riêng tháng 6', 'quý III' take 2024 from the dateline.",
    "'tăng 21% so với cùng kỳ và bằng 52% kế hoạch năm' → change 21% and percent 52 on 14,6 triệu USD.",
    "'2 ca mỗi ngày' is a work pattern, optional (a careful annotator may or may not count it).",
    "'Đơn hàng đã ký đến cuối năm' is an order book, not a period phrase of the spec: no period.",
    "'giúp năng suất tăng khoảng 35%' → growth rate as the claim, percent, about. 'Dự kiến trong quý III' governs the",
    "hiring clause and the wage clause that continues it → forecast. '7/7 doanh nghiệp' → 7 of 7 (total 7).",
]

if __name__ == "__main__":
    write("p1452-8", TEXT, NOTES, FIGS, published="2024-06-27", location="Thanh Hóa")

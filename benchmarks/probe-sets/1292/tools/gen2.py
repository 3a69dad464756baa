"""p1292-2: district portal (huyện Diễn Châu, Nghệ An): Bến xe khách Diễn Châu, 6 months of 2024."""
from lib import F, period, inherit, change, target, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN DIỄN CHÂU - TỈNH NGHỆ AN
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Liên hệ

Bến xe khách Diễn Châu: 6 tháng đầu năm đón gần 95 nghìn lượt khách

12/07/2024 - 08:45

Bến xe khách Diễn Châu tại thị trấn Diễn Châu do Công ty cổ phần Vận tải và Dịch vụ Hoàng Châu quản lý, khai thác, là bến xe loại 3 với diện tích khoảng 8.600 m2. Hiện bến có 42 tuyến vận tải hành khách cố định, gồm 35 tuyến liên tỉnh và 7 tuyến nội tỉnh, với 126 phương tiện của 23 doanh nghiệp, hợp tác xã tham gia khai thác.

6 tháng đầu năm 2024, bến đã tổ chức cho 11.870 lượt xe xuất bến, tăng 4,2% so với cùng kỳ năm 2023; vận chuyển 94.650 lượt hành khách, bằng 52,6% kế hoạch năm. Bình quân mỗi ngày có khoảng 65 lượt xe xuất bến. Doanh thu 6 tháng của đơn vị ước đạt 3,46 tỷ đồng. Thu nhập bình quân của người lao động đạt 8,2 triệu đồng/người/tháng.

Theo ông Phan Đức Lương, Giám đốc công ty, dịp hè năm nay bến dự kiến bố trí thêm 15-20 xe tăng cường mỗi ngày cho các tuyến đi Hà Nội, Bắc Ninh, TP Hồ Chí Minh. Hiện bến đã lắp đặt 16 camera giám sát, đưa vào sử dụng phần mềm bán vé điện tử; tỷ lệ hành khách mua vé trực tuyến đạt gần 18%.

UBND huyện đề nghị đơn vị phối hợp với Công an huyện kiểm soát chặt xe dù, bến cóc trên Quốc lộ 1A và Quốc lộ 7, phấn đấu cả năm 2024 vận chuyển trên 180.000 lượt hành khách.

Tin khác:
- Diễn Châu: Ra quân lập lại trật tự hành lang an toàn giao thông
- Sơ kết công tác 6 tháng đầu năm của Ban An toàn giao thông huyện

Địa chỉ: Khối 4, thị trấn Diễn Châu, huyện Diễn Châu, tỉnh Nghệ An. Điện thoại: 0238.3862.145
"""

H1 = period("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1_HEAD = period("6 tháng đầu năm", "2024-01-01", "2024-06-30")
H1_SHORT = period("6 tháng", "2024-01-01", "2024-06-30")
YEAR = period("cả năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("gần 95 nghìn", "95", 95e3, "count", "lượt khách", approx="nearly",
      subject="lượt khách Bến xe khách Diễn Châu đón", period=H1_HEAD),
    F("khoảng 8.600 m2", "8.600", 8600, "measure", "m2", approx="about",
      subject="diện tích bến xe khách Diễn Châu"),
    F("có 42 tuyến", "42", 42, "count", "tuyến",
      subject="tuyến vận tải hành khách cố định"),
    F("gồm 35 tuyến", "35", 35, "count", "tuyến", total=42, subject="tuyến liên tỉnh"),
    F("và 7 tuyến", "7", 7, "count", "tuyến", total=42, subject="tuyến nội tỉnh"),
    F("với 126 phương tiện", "126", 126, "count", "phương tiện",
      subject="phương tiện tham gia khai thác"),
    F("của 23 doanh nghiệp", "23", 23, "count", "doanh nghiệp, hợp tác xã",
      subject="doanh nghiệp, hợp tác xã tham gia khai thác"),
    F("cho 11.870 lượt", "11.870", 11870, "count", "lượt xe",
      change=change("increase", 4.2, "%", "cùng kỳ năm 2023"),
      subject="lượt xe xuất bến", period=H1),
    F("chuyển 94.650 lượt", "94.650", 94650, "count", "lượt hành khách", percent=52.6,
      subject="lượt hành khách vận chuyển", period=H1),
    F("khoảng 65 lượt", "65", 65, "measure", "lượt xe/ngày", approx="about",
      subject="lượt xe xuất bến bình quân mỗi ngày", period=inherit(H1)),
    F("ước đạt 3,46 tỷ", "3,46", 3.46e9, "money", "đồng", status="estimate",
      subject="doanh thu của đơn vị", period=H1_SHORT),
    F("đạt 8,2 triệu", "8,2", 8.2e6, "money", "đồng/người/tháng",
      subject="thu nhập bình quân của người lao động", period=inherit(H1)),
    F("thêm 15-20 xe", "15", 15, "measure", "xe/ngày", value_max=20, status="forecast",
      subject="xe tăng cường bố trí thêm mỗi ngày dịp hè"),
    F("đặt 16 camera", "16", 16, "count", "camera", subject="camera giám sát bến đã lắp đặt"),
    F("gần 18%", "18", 18, "percent", "%", approx="nearly",
      subject="tỷ lệ hành khách mua vé trực tuyến"),
    F("trên 180.000", "180.000", 180000, "count", "lượt hành khách", approx="over", status="target",
      subject="lượt hành khách vận chuyển", period=YEAR),
]

NOTES = [
    "District portal (huyện Diễn Châu, Nghệ An): banner naming the district, menu, dateline '12/07/2024 - 08:45', 'Tin khác', address footer.",
    "Distractors: 08:45, 'bến xe loại 3' (grade), 'Quốc lộ 1A', 'Quốc lộ 7', 'Khối 4', phone 0238.3862.145, '6 tháng đầu năm' in a link.",
    "Every figure describes the Diễn Châu station or the district: location Diễn Châu (the article's default).",
    "'42 tuyến ..., gồm 35 ... và 7 ...' → total 42. The headline '6 tháng đầu năm' takes 2024 from the dateline.",
    "'Bình quân mỗi ngày có khoảng 65 lượt xe xuất bến' is a rate (lượt xe/ngày); its 6-month period stands in the previous sentence.",
    "'ước đạt' cue: 'Doanh thu 6 tháng ... ước đạt' → estimate; the wage sentence after it is a sentence of its own (actual).",
    "'bằng 52,6% kế hoạch năm' → percent attribute of 94.650. 'dự kiến bố trí thêm 15-20 xe ... mỗi ngày' → forecast rate, no datable period",
    "('dịp hè năm nay'). 'Hiện' figures have no period. 'phấn đấu cả năm 2024 ... trên 180.000' → target, over.",
]

if __name__ == "__main__":
    write("p1292-2", TEXT, NOTES, FIGS, published="2024-07-12", location="Diễn Châu")

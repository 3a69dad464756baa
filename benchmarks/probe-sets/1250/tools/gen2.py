"""p1250-2: district portal (huyện Văn Bàn, Lào Cai): rain gauges during the remnants of typhoon Yagi."""
from lib import F, period, inherit, change, target, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN VĂN BÀN - TỈNH LÀO CAI
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Liên hệ

Văn Bàn: Giám sát mưa lũ bằng trạm đo mưa tự động
Ngày đăng: 22/10/2024 08:40

Huyện Văn Bàn hiện có 17 trạm đo mưa tự động, đặt tại 15/22 xã, thị trấn. Các xã Nậm Xé và Nậm Chày, nơi có nguy cơ sạt lở cao nhất, được bố trí 4 trạm.

Trong đợt hoàn lưu bão số 3 (Yagi) từ ngày 8 đến ngày 10/9/2024, trạm đo mưa xã Nậm Xé ghi nhận tổng lượng mưa 412 mm, cao nhất huyện; các xã còn lại phổ biến từ 180 đến 300 mm. Nhờ số liệu cảnh báo sớm, huyện đã sơ tán khẩn cấp 236 hộ với gần một nghìn nhân khẩu ra khỏi vùng nguy hiểm.

Thống kê của Phòng Nông nghiệp và Phát triển nông thôn, bão số 3 làm 4 người chết, 2 người mất tích; hơn 1.300 ngôi nhà bị hư hỏng; tổng thiệt hại ước khoảng 185 tỷ đồng. Hai trạm đo mưa bị hư hỏng do sạt lở đã được khắc phục, đưa vào hoạt động trở lại.

Từ đầu năm đến nay, huyện đã tổ chức 12 lớp tập huấn cho hơn 600 lượt cán bộ xã, thôn về khai thác số liệu đo mưa qua ứng dụng trên điện thoại. Hiện còn 7 xã chưa có trạm đo mưa. Năm 2025, huyện dự kiến bổ sung 5 trạm cho các xã này với kinh phí hơn 1,2 tỷ đồng.

Nguồn: Phòng Nông nghiệp và PTNT huyện Văn Bàn

Tin khác:
- Thị trấn Khánh Yên ra quân vệ sinh môi trường sau lũ
- Xã Dương Quỳ tổ chức Ngày hội Đại đoàn kết toàn dân tộc

Địa chỉ: Tổ dân phố số 5, thị trấn Khánh Yên, huyện Văn Bàn. Điện thoại: 0214.3860.125
"""

STORM = period("từ ngày 8 đến ngày 10/9/2024", "2024-09-08", "2024-09-10")
YTD = period("Từ đầu năm đến nay", "2024-01-01", "2024-10-22")
Y25 = period("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("có 17 trạm", "17", 17, "count", "trạm", subject="trạm đo mưa tự động"),
    F("15/22 xã", "15", 15, "count", "xã, thị trấn", total=22,
      subject="xã, thị trấn đặt trạm đo mưa tự động"),
    F("bố trí 4 trạm", "4", 4, "count", "trạm", subject="trạm bố trí tại các xã Nậm Xé và Nậm Chày"),
    F("mưa 412 mm", "412", 412, "measure", "mm", subject="tổng lượng mưa trạm đo mưa xã Nậm Xé ghi nhận",
      per=STORM),
    F("từ 180 đến 300", "180", 180, "measure", "mm", value_max=300, subject="lượng mưa các xã còn lại",
      per=STORM),
    F("236 hộ", "236", 236, "count", "hộ", subject="hộ sơ tán khẩn cấp", per=inherit(STORM)),
    F("gần một nghìn", "một", 1000, "count", "nhân khẩu", approx="nearly",
      subject="nhân khẩu sơ tán khẩn cấp", per=inherit(STORM)),
    F("làm 4 người", "4", 4, "count", "người", subject="người chết do bão số 3"),
    F("2 người mất tích", "2", 2, "count", "người", subject="người mất tích"),
    F("hơn 1.300", "1.300", 1300, "count", "ngôi nhà", approx="over", subject="ngôi nhà bị hư hỏng"),
    F("khoảng 185 tỷ", "185", 185e9, "money", "đồng", approx="about", status="estimate",
      subject="tổng thiệt hại"),
    F("Hai trạm", "Hai", 2, "count", "trạm", subject="trạm đo mưa bị hư hỏng do sạt lở"),
    F("12 lớp", "12", 12, "count", "lớp", subject="lớp tập huấn", per=YTD),
    F("hơn 600 lượt", "600", 600, "count", "lượt cán bộ", approx="over",
      subject="lượt cán bộ xã, thôn được tập huấn về khai thác số liệu đo mưa", per=YTD),
    F("còn 7 xã", "7", 7, "count", "xã", subject="xã chưa có trạm đo mưa"),
    F("bổ sung 5 trạm", "5", 5, "count", "trạm", status="forecast",
      subject="trạm đo mưa bổ sung cho các xã chưa có trạm", per=Y25),
    F("hơn 1,2 tỷ", "1,2", 1.2e9, "money", "đồng", approx="over", status="forecast",
      subject="kinh phí bổ sung trạm đo mưa", per=Y25),
]

NOTES = [
    "District portal (huyện Văn Bàn, Lào Cai): banner, menu, 'Ngày đăng: 22/10/2024 08:40', 'Nguồn:', 'Tin khác', address footer.",
    "Distractors: 'bão số 3' (twice, a storm's name), '(Yagi)', 08:40, 'Tổ dân phố số 5', phone 0214.3860.125.",
    "All figures are of the district (communes inside it): default location Văn Bàn.",
    "'từ ngày 8 đến ngày 10/9/2024' is a date range: start 2024-09-08, end 2024-09-10, shared by both clauses of the sentence.",
    "'gần một nghìn nhân khẩu': number word with multiplier = 1000, nearly; no total (households and persons differ).",
    "'tổng thiệt hại ước khoảng 185 tỷ': estimate and about. 'Từ đầu năm đến nay' ends at the dateline 2024-10-22.",
    "'Hiện còn 7 xã chưa có trạm' is actual; 'Năm 2025 … dự kiến' governs 5 trạm and hơn 1,2 tỷ (forecast).",
]

if __name__ == "__main__":
    write("p1250-2", TEXT, NOTES, FIGS, published="2024-10-22", location="Văn Bàn")

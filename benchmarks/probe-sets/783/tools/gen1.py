"""p783-1: province portal (Bến Tre), coconut exports H1/2024."""
from lib import F, P, CH, emit

TEXT = """Cổng thông tin điện tử tỉnh Bến Tre
Trang chủ > Tin tức - Sự kiện > Kinh tế

Xuất khẩu sản phẩm dừa 6 tháng đạt gần 244 triệu USD

Cập nhật: 08/07/2024 10:25
Lượt xem: 3.172

Theo Sở Công Thương, 6 tháng đầu năm 2024, kim ngạch xuất khẩu các sản phẩm từ dừa của tỉnh ước đạt 243,6 triệu USD, tăng 12,4% so với cùng kỳ, chiếm 38,5% tổng kim ngạch xuất khẩu toàn tỉnh. Sản phẩm dừa Bến Tre hiện có mặt tại hơn 90 quốc gia và vùng lãnh thổ. Dự kiến cả năm 2024, kim ngạch xuất khẩu sản phẩm dừa đạt khoảng 480 triệu USD.

Toàn tỉnh có 79.650 ha dừa, trong đó 22.300 ha dừa hữu cơ được chứng nhận, tập trung ở các huyện Mỏ Cày Nam (4.850 ha), Giồng Trôm (3.920 ha) và Thạnh Phú (2.760 ha). Sản lượng dừa 6 tháng đầu năm ước đạt 345 triệu trái, tăng khoảng 4% so với cùng kỳ.

Hiện tỉnh có 86 doanh nghiệp và hơn 2.000 cơ sở chế biến dừa, thu hút khoảng 25.000 lao động; trong đó 54 doanh nghiệp có sản phẩm xuất khẩu trực tiếp. Giá dừa khô tại vườn dao động từ 95.000 đến 110.000 đồng/chục (12 trái), tăng gần 2 lần so với cùng kỳ năm 2023.

Bà Nguyễn Thị Thu Hà, Phó Giám đốc Sở Công Thương cho biết, thực hiện Quyết định số 1524/QĐ-UBND, tỉnh phấn đấu đến năm 2025 kim ngạch xuất khẩu sản phẩm dừa đạt 500 triệu USD/năm, diện tích dừa hữu cơ đạt 30.000 ha và 100% doanh nghiệp chế biến dừa có hệ thống xử lý nước thải đạt chuẩn.

Sở Công Thương tỉnh Bến Tre
Địa chỉ: số 7 đường Cách Mạng Tháng Tám, Phường 3, TP. Bến Tre
Điện thoại: 0275.3822.384
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("đạt gần 244 triệu USD", "244", 244e6, "money", "USD", "xuất khẩu sản phẩm dừa",
      P("6 tháng", "2024-01-01", "2024-06-30"), approx="nearly"),
    F("ước đạt 243,6 triệu USD", "243,6", 243.6e6, "money", "USD", "kim ngạch xuất khẩu các sản phẩm từ dừa", H1,
      percent=38.5, change=CH("increase", 12.4, baseline="cùng kỳ"), status="estimate"),
    F("hơn 90 quốc gia", "90", 90, "count", "quốc gia", "quốc gia và vùng lãnh thổ có sản phẩm dừa Bến Tre",
      approx="over"),
    F("khoảng 480 triệu USD", "480", 480e6, "money", "USD", "kim ngạch xuất khẩu sản phẩm dừa",
      P("cả năm 2024", "2024-01-01", "2024-12-31"), approx="about", status="forecast"),
    F("có 79.650 ha dừa", "79.650", 79650, "measure", "ha", "diện tích dừa toàn tỉnh"),
    F("đó 22.300 ha", "22.300", 22300, "measure", "ha", "diện tích dừa hữu cơ được chứng nhận", total=79650),
    F("Mỏ Cày Nam (4.850 ha)", "4.850", 4850, "measure", "ha", "diện tích dừa hữu cơ được chứng nhận",
      location="Mỏ Cày Nam"),
    F("Giồng Trôm (3.920 ha)", "3.920", 3920, "measure", "ha", "diện tích dừa hữu cơ được chứng nhận",
      location="Giồng Trôm"),
    F("Thạnh Phú (2.760 ha)", "2.760", 2760, "measure", "ha", "diện tích dừa hữu cơ được chứng nhận",
      location="Thạnh Phú"),
    F("ước đạt 345 triệu trái", "345", 345e6, "count", "trái", "sản lượng dừa",
      P("6 tháng đầu năm", "2024-01-01", "2024-06-30"),
      change=CH("increase", 4, baseline="cùng kỳ", approx="about"), status="estimate"),
    F("có 86 doanh nghiệp", "86", 86, "count", "doanh nghiệp", "doanh nghiệp chế biến dừa"),
    F("hơn 2.000 cơ sở", "2.000", 2000, "count", "cơ sở", "cơ sở chế biến dừa", approx="over"),
    F("khoảng 25.000 lao động", "25.000", 25000, "count", "lao động", "lao động chế biến dừa", approx="about"),
    F("đó 54 doanh nghiệp", "54", 54, "count", "doanh nghiệp", "doanh nghiệp có sản phẩm xuất khẩu trực tiếp",
      total=86),
    F("từ 95.000 đến 110.000 đồng/chục", "95.000", 95000, "money", "đồng/chục", "giá dừa khô tại vườn",
      value_max=110000, change=CH("increase", 2, "lần", baseline="cùng kỳ năm 2023", approx="nearly")),
    F("(12 trái)", "12", 12, "count", "trái", "số trái một chục dừa", optional=True),
    F("đạt 500 triệu USD/năm", "500", 500e6, "money", "USD/năm", "kim ngạch xuất khẩu sản phẩm dừa", T25,
      status="target"),
    F("đạt 30.000 ha", "30.000", 30000, "measure", "ha", "diện tích dừa hữu cơ", T25, status="target"),
    F("100% doanh nghiệp", "100", 100, "percent", "%",
      "doanh nghiệp chế biến dừa có hệ thống xử lý nước thải đạt chuẩn", T25, status="target"),
]

COMMENTS = [
    "Bến Tre provincial portal: coconut product exports, area, output, processors, prices, 2025 targets (H1/2024).",
    "Headline '6 tháng' takes the year of the dateline (2024); headline figure has no 'ước' of its own: actual.",
    "Bracketed districts after the organic-area part neither add up nor follow a cue: no total, district as location.",
    "'trong đó 54 doanh nghiệp' follows 25.000 lao động but the whole counting the same thing is 86 doanh nghiệp.",
    "'(12 trái)' defines a 'chục' of coconuts: optional. Distractors: Lượt xem, QĐ 1524, Cách Mạng Tháng Tám, Phường 3, phone.",
]

if __name__ == "__main__":
    emit("p783-1", TEXT, COMMENTS, FIGS, published="2024-07-08", location="Bến Tre")

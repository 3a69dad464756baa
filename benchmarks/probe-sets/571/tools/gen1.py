"""p571-1: Quảng Bình province portal, civil status registration, 6 months of 2024."""
import sys
from lib import F, P, I, CH, emit

TEXT = """Cổng thông tin điện tử tỉnh Quảng Bình
Trang chủ > Tin tức - Sự kiện > Cải cách hành chính

Hơn 9.800 trẻ em được đăng ký khai sinh trong 6 tháng đầu năm 2024

Cập nhật: 15/07/2024 08:45 | Lượt xem: 1.284

Theo báo cáo của Sở Tư pháp, 6 tháng đầu năm 2024, cơ quan đăng ký hộ tịch các cấp trên địa bàn tỉnh Quảng Bình đã đăng ký khai sinh cho 9.842 trường hợp, tăng 4,6% so với cùng kỳ năm 2023; trong đó đăng ký khai sinh đúng hạn 9.215 trường hợp, chiếm 93,6%. Đăng ký kết hôn 3.127 cặp, giảm 2,1% so với cùng kỳ; đăng ký khai tử 3.560 trường hợp.

Thực hiện Đề án 06, từ ngày 01/01/2024 đến ngày 30/6/2024, toàn tỉnh tiếp nhận 4.318 hồ sơ liên thông đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi, đạt 43,9% tổng số hồ sơ khai sinh. Dẫn đầu là thành phố Đồng Hới (1.126 hồ sơ), thị xã Ba Đồn (684 hồ sơ) và huyện Bố Trạch (597 hồ sơ).

Sở Tư pháp đã cấp 2.945 Phiếu lý lịch tư pháp, trong đó 1.872 phiếu được cấp qua ứng dụng VNeID, chiếm 63,6%; 100% phiếu được trả đúng hạn. Phòng Tư pháp các huyện, thị xã, thành phố và UBND cấp xã đã chứng thực 186.400 bản sao từ bản chính, thu lệ phí gần 1,2 tỷ đồng.

Trong 6 tháng cuối năm, Sở Tư pháp phấn đấu đưa tỷ lệ đăng ký khai sinh đúng hạn lên trên 95% và số hóa 100% sổ hộ tịch còn lại.

Mọi thông tin xin liên hệ: Sở Tư pháp tỉnh Quảng Bình, số 6 đường Quang Trung, TP Đồng Hới; điện thoại: 0232.3822.167.
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
LINK = P("từ ngày 01/01/2024 đến ngày 30/6/2024", "2024-01-01", "2024-06-30")
H2 = P("6 tháng cuối năm", "2024-07-01", "2024-12-31")

FIGS = [
    F("Hơn 9.800 trẻ em", "9.800", 9800, "count", "trẻ em", "trẻ em được đăng ký khai sinh", H1, approx="over"),
    F("khai sinh cho 9.842 trường hợp", "9.842", 9842, "count", "trường hợp", "đăng ký khai sinh", H1,
      change=CH("increase", 4.6, baseline="cùng kỳ năm 2023")),
    F("đúng hạn 9.215 trường hợp", "9.215", 9215, "count", "trường hợp", "đăng ký khai sinh đúng hạn", H1,
      total=9842, percent=93.6),
    F("kết hôn 3.127 cặp", "3.127", 3127, "count", "cặp", "đăng ký kết hôn", I(H1),
      change=CH("decrease", 2.1, baseline="cùng kỳ")),
    F("khai tử 3.560 trường hợp", "3.560", 3560, "count", "trường hợp", "đăng ký khai tử", I(H1)),
    F("trẻ em dưới 6 tuổi", "6", 6, "measure", "tuổi", approx="under", optional=True),
    F("tiếp nhận 4.318 hồ sơ", "4.318", 4318, "count", "hồ sơ",
      "hồ sơ liên thông đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế", LINK, percent=43.9),
    F("Đồng Hới (1.126 hồ sơ)", "1.126", 1126, "count", "hồ sơ", "hồ sơ liên thông", I(LINK), location="Đồng Hới"),
    F("Ba Đồn (684 hồ sơ)", "684", 684, "count", "hồ sơ", "hồ sơ liên thông", I(LINK), location="Ba Đồn"),
    F("Bố Trạch (597 hồ sơ)", "597", 597, "count", "hồ sơ", "hồ sơ liên thông", I(LINK), location="Bố Trạch"),
    F("cấp 2.945 Phiếu", "2.945", 2945, "count", "Phiếu lý lịch tư pháp", "Phiếu lý lịch tư pháp được cấp", I(H1)),
    F("1.872 phiếu", "1.872", 1872, "count", "phiếu", "phiếu được cấp qua ứng dụng VNeID", I(H1),
      total=2945, percent=63.6),
    F("100% phiếu", "100", 100, "percent", "%", "phiếu được trả đúng hạn", I(H1)),
    F("chứng thực 186.400 bản sao", "186.400", 186400, "count", "bản sao", "bản sao chứng thực từ bản chính", I(H1)),
    F("gần 1,2 tỷ đồng", "1,2", 1.2e9, "money", "đồng", "lệ phí chứng thực", I(H1), approx="nearly"),
    F("lên trên 95%", "95", 95, "percent", "%", "tỷ lệ đăng ký khai sinh đúng hạn", H2, approx="over", status="target"),
    F("số hóa 100% sổ", "100", 100, "percent", "%", "số hóa sổ hộ tịch còn lại", H2, status="target"),
]

COMMENTS = [
    "Quảng Bình province portal (breadcrumb, 'Cập nhật: 15/07/2024 08:45 | Lượt xem: 1.284'): civil status registration, first half of 2024.",
    "Not figures: Lượt xem 1.284, Đề án 06, the dates, 'số 6 đường Quang Trung', phone 0232.3822.167.",
    "'dưới 6 tuổi' is an eligibility threshold (optional). District items take the list's indicator; location = the district.",
    "'100% phiếu được trả đúng hạn' follows a percent attribute after ';' and is a figure of its own.",
]

ok = emit("p571-1", TEXT, COMMENTS, FIGS, published="2024-07-15", location="Quảng Bình")
sys.exit(0 if ok else 1)
